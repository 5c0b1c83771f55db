-- Exercises: PARTITION BY LIST with multi-value lists, NULL value, and a DEFAULT partition; 12.2 multi-column list
CREATE TABLE crm.customer_by_region
(
  customer_id     NUMBER(10)      NOT NULL,
  country_code    VARCHAR2(2),
  customer_name   VARCHAR2(200)   NOT NULL
)
PARTITION BY LIST (country_code)
(
  PARTITION p_dach     VALUES ('DE', 'AT', 'CH'),
  PARTITION p_benelux  VALUES ('NL', 'BE', 'LU') TABLESPACE crm_data_nl,
  PARTITION p_nordics  VALUES ('SE', 'NO', 'DK', 'FI', 'IS'),
  PARTITION p_unknown  VALUES (NULL),
  PARTITION p_rest     VALUES (DEFAULT)
);

CREATE TABLE logi.carrier_rate
(
  carrier_code    VARCHAR2(6)     NOT NULL,
  service_level   VARCHAR2(10)    NOT NULL,
  rate_per_kg     NUMBER(10,4)
)
PARTITION BY LIST (carrier_code, service_level)
(
  PARTITION p_dhl_express  VALUES (('DHL', 'EXPRESS'), ('DHL', 'NEXTDAY')),
  PARTITION p_ups_ground   VALUES (('UPS', 'GROUND')),
  PARTITION p_other        VALUES (DEFAULT)
);
