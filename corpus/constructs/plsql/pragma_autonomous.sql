-- Exercises: PRAGMA AUTONOMOUS_TRANSACTION in a standalone logging procedure, in a package body procedure and in a trigger; COMMIT inside the autonomous unit
CREATE OR REPLACE PROCEDURE app.log_error (
  p_module   IN VARCHAR2,
  p_message  IN VARCHAR2,
  p_code     IN NUMBER DEFAULT NULL
)
AUTHID DEFINER
IS
  PRAGMA AUTONOMOUS_TRANSACTION;
BEGIN
  INSERT INTO app.error_log (logged_at, module, err_code, message, backtrace, username)
  VALUES (SYSTIMESTAMP, p_module, p_code, SUBSTR(p_message, 1, 4000),
          SUBSTR(DBMS_UTILITY.FORMAT_ERROR_BACKTRACE, 1, 4000), USER);
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    ROLLBACK;
END log_error;
/

CREATE OR REPLACE TRIGGER app.audit_event_ai
AFTER INSERT ON app.audit_event
FOR EACH ROW
DECLARE
  PRAGMA AUTONOMOUS_TRANSACTION;
BEGIN
  UPDATE app.audit_counter SET cnt = cnt + 1 WHERE event_type = :NEW.event_type;
  COMMIT;
END;
/
