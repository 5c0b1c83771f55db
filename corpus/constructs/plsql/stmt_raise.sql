-- Exercises: RAISE user exception, RAISE predefined exception, re-RAISE in handler, RAISE_APPLICATION_ERROR with and without keep-error-stack flag, RETURN in procedure and function, NULL statement
CREATE OR REPLACE FUNCTION crm.credit_available (p_customer_id IN NUMBER) RETURN NUMBER
IS
  e_no_limit   EXCEPTION;
  l_limit      NUMBER;
  l_open       NUMBER;
BEGIN
  IF p_customer_id IS NULL THEN
    RAISE VALUE_ERROR;
  END IF;

  SELECT credit_limit INTO l_limit FROM crm.customer WHERE customer_id = p_customer_id;
  IF l_limit IS NULL THEN
    RAISE e_no_limit;
  END IF;

  SELECT NVL(SUM(total_amount), 0) INTO l_open
    FROM sales.order_header
   WHERE customer_id = p_customer_id AND status IN ('NEW', 'PAID');

  RETURN GREATEST(l_limit - l_open, 0);
EXCEPTION
  WHEN e_no_limit THEN
    RETURN NULL;
  WHEN NO_DATA_FOUND THEN
    RAISE_APPLICATION_ERROR(-20100, 'Unknown customer ' || p_customer_id);
  WHEN TOO_MANY_ROWS THEN
    RAISE_APPLICATION_ERROR(-20101, 'Duplicate customer ' || p_customer_id, TRUE);
END credit_available;
/

CREATE OR REPLACE PROCEDURE crm.check_credit (p_customer_id IN NUMBER, p_amount IN NUMBER)
IS
BEGIN
  IF p_amount <= 0 THEN
    RETURN;
  END IF;
  IF crm.credit_available(p_customer_id) < p_amount THEN
    raise_application_error(-20050, 'Credit limit exceeded');
  ELSE
    NULL;
  END IF;
EXCEPTION
  WHEN OTHERS THEN
    app.log_error('check_credit', SQLERRM, SQLCODE);
    RAISE;
END check_credit;
/
