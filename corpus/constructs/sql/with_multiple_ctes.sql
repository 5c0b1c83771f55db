-- Exercises: WITH clause with multiple CTEs referencing each other, CTE column alias list, MATERIALIZE / INLINE hints, WITH inside INSERT ... SELECT
WITH order_totals AS (
       SELECT customer_id, COUNT(*) AS orders, SUM(total_amount) AS spend
         FROM sales.order_header
        WHERE order_date >= ADD_MONTHS(TRUNC(SYSDATE), -12)
        GROUP BY customer_id),
     thresholds (gold_min, silver_min) AS (
       SELECT 50000, 10000 FROM dual),
     tiered AS (
       SELECT /*+ MATERIALIZE */
              ot.customer_id,
              ot.spend,
              CASE WHEN ot.spend >= t.gold_min   THEN 'GOLD'
                   WHEN ot.spend >= t.silver_min THEN 'SILVER'
                   ELSE 'BRONZE' END AS tier
         FROM order_totals ot CROSS JOIN thresholds t)
SELECT c.customer_name, tr.tier, tr.spend
  FROM tiered tr
  JOIN crm.customer c ON c.customer_id = tr.customer_id
 ORDER BY tr.spend DESC;

INSERT INTO crm.customer_tier (customer_id, tier, computed_on)
WITH spend AS (
  SELECT /*+ INLINE */ customer_id, SUM(total_amount) AS amt
    FROM sales.order_header
   GROUP BY customer_id
)
SELECT customer_id,
       CASE WHEN amt > 50000 THEN 'GOLD' ELSE 'STANDARD' END,
       SYSDATE
  FROM spend;
