use super::*;

fn parses(rule: Rule, text: &str) {
    if let Err(f) = parse(rule, text) {
        panic!(
            "{text}\n{}^ {}",
            " ".repeat(f.offset),
            f.message(&text[f.offset..])
        );
    }
}

#[test]
fn selects() {
    for text in [
        "select 1 from dual",
        "SELECT e.ename, d.dname FROM emp e, dept d WHERE e.deptno = d.deptno(+) AND d.loc(+) = 'X'",
        "select level, sys_connect_by_path(ename, '/') p from emp start with mgr is null connect by nocycle prior empno = mgr order siblings by ename",
        "select * from (select a.*, rownum rn from t a where rownum <= 10) where rn > 5",
        "select deptno, listagg(ename, ',') within group (order by ename) names from emp group by deptno",
        "select x from t minus select x from u",
        "with q as (select 1 x from dual) select * from q",
        "select max(sal) keep (dense_rank first order by hiredate) from emp",
        "select sum(sal) over (partition by deptno order by hiredate rows between unbounded preceding and current row) from emp",
        "select * from t for update of t.x nowait",
        "select q'[a]' || n'b' || date '2020-01-01' || interval '5' day from dual",
        "select case when a > 1 then 'x' else 'y' end, decode(a, null, 1, 2) from t",
        "select cast(multiset(select x from t) as num_tab) from dual",
        "select * from table(f(1)) t",
        "select * from t fetch first 10 rows only",
        "select * from t as of timestamp systimestamp - interval '1' hour",
        "select * from a left outer join b on a.id = b.id join c using (id)",
        "select * from sales pivot (sum(amt) for qtr in (1 as q1, 2 as q2))",
        "select seq.nextval, sysdate - 1, add_months(trunc(sysdate, 'MM'), -1) from dual",
    ] {
        parses(Rule::stmt_select, text);
    }
}

#[test]
fn dml() {
    parses(
        Rule::stmt_insert,
        "insert into t (a, b) values (1, 'x') returning a into :x",
    );
    parses(
        Rule::stmt_insert,
        "insert all into a values (1) into b values (2) select * from dual",
    );
    parses(
        Rule::stmt_insert,
        "insert first when x > 1 then into a values (x) else into b values (x) select 1 x from dual",
    );
    parses(
        Rule::stmt_update,
        "update emp e set (a, b) = (select 1, 2 from dual), c = default where e.id = :1",
    );
    parses(
        Rule::stmt_delete,
        "delete from emp where id in (select id from gone)",
    );
    parses(
        Rule::stmt_merge,
        "merge into t using s on (t.id = s.id) when matched then update set t.v = s.v delete where t.v is null when not matched then insert (id, v) values (s.id, s.v)",
    );
}

#[test]
fn errors_point_at_the_furthest_position() {
    let text = "select a from t where";
    let failure = parse(Rule::stmt_select, text).unwrap_err();
    assert_eq!(failure.offset, text.len());
    let text = "select a, from t";
    let failure = parse(Rule::stmt_select, text).unwrap_err();
    assert_eq!(&text[failure.offset..], "from t");
}

#[test]
fn tree_keeps_comments_and_spans() {
    let text = "select /*+ full(t) */ a -- note\nfrom t";
    let tree = parse(Rule::stmt_select, text).unwrap();
    let comments: Vec<&str> = tree
        .nodes()
        .filter(|n| n.kind() == Rule::COMMENT)
        .map(|n| n.text(text))
        .collect();
    assert_eq!(comments, ["/*+ full(t) */", "-- note"]);
    let root = tree.root().unwrap();
    assert_eq!(root.kind(), Rule::stmt_select);
    assert_eq!(root.span().range(), 0..text.len());
}

#[test]
fn deep_nesting_fails_cleanly() {
    let text = format!(
        "select {}1{} from dual",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    assert!(parse(Rule::stmt_select, &text).is_err());
    assert_eq!(nesting_depth(&text), 100_000);
}

#[test]
fn outer_join_marker_is_not_a_call() {
    let text = "select 1 from a, b where a.id(+) = b.id and a.k(+) = 'X'";
    let tree = parse(Rule::stmt_select, text).unwrap();
    let markers = tree
        .nodes()
        .filter(|n| n.kind() == Rule::outer_join_marker)
        .count();
    assert_eq!(markers, 2);
    assert!(tree.nodes().all(|n| n.kind() != Rule::call_args));
}
