-- Exercises: virtual columns, full form GENERATED ALWAYS AS (...) VIRTUAL and the short "col AS (expr)" form
CREATE TABLE sales.order_line
(
  order_id        NUMBER(12)      NOT NULL,
  line_no         NUMBER(4)       NOT NULL,
  sku             VARCHAR2(20)    NOT NULL,
  qty             NUMBER(10,2)    NOT NULL,
  unit_price      NUMBER(12,2)    NOT NULL,
  discount_pct    NUMBER(5,2)     DEFAULT 0,
  line_net        NUMBER(14,2)    GENERATED ALWAYS AS (ROUND(qty * unit_price * (1 - discount_pct / 100), 2)) VIRTUAL,
  sku_family      AS (SUBSTR(sku, 1, 4)),
  is_bulk         VARCHAR2(1)     AS (CASE WHEN qty >= 100 THEN 'Y' ELSE 'N' END) VIRTUAL,
  CONSTRAINT order_line_pk PRIMARY KEY (order_id, line_no)
);

CREATE INDEX sales.order_line_family_ix ON sales.order_line (sku_family);
