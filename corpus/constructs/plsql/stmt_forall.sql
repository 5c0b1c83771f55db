-- Exercises: FORALL plain range (INSERT / UPDATE / DELETE), FORALL ... INDICES OF (sparse, with BETWEEN), FORALL ... VALUES OF, SQL%BULK_ROWCOUNT, FORALL with EXECUTE IMMEDIATE
DECLARE
  TYPE id_tab_t    IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE price_tab_t IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE ptr_tab_t   IS TABLE OF PLS_INTEGER INDEX BY PLS_INTEGER;

  l_ids      id_tab_t;
  l_prices   price_tab_t;
  l_sparse   id_tab_t;
  l_pick     ptr_tab_t;
BEGIN
  SELECT order_id, total_amount
    BULK COLLECT INTO l_ids, l_prices
    FROM sales.order_header
   WHERE order_date = TRUNC(SYSDATE) - 1;

  FORALL i IN 1 .. l_ids.COUNT
    UPDATE sales.order_header
       SET total_amount = l_prices(i) * 1.02
     WHERE order_id = l_ids(i);

  FOR i IN 1 .. l_ids.COUNT LOOP
    IF SQL%BULK_ROWCOUNT(i) = 0 THEN
      DBMS_OUTPUT.PUT_LINE('order ' || l_ids(i) || ' vanished');
    END IF;
  END LOOP;

  l_sparse(10)  := 101;
  l_sparse(200) := 102;
  l_sparse(999) := 103;

  FORALL i IN INDICES OF l_sparse
    DELETE FROM wms.pick_task WHERE order_id = l_sparse(i);

  FORALL i IN INDICES OF l_sparse BETWEEN 10 AND 200
    INSERT INTO wms.pick_task_archive (task_id, closed_at) VALUES (l_sparse(i), SYSDATE);

  -- only process the selected positions of l_ids
  l_pick(1) := 1;
  l_pick(2) := 3;
  FORALL i IN VALUES OF l_pick
    INSERT INTO sales.order_recheck (order_id) VALUES (l_ids(i));

  FORALL i IN l_ids.FIRST .. l_ids.LAST
    EXECUTE IMMEDIATE 'UPDATE sales.order_header SET status = :s WHERE order_id = :id'
      USING 'REPRICED', l_ids(i);

  COMMIT;
END;
/
