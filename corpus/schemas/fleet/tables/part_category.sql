--------------------------------------------------------
--  DDL for Table PART_CATEGORY
--------------------------------------------------------

  CREATE TABLE "FLEET"."PART_CATEGORY" 
   (	"CATEGORY_ID" NUMBER(5,0), 
	"PARENT_CATEGORY_ID" NUMBER(5,0), 
	"CATEGORY_CODE" VARCHAR2(12 BYTE), 
	"CATEGORY_NAME" VARCHAR2(80 CHAR), 
	"SORT_ORDER" NUMBER(3,0) DEFAULT 100
   ) ;
