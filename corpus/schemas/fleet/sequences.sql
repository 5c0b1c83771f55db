--------------------------------------------------------
--  File created - Monday-March-03-2025   
--------------------------------------------------------
--------------------------------------------------------
--  DDL for Sequence DRIVER_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "FLEET"."DRIVER_SEQ"  MINVALUE 1 MAXVALUE 99999999 INCREMENT BY 1 START WITH 1 NOCACHE  NOORDER  NOCYCLE ;
--------------------------------------------------------
--  DDL for Sequence FUEL_TXN_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "FLEET"."FUEL_TXN_SEQ"  MINVALUE 1 MAXVALUE 99999999999999 INCREMENT BY 1 START WITH 1 CACHE 500 NOORDER  NOCYCLE ;
--------------------------------------------------------
--  DDL for Sequence INSPECTION_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "FLEET"."INSPECTION_SEQ"  MINVALUE 1 MAXVALUE 9999999999 INCREMENT BY 1 START WITH 1 CACHE 20 NOORDER  NOCYCLE ;
--------------------------------------------------------
--  DDL for Sequence JOB_CARD_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "FLEET"."JOB_CARD_SEQ"  MINVALUE 1 MAXVALUE 99999 INCREMENT BY 1 START WITH 1 CACHE 20 NOORDER  CYCLE ;
--------------------------------------------------------
--  DDL for Sequence PART_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "FLEET"."PART_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 1 CACHE 20 NOORDER  NOCYCLE ;
--------------------------------------------------------
--  DDL for Sequence VEHICLE_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "FLEET"."VEHICLE_SEQ"  MINVALUE 1 MAXVALUE 9999999999 INCREMENT BY 1 START WITH 10000 CACHE 20 NOORDER  NOCYCLE ;
--------------------------------------------------------
--  DDL for Sequence WORK_ORDER_SEQ
--------------------------------------------------------

   CREATE SEQUENCE  "FLEET"."WORK_ORDER_SEQ"  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH 100000 CACHE 20 ORDER  NOCYCLE ;
