-- Exercises: LOGGING/NOLOGGING, COMPRESS, NOCOMPRESS, COMPRESS FOR OLTP (11g), ROW STORE COMPRESS ADVANCED/BASIC (12c), COLUMN STORE COMPRESS FOR QUERY
CREATE TABLE dw.fact_sales_2019
(
  sale_date   DATE,
  store_id    NUMBER(6),
  sku         VARCHAR2(20),
  amount      NUMBER(14,2)
)
TABLESPACE dw_hist
NOLOGGING
COMPRESS;

CREATE TABLE dw.stage_sales
(
  sale_date   DATE,
  store_id    NUMBER(6),
  amount      NUMBER(14,2)
)
NOCOMPRESS LOGGING;

CREATE TABLE dw.fact_returns
(
  return_date DATE,
  store_id    NUMBER(6),
  amount      NUMBER(14,2)
)
COMPRESS FOR OLTP;

CREATE TABLE dw.fact_sales_current
(
  sale_date   DATE,
  store_id    NUMBER(6),
  sku         VARCHAR2(20),
  amount      NUMBER(14,2)
)
TABLESPACE dw_data
LOGGING
ROW STORE COMPRESS ADVANCED;

CREATE TABLE dw.fact_sales_basic
(
  sale_date   DATE,
  amount      NUMBER(14,2)
)
ROW STORE COMPRESS BASIC;

-- Exadata / ZFS hybrid columnar
CREATE TABLE dw.fact_sales_hcc
(
  sale_date   DATE,
  amount      NUMBER(14,2)
)
COLUMN STORE COMPRESS FOR QUERY HIGH NOLOGGING;
