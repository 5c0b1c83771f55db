-- Graph cases beyond dependencies.sql, in two schemas of their own (CARTO uses ORBIT):
-- user-defined types (a column of an object type, an object table, a type of a type, a
-- collection, a subtype, a type body), calls of standalone functions and procedures, a package member reached through
-- a PUBLIC synonym to another schema's package, a view over a private synonym to another
-- schema's table, and sequences used by a trigger.

-- The schemas' owners. A user has no owner, so orapg keys it under PUBLIC; a name such
-- as `carto.placement` (unresolved.sql) must still not resolve to the user CARTO.
CREATE USER orbit IDENTIFIED EXTERNALLY;
CREATE USER carto IDENTIFIED EXTERNALLY;

-- ORBIT: what CARTO uses.
CREATE TABLE orbit.trips (
  trip_id     NUMBER(10) PRIMARY KEY,
  started_at  DATE NOT NULL,
  km          NUMBER(8,1)
);

CREATE OR REPLACE PACKAGE orbit.geo_math AS
  FUNCTION haversine (p_lat1 IN NUMBER, p_lon1 IN NUMBER,
                      p_lat2 IN NUMBER, p_lon2 IN NUMBER) RETURN NUMBER;
END geo_math;
/
CREATE OR REPLACE PACKAGE BODY orbit.geo_math AS
  FUNCTION haversine (p_lat1 IN NUMBER, p_lon1 IN NUMBER,
                      p_lat2 IN NUMBER, p_lon2 IN NUMBER) RETURN NUMBER IS
    c_radius CONSTANT NUMBER := 6371;
  BEGIN
    RETURN 2 * c_radius * ASIN(SQRT(
             POWER(SIN((p_lat2 - p_lat1) / 2), 2)
             + COS(p_lat1) * COS(p_lat2) * POWER(SIN((p_lon2 - p_lon1) / 2), 2)));
  END haversine;
END geo_math;
/
-- Everyone reaches the package through this name.
CREATE PUBLIC SYNONYM geo FOR orbit.geo_math;

-- CARTO: types.
CREATE OR REPLACE TYPE carto.coord_t AS OBJECT (
  lat  NUMBER(9,6),
  lon  NUMBER(9,6),
  MEMBER FUNCTION km_to (p_other IN coord_t) RETURN NUMBER
) NOT FINAL;
/
CREATE OR REPLACE TYPE carto.coord_list_t AS TABLE OF carto.coord_t;
/
CREATE OR REPLACE TYPE carto.leg_t AS OBJECT (
  leg_from  coord_t,
  leg_to    coord_t
);
/
CREATE OR REPLACE TYPE carto.named_coord_t UNDER carto.coord_t (
  label  VARCHAR2(40)
);
/
-- The body names its own type only as a parameter type; it depends on the
-- specification all the same.
CREATE OR REPLACE TYPE BODY carto.coord_t AS
  MEMBER FUNCTION km_to (p_other IN coord_t) RETURN NUMBER IS
  BEGIN
    RETURN geo.haversine(lat, lon, p_other.lat, p_other.lon);
  END km_to;
END;
/

-- CARTO: tables with columns of those types, and a sequence for each key.
CREATE TABLE carto.landmark (
  landmark_id  NUMBER(10) PRIMARY KEY,
  label        VARCHAR2(80) NOT NULL,
  position     coord_t
);
CREATE TABLE carto.route (
  route_id   NUMBER(10) PRIMARY KEY,
  waypoints  carto.coord_list_t
)
NESTED TABLE waypoints STORE AS route_waypoints;
-- An object table: its rows are of the type.
CREATE TABLE carto.coord_archive OF carto.coord_t;

CREATE SEQUENCE carto.landmark_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE carto.route_seq START WITH 1 INCREMENT BY 1 NOCACHE;

-- The trigger uses one sequence by assignment and the other in a SELECT ... INTO.
CREATE OR REPLACE TRIGGER carto.landmark_bi
  BEFORE INSERT ON carto.landmark
  FOR EACH ROW
DECLARE
  v_route  NUMBER;
BEGIN
  :NEW.landmark_id := landmark_seq.NEXTVAL;
  SELECT carto.route_seq.NEXTVAL INTO v_route FROM dual;
END;
/

-- CARTO: a private synonym to ORBIT's table, and a view that reads it by that name only.
CREATE SYNONYM carto.trips FOR orbit.trips;

CREATE OR REPLACE VIEW carto.v_long_trips AS
  SELECT trip_id, km
    FROM trips
   WHERE km > 100;

-- CARTO: standalone subprograms calling each other.
CREATE OR REPLACE FUNCTION carto.leg_km (p_leg IN leg_t) RETURN NUMBER IS
BEGIN
  RETURN p_leg.leg_from.km_to(p_leg.leg_to);
END leg_km;
/
CREATE OR REPLACE PROCEDURE carto.reset_counters IS
BEGIN
  UPDATE carto.route SET waypoints = NULL WHERE route_id < 0;
END reset_counters;
/
CREATE OR REPLACE PROCEDURE carto.record_leg (p_leg IN carto.leg_t) IS
  v_km  NUMBER;
BEGIN
  v_km := leg_km(p_leg);
  reset_counters;
  INSERT INTO trips (trip_id, started_at, km) VALUES (route_seq.NEXTVAL, SYSDATE, v_km);
END record_leg;
/

-- CARTO: a package whose body calls ORBIT's package through the PUBLIC synonym.
CREATE OR REPLACE PACKAGE carto.map_api AS
  FUNCTION distance_km (p_a IN NUMBER, p_b IN NUMBER) RETURN NUMBER;
END map_api;
/
CREATE OR REPLACE PACKAGE BODY carto.map_api AS
  FUNCTION distance_km (p_a IN NUMBER, p_b IN NUMBER) RETURN NUMBER IS
    v_a  landmark%ROWTYPE;
    v_b  landmark%ROWTYPE;
  BEGIN
    SELECT * INTO v_a FROM carto.landmark WHERE landmark_id = p_a;
    SELECT * INTO v_b FROM carto.landmark WHERE landmark_id = p_b;
    RETURN geo.haversine(v_a.position.lat, v_a.position.lon,
                         v_b.position.lat, v_b.position.lon);
  END distance_km;
END map_api;
/
