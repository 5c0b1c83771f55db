-- Exercises: PRAGMA INLINE (subprogram, 'YES' / 'NO') before statements calling a nested function, with ALTER SESSION PLSQL_OPTIMIZE_LEVEL
ALTER SESSION SET plsql_optimize_level = 2;

CREATE OR REPLACE FUNCTION logi.chargeable_weight (
  p_actual_kg  IN NUMBER,
  p_length_cm  IN NUMBER,
  p_width_cm   IN NUMBER,
  p_height_cm  IN NUMBER
) RETURN NUMBER
IS
  FUNCTION volumetric_kg (l NUMBER, w NUMBER, h NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN l * w * h / 5000;
  END volumetric_kg;

  l_vol NUMBER;
BEGIN
  PRAGMA INLINE (volumetric_kg, 'YES');
  l_vol := volumetric_kg(p_length_cm, p_width_cm, p_height_cm);

  PRAGMA INLINE (volumetric_kg, 'NO');
  IF volumetric_kg(1, 1, 1) < 0 THEN
    RETURN NULL;
  END IF;

  RETURN GREATEST(p_actual_kg, l_vol);
END chargeable_weight;
/
