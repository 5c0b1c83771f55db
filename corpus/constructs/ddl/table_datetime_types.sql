-- Exercises: DATE, TIMESTAMP, TIMESTAMP(n), TIMESTAMP WITH TIME ZONE, WITH LOCAL TIME ZONE, INTERVAL YEAR TO MONTH, INTERVAL DAY TO SECOND
CREATE TABLE logi.shipment_timing
(
  shipment_id         NUMBER(12)                        NOT NULL,
  booked_on           DATE                              NOT NULL,
  picked_at           TIMESTAMP,
  packed_at           TIMESTAMP(3),
  departed_at         TIMESTAMP(6) WITH TIME ZONE,
  delivered_at        TIMESTAMP(0) WITH LOCAL TIME ZONE,
  promised_window     INTERVAL DAY(2) TO SECOND(0),
  transit_allowance   INTERVAL DAY TO SECOND,
  warranty_period     INTERVAL YEAR(2) TO MONTH,
  contract_term       INTERVAL YEAR TO MONTH,
  audit_ts            TIMESTAMP(9) WITH TIME ZONE DEFAULT SYSTIMESTAMP
);
