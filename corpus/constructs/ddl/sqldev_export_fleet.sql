-- Exercises: SQL Developer-style export file: banner comments, tables, then comments, indexes and constraints as separate ALTER TABLE statements
--------------------------------------------------------
--  File created - Wednesday-January-31-2024   
--------------------------------------------------------
--------------------------------------------------------
--  DDL for Table VEHICLE
--------------------------------------------------------

  CREATE TABLE "FLEET"."VEHICLE" 
   (	"VEHICLE_ID" NUMBER(10,0), 
	"PLATE_NO" VARCHAR2(15 BYTE), 
	"VIN" VARCHAR2(17 BYTE), 
	"MODEL_CODE" VARCHAR2(20 BYTE), 
	"DEPOT_ID" NUMBER(8,0), 
	"IN_SERVICE_FROM" DATE, 
	"ODOMETER_KM" NUMBER(9,0) DEFAULT 0
   ) SEGMENT CREATION IMMEDIATE 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645
  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1
  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)
  TABLESPACE "FLEET_DATA" ;

   COMMENT ON COLUMN "FLEET"."VEHICLE"."VIN" IS 'Vehicle identification number (ISO 3779)';
   COMMENT ON COLUMN "FLEET"."VEHICLE"."ODOMETER_KM" IS 'Last reported odometer reading';
   COMMENT ON TABLE "FLEET"."VEHICLE"  IS 'Company-owned and leased vehicles';
--------------------------------------------------------
--  DDL for Table SERVICE_VISIT
--------------------------------------------------------

  CREATE TABLE "FLEET"."SERVICE_VISIT" 
   (	"VISIT_ID" NUMBER(12,0), 
	"VEHICLE_ID" NUMBER(10,0), 
	"VISIT_DATE" DATE, 
	"GARAGE_NAME" VARCHAR2(100 BYTE), 
	"COST_EUR" NUMBER(10,2), 
	"NOTES" VARCHAR2(2000 BYTE)
   ) SEGMENT CREATION DEFERRED 
  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 
 NOCOMPRESS LOGGING
  TABLESPACE "FLEET_DATA" ;
--------------------------------------------------------
--  DDL for Index VEHICLE_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_PK" ON "FLEET"."VEHICLE" ("VEHICLE_ID") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  TABLESPACE "FLEET_IDX" ;
--------------------------------------------------------
--  DDL for Index VEHICLE_PLATE_UK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."VEHICLE_PLATE_UK" ON "FLEET"."VEHICLE" ("PLATE_NO") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  TABLESPACE "FLEET_IDX" ;
--------------------------------------------------------
--  DDL for Index SERVICE_VISIT_PK
--------------------------------------------------------

  CREATE UNIQUE INDEX "FLEET"."SERVICE_VISIT_PK" ON "FLEET"."SERVICE_VISIT" ("VISIT_ID") 
  PCTFREE 10 INITRANS 2 MAXTRANS 255 
  TABLESPACE "FLEET_IDX" ;
--------------------------------------------------------
--  Constraints for Table VEHICLE
--------------------------------------------------------

  ALTER TABLE "FLEET"."VEHICLE" MODIFY ("VEHICLE_ID" NOT NULL ENABLE);
  ALTER TABLE "FLEET"."VEHICLE" MODIFY ("PLATE_NO" NOT NULL ENABLE);
  ALTER TABLE "FLEET"."VEHICLE" ADD CONSTRAINT "VEHICLE_PK" PRIMARY KEY ("VEHICLE_ID")
  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS 
  TABLESPACE "FLEET_IDX"  ENABLE;
  ALTER TABLE "FLEET"."VEHICLE" ADD CONSTRAINT "VEHICLE_PLATE_UK" UNIQUE ("PLATE_NO")
  USING INDEX "FLEET"."VEHICLE_PLATE_UK"  ENABLE;
  ALTER TABLE "FLEET"."VEHICLE" ADD CONSTRAINT "VEHICLE_ODO_CK" CHECK (odometer_km >= 0) ENABLE;
--------------------------------------------------------
--  Constraints for Table SERVICE_VISIT
--------------------------------------------------------

  ALTER TABLE "FLEET"."SERVICE_VISIT" MODIFY ("VISIT_ID" NOT NULL ENABLE);
  ALTER TABLE "FLEET"."SERVICE_VISIT" MODIFY ("VEHICLE_ID" NOT NULL ENABLE);
  ALTER TABLE "FLEET"."SERVICE_VISIT" ADD CONSTRAINT "SERVICE_VISIT_PK" PRIMARY KEY ("VISIT_ID")
  USING INDEX "FLEET"."SERVICE_VISIT_PK"  ENABLE;
--------------------------------------------------------
--  Ref Constraints for Table SERVICE_VISIT
--------------------------------------------------------

  ALTER TABLE "FLEET"."SERVICE_VISIT" ADD CONSTRAINT "SERVICE_VISIT_VEHICLE_FK" FOREIGN KEY ("VEHICLE_ID")
	  REFERENCES "FLEET"."VEHICLE" ("VEHICLE_ID") ON DELETE CASCADE ENABLE;
