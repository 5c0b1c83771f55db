-- Exercises: JSON_VALUE with RETURNING and ON ERROR / ON EMPTY, JSON_QUERY, JSON_EXISTS, JSON_OBJECT / JSON_ARRAYAGG generation, dot-notation access
SELECT w.payload_id,
       JSON_VALUE(w.payload, '$.orderRef')                                           AS order_ref,
       JSON_VALUE(w.payload, '$.customer.number' RETURNING NUMBER)                   AS customer_no,
       JSON_VALUE(w.payload, '$.shipTo.country' RETURNING VARCHAR2(2) DEFAULT 'NL' ON EMPTY) AS ship_country,
       JSON_VALUE(w.payload, '$.placedAt' RETURNING TIMESTAMP NULL ON ERROR)         AS placed_at,
       JSON_VALUE(w.payload, '$.lines.size()')                                       AS line_count,
       JSON_QUERY(w.payload, '$.lines[0]' WITH WRAPPER)                              AS first_line,
       w.payload.customer.email                                                      AS dot_email
  FROM sales.web_order_payload w
 WHERE JSON_EXISTS(w.payload, '$.coupon?(@.code == "WELCOME10")');

SELECT JSON_OBJECT('customerId' VALUE c.customer_id,
                   'name'       VALUE c.customer_name,
                   'orders'     VALUE (SELECT JSON_ARRAYAGG(o.order_id ORDER BY o.order_id RETURNING CLOB)
                                         FROM sales.order_header o
                                        WHERE o.customer_id = c.customer_id)
                   ABSENT ON NULL) AS customer_json
  FROM crm.customer c
 WHERE c.country_code = 'NL';
