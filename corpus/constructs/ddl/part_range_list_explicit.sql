-- Exercises: composite RANGE-LIST partitioning with explicit SUBPARTITION lists per partition, including DEFAULT subpartitions
CREATE TABLE sales.channel_revenue
(
  revenue_date    DATE            NOT NULL,
  channel         VARCHAR2(10)    NOT NULL,
  region_code     VARCHAR2(4),
  revenue         NUMBER(16,2)
)
PARTITION BY RANGE (revenue_date)
SUBPARTITION BY LIST (channel)
(
  PARTITION rev_2023 VALUES LESS THAN (DATE '2024-01-01')
  (
    SUBPARTITION rev_2023_web    VALUES ('WEB', 'APP'),
    SUBPARTITION rev_2023_store  VALUES ('STORE'),
    SUBPARTITION rev_2023_other  VALUES (DEFAULT)
  ),
  PARTITION rev_2024 VALUES LESS THAN (DATE '2025-01-01') TABLESPACE sales_data
  (
    SUBPARTITION rev_2024_web    VALUES ('WEB', 'APP') TABLESPACE sales_web,
    SUBPARTITION rev_2024_store  VALUES ('STORE'),
    SUBPARTITION rev_2024_market VALUES ('AMAZON', 'EBAY'),
    SUBPARTITION rev_2024_other  VALUES (DEFAULT)
  ),
  PARTITION rev_max VALUES LESS THAN (MAXVALUE)
  (
    SUBPARTITION rev_max_all     VALUES (DEFAULT)
  )
);
