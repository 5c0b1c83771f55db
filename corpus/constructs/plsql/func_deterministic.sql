-- Exercises: standalone functions: DETERMINISTIC, RETURN in several branches, function used in a function-based index, EDITIONABLE function, function with no parameters
CREATE OR REPLACE EDITIONABLE FUNCTION ref.normalise_postcode (
  p_country   IN VARCHAR2,
  p_postcode  IN VARCHAR2
) RETURN VARCHAR2
  DETERMINISTIC
AS
  l_pc VARCHAR2(20) := UPPER(REPLACE(p_postcode, ' '));
BEGIN
  IF p_postcode IS NULL THEN
    RETURN NULL;
  ELSIF p_country = 'NL' THEN
    RETURN SUBSTR(l_pc, 1, 4) || ' ' || SUBSTR(l_pc, 5, 2);
  ELSIF p_country = 'GB' THEN
    RETURN SUBSTR(l_pc, 1, LENGTH(l_pc) - 3) || ' ' || SUBSTR(l_pc, -3);
  END IF;
  RETURN l_pc;
END normalise_postcode;
/

CREATE INDEX crm.customer_address_pc_ix ON crm.customer_address (ref.normalise_postcode(country_code, postcode));

CREATE OR REPLACE FUNCTION app.business_date RETURN DATE
IS
BEGIN
  RETURN CASE TO_CHAR(SYSDATE, 'DY', 'NLS_DATE_LANGUAGE=ENGLISH')
           WHEN 'SAT' THEN TRUNC(SYSDATE) - 1
           WHEN 'SUN' THEN TRUNC(SYSDATE) - 2
           ELSE TRUNC(SYSDATE)
         END;
END;
/
