-- Exercises: ALTER TABLE SET UNUSED (single, list, ONLINE), DROP UNUSED COLUMNS with CHECKPOINT
ALTER TABLE legacy.report_template SET UNUSED COLUMN template_hash;

ALTER TABLE crm.customer SET UNUSED (fax_number, telex_number) CASCADE CONSTRAINTS;

ALTER TABLE dw.web_clickstream SET UNUSED (url) ONLINE;

ALTER TABLE crm.customer DROP UNUSED COLUMNS CHECKPOINT 10000;

ALTER TABLE legacy.report_template DROP UNUSED COLUMNS;
