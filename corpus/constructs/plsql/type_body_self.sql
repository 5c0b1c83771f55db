-- Exercises: object type body with MEMBER methods using SELF explicitly and implicitly, SELF IN OUT member procedure mutating attributes, STATIC factory reading from a table, method chaining, and use of the type from PL/SQL and SQL
CREATE OR REPLACE TYPE logi.route_t AS OBJECT
(
  route_code     VARCHAR2(12),
  origin_depot   NUMBER(8),
  dest_depot     NUMBER(8),
  distance_km    NUMBER(8,1),
  stops          logi.stop_codes_t,

  STATIC FUNCTION load (p_route_code IN VARCHAR2) RETURN route_t,
  MEMBER FUNCTION stop_count RETURN PLS_INTEGER,
  MEMBER FUNCTION eta_hours (p_avg_kmh IN NUMBER DEFAULT 70) RETURN NUMBER,
  MEMBER FUNCTION with_stop (p_stop IN VARCHAR2) RETURN route_t,
  MEMBER PROCEDURE add_stop (SELF IN OUT NOCOPY route_t, p_stop IN VARCHAR2),
  MEMBER PROCEDURE describe (SELF IN route_t)
);
/

CREATE OR REPLACE TYPE BODY logi.route_t
IS
  STATIC FUNCTION load (p_route_code IN VARCHAR2) RETURN route_t IS
    l_route route_t;
  BEGIN
    SELECT route_t(r.route_code, r.origin_depot, r.dest_depot, r.distance_km, logi.stop_codes_t())
      INTO l_route
      FROM logi.route r
     WHERE r.route_code = p_route_code;
    RETURN l_route;
  END load;

  MEMBER FUNCTION stop_count RETURN PLS_INTEGER IS
  BEGIN
    RETURN CASE WHEN SELF.stops IS NULL THEN 0 ELSE SELF.stops.COUNT END;
  END stop_count;

  MEMBER FUNCTION eta_hours (p_avg_kmh IN NUMBER DEFAULT 70) RETURN NUMBER IS
  BEGIN
    -- 20 minutes per stop on top of driving time
    RETURN ROUND(distance_km / p_avg_kmh + stop_count() * 20 / 60, 1);
  END eta_hours;

  MEMBER FUNCTION with_stop (p_stop IN VARCHAR2) RETURN route_t IS
    l_copy route_t := SELF;
  BEGIN
    l_copy.add_stop(p_stop);
    RETURN l_copy;
  END with_stop;

  MEMBER PROCEDURE add_stop (SELF IN OUT NOCOPY route_t, p_stop IN VARCHAR2) IS
  BEGIN
    IF SELF.stops IS NULL THEN
      SELF.stops := logi.stop_codes_t();
    END IF;
    SELF.stops.EXTEND;
    SELF.stops(SELF.stops.LAST) := p_stop;
  END add_stop;

  MEMBER PROCEDURE describe (SELF IN route_t) IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE(route_code || ': ' || origin_depot || ' -> ' || dest_depot
                         || ', ' || SELF.stop_count || ' stops, ~' || eta_hours() || ' h');
  END describe;
END;
/

DECLARE
  l_route logi.route_t := logi.route_t.load('NL-AMS-RTM');
BEGIN
  l_route.add_stop('UTR01');
  l_route := l_route.with_stop('GOU02').with_stop('DDT03');
  l_route.describe;
END;
/
