-- Exercises: date arithmetic on DATE columns known from the input's CREATE TABLE (date + n, date - date, date - n in WHERE), a TIMESTAMP column left alone, a name that is DATE in one table and NUMBER in another (not guessed)
CREATE TABLE hr.staff
(
  staff_id    NUMBER(9)     PRIMARY KEY,
  hired_on    DATE          NOT NULL,
  left_on     DATE,
  badge_at    TIMESTAMP(3),
  review_due  DATE
);

CREATE TABLE hr.staff_leave
(
  staff_id    NUMBER(9)     REFERENCES hr.staff,
  review_due  NUMBER(3),          -- days, not a date: the same name with another type
  starts_on   DATE          NOT NULL
);

CREATE OR REPLACE VIEW hr.v_staff_dates AS
SELECT s.staff_id,
       s.hired_on + 90                        AS probation_end,   -- 90 days later
       NVL(s.left_on, SYSDATE) - s.hired_on   AS days_employed,   -- a number of days
       s.hired_on + 1/24                      AS first_hour_end
  FROM hr.staff s
 WHERE s.hired_on > SYSDATE - 365;

CREATE OR REPLACE VIEW hr.v_staff_leave AS
SELECT l.staff_id,
       l.starts_on - 1                        AS day_before,
       s.review_due                           AS review_due
  FROM hr.staff_leave l
  JOIN hr.staff s ON s.staff_id = l.staff_id;
