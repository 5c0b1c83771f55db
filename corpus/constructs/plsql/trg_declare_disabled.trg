-- Exercises: trigger with its own DECLARE section (variables, cursor, local procedure), trigger created DISABLEd, ALTER TRIGGER ENABLE / DISABLE / COMPILE, ALTER TABLE ... DISABLE ALL TRIGGERS
CREATE OR REPLACE TRIGGER wms.stock_movement_bi
BEFORE INSERT ON wms.stock_movement
FOR EACH ROW
DISABLE
DECLARE
  l_on_hand   NUMBER;
  CURSOR c_level (p_wh VARCHAR2, p_sku VARCHAR2) IS
    SELECT on_hand FROM wms.stock_level WHERE warehouse_code = p_wh AND sku = p_sku;

  PROCEDURE reject (p_reason VARCHAR2) IS
  BEGIN
    RAISE_APPLICATION_ERROR(-20040, 'Movement rejected: ' || p_reason);
  END reject;
BEGIN
  IF :NEW.movement_type = 'O' THEN
    OPEN c_level(:NEW.warehouse_code, :NEW.sku);
    FETCH c_level INTO l_on_hand;
    CLOSE c_level;
    IF NVL(l_on_hand, 0) < :NEW.quantity THEN
      reject('only ' || NVL(l_on_hand, 0) || ' on hand');
    END IF;
  END IF;
END;
/

ALTER TRIGGER wms.stock_movement_bi ENABLE;
ALTER TRIGGER wms.stock_movement_bi DISABLE;
ALTER TRIGGER wms.stock_movement_bi COMPILE;
ALTER TABLE wms.stock_movement DISABLE ALL TRIGGERS;
ALTER TABLE wms.stock_movement ENABLE ALL TRIGGERS;
