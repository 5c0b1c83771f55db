-- A '/' or ';' inside literals and comments never ends a statement.
CREATE TABLE fleet_route (
  route_code  VARCHAR2(20) DEFAULT 'A/B;C' NOT NULL,  -- "A/B;C" is the legacy default; keep it
  divider     CHAR(1)      DEFAULT '/',
  note        VARCHAR2(200)
);

/* A block comment with a terminator in it:
/
   and a semicolon; still the same comment. */
INSERT INTO fleet_route (route_code, note)
VALUES ('N/S', 'north/south; via depot');

CREATE OR REPLACE PROCEDURE log_route_change (p_code IN VARCHAR2) IS
  -- The next literal spans lines, and one of them holds only a slash:
  c_banner CONSTANT VARCHAR2(100) := 'route change
/
end of banner';
BEGIN
  /*
  /
  */
  dbms_output.put_line(c_banner || ' ' || p_code || q'[ ;/ ]');
END log_route_change;
/

SELECT route_code FROM fleet_route WHERE route_code LIKE '%/%'
/
