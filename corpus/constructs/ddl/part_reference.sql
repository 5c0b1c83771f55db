-- Exercises: reference partitioning: child PARTITION BY REFERENCE (fk_constraint) following the parent's range partitions
CREATE TABLE logi.shipment
(
  shipment_id     NUMBER(12)      NOT NULL,
  ship_date       DATE            NOT NULL,
  carrier_code    VARCHAR2(6),
  CONSTRAINT shipment_pk PRIMARY KEY (shipment_id)
)
PARTITION BY RANGE (ship_date)
(
  PARTITION ship_2023q4 VALUES LESS THAN (DATE '2024-01-01'),
  PARTITION ship_2024q1 VALUES LESS THAN (DATE '2024-04-01'),
  PARTITION ship_2024q2 VALUES LESS THAN (DATE '2024-07-01'),
  PARTITION ship_max    VALUES LESS THAN (MAXVALUE)
);

CREATE TABLE logi.shipment_parcel
(
  parcel_id       NUMBER(14)      NOT NULL,
  shipment_id     NUMBER(12)      NOT NULL,
  weight_kg       NUMBER(8,3),
  tracking_no     VARCHAR2(40),
  CONSTRAINT shipment_parcel_pk PRIMARY KEY (parcel_id),
  CONSTRAINT shipment_parcel_ship_fk FOREIGN KEY (shipment_id)
    REFERENCES logi.shipment (shipment_id) ON DELETE CASCADE
)
PARTITION BY REFERENCE (shipment_parcel_ship_fk)
(
  PARTITION parcel_2023q4,
  PARTITION parcel_2024q1,
  PARTITION parcel_2024q2,
  PARTITION parcel_max
);

-- unnamed child partitions inherit parent names
CREATE TABLE logi.parcel_scan
(
  scan_id         NUMBER(18)      NOT NULL,
  parcel_id       NUMBER(14)      NOT NULL,
  scanned_at      TIMESTAMP,
  CONSTRAINT parcel_scan_parcel_fk FOREIGN KEY (parcel_id)
    REFERENCES logi.shipment_parcel (parcel_id)
)
PARTITION BY REFERENCE (parcel_scan_parcel_fk);
