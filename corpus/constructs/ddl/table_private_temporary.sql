-- Exercises: 18c PRIVATE TEMPORARY tables (ORA$PTT_ prefix) with ON COMMIT DROP DEFINITION / PRESERVE DEFINITION, and PTT as select
CREATE PRIVATE TEMPORARY TABLE ora$ptt_price_delta
(
  sku            VARCHAR2(20),
  old_price      NUMBER(12,2),
  new_price      NUMBER(12,2)
)
ON COMMIT DROP DEFINITION;

CREATE PRIVATE TEMPORARY TABLE ORA$PTT_SESSION_TOTALS
(
  customer_id    NUMBER(10),
  order_total    NUMBER(14,2)
)
ON COMMIT PRESERVE DEFINITION;

CREATE PRIVATE TEMPORARY TABLE ora$ptt_open_orders
ON COMMIT PRESERVE DEFINITION
AS
SELECT order_id, customer_id, total_amount
  FROM sales.order_header
 WHERE order_date >= TRUNC(SYSDATE) - 7;
