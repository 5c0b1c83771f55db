-- Exercises: PARTITION BY RANGE on a DATE with DATE literals, TO_DATE bounds, per-partition TABLESPACE/attributes and a MAXVALUE partition
CREATE TABLE sales.order_header
(
  order_id        NUMBER(12)      NOT NULL,
  customer_id     NUMBER(10)      NOT NULL,
  order_date      DATE            NOT NULL,
  channel         VARCHAR2(10)    NOT NULL,
  total_amount    NUMBER(14,2),
  CONSTRAINT order_header_pk PRIMARY KEY (order_id)
)
TABLESPACE sales_data
PARTITION BY RANGE (order_date)
(
  PARTITION p_2021 VALUES LESS THAN (TO_DATE('2022-01-01', 'YYYY-MM-DD'))
    TABLESPACE sales_hist COMPRESS,
  PARTITION p_2022 VALUES LESS THAN (TO_DATE(' 2023-01-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))
    TABLESPACE sales_hist COMPRESS,
  PARTITION p_2023 VALUES LESS THAN (DATE '2024-01-01')
    TABLESPACE sales_data,
  PARTITION p_2024 VALUES LESS THAN (DATE '2025-01-01')
    TABLESPACE sales_data PCTFREE 15,
  PARTITION p_future VALUES LESS THAN (MAXVALUE)
    TABLESPACE sales_data
)
ENABLE ROW MOVEMENT;

-- multi-column range key, MAXVALUE in the trailing column
CREATE TABLE fin.period_balance
(
  fiscal_year     NUMBER(4)       NOT NULL,
  fiscal_period   NUMBER(2)       NOT NULL,
  account_code    VARCHAR2(12)    NOT NULL,
  balance         NUMBER(18,2)
)
PARTITION BY RANGE (fiscal_year, fiscal_period)
(
  PARTITION fy2023_h1 VALUES LESS THAN (2023, 7),
  PARTITION fy2023_h2 VALUES LESS THAN (2023, MAXVALUE),
  PARTITION fy2024_h1 VALUES LESS THAN (2024, 7),
  PARTITION fy2024_h2 VALUES LESS THAN (2024, MAXVALUE),
  PARTITION fy_max    VALUES LESS THAN (MAXVALUE, MAXVALUE)
);
