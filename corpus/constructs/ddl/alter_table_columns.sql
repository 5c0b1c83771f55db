-- Exercises: ALTER TABLE ADD / MODIFY / DROP / RENAME COLUMN, single and parenthesised lists, DEFAULT and NOT NULL changes, invisible columns
ALTER TABLE crm.customer ADD email VARCHAR2(254);

ALTER TABLE crm.customer ADD (
  phone          VARCHAR2(30),
  segment_code   VARCHAR2(4)   DEFAULT 'SMB' NOT NULL,
  credit_limit   NUMBER(12,2)  CONSTRAINT customer_credit_ck CHECK (credit_limit >= 0),
  onboarded_on   DATE
);

ALTER TABLE crm.customer MODIFY customer_name VARCHAR2(300);

ALTER TABLE crm.customer MODIFY (
  email          VARCHAR2(320 CHAR),
  phone          NULL,
  onboarded_on   DEFAULT SYSDATE NOT NULL
);

ALTER TABLE crm.customer MODIFY (segment_code DEFAULT NULL);

ALTER TABLE crm.customer ADD internal_note VARCHAR2(500) INVISIBLE;
ALTER TABLE crm.customer MODIFY (internal_note VISIBLE);

ALTER TABLE crm.customer RENAME COLUMN phone TO phone_main;

ALTER TABLE crm.customer DROP COLUMN internal_note;

ALTER TABLE crm.customer DROP (segment_code, credit_limit) CASCADE CONSTRAINTS;

ALTER TABLE "CRM"."CUSTOMER" ADD ("Legacy Ref" VARCHAR2(20));
ALTER TABLE "CRM"."CUSTOMER" RENAME COLUMN "Legacy Ref" TO legacy_ref;
