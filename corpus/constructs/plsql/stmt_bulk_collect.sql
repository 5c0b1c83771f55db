-- Exercises: SELECT ... BULK COLLECT INTO (collections of scalars and records), FETCH ... BULK COLLECT INTO ... LIMIT n in a loop, EXIT WHEN coll.COUNT = 0, RETURNING ... BULK COLLECT INTO, BULK COLLECT from a ref cursor
DECLARE
  TYPE id_list_t   IS TABLE OF sales.order_header.order_id%TYPE;
  TYPE log_tab_t   IS TABLE OF ops.app_log%ROWTYPE INDEX BY PLS_INTEGER;

  CURSOR c_logs IS
    SELECT * FROM ops.app_log WHERE log_level = 'ERROR' ORDER BY log_ts;

  l_ids        id_list_t;
  l_names      app.varchar_list_t;
  l_logs       log_tab_t;
  l_deleted    id_list_t;
  l_rc         SYS_REFCURSOR;
  c_batch      CONSTANT PLS_INTEGER := 1000;
BEGIN
  SELECT order_id BULK COLLECT INTO l_ids FROM sales.order_header WHERE channel = 'WEB';

  SELECT customer_name BULK COLLECT INTO l_names FROM crm.customer FETCH FIRST 100 ROWS ONLY;

  OPEN c_logs;
  LOOP
    FETCH c_logs BULK COLLECT INTO l_logs LIMIT c_batch;
    EXIT WHEN l_logs.COUNT = 0;
    FOR i IN 1 .. l_logs.COUNT LOOP
      NULL;  -- forward to monitoring
    END LOOP;
  END LOOP;
  CLOSE c_logs;

  DELETE FROM sales.order_header
   WHERE status = 'TEST'
  RETURNING order_id BULK COLLECT INTO l_deleted;

  OPEN l_rc FOR SELECT order_id FROM sales.order_header WHERE ROWNUM <= 50;
  FETCH l_rc BULK COLLECT INTO l_ids LIMIT 50;
  CLOSE l_rc;

  DBMS_OUTPUT.PUT_LINE(l_ids.COUNT || ' ids, ' || l_deleted.COUNT || ' deleted');
END;
/
