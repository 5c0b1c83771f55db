//! orapg convert's output in a real PostgreSQL: deploy.sql runs whole with
//! ON_ERROR_STOP, and every object the report calls `auto` or `review` deploys on its own,
//! in deploy order. The report never claims what PostgreSQL refuses.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `orapg convert` on `inputs` into a fresh temp dir.
fn convert(inputs: &[&str]) -> tempfile::TempDir {
    convert_with_threads(inputs, None)
}

fn convert_with_threads(inputs: &[&str], threads: Option<&str>) -> tempfile::TempDir {
    convert_with(inputs, threads, &[])
}

/// Runs `orapg convert` on `inputs` with `options` into a fresh temp dir.
fn convert_with(inputs: &[&str], threads: Option<&str>, options: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_orapg"));
    if let Some(threads) = threads {
        command.env("RAYON_NUM_THREADS", threads);
    }
    let status = command
        .arg("convert")
        .args(inputs)
        .args(options)
        .arg("-o")
        .arg(out.path())
        .arg("-q")
        .current_dir(root())
        .status()
        .unwrap();
    assert!(status.success(), "orapg convert {inputs:?} failed");
    out
}

fn report(out: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("report.json")).unwrap()).unwrap()
}

/// Runs a SQL file with psql (ON_ERROR_STOP); returns stderr on failure.
fn run_file(db: &support::postgres::TestDatabase, file: &Path) -> Result<(), String> {
    let output = db.psql().arg("-q").arg("-f").arg(file).output().unwrap();
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// The files deploy.sql includes, in order.
fn deploy_order(out: &Path) -> Vec<String> {
    std::fs::read_to_string(out.join("deploy.sql"))
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("\\ir "))
        // The support library is not an object of the input.
        .filter(|f| *f != "oracompat.sql")
        .map(str::to_owned)
        .collect()
}

fn schema_inputs() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("fleet", vec!["corpus/schemas/fleet/install.sql"]),
        ("billing", vec!["corpus/schemas/billing"]),
        ("clinic", vec!["corpus/schemas/clinic/clinic_create.sql"]),
    ]
}

#[test]
fn deploy_sql_runs_whole_for_each_schema() {
    for (name, inputs) in schema_inputs() {
        let out = convert(&inputs);
        let db = support::postgres::database(&format!("deploy_{name}"));
        if let Err(stderr) = run_file(&db, &out.path().join("deploy.sql")) {
            panic!("deploy.sql of {name} failed:\n{stderr}");
        }
        let mut client = db.connect();
        let tables: i64 = client
            .query_one(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'",
                &[&name],
            )
            .unwrap()
            .get(0);
        let report = report(out.path());
        let converted_tables = report["objects"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["kind"] == "TABLE" && (o["status"] == "auto" || o["status"] == "review"))
            .count() as i64;
        // Partitions are tables too, so there are at least as many as converted tables.
        assert!(
            converted_tables >= 8,
            "{name}: only {converted_tables} tables converted"
        );
        assert!(
            tables >= converted_tables,
            "{name}: {tables} tables in PostgreSQL, {converted_tables} converted"
        );
    }
}

#[test]
fn every_auto_or_review_object_deploys_on_its_own() {
    for (name, inputs) in schema_inputs() {
        let out = convert(&inputs);
        let db = support::postgres::database(&format!("each_{name}"));
        let report = report(out.path());
        // Which output files belong to objects the report says were converted.
        let mut claimed: std::collections::BTreeMap<String, String> = Default::default();
        for object in report["objects"].as_array().unwrap() {
            if object["status"] == "auto" || object["status"] == "review" {
                for file in object["outputs"].as_array().unwrap() {
                    claimed.insert(
                        file.as_str().unwrap().to_owned(),
                        format!("{} {}.{}", object["kind"], object["schema"], object["name"]),
                    );
                }
            }
        }
        run_file(&db, &out.path().join("oracompat.sql")).unwrap();
        let schemas: Vec<String> = std::fs::read_to_string(out.path().join("deploy.sql"))
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("CREATE SCHEMA"))
            .map(str::to_owned)
            .collect();
        let mut client = db.connect();
        for schema in &schemas {
            client.batch_execute(schema).unwrap();
        }
        let mut refused = Vec::new();
        for file in deploy_order(out.path()) {
            if let Err(stderr) = run_file(&db, &out.path().join(&file)) {
                let object = claimed
                    .get(&file)
                    .cloned()
                    .unwrap_or_else(|| "(unclaimed)".into());
                refused.push(format!("{file} [{object}]: {}", stderr.trim()));
            }
        }
        assert!(
            refused.is_empty(),
            "{name}: PostgreSQL refused objects the report calls converted:\n{}",
            refused.join("\n")
        );
        // Every file deploy.sql runs belongs to an object the report calls converted.
        for file in deploy_order(out.path()) {
            assert!(
                claimed.contains_key(&file),
                "{name}: deploy.sql runs {file}, which no auto/review object claims"
            );
        }
    }
}

#[test]
fn converted_output_is_deterministic() {
    let a = convert_with_threads(&["corpus/constructs/ddl"], Some("2"));
    let b = convert_with_threads(&["corpus/constructs/ddl"], Some("1"));
    let files = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let rel = path.strip_prefix(dir).unwrap().display().to_string();
                    out.push((rel, std::fs::read(&path).unwrap()));
                }
            }
        }
        out.sort();
        out
    };
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.len(), fb.len());
    assert!(fa.len() > 100);
    for ((na, ca), (nb, cb)) in fa.iter().zip(&fb) {
        assert_eq!(na, nb);
        assert!(ca == cb, "{na} differs between runs");
    }
}

/// Relations of each kind (r table, p partitioned, v view, m materialized view, S
/// sequence) in a schema.
fn relations(
    client: &mut postgres::Client,
    schema: &str,
) -> std::collections::BTreeMap<String, i64> {
    client
        .query(
            "SELECT c.relkind::text, count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S') GROUP BY 1",
            &[&schema],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get::<_, String>(0), r.get::<_, i64>(1)))
        .collect()
}

#[test]
fn schema_map_deploys_into_the_mapped_schemas() {
    let inputs = ["corpus/schemas/fleet/install.sql", "corpus/schemas/billing"];
    let plain = convert(&inputs);
    let mapped = convert_with(
        &inputs,
        None,
        &[
            "--schema-map",
            "FLEET=fleet_app",
            "--schema-map",
            "billing=Billing Ops",
        ],
    );
    let db = support::postgres::database("schema_map");
    if let Err(stderr) = run_file(&db, &mapped.path().join("deploy.sql")) {
        panic!("deploy.sql with --schema-map failed:\n{stderr}");
    }
    let reference = support::postgres::database("schema_map_plain");
    run_file(&reference, &plain.path().join("deploy.sql")).unwrap();
    let mut client = db.connect();
    let mut plain_client = reference.connect();
    for (oracle, pg) in [("fleet", "fleet_app"), ("billing", "Billing Ops")] {
        let expected = relations(&mut plain_client, oracle);
        assert!(
            expected.get("r").copied().unwrap_or(0) >= 8,
            "{oracle}: {expected:?}"
        );
        assert!(
            expected.contains_key("v") && expected.contains_key("S"),
            "{oracle}: {expected:?}"
        );
        // Every table, view, materialized view and sequence is in the mapped schema,
        // none in the Oracle one.
        assert_eq!(relations(&mut client, pg), expected, "{pg}");
        assert!(
            relations(&mut client, oracle).is_empty(),
            "{oracle} still has objects"
        );
    }
    // Foreign keys point into the mapped schema.
    let foreign_keys: i64 = client
        .query_one(
            "SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.confrelid \
             JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND n.nspname = 'fleet_app'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(
        foreign_keys >= 10,
        "{foreign_keys} foreign keys into fleet_app"
    );
    // Column defaults use the mapped schema's sequences.
    let defaults: i64 = client
        .query_one(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'fleet_app' \
             AND column_default LIKE 'nextval(''fleet_app.%'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(defaults >= 1, "no column default uses a fleet_app sequence");
}

#[test]
fn target_ext_orafce_deploys() {
    if !support::postgres::orafce_or_skip("target_ext_orafce_deploys") {
        return;
    }
    for (name, inputs) in schema_inputs() {
        let out = convert_with(&inputs, None, &["--target-ext", "orafce"]);
        let deploy = std::fs::read_to_string(out.path().join("deploy.sql")).unwrap();
        assert!(deploy.contains("CREATE EXTENSION IF NOT EXISTS orafce;"));
        let db = support::postgres::database(&format!("orafce_{name}"));
        if let Err(stderr) = run_file(&db, &out.path().join("deploy.sql")) {
            panic!("deploy.sql of {name} with --target-ext orafce failed:\n{stderr}");
        }
        let mut client = db.connect();
        let views: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_views WHERE schemaname = $1 AND definition LIKE '%oracle.%'",
                &[&name],
            )
            .unwrap()
            .get(0);
        assert!(views >= 1, "{name}: no view calls orafce");
    }
}

/// The functions --target-ext orafce maps give Oracle's answers, as oracompat's do.
#[test]
fn orafce_functions_give_oracles_answers() {
    if !support::postgres::orafce_or_skip("orafce_functions_give_oracles_answers") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("checks.sql");
    // Each column with the value Oracle 19c returns.
    let checks = [
        ("ADD_MONTHS(DATE '2024-01-31', 1)", "2024-02-29 00:00:00"),
        ("ADD_MONTHS(DATE '2024-02-29', 1)", "2024-03-31 00:00:00"),
        (
            "ADD_MONTHS(TO_DATE('2024-03-15 10:30', 'YYYY-MM-DD HH24:MI'), -2)",
            "2024-01-15 10:30:00",
        ),
        ("LAST_DAY(DATE '2024-02-10')", "2024-02-29 00:00:00"),
        (
            "NEXT_DAY(DATE '2024-05-24', 'MONDAY')",
            "2024-05-27 00:00:00",
        ),
        ("INSTR('abcabc', 'b', 1, 2)", "5"),
        ("INSTR('abcabc', 'x')", "0"),
        ("SUBSTR('abcdef', -3, 2)", "de"),
        ("SUBSTR('abcdef', 2)", "bcdef"),
        ("MOD(7, 0)", "7"),
        ("MOD(-7, 3)", "-1"),
        ("REMAINDER(7, 4)", "-1"),
    ];
    // Only orafce gives these Oracle's answer: PostgreSQL's mod(7, 0) raises division by
    // zero, and the built-in rules leave REMAINDER manual.
    let orafce_only = ["MOD(7, 0)", "REMAINDER(7, 4)"];
    for options in [&["--target-ext", "orafce"][..], &[][..]] {
        let checks: Vec<(&str, &str)> = checks
            .iter()
            .filter(|(expr, _)| !options.is_empty() || !orafce_only.contains(expr))
            .copied()
            .collect();
        let columns: Vec<String> = checks
            .iter()
            .enumerate()
            .map(|(i, (expr, _))| format!("{expr} AS c{i}"))
            .collect();
        std::fs::write(
            &input,
            format!(
                "CREATE TABLE one_row (id NUMBER(1));\nINSERT INTO one_row (id) VALUES (1);\n\
                 CREATE VIEW orafce_checks AS SELECT {}, SYSDATE AS now_c FROM one_row;\n",
                columns.join(",\n  ")
            ),
        )
        .unwrap();
        let select: Vec<String> = (0..checks.len()).map(|i| format!("c{i}::text")).collect();
        let query = format!(
            "SELECT {}, now_c IS NOT NULL FROM public.orafce_checks",
            select.join(", ")
        );
        let out = convert_with(&[input.to_str().unwrap()], None, options);
        let view =
            std::fs::read_to_string(out.path().join("objects/public/view/orafce_checks.sql"))
                .unwrap();
        assert_eq!(
            view.contains("oracle.add_months("),
            !options.is_empty(),
            "{view}"
        );
        let db = support::postgres::database("orafce_checks");
        if let Err(stderr) = run_file(&db, &out.path().join("deploy.sql")) {
            panic!("{options:?}: deploy failed:\n{stderr}\n{view}");
        }
        let row = db
            .connect()
            .query_one(query.as_str(), &[])
            .unwrap_or_else(|e| panic!("{options:?}: {e}\n{view}"));
        for (i, (expr, expected)) in checks.iter().enumerate() {
            let got: String = row.get(i);
            assert_eq!(got, *expected, "{options:?}: {expr}");
        }
        assert!(row.get::<_, bool>(checks.len()), "SYSDATE is null");
    }
}

/// Every object and query of the constructs corpus (DDL and SQL) that `convert` calls
/// automatic or review is one PostgreSQL accepts: each file's objects are created and
/// its queries planned with EXPLAIN, in a transaction of its own (the files are
/// independent snippets), in a database holding oracompat. What depends on something
/// outside its file is held back as manual by the converter, so is not tried.
#[test]
fn every_converted_construct_is_accepted_by_postgresql() {
    use orapg::convert::{Rules, Status, program::convert_program};
    use orapg::reader::{self, ReadOptions, StatementKind};
    use orapg::source::InputFile;
    let db = support::postgres::database("standalone_queries");
    run_file(&db, &root().join("rules/oracompat.sql")).unwrap();
    let mut client = db.connect();
    let mut checked = 0;
    let mut refused = Vec::new();
    let mut files: Vec<PathBuf> = ["corpus/constructs/sql", "corpus/constructs/ddl"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root().join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    for path in files {
        let script = reader::read_inputs(&[InputFile::Path(path.clone())], &ReadOptions::default());
        let program = orapg::ir::parse_program(&script);
        let analysis = orapg::analysis::analyse(&script, &program);
        let units = convert_program(&script, &program, &analysis, &Rules::builtin());
        let statements: Vec<_> = script.statements().collect();
        // The file's own objects first (a query may read a table the file creates), in
        // a transaction rolled back afterwards: files are independent snippets.
        let mut tx = client.transaction().unwrap();
        let schemas: std::collections::BTreeSet<String> = statements
            .iter()
            .filter_map(|s| s.schema.as_deref())
            .map(str::to_lowercase)
            .collect();
        for schema in schemas {
            tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\""))
                .unwrap();
        }
        for unit in units {
            let statement = statements[unit.statement];
            let converted = unit.converted;
            if converted.status == Status::Manual {
                // A manual statement is emitted commented out, never as SQL.
                assert!(
                    converted.sql.is_none() && converted.post.is_empty(),
                    "{}: manual statement with SQL: {:?}",
                    path.display(),
                    converted.sql
                );
            }
            if !matches!(converted.status, Status::Auto | Status::Review) {
                continue;
            }
            let Some(sql) = converted.sql else { continue };
            checked += 1;
            let run = if statement.head.kind == StatementKind::Select {
                format!("EXPLAIN {sql}")
            } else {
                // The object with its partitions and post-data steps (keys, indexes).
                let mut all = vec![sql.clone()];
                all.extend(converted.extra.iter().cloned());
                all.extend(converted.post.iter().map(|p| p.sql.clone()));
                all.join(";\n")
            };
            tx.batch_execute("SAVEPOINT s").unwrap();
            if let Err(e) = tx.batch_execute(&run) {
                tx.batch_execute("ROLLBACK TO SAVEPOINT s").unwrap();
                let line = script
                    .sources
                    .get(statement.file)
                    .line_col(statement.span.start as usize)
                    .line;
                let message = e
                    .as_db_error()
                    .map_or(e.to_string(), |d| d.message().to_owned());
                refused.push(format!("{}:{line}: {message}\n{run}", path.display()));
            }
        }
        tx.rollback().unwrap();
    }
    assert!(checked >= 100, "only {checked} statements checked");
    assert!(
        refused.is_empty(),
        "PostgreSQL refuses:\n{}",
        refused.join("\n\n")
    );
}
