-- Exercises: explicit cursor attributes %FOUND, %NOTFOUND, %ROWCOUNT, %ISOPEN; implicit SQL%FOUND, SQL%NOTFOUND, SQL%ROWCOUNT, SQL%ISOPEN after DML and SELECT INTO
DECLARE
  CURSOR c_tasks IS SELECT task_id FROM wms.pick_task WHERE status = 'OPEN';
  l_task_id  NUMBER;
BEGIN
  IF NOT c_tasks%ISOPEN THEN
    OPEN c_tasks;
  END IF;

  LOOP
    FETCH c_tasks INTO l_task_id;
    IF c_tasks%NOTFOUND THEN
      EXIT;
    END IF;
    IF c_tasks%FOUND AND c_tasks%ROWCOUNT <= 3 THEN
      DBMS_OUTPUT.PUT_LINE('#' || c_tasks%ROWCOUNT || ': ' || l_task_id);
    END IF;
  END LOOP;
  DBMS_OUTPUT.PUT_LINE('fetched ' || c_tasks%ROWCOUNT || ' rows');

  IF c_tasks%ISOPEN THEN
    CLOSE c_tasks;
  END IF;

  UPDATE wms.pick_task SET status = 'OPEN' WHERE status = 'STALE';
  DBMS_OUTPUT.PUT_LINE(SQL%ROWCOUNT || ' stale tasks reopened');

  DELETE FROM wms.pick_task WHERE task_id = -1;
  IF SQL%NOTFOUND THEN
    DBMS_OUTPUT.PUT_LINE('nothing to delete');
  END IF;

  INSERT INTO app.job_checkpoint (job_name) SELECT 'REOPEN' FROM dual WHERE NOT EXISTS (SELECT 1 FROM app.job_checkpoint WHERE job_name = 'REOPEN');
  IF SQL%FOUND THEN
    DBMS_OUTPUT.PUT_LINE('checkpoint created');
  END IF;

  IF NOT SQL%ISOPEN THEN
    NULL;  -- implicit cursor is always closed after the statement
  END IF;
END;
/
