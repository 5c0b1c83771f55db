-- Hand-edited script with missing terminators; each problem costs only its statement.
CREATE TABLE shipment (shipment_id NUMBER PRIMARY KEY, shipped_on DATE)
CREATE TABLE shipment_line (shipment_id NUMBER, line_no NUMBER);
CREATE OR REPLACE TYPE address_t AS OBJECT (street VARCHAR2(80), city VARCHAR2(40));
CREATE TABLE customer_address (customer_id NUMBER, addr address_t);
INSERT INTO shipment VALUES (1, DATE '2024-02-30);
SELECT COUNT(*) FROM shipment_line;
CREATE OR REPLACE PROCEDURE close_shipment (p_id NUMBER) IS
BEGIN
  UPDATE shipment SET shipped_on = SYSDATE WHERE shipment_id = p_id;
END;
