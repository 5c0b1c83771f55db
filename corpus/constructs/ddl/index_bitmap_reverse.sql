-- Exercises: BITMAP indexes (single, composite, local on partitioned table) and REVERSE key indexes
CREATE BITMAP INDEX dw.pos_transaction_store_bix ON dw.pos_transaction (store_id) LOCAL;

CREATE BITMAP INDEX crm.customer_segment_bix ON crm.customer (segment_code, country_code)
  TABLESPACE crm_idx NOLOGGING;

CREATE INDEX app.audit_event_id_rix ON app.audit_event (event_id) REVERSE;

CREATE UNIQUE INDEX billing.usage_record_id_uix ON billing.usage_record (usage_id)
  REVERSE TABLESPACE billing_idx PCTFREE 30 INITRANS 16;

ALTER INDEX app.audit_event_id_rix REBUILD NOREVERSE;
