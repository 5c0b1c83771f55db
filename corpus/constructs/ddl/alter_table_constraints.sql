-- Exercises: ALTER TABLE ADD out-of-line PK / FK / UNIQUE / CHECK, DROP / ENABLE / DISABLE / RENAME CONSTRAINT, MODIFY CONSTRAINT, MODIFY PRIMARY KEY, DROP PRIMARY KEY
ALTER TABLE sales.customer_order ADD CONSTRAINT customer_order_pk PRIMARY KEY (order_id);

ALTER TABLE sales.customer_order ADD (
  CONSTRAINT customer_order_ref_uk UNIQUE (external_ref),
  CONSTRAINT customer_order_status_ck CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'CANCELLED'))
);

ALTER TABLE sales.customer_order ADD CONSTRAINT customer_order_cust_fk
  FOREIGN KEY (customer_id) REFERENCES crm.customer (customer_id)
  ENABLE NOVALIDATE;

ALTER TABLE sales.customer_order ADD FOREIGN KEY (sales_rep_id) REFERENCES crm.sales_rep;

ALTER TABLE sales.customer_order ADD CHECK (total_amount >= 0);

ALTER TABLE sales.customer_order MODIFY CONSTRAINT customer_order_cust_fk VALIDATE;

ALTER TABLE sales.customer_order DISABLE CONSTRAINT customer_order_status_ck;
ALTER TABLE sales.customer_order ENABLE NOVALIDATE CONSTRAINT customer_order_status_ck;
ALTER TABLE sales.customer_order ENABLE CONSTRAINT customer_order_status_ck;

ALTER TABLE sales.customer_order DISABLE PRIMARY KEY CASCADE;
ALTER TABLE sales.customer_order ENABLE PRIMARY KEY;

ALTER TABLE sales.customer_order MODIFY PRIMARY KEY USING INDEX TABLESPACE sales_idx;

ALTER TABLE sales.customer_order RENAME CONSTRAINT customer_order_ref_uk TO customer_order_extref_uk;

ALTER TABLE sales.customer_order DROP CONSTRAINT customer_order_extref_uk KEEP INDEX;

ALTER TABLE sales.customer_order DROP UNIQUE (order_no, channel);

ALTER TABLE sales.customer_order DROP PRIMARY KEY CASCADE DROP INDEX;

ALTER TABLE sales.customer_order MODIFY (customer_id CONSTRAINT customer_order_cust_nn NOT NULL);
