-- Exercises: REVOKE object privileges (incl. CASCADE CONSTRAINTS, FORCE), system privileges, roles, from PUBLIC
REVOKE UPDATE ON sales.order_header FROM order_desk;

REVOKE SELECT, INSERT, UPDATE, DELETE ON sales.order_header FROM sales_app_role;

REVOKE REFERENCES ON crm.customer FROM sales CASCADE CONSTRAINTS;

REVOKE ALL ON app.gtt_report_params FROM app_runtime;

REVOKE EXECUTE ON crm.postal_address_t FROM sales FORCE;

REVOKE SELECT ON ref.country FROM PUBLIC;

REVOKE READ, WRITE ON DIRECTORY bank_in_dir FROM fin;

REVOKE CREATE ANY CONTEXT FROM app;

REVOKE SELECT ANY TABLE, SELECT ANY DICTIONARY FROM auditor;

REVOKE sales_app_role FROM order_desk;

REVOKE connect, resource FROM legacy;
