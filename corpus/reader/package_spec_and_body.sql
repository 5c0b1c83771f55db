-- A package specification and its body in one file, as SQL Developer exports them.
CREATE OR REPLACE PACKAGE billing.invoice_api AS
  c_currency CONSTANT VARCHAR2(3) := 'EUR';
  e_invoice_locked EXCEPTION;
  PROCEDURE issue (p_invoice_id IN NUMBER);
  FUNCTION total_due (p_customer_id IN NUMBER) RETURN NUMBER;
END invoice_api;
/

CREATE OR REPLACE PACKAGE BODY billing.invoice_api AS
  g_issued_count PLS_INTEGER := 0;

  PROCEDURE issue (p_invoice_id IN NUMBER) IS
  BEGIN
    UPDATE invoice SET status = 'ISSUED', issued_on = SYSDATE WHERE invoice_id = p_invoice_id;
    IF SQL%ROWCOUNT = 0 THEN
      RAISE e_invoice_locked;
    END IF;
    g_issued_count := g_issued_count + 1;
  END issue;

  FUNCTION total_due (p_customer_id IN NUMBER) RETURN NUMBER IS
    v_total NUMBER;
  BEGIN
    SELECT SUM(amount_due) INTO v_total FROM invoice WHERE customer_id = p_customer_id;
    RETURN NVL(v_total, 0);
  END total_due;
END invoice_api;
/
