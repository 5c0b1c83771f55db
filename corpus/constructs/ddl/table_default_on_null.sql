-- Exercises: 12c DEFAULT sequence.NEXTVAL and DEFAULT ON NULL (SYSDATE, USER, SYS_GUID, seq.NEXTVAL, expression)
CREATE SEQUENCE billing.invoice_seq START WITH 100000 INCREMENT BY 1 CACHE 100;

CREATE SEQUENCE billing.invoice_line_seq;

CREATE TABLE billing.invoice
(
  invoice_id      NUMBER(12)      DEFAULT billing.invoice_seq.NEXTVAL   NOT NULL,
  invoice_ref     VARCHAR2(36)    DEFAULT ON NULL RAWTOHEX(SYS_GUID()),
  status          VARCHAR2(10)    DEFAULT ON NULL 'DRAFT',
  issued_on       DATE            DEFAULT ON NULL SYSDATE,
  currency        CHAR(3)         DEFAULT ON NULL 'EUR',
  created_by      VARCHAR2(128)   DEFAULT ON NULL USER,
  due_on          DATE            DEFAULT ON NULL TRUNC(SYSDATE) + 30,
  CONSTRAINT invoice_pk PRIMARY KEY (invoice_id)
);

CREATE TABLE billing.invoice_line
(
  line_id         NUMBER(12)      DEFAULT ON NULL billing.invoice_line_seq.NEXTVAL,
  invoice_id      NUMBER(12)      NOT NULL,
  qty             NUMBER(10,2)    DEFAULT ON NULL 1,
  unit_price      NUMBER(12,2)    NOT NULL,
  CONSTRAINT invoice_line_pk PRIMARY KEY (line_id)
);
