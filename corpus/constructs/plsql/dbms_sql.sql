-- Exercises: DBMS_SQL: OPEN_CURSOR, PARSE (DBMS_SQL.NATIVE), BIND_VARIABLE, DEFINE_COLUMN, EXECUTE, FETCH_ROWS, COLUMN_VALUE, DESCRIBE_COLUMNS2, VARIABLE_VALUE, IS_OPEN, CLOSE_CURSOR, TO_REFCURSOR (11g)
CREATE OR REPLACE PROCEDURE reporting.dump_query (p_sql IN VARCHAR2, p_max_rows IN PLS_INTEGER DEFAULT 20)
IS
  l_cur      INTEGER;
  l_cols     INTEGER;
  l_desc     DBMS_SQL.DESC_TAB2;
  l_value    VARCHAR2(4000);
  l_rows     INTEGER;
  l_line     VARCHAR2(32767);
  l_fetched  PLS_INTEGER := 0;
BEGIN
  l_cur := DBMS_SQL.OPEN_CURSOR;
  DBMS_SQL.PARSE(l_cur, p_sql, DBMS_SQL.NATIVE);
  DBMS_SQL.DESCRIBE_COLUMNS2(l_cur, l_cols, l_desc);

  FOR c IN 1 .. l_cols LOOP
    DBMS_SQL.DEFINE_COLUMN(l_cur, c, l_value, 4000);
    l_line := l_line || RPAD(l_desc(c).col_name, 20);
  END LOOP;
  DBMS_OUTPUT.PUT_LINE(l_line);

  l_rows := DBMS_SQL.EXECUTE(l_cur);
  WHILE DBMS_SQL.FETCH_ROWS(l_cur) > 0 AND l_fetched < p_max_rows LOOP
    l_line := NULL;
    FOR c IN 1 .. l_cols LOOP
      DBMS_SQL.COLUMN_VALUE(l_cur, c, l_value);
      l_line := l_line || RPAD(NVL(l_value, ' '), 20);
    END LOOP;
    DBMS_OUTPUT.PUT_LINE(l_line);
    l_fetched := l_fetched + 1;
  END LOOP;

  DBMS_SQL.CLOSE_CURSOR(l_cur);
EXCEPTION
  WHEN OTHERS THEN
    IF DBMS_SQL.IS_OPEN(l_cur) THEN
      DBMS_SQL.CLOSE_CURSOR(l_cur);
    END IF;
    RAISE;
END dump_query;
/

DECLARE
  l_cur     INTEGER := DBMS_SQL.OPEN_CURSOR;
  l_rows    INTEGER;
  l_out     NUMBER;
  l_rc      SYS_REFCURSOR;
BEGIN
  DBMS_SQL.PARSE(l_cur, 'UPDATE billing.invoice SET status = :st WHERE due_on < :d RETURNING COUNT(*) INTO :n', DBMS_SQL.NATIVE);
  DBMS_SQL.BIND_VARIABLE(l_cur, ':st', 'OVERDUE');
  DBMS_SQL.BIND_VARIABLE(l_cur, ':d', TRUNC(SYSDATE));
  DBMS_SQL.BIND_VARIABLE(l_cur, ':n', l_out);
  l_rows := DBMS_SQL.EXECUTE(l_cur);
  DBMS_SQL.VARIABLE_VALUE(l_cur, ':n', l_out);
  DBMS_SQL.CLOSE_CURSOR(l_cur);

  l_cur := DBMS_SQL.OPEN_CURSOR;
  DBMS_SQL.PARSE(l_cur, 'SELECT * FROM ref.country WHERE country_code LIKE :p', DBMS_SQL.NATIVE);
  DBMS_SQL.BIND_VARIABLE(l_cur, 'p', 'N%');
  l_rows := DBMS_SQL.EXECUTE(l_cur);
  l_rc := DBMS_SQL.TO_REFCURSOR(l_cur);
  CLOSE l_rc;
END;
/
