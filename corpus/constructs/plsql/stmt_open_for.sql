-- Exercises: OPEN cursor_var FOR static query, OPEN ... FOR dynamic string USING binds, FETCH INTO scalars / record, CLOSE, reopening a cursor variable, passing SYS_REFCURSOR out of a procedure, DBMS_SQL.RETURN_RESULT (12c implicit results)
CREATE OR REPLACE PROCEDURE reporting.customer_orders (
  p_customer_id  IN  NUMBER,
  p_sort_col     IN  VARCHAR2 DEFAULT 'ORDER_DATE',
  p_result       OUT SYS_REFCURSOR
)
IS
  l_sql VARCHAR2(1000);
BEGIN
  l_sql := 'SELECT order_id, order_date, total_amount FROM sales.order_header '
        || 'WHERE customer_id = :cust AND order_date >= :since ORDER BY '
        || DBMS_ASSERT.SIMPLE_SQL_NAME(p_sort_col);
  OPEN p_result FOR l_sql USING p_customer_id, ADD_MONTHS(SYSDATE, -12);
END customer_orders;
/

DECLARE
  l_rc        SYS_REFCURSOR;
  l_id        NUMBER;
  l_date      DATE;
  l_amount    NUMBER;
  l_country   ref.country%ROWTYPE;
  l_implicit  SYS_REFCURSOR;
BEGIN
  OPEN l_rc FOR
    SELECT country_code, country_name FROM ref.country ORDER BY 1;
  LOOP
    FETCH l_rc INTO l_country;
    EXIT WHEN l_rc%NOTFOUND;
  END LOOP;
  CLOSE l_rc;

  reporting.customer_orders(1001, 'TOTAL_AMOUNT', l_rc);
  FETCH l_rc INTO l_id, l_date, l_amount;
  CLOSE l_rc;

  OPEN l_rc FOR 'SELECT order_id, order_date, total_amount FROM sales.order_header WHERE channel = :c' USING 'WEB';
  CLOSE l_rc;

  OPEN l_implicit FOR SELECT * FROM ref.country;
  DBMS_SQL.RETURN_RESULT(l_implicit);
END;
/
