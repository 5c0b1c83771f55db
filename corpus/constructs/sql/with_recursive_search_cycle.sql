-- Exercises: recursive subquery factoring (11gR2) with column list, UNION ALL, SEARCH DEPTH FIRST / BREADTH FIRST BY ... SET, CYCLE ... SET ... TO ... DEFAULT
WITH bin_tree (bin_id, parent_bin_id, bin_label, depth, path) AS (
  SELECT bin_id, parent_bin_id, bin_label, 1, CAST(bin_label AS VARCHAR2(4000))
    FROM wms.bin_location
   WHERE parent_bin_id IS NULL
  UNION ALL
  SELECT b.bin_id, b.parent_bin_id, b.bin_label, t.depth + 1, t.path || '/' || b.bin_label
    FROM wms.bin_location b
    JOIN bin_tree t ON b.parent_bin_id = t.bin_id
)
SEARCH DEPTH FIRST BY bin_label SET visit_order
SELECT LPAD(' ', 2 * (depth - 1)) || bin_label AS label, path
  FROM bin_tree
 ORDER BY visit_order;

WITH routes (from_depot, to_depot, hops, km) AS (
  SELECT l.from_depot, l.to_depot, 1, l.distance_km
    FROM logi.depot_link l
   WHERE l.from_depot = :origin
  UNION ALL
  SELECT r.from_depot, l.to_depot, r.hops + 1, r.km + l.distance_km
    FROM routes r, logi.depot_link l
   WHERE l.from_depot = r.to_depot
     AND r.hops < 6
)
SEARCH BREADTH FIRST BY to_depot SET bfs_seq
CYCLE to_depot SET is_loop TO 'Y' DEFAULT 'N'
SELECT from_depot, to_depot, hops, km, is_loop
  FROM routes
 WHERE is_loop = 'N'
 ORDER BY bfs_seq;

-- recursive number series without CONNECT BY
WITH n (i) AS (SELECT 1 FROM dual UNION ALL SELECT i + 1 FROM n WHERE i < 12)
SELECT ADD_MONTHS(TRUNC(SYSDATE, 'YYYY'), i - 1) AS month_start FROM n;
