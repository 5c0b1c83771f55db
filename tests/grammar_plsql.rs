//! The PL/SQL grammar (grammars/plsql.pest): many small cases per construct, the tree
//! shape later stages rely on, recovery, and every PL/SQL unit, anonymous block and EXEC
//! in the corpus.

use orapg::parser::{self, Rule, SyntaxTree};
use std::path::PathBuf;

/// Parses `text` from `rule`; panics with the position and message when it fails.
fn parse_ok(rule: Rule, text: &str) -> SyntaxTree {
    match parser::parse(rule, text) {
        Ok(tree) => tree,
        Err(f) => {
            let (line, column) = line_col(text, f.offset);
            panic!(
                "{rule:?} failed at {line}:{column}: {}\n{}",
                f.message(found(text, f.offset)),
                context(text, f.offset)
            )
        }
    }
}

/// Parses and also requires that nothing fell back to recovery.
fn parses(rule: Rule, text: &str) -> SyntaxTree {
    let tree = parse_ok(rule, text);
    let unparsed: Vec<String> = tree
        .nodes()
        .filter(|n| is_unparsed(n.kind()))
        .map(|n| format!("{:?}: {}", n.kind(), n.text(text)))
        .collect();
    assert!(
        unparsed.is_empty(),
        "{rule:?}: parts fell back to recovery:\n{}\nin:\n{text}",
        unparsed.join("\n")
    );
    tree
}

fn is_unparsed(kind: Rule) -> bool {
    matches!(
        kind,
        Rule::pl_unparsed_statement | Rule::pl_unparsed_declaration
    )
}

/// Up to 30 characters of `text` from `offset`.
fn found(text: &str, offset: usize) -> &str {
    let rest = &text[offset..];
    let end = rest.char_indices().nth(30).map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, column)
}

fn context(text: &str, offset: usize) -> String {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let column = text[start..offset].chars().count();
    format!("{}\n{}^", &text[start..end], " ".repeat(column))
}

fn unit(text: &str) -> SyntaxTree {
    parses(Rule::stmt_plsql_unit, text)
}

fn block(text: &str) -> SyntaxTree {
    parses(Rule::stmt_anonymous_block, text)
}

fn exec(text: &str) -> SyntaxTree {
    parses(Rule::stmt_exec, text)
}

/// Parses the statements inside `BEGIN ... END;`.
fn stmts(body: &str) -> SyntaxTree {
    block(&format!("BEGIN\n{body}\nEND;"))
}

/// Parses the declarations inside `DECLARE ... BEGIN NULL; END;`.
fn decls(declarations: &str) -> SyntaxTree {
    block(&format!("DECLARE\n{declarations}\nBEGIN\n  NULL;\nEND;"))
}

/// The texts of all nodes of `kind` (pest spans may end with the whitespace before an
/// optional part that was absent, hence the trim).
fn texts<'a>(tree: &SyntaxTree, text: &'a str, kind: Rule) -> Vec<&'a str> {
    tree.nodes()
        .filter(|n| n.kind() == kind)
        .map(|n| n.text(text).trim_end())
        .collect()
}

fn count(tree: &SyntaxTree, kind: Rule) -> usize {
    tree.nodes().filter(|n| n.kind() == kind).count()
}

fn fails(rule: Rule, text: &str) {
    assert!(
        parser::parse(rule, text).is_err(),
        "{rule:?} should reject:\n{text}"
    );
}

// ---------------------------------------------------------------------------------------
// Declarations

#[test]
fn variables_and_constants() {
    decls(
        "v_count PLS_INTEGER := 0;
         v_name  VARCHAR2(100 CHAR);
         v_amt   NUMBER(12,2) NOT NULL := 0;
         v_big   NUMBER(*,0) DEFAULT 1;
         c_pi    CONSTANT NUMBER := 3.14159;
         c_max   CONSTANT PLS_INTEGER NOT NULL DEFAULT 10;
         v_emp   emp%ROWTYPE;
         v_sal   emp.sal%TYPE;
         v_sal2  scott.emp.sal%TYPE := 100;
         v_rec   c_emp%ROWTYPE;
         v_other v_sal%TYPE;
         v_flag  BOOLEAN := TRUE;
         v_ts    TIMESTAMP(6) WITH TIME ZONE := SYSTIMESTAMP;
         v_ltz   TIMESTAMP WITH LOCAL TIME ZONE;
         v_iv    INTERVAL DAY(3) TO SECOND(2);
         v_ym    INTERVAL YEAR TO MONTH;
         v_raw   LONG RAW;
         v_dbl   DOUBLE PRECISION;
         v_cur   SYS_REFCURSOR;
         v_obj   money_t := money_t(0, 'EUR');
         v_tab   pkg.t_tab := pkg.t_tab();
         v_xml   XMLTYPE;
         v_any   SYS.ANYDATA;
         v_nc    NVARCHAR2(10) := N'abc';
         v_date  DATE := DATE '2020-01-01';
         v_q     VARCHAR2(50) := q'[it's]';
         v_ref   REF money_t;
         v_cs    VARCHAR2(10) CHARACTER SET ANY_CS;
         \"Mixed Case\" NUMBER;",
    );
}

#[test]
fn exceptions_and_pragmas() {
    let text = "DECLARE
        e_locked EXCEPTION;
        PRAGMA EXCEPTION_INIT(e_locked, -54);
        PRAGMA AUTONOMOUS_TRANSACTION;
        e_custom EXCEPTION;
        pragma exception_init (e_custom, -20001);
    BEGIN
        NULL;
    END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_exception_declaration), 2);
    assert_eq!(count(&tree, Rule::pl_pragma_exception_init), 2);
    assert_eq!(count(&tree, Rule::pl_pragma_autonomous_transaction), 1);

    unit(
        "CREATE PACKAGE p IS
        PRAGMA SERIALLY_REUSABLE;
        FUNCTION f RETURN NUMBER;
        PRAGMA RESTRICT_REFERENCES(f, WNDS, WNPS, RNDS, RNPS);
        PRAGMA RESTRICT_REFERENCES(DEFAULT, WNDS);
        PROCEDURE old_api;
        PRAGMA DEPRECATE(old_api, 'use new_api');
        PRAGMA DEPRECATE(p2);
      END p;",
    );
    let text = "CREATE FUNCTION f(x NUMBER) RETURN NUMBER IS
        PRAGMA UDF;
      BEGIN
        PRAGMA INLINE(g, 'YES');
        PRAGMA COVERAGE('NOT_FEASIBLE');
        RETURN x;
      END;";
    let tree = unit(text);
    assert_eq!(count(&tree, Rule::pl_pragma_udf), 1);
    assert_eq!(count(&tree, Rule::pl_pragma_inline), 1);
    assert_eq!(count(&tree, Rule::pl_pragma_coverage), 1);
    let tree = decls("PRAGMA SUPPRESSES_WARNING_6009(f);");
    assert_eq!(count(&tree, Rule::pl_pragma_other), 1);
}

#[test]
fn records_collections_and_subtypes() {
    let text = "DECLARE
        TYPE t_rec IS RECORD (
            id    NUMBER(10) NOT NULL := 0,
            name  emp.ename%TYPE,
            tags  t_tags,
            added DATE DEFAULT SYSDATE
        );
        TYPE t_num_tab  IS TABLE OF NUMBER;
        TYPE t_name_tab IS TABLE OF VARCHAR2(30) NOT NULL INDEX BY PLS_INTEGER;
        TYPE t_emp_tab  IS TABLE OF emp%ROWTYPE INDEX BY BINARY_INTEGER;
        TYPE t_map      IS TABLE OF NUMBER INDEX BY VARCHAR2(64);
        TYPE t_map2     IS TABLE OF t_rec INDEX BY emp.ename%TYPE;
        TYPE t_arr      IS VARRAY(10) OF VARCHAR2(10);
        TYPE t_arr2     IS VARYING ARRAY (100) OF NUMBER NOT NULL;
        TYPE t_cur      IS REF CURSOR;
        TYPE t_emp_cur  IS REF CURSOR RETURN emp%ROWTYPE;
        TYPE t_refs     IS TABLE OF REF money_t;
        SUBTYPE t_small IS PLS_INTEGER RANGE -10..10;
        SUBTYPE t_pos   IS PLS_INTEGER RANGE 1 .. 1000 NOT NULL;
        SUBTYPE t_name  IS VARCHAR2(30);
        SUBTYPE t_id    IS emp.empno%TYPE NOT NULL;
        v_tab t_num_tab := t_num_tab(1, 2, 3);
    BEGIN
        NULL;
    END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_type_declaration), 11);
    assert_eq!(count(&tree, Rule::pl_record_type), 1);
    assert_eq!(count(&tree, Rule::pl_record_field), 4);
    assert_eq!(count(&tree, Rule::pl_table_type), 6);
    assert_eq!(count(&tree, Rule::pl_index_by), 4);
    assert_eq!(count(&tree, Rule::pl_varray_type), 2);
    assert_eq!(count(&tree, Rule::pl_ref_cursor_type), 2);
    assert_eq!(count(&tree, Rule::pl_subtype_declaration), 4);
    assert_eq!(count(&tree, Rule::pl_subtype_range), 2);
}

#[test]
fn cursors() {
    let text = "DECLARE
        CURSOR c_all IS SELECT * FROM emp;
        CURSOR c_dept (p_deptno NUMBER, p_min IN NUMBER DEFAULT 0) IS
            SELECT empno, ename FROM emp WHERE deptno = p_deptno AND sal > p_min ORDER BY ename;
        CURSOR c_typed (p_id NUMBER) RETURN emp%ROWTYPE IS SELECT * FROM emp WHERE empno = p_id;
        CURSOR c_spec RETURN emp%ROWTYPE;
        CURSOR c_lock IS SELECT * FROM emp FOR UPDATE OF sal NOWAIT;
        CURSOR c_with IS WITH d AS (SELECT 1 x FROM dual) SELECT x FROM d;
        CURSOR c_paren IS (SELECT 1 FROM dual);
    BEGIN
        NULL;
    END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_cursor_declaration), 7);
    assert_eq!(count(&tree, Rule::pl_cursor_return), 2);
}

#[test]
fn nested_subprograms() {
    let text = "DECLARE
        v NUMBER;
        FUNCTION twice (x IN NUMBER) RETURN NUMBER;
        PROCEDURE log_it (p_msg VARCHAR2, p_level PLS_INTEGER := 1) IS
            PRAGMA AUTONOMOUS_TRANSACTION;
        BEGIN
            INSERT INTO log_t (msg, lvl) VALUES (p_msg, p_level);
            COMMIT;
        END log_it;
        FUNCTION twice (x IN NUMBER) RETURN NUMBER IS
            FUNCTION inner RETURN NUMBER IS BEGIN RETURN 2; END;
        BEGIN
            RETURN x * inner;
        END twice;
        PROCEDURE no_args IS BEGIN NULL; END;
    BEGIN
        log_it('x');
        v := twice(2);
    END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_function_declaration), 1);
    assert_eq!(count(&tree, Rule::pl_function_definition), 2);
    assert_eq!(count(&tree, Rule::pl_procedure_definition), 2);
}

/// One declaration per case, each with the node it must produce.
#[test]
fn declaration_cases() {
    use Rule::*;
    for (text, kind) in [
        ("v NUMBER;", pl_variable_declaration),
        ("v NUMBER(5) := 0;", pl_variable_declaration),
        ("v NUMBER DEFAULT NULL;", pl_variable_declaration),
        (
            "v VARCHAR2(10 BYTE) NOT NULL := 'x';",
            pl_variable_declaration,
        ),
        (
            "v CONSTANT DATE := DATE '2000-01-01';",
            pl_variable_declaration,
        ),
        ("v t.c%TYPE;", pl_variable_declaration),
        ("v s.t.c%TYPE;", pl_variable_declaration),
        ("v t%ROWTYPE;", pl_variable_declaration),
        ("v \"T\"%ROWTYPE;", pl_variable_declaration),
        ("v pkg.t_rec;", pl_variable_declaration),
        ("v \"APP\".\"T_OBJ\";", pl_variable_declaration),
        ("v CLOB := EMPTY_CLOB();", pl_variable_declaration),
        ("v RAW(16) := SYS_GUID();", pl_variable_declaration),
        ("v BINARY_DOUBLE := 1.5d;", pl_variable_declaration),
        ("v SIMPLE_INTEGER := 0;", pl_variable_declaration),
        ("v NATURALN := 1;", pl_variable_declaration),
        ("v UROWID;", pl_variable_declaration),
        ("v CHAR;", pl_variable_declaration),
        ("v NCHAR(1);", pl_variable_declaration),
        ("v LONG;", pl_variable_declaration),
        (
            "v JSON_OBJECT_T := JSON_OBJECT_T();",
            pl_variable_declaration,
        ),
        ("v BOOLEAN NOT NULL := FALSE;", pl_variable_declaration),
        ("v INTEGER := -1;", pl_variable_declaration),
        ("v NUMBER := 1e3;", pl_variable_declaration),
        ("type VARCHAR2(10);", pl_variable_declaration),
        ("name VARCHAR2(10);", pl_variable_declaration),
        ("result NUMBER;", pl_variable_declaration),
        ("e EXCEPTION;", pl_exception_declaration),
        ("PRAGMA EXCEPTION_INIT(e, -1);", pl_pragma_exception_init),
        (
            "PRAGMA EXCEPTION_INIT(pkg.e, -20999);",
            pl_pragma_exception_init,
        ),
        ("TYPE r IS RECORD (a NUMBER);", pl_record_type),
        (
            "TYPE r IS RECORD (a NUMBER := 1, b t.c%TYPE NOT NULL DEFAULT 0);",
            pl_record_type,
        ),
        ("TYPE t IS TABLE OF NUMBER;", pl_table_type),
        ("TYPE t IS TABLE OF r INDEX BY PLS_INTEGER;", pl_index_by),
        (
            "TYPE t IS TABLE OF r INDEX BY VARCHAR2(30 CHAR);",
            pl_index_by,
        ),
        (
            "TYPE t IS TABLE OF t.c%TYPE INDEX BY t.k%TYPE;",
            pl_index_by,
        ),
        ("TYPE t AS TABLE OF NUMBER;", pl_table_type),
        ("TYPE t IS VARRAY(3) OF NUMBER;", pl_varray_type),
        ("TYPE t IS VARRAY(c_max) OF NUMBER;", pl_varray_type),
        ("TYPE t IS VARYING ARRAY(3) OF NUMBER;", pl_varray_type),
        ("TYPE c IS REF CURSOR;", pl_ref_cursor_type),
        ("TYPE c IS REF CURSOR RETURN t%ROWTYPE;", pl_ref_cursor_type),
        ("TYPE c IS REF CURSOR RETURN r;", pl_ref_cursor_type),
        ("SUBTYPE s IS NUMBER;", pl_subtype_declaration),
        ("SUBTYPE s IS NUMBER(4,1) NOT NULL;", pl_subtype_declaration),
        ("SUBTYPE s IS PLS_INTEGER RANGE 0..9;", pl_subtype_range),
        (
            "SUBTYPE s IS PLS_INTEGER RANGE -1 .. 1 NOT NULL;",
            pl_subtype_range,
        ),
        ("CURSOR c IS SELECT 1 FROM dual;", pl_cursor_declaration),
        (
            "CURSOR c (a NUMBER) IS SELECT a FROM dual;",
            pl_cursor_declaration,
        ),
        (
            "CURSOR c (a NUMBER := 1, b VARCHAR2 DEFAULT 'x') RETURN r IS SELECT a, b FROM dual;",
            pl_cursor_declaration,
        ),
        ("CURSOR c RETURN t%ROWTYPE;", pl_cursor_return),
        ("PROCEDURE p;", pl_procedure_declaration),
        ("PROCEDURE p (a NUMBER);", pl_procedure_declaration),
        ("PROCEDURE p IS BEGIN NULL; END;", pl_procedure_definition),
        ("PROCEDURE p AS BEGIN NULL; END p;", pl_procedure_definition),
        ("FUNCTION f RETURN NUMBER;", pl_function_declaration),
        (
            "FUNCTION f (a IN NUMBER) RETURN NUMBER DETERMINISTIC;",
            pl_function_declaration,
        ),
        (
            "FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;",
            pl_function_definition,
        ),
        (
            "FUNCTION f RETURN NUMBER IS v NUMBER; BEGIN RETURN v; END f;",
            pl_function_definition,
        ),
        (
            "PRAGMA AUTONOMOUS_TRANSACTION;",
            pl_pragma_autonomous_transaction,
        ),
        ("$IF $$x $THEN v NUMBER; $END", pl_cc_if_declaration),
        (
            "$IF $$x $THEN v NUMBER; $ELSE v VARCHAR2(1); $END",
            pl_cc_if_declaration,
        ),
        (
            "$IF $$x $THEN $ELSIF $$y $THEN v NUMBER; $ELSE $END",
            pl_cc_if_declaration,
        ),
        ("$ERROR 'no' $END", pl_cc_error),
    ] {
        let tree = decls(text);
        assert_eq!(count(&tree, kind), 1, "{kind:?} in {text}");
    }
}

/// One statement per case, each with the node it must produce; the same text without
/// its `;` is also a valid EXEC.
#[test]
fn statement_cases() {
    use Rule::*;
    for (text, kind) in [
        ("x := 1;", pl_assignment),
        ("x := y;", pl_assignment),
        ("x.y := 1;", pl_assignment),
        ("x(1) := 1;", pl_assignment),
        ("x(1).y := 1;", pl_assignment),
        ("x(1)(2) := 1;", pl_assignment),
        (":x := 1;", pl_assignment),
        (":new.x := 1;", pl_assignment),
        ("\"X\" := 1;", pl_assignment),
        ("x := -y * (z + 1) / 2 ** 3 || 'a';", pl_assignment),
        ("x := y IS NULL OR z IS NOT NULL;", pl_assignment),
        ("x := y LIKE 'a%' ESCAPE '\\';", pl_assignment),
        ("x := y MEMBER OF z;", pl_assignment),
        ("x := z IS A SET;", pl_assignment),
        ("x := z MULTISET UNION DISTINCT w;", pl_assignment),
        ("x := SET(z);", pl_assignment),
        ("x := CARDINALITY(z);", pl_assignment),
        ("x := (SELF AS super_t).f();", pl_assignment),
        ("x := SQL%BULK_ROWCOUNT(1);", pl_assignment),
        ("x := SQL%FOUND;", pl_assignment),
        ("p;", pl_call),
        ("p(1);", pl_call),
        ("p(a => 1);", pl_call),
        ("a.b.c(1, 2);", pl_call),
        ("a.b(1).c;", pl_call),
        ("a.b(1).c(2);", pl_call),
        ("x.EXTEND;", pl_call),
        ("x.DELETE(1);", pl_call),
        ("IF a THEN NULL; END IF;", pl_if),
        ("IF a THEN NULL; ELSE NULL; END IF;", pl_else),
        ("IF a THEN NULL; ELSIF b THEN NULL; END IF;", pl_elsif),
        ("CASE WHEN a THEN NULL; END CASE;", pl_case_statement),
        (
            "CASE a WHEN 1 THEN NULL; ELSE NULL; END CASE;",
            pl_case_selector,
        ),
        ("LOOP NULL; END LOOP;", pl_loop),
        ("WHILE a LOOP NULL; END LOOP;", pl_while_loop),
        ("FOR i IN 1..2 LOOP NULL; END LOOP;", pl_for_loop),
        ("FOR i IN REVERSE 1..2 LOOP NULL; END LOOP;", pl_for_loop),
        ("FOR i IN 1..2, 5..6 LOOP NULL; END LOOP;", pl_for_loop),
        ("FOR i IN VALUES OF t LOOP NULL; END LOOP;", pl_for_loop),
        ("FOR i IN PAIRS OF t LOOP NULL; END LOOP;", pl_for_loop),
        ("FOR r IN c LOOP NULL; END LOOP;", pl_cursor_for_loop),
        ("FOR r IN c(1) LOOP NULL; END LOOP;", pl_cursor_for_loop),
        ("FOR r IN pkg.c(1) LOOP NULL; END LOOP;", pl_cursor_for_loop),
        (
            "FOR r IN (SELECT 1 FROM dual) LOOP NULL; END LOOP;",
            pl_cursor_for_loop,
        ),
        ("FORALL i IN 1..2 DELETE t WHERE id = i;", pl_forall),
        (
            "FORALL i IN INDICES OF t SAVE EXCEPTIONS INSERT INTO x VALUES t(i);",
            pl_forall,
        ),
        ("NULL;", pl_null),
        ("EXIT;", pl_exit),
        ("EXIT WHEN a;", pl_exit),
        ("EXIT l WHEN a;", pl_exit),
        ("CONTINUE;", pl_continue),
        ("CONTINUE l;", pl_continue),
        ("GOTO l;", pl_goto),
        ("RETURN;", pl_return),
        ("RETURN 1;", pl_return),
        ("RETURN CASE WHEN a THEN 1 END;", pl_return),
        ("RAISE;", pl_raise),
        ("RAISE e;", pl_raise),
        ("PIPE ROW (r);", pl_pipe_row),
        ("EXECUTE IMMEDIATE s;", pl_execute_immediate),
        ("EXECUTE IMMEDIATE s INTO v;", pl_execute_immediate),
        (
            "EXECUTE IMMEDIATE s USING a, IN b, OUT c, IN OUT d;",
            pl_using_clause,
        ),
        (
            "EXECUTE IMMEDIATE s RETURNING INTO v;",
            pl_dynamic_returning,
        ),
        ("OPEN c;", pl_open),
        ("OPEN c(1, 2);", pl_open),
        ("OPEN c FOR SELECT 1 FROM dual;", pl_open_for),
        ("OPEN c FOR s USING a;", pl_open_for),
        ("FETCH c INTO a;", pl_fetch),
        ("FETCH c BULK COLLECT INTO a LIMIT 10;", pl_fetch_limit),
        ("CLOSE c;", pl_close),
        ("COMMIT;", pl_commit),
        ("COMMIT WORK;", pl_commit),
        ("ROLLBACK;", pl_rollback),
        ("ROLLBACK TO SAVEPOINT s;", pl_rollback),
        ("SAVEPOINT s;", pl_savepoint),
        ("SET TRANSACTION READ WRITE;", pl_set_transaction),
        ("SET TRANSACTION NAME 't';", pl_set_transaction),
        ("LOCK TABLE t IN SHARE MODE;", pl_lock_table),
        (
            "LOCK TABLE t PARTITION (p1) IN EXCLUSIVE MODE NOWAIT;",
            pl_lock_table,
        ),
        ("PRAGMA INLINE (p, 'NO');", pl_pragma_inline),
        ("BEGIN NULL; END;", pl_block),
        ("DECLARE x NUMBER; BEGIN NULL; END;", pl_block),
        ("SELECT 1 INTO x FROM dual;", select_statement),
        (
            "WITH a AS (SELECT 1 y FROM dual) SELECT y INTO x FROM a;",
            select_statement,
        ),
        ("INSERT INTO t VALUES (1);", insert_statement),
        ("UPDATE t SET a = 1;", update_statement),
        ("DELETE t;", delete_statement),
        ("DELETE FROM t WHERE a = 1;", delete_statement),
        (
            "MERGE INTO t USING s ON (t.a = s.a) WHEN MATCHED THEN UPDATE SET t.b = s.b;",
            merge_statement,
        ),
    ] {
        let tree = stmts(text);
        // stmts() wraps the statement in a block of its own.
        let expected = if kind == pl_block { 2 } else { 1 };
        assert_eq!(count(&tree, kind), expected, "{kind:?} in {text}");
        let tree = exec(text.strip_suffix(';').unwrap());
        assert_eq!(count(&tree, kind), 1, "{kind:?} in EXEC {text}");
    }
}

// ---------------------------------------------------------------------------------------
// Subprograms and attributes

#[test]
fn standalone_procedures() {
    for text in [
        "CREATE PROCEDURE p IS BEGIN NULL; END;",
        "CREATE OR REPLACE PROCEDURE scott.p AS BEGIN NULL; END p;",
        "create or replace editionable procedure \"SCOTT\".\"P\" (a in number) is begin null; end;",
        "CREATE OR REPLACE NONEDITIONABLE PROCEDURE p (a IN OUT NOCOPY t_tab, b OUT VARCHAR2, c IN DATE DEFAULT SYSDATE, d BOOLEAN := FALSE, e NUMBER NOT NULL := 1) AUTHID CURRENT_USER IS BEGIN NULL; END;",
        "CREATE PROCEDURE p AUTHID DEFINER ACCESSIBLE BY (PACKAGE api, PROCEDURE scott.q, TRIGGER trg, TYPE t, FUNCTION f, other) IS BEGIN NULL; END;",
        "CREATE PROCEDURE p SHARING = METADATA DEFAULT COLLATION USING_NLS_COMP AUTHID CURRENT_USER AS BEGIN NULL; END;",
        "CREATE PROCEDURE IF NOT EXISTS p IS BEGIN NULL; END;",
        "CREATE PROCEDURE p IS v NUMBER; BEGIN v := 1; EXCEPTION WHEN OTHERS THEN NULL; END p;",
        "CREATE PROCEDURE p\nIS\nBEGIN\n  NULL;\nEND p",
    ] {
        unit(text);
    }
}

#[test]
fn standalone_functions_and_attributes() {
    let text = "CREATE OR REPLACE FUNCTION f (p_id IN NUMBER) RETURN VARCHAR2 DETERMINISTIC PARALLEL_ENABLE RESULT_CACHE RELIES_ON (emp, dept) AUTHID DEFINER IS
        v VARCHAR2(10);
      BEGIN
        RETURN v;
      END f;";
    let tree = unit(text);
    for kind in [
        Rule::pl_function_heading,
        Rule::pl_return_clause,
        Rule::pl_deterministic,
        Rule::pl_parallel_enable,
        Rule::pl_result_cache,
        Rule::pl_authid,
    ] {
        assert_eq!(count(&tree, kind), 1, "{kind:?}");
    }
    assert_eq!(
        texts(&tree, text, Rule::pl_subprogram_name),
        ["f"],
        "function name"
    );
    for text in [
        "CREATE FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;",
        "CREATE FUNCTION f RETURN t_tab PIPELINED IS BEGIN PIPE ROW (1); RETURN; END;",
        "CREATE FUNCTION f (c SYS_REFCURSOR) RETURN t_tab PIPELINED PARALLEL_ENABLE (PARTITION c BY ANY) IS BEGIN RETURN; END;",
        "CREATE FUNCTION f (c t_cur) RETURN t_tab PIPELINED PARALLEL_ENABLE (PARTITION c BY HASH (id, grp) ORDER c BY (id)) IS BEGIN RETURN; END;",
        "CREATE FUNCTION f (c t_cur) RETURN t_tab PARALLEL_ENABLE (PARTITION c BY RANGE (id) CLUSTER c BY (id)) PIPELINED IS BEGIN RETURN; END;",
        "CREATE FUNCTION f (c t_cur) RETURN t_tab PARALLEL_ENABLE (PARTITION c BY VALUE (id)) IS BEGIN RETURN NULL; END;",
        "CREATE FUNCTION f RETURN NUMBER RESULT_CACHE IS BEGIN RETURN 1; END;",
        "CREATE FUNCTION my_avg (x NUMBER) RETURN NUMBER PARALLEL_ENABLE AGGREGATE USING avg_impl_t;",
        "CREATE FUNCTION tf (x NUMBER) RETURN t_tab PIPELINED USING tf_impl_t;",
        "CREATE FUNCTION ptf (t TABLE, c COLUMNS) RETURN TABLE PIPELINED TABLE POLYMORPHIC USING ptf_pkg;",
        "CREATE FUNCTION m (t DBMS_TF.TABLE_T) RETURN VARCHAR2 SQL_MACRO IS BEGIN RETURN 'select * from t'; END;",
        "CREATE FUNCTION m RETURN VARCHAR2 SQL_MACRO(SCALAR) IS BEGIN RETURN '1'; END;",
        "CREATE FUNCTION m RETURN VARCHAR2 SQL_MACRO(TYPE => TABLE) IS BEGIN RETURN 'x'; END;",
        "CREATE FUNCTION f RETURN emp%ROWTYPE IS r emp%ROWTYPE; BEGIN RETURN r; END;",
        "CREATE FUNCTION f RETURN emp.sal%TYPE IS BEGIN RETURN 0; END;",
        "CREATE FUNCTION f RETURN SYS_REFCURSOR IS c SYS_REFCURSOR; BEGIN OPEN c FOR SELECT 1 FROM dual; RETURN c; END;",
        "CREATE FUNCTION f RETURN BOOLEAN IS BEGIN RETURN TRUE; END;",
    ] {
        unit(text);
    }
}

#[test]
fn call_specs() {
    for text in [
        "CREATE OR REPLACE FUNCTION get_prop (k VARCHAR2) RETURN VARCHAR2 AS LANGUAGE JAVA NAME 'java.lang.System.getProperty(java.lang.String) return java.lang.String';",
        "CREATE PROCEDURE hello AS LANGUAGE JAVA NAME 'Hello.main(java.lang.String[])'",
        "CREATE FUNCTION c_fn (x BINARY_INTEGER) RETURN BINARY_INTEGER AS LANGUAGE C NAME \"c_fn\" LIBRARY mylib WITH CONTEXT PARAMETERS (CONTEXT, x INT, RETURN INT);",
        "CREATE FUNCTION c_fn (x PLS_INTEGER) RETURN PLS_INTEGER AS EXTERNAL LIBRARY mylib NAME \"c_fn\" LANGUAGE C CALLING STANDARD C PARAMETERS (x INT, x INDICATOR SHORT);",
        "CREATE FUNCTION js_add (a NUMBER, b NUMBER) RETURN NUMBER AS MLE MODULE math_mod SIGNATURE 'add(number, number)';",
        "CREATE FUNCTION js_inline RETURN NUMBER AS MLE LANGUAGE JAVASCRIPT q'~ return 1; ~';",
        "CREATE LIBRARY mylib AS '/opt/lib/mylib.so';",
        "CREATE OR REPLACE LIBRARY app.extlib IS 'extlib.so' AGENT 'agent_link';",
        "CREATE LIBRARY dirlib AS 'lib.so' IN lib_dir CREDENTIAL app.cred;",
    ] {
        unit(text);
    }
    let tree = unit(
        "CREATE PACKAGE p IS
        FUNCTION f RETURN NUMBER AS LANGUAGE JAVA NAME 'P.f() return int';
        PROCEDURE q (x NUMBER) IS EXTERNAL LIBRARY l NAME \"q\";
      END;",
    );
    assert_eq!(count(&tree, Rule::pl_call_spec), 2);
}

// ---------------------------------------------------------------------------------------
// Packages

#[test]
fn package_spec_and_body() {
    let spec = "CREATE OR REPLACE PACKAGE billing.invoice_api AUTHID CURRENT_USER AS
        c_currency CONSTANT VARCHAR2(3) := 'EUR';
        g_count    PLS_INTEGER;
        e_locked   EXCEPTION;
        PRAGMA EXCEPTION_INIT(e_locked, -20001);
        TYPE t_ids IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
        SUBTYPE t_amount IS NUMBER(12,2);
        CURSOR c_open RETURN invoice%ROWTYPE;
        PROCEDURE issue (p_invoice_id IN NUMBER);
        FUNCTION total_due (p_customer_id IN NUMBER) RETURN NUMBER;
        FUNCTION cached RETURN NUMBER RESULT_CACHE;
      END invoice_api;";
    let tree = unit(spec);
    assert_eq!(count(&tree, Rule::pl_package_spec), 1);
    assert_eq!(
        texts(&tree, spec, Rule::pl_unit_name),
        ["billing.invoice_api"]
    );
    assert_eq!(texts(&tree, spec, Rule::pl_end_name), ["invoice_api"]);
    assert_eq!(count(&tree, Rule::pl_procedure_declaration), 1);
    assert_eq!(count(&tree, Rule::pl_function_declaration), 2);

    let body = "CREATE OR REPLACE PACKAGE BODY billing.invoice_api AS
        g_issued PLS_INTEGER := 0;
        CURSOR c_open RETURN invoice%ROWTYPE IS SELECT * FROM invoice WHERE status = 'OPEN';
        PROCEDURE log_it (m VARCHAR2);
        PROCEDURE issue (p_invoice_id IN NUMBER) IS
        BEGIN
          UPDATE invoice SET status = 'ISSUED' WHERE invoice_id = p_invoice_id;
          IF SQL%ROWCOUNT = 0 THEN
            RAISE e_locked;
          END IF;
          g_issued := g_issued + 1;
        END issue;
        FUNCTION total_due (p_customer_id IN NUMBER) RETURN NUMBER IS
          v_total NUMBER;
        BEGIN
          SELECT SUM(amount_due) INTO v_total FROM invoice WHERE customer_id = p_customer_id;
          RETURN NVL(v_total, 0);
        END total_due;
        FUNCTION cached RETURN NUMBER RESULT_CACHE RELIES_ON (invoice) IS BEGIN RETURN 1; END;
        PROCEDURE log_it (m VARCHAR2) IS BEGIN dbms_output.put_line(m); END;
      BEGIN
        g_issued := 0;
      EXCEPTION
        WHEN OTHERS THEN NULL;
      END invoice_api;";
    let tree = unit(body);
    assert_eq!(count(&tree, Rule::pl_package_body), 1);
    assert_eq!(count(&tree, Rule::pl_package_initialization), 1);
    assert_eq!(count(&tree, Rule::pl_procedure_definition), 2);
    assert_eq!(count(&tree, Rule::pl_function_definition), 2);

    for text in [
        "CREATE PACKAGE p AS END;",
        "CREATE PACKAGE p IS END p;",
        "CREATE OR REPLACE EDITIONABLE PACKAGE \"APP\".\"P\" AS\n  x NUMBER;\nEND \"P\";",
        "CREATE PACKAGE p SHARING = NONE ACCESSIBLE BY (PACKAGE q) DEFAULT COLLATION USING_NLS_COMP IS END;",
        "CREATE PACKAGE BODY p AS END;",
        "CREATE PACKAGE BODY p IS BEGIN init; END p;",
        "create package body p is procedure x is begin null; end; end;",
        "CREATE PACKAGE IF NOT EXISTS p IS END;",
    ] {
        unit(text);
    }
}

// ---------------------------------------------------------------------------------------
// Triggers

#[test]
fn dml_triggers() {
    let text = "CREATE OR REPLACE TRIGGER fleet.trg_vehicle_audit
        BEFORE INSERT OR UPDATE OF odometer_km, status OR DELETE ON fleet.vehicle
        REFERENCING NEW AS n OLD AS o
        FOR EACH ROW
        FOLLOWS fleet.trg_first
        ENABLE
        WHEN (n.odometer_km IS NOT NULL)
      DECLARE
        v_delta NUMBER;
      BEGIN
        v_delta := :n.odometer_km - NVL(:o.odometer_km, 0);
        IF INSERTING OR UPDATING('STATUS') THEN
          :n.updated_at := SYSTIMESTAMP;
        ELSIF DELETING THEN
          NULL;
        END IF;
      END;";
    let tree = unit(text);
    for kind in [
        Rule::pl_trigger_unit,
        Rule::pl_trigger_timing,
        Rule::pl_trigger_events,
        Rule::pl_trigger_target,
        Rule::pl_trigger_referencing,
        Rule::pl_for_each_row,
        Rule::pl_trigger_ordering,
        Rule::pl_trigger_state,
        Rule::pl_trigger_when,
        Rule::pl_block,
    ] {
        assert_eq!(count(&tree, kind), 1, "{kind:?}");
    }
    assert_eq!(count(&tree, Rule::pl_trigger_event), 3);
    assert_eq!(count(&tree, Rule::pl_referencing_alias), 2);
    assert_eq!(
        texts(&tree, text, Rule::pl_trigger_target),
        ["ON fleet.vehicle"]
    );

    for text in [
        "CREATE TRIGGER t AFTER INSERT ON emp BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER DELETE ON emp FOR EACH ROW BEGIN audit_pkg.log(:old.empno); END t;",
        "CREATE OR REPLACE EDITIONABLE TRIGGER \"S\".\"T\" BEFORE UPDATE ON \"S\".\"EMP\" FOR EACH ROW BEGIN :new.x := 1; END;",
        "CREATE TRIGGER t INSTEAD OF INSERT OR UPDATE ON emp_v FOR EACH ROW BEGIN INSERT INTO emp VALUES (:new.id); END;",
        "CREATE TRIGGER t INSTEAD OF INSERT ON NESTED TABLE lines OF order_v REFERENCING NEW AS n PARENT AS p FOR EACH ROW BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE INSERT ON emp FOR EACH ROW CALL emp_pkg.on_insert(:new.empno)",
        "CREATE TRIGGER t BEFORE INSERT ON emp FOR EACH ROW DISABLE BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE INSERT ON emp FOR EACH ROW PRECEDES a, s.b BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE INSERT ON emp REFERENCING OLD AS OLD NEW AS NEW FOR EACH ROW WHEN (NEW.sal > 0) BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE INSERT ON emp FOR EACH ROW FORWARD CROSSEDITION BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE INSERT ON emp FOR EACH ROW\n<<trg>>\nDECLARE\n  x NUMBER;\nBEGIN\n  NULL;\nEND trg;",
    ] {
        unit(text);
    }
}

#[test]
fn system_triggers() {
    for text in [
        "CREATE TRIGGER t AFTER LOGON ON DATABASE BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE LOGOFF ON SCHEMA BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER DDL ON scott.SCHEMA BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE CREATE OR ALTER OR DROP ON SCHEMA BEGIN IF ora_dict_obj_type = 'TABLE' THEN NULL; END IF; END;",
        "CREATE TRIGGER t AFTER SERVERERROR ON DATABASE BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER STARTUP ON DATABASE BEGIN NULL; END;",
        "CREATE TRIGGER t BEFORE SHUTDOWN ON DATABASE BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER GRANT OR REVOKE OR TRUNCATE OR RENAME OR COMMENT ON SCHEMA BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER ASSOCIATE STATISTICS ON SCHEMA BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER SUSPEND ON DATABASE BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER DB_ROLE_CHANGE ON PLUGGABLE DATABASE BEGIN NULL; END;",
        "CREATE TRIGGER t INSTEAD OF CREATE ON SCHEMA BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER LOGON ON DATABASE WHEN (USER <> 'SYS') BEGIN NULL; END;",
        "CREATE TRIGGER t AFTER LOGON ON DATABASE CALL logon_proc",
    ] {
        let tree = unit(text);
        assert!(count(&tree, Rule::pl_system_event) >= 1, "{text}");
    }
}

#[test]
fn compound_triggers() {
    let text = "CREATE OR REPLACE TRIGGER emp_ct
      FOR INSERT OR UPDATE OF sal ON emp
      COMPOUND TRIGGER
        TYPE t_ids IS TABLE OF emp.empno%TYPE;
        g_ids t_ids := t_ids();
        PROCEDURE flush IS BEGIN FORALL i IN 1..g_ids.COUNT DELETE FROM stage WHERE id = g_ids(i); END;
      BEFORE STATEMENT IS
      BEGIN
        g_ids.DELETE;
      END BEFORE STATEMENT;
      BEFORE EACH ROW IS
      BEGIN
        :NEW.changed := SYSDATE;
      END BEFORE EACH ROW;
      AFTER EACH ROW IS
      BEGIN
        g_ids.EXTEND;
        g_ids(g_ids.LAST) := :NEW.empno;
      EXCEPTION
        WHEN OTHERS THEN RAISE;
      END AFTER EACH ROW;
      AFTER STATEMENT IS
      BEGIN
        flush;
      END AFTER STATEMENT;
    END emp_ct;";
    let tree = unit(text);
    assert_eq!(count(&tree, Rule::pl_compound_trigger_block), 1);
    assert_eq!(count(&tree, Rule::pl_timing_point_section), 4);
    unit(
        "CREATE TRIGGER v_ct FOR INSERT ON emp_v COMPOUND TRIGGER
           INSTEAD OF EACH ROW IS BEGIN NULL; END INSTEAD OF EACH ROW;
         END;",
    );
}

// ---------------------------------------------------------------------------------------
// Object types

#[test]
fn object_types() {
    let text = "CREATE OR REPLACE TYPE fin.money_t FORCE AUTHID CURRENT_USER AS OBJECT (
        amount   NUMBER(18,4),
        currency CHAR(3),
        owner    REF person_t,
        CONSTRUCTOR FUNCTION money_t (p_amount NUMBER) RETURN SELF AS RESULT,
        MEMBER FUNCTION add_to (p_other money_t) RETURN money_t,
        MEMBER FUNCTION to_display RETURN VARCHAR2 DETERMINISTIC,
        MEMBER PROCEDURE round_to (SELF IN OUT NOCOPY money_t, p_decimals IN PLS_INTEGER DEFAULT 2),
        STATIC FUNCTION zero (p_currency CHAR) RETURN money_t,
        MAP MEMBER FUNCTION sort_key RETURN NUMBER,
        FINAL MEMBER FUNCTION f RETURN NUMBER,
        NOT INSTANTIABLE MEMBER PROCEDURE p,
        MEMBER FUNCTION j RETURN NUMBER AS LANGUAGE JAVA NAME 'M.j() return int',
        PRAGMA RESTRICT_REFERENCES(sort_key, WNDS)
      ) NOT FINAL NOT INSTANTIABLE;";
    let tree = unit(text);
    assert_eq!(count(&tree, Rule::pl_type_unit), 1);
    assert_eq!(count(&tree, Rule::pl_object_type_def), 1);
    assert_eq!(count(&tree, Rule::pl_type_attribute), 3);
    assert_eq!(count(&tree, Rule::pl_type_method_spec), 9);
    assert_eq!(count(&tree, Rule::pl_type_modifier), 2);
    for text in [
        "CREATE TYPE t;",
        "CREATE TYPE hr.org_unit_t",
        "CREATE TYPE \"HR_ORG\".\"COST_POOL_T\";",
        "CREATE OR REPLACE TYPE t FORCE;",
        "CREATE TYPE t_num_tab AS TABLE OF NUMBER;",
        "CREATE OR REPLACE TYPE t_names IS TABLE OF VARCHAR2(100) NOT NULL;",
        "CREATE TYPE t_arr AS VARRAY(10) OF VARCHAR2(30);",
        "CREATE TYPE t_arr AS VARYING ARRAY (5) OF money_t NOT PERSISTABLE;",
        "CREATE TYPE t_objs AS TABLE OF money_t;",
        "CREATE TYPE emp_t UNDER person_t (salary NUMBER, OVERRIDING MEMBER FUNCTION show RETURN VARCHAR2) NOT FINAL;",
        "CREATE TYPE leaf_t UNDER emp_t (bonus NUMBER);",
        "CREATE TYPE point_t AS OBJECT (x NUMBER, y NUMBER);",
        "CREATE TYPE point_t OID '19A57209ECB73F91E03400400B40BBE3' AS OBJECT (x NUMBER);",
        "CREATE TYPE cmp_t AS OBJECT (v NUMBER, ORDER MEMBER FUNCTION cmp (o cmp_t) RETURN INTEGER);",
        "CREATE TYPE abs_t AS OBJECT (id NUMBER, NOT INSTANTIABLE MEMBER FUNCTION area RETURN NUMBER) NOT INSTANTIABLE NOT FINAL;",
        "CREATE TYPE t AS OBJECT (id NUMBER) NOT PERSISTABLE;",
        "CREATE TYPE agg_t AS OBJECT (total NUMBER,
            STATIC FUNCTION ODCIAggregateInitialize (ctx IN OUT agg_t) RETURN NUMBER,
            MEMBER FUNCTION ODCIAggregateIterate (self IN OUT agg_t, value IN NUMBER) RETURN NUMBER);",
        "CREATE OR REPLACE EDITIONABLE TYPE \"APP\".\"T_TAB\" AS TABLE OF \"APP\".\"T_OBJ\"",
    ] {
        unit(text);
    }
}

#[test]
fn type_bodies() {
    let text = "CREATE OR REPLACE TYPE BODY fin.money_t AS
        CONSTRUCTOR FUNCTION money_t (p_amount NUMBER) RETURN SELF AS RESULT IS
        BEGIN
          SELF.amount := p_amount;
          SELF.currency := 'EUR';
          RETURN;
        END money_t;
        MEMBER FUNCTION add_to (p_other money_t) RETURN money_t IS
        BEGIN
          RETURN money_t(SELF.amount + p_other.amount, SELF.currency);
        END add_to;
        MEMBER PROCEDURE round_to (SELF IN OUT NOCOPY money_t, p_decimals IN PLS_INTEGER DEFAULT 2) IS
        BEGIN
          amount := ROUND(amount, p_decimals);
        END;
        STATIC FUNCTION zero (p_currency CHAR) RETURN money_t IS BEGIN RETURN money_t(0, p_currency); END;
        MAP MEMBER FUNCTION sort_key RETURN NUMBER IS BEGIN RETURN amount; END;
        ORDER MEMBER FUNCTION cmp (o money_t) RETURN INTEGER IS BEGIN RETURN SIGN(amount - o.amount); END;
        OVERRIDING MEMBER FUNCTION show RETURN VARCHAR2 IS BEGIN RETURN (SELF AS person_t).show || '!'; END;
        MEMBER FUNCTION j RETURN NUMBER AS LANGUAGE JAVA NAME 'M.j() return int';
      END;";
    let tree = unit(text);
    assert_eq!(count(&tree, Rule::pl_type_body_unit), 1);
    assert_eq!(count(&tree, Rule::pl_type_method_definition), 8);
    assert_eq!(count(&tree, Rule::pl_self_as_result), 1);
}

// ---------------------------------------------------------------------------------------
// Statements

#[test]
fn assignments() {
    let body = "v := 1;
        v := v + 1;
        r.f := 'x';
        t(i) := 0;
        t(i).f := 1;
        t(i)(j) := 2;
        t(i).g(k).h := 3;
        :NEW.col := SYSDATE;
        :new.a.b := NULL;
        :b := 1;
        pkg.g_var := pkg.f(1);
        SELF.amount := SELF.amount * 2;
        v := CASE WHEN a > 1 THEN 'x' ELSE 'y' END;
        v := NOT found;
        v := a > b AND c IS NOT NULL;
        v := SQL%ROWCOUNT;
        v := c%ISOPEN;
        v := t.COUNT;
        v := t.EXISTS(1);
        v := 2 ** 10;
        v := TREAT(o AS emp_t).salary;
        v := NEW money_t(1, 'EUR');
        v := $$PLSQL_UNIT || $$PLSQL_LINE;
        v := q'{quoted}' || CHR(10);";
    let text = format!("BEGIN\n{body}\nEND;");
    let tree = block(&text);
    assert_eq!(count(&tree, Rule::pl_assignment), 24);
    assert_eq!(count(&tree, Rule::pl_call), 0);
}

#[test]
fn calls() {
    let body = "p;
        p();
        pkg.p;
        schema.pkg.p(1, 'a');
        p(a => 1, b => 'x');
        p(1, b => 2);
        dbms_output.put_line('total: ' || v_total);
        raise_application_error(-20001, 'bad: ' || SQLERRM);
        t.EXTEND;
        t.EXTEND(10);
        t.DELETE;
        t.DELETE(1, 5);
        t.TRIM;
        o.method(1).other(2);
        t(i).method;
        p@remote_db(1);
        \"MixedProc\";";
    let text = format!("BEGIN\n{body}\nEND;");
    let tree = block(&text);
    assert_eq!(count(&tree, Rule::pl_call), 17);
    assert_eq!(count(&tree, Rule::pl_assignment), 0);
}

#[test]
fn conditionals() {
    stmts(
        "IF a THEN NULL; END IF;
         IF a > 1 THEN x := 1; ELSIF a > 0 THEN x := 2; ELSIF a IS NULL THEN NULL; ELSE x := 3; END IF;
         IF a THEN IF b THEN NULL; END IF; ELSE IF c THEN NULL; END IF; END IF;
         IF c1%NOTFOUND OR v IN (1, 2) OR v BETWEEN 1 AND 2 OR EXISTS_FLAG THEN NULL; END IF;
         CASE WHEN a = 1 THEN x := 1; WHEN a = 2 THEN x := 2; ELSE NULL; END CASE;
         CASE a WHEN 1 THEN x := 1; WHEN 2 THEN NULL; END CASE;
         CASE a WHEN 1, 2 THEN NULL; WHEN > 5 THEN NULL; WHEN IS NULL THEN NULL; ELSE NULL; END CASE;
         <<sel>> CASE TRUE WHEN a THEN NULL; END CASE sel;
         CASE WHEN x THEN CASE WHEN y THEN NULL; END CASE; END CASE;",
    );
    let text = "BEGIN IF a THEN x := 1; ELSIF b THEN x := 2; ELSE x := 3; END IF; END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_if), 1);
    assert_eq!(count(&tree, Rule::pl_elsif), 1);
    assert_eq!(count(&tree, Rule::pl_else), 1);
    let tree = stmts("CASE x WHEN 1 THEN NULL; END CASE;");
    assert_eq!(count(&tree, Rule::pl_case_selector), 1);
    assert_eq!(count(&tree, Rule::pl_case_when), 1);
}

#[test]
fn loops() {
    let text = "BEGIN
        LOOP EXIT; END LOOP;
        LOOP FETCH c INTO r; EXIT WHEN c%NOTFOUND; END LOOP;
        <<outer>> LOOP
          <<inner>> LOOP
            EXIT outer WHEN i > 10;
            CONTINUE inner WHEN i = 5;
            CONTINUE;
          END LOOP inner;
        END LOOP outer;
        WHILE i < 10 LOOP i := i + 1; END LOOP;
        WHILE NOT done AND i < 10 LOOP NULL; END LOOP;
        FOR i IN 1..10 LOOP NULL; END LOOP;
        FOR i IN 1 .. 10 LOOP NULL; END LOOP;
        FOR i IN REVERSE 1..v.COUNT LOOP NULL; END LOOP;
        FOR i IN t.FIRST .. t.LAST LOOP NULL; END LOOP;
        FOR i IN (n - 1)..m LOOP NULL; END LOOP;
        FOR i IN lo..hi LOOP NULL; END LOOP lbl;
        FOR i IN 1..10 BY 2 LOOP NULL; END LOOP;
        FOR i IN INDICES OF t LOOP NULL; END LOOP;
        FOR r IN c_emp LOOP NULL; END LOOP;
        FOR r IN c_dept(10, 'x') LOOP NULL; END LOOP;
        FOR r IN (SELECT * FROM emp WHERE deptno = 10) LOOP dbms_output.put_line(r.ename); END LOOP;
        FOR r IN (WITH d AS (SELECT 1 x FROM dual) SELECT x FROM d) LOOP NULL; END LOOP;
        FOR r IN ((SELECT 1 x FROM dual) UNION ALL (SELECT 2 FROM dual)) LOOP NULL; END LOOP;
        GOTO done;
        <<done>>
        NULL;
      END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_loop), 4);
    assert_eq!(count(&tree, Rule::pl_while_loop), 2);
    assert_eq!(count(&tree, Rule::pl_for_loop), 8);
    assert_eq!(count(&tree, Rule::pl_cursor_for_loop), 5);
    assert_eq!(count(&tree, Rule::pl_exit), 3);
    assert_eq!(count(&tree, Rule::pl_continue), 2);
    assert_eq!(count(&tree, Rule::pl_goto), 1);
    assert_eq!(count(&tree, Rule::pl_label), 3);
}

#[test]
fn forall() {
    let text = "BEGIN
        FORALL i IN 1..l_ids.COUNT
          DELETE FROM emp WHERE empno = l_ids(i);
        FORALL i IN l_ids.FIRST .. l_ids.LAST SAVE EXCEPTIONS
          INSERT INTO emp_copy VALUES l_rows(i);
        FORALL i IN INDICES OF l_ids
          UPDATE emp SET sal = sal * 1.1 WHERE empno = l_ids(i) RETURNING sal BULK COLLECT INTO l_sals;
        FORALL i IN INDICES OF l_ids BETWEEN 1 AND 10
          UPDATE emp SET ROW = l_rows(i) WHERE empno = l_rows(i).empno;
        FORALL i IN VALUES OF l_idx
          INSERT INTO t (a, b) VALUES (l_a(i), l_b(i));
        FORALL i IN 1..n
          EXECUTE IMMEDIATE 'delete from t where id = :1' USING l_ids(i);
        FORALL i IN 1..n
          MERGE INTO t USING dual ON (t.id = l_ids(i)) WHEN NOT MATCHED THEN INSERT (id) VALUES (l_ids(i));
      EXCEPTION
        WHEN dml_errors THEN
          FOR j IN 1..SQL%BULK_EXCEPTIONS.COUNT LOOP
            log(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX, SQL%BULK_EXCEPTIONS(j).ERROR_CODE);
          END LOOP;
      END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_forall), 7);
    assert_eq!(count(&tree, Rule::pl_save_exceptions), 1);
}

#[test]
fn dynamic_sql_and_cursors() {
    let text = "BEGIN
        EXECUTE IMMEDIATE 'truncate table t';
        EXECUTE IMMEDIATE l_sql INTO v_count USING p_id;
        EXECUTE IMMEDIATE 'select a, b from t where id = :1' INTO v_a, v_b USING IN p_id;
        EXECUTE IMMEDIATE l_sql BULK COLLECT INTO l_tab USING p_id, p_x;
        EXECUTE IMMEDIATE 'begin p(:1, :2); end;' USING IN v1, OUT v2;
        EXECUTE IMMEDIATE 'begin p(:x); end;' USING IN OUT v;
        EXECUTE IMMEDIATE 'update t set a = 1 where id = :1 returning a into :2' USING p_id RETURNING INTO v_a;
        EXECUTE IMMEDIATE 'delete from t returning id into :1' RETURN BULK COLLECT INTO l_ids;
        EXECUTE IMMEDIATE 'alter session set nls_date_format = ''YYYY-MM-DD''';
        OPEN c_emp;
        OPEN c_dept(10);
        OPEN l_cur FOR SELECT * FROM emp WHERE deptno = p_dept;
        OPEN l_cur FOR l_sql USING p_dept;
        OPEN :rc FOR 'select * from ' || l_table;
        OPEN l_cur FOR WITH x AS (SELECT 1 a FROM dual) SELECT a FROM x;
        FETCH c_emp INTO v_empno, v_ename;
        FETCH c_emp INTO r_emp;
        FETCH l_cur BULK COLLECT INTO l_tab LIMIT 100;
        FETCH l_cur BULK COLLECT INTO l_a, l_b;
        CLOSE c_emp;
        CLOSE :rc;
      END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_execute_immediate), 9);
    assert_eq!(count(&tree, Rule::pl_using_clause), 7);
    assert_eq!(count(&tree, Rule::pl_dynamic_returning), 2);
    assert_eq!(count(&tree, Rule::pl_open), 2);
    assert_eq!(count(&tree, Rule::pl_open_for), 4);
    assert_eq!(count(&tree, Rule::pl_fetch), 4);
    assert_eq!(count(&tree, Rule::pl_fetch_limit), 1);
    assert_eq!(count(&tree, Rule::pl_close), 2);
}

#[test]
fn embedded_sql() {
    let text = "BEGIN
        SELECT COUNT(*) INTO v_count FROM emp WHERE deptno = p_dept;
        SELECT ename, sal INTO v_name, v_sal FROM emp WHERE empno = 1 FOR UPDATE;
        SELECT * BULK COLLECT INTO l_rows FROM emp;
        SELECT empno BULK COLLECT INTO l_ids FROM emp ORDER BY empno FETCH FIRST 10 ROWS ONLY;
        WITH d AS (SELECT 1 x FROM dual) SELECT x INTO v FROM d;
        SELECT x INTO r.f FROM t;
        INSERT INTO emp (empno, ename) VALUES (seq.NEXTVAL, 'X') RETURNING empno INTO v_id;
        INSERT INTO emp VALUES r_emp;
        INSERT INTO emp_hist SELECT * FROM emp WHERE empno = v_id;
        UPDATE emp SET sal = sal * 1.1 WHERE CURRENT OF c_emp;
        UPDATE emp SET ROW = r_emp WHERE empno = r_emp.empno;
        UPDATE emp e SET e.sal = 0 WHERE e.empno = v_id RETURNING e.sal INTO v_sal;
        DELETE FROM emp WHERE CURRENT OF c_emp;
        DELETE emp WHERE empno = v_id RETURNING ename INTO v_name;
        MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.v = s.v WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v);
        COMMIT;
        COMMIT WORK;
        COMMIT WRITE BATCH NOWAIT;
        COMMIT COMMENT 'in-doubt';
        ROLLBACK;
        ROLLBACK WORK;
        ROLLBACK TO SAVEPOINT sp1;
        ROLLBACK TO sp1;
        SAVEPOINT sp1;
        SET TRANSACTION READ ONLY;
        SET TRANSACTION ISOLATION LEVEL SERIALIZABLE NAME 'tx';
        SET TRANSACTION USE ROLLBACK SEGMENT rbs1;
        LOCK TABLE emp IN EXCLUSIVE MODE;
        LOCK TABLE emp, dept IN ROW SHARE MODE NOWAIT;
        LOCK TABLE emp IN SHARE ROW EXCLUSIVE MODE WAIT 10;
      END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::select_statement), 7);
    assert_eq!(count(&tree, Rule::insert_statement), 3);
    assert_eq!(count(&tree, Rule::update_statement), 3);
    assert_eq!(count(&tree, Rule::delete_statement), 2);
    assert_eq!(count(&tree, Rule::merge_statement), 1);
    assert_eq!(count(&tree, Rule::pl_commit), 4);
    assert_eq!(count(&tree, Rule::pl_rollback), 4);
    assert_eq!(count(&tree, Rule::pl_savepoint), 1);
    assert_eq!(count(&tree, Rule::pl_set_transaction), 3);
    assert_eq!(count(&tree, Rule::pl_lock_table), 3);
}

#[test]
fn into_targets() {
    let text = "BEGIN
        SELECT seq.NEXTVAL INTO :NEW.id FROM dual;
        SELECT a, b INTO r.a, t(i).b FROM x;
        FETCH c INTO :new.x, v(1).y;
        EXECUTE IMMEDIATE q INTO r.f;
        UPDATE t SET a = 1 RETURNING a INTO :new.a;
      END;";
    let tree = block(text);
    assert_eq!(
        texts(&tree, text, Rule::into_target),
        [
            ":NEW.id", "r.a", "t(i).b", ":new.x", "v(1).y", "r.f", ":new.a"
        ]
    );
}

#[test]
fn everyday_code() {
    block(
        "DECLARE
           l_idx   PLS_INTEGER;
           l_tab   t_tab := t_tab();
           l_xml   XMLTYPE;
           l_val   VARCHAR2(4000);
         BEGIN
           l_idx := l_map.FIRST;
           WHILE l_idx IS NOT NULL LOOP
             l_val := l_val || ',' || l_map(l_idx).name;
             l_idx := l_map.NEXT(l_idx);
           END LOOP;
           l_val := XMLTYPE(l_clob).extract('/a/b/text()').getStringVal();
           l_tab(l_tab.COUNT + 1) := TO_CHAR(SYSDATE, 'YYYY-MM-DD');
           l_val := JSON_OBJECT('a' VALUE 1, 'b' VALUE l_val);
           SELECT * BULK COLLECT INTO l_rows FROM TABLE(CAST(l_tab AS t_tab)) WHERE ROWNUM <= 10;
           FOR r IN (SELECT column_value v FROM TABLE(l_tab)) LOOP
             IF MOD(r.v, 2) = 0 AND r.v NOT IN (4, 6) THEN
               CONTINUE;
             ELSE IF r.v > 100 THEN EXIT; END IF;
             END IF;
           END LOOP;
           UPDATE emp SET (sal, comm) = (SELECT sal, comm FROM emp_new n WHERE n.empno = emp.empno)
            WHERE deptno = 10;
           INSERT ALL INTO a VALUES (1) INTO b VALUES (2) SELECT * FROM dual;
           DBMS_OUTPUT.PUT_LINE(a => 'x');
           l_val := CASE WHEN l_val IS NULL THEN 'none' ELSE SUBSTR(l_val, 2) END;
         EXCEPTION
           WHEN DUP_VAL_ON_INDEX THEN
             ROLLBACK TO before_x;
           WHEN OTHERS THEN
             ROLLBACK;
             RAISE;
         END;",
    );
}

#[test]
fn simple_statements() {
    let text = "BEGIN
        NULL;
        RETURN;
        RETURN v + 1;
        RAISE;
        RAISE e_bad;
        RAISE pkg.e_bad;
        RAISE NO_DATA_FOUND;
        PIPE ROW (r);
        PIPE ROW (t_row(1, 'x'));
      END;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_null), 1);
    assert_eq!(count(&tree, Rule::pl_return), 2);
    assert_eq!(count(&tree, Rule::pl_raise), 4);
    assert_eq!(count(&tree, Rule::pl_pipe_row), 2);
}

#[test]
fn blocks_and_exception_handlers() {
    let text = "<<outer>>
      DECLARE
        v NUMBER;
      BEGIN
        BEGIN
          NULL;
        END;
        DECLARE
          w NUMBER;
        BEGIN
          w := 1;
        EXCEPTION
          WHEN ZERO_DIVIDE THEN NULL;
        END;
        <<inner>>
        BEGIN
          NULL;
        END inner;
      EXCEPTION
        WHEN NO_DATA_FOUND OR TOO_MANY_ROWS THEN
          v := 0;
        WHEN pkg.e_custom THEN
          RAISE;
        WHEN OTHERS THEN
          log_error(SQLCODE, SQLERRM, DBMS_UTILITY.FORMAT_ERROR_BACKTRACE);
          RAISE;
      END outer;";
    let tree = block(text);
    assert_eq!(count(&tree, Rule::pl_block), 4);
    assert_eq!(count(&tree, Rule::pl_exception_handler), 4);
    assert_eq!(count(&tree, Rule::pl_exception_choice), 5);
    block("BEGIN NULL; END");
    block("begin null; end;");
    block("DECLARE BEGIN NULL; END;");
    block("BEGIN\n  -- only a comment\n  NULL; /* and another */\nEND;");
}

#[test]
fn conditional_compilation() {
    let text = "CREATE OR REPLACE PACKAGE BODY p AS
        $IF DBMS_DB_VERSION.VER_LE_11 $THEN
          g_mode VARCHAR2(10) := 'old';
        $ELSIF DBMS_DB_VERSION.VERSION >= 19 $THEN
          g_mode VARCHAR2(10) := 'new';
          PROCEDURE only_new IS BEGIN NULL; END;
        $ELSE
          $ERROR 'unsupported version ' || DBMS_DB_VERSION.VERSION $END
        $END
        PROCEDURE run IS
        BEGIN
          $IF $$debug $THEN
            dbms_output.put_line('debug: ' || $$PLSQL_UNIT);
          $END
          $IF $$trace AND NOT $$quiet $THEN
            trace;
          $ELSE
            NULL;
          $END
          NULL;
        END run;
      END p;";
    let tree = unit(text);
    assert_eq!(count(&tree, Rule::pl_cc_if_declaration), 1);
    assert_eq!(count(&tree, Rule::pl_cc_if_statement), 2);
    assert_eq!(count(&tree, Rule::pl_cc_error), 1);
}

#[test]
fn exec_statements() {
    for text in [
        ":v_total := 0",
        "dbms_stats.gather_table_stats(USER, 'BIN')",
        "dbms_stats.gather_table_stats(ownname => USER, tabname => 'BIN', cascade => TRUE);",
        "p",
        "NULL",
        "BEGIN p; END;",
        ":rc := pkg.f(1)",
        "DBMS_OUTPUT.ENABLE(NULL)",
    ] {
        exec(text);
    }
    let text = "dbms_lock.sleep(1)";
    let tree = exec(text);
    assert_eq!(count(&tree, Rule::pl_call), 1);
}

#[test]
fn with_function_in_queries() {
    let text = "WITH FUNCTION twice (x NUMBER) RETURN NUMBER IS BEGIN RETURN x * 2; END;
      PROCEDURE noop IS BEGIN NULL; END;
      q AS (SELECT 1 a FROM dual)
      SELECT twice(a) FROM q";
    let tree = parses(Rule::stmt_select, text);
    assert_eq!(count(&tree, Rule::pl_function_definition), 1);
    assert_eq!(count(&tree, Rule::pl_procedure_definition), 1);
    // Declarations alone, without a named subquery.
    let text = "WITH
      FUNCTION initials (p_name VARCHAR2) RETURN VARCHAR2 IS
      BEGIN
        RETURN REGEXP_REPLACE(INITCAP(p_name), '[^A-Z]', '');
      END;
    SELECT customer_name, initials(customer_name) AS ini FROM crm.customer";
    let tree = parses(Rule::stmt_select, text);
    assert_eq!(count(&tree, Rule::pl_function_definition), 1);
}

// ---------------------------------------------------------------------------------------
// The tree: names and attributes where later stages look for them

#[test]
fn unit_header_nodes() {
    let text = "CREATE OR REPLACE EDITIONABLE FUNCTION app.f (a IN NUMBER, b OUT VARCHAR2) RETURN NUMBER DETERMINISTIC IS BEGIN RETURN 1; END f;";
    let tree = unit(text);
    assert_eq!(texts(&tree, text, Rule::pl_or_replace), ["OR REPLACE"]);
    assert_eq!(texts(&tree, text, Rule::pl_editionable), ["EDITIONABLE"]);
    assert_eq!(texts(&tree, text, Rule::pl_subprogram_name), ["app.f"]);
    assert_eq!(texts(&tree, text, Rule::pl_parameter_name), ["a", "b"]);
    assert_eq!(texts(&tree, text, Rule::pl_parameter_mode), ["IN", "OUT"]);
    assert_eq!(
        texts(&tree, text, Rule::pl_return_clause),
        ["RETURN NUMBER"]
    );
    assert_eq!(
        texts(&tree, text, Rule::pl_deterministic),
        ["DETERMINISTIC"]
    );
    assert_eq!(texts(&tree, text, Rule::pl_end_name), ["f"]);
}

#[test]
fn declarations_keep_their_semicolon_statements_do_not() {
    let text = "DECLARE v NUMBER := 1; BEGIN v := 2; p(v); END;";
    let tree = block(text);
    assert_eq!(
        texts(&tree, text, Rule::pl_variable_declaration),
        ["v NUMBER := 1;"]
    );
    assert_eq!(texts(&tree, text, Rule::pl_assignment), ["v := 2"]);
    assert_eq!(texts(&tree, text, Rule::pl_call), ["p(v)"]);
}

#[test]
fn keyword_prefixed_names_are_not_keywords() {
    let tree = stmts(
        "deleted := TRUE; inserting_done := 1; update_count := 0; merge_rows(1); commit_all; open_file; close_log(1); exit_code := 1; return_value := 2; selected := 1; raise_error(1); loop_count := 0; if_flag := 1; nullable := 1; pipe_name := 'x'; fetch_next;",
    );
    assert_eq!(count(&tree, Rule::pl_assignment), 10);
    assert_eq!(count(&tree, Rule::pl_call), 6);
}

// ---------------------------------------------------------------------------------------
// Recovery

#[test]
fn unknown_statement_is_kept_and_the_rest_parsed() {
    let text = "CREATE PACKAGE BODY p AS
        PROCEDURE a IS
        BEGIN
          x := 1;
          FROBNICATE THE (widget) NOW;
          y := 2;
        END a;
        PROCEDURE b IS BEGIN NULL; END b;
      END p;";
    let tree = parse_ok(Rule::stmt_plsql_unit, text);
    assert_eq!(
        texts(&tree, text, Rule::pl_unparsed_statement),
        ["FROBNICATE THE (widget) NOW;"]
    );
    assert_eq!(count(&tree, Rule::pl_assignment), 2);
    assert_eq!(count(&tree, Rule::pl_procedure_definition), 2);
    // The statement alone, re-parsed, says where it went wrong.
    let failure = parser::parse(Rule::stmt_exec, "FROBNICATE THE (widget) NOW;").unwrap_err();
    assert_eq!(failure.offset, "FROBNICATE ".len());
}

#[test]
fn unreadable_compound_statement_is_skipped_whole() {
    let text = "BEGIN
        IF a ==== b THEN
          x := 1;
          LOOP NULL; END LOOP;
        ELSE
          CASE WHEN c THEN NULL; END CASE;
        END IF;
        z := 3;
      END;";
    let tree = parse_ok(Rule::stmt_anonymous_block, text);
    let unparsed = texts(&tree, text, Rule::pl_unparsed_statement);
    assert_eq!(unparsed.len(), 1);
    assert!(unparsed[0].starts_with("IF a ====") && unparsed[0].ends_with("END IF;"));
    assert_eq!(texts(&tree, text, Rule::pl_assignment), ["z := 3"]);
}

#[test]
fn unknown_declaration_is_kept_and_the_rest_parsed() {
    let text = "CREATE PACKAGE BODY p AS
        g_a NUMBER;
        g_b WEIRD THING HERE (1, 2);
        PROCEDURE bad (x NUMBER := ) IS
          v NUMBER;
          PROCEDURE nested IS BEGIN NULL; END;
        BEGIN
          IF x THEN NULL; END IF;
        END bad;
        FUNCTION ext RETURN NUMBER AS LANGUAGE ???;
        PROCEDURE \"Quoted\" (x NUMBER := ) IS BEGIN NULL; END \"Quoted\";
        PROCEDURE good IS BEGIN NULL; END;
      BEGIN
        g_a := 1;
      END p;";
    let tree = parse_ok(Rule::stmt_plsql_unit, text);
    let unparsed = texts(&tree, text, Rule::pl_unparsed_declaration);
    assert_eq!(unparsed.len(), 4, "{unparsed:#?}");
    assert_eq!(unparsed[0], "g_b WEIRD THING HERE (1, 2);");
    assert!(unparsed[1].starts_with("PROCEDURE bad") && unparsed[1].ends_with("END bad;"));
    assert!(unparsed[2].starts_with("FUNCTION ext"));
    assert!(
        unparsed[3].starts_with("PROCEDURE \"Quoted\"") && unparsed[3].ends_with("END \"Quoted\";")
    );
    assert_eq!(count(&tree, Rule::pl_procedure_definition), 1);
    assert_eq!(count(&tree, Rule::pl_package_initialization), 1);
    let failure =
        parser::parse(Rule::stmt_pl_declaration, "g_b WEIRD THING HERE (1, 2);").unwrap_err();
    assert_eq!(failure.offset, "g_b WEIRD ".len());
}

#[test]
fn unclosed_compound_statement_costs_only_itself() {
    let text = "CREATE PACKAGE BODY p AS
        PROCEDURE a IS BEGIN NULL; END a;
        PROCEDURE b IS
        BEGIN
          IF x THEN NULL;
          y := 1;
        END b;
        PROCEDURE c IS BEGIN LOOP NULL; END c;
      END p;";
    let tree = parse_ok(Rule::stmt_plsql_unit, text);
    assert_eq!(
        texts(&tree, text, Rule::pl_unparsed_statement),
        ["IF x THEN NULL;", "LOOP NULL;"]
    );
    assert_eq!(count(&tree, Rule::pl_procedure_definition), 3);
    assert_eq!(texts(&tree, text, Rule::pl_assignment), ["y := 1"]);
}

#[test]
fn recovery_stays_linear_on_unmatched_openers() {
    let text = format!(
        "BEGIN\n{}  NULL;\n  y := 1;\nEND;",
        "  IF x THEN LOOP CASE (IF\n".repeat(40)
    );
    let start = std::time::Instant::now();
    let tree = parse_ok(Rule::stmt_anonymous_block, &text);
    assert_eq!(count(&tree, Rule::pl_unparsed_statement), 1);
    assert_eq!(texts(&tree, &text, Rule::pl_assignment), ["y := 1"]);
    assert!(start.elapsed().as_secs() < 10);
}

#[test]
fn broken_structure_still_fails() {
    fails(Rule::stmt_anonymous_block, "BEGIN NULL;");
    fails(Rule::stmt_plsql_unit, "CREATE PACKAGE p AS x NUMBER;");
    fails(
        Rule::stmt_plsql_unit,
        "CREATE PROCEDURE p IS BEGIN NULL; END; extra",
    );
    fails(Rule::stmt_exec, "p(1) junk");
}

// ---------------------------------------------------------------------------------------
// The corpus

fn corpus_dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    ["constructs", "reader"]
        .iter()
        .map(|d| root.join(d))
        .filter(|p| p.is_dir())
        .collect()
}

/// Every PL/SQL unit, anonymous block and EXEC of `script`, with its entry rule.
fn plsql_statements(script: &orapg::reader::Script) -> Vec<(Rule, &orapg::reader::Statement)> {
    script
        .statements()
        .filter_map(|s| {
            let rule = parser::entry_rule(s.head.kind, s.head.mode)?;
            matches!(
                rule,
                Rule::stmt_plsql_unit | Rule::stmt_anonymous_block | Rule::stmt_exec
            )
            .then_some((rule, s))
        })
        .collect()
}

/// The generated schema export (`orapg::synth`): all of its PL/SQL parses.
#[test]
fn synthetic_plsql_parses() {
    use orapg::reader::{ReadOptions, read_text};
    use orapg::synth::{FileLayout, SynthOptions, generate};

    let files = generate(&SynthOptions {
        objects: 400,
        seed: 7,
        files: FileLayout::Single,
    });
    let mut parsed = 0;
    for (path, text) in &files {
        let script = read_text(&path.to_string_lossy(), text, &ReadOptions::default());
        for (rule, statement) in plsql_statements(&script) {
            parses(rule, statement.text(&script.sources));
            parsed += 1;
        }
    }
    assert!(parsed > 20, "only {parsed} PL/SQL units generated");
}

#[test]
fn corpus_plsql_parses() {
    use orapg::reader::{ReadOptions, read_inputs};
    use orapg::source::discover_inputs;

    let (files, _) = discover_inputs(&corpus_dirs(), &[]);
    let script = read_inputs(&files, &ReadOptions::default());
    let mut failures = Vec::new();
    let mut parsed = 0;
    for (rule, statement) in plsql_statements(&script) {
        let text = statement.text(&script.sources);
        let file = script.sources.get(statement.file);
        let place = |offset: usize| {
            let lc = file.line_col(statement.file_offset(offset));
            format!("{}:{}:{}", file.display_path(), lc.line, lc.column)
        };
        match parser::parse(rule, text) {
            Ok(tree) => {
                parsed += 1;
                for node in tree.nodes().filter(|n| is_unparsed(n.kind())) {
                    let first_line = node.text(text).lines().next().unwrap_or("");
                    failures.push(format!(
                        "{}: {:?} `{first_line}`",
                        place(node.span().start as usize),
                        node.kind()
                    ));
                }
            }
            Err(f) => failures.push(format!(
                "{}: {}\n{}",
                place(f.offset),
                f.message(found(text, f.offset)),
                context(text, f.offset)
            )),
        }
    }
    assert!(parsed > 0, "no PL/SQL found in the corpus");
    assert!(
        failures.is_empty(),
        "{} PL/SQL statement(s) of the corpus did not parse:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Debugging aid: `PLSQL_DUMP=file cargo test --test grammar_plsql dump -- --ignored
/// --nocapture` prints the tree of a unit, block or EXEC text.
#[test]
#[ignore]
fn dump() {
    let Ok(path) = std::env::var("PLSQL_DUMP") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    for rule in [
        Rule::stmt_plsql_unit,
        Rule::stmt_anonymous_block,
        Rule::stmt_exec,
    ] {
        if let Ok(tree) = parser::parse(rule, &text) {
            println!("{}", tree.dump_compact(&text));
            return;
        }
    }
    parse_ok(Rule::stmt_plsql_unit, &text);
}

/// Throughput on the corpus' PL/SQL, one thread: `cargo test --release --test
/// grammar_plsql throughput -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    use orapg::reader::{ReadOptions, read_inputs};
    use orapg::source::discover_inputs;

    let (files, _) = discover_inputs(&corpus_dirs(), &[]);
    let script = read_inputs(&files, &ReadOptions::default());
    let mut units: Vec<(Rule, &str)> = plsql_statements(&script)
        .into_iter()
        .map(|(rule, s)| (rule, s.text(&script.sources)))
        .collect();
    // And a generated export, for volume.
    let generated = orapg::synth::generate(&orapg::synth::SynthOptions {
        objects: 2000,
        seed: 1,
        files: orapg::synth::FileLayout::Single,
    });
    let scripts: Vec<_> = generated
        .iter()
        .map(|(path, text)| {
            orapg::reader::read_text(&path.to_string_lossy(), text, &ReadOptions::default())
        })
        .collect();
    for script in &scripts {
        units.extend(
            plsql_statements(script)
                .into_iter()
                .map(|(rule, s)| (rule, s.text(&script.sources))),
        );
    }
    let lines: usize = units.iter().map(|(_, t)| t.lines().count()).sum();
    let start = std::time::Instant::now();
    let mut rounds = 0;
    while start.elapsed().as_secs_f64() < 3.0 {
        for (rule, text) in &units {
            std::hint::black_box(parser::parse(*rule, text).is_ok());
        }
        rounds += 1;
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{} units, {lines} lines x {rounds} rounds: {:.0} lines/s",
        units.len(),
        (lines * rounds) as f64 / seconds
    );
    // The slowest units per line (best of 50 runs each, to see past other processes).
    let mut costs: Vec<(f64, usize, &str)> = units
        .iter()
        .map(|(rule, text)| {
            let mut best = f64::MAX;
            for _ in 0..50 {
                let start = std::time::Instant::now();
                std::hint::black_box(parser::parse(*rule, text).is_ok());
                best = best.min(start.elapsed().as_secs_f64());
            }
            let n = text.lines().count();
            (best / n as f64, n, text.lines().next().unwrap_or(""))
        })
        .collect();
    let best_total: f64 = costs
        .iter()
        .map(|(per_line, n, _)| per_line * *n as f64)
        .sum();
    println!("best-of-50 total: {:.0} lines/s", lines as f64 / best_total);
    costs.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (per_line, n, first) in costs.iter().take(12) {
        println!("{:>8.0} lines/s {n:>4} lines  {first}", 1.0 / per_line);
    }
}

#[test]
fn errors_point_near_the_problem() {
    // A missing `;`: the statement is kept, and re-parsing it alone says where.
    let text = "BEGIN\n  x := 1\n  y := 2;\nEND;";
    let tree = parse_ok(Rule::stmt_anonymous_block, text);
    let unparsed = texts(&tree, text, Rule::pl_unparsed_statement);
    assert_eq!(unparsed, ["x := 1\n  y := 2;"]);
    let failure = parser::parse(Rule::stmt_exec, unparsed[0]).unwrap_err();
    assert_eq!(&unparsed[0][failure.offset..], "y := 2;");
    // A missing END IF costs the IF, not the block.
    let text = "BEGIN\n  IF a THEN\n    NULL;\nEND;";
    let tree = parse_ok(Rule::stmt_anonymous_block, text);
    assert_eq!(
        texts(&tree, text, Rule::pl_unparsed_statement),
        ["IF a THEN\n    NULL;"]
    );
    // Header errors are plain parse errors at the spot.
    let text = "CREATE PROCEDURE p (a NUMBER IS BEGIN NULL; END;";
    let failure = parser::parse(Rule::stmt_plsql_unit, text).unwrap_err();
    assert_eq!(&text[failure.offset..], "IS BEGIN NULL; END;");
    let text = "CREATE PACKAGE p AS\n  x NUMBER;\n";
    let failure = parser::parse(Rule::stmt_plsql_unit, text).unwrap_err();
    assert_eq!(failure.offset, text.len());
}

/// Rule calls per line on the generated export (pest's call limit bounds them).
#[test]
#[ignore]
fn calls_per_line() {
    use orapg::reader::{ReadOptions, read_text};
    let generated = orapg::synth::generate(&orapg::synth::SynthOptions {
        objects: 400,
        seed: 1,
        files: orapg::synth::FileLayout::Single,
    });
    let (path, text) = &generated[0];
    let script = read_text(&path.to_string_lossy(), text, &ReadOptions::default());
    let units: Vec<(Rule, &str)> = plsql_statements(&script)
        .into_iter()
        .map(|(rule, s)| (rule, s.text(&script.sources)))
        .collect();
    let _ = parser::parse(Rule::stmt_exec, "p");
    let mut ratios = Vec::new();
    for (rule, text) in units
        .iter()
        .filter(|(_, t)| t.lines().count() > 30)
        .take(20)
    {
        let (mut lo, mut hi) = (1usize, 100_000_000usize);
        while lo < hi {
            let mid = (lo + hi) / 2;
            pest::set_call_limit(std::num::NonZeroUsize::new(mid));
            if parser::parse(*rule, text).is_ok() {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        ratios.push(lo as f64 / text.lines().count() as f64);
    }
    pest::set_call_limit(None);
    println!("rule calls per line: {ratios:.0?}");
}
