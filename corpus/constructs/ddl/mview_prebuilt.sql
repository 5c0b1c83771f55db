-- Exercises: MATERIALIZED VIEW ON PREBUILT TABLE [WITH REDUCED PRECISION], REFRESH ... WITH ROWID, ON STATEMENT (18c), USING NO INDEX
CREATE TABLE dw.agg_store_day
(
  sale_day    DATE,
  store_id    NUMBER(6),
  revenue     NUMBER(16,2)
);

CREATE MATERIALIZED VIEW dw.agg_store_day
  ON PREBUILT TABLE WITH REDUCED PRECISION
  REFRESH FORCE ON DEMAND
  ENABLE QUERY REWRITE
AS
SELECT TRUNC(txn_date) AS sale_day, store_id, SUM(amount) AS revenue
  FROM dw.pos_transaction
 GROUP BY TRUNC(txn_date), store_id;

CREATE MATERIALIZED VIEW LOG ON ref.country WITH ROWID;

CREATE MATERIALIZED VIEW ref.mv_country_rowid
  BUILD IMMEDIATE
  USING NO INDEX
  REFRESH FAST WITH ROWID
AS SELECT country_code, country_name FROM ref.country;

CREATE MATERIALIZED VIEW sales.mv_line_detail
  REFRESH FAST ON STATEMENT
AS
SELECT ol.order_id, ol.line_no, ol.sku, oh.customer_id,
       ol.ROWID AS ol_rid, oh.ROWID AS oh_rid
  FROM sales.order_line ol, sales.order_header oh
 WHERE oh.order_id = ol.order_id;
