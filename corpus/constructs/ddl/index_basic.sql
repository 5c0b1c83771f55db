-- Exercises: CREATE INDEX plain, UNIQUE, composite, quoted names, ASC/DESC column ordering, NOSORT
CREATE INDEX crm.customer_name_ix ON crm.customer (customer_name);

CREATE UNIQUE INDEX crm.customer_email_uix ON crm.customer (email);

CREATE INDEX sales.order_header_cust_date_ix
  ON sales.order_header (customer_id, order_date, channel);

CREATE INDEX "SALES"."Order Header Status Ix" ON "SALES"."ORDER_HEADER" ("STATUS" ASC, "ORDER_DATE" DESC);

create unique index wms.bin_location_label_uix on wms.bin_location (warehouse_code, bin_label);

-- data was loaded in key order
CREATE INDEX ops.app_log_ts_ix ON ops.app_log_import (log_ts) NOSORT;
