-- Exercises: local nested table and VARRAY types, constructors, EXTEND, NULL vs empty collections, schema-level collection type in PL/SQL, MULTISET operators in PL/SQL, collection of records
DECLARE
  TYPE sku_list_t      IS TABLE OF VARCHAR2(20);
  TYPE top3_t          IS VARRAY(3) OF NUMBER(12);
  TYPE line_rec_t      IS RECORD (sku VARCHAR2(20), qty NUMBER);
  TYPE line_list_t     IS TABLE OF line_rec_t;

  l_skus      sku_list_t := sku_list_t('A-1', 'B-2', 'C-3');
  l_more      sku_list_t := sku_list_t();
  l_uninit    sku_list_t;                     -- atomically NULL
  l_top       top3_t := top3_t();
  l_lines     line_list_t := line_list_t();
  l_ids       app.number_list_t := app.number_list_t(1, 2, 2, 3);
  l_all       sku_list_t;
BEGIN
  l_more.EXTEND(2);
  l_more(1) := 'B-2';
  l_more(2) := 'D-4';

  l_all := l_skus MULTISET UNION DISTINCT l_more;

  IF l_uninit IS NULL THEN
    l_uninit := sku_list_t();
  END IF;

  l_top.EXTEND;
  l_top(l_top.LAST) := 4711;
  DBMS_OUTPUT.PUT_LINE('varray limit ' || l_top.LIMIT || ', count ' || l_top.COUNT);

  l_lines.EXTEND;
  l_lines(1).sku := 'A-1';
  l_lines(1).qty := 5;

  l_ids := SET(l_ids);
  IF 3 MEMBER OF l_ids AND l_skus IS NOT EMPTY THEN
    DBMS_OUTPUT.PUT_LINE('distinct ids: ' || CARDINALITY(l_ids) || ', skus: ' || l_all.COUNT);
  END IF;
END;
/
