-- Exercises: conditional predicates INSERTING, UPDATING, UPDATING('col'), DELETING in a combined row trigger, CASE on predicates, UPDATE OF multiple columns
CREATE OR REPLACE TRIGGER crm.customer_audit_aiud
AFTER INSERT OR UPDATE OF customer_name, email, credit_limit OR DELETE ON crm.customer
FOR EACH ROW
DECLARE
  l_action  CHAR(1);
BEGIN
  IF INSERTING THEN
    l_action := 'I';
  ELSIF UPDATING('CREDIT_LIMIT') THEN
    l_action := 'C';
  ELSIF UPDATING('email') OR UPDATING ('CUSTOMER_NAME') THEN
    l_action := 'U';
  ELSIF DELETING THEN
    l_action := 'D';
  END IF;

  INSERT INTO crm.customer_audit (customer_id, action, old_name, new_name, old_limit, new_limit, changed_at)
  VALUES (COALESCE(:NEW.customer_id, :OLD.customer_id),
          l_action,
          :OLD.customer_name, :NEW.customer_name,
          CASE WHEN UPDATING THEN :OLD.credit_limit END,
          CASE WHEN DELETING THEN NULL ELSE :NEW.credit_limit END,
          SYSTIMESTAMP);
END customer_audit_aiud;
/
