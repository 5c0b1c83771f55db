-- A row trigger with its own declarations.
CREATE OR REPLACE TRIGGER fleet.trg_vehicle_audit
  BEFORE INSERT OR UPDATE OF odometer_km ON fleet.vehicle
  FOR EACH ROW
  WHEN (NEW.odometer_km IS NOT NULL)
DECLARE
  v_delta NUMBER;
BEGIN
  v_delta := :NEW.odometer_km - NVL(:OLD.odometer_km, 0);
  IF v_delta < 0 THEN
    raise_application_error(-20010, 'Odometer cannot go backwards; vehicle ' || :NEW.vehicle_id);
  END IF;
  :NEW.updated_at := SYSTIMESTAMP;
END;
/
SHOW ERRORS
