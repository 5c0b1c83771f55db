-- Exercises: GOTO with labels <<label>>, jumping forward to a cleanup section, label before NULL statement, label at end of block
DECLARE
  l_attempt PLS_INTEGER := 0;
  l_ok      BOOLEAN := FALSE;
BEGIN
  <<retry>>
  l_attempt := l_attempt + 1;

  BEGIN
    UPDATE app.job_checkpoint SET last_run_at = SYSTIMESTAMP WHERE job_name = 'FX_IMPORT';
    l_ok := SQL%ROWCOUNT = 1;
  EXCEPTION
    WHEN OTHERS THEN
      l_ok := FALSE;
  END;

  IF NOT l_ok AND l_attempt < 3 THEN
    DBMS_SESSION.SLEEP(1);
    GOTO retry;
  END IF;

  IF NOT l_ok THEN
    GOTO give_up;
  END IF;

  COMMIT;
  GOTO done;

  <<give_up>>
  ROLLBACK;
  DBMS_OUTPUT.PUT_LINE('gave up after ' || l_attempt || ' attempts');

  <<done>>
  NULL;
END;
/
