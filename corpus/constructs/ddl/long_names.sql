-- Exercises: names longer than PostgreSQL's 63 bytes (Oracle 12.2+ allows 128): table, column, constraint and index names shortened with a hash suffix, and every reference to them shortened the same way
CREATE TABLE ops.customer_subscription_renewal_reminder_delivery_attempt_history_log
(
  reminder_delivery_attempt_identifier_assigned_by_the_scheduler_service NUMBER(12) NOT NULL,
  delivered_on  DATE,
  CONSTRAINT customer_subscription_renewal_reminder_delivery_attempt_hist_pk
    PRIMARY KEY (reminder_delivery_attempt_identifier_assigned_by_the_scheduler_service)
);

CREATE INDEX ops.customer_subscription_renewal_reminder_delivery_attempt_by_day_ix
  ON ops.customer_subscription_renewal_reminder_delivery_attempt_history_log (delivered_on);

CREATE OR REPLACE VIEW ops.v_reminder_attempts AS
SELECT h.reminder_delivery_attempt_identifier_assigned_by_the_scheduler_service AS attempt_id,
       h.delivered_on
  FROM ops.customer_subscription_renewal_reminder_delivery_attempt_history_log h;
