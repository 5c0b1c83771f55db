-- Exercises: aggregate KEEP (DENSE_RANK FIRST / LAST ORDER BY ...) as plain aggregate and as analytic with OVER (PARTITION BY)
SELECT s.sku,
       MAX(s.unit_cost) KEEP (DENSE_RANK LAST ORDER BY s.created_on)  AS latest_cost,
       MIN(s.unit_cost) KEEP (DENSE_RANK FIRST ORDER BY s.created_on) AS first_cost,
       MAX(s.warehouse_code) KEEP (DENSE_RANK FIRST ORDER BY s.quantity DESC NULLS LAST, s.created_on) AS busiest_wh
  FROM wms.stock_movement s
 GROUP BY s.sku;

SELECT c.customer_id,
       c.country_code,
       c.credit_limit,
       MAX(c.customer_name) KEEP (DENSE_RANK FIRST ORDER BY c.credit_limit DESC)
         OVER (PARTITION BY c.country_code) AS top_customer_in_country
  FROM crm.customer c;
