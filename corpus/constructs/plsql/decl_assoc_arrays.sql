-- Exercises: associative arrays TABLE OF ... INDEX BY PLS_INTEGER / BINARY_INTEGER / VARCHAR2(n), of records and %ROWTYPE, sparse keys, iteration with FIRST/NEXT, 18c qualified expressions
DECLARE
  TYPE amount_by_idx_t IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE name_by_idx_t   IS TABLE OF VARCHAR2(100) INDEX BY BINARY_INTEGER;
  TYPE rate_by_ccy_t   IS TABLE OF NUMBER(18,8) INDEX BY VARCHAR2(3);
  TYPE cust_tab_t      IS TABLE OF crm.customer%ROWTYPE INDEX BY PLS_INTEGER;
  TYPE country_map_t   IS TABLE OF ref.country.country_name%TYPE INDEX BY ref.country.country_code%TYPE;

  l_amounts   amount_by_idx_t;
  l_names     name_by_idx_t;
  l_rates     rate_by_ccy_t;
  l_custs     cust_tab_t;
  l_countries country_map_t := country_map_t('NL' => 'Netherlands', 'BE' => 'Belgium');
  l_key       VARCHAR2(3);
  l_idx       PLS_INTEGER;
BEGIN
  l_amounts(1)     := 10;
  l_amounts(1000)  := 20;      -- sparse
  l_amounts(-5)    := 30;      -- negative keys allowed

  l_names(1) := 'first';

  l_rates('USD') := 1.0842;
  l_rates('GBP') := 0.8571;
  l_rates('JPY') := 161.23;

  l_key := l_rates.FIRST;
  WHILE l_key IS NOT NULL LOOP
    DBMS_OUTPUT.PUT_LINE(l_key || ' = ' || l_rates(l_key));
    l_key := l_rates.NEXT(l_key);
  END LOOP;

  SELECT * BULK COLLECT INTO l_custs FROM crm.customer WHERE country_code = 'NL';

  l_idx := l_custs.FIRST;
  WHILE l_idx IS NOT NULL LOOP
    l_amounts(l_custs(l_idx).customer_id) := NVL(l_custs(l_idx).credit_limit, 0);
    l_idx := l_custs.NEXT(l_idx);
  END LOOP;

  IF l_countries.EXISTS('BE') THEN
    DBMS_OUTPUT.PUT_LINE(l_countries('BE'));
  END IF;
END;
/
