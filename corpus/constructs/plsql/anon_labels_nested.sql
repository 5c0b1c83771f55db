-- Exercises: anonymous blocks: DECLARE/BEGIN/EXCEPTION/END, block labels <<name>>, nested blocks, label-qualified references to shadowed variables, END label
SET SERVEROUTPUT ON SIZE UNLIMITED

<<outer_blk>>
DECLARE
  l_total   NUMBER := 0;
  l_count   PLS_INTEGER := 0;
BEGIN
  SELECT COUNT(*), NVL(SUM(total_amount), 0)
    INTO l_count, l_total
    FROM sales.order_header
   WHERE order_date >= TRUNC(SYSDATE);

  <<inner_blk>>
  DECLARE
    l_total   NUMBER := 100;    -- shadows outer l_total
  BEGIN
    DBMS_OUTPUT.PUT_LINE('inner=' || l_total || ' outer=' || outer_blk.l_total);
    inner_blk.l_total := outer_blk.l_total / NULLIF(l_count, 0);
    DBMS_OUTPUT.PUT_LINE('average order today: ' || ROUND(inner_blk.l_total, 2));
  EXCEPTION
    WHEN ZERO_DIVIDE THEN
      NULL;
  END inner_blk;

  BEGIN
    -- unlabelled nested block without declarations
    UPDATE app.job_checkpoint SET last_run_at = SYSTIMESTAMP WHERE job_name = 'DAILY_TOTALS';
    IF SQL%ROWCOUNT = 0 THEN
      INSERT INTO app.job_checkpoint (job_name, last_run_at) VALUES ('DAILY_TOTALS', SYSTIMESTAMP);
    END IF;
  END;

  COMMIT;
END outer_blk;
/

BEGIN
  NULL;
END;
/

begin dbms_output.put_line('one-liner block'); end;
/
