-- Exercises: user-defined object types used as column types, REF columns with SCOPE IS, and an object table
CREATE OR REPLACE TYPE crm.postal_address_t AS OBJECT
(
  street_line1   VARCHAR2(100),
  street_line2   VARCHAR2(100),
  city           VARCHAR2(60),
  postal_code    VARCHAR2(12),
  country_code   VARCHAR2(2)
);
/

CREATE OR REPLACE TYPE crm.contact_person_t AS OBJECT
(
  full_name   VARCHAR2(120),
  email       VARCHAR2(254),
  phone       VARCHAR2(30)
);
/

-- object table: each row is a contact_person_t
CREATE TABLE crm.contact_person_tab OF crm.contact_person_t
(
  CONSTRAINT contact_person_tab_email_nn CHECK (email IS NOT NULL)
);

CREATE TABLE crm.customer_site
(
  site_id          NUMBER(10)          NOT NULL,
  customer_id      NUMBER(10)          NOT NULL,
  ship_to          crm.postal_address_t,
  bill_to          postal_address_t,
  primary_contact  REF crm.contact_person_t SCOPE IS crm.contact_person_tab,
  CONSTRAINT customer_site_pk PRIMARY KEY (site_id)
);
