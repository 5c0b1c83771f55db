-- Exercises: composite RANGE-LIST with SUBPARTITION TEMPLATE combined with INTERVAL, and LIST-RANGE composite (11gR2)
CREATE TABLE wms.inventory_snapshot
(
  snapshot_date   DATE            NOT NULL,
  warehouse_code  VARCHAR2(10)    NOT NULL,
  sku             VARCHAR2(20)    NOT NULL,
  on_hand         NUMBER(12,3)
)
PARTITION BY RANGE (snapshot_date)
INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
SUBPARTITION BY LIST (warehouse_code)
SUBPARTITION TEMPLATE
(
  SUBPARTITION sp_main   VALUES ('MAIN', 'MAIN2'),
  SUBPARTITION sp_north  VALUES ('NORTH'),
  SUBPARTITION sp_misc   VALUES (DEFAULT)
)
(
  PARTITION p_start VALUES LESS THAN (DATE '2024-01-01')
);

CREATE TABLE crm.contract_value
(
  region_code     VARCHAR2(4)     NOT NULL,
  signed_on       DATE            NOT NULL,
  value_eur       NUMBER(14,2)
)
PARTITION BY LIST (region_code)
SUBPARTITION BY RANGE (signed_on)
(
  PARTITION reg_emea VALUES ('EMEA')
  (
    SUBPARTITION reg_emea_old VALUES LESS THAN (DATE '2023-01-01'),
    SUBPARTITION reg_emea_new VALUES LESS THAN (MAXVALUE)
  ),
  PARTITION reg_other VALUES (DEFAULT)
  (
    SUBPARTITION reg_other_all VALUES LESS THAN (MAXVALUE)
  )
);
