-- Exercises: analytic ranking functions ROW_NUMBER, RANK, DENSE_RANK, NTILE, PERCENT_RANK, CUME_DIST with PARTITION BY / ORDER BY, and dedup via ROW_NUMBER
SELECT o.customer_id,
       o.order_id,
       o.total_amount,
       ROW_NUMBER() OVER (PARTITION BY o.customer_id ORDER BY o.order_date DESC, o.order_id DESC) AS recency_rank,
       RANK()       OVER (PARTITION BY o.customer_id ORDER BY o.total_amount DESC)               AS amount_rank,
       DENSE_RANK() OVER (ORDER BY o.total_amount DESC NULLS LAST)                               AS global_dense,
       NTILE(4)     OVER (ORDER BY o.total_amount)                                               AS quartile,
       PERCENT_RANK() OVER (PARTITION BY o.channel ORDER BY o.total_amount)                      AS pct_rank,
       CUME_DIST()  OVER (PARTITION BY o.channel ORDER BY o.total_amount)                        AS cume
  FROM sales.order_header o
 WHERE o.order_date >= DATE '2024-01-01';

-- keep the newest row per key, delete the others
DELETE FROM crm.customer_alias
 WHERE ROWID IN (SELECT rid
                   FROM (SELECT ROWID AS rid,
                                ROW_NUMBER() OVER (PARTITION BY customer_id, UPPER(alias_name)
                                                   ORDER BY alias_id DESC) AS rn
                           FROM crm.customer_alias)
                  WHERE rn > 1);
