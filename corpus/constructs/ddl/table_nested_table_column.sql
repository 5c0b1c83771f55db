-- Exercises: nested table type columns with NESTED TABLE ... STORE AS, RETURN AS LOCATOR/VALUE, and a VARRAY column with STORE AS LOB
CREATE OR REPLACE TYPE crm.phone_number_t AS OBJECT
(
  phone_kind    VARCHAR2(10),
  phone_number  VARCHAR2(30)
);
/

CREATE OR REPLACE TYPE crm.phone_number_list_t AS TABLE OF crm.phone_number_t;
/

CREATE OR REPLACE TYPE crm.tag_list_t AS TABLE OF VARCHAR2(40);
/

CREATE OR REPLACE TYPE crm.recent_scores_t AS VARRAY(12) OF NUMBER(5,2);
/

CREATE TABLE crm.contact_card
(
  card_id        NUMBER(10)           NOT NULL,
  display_name   VARCHAR2(120)        NOT NULL,
  phones         crm.phone_number_list_t,
  tags           crm.tag_list_t,
  scores         crm.recent_scores_t,
  CONSTRAINT contact_card_pk PRIMARY KEY (card_id)
)
TABLESPACE crm_data
NESTED TABLE phones STORE AS contact_card_phones_nt
  (TABLESPACE crm_data)
  RETURN AS LOCATOR
NESTED TABLE tags STORE AS contact_card_tags_nt
VARRAY scores STORE AS SECUREFILE LOB contact_card_scores_lob;
