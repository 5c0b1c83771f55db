-- Exercises: $ERROR ... $END directive to stop compilation on unsupported versions, inquiry directives $$PLSQL_UNIT / $$PLSQL_LINE / $$PLSQL_CODE_TYPE / $$PLSQL_OPTIMIZE_LEVEL, $IF on a package constant (static boolean)
CREATE OR REPLACE PACKAGE app.build_cfg AS
  c_multitenant CONSTANT BOOLEAN := TRUE;
  c_max_batch   CONSTANT PLS_INTEGER := 5000;
END build_cfg;
/

CREATE OR REPLACE PROCEDURE app.purge_staging
IS
BEGIN
  $IF DBMS_DB_VERSION.VERSION < 12 $THEN
    $ERROR 'app.purge_staging requires Oracle 12c or later, unit '
           || $$PLSQL_UNIT || ' line ' || $$PLSQL_LINE $END
  $END

  $IF app.build_cfg.c_multitenant $THEN
    DBMS_OUTPUT.PUT_LINE('running in container ' || SYS_CONTEXT('USERENV', 'CON_NAME'));
  $END

  DBMS_OUTPUT.PUT_LINE('unit ' || $$PLSQL_UNIT || ' at line ' || $$PLSQL_LINE
                       || ', code type ' || $$PLSQL_CODE_TYPE
                       || ', optimize level ' || $$PLSQL_OPTIMIZE_LEVEL);

  DELETE FROM app.staging_row WHERE loaded_at < SYSDATE - 7 AND ROWNUM <= app.build_cfg.c_max_batch;
  COMMIT;
END purge_staging;
/
