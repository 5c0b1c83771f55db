-- Exercises: COMMENT ON TABLE / COLUMN / MATERIALIZED VIEW / VIEW column, quoted names, embedded quotes, empty comment to remove
COMMENT ON TABLE sales.order_header IS 'One row per customer order, partitioned by order date';

COMMENT ON COLUMN sales.order_header.channel IS 'Sales channel: WEB, APP, STORE or marketplace code';

COMMENT ON COLUMN sales.order_header.total_amount IS 'Order total incl. VAT in the order''s currency';

COMMENT ON MATERIALIZED VIEW dw.mv_monthly_revenue IS 'Revenue per calendar month and channel, refreshed nightly at 02:00';

COMMENT ON TABLE crm.v_customer_contact IS 'Contact details for the call-centre front end';

COMMENT ON COLUMN crm.v_customer_contact."Customer Name" IS 'Legal name as registered';

COMMENT ON COLUMN "LOGI"."SHIPMENT"."CARRIER_CODE" IS q'[Carrier's SCAC or internal code]';

comment on column wms.pick_task.status is 'OPEN -> ASSIGNED -> PICKED -> DONE';

COMMENT ON TABLE legacy.report_template IS '';
