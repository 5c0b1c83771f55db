-- Exercises: EXIT, EXIT WHEN, CONTINUE, CONTINUE WHEN (11g), labelled loops with EXIT outer_label / CONTINUE outer_label WHEN, END LOOP label
DECLARE
  l_found BOOLEAN := FALSE;
BEGIN
  <<warehouses>>
  FOR w IN (SELECT warehouse_code FROM wms.warehouse ORDER BY warehouse_code) LOOP

    CONTINUE WHEN w.warehouse_code LIKE 'X%';

    <<aisles>>
    FOR a IN 1 .. 50 LOOP
      IF MOD(a, 10) = 0 THEN
        CONTINUE;
      END IF;

      CONTINUE warehouses WHEN a > 40 AND w.warehouse_code = 'MAIN';

      IF a = 33 AND w.warehouse_code = 'NORTH' THEN
        l_found := TRUE;
        EXIT warehouses;
      END IF;

      EXIT aisles WHEN a > 45;
    END LOOP aisles;

    IF l_found THEN
      EXIT;
    END IF;
  END LOOP warehouses;
END;
/
