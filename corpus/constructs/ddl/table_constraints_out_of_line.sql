-- Exercises: out-of-line table constraints, named and unnamed: composite PK, UNIQUE, FOREIGN KEY, multi-column CHECK
CREATE TABLE sales.price_list_item
(
  price_list_id   NUMBER(8)       NOT NULL,
  sku             VARCHAR2(20)    NOT NULL,
  valid_from      DATE            NOT NULL,
  valid_to        DATE,
  list_price      NUMBER(12,2)    NOT NULL,
  floor_price     NUMBER(12,2),
  currency        CHAR(3)         NOT NULL,
  PRIMARY KEY (price_list_id, sku, valid_from),
  UNIQUE (price_list_id, sku, valid_to),
  CONSTRAINT price_list_item_dates_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
  CONSTRAINT price_list_item_floor_ck CHECK (floor_price <= list_price),
  CHECK (currency = UPPER(currency)),
  CONSTRAINT price_list_item_list_fk FOREIGN KEY (price_list_id)
    REFERENCES sales.price_list (price_list_id),
  FOREIGN KEY (sku) REFERENCES sales.product (sku)
);
