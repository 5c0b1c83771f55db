--------------------------------------------------------
--  DDL for Index DEPOT_CODE_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."DEPOT_CODE_UK" ON "FLEET"."DEPOT" ("DEPOT_CODE") ;
--------------------------------------------------------
--  DDL for Index DEPOT_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."DEPOT_PK" ON "FLEET"."DEPOT" ("DEPOT_ID") ;
--------------------------------------------------------
--  DDL for Index DRIVER_DEPOT_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."DRIVER_DEPOT_IX" ON "FLEET"."DRIVER" ("HOME_DEPOT_ID") ;
--------------------------------------------------------
--  DDL for Index DRIVER_EMAIL_UIX
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."DRIVER_EMAIL_UIX" ON "FLEET"."DRIVER" (LOWER("EMAIL")) ;
--------------------------------------------------------
--  DDL for Index DRIVER_EMPLOYEE_NO_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."DRIVER_EMPLOYEE_NO_UK" ON "FLEET"."DRIVER" ("EMPLOYEE_NO") ;
--------------------------------------------------------
--  DDL for Index DRIVER_LICENCE_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."DRIVER_LICENCE_UK" ON "FLEET"."DRIVER" ("LICENCE_NO") ;
--------------------------------------------------------
--  DDL for Index DRIVER_NAME_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."DRIVER_NAME_IX" ON "FLEET"."DRIVER" (UPPER("LAST_NAME"), UPPER("FIRST_NAME")) ;
--------------------------------------------------------
--  DDL for Index DRIVER_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."DRIVER_PK" ON "FLEET"."DRIVER" ("DRIVER_ID") ;
--------------------------------------------------------
--  DDL for Index FUEL_TXN_DRIVER_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."FUEL_TXN_DRIVER_IX" ON "FLEET"."FUEL_TRANSACTION" ("DRIVER_ID") LOCAL ;
--------------------------------------------------------
--  DDL for Index FUEL_TXN_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."FUEL_TXN_PK" ON "FLEET"."FUEL_TRANSACTION" ("FUEL_TXN_ID", "TXN_DATE") 
  LOCAL
 (PARTITION "P2025_01" , 
PARTITION "P2025_02" , 
PARTITION "P2025_03" , 
PARTITION "P2025_04" , 
PARTITION "P2025_05" , 
PARTITION "P2025_06" , 
PARTITION "P_MAX" ) ;
--------------------------------------------------------
--  DDL for Index FUEL_TXN_VEHICLE_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."FUEL_TXN_VEHICLE_IX" ON "FLEET"."FUEL_TRANSACTION" ("VEHICLE_ID", "TXN_DATE") 
  LOCAL
 (PARTITION "P2025_01" , 
PARTITION "P2025_02" , 
PARTITION "P2025_03" , 
PARTITION "P2025_04" , 
PARTITION "P2025_05" , 
PARTITION "P2025_06" , 
PARTITION "P_MAX" ) ;
--------------------------------------------------------
--  DDL for Index MAINT_FORECAST_TMP_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."MAINT_FORECAST_TMP_PK" ON "FLEET"."MAINT_FORECAST_TMP" ("VEHICLE_ID") ;
--------------------------------------------------------
--  DDL for Index MECHANIC_DEPOT_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."MECHANIC_DEPOT_IX" ON "FLEET"."MECHANIC" ("DEPOT_ID") ;
--------------------------------------------------------
--  DDL for Index MECHANIC_EMPLOYEE_NO_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."MECHANIC_EMPLOYEE_NO_UK" ON "FLEET"."MECHANIC" ("EMPLOYEE_NO") ;
--------------------------------------------------------
--  DDL for Index MECHANIC_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."MECHANIC_PK" ON "FLEET"."MECHANIC" ("MECHANIC_ID") ;
--------------------------------------------------------
--  DDL for Index PART_CATEGORY_CODE_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."PART_CATEGORY_CODE_UK" ON "FLEET"."PART_CATEGORY" ("CATEGORY_CODE") ;
--------------------------------------------------------
--  DDL for Index PART_CAT_FK_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."PART_CAT_FK_IX" ON "FLEET"."PART" ("CATEGORY_ID") ;
--------------------------------------------------------
--  DDL for Index PART_CATEGORY_PARENT_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."PART_CATEGORY_PARENT_IX" ON "FLEET"."PART_CATEGORY" ("PARENT_CATEGORY_ID") ;
--------------------------------------------------------
--  DDL for Index PART_CATEGORY_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."PART_CATEGORY_PK" ON "FLEET"."PART_CATEGORY" ("CATEGORY_ID") ;
--------------------------------------------------------
--  DDL for Index PART_NO_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."PART_NO_UK" ON "FLEET"."PART" ("PART_NO") ;
--------------------------------------------------------
--  DDL for Index PART_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."PART_PK" ON "FLEET"."PART" ("PART_ID") ;
--------------------------------------------------------
--  DDL for Index PART_STOCK_PART_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."PART_STOCK_PART_IX" ON "FLEET"."PART_STOCK" ("PART_ID") ;
--------------------------------------------------------
--  DDL for Index PART_STOCK_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."PART_STOCK_PK" ON "FLEET"."PART_STOCK" ("DEPOT_ID", "PART_ID") ;
--------------------------------------------------------
--  DDL for Index PART_STOCK_SHORTAGE_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."PART_STOCK_SHORTAGE_IX" ON "FLEET"."PART_STOCK" ("QTY_ON_HAND"-"MIN_QTY") ;
--------------------------------------------------------
--  DDL for Index TELEMATICS_EVENT_ID_RIX
--------------------------------------------------------

  CREATE INDEX "FLEET"."TELEMATICS_EVENT_ID_RIX" ON "FLEET"."TELEMATICS_EVENT" ("EVENT_ID") REVERSE ;
--------------------------------------------------------
--  DDL for Index TELEMATICS_EVENT_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."TELEMATICS_EVENT_PK" ON "FLEET"."TELEMATICS_EVENT" ("VEHICLE_ID", "EVENT_ID") ;
--------------------------------------------------------
--  DDL for Index TELEMATICS_EVENT_TS_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."TELEMATICS_EVENT_TS_IX" ON "FLEET"."TELEMATICS_EVENT" ("VEHICLE_ID", "EVENT_TS") LOCAL ;
--------------------------------------------------------
--  DDL for Index VEHICLE_DRIVER_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."VEHICLE_DRIVER_IX" ON "FLEET"."VEHICLE" ("ASSIGNED_DRIVER_ID") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_INSPECTION_CERT_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_INSPECTION_CERT_UK" ON "FLEET"."VEHICLE_INSPECTION" ("CERTIFICATE_NO") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_INSPECTION_DUE_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."VEHICLE_INSPECTION_DUE_IX" ON "FLEET"."VEHICLE_INSPECTION" ("VEHICLE_ID", "NEXT_DUE_ON" DESC) ;
--------------------------------------------------------
--  DDL for Index VEHICLE_INSPECTION_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_INSPECTION_PK" ON "FLEET"."VEHICLE_INSPECTION" ("INSPECTION_ID") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_MODEL_DEPOT_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."VEHICLE_MODEL_DEPOT_IX" ON "FLEET"."VEHICLE" ("MODEL_ID", "HOME_DEPOT_ID") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_MODEL_FUEL_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."VEHICLE_MODEL_FUEL_IX" ON "FLEET"."VEHICLE_MODEL" ("FUEL_TYPE_CODE") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_MODEL_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_MODEL_PK" ON "FLEET"."VEHICLE_MODEL" ("MODEL_ID") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_MODEL_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_MODEL_UK" ON "FLEET"."VEHICLE_MODEL" ("MANUFACTURER", "MODEL_NAME", "MODEL_YEAR") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_PK" ON "FLEET"."VEHICLE" ("VEHICLE_ID") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_REG_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_REG_UK" ON "FLEET"."VEHICLE" ("REGISTRATION_NO") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_STATUS_BIX
--------------------------------------------------------

  CREATE BITMAP INDEX "FLEET"."VEHICLE_STATUS_BIX" ON "FLEET"."VEHICLE" ("STATUS") ;
--------------------------------------------------------
--  DDL for Index VEHICLE_VIN_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_VIN_UK" ON "FLEET"."VEHICLE" ("VIN") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_DEPOT_OPENED_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."WORK_ORDER_DEPOT_OPENED_IX" ON "FLEET"."WORK_ORDER" ("DEPOT_ID", "OPENED_AT" DESC) ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_PART_DEPOT_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."WORK_ORDER_PART_DEPOT_IX" ON "FLEET"."WORK_ORDER_PART" ("ISSUED_FROM_DEPOT_ID") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_PART_PART_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."WORK_ORDER_PART_PART_IX" ON "FLEET"."WORK_ORDER_PART" ("PART_ID") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_PART_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."WORK_ORDER_PART_PK" ON "FLEET"."WORK_ORDER_PART" ("WORK_ORDER_ID", "TASK_NO", "PART_ID") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."WORK_ORDER_PK" ON "FLEET"."WORK_ORDER" ("WORK_ORDER_ID") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_REPORTER_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."WORK_ORDER_REPORTER_IX" ON "FLEET"."WORK_ORDER" ("REPORTED_BY_DRIVER_ID") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_TASK_MECHANIC_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."WORK_ORDER_TASK_MECHANIC_IX" ON "FLEET"."WORK_ORDER_TASK" ("MECHANIC_ID") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_TASK_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."WORK_ORDER_TASK_PK" ON "FLEET"."WORK_ORDER_TASK" ("WORK_ORDER_ID", "TASK_NO") ;
--------------------------------------------------------
--  DDL for Index WORK_ORDER_VEHICLE_IX
--------------------------------------------------------

  CREATE INDEX "FLEET"."WORK_ORDER_VEHICLE_IX" ON "FLEET"."WORK_ORDER" ("VEHICLE_ID", "STATUS") ;
