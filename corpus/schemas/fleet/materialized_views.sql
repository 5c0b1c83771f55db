--------------------------------------------------------
--  DDL for Materialized View MV_FUEL_MONTHLY
--------------------------------------------------------

  CREATE MATERIALIZED VIEW "FLEET"."MV_FUEL_MONTHLY" ("VEHICLE_ID", "FUEL_MONTH", "FILL_UPS", "TOTAL_QUANTITY", "TOTAL_AMOUNT", "AVG_PRICE_PER_UNIT")
  BUILD IMMEDIATE
  USING INDEX 
  REFRESH COMPLETE ON DEMAND
  USING DEFAULT LOCAL ROLLBACK SEGMENT
  USING ENFORCED CONSTRAINTS DISABLE QUERY REWRITE
  AS SELECT f.vehicle_id,
       TRUNC(f.txn_date, 'MM') AS fuel_month,
       COUNT(*) AS fill_ups,
       SUM(f.quantity) AS total_quantity,
       SUM(f.amount) AS total_amount,
       ROUND(SUM(f.amount) / SUM(f.quantity), 3) AS avg_price_per_unit
  FROM fuel_transaction f
 GROUP BY f.vehicle_id, TRUNC(f.txn_date, 'MM');
--------------------------------------------------------
--  DDL for Materialized View MV_VEHICLE_MAINT_SUMMARY
--------------------------------------------------------

  CREATE MATERIALIZED VIEW "FLEET"."MV_VEHICLE_MAINT_SUMMARY" ("VEHICLE_ID", "REGISTRATION_NO", "WORK_ORDERS", "REPAIRS", "TOTAL_COST", "LAST_OPENED_AT")
  BUILD IMMEDIATE
  USING INDEX 
  REFRESH COMPLETE ON DEMAND
  USING DEFAULT LOCAL ROLLBACK SEGMENT
  USING ENFORCED CONSTRAINTS DISABLE QUERY REWRITE
  AS SELECT c.vehicle_id,
       v.registration_no,
       COUNT(*) AS work_orders,
       SUM(CASE WHEN c.work_type = 'REPAIR' THEN 1 ELSE 0 END) AS repairs,
       SUM(c.total_cost) AS total_cost,
       MAX(c.opened_at) AS last_opened_at
  FROM v_work_order_cost c
  JOIN vehicle v ON v.vehicle_id = c.vehicle_id
 WHERE c.status <> 'CANCELLED'
 GROUP BY c.vehicle_id, v.registration_no;
