-- Exercises: package specification with public constants, variables, subtypes, record / collection types, REF CURSOR type, public cursor, public exceptions with EXCEPTION_INIT, procedures and functions with defaults
CREATE OR REPLACE PACKAGE billing.billing_api_pkg
AUTHID DEFINER
AS
  /*
   * Public API for invoicing. Callers must not write billing tables directly.
   */
  gc_version          CONSTANT VARCHAR2(10) := '3.4.1';
  gc_default_terms    CONSTANT PLS_INTEGER  := 30;
  gc_max_lines        CONSTANT PLS_INTEGER  := 500;

  g_trace_enabled     BOOLEAN := FALSE;
  g_last_invoice_id   billing.invoice.invoice_id%TYPE;

  SUBTYPE invoice_id_t IS billing.invoice.invoice_id%TYPE;

  TYPE line_rec_t IS RECORD (
    sku         VARCHAR2(20),
    qty         NUMBER(10,2),
    unit_price  NUMBER(12,2)
  );
  TYPE line_tab_t IS TABLE OF line_rec_t INDEX BY PLS_INTEGER;
  TYPE invoice_cur_t IS REF CURSOR RETURN billing.invoice%ROWTYPE;

  CURSOR c_open_invoices (p_customer_id NUMBER) IS
    SELECT invoice_id, issued_on, due_on
      FROM billing.invoice
     WHERE customer_id = p_customer_id
       AND status IN ('ISSUED', 'OVERDUE');

  e_invoice_locked    EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_invoice_locked, -20201);
  e_too_many_lines    EXCEPTION;

  FUNCTION create_invoice (
    p_customer_id  IN NUMBER,
    p_lines        IN line_tab_t,
    p_terms_days   IN PLS_INTEGER DEFAULT gc_default_terms,
    p_currency     IN VARCHAR2    DEFAULT 'EUR'
  ) RETURN invoice_id_t;

  PROCEDURE issue (p_invoice_id IN invoice_id_t);
  PROCEDURE cancel (p_invoice_id IN invoice_id_t, p_reason IN VARCHAR2);
  PROCEDURE open_for_customer (p_customer_id IN NUMBER, p_result OUT invoice_cur_t);
  FUNCTION  invoices_created RETURN PLS_INTEGER;
END billing_api_pkg;
/
