-- Exercises: string concatenation with || where operands are NULL (Oracle treats NULL as empty string), '' IS NULL semantics, concatenation with numbers and dates (implicit conversion)
SELECT c.customer_name || ' (' || c.country_code || ')'               AS label,
       'Tel: ' || c.phone_main                                        AS phone_text,
       c.street_line1 || CHR(10) || c.street_line2 || CHR(10) || c.city AS address_block,
       NULL || 'abc' || NULL                                          AS still_abc,
       'Order #' || o.order_id || ' from ' || o.order_date            AS implicit_conv,
       'Total: ' || TO_CHAR(o.total_amount, 'FM999990.00')            AS explicit_conv,
       CASE WHEN '' IS NULL THEN 'empty string is null' END           AS oracle_semantics,
       LENGTH('')                                                     AS len_of_empty
  FROM crm.customer c
  LEFT JOIN sales.order_header o ON o.customer_id = c.customer_id;

SELECT COUNT(*) FROM crm.customer WHERE phone_main = '';

SELECT customer_id FROM crm.customer WHERE email || phone_main IS NULL;
