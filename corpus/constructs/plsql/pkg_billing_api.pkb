-- Exercises: package body with private constants / variables / types, private helper subprograms, package-level state, RAISE_APPLICATION_ERROR, initialisation section (BEGIN ... END at the end of the body) with its own EXCEPTION part
CREATE OR REPLACE PACKAGE BODY billing.billing_api_pkg
AS
  -- private state
  c_module     CONSTANT VARCHAR2(30) := 'billing_api_pkg';
  g_created    PLS_INTEGER := 0;
  g_vat_rate   NUMBER;
  g_session_started DATE;

  TYPE status_set_t IS TABLE OF BOOLEAN INDEX BY VARCHAR2(10);
  g_cancellable status_set_t;

  PROCEDURE trace (p_msg IN VARCHAR2) IS
  BEGIN
    IF g_trace_enabled THEN
      DBMS_OUTPUT.PUT_LINE(c_module || ': ' || p_msg);
    END IF;
  END trace;

  FUNCTION lock_invoice (p_invoice_id IN invoice_id_t) RETURN billing.invoice%ROWTYPE IS
    l_row billing.invoice%ROWTYPE;
  BEGIN
    SELECT * INTO l_row FROM billing.invoice WHERE invoice_id = p_invoice_id FOR UPDATE NOWAIT;
    RETURN l_row;
  EXCEPTION
    WHEN OTHERS THEN
      IF SQLCODE = -54 THEN
        RAISE_APPLICATION_ERROR(-20201, 'Invoice ' || p_invoice_id || ' is locked', TRUE);
      END IF;
      RAISE;
  END lock_invoice;

  FUNCTION create_invoice (
    p_customer_id  IN NUMBER,
    p_lines        IN line_tab_t,
    p_terms_days   IN PLS_INTEGER DEFAULT gc_default_terms,
    p_currency     IN VARCHAR2    DEFAULT 'EUR'
  ) RETURN invoice_id_t
  IS
    l_id   invoice_id_t;
  BEGIN
    IF p_lines.COUNT > gc_max_lines THEN
      RAISE e_too_many_lines;
    END IF;

    INSERT INTO billing.invoice (customer_id, status, currency, due_on)
    VALUES (p_customer_id, 'DRAFT', p_currency, TRUNC(SYSDATE) + p_terms_days)
    RETURNING invoice_id INTO l_id;

    FOR i IN 1 .. p_lines.COUNT LOOP
      INSERT INTO billing.invoice_line (invoice_id, qty, unit_price)
      VALUES (l_id, p_lines(i).qty, ROUND(p_lines(i).unit_price * (1 + g_vat_rate), 2));
    END LOOP;

    g_created         := g_created + 1;
    g_last_invoice_id := l_id;
    trace('created ' || l_id);
    RETURN l_id;
  END create_invoice;

  PROCEDURE issue (p_invoice_id IN invoice_id_t) IS
    l_row billing.invoice%ROWTYPE := lock_invoice(p_invoice_id);
  BEGIN
    IF l_row.status <> 'DRAFT' THEN
      RAISE_APPLICATION_ERROR(-20202, 'Only DRAFT invoices can be issued, found ' || l_row.status);
    END IF;
    UPDATE billing.invoice SET status = 'ISSUED', issued_on = SYSDATE WHERE invoice_id = p_invoice_id;
  END issue;

  PROCEDURE cancel (p_invoice_id IN invoice_id_t, p_reason IN VARCHAR2) IS
    l_row billing.invoice%ROWTYPE := lock_invoice(p_invoice_id);
  BEGIN
    IF NOT g_cancellable.EXISTS(l_row.status) THEN
      RAISE_APPLICATION_ERROR(-20203, 'Cannot cancel invoice in status ' || l_row.status);
    END IF;
    UPDATE billing.invoice SET status = 'CANCELLED' WHERE invoice_id = p_invoice_id;
    INSERT INTO billing.invoice_note (invoice_id, note) VALUES (p_invoice_id, p_reason);
  END cancel;

  PROCEDURE open_for_customer (p_customer_id IN NUMBER, p_result OUT invoice_cur_t) IS
  BEGIN
    OPEN p_result FOR SELECT * FROM billing.invoice WHERE customer_id = p_customer_id;
  END open_for_customer;

  FUNCTION invoices_created RETURN PLS_INTEGER IS
  BEGIN
    RETURN g_created;
  END invoices_created;

BEGIN
  -- initialisation section: runs once per session on first reference
  g_session_started := SYSDATE;
  g_cancellable('DRAFT')  := TRUE;
  g_cancellable('ISSUED') := TRUE;
  SELECT vat_standard / 100 INTO g_vat_rate FROM ref.country_tax_rate WHERE country_code = 'NL';
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    g_vat_rate := 0.21;
END billing_api_pkg;
/
