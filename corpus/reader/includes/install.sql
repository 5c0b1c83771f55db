-- Install script: runs the others in order.
SET DEFINE ON
PROMPT Installing the parts schema
@@parts_tables.sql
@@parts_missing_views.sql
@@cycle_first.sql
@@parts_tables
START seed_data.sql PARTS_OWNER 250
