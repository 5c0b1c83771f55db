-- Exercises: INSERT ... VALUES (with and without column list, DEFAULT keyword, sequence NEXTVAL), INSERT ... SELECT, INSERT into a subquery/view target, multi-row VALUES (23ai), LOG ERRORS
INSERT INTO ref.country (country_code, country_name) VALUES ('NL', 'Netherlands');

INSERT INTO ref.country VALUES ('BE', 'Belgium');

INSERT INTO sales.customer_order (order_id, customer_id, sales_rep_id, order_date)
VALUES (sales.order_seq.NEXTVAL, :customer_id, NULL, DEFAULT);

INSERT INTO wms.stock_movement (warehouse_code, sku, quantity, movement_type)
SELECT s.warehouse_code, s.sku, -s.on_hand, 'A'
  FROM wms.stock_level s
 WHERE s.count_variance <> 0;

INSERT INTO (SELECT customer_id, customer_name, country_code FROM crm.customer WHERE country_code = 'DE')
VALUES (crm.customer_seq.NEXTVAL, 'Beispiel Handels GmbH', 'DE');

insert into app.gtt_report_params (param_name, param_value)
select 'FROM_DATE', to_char(trunc(sysdate, 'MM'), 'YYYY-MM-DD') from dual
union all
select 'TO_DATE', to_char(last_day(sysdate), 'YYYY-MM-DD') from dual;

INSERT INTO dw.fact_sales_current (sale_date, store_id, sku, amount)
SELECT sale_date, store_id, sku, amount FROM dw.stage_sales_detail
LOG ERRORS INTO dw.err$_fact_sales_current ('nightly load') REJECT LIMIT UNLIMITED;

-- 23ai table value constructor
INSERT INTO ref.currency_pair (base_ccy, quote_ccy, decimals)
VALUES ('EUR', 'USD', 4),
       ('EUR', 'JPY', 2),
       ('GBP', 'EUR', 4);
