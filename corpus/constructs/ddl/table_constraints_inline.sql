-- Exercises: inline column constraints, unnamed and named: PRIMARY KEY, UNIQUE, NOT NULL, NULL, CHECK, REFERENCES
CREATE TABLE wms.warehouse
(
  warehouse_code  VARCHAR2(10)   PRIMARY KEY,
  warehouse_name  VARCHAR2(80)   NOT NULL UNIQUE,
  region_code     VARCHAR2(4)    CONSTRAINT warehouse_region_nn NOT NULL,
  capacity_m3     NUMBER(10)     CHECK (capacity_m3 > 0),
  is_bonded       CHAR(1)        DEFAULT 'N' CONSTRAINT warehouse_bonded_ck CHECK (is_bonded IN ('Y', 'N')),
  manager_email   VARCHAR2(254)  NULL
);

CREATE TABLE wms.bin_location
(
  bin_id          NUMBER(10)     CONSTRAINT bin_location_pk PRIMARY KEY,
  warehouse_code  VARCHAR2(10)   NOT NULL REFERENCES wms.warehouse,
  bin_label       VARCHAR2(20)   CONSTRAINT bin_location_label_uk UNIQUE NOT NULL,
  aisle           NUMBER(3)      NOT NULL CHECK (aisle BETWEEN 1 AND 250),
  parent_bin_id   NUMBER(10)     CONSTRAINT bin_location_parent_fk REFERENCES wms.bin_location (bin_id)
);
