-- Exercises: multi-table INSERT: unconditional INSERT ALL (multiple INTO ... VALUES from one source row, and the "insert many literal rows from DUAL" idiom), conditional INSERT ALL WHEN ... THEN ... ELSE, INSERT FIRST
INSERT ALL
  INTO dw.fact_sales_current (sale_date, store_id, sku, amount) VALUES (txn_date, store_id, sku, amount)
  INTO dw.audit_loaded_rows (load_ts, source_id)               VALUES (SYSTIMESTAMP, txn_id)
SELECT t.txn_id, t.txn_date, t.store_id, l.sku, l.amount
  FROM dw.pos_transaction t
  JOIN dw.pos_line l ON l.txn_id = t.txn_id
 WHERE t.txn_date >= TRUNC(SYSDATE) - 1;

INSERT ALL
  INTO ref.country (country_code, country_name) VALUES ('SE', 'Sweden')
  INTO ref.country (country_code, country_name) VALUES ('NO', 'Norway')
  INTO ref.country (country_code, country_name) VALUES ('DK', 'Denmark')
SELECT * FROM dual;

INSERT ALL
  WHEN amount >= 10000 THEN
    INTO fin.large_payment (payment_id, amount, flagged_on) VALUES (payment_id, amount, SYSDATE)
  WHEN currency <> 'EUR' THEN
    INTO fin.fx_payment (payment_id, currency, amount) VALUES (payment_id, currency, amount)
    INTO fin.fx_exposure (currency, amount) VALUES (currency, amount)
  ELSE
    INTO fin.standard_payment (payment_id, amount) VALUES (payment_id, amount)
SELECT payment_id, amount, currency
  FROM fin.payment_stage;

INSERT FIRST
  WHEN total_amount > 100000 THEN INTO crm.key_account_order (order_id, customer_id) VALUES (order_id, customer_id)
  WHEN total_amount > 10000  THEN INTO crm.mid_account_order (order_id, customer_id) VALUES (order_id, customer_id)
  ELSE INTO crm.small_account_order (order_id, customer_id) VALUES (order_id, customer_id)
SELECT order_id, customer_id, total_amount
  FROM sales.order_header
 WHERE order_date = TRUNC(SYSDATE) - 1;
