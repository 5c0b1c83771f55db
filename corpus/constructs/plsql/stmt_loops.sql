-- Exercises: basic LOOP ... END LOOP with EXIT WHEN, WHILE loop, numeric FOR loop, FOR ... IN REVERSE, FOR with expressions as bounds, 21c iteration controls (BY step, multiple ranges)
DECLARE
  l_i        PLS_INTEGER := 0;
  l_balance  NUMBER := 1000;
  l_months   PLS_INTEGER := 0;
BEGIN
  LOOP
    l_i := l_i + 1;
    EXIT WHEN l_i >= 5;
  END LOOP;

  WHILE l_balance > 0 AND l_months < 120 LOOP
    l_balance := l_balance * 1.01 - 50;
    l_months  := l_months + 1;
  END LOOP;

  FOR d IN 1 .. 7 LOOP
    DBMS_OUTPUT.PUT_LINE('day ' || d || ': ' || TO_CHAR(TRUNC(SYSDATE, 'IW') + d - 1, 'Dy'));
  END LOOP;

  FOR n IN REVERSE 1 .. 10 LOOP
    DBMS_OUTPUT.PUT(n || ' ');
  END LOOP;
  DBMS_OUTPUT.NEW_LINE;

  FOR m IN TO_NUMBER(TO_CHAR(SYSDATE, 'MM')) .. 12 LOOP
    NULL;
  END LOOP;

  -- 21c: stepped and multiple iteration controls
  FOR q IN 1 .. 12 BY 3 LOOP
    DBMS_OUTPUT.PUT_LINE('quarter starts in month ' || q);
  END LOOP;

  FOR k IN 1 .. 3, 10 .. 12, 20 .. 22 LOOP
    DBMS_OUTPUT.PUT_LINE(k);
  END LOOP;
END;
/
