-- Exercises: UTL_FILE: FILE_TYPE, FOPEN (read/write modes, max line size), PUT_LINE, PUT, NEW_LINE, FFLUSH, GET_LINE with NO_DATA_FOUND end-of-file, IS_OPEN, FCLOSE, FCLOSE_ALL, FREMOVE / FRENAME, UTL_FILE exceptions
CREATE OR REPLACE PROCEDURE fin.export_journal_csv (p_journal_id IN NUMBER)
IS
  l_file   UTL_FILE.FILE_TYPE;
  l_name   VARCHAR2(100) := 'journal_' || p_journal_id || '.csv';
BEGIN
  l_file := UTL_FILE.FOPEN('Report_Out', l_name || '.tmp', 'w', 32767);
  UTL_FILE.PUT_LINE(l_file, 'line_no;account;debit;credit');
  FOR r IN (SELECT line_no, account_code, debit, credit
              FROM fin.gl_journal_line
             WHERE journal_id = p_journal_id
             ORDER BY line_no)
  LOOP
    UTL_FILE.PUT(l_file, r.line_no || ';' || r.account_code || ';');
    UTL_FILE.PUT(l_file, TO_CHAR(r.debit, 'FM9999999990.00') || ';' || TO_CHAR(r.credit, 'FM9999999990.00'));
    UTL_FILE.NEW_LINE(l_file);
  END LOOP;
  UTL_FILE.FFLUSH(l_file);
  UTL_FILE.FCLOSE(l_file);
  UTL_FILE.FRENAME('Report_Out', l_name || '.tmp', 'Report_Out', l_name, overwrite => TRUE);
EXCEPTION
  WHEN UTL_FILE.INVALID_PATH OR UTL_FILE.INVALID_OPERATION THEN
    IF UTL_FILE.IS_OPEN(l_file) THEN
      UTL_FILE.FCLOSE(l_file);
    END IF;
    RAISE_APPLICATION_ERROR(-20400, 'Cannot write ' || l_name);
  WHEN OTHERS THEN
    UTL_FILE.FCLOSE_ALL;
    RAISE;
END export_journal_csv;
/

DECLARE
  l_in    UTL_FILE.FILE_TYPE;
  l_line  VARCHAR2(32767);
  l_rows  PLS_INTEGER := 0;
BEGIN
  l_in := UTL_FILE.FOPEN('BANK_IN_DIR', 'stmt_main.csv', 'r', 32767);
  LOOP
    BEGIN
      UTL_FILE.GET_LINE(l_in, l_line);
    EXCEPTION
      WHEN NO_DATA_FOUND THEN
        EXIT;
    END;
    l_rows := l_rows + 1;
  END LOOP;
  UTL_FILE.FCLOSE(l_in);
  DBMS_OUTPUT.PUT_LINE(l_rows || ' lines read');
  UTL_FILE.FREMOVE('BANK_IN_DIR', 'stmt_main.csv');
END;
/
