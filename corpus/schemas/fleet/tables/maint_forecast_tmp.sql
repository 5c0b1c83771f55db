--------------------------------------------------------
--  DDL for Table MAINT_FORECAST_TMP
--------------------------------------------------------

  CREATE GLOBAL TEMPORARY TABLE "FLEET"."MAINT_FORECAST_TMP" 
   (	"VEHICLE_ID" NUMBER(10,0), 
	"DUE_BY_DATE" DATE, 
	"DUE_BY_KM" NUMBER(8,0), 
	"AVG_KM_PER_DAY" NUMBER, 
	"REASON" VARCHAR2(100 CHAR)
   ) ON COMMIT PRESERVE ROWS ;
