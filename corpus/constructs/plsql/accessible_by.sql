-- Exercises: 12c ACCESSIBLE BY clause on a package (white list of PACKAGE / PROCEDURE / FUNCTION / TRIGGER / TYPE units), on a procedure, and 12.2 subprogram-level ACCESSIBLE BY
CREATE OR REPLACE PACKAGE billing.invoice_internal_pkg
  AUTHID DEFINER
  ACCESSIBLE BY (PACKAGE billing.billing_api_pkg, PROCEDURE billing.month_end_close, TRIGGER billing.invoice_biu)
AS
  PROCEDURE renumber (p_invoice_id IN NUMBER);
  PROCEDURE recalc (p_invoice_id IN NUMBER) ACCESSIBLE BY (PACKAGE billing.billing_api_pkg);
END invoice_internal_pkg;
/

CREATE OR REPLACE PACKAGE BODY billing.invoice_internal_pkg AS
  PROCEDURE renumber (p_invoice_id IN NUMBER) IS
  BEGIN
    UPDATE billing.invoice
       SET invoice_ref = 'INV-' || TO_CHAR(p_invoice_id, 'FM0000000000')
     WHERE invoice_id = p_invoice_id;
  END renumber;

  PROCEDURE recalc (p_invoice_id IN NUMBER) ACCESSIBLE BY (PACKAGE billing.billing_api_pkg) IS
  BEGIN
    NULL;
  END recalc;
END invoice_internal_pkg;
/

CREATE OR REPLACE PROCEDURE billing.close_period_helper (p_period IN VARCHAR2)
  ACCESSIBLE BY (PROCEDURE billing.month_end_close, FUNCTION billing.period_status, TYPE billing.period_t)
IS
BEGIN
  UPDATE billing.billing_period SET closed = 'Y' WHERE period_key = p_period;
END close_period_helper;
/
