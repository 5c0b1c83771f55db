-- Exercises: conditional compilation: $IF DBMS_DB_VERSION.VER_LE_12 $THEN ... $ELSIF ... $ELSE ... $END, DBMS_DB_VERSION.VERSION comparisons, custom $$flags from PLSQL_CCFLAGS, $$PLSQL_UNIT, $$PLSQL_LINE, $$PLSQL_UNIT_OWNER, DBMS_PREPROCESSOR
ALTER SESSION SET PLSQL_CCFLAGS = 'debug_on:TRUE, trace_level:2';

CREATE OR REPLACE PACKAGE app.compat_pkg AUTHID DEFINER AS
  $IF DBMS_DB_VERSION.VERSION >= 18 $THEN
  SUBTYPE big_text_t IS VARCHAR2(32767);
  $ELSE
  SUBTYPE big_text_t IS VARCHAR2(4000);
  $END

  FUNCTION db_feature_level RETURN VARCHAR2;
  PROCEDURE debug (p_msg IN VARCHAR2);
END compat_pkg;
/

CREATE OR REPLACE PACKAGE BODY app.compat_pkg AS

  FUNCTION db_feature_level RETURN VARCHAR2 IS
  BEGIN
    $IF DBMS_DB_VERSION.VER_LE_12 $THEN
      $IF DBMS_DB_VERSION.VER_LE_11_2 $THEN
        RETURN 'legacy (no identity columns, no JSON)';
      $ELSE
        RETURN '12c';
      $END
    $ELSIF DBMS_DB_VERSION.VERSION < 21 $THEN
      RETURN '18c/19c';
    $ELSE
      RETURN '21c or later';
    $END
  END db_feature_level;

  PROCEDURE debug (p_msg IN VARCHAR2) IS
  BEGIN
    $IF $$debug_on $THEN
      DBMS_OUTPUT.PUT_LINE($$PLSQL_UNIT_OWNER || '.' || $$PLSQL_UNIT || ':' || $$PLSQL_LINE || ' ' || p_msg);
      $IF $$trace_level > 1 $THEN
        DBMS_OUTPUT.PUT_LINE('  call stack: ' || DBMS_UTILITY.FORMAT_CALL_STACK);
      $END
    $ELSE
      NULL;
    $END
  END debug;

END compat_pkg;
/

BEGIN
  DBMS_PREPROCESSOR.PRINT_POST_PROCESSED_SOURCE('PACKAGE BODY', 'APP', 'COMPAT_PKG');
END;
/

ALTER PACKAGE app.compat_pkg COMPILE PLSQL_CCFLAGS = 'debug_on:FALSE' REUSE SETTINGS;
