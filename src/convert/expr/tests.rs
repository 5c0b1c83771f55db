use super::*;
use crate::parser::parse;

/// The SELECT `sql` rewritten, with the codes of its actions (shared by the rewrite
/// modules' tests).
pub(super) fn convert(sql: &str) -> (String, Vec<Code>) {
    let rules = Rules::builtin();
    let tree = parse(Rule::stmt_select, sql).unwrap_or_else(|f| panic!("{sql}: {}", f.message("")));
    let mut rewriter = Rewriter::new(&rules, sql);
    let text = rewriter.render(tree.root().unwrap());
    (text, rewriter.actions.iter().map(|a| a.code).collect())
}

#[test]
fn functions_and_pseudo_columns() {
    assert_eq!(
        convert("select nvl(a, 0) from t").0,
        "select coalesce(a, 0) from t"
    );
    assert_eq!(
        convert("select NVL2(end_date, 'closed', 'open') x from t").0,
        "select (CASE WHEN end_date IS NOT NULL THEN 'closed' ELSE 'open' END) x from t"
    );
    assert_eq!(
        convert("select sysdate from dual").0,
        "select statement_timestamp()::timestamp(0)"
    );
    assert_eq!(
        convert("select add_months(trunc(sysdate, 'MM'), -1) from dual").0,
        "select oracompat.add_months(oracompat.trunc(statement_timestamp()::timestamp(0), 'MM'), -1)"
    );
    assert_eq!(
        convert("select upper(x) from t").0,
        "select upper(x) from t"
    );
    assert_eq!(convert("select calc_bonus(x) from t").1, vec![]);
}

#[test]
fn decode_is_null_safe() {
    assert_eq!(
        convert("select decode(s, 'A', 1, 'B', 2, 0) from t").0,
        "select CASE s WHEN 'A' THEN 1 WHEN 'B' THEN 2 ELSE 0 END from t"
    );
    assert_eq!(
        convert("select decode(s, null, 'none', t.x, 'same') from t").0,
        "select CASE WHEN s IS NULL THEN 'none' WHEN s IS NOT DISTINCT FROM t.x THEN 'same' END from t"
    );
}

#[test]
fn sequences_minus_and_names() {
    assert_eq!(
        convert("select hr.emp_seq.nextval from dual").0,
        "select nextval('hr.emp_seq')"
    );
    assert_eq!(
        convert("select a from t minus select a from u").0,
        "select a from t EXCEPT select a from u"
    );
    assert_eq!(
        convert("select \"EMP\".\"ENAME\", t.limit from \"HR\".\"EMP\" t").0,
        "select emp.ename, t.\"limit\" from hr.emp t"
    );
    let (text, actions) = convert("select a || b from t");
    assert_eq!(text, "select a || b from t");
    assert_eq!(actions, vec![codes::STRING_CONCATENATION_NULL]);
}

#[test]
fn listagg_and_sys_context() {
    assert_eq!(
        convert("select listagg(ename, ', ') within group (order by ename) from emp").0,
        "select string_agg((ename)::text, ', ' order by ename) from emp"
    );
    assert_eq!(
        convert("select sys_context('USERENV', 'CURRENT_SCHEMA') from dual").0,
        "select current_schema"
    );
    assert_eq!(
        convert("select sys_context('APP', 'X') from dual").1,
        vec![codes::APPLICATION_CONTEXT, codes::FROM_DUAL_REMOVED]
    );
}

#[test]
fn comments_and_layout_survive() {
    let sql = "select nvl(a, 0) -- keep me\n  , b\nfrom t /* and me */";
    assert_eq!(
        convert(sql).0,
        "select coalesce(a, 0) -- keep me\n  , b\nfrom t /* and me */"
    );
}

#[test]
fn types_in_casts() {
    assert_eq!(
        convert("select cast(x as varchar2(10 char)) from t").0,
        "select cast(x as varchar(10)) from t"
    );
}

#[test]
fn date_arithmetic() {
    assert_eq!(
        convert("select sysdate + 1 from dual").0,
        "select statement_timestamp()::timestamp(0) + (1) * interval '1 day'"
    );
    assert_eq!(
        convert("select trunc(sysdate) - 7 + 1/24 from dual").0,
        "select oracompat.trunc(statement_timestamp()::timestamp(0)) - (7) * interval '1 day' + (1::numeric/24) * interval '1 day'"
    );
    // `*` and `/` bind tighter: every additive term is a number of days.
    assert_eq!(
        convert("select trunc(sysdate) + 17/24 + 30/(24*60) from dual").0,
        "select oracompat.trunc(statement_timestamp()::timestamp(0)) + (17::numeric/24) * interval '1 day' + (30::numeric/(24*60)) * interval '1 day'"
    );
    // Timestamps subtract to an interval in both databases.
    assert_eq!(
        convert("select systimestamp - timestamp '2024-01-01 00:00:00' from dual").0,
        "select statement_timestamp() - timestamp '2024-01-01 00:00:00'"
    );
    assert_eq!(
        convert("select date '2024-01-01' - date '2023-12-01' from dual").0,
        "select (EXTRACT(EPOCH FROM (TIMESTAMP '2024-01-01' - TIMESTAMP '2023-12-01')) / 86400)"
    );
    assert_eq!(convert("select a + 1 from t").0, "select a + 1 from t");
    assert_eq!(
        convert("select sysdate + interval '1' hour from dual").0,
        "select statement_timestamp()::timestamp(0) + interval '1' hour"
    );
}

fn convert_merge(sql: &str) -> (String, Vec<Code>) {
    let rules = Rules::builtin();
    let tree = parse(Rule::stmt_merge, sql).unwrap();
    let mut rewriter = Rewriter::new(&rules, sql);
    let text = rewriter.render(tree.root().unwrap());
    (text, rewriter.actions.iter().map(|a| a.code).collect())
}

#[test]
fn merge_targets_lose_their_qualifier() {
    let (text, actions) = convert_merge(
        "MERGE INTO t d USING s ON (d.id = s.id) WHEN MATCHED THEN UPDATE SET d.v = s.v WHEN NOT MATCHED THEN INSERT (d.id, d.v) VALUES (s.id, s.v)",
    );
    assert_eq!(
        text,
        "MERGE INTO t d USING s ON (d.id = s.id) WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)"
    );
    assert!(actions.is_empty());
    let (_, actions) = convert_merge(
        "MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET v = s.v DELETE WHERE v IS NULL",
    );
    assert_eq!(actions, vec![codes::SQL_CONSTRUCT_MANUAL]);
}

#[test]
fn q_quotes_become_standard_literals() {
    assert_eq!(
        convert("select q'[it's]', nq'{x}' from t").0,
        "select 'it''s', n'x' from t"
    );
}

#[test]
fn oracle_only_constructs_are_manual() {
    let (_, actions) = convert("select * from a, b where a.id = b.id(+) or b.x is null");
    assert_eq!(actions, vec![codes::OUTER_JOIN_OPERATOR]);
    let (_, actions) = convert("select * from t where rownum <= 10 order by x");
    assert_eq!(actions, vec![codes::ROWNUM]);
    // A join before the hierarchy: not converted (hierarchical.rs converts one table).
    let (_, actions) = convert(
        "select level from t, u where t.id = u.id start with p is null connect by prior t.id = p",
    );
    assert!(actions.contains(&codes::CONNECT_BY));
}

#[test]
fn outer_joins_become_left_joins() {
    let (text, actions) = convert(
        "select e.ename, d.dname from emp e, dept d where e.deptno = d.deptno(+) and d.loc(+) = 'X' and e.sal > 0",
    );
    assert_eq!(
        text,
        "select e.ename, d.dname FROM emp e LEFT JOIN dept d ON e.deptno = d.deptno AND d.loc = 'X' WHERE e.sal > 0"
    );
    assert_eq!(actions, vec![codes::OUTER_JOIN_TO_ANSI]);
    // A chain: b is optional to a, c optional to b.
    let (text, _) = convert("select * from a, b, c where a.id = b.a_id(+) and b.id = c.b_id (+)");
    assert_eq!(
        text,
        "select * FROM a LEFT JOIN b ON a.id = b.a_id LEFT JOIN c ON b.id = c.b_id"
    );
    // (+) inside OR is not an outer join Oracle accepts: left as manual.
    let (_, actions) = convert("select * from a, b where a.id = b.id(+) or a.x = 1");
    assert_eq!(actions, vec![codes::OUTER_JOIN_OPERATOR]);
}

#[test]
fn rownum_filters_become_limit() {
    assert_eq!(
        convert("select * from (select * from t order by d desc) where rownum <= 10").0,
        "select * from (select * from t order by d desc) AS sq1 LIMIT 10"
    );
    assert_eq!(
        convert("select * from t where x = 1 and rownum < 6").0,
        "select * from t WHERE x = 1 LIMIT 5"
    );
    assert_eq!(
        convert("select * from t where rownum = 1").0,
        "select * from t LIMIT 1"
    );
    let (_, actions) = convert("select rownum, x from t where rownum > 1");
    assert_eq!(actions, vec![codes::ROWNUM, codes::ROWNUM]);
}

fn convert_with(rules: &Rules, sql: &str) -> String {
    let tree = parse(Rule::stmt_select, sql).unwrap_or_else(|f| panic!("{sql}: {}", f.message("")));
    let mut rewriter = Rewriter::new(rules, sql);
    rewriter.render(tree.root().unwrap())
}

#[test]
fn schema_map_renames_schema_qualifiers_only() {
    let mut rules = Rules::builtin();
    rules.namer = Namer::new(std::collections::BTreeMap::from([(
        "HR".to_owned(),
        "hr_app".to_owned(),
    )]));
    // Tables, schema.table.column, schema.function(), schema.seq.NEXTVAL.
    assert_eq!(
        convert_with(
            &rules,
            "select hr.emp.id, hr.calc(e.x), hr.emp_seq.nextval from HR.emp e join \"HR\".dept d on d.id = e.dept_id"
        ),
        "select hr_app.emp.id, hr_app.calc(e.x), nextval('hr_app.emp_seq') from hr_app.emp e join hr_app.dept d on d.id = e.dept_id"
    );
    // `hr.x` in an expression is column x of a table or alias hr, not a schema.
    assert_eq!(
        convert_with(&rules, "select hr.name from staff hr, sales.t"),
        "select hr.name from staff hr, sales.t"
    );
}

#[test]
fn orafce_overlay_keeps_orafce_calls() {
    let mut rules = Rules::builtin();
    rules
        .apply_overlay(&crate::convert::overlay::target_extension("orafce").unwrap())
        .unwrap();
    assert_eq!(rules.extensions, ["orafce"]);
    assert_eq!(
        convert_with(
            &rules,
            "select add_months(d, 1), last_day(d), instr(s, 'x'), substr(s, 2), mod(a, b), nvl(a, 0), trunc(d), sysdate + 1 from t"
        ),
        "select oracle.add_months(d, trunc(1)::integer), oracle.last_day(d), oracle.instr(s, 'x'), oracle.substr(s, 2), oracle.mod(a, b), coalesce(a, 0), oracompat.trunc(d), oracle.sysdate() + (1) * interval '1 day' from t"
    );
}

#[test]
fn user_overlay_can_take_over_code_handled_functions() {
    let mut rules = Rules::builtin();
    let overlay = crate::convert::overlay::Overlay::from_toml(
        "[[function]]\noracle = \"DECODE\"\nargs = [3, 8]\npostgres = \"oracle.decode({args})\"\naction = \"orafce-function\"\n",
    )
    .unwrap();
    rules.apply_overlay(&overlay).unwrap();
    assert_eq!(
        convert_with(&rules, "select decode(a, 1, 'x', 'y') from t"),
        "select oracle.decode(a, 1, 'x', 'y') from t"
    );
}

#[test]
fn literals_postgresql_reads_differently() {
    let (sql, actions) = convert("select 17/24, x/2, 3.0f, 7.25D, binary_double_nan from dual");
    assert_eq!(
        sql,
        "select 17::numeric/24, x/2, 3.0::real, 7.25::double precision, 'NaN'::double precision"
    );
    assert!(actions.contains(&codes::INTEGER_LITERAL_DIVISION));
    assert!(actions.contains(&codes::BINARY_FLOAT_LITERAL));
    assert_eq!(
        convert("select interval '123' day(3), interval '1.5' second(2,3), interval '4 05:30:00' day(2) to second(3) from dual").0,
        "select interval '123' day, interval '1.5' second(3), interval '4 05:30:00' day to second(3)"
    );
    assert_eq!(
        convert("select timestamp '2024-03-30 02:30:00 Europe/Amsterdam', timestamp '2024-03-30 02:30:00-05:00', timestamp '2024-03-30 02:30:00' from dual").0,
        "select TIMESTAMP WITH TIME ZONE '2024-03-30 02:30:00 Europe/Amsterdam', TIMESTAMP WITH TIME ZONE '2024-03-30 02:30:00-05:00', timestamp '2024-03-30 02:30:00'"
    );
}
