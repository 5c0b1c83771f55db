--------------------------------------------------------
--  DDL for Table PART
--------------------------------------------------------

  CREATE TABLE "FLEET"."PART" 
   (	"PART_ID" NUMBER(10,0) DEFAULT "FLEET"."PART_SEQ"."NEXTVAL", 
	"PART_NO" VARCHAR2(20 BYTE), 
	"CATEGORY_ID" NUMBER(5,0), 
	"DESCRIPTION" VARCHAR2(200 CHAR), 
	"MANUFACTURER_PART_NO" VARCHAR2(30 BYTE), 
	"UNIT_COST" NUMBER(10,2), 
	"WEIGHT_KG" FLOAT(126), 
	"HAZARDOUS" CHAR(1 BYTE) DEFAULT 'N', 
	"DATASHEET" CLOB
   ) ;
