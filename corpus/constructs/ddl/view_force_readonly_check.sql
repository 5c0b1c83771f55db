-- Exercises: CREATE OR REPLACE FORCE / NOFORCE VIEW, WITH READ ONLY, WITH CHECK OPTION, WITH CHECK OPTION CONSTRAINT name, view constraints
CREATE OR REPLACE FORCE VIEW reporting.v_future_kpi AS
SELECT kpi_code, kpi_value, measured_on
  FROM reporting.kpi_feed_not_yet_deployed;

CREATE OR REPLACE NOFORCE VIEW ref.v_country_ro AS
SELECT country_code, country_name
  FROM ref.country
WITH READ ONLY;

CREATE OR REPLACE VIEW crm.v_active_customer AS
SELECT customer_id, customer_name, country_code, status
  FROM crm.customer
 WHERE status = 'ACTIVE'
WITH CHECK OPTION;

CREATE OR REPLACE VIEW sales.v_eu_orders AS
SELECT order_id, customer_id, order_date, channel, region_code
  FROM sales.order_header
 WHERE region_code IN ('EMEA', 'EU')
WITH CHECK OPTION CONSTRAINT v_eu_orders_region_chk;

CREATE OR REPLACE FORCE VIEW "REPORTING"."V_Channel_Mix" ("CHANNEL", "ORDERS", "SHARE_PCT") AS
  SELECT channel,
         COUNT(*),
         ROUND(100 * RATIO_TO_REPORT(COUNT(*)) OVER (), 2)
    FROM sales.order_header
   GROUP BY channel
  WITH READ ONLY CONSTRAINT v_channel_mix_ro;

-- declarative (unenforced) constraint on a view
CREATE OR REPLACE VIEW crm.v_customer_key
  (customer_id, customer_name,
   CONSTRAINT v_customer_key_pk PRIMARY KEY (customer_id) RELY DISABLE NOVALIDATE)
AS SELECT customer_id, customer_name FROM crm.customer;
