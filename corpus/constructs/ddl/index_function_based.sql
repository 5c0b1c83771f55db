-- Exercises: function-based indexes: UPPER(x), TRUNC(date), arithmetic expressions, CASE for selective indexing, DESC columns, NVL
CREATE INDEX crm.customer_upper_name_ix ON crm.customer (UPPER(customer_name));

CREATE INDEX crm.customer_email_lower_uix ON crm.customer (LOWER(TRIM(email)));

CREATE INDEX sales.order_header_day_ix ON sales.order_header (TRUNC(order_date));

CREATE INDEX sales.order_line_net_ix ON sales.order_line (qty * unit_price);

CREATE INDEX sales.order_header_recent_ix ON sales.order_header (customer_id, order_date DESC);

-- only rows still open are indexed (NULL keys are not stored)
CREATE INDEX wms.pick_task_open_ix ON wms.pick_task (CASE WHEN status <> 'DONE' THEN bin_id END);

CREATE UNIQUE INDEX crm.customer_active_tax_uix ON crm.customer
  (CASE WHEN status = 'ACTIVE' THEN country_code END,
   CASE WHEN status = 'ACTIVE' THEN tax_number END);

CREATE INDEX billing.invoice_due_month_ix ON billing.invoice (TO_CHAR(due_on, 'YYYY-MM'), NVL(status, 'DRAFT'));

CREATE INDEX fin.fx_rate_snapshot_pair_ix ON fin.fx_rate_snapshot (base_ccy || '/' || quote_ccy, snapshot_id DESC);
