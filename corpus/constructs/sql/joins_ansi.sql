-- Exercises: ANSI joins for contrast with (+): INNER / LEFT / RIGHT / FULL OUTER JOIN, USING, NATURAL JOIN, CROSS JOIN, CROSS APPLY / OUTER APPLY and LATERAL (12c), partitioned outer join
SELECT o.order_id, c.customer_name
  FROM sales.order_header o
  INNER JOIN crm.customer c ON c.customer_id = o.customer_id;

SELECT * FROM sales.order_line JOIN sales.order_header USING (order_id);

SELECT * FROM ref.country NATURAL JOIN ref.country_tax_rate;

SELECT w.warehouse_code, d.cal_day
  FROM wms.warehouse w CROSS JOIN (SELECT TRUNC(SYSDATE) - LEVEL + 1 AS cal_day FROM dual CONNECT BY LEVEL <= 7) d;

SELECT a.sku, b.sku
  FROM wms.stock_level a
  FULL OUTER JOIN sales.product b ON b.sku = a.sku
 WHERE a.sku IS NULL OR b.sku IS NULL;

SELECT r.rep_name, o.order_id
  FROM sales.customer_order o
 RIGHT OUTER JOIN crm.sales_rep r ON r.sales_rep_id = o.sales_rep_id;

SELECT c.customer_id, last3.order_id
  FROM crm.customer c
 CROSS APPLY (SELECT o.order_id
                FROM sales.order_header o
               WHERE o.customer_id = c.customer_id
               ORDER BY o.order_date DESC
               FETCH FIRST 3 ROWS ONLY) last3;

SELECT c.customer_id, x.max_amount
  FROM crm.customer c
 OUTER APPLY (SELECT MAX(total_amount) AS max_amount FROM sales.order_header o WHERE o.customer_id = c.customer_id) x;

SELECT c.customer_id, l.cnt
  FROM crm.customer c,
       LATERAL (SELECT COUNT(*) AS cnt FROM sales.order_header o WHERE o.customer_id = c.customer_id) l;

-- dense daily series per channel
SELECT d.cal_day, o.channel, NVL(SUM(o.total_amount), 0) AS revenue
  FROM sales.order_header o
       PARTITION BY (o.channel)
 RIGHT OUTER JOIN (SELECT TRUNC(SYSDATE) - LEVEL + 1 AS cal_day FROM dual CONNECT BY LEVEL <= 30) d
    ON TRUNC(o.order_date) = d.cal_day
 GROUP BY d.cal_day, o.channel;
