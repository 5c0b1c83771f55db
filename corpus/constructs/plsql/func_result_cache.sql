-- Exercises: RESULT_CACHE functions: standalone, with RELIES_ON (tables) (11gR1 style, deprecated in 11gR2), in package spec and body, combined with DETERMINISTIC
CREATE OR REPLACE FUNCTION ref.country_name_of (p_code IN VARCHAR2)
  RETURN VARCHAR2
  RESULT_CACHE RELIES_ON (ref.country)
IS
  l_name ref.country.country_name%TYPE;
BEGIN
  SELECT country_name INTO l_name FROM ref.country WHERE country_code = p_code;
  RETURN l_name;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN NULL;
END country_name_of;
/

CREATE OR REPLACE FUNCTION fin.fx_convert (
  p_amount  IN NUMBER,
  p_from    IN VARCHAR2,
  p_to      IN VARCHAR2,
  p_on      IN DATE DEFAULT TRUNC(SYSDATE)
) RETURN NUMBER
  RESULT_CACHE
IS
  l_rate NUMBER;
BEGIN
  IF p_from = p_to THEN
    RETURN p_amount;
  END IF;
  SELECT mid_rate
    INTO l_rate
    FROM fin.fx_rate_daily
   WHERE base_ccy = p_from AND quote_ccy = p_to AND rate_date = p_on;
  RETURN ROUND(p_amount * l_rate, 2);
END fx_convert;
/

CREATE OR REPLACE PACKAGE ref.lookup_pkg AS
  FUNCTION carrier_name (p_code IN VARCHAR2) RETURN VARCHAR2 RESULT_CACHE;
  FUNCTION vat_rate (p_country IN VARCHAR2) RETURN NUMBER RESULT_CACHE DETERMINISTIC;
END lookup_pkg;
/

CREATE OR REPLACE PACKAGE BODY ref.lookup_pkg AS
  FUNCTION carrier_name (p_code IN VARCHAR2) RETURN VARCHAR2
    RESULT_CACHE RELIES_ON (logi.carrier)
  IS
    l_name VARCHAR2(100);
  BEGIN
    SELECT carrier_name INTO l_name FROM logi.carrier WHERE carrier_code = p_code;
    RETURN l_name;
  END carrier_name;

  FUNCTION vat_rate (p_country IN VARCHAR2) RETURN NUMBER RESULT_CACHE DETERMINISTIC IS
    l_rate NUMBER;
  BEGIN
    SELECT vat_standard INTO l_rate FROM ref.country_tax_rate WHERE country_code = p_country;
    RETURN l_rate;
  END vat_rate;
END lookup_pkg;
/
