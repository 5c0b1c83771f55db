-- Exercises: undocumented WM_CONCAT (10g/11g only, removed in 12c) and the LISTAGG replacement, as found in old reporting scripts
SELECT o.customer_id,
       WM_CONCAT(o.order_id)          AS order_ids,
       WMSYS.WM_CONCAT(DISTINCT o.channel) AS channels
  FROM sales.order_header o
 GROUP BY o.customer_id;

SELECT o.customer_id,
       LISTAGG(o.order_id, ',') WITHIN GROUP (ORDER BY o.order_id) AS order_ids
  FROM sales.order_header o
 GROUP BY o.customer_id;
