-- Exercises: hierarchical query with START WITH, CONNECT BY PRIOR, LEVEL, LPAD indentation and ORDER SIBLINGS BY
SELECT LPAD(' ', 2 * (LEVEL - 1)) || b.bin_label AS bin_tree,
       b.bin_id,
       b.parent_bin_id,
       LEVEL                                     AS depth
  FROM wms.bin_location b
 START WITH b.parent_bin_id IS NULL
        AND b.warehouse_code = 'MAIN'
CONNECT BY PRIOR b.bin_id = b.parent_bin_id
 ORDER SIBLINGS BY b.bin_label;

-- walk upwards: PRIOR on the other side, filter applied after the walk
select level, cc.cost_centre, cc.parent_cost_centre, cc.description
  from fin.cost_centre cc
 where cc.active_flag = 'Y'
 start with cc.cost_centre = 'CC-4711'
connect by cc.cost_centre = prior cc.parent_cost_centre
       and level <= 6;
