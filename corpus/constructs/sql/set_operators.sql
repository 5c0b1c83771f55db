-- Exercises: UNION, UNION ALL, INTERSECT, MINUS, parenthesised combination, ORDER BY position on a compound query, 21c EXCEPT ALL
SELECT customer_id FROM sales.order_header WHERE channel = 'WEB'
UNION
SELECT customer_id FROM sales.order_header WHERE channel = 'APP';

SELECT 'ORDER' AS src, order_id AS id, order_date AS dt FROM sales.order_header WHERE order_date > SYSDATE - 1
UNION ALL
SELECT 'INVOICE', invoice_id, issued_on FROM billing.invoice WHERE issued_on > SYSDATE - 1
ORDER BY 3 DESC, 1;

SELECT sku FROM sales.product
INTERSECT
SELECT sku FROM wms.stock_level WHERE on_hand > 0;

SELECT customer_id FROM crm.customer
MINUS
SELECT customer_id FROM sales.order_header;

(SELECT sku FROM sales.order_line
 MINUS
 SELECT sku FROM sales.product)
UNION ALL
(SELECT sku FROM wms.stock_level
 INTERSECT
 SELECT sku FROM sales.discontinued_sku);

SELECT sku FROM wms.stock_level
EXCEPT ALL
SELECT sku FROM sales.discontinued_sku;
