-- Exercises: package-level overloading by parameter type and count, overloaded functions vs procedures, named-notation disambiguation
CREATE OR REPLACE PACKAGE app.fmt AS
  FUNCTION to_text (p_value IN NUMBER) RETURN VARCHAR2;
  FUNCTION to_text (p_value IN DATE) RETURN VARCHAR2;
  FUNCTION to_text (p_value IN DATE, p_with_time IN BOOLEAN) RETURN VARCHAR2;
  FUNCTION to_text (p_value IN BOOLEAN) RETURN VARCHAR2;
  PROCEDURE put (p_label IN VARCHAR2, p_value IN NUMBER);
  PROCEDURE put (p_label IN VARCHAR2, p_value IN VARCHAR2);
END fmt;
/

CREATE OR REPLACE PACKAGE BODY app.fmt AS
  FUNCTION to_text (p_value IN NUMBER) RETURN VARCHAR2 IS
  BEGIN
    RETURN TO_CHAR(p_value, 'TM9');
  END;

  FUNCTION to_text (p_value IN DATE) RETURN VARCHAR2 IS
  BEGIN
    RETURN to_text(p_value, FALSE);
  END;

  FUNCTION to_text (p_value IN DATE, p_with_time IN BOOLEAN) RETURN VARCHAR2 IS
  BEGIN
    RETURN TO_CHAR(p_value, CASE WHEN p_with_time THEN 'YYYY-MM-DD HH24:MI:SS' ELSE 'YYYY-MM-DD' END);
  END;

  FUNCTION to_text (p_value IN BOOLEAN) RETURN VARCHAR2 IS
  BEGIN
    RETURN CASE p_value WHEN TRUE THEN 'true' WHEN FALSE THEN 'false' ELSE 'null' END;
  END;

  PROCEDURE put (p_label IN VARCHAR2, p_value IN NUMBER) IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE(p_label || ': ' || to_text(p_value));
  END;

  PROCEDURE put (p_label IN VARCHAR2, p_value IN VARCHAR2) IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE(p_label || ': ' || p_value);
  END;
END fmt;
/

BEGIN
  app.fmt.put('count', 42);
  app.fmt.put(p_label => 'name', p_value => 'Hendriks BV');
  DBMS_OUTPUT.PUT_LINE(app.fmt.to_text(SYSDATE, p_with_time => TRUE));
END;
/
