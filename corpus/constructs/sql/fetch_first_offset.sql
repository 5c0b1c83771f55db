-- Exercises: 12c row limiting: FETCH FIRST n ROWS ONLY, FETCH NEXT, OFFSET m ROWS, WITH TIES, PERCENT, ROW vs ROWS, bind variables in the limit
SELECT order_id, total_amount
  FROM sales.order_header
 ORDER BY total_amount DESC
 FETCH FIRST 10 ROWS ONLY;

SELECT order_id, order_date
  FROM sales.order_header
 ORDER BY order_date DESC, order_id
OFFSET 40 ROWS FETCH NEXT 20 ROWS ONLY;

SELECT customer_id, credit_limit
  FROM crm.customer
 ORDER BY credit_limit DESC
 FETCH FIRST 5 ROWS WITH TIES;

SELECT sku, SUM(qty) AS units
  FROM sales.order_line
 GROUP BY sku
 ORDER BY units DESC
 FETCH FIRST 10 PERCENT ROWS ONLY;

SELECT * FROM ops.app_log ORDER BY log_ts DESC FETCH FIRST ROW ONLY;

SELECT task_id FROM wms.pick_task ORDER BY task_id OFFSET :skip ROWS FETCH NEXT :page_size ROWS ONLY;

SELECT invoice_id FROM billing.invoice ORDER BY issued_on OFFSET 100 ROWS;
