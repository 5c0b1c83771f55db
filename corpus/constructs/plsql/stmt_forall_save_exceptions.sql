-- Exercises: FORALL ... SAVE EXCEPTIONS, ORA-24381 handling via PRAGMA EXCEPTION_INIT, SQL%BULK_EXCEPTIONS.COUNT / (j).ERROR_INDEX / (j).ERROR_CODE, SQLERRM(-code)
DECLARE
  TYPE stock_tab_t IS TABLE OF wms.stock_level%ROWTYPE;
  l_rows        stock_tab_t;
  e_bulk_errors EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_bulk_errors, -24381);
  l_failed      PLS_INTEGER;
BEGIN
  SELECT * BULK COLLECT INTO l_rows FROM wms.stock_level_import;

  FORALL i IN 1 .. l_rows.COUNT SAVE EXCEPTIONS
    INSERT INTO wms.stock_level VALUES l_rows(i);

  COMMIT;
EXCEPTION
  WHEN e_bulk_errors THEN
    l_failed := SQL%BULK_EXCEPTIONS.COUNT;
    DBMS_OUTPUT.PUT_LINE(l_failed || ' of ' || l_rows.COUNT || ' rows failed');
    FOR j IN 1 .. l_failed LOOP
      DBMS_OUTPUT.PUT_LINE(
        'row '   || SQL%BULK_EXCEPTIONS(j).ERROR_INDEX ||
        ' sku '  || l_rows(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX).sku ||
        ': '     || SQLERRM(-SQL%BULK_EXCEPTIONS(j).ERROR_CODE));
      INSERT INTO wms.stock_import_error (sku, error_code, logged_at)
      VALUES (l_rows(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX).sku, SQL%BULK_EXCEPTIONS(j).ERROR_CODE, SYSDATE);
    END LOOP;
    COMMIT;
END;
/
