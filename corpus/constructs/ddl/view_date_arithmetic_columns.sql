-- Exercises: date arithmetic on columns whose types come from the input's CREATE TABLE: DATE - DATE
-- (days), DATE + INTERVAL column, LAG of a DATE, CAST(TIMESTAMP AS DATE), TIMESTAMP - TIMESTAMP
-- (interval, unchanged), a table altered by ADD CONSTRAINT (types kept) and one whose column
-- type an ALTER TABLE MODIFY changes (types unknown), and DATE - a view's column (type unknown)
CREATE TABLE sched.visit (
  visit_id     NUMBER(10) PRIMARY KEY,
  doctor_id    NUMBER(10) NOT NULL,
  starts_at    DATE NOT NULL,
  ends_at      DATE NOT NULL,
  logged_at    TIMESTAMP(6),
  closed_at    TIMESTAMP(6),
  prep_time    INTERVAL DAY(1) TO SECOND(0),
  grace_days   NUMBER(3)
);

ALTER TABLE sched.visit ADD CONSTRAINT visit_times_ck CHECK (ends_at > starts_at);

CREATE TABLE sched.shift (
  shift_id     NUMBER(10) PRIMARY KEY,
  opens_at     DATE,
  closes_at    DATE
);

ALTER TABLE sched.shift MODIFY (closes_at TIMESTAMP(6));

CREATE OR REPLACE VIEW sched.visit_minutes AS
SELECT v.visit_id,
       (v.ends_at - v.starts_at) * 24 * 60                      AS minutes,
       v.starts_at - v.prep_time                                AS prep_from,
       v.ends_at + v.grace_days                                 AS grace_until,
       ROUND((v.starts_at - LAG(v.ends_at) OVER (PARTITION BY v.doctor_id ORDER BY v.starts_at)) * 1440) AS gap_minutes,
       (CAST(v.logged_at AS DATE) - v.starts_at) * 24           AS logged_after_hours,
       v.closed_at - v.logged_at                                AS open_for
  FROM sched.visit v;

CREATE OR REPLACE VIEW sched.shift_length AS
SELECT s.shift_id, s.closes_at - s.opens_at AS shift_span
  FROM sched.shift s;

CREATE OR REPLACE VIEW sched.visit_age AS
SELECT m.visit_id, SYSDATE - m.prep_from AS days_since_prep, SYSDATE - m.gap_minutes AS minus_number
  FROM sched.visit_minutes m;
