-- Exercises: PRAGMA RESTRICT_REFERENCES (WNDS, WNPS, RNDS, RNPS, TRUST, DEFAULT) in a package spec for functions callable from SQL (legacy style)
CREATE OR REPLACE PACKAGE fin.tax_calc_pkg AS
  FUNCTION vat_amount (p_net IN NUMBER, p_rate IN NUMBER) RETURN NUMBER;
  PRAGMA RESTRICT_REFERENCES (vat_amount, WNDS, WNPS, RNDS, RNPS);

  FUNCTION country_rate (p_country IN VARCHAR2) RETURN NUMBER;
  PRAGMA RESTRICT_REFERENCES (country_rate, WNDS, WNPS);

  FUNCTION legacy_wrapper (p_country IN VARCHAR2) RETURN NUMBER;
  PRAGMA RESTRICT_REFERENCES (legacy_wrapper, WNDS, TRUST);

  PRAGMA RESTRICT_REFERENCES (DEFAULT, WNDS);
END tax_calc_pkg;
/

CREATE OR REPLACE PACKAGE BODY fin.tax_calc_pkg AS
  FUNCTION vat_amount (p_net IN NUMBER, p_rate IN NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN ROUND(p_net * p_rate, 2);
  END vat_amount;

  FUNCTION country_rate (p_country IN VARCHAR2) RETURN NUMBER IS
    l_rate NUMBER;
  BEGIN
    SELECT vat_standard / 100 INTO l_rate FROM ref.country_tax_rate WHERE country_code = p_country;
    RETURN l_rate;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN 0;
  END country_rate;

  FUNCTION legacy_wrapper (p_country IN VARCHAR2) RETURN NUMBER IS
  BEGIN
    RETURN country_rate(p_country);
  END legacy_wrapper;
END tax_calc_pkg;
/
