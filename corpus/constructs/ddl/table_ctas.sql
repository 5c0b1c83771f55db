-- Exercises: CREATE TABLE AS SELECT: plain, with column list, with physical/parallel/nologging attributes, with WHERE 1=0 to copy structure
CREATE TABLE sales.order_header_bkp_20240131 AS
  SELECT * FROM sales.order_header;

CREATE TABLE dw.customer_yearly_revenue (customer_id, revenue_year, revenue)
TABLESPACE dw_data
NOLOGGING
PARALLEL 4
AS
SELECT /*+ PARALLEL(o 4) */
       o.customer_id,
       EXTRACT(YEAR FROM o.order_date),
       SUM(o.total_amount)
  FROM sales.order_header o
 GROUP BY o.customer_id, EXTRACT(YEAR FROM o.order_date);

CREATE TABLE sales.order_header_empty
AS SELECT * FROM sales.order_header WHERE 1 = 0;

CREATE TABLE crm.top_customers
  PCTFREE 0 COMPRESS
AS
WITH ranked AS (
  SELECT customer_id, SUM(total_amount) AS spend
    FROM sales.order_header
   GROUP BY customer_id
)
SELECT customer_id, spend
  FROM ranked
 WHERE spend > 100000;
