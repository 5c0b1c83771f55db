-- Exercises: multi-table (+) chains (A -> B(+) -> C(+)), mixed inner and outer joins in old-style syntax, same query in ANSI form for comparison
SELECT o.order_id,
       c.customer_name,
       r.rep_name,
       m.rep_name   AS manager_name,
       rg.region_name
  FROM sales.customer_order o,
       crm.customer c,
       crm.sales_rep r,
       crm.sales_rep m,
       ref.sales_region rg
 WHERE c.customer_id      = o.customer_id
   AND r.sales_rep_id(+)  = o.sales_rep_id
   AND m.sales_rep_id(+)  = r.manager_id
   AND rg.region_code(+)  = m.region_code
   AND o.order_date      >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -3);

SELECT o.order_id, c.customer_name, r.rep_name, m.rep_name AS manager_name, rg.region_name
  FROM sales.customer_order o
  JOIN crm.customer c            ON c.customer_id   = o.customer_id
  LEFT OUTER JOIN crm.sales_rep r ON r.sales_rep_id = o.sales_rep_id
  LEFT JOIN crm.sales_rep m      ON m.sales_rep_id  = r.manager_id
  LEFT JOIN ref.sales_region rg  ON rg.region_code  = m.region_code
 WHERE o.order_date >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -3);
