use super::super::tests::convert;
use crate::catalogue::codes;

/// The query stays as written, with CONNECT BY marked manual and nothing else recorded
/// twice.
fn assert_manual(sql: &str) {
    let (text, actions) = convert(sql);
    assert!(!text.contains("WITH RECURSIVE"), "{sql}\n=> {text}");
    assert!(!text.contains("generate_series"), "{sql}\n=> {text}");
    assert!(actions.contains(&codes::CONNECT_BY), "{sql}: {actions:?}");
    assert!(
        !actions.contains(&codes::CONNECT_BY_TO_RECURSIVE_CTE)
            && !actions.contains(&codes::CONNECT_BY_ROW_GENERATOR),
        "{sql}: {actions:?}"
    );
}

#[test]
fn start_with_connect_by_becomes_a_recursive_cte() {
    let (text, actions) =
        convert("select level, ename from emp start with mgr is null connect by prior empno = mgr");
    assert_eq!(
        text,
        "select level, ename FROM (
WITH RECURSIVE cb_tree AS (
  SELECT emp.*, 1 AS level, empno AS cb_prior_1, array_append(NULL, empno) AS cb_keys, ARRAY[row_number() OVER (ORDER BY empno)] AS cb_order
    FROM emp
   WHERE mgr is null
  UNION ALL
  SELECT emp.*, cb_parent.level + 1, empno, array_append(cb_parent.cb_keys, empno), array_append(cb_parent.cb_order, row_number() OVER (ORDER BY empno))
    FROM (SELECT level, cb_prior_1, cb_keys, cb_order FROM cb_tree) AS cb_parent
    JOIN emp
      ON (cb_parent.cb_prior_1 = mgr)
     AND array_position(cb_parent.cb_keys, empno) IS NULL
)
SELECT cb_tree.*
  FROM cb_tree
) emp ORDER BY cb_order"
    );
    assert_eq!(actions, vec![codes::CONNECT_BY_TO_RECURSIVE_CTE]);
}

#[test]
fn pseudo_columns_become_carried_columns() {
    let (text, actions) = convert(
        "SELECT CONNECT_BY_ROOT e.ename root, SYS_CONNECT_BY_PATH(e.ename, '/') p, CONNECT_BY_ISLEAF leaf, LEVEL \
         FROM emp e WHERE e.sal > 0 START WITH e.mgr IS NULL CONNECT BY PRIOR e.empno = e.mgr ORDER SIBLINGS BY e.ename DESC",
    );
    assert!(
        text.starts_with("SELECT cb_root_1 root, cb_path_1 p, connect_by_isleaf leaf, level FROM (\nWITH RECURSIVE cb_tree AS (\n  SELECT e.*, 1 AS level, e.empno AS cb_prior_1, array_append(NULL, e.empno) AS cb_keys, ARRAY[row_number() OVER (ORDER BY e.ename DESC)] AS cb_order, concat('/', e.ename) AS cb_path_1, e.ename AS cb_root_1\n    FROM emp e\n   WHERE e.mgr IS NULL\n"),
        "{text}"
    );
    // The recursive member carries the root and extends the path from the parent.
    assert!(
        text.contains("concat(cb_parent.cb_path_1, '/', e.ename), cb_parent.cb_root_1\n"),
        "{text}"
    );
    // A leaf: no row of the table has it as parent.
    assert!(text.contains("CASE WHEN EXISTS (SELECT 1 FROM emp e WHERE cb_tree.cb_prior_1 = e.mgr) THEN 0 ELSE 1 END AS connect_by_isleaf"), "{text}");
    // WHERE filters the result, after the hierarchy; siblings order by ename DESC.
    assert!(
        text.ends_with(") e WHERE e.sal > 0 ORDER BY cb_order"),
        "{text}"
    );
    assert_eq!(actions, vec![codes::CONNECT_BY_TO_RECURSIVE_CTE]);
}

#[test]
fn prior_on_the_right_level_in_connect_by_and_nocycle() {
    let (text, actions) = convert(
        "select id, connect_by_iscycle c from t connect by nocycle id = prior parent and level <= 3",
    );
    assert!(text.contains("ON (id = cb_parent.cb_prior_1 and (cb_parent.level + 1) <= 3)\n     AND array_position(cb_parent.cb_keys, parent) IS NULL"), "{text}");
    assert!(text.contains("CASE WHEN EXISTS (SELECT 1 FROM t WHERE (id = cb_tree.cb_prior_1 and (cb_tree.level + 1) <= 3) AND array_position(cb_tree.cb_keys, parent) IS NOT NULL) THEN 1 ELSE 0 END AS connect_by_iscycle"), "{text}");
    // No START WITH: every row is a root.
    assert!(text.contains("    FROM t\n  UNION ALL"), "{text}");
    assert_eq!(actions, vec![codes::CONNECT_BY_TO_RECURSIVE_CTE]);
    // Several PRIOR expressions: the path holds rows of them.
    let (text, _) =
        convert("select a from t start with a = 1 connect by prior a = b and prior c = d");
    assert!(
        text.contains("array_position(cb_parent.cb_keys, ROW(a, c)) IS NULL"),
        "{text}"
    );
}

#[test]
fn other_rules_apply_inside_and_around() {
    // NVL around SYS_CONNECT_BY_PATH: both converted, each recorded once.
    let (text, actions) = convert(
        "select nvl(sys_connect_by_path(name, '/'), 'x') from t where nvl(flag, 'N') = 'Y' start with p is null connect by prior id = p",
    );
    assert!(
        text.starts_with("select coalesce(cb_path_1, 'x') FROM ("),
        "{text}"
    );
    assert!(
        text.contains(") t where coalesce(flag, 'N') = 'Y' ORDER BY cb_order"),
        "{text}"
    );
    assert_eq!(
        actions,
        vec![
            codes::NVL_TO_COALESCE,
            codes::NVL_TO_COALESCE,
            codes::CONNECT_BY_TO_RECURSIVE_CTE
        ]
    );
}

#[test]
fn order_by_and_aggregates_keep_their_own_order() {
    let (text, _) = convert("select name from t connect by prior id = p order by name");
    assert!(text.ends_with(") t order by name"), "{text}");
    // Pseudo-columns in ORDER BY read the carried columns too.
    let (text, _) = convert(
        "select name from t connect by prior id = p order by connect_by_root name, sys_connect_by_path(name, '/') desc, level",
    );
    assert!(
        text.ends_with(") t order by cb_root_1, cb_path_1 desc, level"),
        "{text}"
    );
    assert!(text.contains("name AS cb_root_1"), "{text}");
    // A bind variable is no reason to give up.
    let (text, _) = convert("select name from t start with id = :top connect by prior id = p");
    assert!(text.contains("WHERE id = :top"), "{text}");
    let (text, _) = convert("select count(*) from t connect by prior id = p");
    assert!(text.ends_with(") t"), "{text}");
    let (text, _) = convert("select level, count(*) from t connect by prior id = p group by level");
    assert!(text.ends_with(") t group by level"), "{text}");
}

#[test]
fn comments_survive_and_line_comments_keep_their_line() {
    let (text, _) = convert(
        "select id -- the key\n  from t\n where x = 1 -- only ones\n start with p is null\nconnect by prior id = p",
    );
    assert!(text.starts_with("select id -- the key\n  FROM ("), "{text}");
    assert!(
        text.ends_with(") t\n where x = 1 -- only ones\n ORDER BY cb_order"),
        "{text}"
    );
}

#[test]
fn hierarchical_subquery_in_from() {
    let (text, actions) = convert(
        "select root_code, count(*) from (select connect_by_root code as root_code from acct connect by prior code = parent) tree group by root_code",
    );
    assert!(
        text.contains("(select cb_root_1 as root_code FROM (\nWITH RECURSIVE"),
        "{text}"
    );
    assert!(
        text.ends_with(") acct ORDER BY cb_order) tree group by root_code"),
        "{text}"
    );
    assert_eq!(actions, vec![codes::CONNECT_BY_TO_RECURSIVE_CTE]);
}

#[test]
fn level_row_generator_becomes_generate_series() {
    let (text, actions) = convert("select level as n from dual connect by level <= 5");
    assert_eq!(
        text,
        "select level as n FROM generate_series(1, 5) AS cb_gen(level)"
    );
    assert_eq!(actions, vec![codes::CONNECT_BY_ROW_GENERATOR]);
    assert_eq!(
        convert("select rownum from dual connect by rownum < 5").0,
        "select level FROM generate_series(1, 4) AS cb_gen(level)"
    );
    // Oracle always returns the root row: at least one row.
    assert_eq!(
        convert("select level from dual connect by level <= 0").0,
        "select level FROM generate_series(1, 1) AS cb_gen(level)"
    );
    assert_eq!(
        convert("select level from sys.dual connect by level <= x + 1").0,
        "select level FROM generate_series(1, greatest(x + 1, 1)) AS cb_gen(level)"
    );
    assert_eq!(
        convert("select level from dual connect by level < n").0,
        "select level FROM generate_series(1, greatest(ceil(n) - 1, 1)) AS cb_gen(level)"
    );
    assert_eq!(
        convert("select level from dual where mod(level, 2) = 0 connect by level <= 6").0,
        "select level FROM generate_series(1, 6) AS cb_gen(level) where mod(level, 2) = 0"
    );
}

#[test]
fn unsafe_shapes_stay_manual() {
    // Joins whose columns are not all qualified: which table a name belongs to is not
    // known here.
    assert_manual(
        "select level, x from a, b where a.id = b.id start with a.p is null connect by prior a.id = a.p",
    );
    assert_manual("select level from a join b on a.id = b.id connect by prior id = a.p");
    // A join with (+), an OR across tables, a subquery naming a joined table.
    assert_manual("select a.x from a, b where a.id = b.id(+) connect by prior a.id = a.p");
    assert_manual("select a.x from a, b where a.id = b.id or a.y = 1 connect by prior a.id = a.p");
    assert_manual(
        "select a.x from a, b where a.id = b.id and exists (select 1 from c where c.id = a.id) connect by prior a.id = a.p",
    );
    // * would return the helper columns too.
    assert_manual("select * from t connect by prior id = p");
    assert_manual("select t.* from t connect by prior id = p");
    // PRIOR or ROWNUM outside CONNECT BY.
    assert_manual("select prior name from t connect by prior id = p");
    assert_manual("select rownum, name from t connect by prior id = p");
    // No PRIOR on a table: every row is every row's child.
    assert_manual("select level from t connect by level <= 3");
    // ORDER SIBLINGS BY a position or a select-list alias.
    assert_manual("select name from t connect by prior id = p order siblings by 1");
    assert_manual("select name n from t connect by prior id = p order siblings by n");
    // CONNECT_BY_ISCYCLE needs NOCYCLE in Oracle.
    assert_manual("select connect_by_iscycle from t connect by prior id = p");
    // A subquery in CONNECT BY.
    assert_manual("select id from t connect by prior id = p and p in (select id from u)");
    // The row generator with ROWNUM and a WHERE (ROWNUM counts rows WHERE keeps).
    assert_manual("select rownum from dual where 1 = 1 connect by level <= 5");
    // Other generators on DUAL (a bind variable, a function of LEVEL).
    assert_manual(
        "select regexp_substr(s, '[^,]+', 1, level) from dual connect by regexp_substr(s, '[^,]+', 1, level) is not null",
    );
    // Set operations with ORDER SIBLINGS BY.
    assert_manual(
        "select id from t connect by prior id = p union all select id from u order siblings by id",
    );
    // Nothing recorded twice by the attempt that was given up.
    let (_, actions) =
        convert("select nvl(a.x, 0) from a, b start with a.p is null connect by prior a.id = a.p");
    assert_eq!(
        actions
            .iter()
            .filter(|c| **c == codes::NVL_TO_COALESCE)
            .count(),
        1,
        "{actions:?}"
    );
}

#[test]
fn joins_are_done_before_the_hierarchy() {
    let (text, actions) = convert(
        "select e.name, d.dname, level from emp e, dept d where e.dept_id = d.id and d.dname <> 'X' \
         start with e.boss is null connect by prior e.id = e.boss order siblings by e.name",
    );
    let join = "(SELECT e.name AS e_name, d.dname AS d_dname, e.dept_id AS e_dept_id, d.id AS d_id, e.boss AS e_boss, e.id AS e_id FROM emp e, dept d WHERE e.dept_id = d.id) cb_join";
    assert!(text.starts_with("select cb_join.e_name AS name, cb_join.d_dname AS dname, level FROM (\nWITH RECURSIVE cb_tree AS (\n  SELECT cb_join.*, 1 AS level, cb_join.e_id AS cb_prior_1"), "{text}");
    assert!(
        text.contains(&format!(
            "    FROM {join}\n   WHERE cb_join.e_boss is null\n"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "    JOIN {join}\n      ON (cb_parent.cb_prior_1 = cb_join.e_boss)"
        )),
        "{text}"
    );
    assert!(text.contains("ORDER BY cb_join.e_name"), "{text}");
    // The join predicate went into the derived table; the filter stays outside.
    assert!(
        text.ends_with(") cb_join where cb_join.d_dname <> 'X' ORDER BY cb_order"),
        "{text}"
    );
    assert_eq!(actions, vec![codes::CONNECT_BY_TO_RECURSIVE_CTE]);
    // ANSI joins too; WHERE only with join predicates disappears.
    let (text, _) = convert(
        "select a.x from a join b on a.id = b.a_id, c where c.id = b.c_id connect by prior a.id = a.p",
    );
    assert!(
        text.contains("FROM a join b on a.id = b.a_id, c WHERE c.id = b.c_id) cb_join"),
        "{text}"
    );
    assert!(text.starts_with("select cb_join.a_x AS x FROM"), "{text}");
    assert!(text.ends_with(") cb_join ORDER BY cb_order"), "{text}");
}

#[test]
fn odd_text_around_the_clause() {
    // `--` inside a string on the line before START WITH is no comment.
    let (text, _) =
        convert("select id from t where x = '--' start with p is null connect by prior id = p");
    assert!(
        text.ends_with(") t where x = '--' ORDER BY cb_order"),
        "{text}"
    );
    // CONNECT BY before START WITH, comments inside the clause.
    let (text, actions) = convert(
        "select id from t connect by /* up */ prior id = p start with p is null -- roots\n",
    );
    assert!(text.contains("WHERE p is null"), "{text}");
    assert!(text.contains("ON (cb_parent.cb_prior_1 = p)"), "{text}");
    assert_eq!(actions, vec![codes::CONNECT_BY_TO_RECURSIVE_CTE]);
}
