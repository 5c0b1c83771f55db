-- Exercises: index options: ONLINE, COMPRESS n, COMPRESS ADVANCED LOW, TABLESPACE / PCTFREE / INITRANS / STORAGE, NOLOGGING, PARALLEL, INVISIBLE, UNUSABLE, ALTER INDEX
CREATE INDEX sales.order_line_sku_ix ON sales.order_line (sku, order_id)
  ONLINE
  COMPRESS 1
  TABLESPACE sales_idx
  PCTFREE 5
  INITRANS 4
  STORAGE (INITIAL 8M NEXT 8M PCTINCREASE 0 BUFFER_POOL DEFAULT)
  NOLOGGING
  PARALLEL 4;

ALTER INDEX sales.order_line_sku_ix NOPARALLEL;
ALTER INDEX sales.order_line_sku_ix LOGGING;

CREATE INDEX crm.customer_phone_ix ON crm.customer (phone_main) INVISIBLE;

CREATE INDEX crm.customer_created_ix ON crm.customer (created_at, customer_id)
  COMPRESS ADVANCED LOW TABLESPACE crm_idx;

CREATE INDEX app.audit_event_type_ix ON app.audit_event (event_type) UNUSABLE;

ALTER INDEX crm.customer_phone_ix VISIBLE;
ALTER INDEX app.audit_event_type_ix REBUILD ONLINE TABLESPACE app_idx COMPRESS;
ALTER INDEX sales.order_header_channel_lix REBUILD PARTITION p_2024_ix TABLESPACE sales_idx2;
ALTER INDEX crm.customer_name_ix RENAME TO customer_legal_name_ix;
ALTER INDEX crm.customer_legal_name_ix MONITORING USAGE;
ALTER INDEX crm.customer_legal_name_ix COALESCE;
