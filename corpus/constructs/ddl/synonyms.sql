-- Exercises: CREATE [OR REPLACE] [PUBLIC] SYNONYM for tables, views, sequences, packages, and remote objects @dblink; EDITIONABLE synonym; DROP SYNONYM [FORCE]
CREATE SYNONYM app_ro.customer FOR crm.customer;

CREATE OR REPLACE SYNONYM app_ro.order_summary FOR sales.v_order_summary;

CREATE PUBLIC SYNONYM order_seq FOR sales.order_seq;

CREATE OR REPLACE PUBLIC SYNONYM billing_api FOR billing.billing_api_pkg;

CREATE SYNONYM reporting.legacy_gl_account FOR fin.gl_account@legacy_erp_link;

CREATE PUBLIC SYNONYM remote_stock FOR wms.stock_level@wms_site2.corp.example.com;

CREATE OR REPLACE EDITIONABLE SYNONYM crm.customer_ev_syn FOR crm.customer_ev;

CREATE OR REPLACE SYNONYM "REPORTING"."Fx Rates" FOR "FIN"."FX_RATE_SNAPSHOT";

DROP SYNONYM app_ro.order_summary;

DROP PUBLIC SYNONYM remote_stock FORCE;
