-- Exercises: LISTAGG ... WITHIN GROUP (ORDER BY), LISTAGG OVER (PARTITION BY), ON OVERFLOW TRUNCATE ... WITH/WITHOUT COUNT (12.2), ON OVERFLOW ERROR, LISTAGG(DISTINCT) (19c)
SELECT o.order_id,
       LISTAGG(ol.sku, ', ') WITHIN GROUP (ORDER BY ol.line_no) AS skus
  FROM sales.order_header o
  JOIN sales.order_line ol ON ol.order_id = o.order_id
 GROUP BY o.order_id;

SELECT c.country_code,
       LISTAGG(c.customer_name, '; ' ON OVERFLOW TRUNCATE '...' WITH COUNT)
         WITHIN GROUP (ORDER BY c.customer_name) AS customers
  FROM crm.customer c
 GROUP BY c.country_code;

SELECT warehouse_code,
       LISTAGG(bin_label, ',' ON OVERFLOW TRUNCATE WITHOUT COUNT) WITHIN GROUP (ORDER BY aisle, bin_label) AS bins
  FROM wms.bin_location
 GROUP BY warehouse_code;

SELECT LISTAGG(DISTINCT channel, '|' ON OVERFLOW ERROR) WITHIN GROUP (ORDER BY channel) AS channels
  FROM sales.order_header;

SELECT t.task_id,
       t.order_id,
       LISTAGG(t.task_id, ',') WITHIN GROUP (ORDER BY t.task_id) OVER (PARTITION BY t.order_id) AS sibling_tasks
  FROM wms.pick_task t;
