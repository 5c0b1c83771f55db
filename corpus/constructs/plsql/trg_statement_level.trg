-- Exercises: statement-level triggers (no FOR EACH ROW): BEFORE DELETE security check, AFTER INSERT OR UPDATE OR DELETE summary, on a schema-qualified table
CREATE OR REPLACE TRIGGER ref.country_bd
BEFORE DELETE ON ref.country
BEGIN
  IF SYS_CONTEXT('USERENV', 'SESSION_USER') NOT IN ('REF', 'DEPLOY') THEN
    RAISE_APPLICATION_ERROR(-20001, 'Reference data may only be deleted by deployment scripts');
  END IF;
END;
/

CREATE OR REPLACE TRIGGER sales.order_line_aiud
AFTER INSERT OR UPDATE OR DELETE ON sales.order_line
BEGIN
  UPDATE app.table_change_marker
     SET changed_at = SYSTIMESTAMP
   WHERE table_name = 'ORDER_LINE';
END order_line_aiud;
/
