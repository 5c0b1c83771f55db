--------------------------------------------------------
--  Comments for Table DEPOT
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."DEPOT"."REGION_CODE" IS 'Operating region: NW, NE, SW, SE or CE';
   COMMENT ON COLUMN "FLEET"."DEPOT"."SITE_MANAGER_ID" IS 'Workshop foreman responsible for the site; set after the mechanic has been hired';
   COMMENT ON COLUMN "FLEET"."DEPOT"."BAY_COUNT" IS 'Number of service bays (lifts and pits)';
   COMMENT ON TABLE "FLEET"."DEPOT"  IS 'Depots: parking sites with or without a workshop';
--------------------------------------------------------
--  Comments for Table DRIVER
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."DRIVER"."LICENCE_CLASS" IS 'Highest driving licence category held (B, C1, C, CE, D1, D)';
   COMMENT ON COLUMN "FLEET"."DRIVER"."PHOTO" IS 'Badge photo, JPEG';
   COMMENT ON TABLE "FLEET"."DRIVER"  IS 'Employees allowed to drive fleet vehicles';
--------------------------------------------------------
--  Comments for Table FUEL_TRANSACTION
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."FUEL_TRANSACTION"."TXN_DATE" IS 'Date and time of the fill-up at the station (partition key)';
   COMMENT ON COLUMN "FLEET"."FUEL_TRANSACTION"."CARD_NO" IS 'Fuel card number, masked except for the last four digits';
   COMMENT ON TABLE "FLEET"."FUEL_TRANSACTION"  IS 'Fuel card transactions loaded nightly from the card provider, one partition per month';
--------------------------------------------------------
--  Comments for Table FUEL_TYPE
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."FUEL_TYPE"."CO2_KG_PER_UNIT" IS 'Tank-to-wheel CO2 emission factor per unit of measure';
   COMMENT ON TABLE "FLEET"."FUEL_TYPE"  IS 'Lookup of fuels and energy carriers (index-organized)';
--------------------------------------------------------
--  Comments for Table MAINT_FORECAST_TMP
--------------------------------------------------------

   COMMENT ON TABLE "FLEET"."MAINT_FORECAST_TMP"  IS 'Per-session scratch table filled by the maintenance planning screen';
--------------------------------------------------------
--  Comments for Table MECHANIC
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."MECHANIC"."CERT_LEVEL" IS 'Certification level from 1 (apprentice) to 5 (master technician)';
   COMMENT ON TABLE "FLEET"."MECHANIC"  IS 'Workshop staff';
--------------------------------------------------------
--  Comments for Table PART
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."PART"."WEIGHT_KG" IS 'Shipping weight in kilograms';
   COMMENT ON TABLE "FLEET"."PART"  IS 'Spare parts catalogue';
--------------------------------------------------------
--  Comments for Table PART_CATEGORY
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."PART_CATEGORY"."PARENT_CATEGORY_ID" IS 'Parent category; NULL for top-level categories';
   COMMENT ON TABLE "FLEET"."PART_CATEGORY"  IS 'Hierarchy of spare part categories';
--------------------------------------------------------
--  Comments for Table PART_STOCK
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."PART_STOCK"."MIN_QTY" IS 'Reorder point: a purchase request is raised below this quantity';
   COMMENT ON TABLE "FLEET"."PART_STOCK"  IS 'Stock on hand per depot and part';
--------------------------------------------------------
--  Comments for Table TELEMATICS_EVENT
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."TELEMATICS_EVENT"."EVENT_TS" IS 'Event time as reported by the on-board unit, with its time zone';
   COMMENT ON COLUMN "FLEET"."TELEMATICS_EVENT"."LATITUDE" IS 'WGS84 latitude in decimal degrees';
   COMMENT ON COLUMN "FLEET"."TELEMATICS_EVENT"."LONGITUDE" IS 'WGS84 longitude in decimal degrees';
   COMMENT ON TABLE "FLEET"."TELEMATICS_EVENT"  IS 'Events sent by the on-board telematics units, hash-partitioned by vehicle';
--------------------------------------------------------
--  Comments for Table VEHICLE
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."VEHICLE"."VIN" IS 'Vehicle identification number (17 characters)';
   COMMENT ON COLUMN "FLEET"."VEHICLE"."STATUS" IS 'ACTIVE, IN_SHOP, RESERVED or RETIRED';
   COMMENT ON COLUMN "FLEET"."VEHICLE"."ROW_GUID" IS 'Stable identifier shared with the telematics provider';
   COMMENT ON TABLE "FLEET"."VEHICLE"  IS 'Company-owned and leased vehicles';
--------------------------------------------------------
--  Comments for Table VEHICLE_INSPECTION
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."VEHICLE_INSPECTION"."RESULT" IS 'PASS, FAIL or ADVISORY (passed with the inspector''s remarks)';
   COMMENT ON TABLE "FLEET"."VEHICLE_INSPECTION"  IS 'Statutory inspections and their certificates';
--------------------------------------------------------
--  Comments for Table VEHICLE_MODEL
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."VEHICLE_MODEL"."SERVICE_INTERVAL_KM" IS 'Manufacturer''s service interval in kilometres';
   COMMENT ON TABLE "FLEET"."VEHICLE_MODEL"  IS 'Makes and models in the fleet';
--------------------------------------------------------
--  Comments for Table WORK_ORDER
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."WORK_ORDER"."JOB_CARD_NO" IS 'Number printed on the paper job card; wraps around after 99999';
   COMMENT ON COLUMN "FLEET"."WORK_ORDER"."PRIORITY" IS '1 = critical (vehicle off the road) to 4 = low';
   COMMENT ON COLUMN "FLEET"."WORK_ORDER"."ESTIMATED_DURATION" IS 'Workshop time estimated when the order is opened';
   COMMENT ON TABLE "FLEET"."WORK_ORDER"  IS 'Workshop orders: services, repairs, recalls';
--------------------------------------------------------
--  Comments for Table WORK_ORDER_PART
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."WORK_ORDER_PART"."LINE_TOTAL" IS 'Quantity times unit price (virtual column)';
   COMMENT ON TABLE "FLEET"."WORK_ORDER_PART"  IS 'Parts issued from stock to a work order task';
--------------------------------------------------------
--  Comments for Table WORK_ORDER_TASK
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."WORK_ORDER_TASK"."LABOUR_COST" IS 'Labour hours times hourly rate (virtual column)';
   COMMENT ON COLUMN "FLEET"."WORK_ORDER_TASK"."TASK_STATUS" IS 'P = pending, D = done, S = skipped';
   COMMENT ON TABLE "FLEET"."WORK_ORDER_TASK"  IS 'Tasks of a work order, each done by one mechanic';
--------------------------------------------------------
--  Comments for View V_VEHICLE_OVERVIEW
--------------------------------------------------------

   COMMENT ON COLUMN "FLEET"."V_VEHICLE_OVERVIEW"."UNDER_WARRANTY" IS 'Y while the manufacturer''s warranty runs';
   COMMENT ON TABLE "FLEET"."V_VEHICLE_OVERVIEW"  IS 'One row per vehicle not retired, for the dispatch screen';
--------------------------------------------------------
--  Comments for Materialized View MV_FUEL_MONTHLY
--------------------------------------------------------

   COMMENT ON MATERIALIZED VIEW "FLEET"."MV_FUEL_MONTHLY"  IS 'Fuel use per vehicle and month, refreshed after the nightly card load';
