-- Exercises: object type with ORDER MEMBER FUNCTION, FINAL / INSTANTIABLE clauses, and its TYPE BODY comparing with SELF
CREATE OR REPLACE TYPE logi.parcel_dim_t AS OBJECT
(
  length_cm   NUMBER(6,1),
  width_cm    NUMBER(6,1),
  height_cm   NUMBER(6,1),
  ORDER MEMBER FUNCTION compare_volume (p_other IN parcel_dim_t) RETURN INTEGER,
  MEMBER FUNCTION volume_l RETURN NUMBER
)
INSTANTIABLE FINAL;
/

CREATE OR REPLACE TYPE BODY logi.parcel_dim_t
AS
  ORDER MEMBER FUNCTION compare_volume (p_other IN parcel_dim_t) RETURN INTEGER
  IS
    l_mine   NUMBER := SELF.volume_l;
    l_theirs NUMBER := p_other.volume_l;
  BEGIN
    IF l_mine < l_theirs THEN
      RETURN -1;
    ELSIF l_mine > l_theirs THEN
      RETURN 1;
    END IF;
    RETURN 0;
  END compare_volume;

  MEMBER FUNCTION volume_l RETURN NUMBER
  IS
  BEGIN
    RETURN length_cm * width_cm * height_cm / 1000;
  END volume_l;
END;
/
