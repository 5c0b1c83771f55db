-- SQL*Plus substitution variables.
DEFINE app_owner = SALES
DEFINE data_ts = "SALES_DATA"
CREATE TABLE &app_owner..customer (
  customer_id NUMBER(12) PRIMARY KEY,
  name        VARCHAR2(100)
) TABLESPACE &data_ts;
-- && defines the variable for later use; here it comes from --define or is undefined.
CREATE INDEX &&app_owner..customer_name_ix ON &app_owner..customer (name);
GRANT SELECT ON &app_owner..customer TO &report_role;
SET DEFINE OFF
INSERT INTO &app_owner..dept_alias VALUES ('R&D');
SET DEFINE ON
UNDEFINE app_owner
SELECT '&app_owner' FROM dual;
