--------------------------------------------------------
--  DDL for Table DEPOT
--------------------------------------------------------

  CREATE TABLE "FLEET"."DEPOT" 
   (	"DEPOT_ID" NUMBER(6,0), 
	"DEPOT_CODE" VARCHAR2(8 BYTE), 
	"DEPOT_NAME" VARCHAR2(80 CHAR), 
	"REGION_CODE" CHAR(2 BYTE), 
	"CITY" NVARCHAR2(60), 
	"ADDRESS_LINE" VARCHAR2(200 CHAR), 
	"POSTAL_CODE" VARCHAR2(10 BYTE), 
	"SITE_MANAGER_ID" NUMBER(8,0), 
	"BAY_COUNT" NUMBER(3,0) DEFAULT 4, 
	"OPENED_ON" DATE, 
	"CREATED_BY" VARCHAR2(30 BYTE) DEFAULT USER, 
	"CREATED_AT" DATE DEFAULT sysdate
   ) ;
