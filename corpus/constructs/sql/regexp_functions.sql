-- Exercises: REGEXP_LIKE (with match parameter), REGEXP_SUBSTR (occurrence and subexpression), REGEXP_REPLACE (backreferences), REGEXP_INSTR (return option), REGEXP_COUNT
SELECT customer_id, email
  FROM crm.customer
 WHERE NOT REGEXP_LIKE(email, '^[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}$', 'i');

SELECT REGEXP_SUBSTR(p.tracking_no, '[0-9]+')                         AS first_digits,
       REGEXP_SUBSTR(p.tracking_no, '[A-Z]{2}', 1, 2)                 AS second_letter_pair,
       REGEXP_SUBSTR('INV-2024-00042', '^([A-Z]+)-(\d{4})-(\d+)$', 1, 1, NULL, 3) AS inv_seq,
       REGEXP_REPLACE(p.tracking_no, '\s+', '')                       AS compact,
       REGEXP_REPLACE('2024-01-31', '(\d{4})-(\d{2})-(\d{2})', '\3.\2.\1') AS german_date,
       REGEXP_REPLACE('a  b   c', ' {2,}', ' ', 1, 0)                 AS squeeze,
       REGEXP_INSTR(p.tracking_no, '\d')                              AS first_digit_pos,
       REGEXP_INSTR(p.tracking_no, '[A-Z]+', 1, 1, 1)                 AS after_letters,
       REGEXP_COUNT(p.tracking_no, '[0-9]')                           AS digit_count,
       REGEXP_COUNT('a,b,,c', ',', 1, 'c')                            AS commas
  FROM logi.shipment_parcel p
 WHERE REGEXP_LIKE(p.tracking_no, '^(JJD|1Z)[[:alnum:]]{8,}$');
