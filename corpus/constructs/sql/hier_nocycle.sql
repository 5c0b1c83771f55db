-- Exercises: CONNECT BY NOCYCLE PRIOR with CONNECT_BY_ISCYCLE to report loops in a self-referencing table; multiple CONNECT BY conditions
SELECT r.part_no,
       r.component_no,
       LEVEL                                   AS bom_level,
       CONNECT_BY_ISCYCLE                      AS loops_back,
       SYS_CONNECT_BY_PATH(r.part_no, ' -> ')  AS chain
  FROM mfg.bom_relation r
 START WITH r.part_no = :top_part
CONNECT BY NOCYCLE PRIOR r.component_no = r.part_no
           AND PRIOR r.plant_code = r.plant_code;

-- only rows where a cycle was detected
SELECT part_no, chain
  FROM (SELECT part_no,
               CONNECT_BY_ISCYCLE AS cyc,
               SYS_CONNECT_BY_PATH(part_no, '/') AS chain
          FROM mfg.bom_relation
       CONNECT BY NOCYCLE component_no = PRIOR part_no)
 WHERE cyc = 1;
