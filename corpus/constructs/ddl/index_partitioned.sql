-- Exercises: LOCAL indexes (bare and with explicit partition list), GLOBAL PARTITION BY RANGE (MAXVALUE) and GLOBAL PARTITION BY HASH, GLOBAL non-partitioned
CREATE INDEX sales.order_header_cust_lix ON sales.order_header (customer_id) LOCAL;

CREATE INDEX sales.order_header_channel_lix ON sales.order_header (channel, order_date)
LOCAL
(
  PARTITION p_2021_ix TABLESPACE sales_hist_idx,
  PARTITION p_2022_ix TABLESPACE sales_hist_idx,
  PARTITION p_2023_ix TABLESPACE sales_idx,
  PARTITION p_2024_ix TABLESPACE sales_idx,
  PARTITION p_future_ix TABLESPACE sales_idx
);

CREATE INDEX dw.pos_transaction_sub_lix ON dw.pos_transaction (terminal_id)
LOCAL STORE IN (dw_idx1, dw_idx2);

CREATE INDEX sales.order_header_amount_gix ON sales.order_header (total_amount)
GLOBAL PARTITION BY RANGE (total_amount)
(
  PARTITION amt_small  VALUES LESS THAN (100),
  PARTITION amt_medium VALUES LESS THAN (10000) TABLESPACE sales_idx,
  PARTITION amt_large  VALUES LESS THAN (MAXVALUE)
);

CREATE UNIQUE INDEX logi.shipment_parcel_track_gix ON logi.shipment_parcel (tracking_no)
GLOBAL PARTITION BY HASH (tracking_no)
PARTITIONS 8 STORE IN (logi_idx1, logi_idx2);

CREATE INDEX crm.customer_event_type_gix ON crm.customer_event (event_type, event_ts)
GLOBAL PARTITION BY HASH (event_type)
(
  PARTITION evt_h1 TABLESPACE crm_idx,
  PARTITION evt_h2 TABLESPACE crm_idx
);

CREATE INDEX billing.usage_record_sub_gix ON billing.usage_record (subscriber_id) GLOBAL;
