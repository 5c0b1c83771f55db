-- Exercises: PARTITION BY HASH with PARTITIONS n [STORE IN (...)] and with named partitions
CREATE TABLE crm.customer_event
(
  event_id        NUMBER(18)      NOT NULL,
  customer_id     NUMBER(10)      NOT NULL,
  event_type      VARCHAR2(30),
  event_ts        TIMESTAMP
)
PARTITION BY HASH (customer_id)
PARTITIONS 16
STORE IN (crm_evt01, crm_evt02, crm_evt03, crm_evt04);

CREATE TABLE app.user_session
(
  session_token   VARCHAR2(64)    NOT NULL,
  user_id         NUMBER(10)      NOT NULL,
  created_at      TIMESTAMP       DEFAULT SYSTIMESTAMP
)
PARTITION BY HASH (session_token)
(
  PARTITION sess_h1 TABLESPACE app_sess1,
  PARTITION sess_h2 TABLESPACE app_sess2,
  PARTITION sess_h3 TABLESPACE app_sess1,
  PARTITION sess_h4 TABLESPACE app_sess2
);
