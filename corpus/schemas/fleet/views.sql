--------------------------------------------------------
--  DDL for View V_ACTIVE_VEHICLES
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "FLEET"."V_ACTIVE_VEHICLES" ("VEHICLE_ID", "VIN", "REGISTRATION_NO", "MODEL_ID", "HOME_DEPOT_ID", "ASSIGNED_DRIVER_ID", "STATUS", "ODOMETER_KM") AS 
  select vehicle_id, vin, registration_no, model_id, home_depot_id,
         assigned_driver_id, status, odometer_km
    from vehicle
   where status = 'ACTIVE'
  WITH CHECK OPTION;
--------------------------------------------------------
--  DDL for View V_VEHICLE_OVERVIEW
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "FLEET"."V_VEHICLE_OVERVIEW" ("VEHICLE_ID", "REGISTRATION_NO", "MODEL_LABEL", "FUEL_TYPE", "DEPOT_CODE", "DEPOT_NAME", "DRIVER_NAME", "STATUS_LABEL", "ODOMETER_KM", "ACQUIRED_ON", "WARRANTY_ENDS_ON", "UNDER_WARRANTY") AS 
  SELECT v.vehicle_id,
       v.registration_no,
       m.manufacturer || ' ' || m.model_name || ' (' || TO_CHAR(m.model_year) || ')' AS model_label,
       ft.description AS fuel_type,
       d.depot_code,
       d.depot_name,
       NVL2(v.assigned_driver_id, dr.last_name || ', ' || dr.first_name, 'Unassigned') AS driver_name,
       DECODE(v.status, 'ACTIVE', 'In service',
                        'IN_SHOP', 'In workshop',
                        'RESERVED', 'Reserved',
                        'Unknown') AS status_label,
       v.odometer_km,
       TRUNC(v.acquired_on) AS acquired_on,
       ADD_MONTHS(v.acquired_on, m.warranty_months) AS warranty_ends_on,
       CASE
         WHEN ADD_MONTHS(v.acquired_on, m.warranty_months) > SYSDATE THEN 'Y'
         ELSE 'N'
       END AS under_warranty
  FROM vehicle v
  JOIN vehicle_model m ON m.model_id = v.model_id
  JOIN fuel_type ft ON ft.fuel_type_code = m.fuel_type_code
  JOIN depot d ON d.depot_id = v.home_depot_id
  LEFT JOIN driver dr ON dr.driver_id = v.assigned_driver_id
 WHERE v.status <> 'RETIRED'
;
--------------------------------------------------------
--  DDL for View V_WORK_ORDER_COST
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "FLEET"."V_WORK_ORDER_COST" ("WORK_ORDER_ID", "JOB_CARD_NO", "VEHICLE_ID", "DEPOT_ID", "WORK_TYPE", "STATUS", "OPENED_AT", "CLOSED_AT", "TASK_COUNT", "LABOUR_HOURS", "LABOUR_COST", "PARTS_COST", "TOTAL_COST") AS 
  SELECT wo.work_order_id,
       wo.job_card_no,
       wo.vehicle_id,
       wo.depot_id,
       wo.work_type,
       wo.status,
       wo.opened_at,
       wo.closed_at,
       NVL(t.task_count, 0) AS task_count,
       NVL(t.labour_hours, 0) AS labour_hours,
       NVL(t.labour_cost, 0) AS labour_cost,
       NVL(p.parts_cost, 0) AS parts_cost,
       NVL(t.labour_cost, 0) + NVL(p.parts_cost, 0) AS total_cost
  FROM work_order wo
  LEFT JOIN (SELECT work_order_id,
                    COUNT(*) AS task_count,
                    SUM(labour_hours) AS labour_hours,
                    SUM(labour_cost) AS labour_cost
               FROM work_order_task
              WHERE task_status <> 'S'
              GROUP BY work_order_id) t
    ON t.work_order_id = wo.work_order_id
  LEFT JOIN (SELECT work_order_id,
                    SUM(line_total) AS parts_cost
               FROM work_order_part
              GROUP BY work_order_id) p
    ON p.work_order_id = wo.work_order_id
;
--------------------------------------------------------
--  DDL for View V_DEPOT_MONTHLY_COST
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "FLEET"."V_DEPOT_MONTHLY_COST" ("DEPOT_ID", "DEPOT_NAME", "COST_MONTH", "MONTH_LABEL", "WORK_ORDERS", "LABOUR_HOURS", "LABOUR_COST", "PARTS_COST", "TOTAL_COST", "AVG_COST_PER_ORDER", "MAX_COST") AS 
  SELECT c.depot_id,
       d.depot_name,
       TRUNC(c.opened_at, 'MM') AS cost_month,
       TO_CHAR(c.opened_at, 'YYYY-MM') AS month_label,
       COUNT(*) AS work_orders,
       SUM(c.labour_hours) AS labour_hours,
       SUM(c.labour_cost) AS labour_cost,
       SUM(c.parts_cost) AS parts_cost,
       SUM(c.total_cost) AS total_cost,
       ROUND(AVG(c.total_cost), 2) AS avg_cost_per_order,
       MAX(c.total_cost) AS max_cost
  FROM v_work_order_cost c
  JOIN depot d ON d.depot_id = c.depot_id
 WHERE c.status <> 'CANCELLED'
 GROUP BY c.depot_id, d.depot_name, TRUNC(c.opened_at, 'MM'), TO_CHAR(c.opened_at, 'YYYY-MM')
;
--------------------------------------------------------
--  DDL for View V_OPEN_WORK_ORDERS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "FLEET"."V_OPEN_WORK_ORDERS" ("WORK_ORDER_ID", "JOB_CARD_NO", "REGISTRATION_NO", "DEPOT_CODE", "WORK_TYPE", "PRIORITY_LABEL", "STATUS", "OPENED_LABEL", "ESTIMATED_DURATION", "SITE_MANAGER", "COST_TO_DATE") AS 
  SELECT wo.work_order_id,
       wo.job_card_no,
       v.registration_no,
       d.depot_code,
       wo.work_type,
       CASE wo.priority
         WHEN 1 THEN 'Critical'
         WHEN 2 THEN 'High'
         WHEN 3 THEN 'Normal'
         ELSE 'Low'
       END AS priority_label,
       wo.status,
       TO_CHAR(wo.opened_at, 'DD.MM.YYYY HH24:MI') AS opened_label,
       wo.estimated_duration,
       NVL(m.full_name, 'No site manager') AS site_manager,
       c.total_cost AS cost_to_date
  FROM work_order wo
  JOIN vehicle v ON v.vehicle_id = wo.vehicle_id
  JOIN depot d ON d.depot_id = wo.depot_id
  LEFT JOIN mechanic m ON m.mechanic_id = d.site_manager_id
  JOIN v_work_order_cost c ON c.work_order_id = wo.work_order_id
 WHERE wo.status NOT IN ('CLOSED', 'CANCELLED')
  WITH READ ONLY;
--------------------------------------------------------
--  DDL for View V_DRIVER_LICENCE_STATUS
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "FLEET"."V_DRIVER_LICENCE_STATUS" ("DRIVER_ID", "EMPLOYEE_NO", "DISPLAY_NAME", "LICENCE_CLASS", "LICENCE_EXPIRES", "LICENCE_STATE", "DEPOT_CODE", "ASSIGNED_VEHICLES") AS 
  SELECT dr.driver_id,
       dr.employee_no,
       dr.first_name || ' ' || UPPER(dr.last_name) AS display_name,
       dr.licence_class,
       dr.licence_expires,
       CASE
         WHEN dr.licence_expires < TRUNC(SYSDATE) THEN 'EXPIRED'
         WHEN dr.licence_expires < ADD_MONTHS(TRUNC(SYSDATE), 2) THEN 'EXPIRING'
         ELSE 'VALID'
       END AS licence_state,
       d.depot_code,
       NVL(vc.vehicle_count, 0) AS assigned_vehicles
  FROM driver dr
  JOIN depot d ON d.depot_id = dr.home_depot_id
  LEFT JOIN (SELECT assigned_driver_id, COUNT(*) AS vehicle_count
               FROM vehicle
              WHERE status <> 'RETIRED'
              GROUP BY assigned_driver_id) vc
    ON vc.assigned_driver_id = dr.driver_id
;
--------------------------------------------------------
--  DDL for View V_PART_REORDER
--------------------------------------------------------

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "FLEET"."V_PART_REORDER" ("DEPOT_ID", "DEPOT_CODE", "PART_NO", "DESCRIPTION", "CATEGORY_NAME", "QTY_ON_HAND", "MIN_QTY", "SHORTFALL", "REORDER_VALUE", "HANDLING_NOTE") AS 
  select s.depot_id,
       d.depot_code,
       p.part_no,
       p.description,
       pc.category_name,
       s.qty_on_hand,
       s.min_qty,
       s.min_qty - s.qty_on_hand as shortfall,
       (s.min_qty - s.qty_on_hand) * p.unit_cost as reorder_value,
       decode(p.hazardous, 'Y', 'Hazardous goods: ship separately', null) as handling_note
  from part_stock s
  join part p on p.part_id = s.part_id
  join part_category pc on pc.category_id = p.category_id
  join depot d on d.depot_id = s.depot_id
 where s.qty_on_hand - s.min_qty < 0
;
