-- Exercises: GROUP BY ROLLUP, CUBE, GROUPING SETS, GROUPING(), GROUPING_ID(), HAVING with aggregates, COUNT(DISTINCT), MEDIAN / PERCENTILE_CONT WITHIN GROUP
SELECT DECODE(GROUPING(channel), 1, 'ALL CHANNELS', channel)  AS channel,
       DECODE(GROUPING(TRUNC(order_date, 'MM')), 1, NULL, TO_CHAR(TRUNC(order_date, 'MM'), 'YYYY-MM')) AS month,
       SUM(total_amount)                                        AS revenue,
       GROUPING_ID(channel, TRUNC(order_date, 'MM'))            AS gid
  FROM sales.order_header
 GROUP BY ROLLUP (channel, TRUNC(order_date, 'MM'));

SELECT country_code, segment_code, COUNT(*) AS customers
  FROM crm.customer
 GROUP BY CUBE (country_code, segment_code)
HAVING COUNT(*) > 10;

SELECT warehouse_code, movement_type, sku, SUM(quantity)
  FROM wms.stock_movement
 GROUP BY GROUPING SETS ((warehouse_code, movement_type), (sku), ());

SELECT customer_id,
       COUNT(DISTINCT channel)                                    AS channels_used,
       MEDIAN(total_amount)                                       AS median_order,
       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY total_amount)  AS p90,
       STDDEV(total_amount)                                       AS sd
  FROM sales.order_header
 GROUP BY customer_id
HAVING SUM(total_amount) > 1000 AND MAX(order_date) > SYSDATE - 365;
