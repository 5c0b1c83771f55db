-- Exercises: SQL*Plus VARIABLE binds with INSERT / UPDATE / DELETE ... RETURNING ... INTO :bind, RETURN synonym, PRINT
VARIABLE new_order_id NUMBER
VARIABLE new_status VARCHAR2(10)
VARIABLE deleted_cnt NUMBER
VARIABLE upd_total NUMBER

INSERT INTO sales.customer_order (order_id, customer_id, order_date)
VALUES (sales.order_seq.NEXTVAL, 1001, SYSDATE)
RETURNING order_id INTO :new_order_id;

UPDATE billing.invoice
   SET status = 'PAID'
 WHERE invoice_id = 100042
RETURNING status INTO :new_status;

UPDATE sales.order_header
   SET total_amount = total_amount * 1.05
 WHERE customer_id = 1001
RETURN SUM(total_amount) INTO :upd_total;

DELETE FROM ops.app_log
 WHERE log_ts < SYSTIMESTAMP - INTERVAL '1' YEAR
RETURNING COUNT(*) INTO :deleted_cnt;

PRINT new_order_id
PRINT deleted_cnt
