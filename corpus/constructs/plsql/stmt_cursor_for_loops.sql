-- Exercises: cursor FOR loops over an explicit cursor, a parameterised cursor, an inline SELECT (implicit cursor), a nested cursor loop, and an inline SELECT with a CURSOR expression
DECLARE
  CURSOR c_customers IS
    SELECT customer_id, customer_name FROM crm.customer WHERE country_code = 'NL' ORDER BY customer_name;

  CURSOR c_orders (p_customer_id NUMBER) IS
    SELECT order_id, total_amount FROM sales.order_header WHERE customer_id = p_customer_id;

  l_total NUMBER;
BEGIN
  FOR cust IN c_customers LOOP
    l_total := 0;
    FOR ord IN c_orders(cust.customer_id) LOOP
      l_total := l_total + NVL(ord.total_amount, 0);
    END LOOP;
    DBMS_OUTPUT.PUT_LINE(RPAD(cust.customer_name, 40) || l_total);
  END LOOP;

  FOR r IN (SELECT w.warehouse_code, COUNT(b.bin_id) AS bins
              FROM wms.warehouse w
              LEFT JOIN wms.bin_location b ON b.warehouse_code = w.warehouse_code
             GROUP BY w.warehouse_code)
  LOOP
    DBMS_OUTPUT.PUT_LINE(r.warehouse_code || ': ' || r.bins);
  END LOOP;

  FOR inv IN (SELECT i.invoice_id,
                     CURSOR(SELECT l.line_id FROM billing.invoice_line l WHERE l.invoice_id = i.invoice_id) AS lines
                FROM billing.invoice i
               WHERE i.status = 'DRAFT'
                 AND ROWNUM <= 5)
  LOOP
    NULL;
  END LOOP;
END;
/
