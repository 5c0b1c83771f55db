-- Exercises: collection methods COUNT, FIRST, LAST, NEXT, PRIOR, EXISTS, EXTEND (no arg, n, n,i), TRIM (no arg, n), DELETE (all, i, i..j), LIMIT on nested tables, VARRAYs and associative arrays
DECLARE
  TYPE num_nt_t  IS TABLE OF NUMBER;
  TYPE code_va_t IS VARRAY(10) OF VARCHAR2(5);
  TYPE amt_aa_t  IS TABLE OF NUMBER INDEX BY VARCHAR2(10);

  l_nt    num_nt_t  := num_nt_t(10, 20, 30, 40, 50);
  l_va    code_va_t := code_va_t('A', 'B');
  l_aa    amt_aa_t;
  l_k     VARCHAR2(10);
  l_i     PLS_INTEGER;
BEGIN
  l_nt.EXTEND;              -- one NULL element
  l_nt.EXTEND(2);           -- two more NULLs
  l_nt.EXTEND(3, 1);        -- three copies of element 1
  DBMS_OUTPUT.PUT_LINE('count=' || l_nt.COUNT || ' first=' || l_nt.FIRST || ' last=' || l_nt.LAST);

  l_nt.TRIM;                -- remove last
  l_nt.TRIM(2);             -- remove two more
  l_nt.DELETE(2);           -- now sparse
  l_nt.DELETE(4, 5);

  l_i := l_nt.FIRST;
  WHILE l_i IS NOT NULL LOOP
    DBMS_OUTPUT.PUT_LINE(l_i || ' -> ' || NVL(TO_CHAR(l_nt(l_i)), 'null'));
    l_i := l_nt.NEXT(l_i);
  END LOOP;

  IF NOT l_nt.EXISTS(2) AND l_nt.EXISTS(3) THEN
    DBMS_OUTPUT.PUT_LINE('prior of 3 is ' || l_nt.PRIOR(3));
  END IF;

  IF l_va.COUNT < l_va.LIMIT THEN
    l_va.EXTEND;
    l_va(l_va.LAST) := 'C';
  END IF;

  l_aa('EUR') := 100;
  l_aa('USD') := 90;
  l_aa('CHF') := 95;
  l_k := l_aa.LAST;
  WHILE l_k IS NOT NULL LOOP
    DBMS_OUTPUT.PUT_LINE(l_k || '=' || l_aa(l_k));
    l_k := l_aa.PRIOR(l_k);
  END LOOP;
  l_aa.DELETE('CHF');
  l_aa.DELETE('A', 'F');    -- key range
  l_aa.DELETE;              -- everything
  DBMS_OUTPUT.PUT_LINE('aa count after delete: ' || l_aa.COUNT);

  l_nt.DELETE;
END;
/
