-- Exercises: SELECT ... FOR UPDATE, FOR UPDATE OF col, NOWAIT, WAIT n, SKIP LOCKED, FOR UPDATE OF with joins
SELECT invoice_id, status FROM billing.invoice WHERE invoice_id = :id FOR UPDATE;

SELECT i.invoice_id, i.status, c.customer_name
  FROM billing.invoice i
  JOIN crm.customer c ON c.customer_id = i.customer_id
 WHERE i.status = 'DRAFT'
   FOR UPDATE OF i.status;

SELECT task_id FROM wms.pick_task WHERE status = 'OPEN' FOR UPDATE NOWAIT;

SELECT task_id, bin_id
  FROM wms.pick_task
 WHERE status = 'OPEN'
 ORDER BY task_id
   FOR UPDATE OF status WAIT 5;

-- job queue consumer
SELECT task_id
  FROM wms.pick_task
 WHERE status = 'OPEN'
   AND ROWNUM <= 20
   FOR UPDATE SKIP LOCKED;

SELECT order_id FROM sales.order_header WHERE customer_id = 7 FOR UPDATE OF total_amount, channel NOWAIT;
