-- Exercises: GRANT object privileges (SELECT, INSERT, UPDATE, DELETE, EXECUTE, REFERENCES, ALTER, INDEX, READ, ALL), column-level UPDATE (col) / INSERT (col) / REFERENCES (col), WITH GRANT OPTION, WITH HIERARCHY OPTION, ON DIRECTORY, TO PUBLIC
GRANT SELECT ON crm.customer TO app_ro;

GRANT SELECT, INSERT, UPDATE, DELETE ON sales.order_header TO sales_app_role;

GRANT UPDATE (status, total_amount) ON sales.order_header TO order_desk;

GRANT INSERT (customer_id, customer_name, country_code), UPDATE (email, phone_main)
   ON crm.customer TO crm_entry_role;

GRANT REFERENCES (customer_id) ON crm.customer TO sales;

GRANT SELECT ON ref.country TO PUBLIC;

GRANT SELECT ON sales.v_order_summary TO reporting WITH GRANT OPTION;

GRANT EXECUTE ON billing.billing_api_pkg TO sales_app_role, crm_app_role;

GRANT ALTER, INDEX ON dw.stage_sales TO etl_user;

GRANT ALL ON app.gtt_report_params TO app_runtime;

GRANT ALL PRIVILEGES ON wms.pick_task TO wms_admin;

GRANT READ ON sales.order_line TO auditor;

GRANT SELECT ON crm.contact_person_tab TO crm_reader WITH HIERARCHY OPTION;

GRANT READ, WRITE ON DIRECTORY bank_in_dir TO fin;

GRANT EXECUTE ON crm.postal_address_t TO sales;

GRANT SELECT ON sales.order_seq TO sales_app_role;

GRANT SELECT ON "CRM"."CUSTOMER" TO "App_Mixed_Case_User";
