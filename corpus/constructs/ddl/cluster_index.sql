-- Exercises: CREATE CLUSTER (index and hash clusters), CREATE INDEX ON CLUSTER, tables stored in a cluster
CREATE CLUSTER wms.order_pick_cluster (order_id NUMBER(12))
  SIZE 1024
  TABLESPACE wms_data
  STORAGE (INITIAL 1M NEXT 1M);

CREATE INDEX wms.order_pick_cluster_ix ON CLUSTER wms.order_pick_cluster
  TABLESPACE wms_idx;

CREATE TABLE wms.pick_order
(
  order_id      NUMBER(12)    NOT NULL PRIMARY KEY,
  wave_no       NUMBER(6),
  priority      NUMBER(2)
)
CLUSTER wms.order_pick_cluster (order_id);

CREATE TABLE wms.pick_order_line
(
  order_id      NUMBER(12)    NOT NULL,
  line_no       NUMBER(4)     NOT NULL,
  sku           VARCHAR2(20),
  qty           NUMBER(10,2)
)
CLUSTER wms.order_pick_cluster (order_id);

CREATE CLUSTER ref.country_hash_cluster (country_code VARCHAR2(2))
  SIZE 512 SINGLE TABLE HASHKEYS 300;

CREATE TABLE ref.country_tax_rate
(
  country_code  VARCHAR2(2)   NOT NULL,
  vat_standard  NUMBER(5,2)
)
CLUSTER ref.country_hash_cluster (country_code);
