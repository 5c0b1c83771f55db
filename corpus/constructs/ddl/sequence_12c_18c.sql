-- Exercises: 12c/18c sequence options: KEEP / NOKEEP, SESSION / GLOBAL, SCALE [EXTEND] / NOSCALE
CREATE GLOBAL TEMPORARY TABLE app.gtt_import_row (row_id NUMBER, payload VARCHAR2(4000));

-- session sequences restart per session, good for numbering GTT rows
CREATE SEQUENCE app.import_row_seq START WITH 1 INCREMENT BY 1 SESSION;

CREATE SEQUENCE app.request_seq START WITH 1 CACHE 100 GLOBAL;

-- KEEP preserves NEXTVAL during Application Continuity replay
CREATE SEQUENCE sales.payment_seq START WITH 1 CACHE 50 KEEP;

CREATE SEQUENCE sales.refund_seq NOKEEP;

-- scalable sequence: instance and session prefix for RAC insert contention
CREATE SEQUENCE logi.scan_event_seq
  START WITH 1
  MAXVALUE 9999999999999999999999999999
  SCALE EXTEND
  CACHE 1000;

CREATE SEQUENCE logi.parcel_event_seq SCALE NOEXTEND;

CREATE SEQUENCE logi.legacy_event_seq NOSCALE;

ALTER SEQUENCE logi.parcel_event_seq NOSCALE;
