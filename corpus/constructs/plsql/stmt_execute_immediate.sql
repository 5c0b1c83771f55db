-- Exercises: EXECUTE IMMEDIATE: DDL, DML with USING, INTO scalar / record, BULK COLLECT INTO, USING IN / OUT / IN OUT binds for dynamic PL/SQL blocks, RETURNING INTO, DBMS_ASSERT, q-quoted dynamic text
DECLARE
  l_table     VARCHAR2(128) := 'TMP_RECALC_' || TO_CHAR(SYSDATE, 'YYYYMMDD');
  l_cnt       NUMBER;
  l_cust      crm.customer%ROWTYPE;
  l_ids       app.number_list_t;
  l_out       NUMBER;
  l_io        VARCHAR2(100) := 'seed';
  l_new_id    NUMBER;
  l_sql       VARCHAR2(4000);
BEGIN
  EXECUTE IMMEDIATE 'CREATE TABLE ' || DBMS_ASSERT.SIMPLE_SQL_NAME(l_table) ||
                    ' (order_id NUMBER, amount NUMBER) NOLOGGING';

  EXECUTE IMMEDIATE 'TRUNCATE TABLE ' || l_table;

  EXECUTE IMMEDIATE 'INSERT INTO ' || l_table || ' SELECT order_id, total_amount FROM sales.order_header WHERE order_date >= :d'
    USING TRUNC(SYSDATE) - 1;

  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM ' || l_table INTO l_cnt;

  EXECUTE IMMEDIATE 'SELECT * FROM crm.customer WHERE customer_id = :id' INTO l_cust USING 1001;

  EXECUTE IMMEDIATE 'SELECT order_id FROM ' || l_table || ' WHERE amount > :a'
    BULK COLLECT INTO l_ids
    USING IN 100;

  EXECUTE IMMEDIATE 'BEGIN :r := crm.credit_available(:c); :t := UPPER(:t); END;'
    USING OUT l_out, IN 1001, IN OUT l_io;

  l_sql := q'[UPDATE billing.invoice SET status = 'VOID' WHERE invoice_id = :1 RETURNING invoice_id INTO :2]';
  EXECUTE IMMEDIATE l_sql USING 100042 RETURNING INTO l_new_id;

  EXECUTE IMMEDIATE 'BEGIN wms.release_wave(p_wave_no => :w); END;' USING 17;

  EXECUTE IMMEDIATE 'DROP TABLE ' || l_table || ' PURGE';

  EXECUTE IMMEDIATE 'ALTER SESSION SET NLS_NUMERIC_CHARACTERS = ''.,''';
END;
/
