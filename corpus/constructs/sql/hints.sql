-- Exercises: optimizer hints in SELECT / INSERT / UPDATE / DELETE / MERGE: INDEX, FULL, PARALLEL, LEADING, USE_NL, USE_HASH, APPEND, NO_MERGE, FIRST_ROWS(n), QB_NAME, hint after --+ line comment
SELECT /*+ INDEX(o order_header_cust_date_ix) */ o.order_id, o.order_date
  FROM sales.order_header o
 WHERE o.customer_id = :cust;

SELECT /*+ FULL(t) PARALLEL(4) */ COUNT(*) FROM dw.pos_transaction t;

SELECT /*+ LEADING(c o) USE_NL(o) INDEX(o order_header_cust_lix) FIRST_ROWS(20) */
       c.customer_name, o.order_id
  FROM crm.customer c, sales.order_header o
 WHERE o.customer_id = c.customer_id
   AND c.country_code = 'NL';

SELECT /*+ QB_NAME(main) USE_HASH(s p) NO_MERGE(p) */ s.sku, p.avg_price
  FROM wms.stock_level s,
       (SELECT sku, AVG(list_price) AS avg_price FROM sales.price_list_item GROUP BY sku) p
 WHERE p.sku = s.sku;

INSERT /*+ APPEND PARALLEL(dw.fact_sales_current, 8) */ INTO dw.fact_sales_current
SELECT sale_date, store_id, sku, amount FROM dw.stage_sales_detail;

UPDATE /*+ INDEX(i invoice_due_month_ix) */ billing.invoice i SET i.status = 'OVERDUE' WHERE i.due_on < TRUNC(SYSDATE);

DELETE /*+ PARALLEL(l, 4) */ FROM ops.app_log l WHERE l.log_level = 'DEBUG';

SELECT --+ RULE
       COUNT(*) FROM ref.country;
