-- Exercises: DDL triggers: AFTER CREATE ON SCHEMA, BEFORE DROP OR TRUNCATE ON SCHEMA, AFTER DDL ON DATABASE, event attribute functions (ORA_DICT_OBJ_NAME, ORA_SYSEVENT, ORA_SQL_TXT)
CREATE OR REPLACE TRIGGER app.ddl_audit_create
AFTER CREATE ON SCHEMA
BEGIN
  INSERT INTO app.ddl_log (event_ts, event, obj_owner, obj_type, obj_name, username)
  VALUES (SYSTIMESTAMP, ORA_SYSEVENT, ORA_DICT_OBJ_OWNER, ORA_DICT_OBJ_TYPE, ORA_DICT_OBJ_NAME, ORA_LOGIN_USER);
END;
/

CREATE OR REPLACE TRIGGER app.protect_prod_tables
BEFORE DROP OR TRUNCATE ON app.SCHEMA
BEGIN
  IF ORA_DICT_OBJ_TYPE = 'TABLE' AND ORA_DICT_OBJ_NAME NOT LIKE 'TMP\_%' ESCAPE '\' THEN
    RAISE_APPLICATION_ERROR(-20900, 'Dropping/truncating ' || ORA_DICT_OBJ_NAME || ' is not allowed');
  END IF;
END;
/

CREATE OR REPLACE TRIGGER sys_ddl_capture
AFTER DDL ON DATABASE
DECLARE
  l_sql_lines ORA_NAME_LIST_T;
  l_n         PLS_INTEGER;
  l_text      CLOB;
BEGIN
  l_n := ORA_SQL_TXT(l_sql_lines);
  FOR i IN 1 .. l_n LOOP
    l_text := l_text || l_sql_lines(i);
  END LOOP;
  INSERT INTO ops.ddl_history (event_ts, event, obj_name, ddl_text)
  VALUES (SYSTIMESTAMP, ORA_SYSEVENT, ORA_DICT_OBJ_NAME, l_text);
END;
/
