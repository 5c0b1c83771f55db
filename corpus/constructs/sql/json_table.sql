-- Exercises: JSON_TABLE with COLUMNS, PATH expressions, FOR ORDINALITY, NESTED PATH, EXISTS PATH, FORMAT JSON, DEFAULT ... ON EMPTY / ERROR; IS JSON check constraint
CREATE TABLE sales.web_order_payload
(
  payload_id   NUMBER(12)  PRIMARY KEY,
  received_at  TIMESTAMP   DEFAULT SYSTIMESTAMP,
  payload      CLOB        CONSTRAINT web_order_payload_json_ck CHECK (payload IS JSON)
);

SELECT w.payload_id, j.*
  FROM sales.web_order_payload w,
       JSON_TABLE(w.payload, '$'
         COLUMNS (
           order_ref     VARCHAR2(30)  PATH '$.orderRef',
           customer_no   NUMBER        PATH '$.customer.number',
           has_coupon    VARCHAR2(5)   EXISTS PATH '$.coupon',
           ship_to_json  VARCHAR2(4000) FORMAT JSON PATH '$.shipTo',
           NESTED PATH '$.lines[*]'
             COLUMNS (
               line_seq  FOR ORDINALITY,
               sku       VARCHAR2(20)  PATH '$.sku',
               qty       NUMBER        PATH '$.qty' DEFAULT 1 ON EMPTY,
               price     NUMBER(12,2)  PATH '$.price' NULL ON ERROR
             )
         )) j
 WHERE w.received_at >= TRUNC(SYSTIMESTAMP);
