-- Exercises: type inheritance: NOT FINAL / NOT INSTANTIABLE supertype, UNDER subtype with OVERRIDING MEMBER, NOT INSTANTIABLE member, TREAT / IS OF in SQL, ALTER TYPE ... ADD ATTRIBUTE CASCADE
CREATE OR REPLACE TYPE crm.party_t AS OBJECT
(
  party_id     NUMBER(10),
  display_name VARCHAR2(200),
  NOT INSTANTIABLE MEMBER FUNCTION party_kind RETURN VARCHAR2,
  MEMBER FUNCTION label RETURN VARCHAR2
)
NOT INSTANTIABLE NOT FINAL;
/

CREATE OR REPLACE TYPE crm.person_t UNDER crm.party_t
(
  birth_date   DATE,
  OVERRIDING MEMBER FUNCTION party_kind RETURN VARCHAR2
)
NOT FINAL;
/

CREATE OR REPLACE TYPE crm.organisation_t UNDER crm.party_t
(
  registration_no  VARCHAR2(30),
  vat_id           VARCHAR2(20),
  OVERRIDING MEMBER FUNCTION party_kind RETURN VARCHAR2,
  OVERRIDING MEMBER FUNCTION label RETURN VARCHAR2
)
FINAL;
/

CREATE OR REPLACE TYPE crm.employee_contact_t UNDER crm.person_t
(
  employer_id  NUMBER(10)
);
/

CREATE OR REPLACE TYPE BODY crm.party_t AS
  MEMBER FUNCTION label RETURN VARCHAR2 IS
  BEGIN
    RETURN party_kind() || ': ' || display_name;
  END label;
END;
/

CREATE OR REPLACE TYPE BODY crm.person_t AS
  OVERRIDING MEMBER FUNCTION party_kind RETURN VARCHAR2 IS
  BEGIN
    RETURN 'PERSON';
  END party_kind;
END;
/

CREATE OR REPLACE TYPE BODY crm.organisation_t AS
  OVERRIDING MEMBER FUNCTION party_kind RETURN VARCHAR2 IS
  BEGIN
    RETURN 'ORGANISATION';
  END party_kind;

  OVERRIDING MEMBER FUNCTION label RETURN VARCHAR2 IS
  BEGIN
    RETURN (SELF AS crm.party_t).label || ' [' || vat_id || ']';
  END label;
END;
/

CREATE TABLE crm.party_tab OF crm.party_t (CONSTRAINT party_tab_pk PRIMARY KEY (party_id));

SELECT TREAT(VALUE(p) AS crm.organisation_t).vat_id AS vat_id
  FROM crm.party_tab p
 WHERE VALUE(p) IS OF (ONLY crm.organisation_t);

ALTER TYPE crm.party_t ADD ATTRIBUTE (source_system VARCHAR2(10)) CASCADE;
