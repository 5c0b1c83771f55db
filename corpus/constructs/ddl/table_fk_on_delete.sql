-- Exercises: foreign keys with ON DELETE CASCADE and ON DELETE SET NULL, composite foreign key
CREATE TABLE sales.customer_order
(
  order_id        NUMBER(12)      NOT NULL,
  customer_id     NUMBER(10)      NOT NULL,
  sales_rep_id    NUMBER(8),
  order_date      DATE            DEFAULT SYSDATE NOT NULL,
  CONSTRAINT customer_order_pk PRIMARY KEY (order_id),
  CONSTRAINT customer_order_cust_fk FOREIGN KEY (customer_id)
    REFERENCES crm.customer (customer_id) ON DELETE CASCADE,
  CONSTRAINT customer_order_rep_fk FOREIGN KEY (sales_rep_id)
    REFERENCES crm.sales_rep (sales_rep_id) ON DELETE SET NULL
);

CREATE TABLE sales.order_shipment_line
(
  order_id        NUMBER(12)      NOT NULL,
  line_no         NUMBER(4)       NOT NULL,
  shipment_id     NUMBER(12)      NOT NULL
                  REFERENCES logi.shipment (shipment_id) ON DELETE CASCADE,
  shipped_qty     NUMBER(10,2),
  CONSTRAINT order_shipment_line_fk FOREIGN KEY (order_id, line_no)
    REFERENCES sales.order_line (order_id, line_no) ON DELETE CASCADE
);
