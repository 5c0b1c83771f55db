-- Exercises: 23ai IF NOT EXISTS / IF EXISTS on CREATE and DROP, schema-level privilege grant (ON SCHEMA), SELECT without FROM
CREATE TABLE IF NOT EXISTS app.job_checkpoint
(
  job_name       VARCHAR2(60)   NOT NULL PRIMARY KEY,
  last_run_at    TIMESTAMP,
  last_ok        BOOLEAN        DEFAULT TRUE
);

CREATE SEQUENCE IF NOT EXISTS app.job_run_seq;

CREATE OR REPLACE VIEW app.v_job_status AS
SELECT job_name, last_run_at, last_ok FROM app.job_checkpoint;

GRANT SELECT ANY TABLE ON SCHEMA app TO reporting_role;

DROP TABLE IF EXISTS app.job_checkpoint_old PURGE;
DROP SEQUENCE IF EXISTS app.job_run_seq_old;
DROP VIEW IF EXISTS app.v_job_status_old;

SELECT SYSDATE, USER;
