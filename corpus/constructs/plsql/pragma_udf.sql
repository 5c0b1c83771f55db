-- Exercises: PRAGMA UDF (12c) in a standalone function meant to be called from SQL, and a WITH FUNCTION inline PL/SQL definition in a query
CREATE OR REPLACE FUNCTION app.mask_email (p_email IN VARCHAR2)
  RETURN VARCHAR2
  DETERMINISTIC
IS
  PRAGMA UDF;
  l_at PLS_INTEGER := INSTR(p_email, '@');
BEGIN
  IF l_at <= 2 THEN
    RETURN p_email;
  END IF;
  RETURN SUBSTR(p_email, 1, 1) || RPAD('*', l_at - 2, '*') || SUBSTR(p_email, l_at);
END mask_email;
/

SELECT customer_id, app.mask_email(email) AS masked FROM crm.customer;

WITH
  FUNCTION initials (p_name VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN REGEXP_REPLACE(INITCAP(p_name), '[^A-Z]', '');
  END;
SELECT customer_name, initials(customer_name) AS ini
  FROM crm.customer
/
