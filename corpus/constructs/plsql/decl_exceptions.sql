-- Exercises: user-defined exceptions, PRAGMA EXCEPTION_INIT for ORA errors (deadlock, unique key, resource busy, custom -20xxx), RAISE of user exception, handling predefined exceptions, exception scope across nested blocks
DECLARE
  e_insufficient_stock   EXCEPTION;
  e_resource_busy        EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_resource_busy, -54);
  e_deadlock             EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_deadlock, -60);
  e_child_exists         EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_child_exists, -2292);
  e_credit_hold          EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_credit_hold, -20050);

  l_on_hand   NUMBER;
BEGIN
  BEGIN
    SELECT on_hand INTO l_on_hand FROM wms.stock_level WHERE sku = 'SKU-100' AND warehouse_code = 'MAIN' FOR UPDATE NOWAIT;
    IF l_on_hand < 10 THEN
      RAISE e_insufficient_stock;
    END IF;
  EXCEPTION
    WHEN e_resource_busy THEN
      DBMS_OUTPUT.PUT_LINE('row locked by another session');
      RAISE;
  END;

  DELETE FROM crm.customer WHERE customer_id = 1001;
EXCEPTION
  WHEN e_insufficient_stock THEN
    DBMS_OUTPUT.PUT_LINE('not enough stock');
  WHEN e_child_exists THEN
    DBMS_OUTPUT.PUT_LINE('customer still has orders');
  WHEN e_deadlock OR e_resource_busy THEN
    ROLLBACK;
  WHEN e_credit_hold THEN
    DBMS_OUTPUT.PUT_LINE(SQLERRM);
  WHEN NO_DATA_FOUND THEN
    DBMS_OUTPUT.PUT_LINE('no stock row');
  WHEN DUP_VAL_ON_INDEX OR VALUE_ERROR OR INVALID_NUMBER THEN
    RAISE;
END;
/
