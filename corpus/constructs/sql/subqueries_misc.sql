-- Exercises: scalar subqueries, IN / NOT IN / EXISTS / NOT EXISTS, ANY / ALL / SOME comparisons, multi-column IN, inline views with aliases, SAMPLE clause, table alias with quoted identifier
SELECT c.customer_id,
       (SELECT MAX(o.order_date) FROM sales.order_header o WHERE o.customer_id = c.customer_id) AS last_order
  FROM crm.customer c
 WHERE c.customer_id IN (SELECT customer_id FROM billing.invoice WHERE status = 'OVERDUE')
   AND NOT EXISTS (SELECT 1 FROM crm.customer_block b WHERE b.customer_id = c.customer_id);

SELECT order_id FROM sales.order_header
 WHERE total_amount > ALL (SELECT total_amount FROM sales.order_header WHERE channel = 'STORE');

SELECT order_id FROM sales.order_header
 WHERE total_amount >= ANY (1000, 2000, 5000)
    OR total_amount = SOME (SELECT floor_price FROM sales.price_list_item);

SELECT * FROM sales.order_line
 WHERE (order_id, line_no) IN (SELECT order_id, line_no FROM sales.order_shipment_line);

SELECT * FROM sales.order_line WHERE sku NOT IN (SELECT sku FROM sales.discontinued_sku WHERE sku IS NOT NULL);

SELECT "Ord".order_id FROM sales.order_header "Ord" WHERE "Ord".channel = 'WEB';

SELECT COUNT(*) FROM dw.pos_transaction SAMPLE (1) SEED (42);

SELECT AVG(amount) FROM dw.pos_transaction SAMPLE BLOCK (5);
