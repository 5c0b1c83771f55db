-- Exercises: MATERIALIZED VIEW with BUILD DEFERRED / BUILD IMMEDIATE, REFRESH COMPLETE / FORCE ON DEMAND, START WITH ... NEXT ... scheduling, physical attributes, DISABLE QUERY REWRITE
CREATE MATERIALIZED VIEW dw.mv_monthly_revenue
  TABLESPACE dw_mv
  PCTFREE 0
  NOLOGGING
  PARALLEL 4
  BUILD DEFERRED
  REFRESH COMPLETE ON DEMAND
  START WITH TRUNC(SYSDATE) + 1 + 2/24
  NEXT TRUNC(SYSDATE) + 1 + 2/24
  DISABLE QUERY REWRITE
AS
SELECT TRUNC(o.order_date, 'MM')  AS revenue_month,
       o.channel,
       SUM(o.total_amount)        AS revenue,
       COUNT(*)                   AS order_cnt
  FROM sales.order_header o
 GROUP BY TRUNC(o.order_date, 'MM'), o.channel;

CREATE MATERIALIZED VIEW crm.mv_customer_copy
  BUILD IMMEDIATE
  REFRESH FORCE ON DEMAND
  START WITH SYSDATE NEXT SYSDATE + 15/1440
AS
SELECT customer_id, customer_name, country_code
  FROM crm.customer@crm_prod_link;

CREATE MATERIALIZED VIEW ref.mv_country_list
  REFRESH COMPLETE
  NEXT SYSDATE + 7
AS SELECT country_code, country_name FROM ref.country;

CREATE MATERIALIZED VIEW ops.mv_never_refreshed NEVER REFRESH
AS SELECT * FROM ops.app_log WHERE log_level = 'FATAL';

ALTER MATERIALIZED VIEW dw.mv_monthly_revenue REFRESH FAST ON DEMAND;
ALTER MATERIALIZED VIEW dw.mv_monthly_revenue COMPILE;
