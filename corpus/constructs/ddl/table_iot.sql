-- Exercises: index-organized table: ORGANIZATION INDEX with COMPRESS, PCTTHRESHOLD, INCLUDING and OVERFLOW segment
CREATE TABLE ref.postcode_lookup
(
  country_code   VARCHAR2(2)     NOT NULL,
  postcode       VARCHAR2(12)    NOT NULL,
  locality       VARCHAR2(80)    NOT NULL,
  district       VARCHAR2(80),
  delivery_notes VARCHAR2(2000),
  CONSTRAINT postcode_lookup_pk PRIMARY KEY (country_code, postcode)
)
ORGANIZATION INDEX
TABLESPACE ref_idx
COMPRESS 1
PCTTHRESHOLD 20
INCLUDING district
OVERFLOW TABLESPACE ref_data PCTFREE 10;

CREATE TABLE ref.currency_pair
(
  base_ccy   CHAR(3),
  quote_ccy  CHAR(3),
  decimals   NUMBER(2) DEFAULT 4,
  CONSTRAINT currency_pair_pk PRIMARY KEY (base_ccy, quote_ccy)
)
ORGANIZATION INDEX;
