-- Exercises: XMLTYPE columns, XMLTYPE COLUMN ... STORE AS SECUREFILE BINARY XML / CLOB
CREATE TABLE customs.declaration_xml
(
  declaration_id   NUMBER(14)   NOT NULL,
  country_code     VARCHAR2(2)  NOT NULL,
  payload          XMLTYPE,
  legacy_payload   SYS.XMLTYPE,
  received_at      TIMESTAMP    DEFAULT SYSTIMESTAMP,
  CONSTRAINT declaration_xml_pk PRIMARY KEY (declaration_id)
)
XMLTYPE COLUMN payload STORE AS SECUREFILE BINARY XML (COMPRESS MEDIUM)
XMLTYPE COLUMN legacy_payload STORE AS CLOB;
