-- Exercises: CASE statements: simple CASE with ELSE, searched CASE without ELSE (CASE_NOT_FOUND raised), END CASE, labelled CASE, nested CASE statement
DECLARE
  l_status   VARCHAR2(10) := 'SHIPPED';
  l_priority PLS_INTEGER;
  l_qty      NUMBER := 7;
BEGIN
  CASE l_status
    WHEN 'NEW' THEN
      l_priority := 3;
    WHEN 'PAID' THEN
      l_priority := 2;
    WHEN 'SHIPPED' THEN
      l_priority := 1;
      DBMS_OUTPUT.PUT_LINE('already shipped');
    ELSE
      l_priority := 9;
  END CASE;

  BEGIN
    CASE
      WHEN l_qty > 100 THEN
        DBMS_OUTPUT.PUT_LINE('pallet');
      WHEN l_qty > 10 THEN
        DBMS_OUTPUT.PUT_LINE('case');
    END CASE;
  EXCEPTION
    WHEN CASE_NOT_FOUND THEN
      DBMS_OUTPUT.PUT_LINE('each');
  END;

  <<priority_case>>
  CASE
    WHEN l_priority = 1 THEN
      CASE MOD(l_qty, 2)
        WHEN 0 THEN DBMS_OUTPUT.PUT_LINE('even');
        ELSE        DBMS_OUTPUT.PUT_LINE('odd');
      END CASE;
    ELSE
      NULL;
  END CASE priority_case;
END;
/
