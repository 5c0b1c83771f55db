-- Exercises: PIVOT with IN list and aliases, multiple aggregates, multiple pivot columns, pivot over an inline view
SELECT *
  FROM (SELECT channel,
               EXTRACT(MONTH FROM order_date) AS order_month,
               total_amount
          FROM sales.order_header
         WHERE order_date >= DATE '2024-01-01'
           AND order_date <  DATE '2024-04-01')
 PIVOT (SUM(total_amount) FOR order_month IN (1 AS jan, 2 AS feb, 3 AS mar))
 ORDER BY channel;

SELECT *
  FROM (SELECT warehouse_code, movement_type, quantity, unit_cost
          FROM wms.stock_movement)
 PIVOT (
         SUM(quantity)        AS qty,
         COUNT(*)             AS cnt,
         AVG(unit_cost)       AS avg_cost
         FOR movement_type IN ('I' AS inbound, 'O' AS outbound, 'A' AS adjust)
       );

SELECT *
  FROM (SELECT region_code, channel, TO_CHAR(revenue_date, 'YYYY') AS yr, revenue
          FROM sales.channel_revenue)
 PIVOT (SUM(revenue) FOR (channel, yr) IN (('WEB', '2023') AS web_23,
                                            ('WEB', '2024') AS web_24,
                                            ('STORE', '2024') AS store_24)) p;
