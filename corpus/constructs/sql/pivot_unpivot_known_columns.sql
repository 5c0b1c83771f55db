-- Exercises: PIVOT and UNPIVOT whose source columns are known (inline views, a table defined here), so they convert: aliases, two aggregates, two FOR columns, an unaliased value, INCLUDE/EXCLUDE NULLS, two value columns
CREATE TABLE ops.shift_output
(
  plant_code   VARCHAR2(8)  NOT NULL,
  line_no      NUMBER(3)    NOT NULL,
  shift_code   CHAR(1)      NOT NULL,
  work_day     DATE         NOT NULL,
  units_good   NUMBER(9),
  units_scrap  NUMBER(9)
);

CREATE TABLE ops.line_target
(
  plant_code   VARCHAR2(8)  NOT NULL,
  line_no      NUMBER(3)    NOT NULL,
  tgt_early    NUMBER(9),
  tgt_late     NUMBER(9),
  tgt_night    NUMBER(9),
  max_early    NUMBER(9),
  max_late     NUMBER(9)
);

-- good units per shift, one row per plant and line
SELECT *
  FROM (SELECT plant_code, line_no, shift_code, units_good
          FROM ops.shift_output
         WHERE work_day >= DATE '2025-01-01')
 PIVOT (SUM(units_good) FOR shift_code IN ('E' AS early, 'L' AS late, 'N' AS night))
 ORDER BY plant_code, line_no;

-- two aggregates: columns early_good, early_days, late_good, late_days
SELECT p.plant_code, p.early_good, p.late_days
  FROM (SELECT plant_code, shift_code, units_good, work_day
          FROM ops.shift_output)
 PIVOT (SUM(units_good) AS good, COUNT(work_day) AS days
        FOR shift_code IN ('E' AS early, 'L' AS late)) p;

-- two FOR columns, and a value without an alias (its column is named 3)
SELECT *
  FROM (SELECT plant_code, line_no, shift_code, units_scrap FROM ops.shift_output)
 PIVOT (MAX(units_scrap) FOR (line_no, shift_code) IN ((1, 'E') AS l1_early, (2, 'E') AS l2_early));

SELECT *
  FROM (SELECT plant_code, line_no, units_scrap FROM ops.shift_output)
 PIVOT (AVG(units_scrap) FOR line_no IN (1 AS line_1, 3));

-- targets per shift as rows; shifts without a target are dropped (EXCLUDE NULLS)
SELECT plant_code, line_no, shift_code, target_units
  FROM ops.line_target
UNPIVOT (target_units FOR shift_code IN (tgt_early AS 'E', tgt_late AS 'L', tgt_night AS 'N'));

-- kept with INCLUDE NULLS, over an inline view; the label defaults to the column name
SELECT *
  FROM (SELECT plant_code, line_no, tgt_early, tgt_late FROM ops.line_target)
UNPIVOT INCLUDE NULLS (target_units FOR shift_code IN (tgt_early, tgt_late))
 ORDER BY plant_code, line_no, shift_code;

-- two value columns per row
SELECT *
  FROM (SELECT plant_code, line_no, tgt_early, max_early, tgt_late, max_late FROM ops.line_target)
UNPIVOT ((target_units, max_units) FOR shift_code IN ((tgt_early, max_early) AS 'E',
                                                       (tgt_late, max_late) AS 'L')) t;

-- a table created above: its columns give the implicit GROUP BY (plant_code, line_no, work_day, units_scrap)
SELECT *
  FROM ops.shift_output
 PIVOT (SUM(units_good) AS good FOR shift_code IN ('E' AS early, 'N' AS night));

-- SELECT * over UNPIVOT of a known table: the other columns pass through by name
SELECT *
  FROM ops.line_target
UNPIVOT (target_units FOR shift_code IN (tgt_early AS 'E', tgt_late AS 'L', tgt_night AS 'N'))
 ORDER BY plant_code, line_no;

-- a table that a later ALTER TABLE changes: its columns are not known, so this stays manual
CREATE TABLE ops.line_stop
(
  plant_code   VARCHAR2(8)  NOT NULL,
  cause_code   VARCHAR2(4)  NOT NULL,
  minutes      NUMBER(6)
);

ALTER TABLE ops.line_stop ADD (line_no NUMBER(3));

SELECT *
  FROM ops.line_stop
 PIVOT (SUM(minutes) FOR cause_code IN ('MECH' AS mechanical, 'ELEC' AS electrical));

-- in a view
CREATE OR REPLACE VIEW ops.shift_output_by_shift_v AS
SELECT *
  FROM ops.shift_output
 PIVOT (SUM(units_good) AS good, SUM(units_scrap) AS scrap
        FOR shift_code IN ('E' AS early, 'L' AS late, 'N' AS night));
