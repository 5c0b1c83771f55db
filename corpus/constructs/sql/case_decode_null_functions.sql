-- Exercises: simple and searched CASE expressions (nested, without ELSE), DECODE (with default, NULL matching), NVL, NVL2, NULLIF, COALESCE, LNNVL, GREATEST / LEAST
SELECT o.order_id,
       CASE o.channel
         WHEN 'WEB'   THEN 'Online'
         WHEN 'APP'   THEN 'Online'
         WHEN 'STORE' THEN 'Retail'
         ELSE 'Other'
       END                                                         AS channel_group,
       CASE
         WHEN o.total_amount IS NULL        THEN 'n/a'
         WHEN o.total_amount >= 10000       THEN 'XL'
         WHEN o.total_amount BETWEEN 1000 AND 9999.99 THEN
              CASE WHEN o.channel = 'WEB' THEN 'L-web' ELSE 'L' END
         WHEN o.total_amount > 0            THEN 'S'
       END                                                         AS size_band,
       DECODE(o.status, 'NEW', 1, 'PAID', 2, 'SHIPPED', 3, 9)      AS status_rank,
       DECODE(o.sales_rep_id, NULL, 'unassigned', 'assigned')      AS rep_state,
       NVL(o.discount_code, 'NONE')                                AS discount,
       NVL2(o.shipped_at, 'shipped', 'pending')                    AS ship_state,
       NULLIF(o.total_amount, 0)                                   AS nonzero_total,
       COALESCE(o.delivery_email, o.billing_email, c.email, 'no-reply@example.com') AS notify_to,
       GREATEST(o.order_date, NVL(o.promised_date, o.order_date))  AS latest_relevant,
       LEAST(o.total_amount, c.credit_limit)                       AS capped
  FROM sales.customer_order o
  JOIN crm.customer c ON c.customer_id = o.customer_id
 WHERE LNNVL(o.total_amount > 50000);

SELECT SUM(DECODE(SIGN(total_amount - 1000), 1, total_amount, 0)) AS big_sum,
       COUNT(CASE WHEN channel = 'WEB' THEN 1 END)                AS web_orders
  FROM sales.order_header;
