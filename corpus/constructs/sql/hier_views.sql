-- Exercises: hierarchical queries in views over a table created in the same file: LEVEL with ORDER SIBLINGS BY, CONNECT_BY_ROOT, SYS_CONNECT_BY_PATH, CONNECT_BY_ISLEAF, a WHERE filter applied after the walk, NOCYCLE with CONNECT_BY_ISCYCLE and LEVEL in CONNECT BY, a hierarchy over a subquery and over a join, and shapes that stay manual (unqualified columns in a join, SELECT *)
CREATE TABLE org.org_unit (
  unit_id      NUMBER(9) PRIMARY KEY,
  parent_id    NUMBER(9),
  unit_code    VARCHAR2(20) NOT NULL,
  unit_name    VARCHAR2(100),
  closed_flag  CHAR(1) DEFAULT 'N' NOT NULL
);

CREATE OR REPLACE VIEW org.org_unit_tree AS
SELECT LPAD(' ', 2 * (LEVEL - 1)) || u.unit_name AS indented_name, -- indent by depth
       u.unit_id,
       LEVEL AS depth
  FROM org.org_unit u
 START WITH u.parent_id IS NULL
CONNECT BY PRIOR u.unit_id = u.parent_id
 ORDER SIBLINGS BY u.unit_code DESC;

CREATE OR REPLACE VIEW org.org_unit_paths AS
SELECT CONNECT_BY_ROOT unit_code          AS top_code,
       unit_code,
       SYS_CONNECT_BY_PATH(unit_code, '/') AS code_path,
       CONNECT_BY_ISLEAF                   AS is_leaf
  FROM org.org_unit
 WHERE closed_flag = 'N'   /* closed units are dropped after the walk, their children stay */
 START WITH parent_id IS NULL
CONNECT BY PRIOR unit_id = parent_id;

CREATE OR REPLACE VIEW org.org_unit_loops AS
SELECT unit_id, LEVEL AS lvl, CONNECT_BY_ISCYCLE AS closes_loop
  FROM org.org_unit
CONNECT BY NOCYCLE parent_id = PRIOR unit_id AND LEVEL <= 10;

CREATE OR REPLACE VIEW org.open_unit_tree AS
SELECT ou.unit_code, LEVEL AS depth
  FROM (SELECT unit_id, parent_id, unit_code FROM org.org_unit WHERE closed_flag = 'N') ou
CONNECT BY PRIOR ou.unit_id = ou.parent_id
 START WITH ou.parent_id IS NULL;

-- a join: Oracle joins first (c.parent_id = p.unit_id), then walks the hierarchy
CREATE OR REPLACE VIEW org.org_unit_parent_names AS
SELECT LEVEL AS depth, c.unit_code, p.unit_name AS parent_name
  FROM org.org_unit c, org.org_unit p
 WHERE c.parent_id = p.unit_id
 START WITH p.parent_id IS NULL
CONNECT BY PRIOR c.unit_id = c.parent_id;

-- stays manual: a join with unqualified columns (which table has unit_name?)
CREATE OR REPLACE VIEW org.org_unit_names AS
SELECT LEVEL AS depth, unit_name
  FROM org.org_unit c JOIN org.org_unit p ON c.parent_id = p.unit_id
CONNECT BY PRIOR c.unit_id = c.parent_id;

-- stays manual: * would also return the helper columns of the conversion
CREATE OR REPLACE VIEW org.org_unit_all AS
SELECT * FROM org.org_unit START WITH parent_id IS NULL CONNECT BY PRIOR unit_id = parent_id;
