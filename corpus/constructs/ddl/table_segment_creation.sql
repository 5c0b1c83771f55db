-- Exercises: SEGMENT CREATION IMMEDIATE / DEFERRED placed before the segment attributes
CREATE TABLE app.audit_event
(
  event_id     NUMBER(18)     NOT NULL,
  event_type   VARCHAR2(30)   NOT NULL,
  event_ts     TIMESTAMP      DEFAULT SYSTIMESTAMP
)
SEGMENT CREATION IMMEDIATE
PCTFREE 5 INITRANS 2
TABLESPACE app_audit;

CREATE TABLE app.rarely_used_setting
(
  setting_key    VARCHAR2(100)  NOT NULL,
  setting_value  VARCHAR2(4000)
)
SEGMENT CREATION DEFERRED
TABLESPACE app_data;
