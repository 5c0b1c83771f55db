-- Exercises: ROWNUM in WHERE with <, <=, = 1, ROWNUM in the select list, ROWNUM used for an existence check and in UPDATE
SELECT * FROM ops.app_log WHERE ROWNUM < 11;

SELECT order_id, order_date FROM sales.order_header WHERE customer_id = :cust AND ROWNUM <= 5;

SELECT 1 FROM billing.invoice WHERE status = 'OVERDUE' AND rownum = 1;

SELECT ROWNUM AS rn, t.task_id, t.status
  FROM wms.pick_task t
 WHERE t.picker_id = 42;

UPDATE billing.invoice
   SET status = 'QUEUED'
 WHERE status = 'DRAFT'
   AND ROWNUM <= 500;

DELETE FROM ops.app_log WHERE log_ts < SYSTIMESTAMP - INTERVAL '90' DAY AND ROWNUM <= 10000;
