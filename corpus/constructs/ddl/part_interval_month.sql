-- Exercises: interval partitioning with INTERVAL (NUMTOYMINTERVAL(1,'MONTH')) and STORE IN
CREATE TABLE billing.usage_record
(
  usage_id        NUMBER(18)      NOT NULL,
  subscriber_id   NUMBER(12)      NOT NULL,
  usage_date      DATE            NOT NULL,
  units           NUMBER(12,3),
  rated_amount    NUMBER(12,4)
)
TABLESPACE billing_data
PARTITION BY RANGE (usage_date)
INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
STORE IN (billing_p1, billing_p2)
(
  PARTITION p_before_2024 VALUES LESS THAN (DATE '2024-01-01')
);

-- yearly intervals on a NUMBER key
CREATE TABLE fin.tax_filing
(
  filing_id       NUMBER(12)      NOT NULL,
  tax_year        NUMBER(4)       NOT NULL,
  filed_on        DATE
)
PARTITION BY RANGE (tax_year)
INTERVAL (1)
(
  PARTITION p_legacy VALUES LESS THAN (2015)
);

CREATE TABLE billing.subscription_change
(
  change_id       NUMBER(18)      NOT NULL,
  changed_on      DATE            NOT NULL
)
PARTITION BY RANGE (changed_on)
INTERVAL (NUMTOYMINTERVAL(3, 'MONTH'))
(
  PARTITION p0 VALUES LESS THAN (TO_DATE('2020-01-01', 'YYYY-MM-DD'))
);
