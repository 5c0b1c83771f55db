--------------------------------------------------------
--  DDL for Table PART_STOCK
--------------------------------------------------------

  CREATE TABLE "FLEET"."PART_STOCK" 
   (	"DEPOT_ID" NUMBER(6,0), 
	"PART_ID" NUMBER(10,0), 
	"QTY_ON_HAND" NUMBER(7,0) DEFAULT 0, 
	"MIN_QTY" NUMBER(7,0) DEFAULT 0, 
	"BIN_LOCATION" VARCHAR2(10 BYTE), 
	"LAST_COUNTED_AT" DATE
   ) ;
