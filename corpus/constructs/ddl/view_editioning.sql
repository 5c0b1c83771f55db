-- Exercises: EDITIONING views, EDITIONABLE / NONEDITIONABLE views (EBR), ALTER VIEW COMPILE
CREATE OR REPLACE EDITIONING VIEW crm.customer_ev AS
SELECT customer_id,
       customer_name,
       country_code,
       email,
       phone_main AS phone
  FROM crm.customer_t;

CREATE OR REPLACE EDITIONABLE VIEW crm.v_customer_label AS
SELECT customer_id, customer_name || ' (' || country_code || ')' AS label
  FROM crm.customer_ev;

CREATE OR REPLACE NONEDITIONABLE VIEW ref.v_currency AS
SELECT base_ccy AS currency_code FROM ref.currency_pair GROUP BY base_ccy;

CREATE OR REPLACE NOFORCE EDITIONABLE EDITIONING VIEW billing.invoice_ev AS
SELECT invoice_id, invoice_ref, status, issued_on, currency, due_on
  FROM billing.invoice_t;

ALTER VIEW crm.v_customer_label COMPILE;
