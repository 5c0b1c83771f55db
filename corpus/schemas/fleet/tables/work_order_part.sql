--------------------------------------------------------
--  DDL for Table WORK_ORDER_PART
--------------------------------------------------------

  CREATE TABLE "FLEET"."WORK_ORDER_PART" 
   (	"WORK_ORDER_ID" NUMBER(12,0), 
	"TASK_NO" NUMBER(3,0), 
	"PART_ID" NUMBER(10,0), 
	"ISSUED_FROM_DEPOT_ID" NUMBER(6,0), 
	"QUANTITY" NUMBER(7,2), 
	"UNIT_PRICE" NUMBER(10,2), 
	"LINE_TOTAL" NUMBER(14,2) GENERATED ALWAYS AS ("QUANTITY"*"UNIT_PRICE") VIRTUAL , 
	"ISSUED_AT" DATE DEFAULT SYSDATE
   ) ;
