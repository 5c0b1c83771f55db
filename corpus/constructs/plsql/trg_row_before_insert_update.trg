-- Exercises: row-level BEFORE INSERT OR UPDATE OF col, col OR DELETE trigger with FOR EACH ROW and WHEN (NEW.x > 0), :NEW/:OLD assignment, sequence assignment in trigger
CREATE OR REPLACE TRIGGER sales.order_header_biu
BEFORE INSERT OR UPDATE OF total_amount, status OR DELETE
ON sales.order_header
FOR EACH ROW
WHEN (NEW.total_amount > 0 OR OLD.total_amount > 0)
BEGIN
  IF DELETING THEN
    INSERT INTO sales.order_header_deleted (order_id, deleted_by, deleted_at)
    VALUES (:OLD.order_id, USER, SYSDATE);
    RETURN;
  END IF;

  IF :NEW.order_id IS NULL THEN
    :NEW.order_id := sales.order_seq.NEXTVAL;
  END IF;

  :NEW.total_amount := ROUND(:NEW.total_amount, 2);

  IF :OLD.status = 'SHIPPED' AND :NEW.status = 'NEW' THEN
    RAISE_APPLICATION_ERROR(-20010, 'Shipped order ' || :OLD.order_id || ' cannot be reopened');
  END IF;
END order_header_biu;
/

CREATE OR REPLACE TRIGGER crm.customer_bi
  BEFORE INSERT ON crm.customer
  FOR EACH ROW
BEGIN
  :new.customer_id   := NVL(:new.customer_id, crm.customer_seq.nextval);
  :new.customer_name := TRIM(:new.customer_name);
  :new.created_at    := SYSDATE;
END;
/
