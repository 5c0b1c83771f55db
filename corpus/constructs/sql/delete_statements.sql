-- Exercises: DELETE with and without FROM, correlated NOT EXISTS, IN subquery, delete from partition, delete via inline view, 23ai DELETE ... FROM join
DELETE FROM ops.app_log WHERE log_level = 'TRACE';

DELETE crm.customer_alias WHERE alias_name IS NULL;

DELETE FROM crm.customer c
 WHERE NOT EXISTS (SELECT NULL FROM sales.order_header o WHERE o.customer_id = c.customer_id)
   AND c.created_at < ADD_MONTHS(SYSDATE, -36);

DELETE FROM wms.pick_task
 WHERE order_id IN (SELECT order_id FROM sales.customer_order WHERE status = 'CANCELLED');

DELETE FROM sales.order_header PARTITION (p_2021);

DELETE FROM billing.usage_record PARTITION FOR (DATE '2024-03-01') WHERE units = 0;

DELETE FROM (SELECT l.*
               FROM sales.order_line l
               JOIN sales.order_header h ON h.order_id = l.order_id
              WHERE h.status = 'CANCELLED');

-- 23ai direct join
DELETE sales.order_line l
  FROM sales.order_header h
 WHERE h.order_id = l.order_id
   AND h.status = 'TEST';
