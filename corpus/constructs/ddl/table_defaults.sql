-- Exercises: column DEFAULT values: SYSDATE, SYSTIMESTAMP, USER, SYS_GUID(), SYS_CONTEXT, literals and expressions
CREATE TABLE wms.stock_movement
(
  movement_id     RAW(16)          DEFAULT SYS_GUID()          NOT NULL,
  warehouse_code  VARCHAR2(10)     DEFAULT 'MAIN'              NOT NULL,
  quantity        NUMBER(12,3)     DEFAULT 0                   NOT NULL,
  unit_cost       NUMBER(14,4)     DEFAULT 0.0,
  movement_type   CHAR(1)          DEFAULT 'I',
  posted_flag     NUMBER(1)        DEFAULT 0,
  created_on      DATE             DEFAULT SYSDATE             NOT NULL,
  created_at      TIMESTAMP(6)     DEFAULT SYSTIMESTAMP,
  created_by      VARCHAR2(128)    DEFAULT USER,
  client_host     VARCHAR2(64)     DEFAULT SYS_CONTEXT('USERENV', 'HOST'),
  due_on          DATE             DEFAULT TRUNC(SYSDATE) + 14,
  period_key      VARCHAR2(6)      DEFAULT TO_CHAR(SYSDATE, 'YYYYMM'),
  expires_at      TIMESTAMP        DEFAULT SYSTIMESTAMP + INTERVAL '30' DAY
);
