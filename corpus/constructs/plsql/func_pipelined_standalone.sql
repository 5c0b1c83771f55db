-- Exercises: standalone PIPELINED function (PIPE ROW of scalars into a schema collection type), standalone PARALLEL_ENABLE function, AUTHID CURRENT_USER + DETERMINISTIC on a standalone function
CREATE OR REPLACE FUNCTION app.split_csv (
  p_text       IN VARCHAR2,
  p_separator  IN VARCHAR2 DEFAULT ','
) RETURN app.varchar_list_t PIPELINED
IS
  l_start  PLS_INTEGER := 1;
  l_pos    PLS_INTEGER;
BEGIN
  IF p_text IS NULL THEN
    RETURN;
  END IF;
  LOOP
    l_pos := INSTR(p_text, p_separator, l_start);
    IF l_pos = 0 THEN
      PIPE ROW (TRIM(SUBSTR(p_text, l_start)));
      EXIT;
    END IF;
    PIPE ROW (TRIM(SUBSTR(p_text, l_start, l_pos - l_start)));
    l_start := l_pos + LENGTH(p_separator);
  END LOOP;
  RETURN;
END split_csv;
/

CREATE OR REPLACE FUNCTION app.iban_check_digits (p_iban IN VARCHAR2)
  RETURN VARCHAR2
  AUTHID CURRENT_USER
  DETERMINISTIC
  PARALLEL_ENABLE
IS
  l_rearranged VARCHAR2(100);
  l_numeric    VARCHAR2(200);
  l_ch         CHAR(1);
BEGIN
  l_rearranged := SUBSTR(p_iban, 5) || SUBSTR(p_iban, 1, 2) || '00';
  FOR i IN 1 .. LENGTH(l_rearranged) LOOP
    l_ch := SUBSTR(l_rearranged, i, 1);
    l_numeric := l_numeric || CASE WHEN l_ch BETWEEN 'A' AND 'Z' THEN TO_CHAR(ASCII(l_ch) - 55) ELSE l_ch END;
  END LOOP;
  RETURN LPAD(98 - MOD(TO_NUMBER(l_numeric), 97), 2, '0');
END iban_check_digits;
/
