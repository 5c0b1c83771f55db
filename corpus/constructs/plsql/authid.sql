-- Exercises: AUTHID CURRENT_USER vs AUTHID DEFINER on procedures, functions and packages; invoker's rights with dynamic SQL against the caller's schema
CREATE OR REPLACE PROCEDURE app.purge_own_logs (p_days IN PLS_INTEGER)
  AUTHID CURRENT_USER
AS
BEGIN
  EXECUTE IMMEDIATE 'DELETE FROM app_local_log WHERE logged_at < SYSDATE - :d' USING p_days;
  COMMIT;
END purge_own_logs;
/

CREATE OR REPLACE FUNCTION app.row_count (p_table IN VARCHAR2) RETURN NUMBER
  AUTHID CURRENT_USER
IS
  l_cnt NUMBER;
BEGIN
  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM ' || DBMS_ASSERT.SQL_OBJECT_NAME(p_table) INTO l_cnt;
  RETURN l_cnt;
END row_count;
/

CREATE OR REPLACE PACKAGE app.admin_api AUTHID DEFINER AS
  PROCEDURE lock_user (p_username IN VARCHAR2);
END admin_api;
/

CREATE OR REPLACE PACKAGE BODY app.admin_api AS
  PROCEDURE lock_user (p_username IN VARCHAR2) IS
  BEGIN
    UPDATE app.app_user SET locked = 'Y', locked_at = SYSDATE WHERE username = UPPER(p_username);
  END lock_user;
END admin_api;
/
