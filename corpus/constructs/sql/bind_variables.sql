-- Exercises: bind variables positional (:1, :2), named (:cust_id), mixed-case and quoted-looking names, binds in IN lists, LIKE, and as row-limit; SQL*Plus VARIABLE + EXEC assignment
SELECT order_id, total_amount
  FROM sales.order_header
 WHERE customer_id = :1
   AND order_date >= :2
   AND channel IN (:3, :4);

SELECT c.customer_id, c.customer_name
  FROM crm.customer c
 WHERE c.country_code = :countryCode
   AND UPPER(c.customer_name) LIKE UPPER(:name_pattern) || '%'
   AND c.created_at >= NVL(:since_date, DATE '2000-01-01');

UPDATE wms.pick_task SET picker_id = :picker_id, status = :new_status WHERE task_id = :task_id;

VARIABLE b_customer NUMBER
EXEC :b_customer := 1001;
SELECT COUNT(*) FROM sales.order_header WHERE customer_id = :b_customer;
