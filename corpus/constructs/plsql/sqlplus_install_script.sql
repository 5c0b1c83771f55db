-- Exercises: a typical SQL*Plus install script around PL/SQL units: WHENEVER SQLERROR, DEFINE and && substitution, SET DEFINE OFF, PROMPT, ALTER SESSION SET CURRENT_SCHEMA, SHOW ERRORS after each unit, SPOOL, ALTER ... COMPILE
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
SET ECHO OFF FEEDBACK ON
DEFINE target_schema = OPS
SPOOL install_ops_utils.log

PROMPT Creating OPS utilities in schema &&target_schema
ALTER SESSION SET CURRENT_SCHEMA = &&target_schema;

SET DEFINE OFF

PROMPT ... package spec OPS_UTIL
CREATE OR REPLACE PACKAGE ops_util AS
  -- R&D note: ampersands are safe because DEFINE is OFF
  FUNCTION host_name RETURN VARCHAR2;
  PROCEDURE sleep_seconds (p_seconds IN NUMBER);
END ops_util;
/
SHOW ERRORS PACKAGE ops_util

PROMPT ... package body OPS_UTIL
CREATE OR REPLACE PACKAGE BODY ops_util AS
  FUNCTION host_name RETURN VARCHAR2 IS
  BEGIN
    RETURN SYS_CONTEXT('USERENV', 'SERVER_HOST');
  END host_name;

  PROCEDURE sleep_seconds (p_seconds IN NUMBER) IS
  BEGIN
    DBMS_SESSION.SLEEP(p_seconds);
  END sleep_seconds;
END ops_util;
/
SHOW ERRORS

ALTER PACKAGE ops_util COMPILE BODY;

SPOOL OFF
WHENEVER SQLERROR CONTINUE
