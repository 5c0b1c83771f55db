-- Exercises: interval partitioning by day / week with NUMTODSINTERVAL on DATE and TIMESTAMP keys
CREATE TABLE ops.app_log
(
  log_ts          TIMESTAMP(6)    NOT NULL,
  log_level       VARCHAR2(5)     NOT NULL,
  component       VARCHAR2(60),
  message         VARCHAR2(4000)
)
NOLOGGING
PARTITION BY RANGE (log_ts)
INTERVAL (NUMTODSINTERVAL(1, 'DAY'))
(
  PARTITION p_initial VALUES LESS THAN (TIMESTAMP '2024-01-01 00:00:00')
);

CREATE TABLE wms.dock_appointment
(
  appointment_id  NUMBER(12)      NOT NULL,
  slot_start      DATE            NOT NULL,
  dock_no         NUMBER(3)
)
PARTITION BY RANGE (slot_start)
INTERVAL (NUMTODSINTERVAL(7, 'DAY'))
(
  PARTITION p_first_week VALUES LESS THAN (DATE '2024-01-08')
);
