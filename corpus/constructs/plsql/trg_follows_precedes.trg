-- Exercises: trigger ordering with FOLLOWS and PRECEDES (11g), combined with WHEN clause and ENABLE keyword
CREATE OR REPLACE TRIGGER billing.invoice_bi_defaults
BEFORE INSERT ON billing.invoice
FOR EACH ROW
BEGIN
  :NEW.status := NVL(:NEW.status, 'DRAFT');
END;
/

CREATE OR REPLACE TRIGGER billing.invoice_bi_numbering
BEFORE INSERT ON billing.invoice
FOR EACH ROW
FOLLOWS billing.invoice_bi_defaults
ENABLE
WHEN (NEW.invoice_ref IS NULL)
BEGIN
  :NEW.invoice_ref := 'INV-' || TO_CHAR(SYSDATE, 'YYYY') || '-' || LPAD(billing.invoice_seq.NEXTVAL, 8, '0');
END;
/

CREATE OR REPLACE TRIGGER billing.invoice_bi_validate
BEFORE INSERT ON billing.invoice
FOR EACH ROW
PRECEDES billing.invoice_bi_defaults
BEGIN
  IF :NEW.customer_id IS NULL THEN
    RAISE_APPLICATION_ERROR(-20020, 'customer_id is mandatory');
  END IF;
END;
/
