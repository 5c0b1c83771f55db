-- Exercises: USING INDEX clause on PK/UNIQUE: existing index name, inline (CREATE INDEX ...), and index attributes (TABLESPACE, PCTFREE, STORAGE)
CREATE TABLE crm.customer
(
  customer_id     NUMBER(10)      NOT NULL,
  tax_number      VARCHAR2(20),
  country_code    VARCHAR2(2)     NOT NULL,
  customer_name   VARCHAR2(200)   NOT NULL,
  CONSTRAINT customer_pk PRIMARY KEY (customer_id)
    USING INDEX TABLESPACE crm_idx PCTFREE 5 INITRANS 4
      STORAGE (INITIAL 1M NEXT 1M),
  CONSTRAINT customer_tax_uk UNIQUE (country_code, tax_number)
    USING INDEX (CREATE UNIQUE INDEX crm.customer_tax_uix
                   ON crm.customer (country_code, tax_number)
                   TABLESPACE crm_idx COMPRESS 1)
)
TABLESPACE crm_data;

CREATE TABLE crm.customer_alias
(
  alias_id        NUMBER(10)      NOT NULL,
  customer_id     NUMBER(10)      NOT NULL,
  alias_name      VARCHAR2(200)   NOT NULL
);

CREATE UNIQUE INDEX crm.customer_alias_pk_ix ON crm.customer_alias (alias_id) TABLESPACE crm_idx;

ALTER TABLE crm.customer_alias ADD CONSTRAINT customer_alias_pk
  PRIMARY KEY (alias_id) USING INDEX crm.customer_alias_pk_ix;

-- non-unique index used to police a deferrable unique constraint
CREATE INDEX crm.customer_alias_name_ix ON crm.customer_alias (customer_id, alias_name);

ALTER TABLE crm.customer_alias ADD CONSTRAINT customer_alias_name_uk
  UNIQUE (customer_id, alias_name) DEFERRABLE INITIALLY IMMEDIATE
  USING INDEX crm.customer_alias_name_ix;
