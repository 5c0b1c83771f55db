-- Exercises: SUM/AVG/COUNT OVER with ROWS and RANGE windows (UNBOUNDED PRECEDING, n PRECEDING/FOLLOWING, RANGE INTERVAL), FIRST_VALUE/LAST_VALUE, RATIO_TO_REPORT, MAX OVER ()
SELECT u.subscriber_id,
       u.usage_date,
       u.units,
       SUM(u.units) OVER (PARTITION BY u.subscriber_id ORDER BY u.usage_date
                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)             AS running_units,
       AVG(u.units) OVER (PARTITION BY u.subscriber_id ORDER BY u.usage_date
                          ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)                     AS avg_7_rows,
       SUM(u.units) OVER (PARTITION BY u.subscriber_id ORDER BY u.usage_date
                          RANGE BETWEEN INTERVAL '29' DAY PRECEDING AND CURRENT ROW)   AS units_30d,
       COUNT(*)     OVER (PARTITION BY u.subscriber_id ORDER BY u.usage_date
                          RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING)                    AS neighbours,
       FIRST_VALUE(u.usage_date) OVER (PARTITION BY u.subscriber_id ORDER BY u.usage_date) AS first_use,
       LAST_VALUE(u.usage_date)  OVER (PARTITION BY u.subscriber_id ORDER BY u.usage_date
                                       ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS last_use,
       MAX(u.units) OVER ()                                                             AS overall_max,
       SUM(u.units) OVER (PARTITION BY u.subscriber_id)                                 AS subscriber_total
  FROM billing.usage_record u
 WHERE u.usage_date >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -1);

SELECT o.channel,
       SUM(o.total_amount)                                        AS revenue,
       ROUND(RATIO_TO_REPORT(SUM(o.total_amount)) OVER () * 100, 1) AS share_pct,
       RATIO_TO_REPORT(COUNT(*)) OVER ()                          AS order_share
  FROM sales.order_header o
 GROUP BY o.channel;
