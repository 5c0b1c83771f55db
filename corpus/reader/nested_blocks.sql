-- Anonymous blocks nest; only the '/' line after the outermost END ends the unit.
<<reconcile>>
DECLARE
  v_open_items PLS_INTEGER := 0;
BEGIN
  FOR r IN (SELECT invoice_id, amount_due FROM ar_invoice WHERE status = 'OPEN') LOOP
    DECLARE
      v_paid NUMBER;
    BEGIN
      SELECT NVL(SUM(amount), 0) INTO v_paid FROM ar_payment WHERE invoice_id = r.invoice_id;
      CASE
        WHEN v_paid >= r.amount_due THEN
          UPDATE ar_invoice SET status = 'PAID' WHERE invoice_id = r.invoice_id;
        ELSE
          v_open_items := v_open_items + 1;
      END CASE;
    EXCEPTION
      WHEN NO_DATA_FOUND THEN
        NULL;
    END;
  END LOOP;
  IF v_open_items > 0 THEN
    BEGIN
      dbms_output.put_line(v_open_items || ' invoices still open');
    END;
  END IF;
END reconcile;
/

BEGIN
  NULL;
END;
/
