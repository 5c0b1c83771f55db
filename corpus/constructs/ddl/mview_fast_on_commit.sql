-- Exercises: MATERIALIZED VIEW BUILD IMMEDIATE REFRESH FAST ON COMMIT WITH PRIMARY KEY, ENABLE QUERY REWRITE, USING INDEX, aggregate fast refresh with COUNT columns
CREATE MATERIALIZED VIEW LOG ON sales.order_header
  WITH ROWID, SEQUENCE (customer_id, order_date, total_amount)
  INCLUDING NEW VALUES;

CREATE MATERIALIZED VIEW sales.mv_customer_totals
  TABLESPACE sales_mv
  BUILD IMMEDIATE
  USING INDEX TABLESPACE sales_idx
  REFRESH FAST ON COMMIT
  ENABLE QUERY REWRITE
AS
SELECT customer_id,
       COUNT(*)              AS order_cnt,
       SUM(total_amount)     AS total_spend,
       COUNT(total_amount)   AS total_spend_cnt
  FROM sales.order_header
 GROUP BY customer_id;

CREATE MATERIALIZED VIEW LOG ON crm.customer WITH PRIMARY KEY;

CREATE MATERIALIZED VIEW crm.mv_customer_pk
  BUILD IMMEDIATE
  REFRESH FAST ON DEMAND WITH PRIMARY KEY
  ENABLE QUERY REWRITE
AS
SELECT customer_id, customer_name, country_code, email
  FROM crm.customer;

CREATE MATERIALIZED VIEW crm.mv_customer_updatable
  REFRESH FAST WITH PRIMARY KEY
  FOR UPDATE
AS SELECT customer_id, customer_name FROM crm.customer@crm_prod_link;
