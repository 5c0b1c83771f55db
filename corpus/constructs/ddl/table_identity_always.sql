-- Exercises: identity column GENERATED ALWAYS AS IDENTITY, bare and with START WITH / INCREMENT BY / CACHE / NOCYCLE options
CREATE TABLE crm.lead_source
(
  lead_source_id  NUMBER GENERATED ALWAYS AS IDENTITY,
  source_name     VARCHAR2(60) NOT NULL,
  CONSTRAINT lead_source_pk PRIMARY KEY (lead_source_id)
);

CREATE TABLE crm.sales_lead
(
  lead_id         NUMBER(12) GENERATED ALWAYS AS IDENTITY
                    (START WITH 5000 INCREMENT BY 10 MINVALUE 5000 MAXVALUE 999999999999 CACHE 50 NOCYCLE ORDER)
                    CONSTRAINT sales_lead_pk PRIMARY KEY,
  lead_source_id  NUMBER       REFERENCES crm.lead_source (lead_source_id),
  company_name    VARCHAR2(160) NOT NULL,
  created_at      TIMESTAMP    DEFAULT SYSTIMESTAMP
);
