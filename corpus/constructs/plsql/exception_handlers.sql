-- Exercises: exception handlers: WHEN a OR b THEN, WHEN OTHERS, SQLCODE / SQLERRM, DBMS_UTILITY.FORMAT_ERROR_BACKTRACE / FORMAT_ERROR_STACK / FORMAT_CALL_STACK, UTL_CALL_STACK (12c), handler in nested block continuing the loop
CREATE OR REPLACE PROCEDURE fin.import_fx_rates
IS
  l_errors     PLS_INTEGER := 0;
  l_code       NUMBER;
  l_msg        VARCHAR2(4000);
BEGIN
  FOR r IN (SELECT * FROM fin.ext_fx_rates) LOOP
    BEGIN
      INSERT INTO fin.fx_rate_daily (rate_date, base_ccy, quote_ccy, mid_rate)
      VALUES (r.rate_date, r.base_ccy, r.quote_ccy, TO_NUMBER(r.rate_text));
    EXCEPTION
      WHEN DUP_VAL_ON_INDEX THEN
        UPDATE fin.fx_rate_daily
           SET mid_rate = TO_NUMBER(r.rate_text)
         WHERE rate_date = r.rate_date AND base_ccy = r.base_ccy AND quote_ccy = r.quote_ccy;
      WHEN INVALID_NUMBER OR VALUE_ERROR THEN
        l_errors := l_errors + 1;
        l_code   := SQLCODE;
        l_msg    := SQLERRM;
        INSERT INTO fin.fx_import_reject (rate_date, base_ccy, raw_text, err_code, err_msg)
        VALUES (r.rate_date, r.base_ccy, r.rate_text, l_code, l_msg);
    END;
  END LOOP;

  IF l_errors > 100 THEN
    RAISE_APPLICATION_ERROR(-20300, 'Too many rejected FX rows: ' || l_errors);
  END IF;
  COMMIT;
EXCEPTION
  WHEN NO_DATA_FOUND OR TOO_MANY_ROWS THEN
    ROLLBACK;
    RAISE;
  WHEN OTHERS THEN
    ROLLBACK;
    DBMS_OUTPUT.PUT_LINE('Error ' || SQLCODE || ': ' || SQLERRM);
    DBMS_OUTPUT.PUT_LINE(DBMS_UTILITY.FORMAT_ERROR_STACK);
    DBMS_OUTPUT.PUT_LINE(DBMS_UTILITY.FORMAT_ERROR_BACKTRACE);
    DBMS_OUTPUT.PUT_LINE(DBMS_UTILITY.FORMAT_CALL_STACK);
    FOR d IN 1 .. UTL_CALL_STACK.BACKTRACE_DEPTH LOOP
      DBMS_OUTPUT.PUT_LINE(UTL_CALL_STACK.BACKTRACE_UNIT(d) || ' line ' || UTL_CALL_STACK.BACKTRACE_LINE(d));
    END LOOP;
    app.log_error('fin.import_fx_rates', SQLERRM, SQLCODE);
    RAISE;
END import_fx_rates;
/
