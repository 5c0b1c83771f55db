-- Exercises: nested (local) procedures and functions in a procedure's declaration section, forward declarations for mutual recursion, nested subprogram overloading, local subprograms in an anonymous block
CREATE OR REPLACE PROCEDURE wms.release_wave (p_wave_no IN NUMBER)
IS
  l_released PLS_INTEGER := 0;

  -- forward declarations
  PROCEDURE release_order (p_order_id IN NUMBER);
  FUNCTION can_release (p_order_id IN NUMBER) RETURN BOOLEAN;

  PROCEDURE log (p_msg IN VARCHAR2) IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE(TO_CHAR(SYSDATE, 'HH24:MI:SS') || ' ' || p_msg);
  END log;

  PROCEDURE log (p_msg IN VARCHAR2, p_order_id IN NUMBER) IS   -- local overload
  BEGIN
    log(p_msg || ' [order ' || p_order_id || ']');
  END log;

  PROCEDURE release_order (p_order_id IN NUMBER) IS
  BEGIN
    IF can_release(p_order_id) THEN
      UPDATE wms.pick_task SET status = 'RELEASED' WHERE order_id = p_order_id AND status = 'OPEN';
      l_released := l_released + SQL%ROWCOUNT;
      log('released', p_order_id);
    END IF;
  END release_order;

  FUNCTION can_release (p_order_id IN NUMBER) RETURN BOOLEAN IS
    l_holds PLS_INTEGER;
  BEGIN
    SELECT COUNT(*) INTO l_holds FROM wms.order_hold WHERE order_id = p_order_id AND released_at IS NULL;
    RETURN l_holds = 0;
  END can_release;

BEGIN
  FOR o IN (SELECT order_id FROM wms.pick_order WHERE wave_no = p_wave_no) LOOP
    release_order(o.order_id);
  END LOOP;
  log('wave ' || p_wave_no || ': ' || l_released || ' tasks released');
END release_wave;
/

DECLARE
  FUNCTION is_even (n NATURAL) RETURN BOOLEAN;

  FUNCTION is_odd (n NATURAL) RETURN BOOLEAN IS
  BEGIN
    RETURN CASE WHEN n = 0 THEN FALSE ELSE is_even(n - 1) END;
  END is_odd;

  FUNCTION is_even (n NATURAL) RETURN BOOLEAN IS
  BEGIN
    RETURN CASE WHEN n = 0 THEN TRUE ELSE is_odd(n - 1) END;
  END is_even;
BEGIN
  IF is_even(10) THEN
    DBMS_OUTPUT.PUT_LINE('10 is even');
  END IF;
END;
/
