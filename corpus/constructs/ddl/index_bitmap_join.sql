-- Exercises: bitmap join index across a fact and dimension table (FROM / WHERE in CREATE BITMAP INDEX)
CREATE BITMAP INDEX dw.pos_txn_store_region_bjix
  ON dw.pos_transaction (s.region_code)
  FROM dw.pos_transaction t, dw.dim_store s
  WHERE t.store_id = s.store_id
  LOCAL
  NOLOGGING
  TABLESPACE dw_idx;

CREATE BITMAP INDEX dw.fact_sales_cat_bjix
  ON dw.fact_sales_current (p.category_code, p.brand_code)
  FROM dw.fact_sales_current f, dw.dim_product p
  WHERE f.sku = p.sku;
