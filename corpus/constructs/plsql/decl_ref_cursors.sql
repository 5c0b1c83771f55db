-- Exercises: REF CURSOR types: strong (RETURN rowtype), weak REF CURSOR, SYS_REFCURSOR, cursor variables as parameters and function results, RETURN clause using a record type
CREATE OR REPLACE PACKAGE sales.order_query_pkg AUTHID DEFINER AS
  TYPE order_rec_t IS RECORD (
    order_id     sales.order_header.order_id%TYPE,
    order_date   sales.order_header.order_date%TYPE,
    total_amount sales.order_header.total_amount%TYPE
  );

  TYPE order_cur_t    IS REF CURSOR RETURN order_rec_t;          -- strong, record
  TYPE header_cur_t   IS REF CURSOR RETURN sales.order_header%ROWTYPE;  -- strong, rowtype
  TYPE any_cur_t      IS REF CURSOR;                              -- weak

  FUNCTION orders_of (p_customer_id IN NUMBER) RETURN order_cur_t;
  PROCEDURE open_headers (p_channel IN VARCHAR2, p_cur OUT header_cur_t);
  FUNCTION open_any (p_sql IN VARCHAR2) RETURN SYS_REFCURSOR;
END order_query_pkg;
/

CREATE OR REPLACE PACKAGE BODY sales.order_query_pkg AS

  FUNCTION orders_of (p_customer_id IN NUMBER) RETURN order_cur_t IS
    l_cur order_cur_t;
  BEGIN
    OPEN l_cur FOR
      SELECT order_id, order_date, total_amount
        FROM sales.order_header
       WHERE customer_id = p_customer_id
       ORDER BY order_date DESC;
    RETURN l_cur;
  END orders_of;

  PROCEDURE open_headers (p_channel IN VARCHAR2, p_cur OUT header_cur_t) IS
  BEGIN
    OPEN p_cur FOR SELECT * FROM sales.order_header WHERE channel = p_channel;
  END open_headers;

  FUNCTION open_any (p_sql IN VARCHAR2) RETURN SYS_REFCURSOR IS
    l_rc SYS_REFCURSOR;
  BEGIN
    OPEN l_rc FOR p_sql;
    RETURN l_rc;
  END open_any;

END order_query_pkg;
/

DECLARE
  l_cur   sales.order_query_pkg.order_cur_t;
  l_row   sales.order_query_pkg.order_rec_t;
  l_weak  sales.order_query_pkg.any_cur_t;
BEGIN
  l_cur := sales.order_query_pkg.orders_of(1001);
  LOOP
    FETCH l_cur INTO l_row;
    EXIT WHEN l_cur%NOTFOUND;
    DBMS_OUTPUT.PUT_LINE(l_row.order_id || ' ' || l_row.total_amount);
  END LOOP;
  CLOSE l_cur;

  l_weak := sales.order_query_pkg.open_any('SELECT country_code FROM ref.country');
  CLOSE l_weak;
END;
/
