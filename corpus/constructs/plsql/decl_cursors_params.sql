-- Exercises: explicit cursors with parameters (IN, defaults), cursor declared with RETURN clause (spec/body split), FOR UPDATE cursor with WHERE CURRENT OF, cursor subquery
CREATE OR REPLACE PACKAGE wms.pick_cursor_pkg AS
  -- cursor spec with RETURN clause; query lives in the body
  CURSOR c_open_tasks (p_warehouse VARCHAR2) RETURN wms.pick_task%ROWTYPE;
END pick_cursor_pkg;
/

CREATE OR REPLACE PACKAGE BODY wms.pick_cursor_pkg AS
  CURSOR c_open_tasks (p_warehouse VARCHAR2) RETURN wms.pick_task%ROWTYPE IS
    SELECT t.*
      FROM wms.pick_task t
      JOIN wms.bin_location b ON b.bin_id = t.bin_id
     WHERE b.warehouse_code = p_warehouse
       AND t.status = 'OPEN';
END pick_cursor_pkg;
/

DECLARE
  CURSOR c_orders (p_customer_id IN NUMBER, p_since IN DATE DEFAULT TRUNC(SYSDATE) - 30) IS
    SELECT order_id, total_amount
      FROM sales.order_header
     WHERE customer_id = p_customer_id
       AND order_date >= p_since;

  CURSOR c_lock (p_status VARCHAR2 := 'DRAFT') IS
    SELECT invoice_id, due_on
      FROM billing.invoice
     WHERE status = p_status
       FOR UPDATE OF status NOWAIT;

  CURSOR c_with_lines RETURN sales.order_header%ROWTYPE IS
    SELECT * FROM sales.order_header WHERE order_date = TRUNC(SYSDATE);

  l_order   c_orders%ROWTYPE;
  l_task    wms.pick_task%ROWTYPE;
BEGIN
  OPEN c_orders(1001);
  FETCH c_orders INTO l_order;
  CLOSE c_orders;

  OPEN c_orders(p_customer_id => 1002, p_since => DATE '2024-01-01');
  CLOSE c_orders;

  FOR r IN c_lock LOOP
    UPDATE billing.invoice SET status = 'ISSUED', issued_on = SYSDATE WHERE CURRENT OF c_lock;
  END LOOP;

  OPEN wms.pick_cursor_pkg.c_open_tasks('MAIN');
  FETCH wms.pick_cursor_pkg.c_open_tasks INTO l_task;
  CLOSE wms.pick_cursor_pkg.c_open_tasks;
END;
/
