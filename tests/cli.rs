//! The `orapg` binary as users run it: exit codes, formats, stdin, output directory.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn orapg(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_orapg"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

#[test]
fn parse_json_lists_every_statement_and_command() {
    let out = orapg(&["parse", "corpus/reader", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = json(&out);
    let summary = &doc["summary"];
    let statements = doc["statements"].as_array().unwrap();
    let commands = doc["commands"].as_array().unwrap();
    assert_eq!(
        summary["statements"].as_u64().unwrap() as usize,
        statements.len()
    );
    assert_eq!(
        summary["sqlplus_commands"].as_u64().unwrap() as usize,
        commands.len()
    );
    assert_eq!(
        summary["parsed"].as_u64().unwrap() + summary["unparsed"].as_u64().unwrap(),
        summary["statements"].as_u64().unwrap()
    );
    // Every statement says where it is and what it is.
    for s in statements {
        assert!(s["file"].as_str().unwrap().starts_with("corpus/reader/"));
        assert!(s["line"].as_u64().unwrap() >= 1);
        assert!(s["end_line"].as_u64() >= s["line"].as_u64());
        assert!(s["span"]["end"].as_u64() > s["span"]["start"].as_u64());
        assert!(s["kind"].is_string());
    }
    let trigger = statements.iter().find(|s| s["kind"] == "TRIGGER").unwrap();
    assert_eq!(trigger["schema"], "FLEET");
    assert_eq!(trigger["name"], "TRG_VEHICLE_AUDIT");
    assert_eq!(trigger["line"], 2);
    assert_eq!(trigger["terminator"], "slash");
    let includes: Vec<&str> = commands
        .iter()
        .filter(|c| c["kind"] == "INCLUDE_RELATIVE")
        .map(|c| c["arguments"].as_str().unwrap())
        .collect();
    assert_eq!(
        includes,
        [
            "cycle_second.sql",
            "cycle_first.sql",
            "parts_tables.sql",
            "parts_missing_views.sql",
            "cycle_first.sql",
            "parts_tables"
        ]
    );
}

#[test]
fn strict_turns_errors_into_exit_1() {
    let plain = orapg(&["parse", "corpus/reader/missing_terminators.sql", "-q"]);
    assert_eq!(plain.status.code(), Some(0));
    let strict = orapg(&[
        "parse",
        "corpus/reader/missing_terminators.sql",
        "-q",
        "--strict",
    ]);
    assert_eq!(strict.status.code(), Some(1));
    // -q prints errors only, with file, line and column.
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert!(
        stderr.contains("error[OPG0008]: this string literal is never closed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/reader/missing_terminators.sql:6:38"),
        "{stderr}"
    );
    assert!(!stderr.contains("warning["), "{stderr}");
}

#[test]
fn unreadable_input_is_reported_and_the_rest_is_read() {
    let out = orapg(&[
        "parse",
        "no/such/file.sql",
        "corpus/reader/q_quotes.sql",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let doc = json(&out);
    assert_eq!(doc["summary"]["statements"], 7);
    let diagnostic = &doc["diagnostics"][0];
    assert_eq!(diagnostic["code"], "OPG0001");
    assert_eq!(diagnostic["file"], "no/such/file.sql");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(orapg(&["parse"]).status.code(), Some(2));
    assert_eq!(
        orapg(&["parse", "x.sql", "--define", "novalue"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        orapg(&["parse", "x.sql", "--encoding", "klingon"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(orapg(&["frobnicate"]).status.code(), Some(2));
    let help = orapg(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("Exit codes:") && text.contains("Examples:"),
        "{text}"
    );
}

#[test]
fn stdin_and_defines() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_orapg"))
        .args(["parse", "-", "--format", "json", "--define", "OWNER=hr"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"create table &owner..emp (id number);\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc = json(&out);
    let s = &doc["statements"][0];
    assert_eq!(
        (s["file"].as_str(), s["schema"].as_str(), s["name"].as_str()),
        (Some("<stdin>"), Some("HR"), Some("EMP"))
    );
}

#[test]
fn out_dir_receives_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("parse-out");
    let out = orapg(&[
        "parse",
        "corpus/reader/q_quotes.sql",
        "--format",
        "json",
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("parse.json")).unwrap())
            .unwrap();
    assert_eq!(written["summary"]["statements"], 7);
}

#[test]
fn text_output_is_deterministic() {
    let a = orapg(&["parse", "corpus", "--format", "json"]);
    let b = orapg(&["parse", "corpus", "--format", "json"]);
    assert_eq!(a.stdout, b.stdout);
    let single = Command::new(env!("CARGO_BIN_EXE_orapg"))
        .args(["parse", "corpus", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .unwrap();
    assert_eq!(a.stdout, single.stdout);
}

#[test]
fn rules_lists_and_explains_codes() {
    let out = orapg(&["rules"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l.starts_with("OPG0005  warning  include-cycle")),
        "{text}"
    );
    let one = orapg(&["rules", "OPG0007"]);
    assert!(
        String::from_utf8_lossy(&one.stdout)
            .starts_with("# OPG0007 `undefined-substitution-variable`")
    );
    assert_eq!(orapg(&["rules", "OPG9999"]).status.code(), Some(2));
}

#[test]
fn parse_errors_point_at_line_and_column() {
    let out = orapg(&[
        "parse",
        "corpus/reader/substitution.sql",
        "--format",
        "json",
    ]);
    let doc = json(&out);
    let grant = doc["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "GRANT")
        .unwrap();
    assert_eq!(grant["status"], "unparsed");
    let error = grant["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "OPG0020")
        .unwrap();
    // `GRANT SELECT ON &app_owner..customer TO &report_role;` with report_role undefined:
    // the grammar stops at the `&` of line 10, column 41.
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(10), Some(41))
    );
    assert_eq!(error["message"], "expected ddl grantee, found `&`");
}

/// Every `.sql` file under `dir`, with its path relative to `dir`.
fn sql_files(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "sql") {
                let rel = path.strip_prefix(dir).unwrap().display().to_string();
                out.push((rel, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The SQL of a file: lines that are not `--` comments.
fn sql_lines(content: &str) -> impl Iterator<Item = &str> {
    content
        .lines()
        .filter(|l| !l.trim_start().starts_with("--"))
}

fn ok(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn schema_map_renames_the_schema_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().to_str().unwrap();
    let out = orapg(&[
        "convert",
        "corpus/schemas/fleet/install.sql",
        "-o",
        out_dir,
        "-q",
        "--schema-map",
        "fleet=fleet_app",
    ]);
    ok(&out);
    assert!(
        dir.path()
            .join("objects/fleet_app/table/vehicle.sql")
            .is_file()
    );
    assert!(!dir.path().join("objects/fleet").exists());
    let files = sql_files(dir.path());
    let mut qualified = 0;
    for (path, content) in &files {
        for line in sql_lines(content) {
            let lower = line.to_lowercase();
            assert!(
                !lower.contains("fleet.") && !lower.contains("\"fleet\""),
                "{path}: the Oracle schema is left in: {line}"
            );
            qualified += line.matches("fleet_app.").count();
        }
    }
    // CREATE statements, foreign keys, grants, comments, views, sequences, synonyms.
    assert!(qualified > 200, "only {qualified} fleet_app. qualifiers");
    let vehicle =
        std::fs::read_to_string(dir.path().join("objects/fleet_app/table/vehicle.sql")).unwrap();
    assert!(
        vehicle.contains("CREATE TABLE fleet_app.vehicle"),
        "{vehicle}"
    );
    assert!(vehicle.contains("SET search_path TO fleet_app, public;"));
    assert!(vehicle.contains("OPG7001 info"), "{vehicle}");
    let fks: String = files
        .iter()
        .filter(|(p, _)| p.contains("/foreign_key/"))
        .map(|(_, c)| c.as_str())
        .collect();
    assert!(fks.contains("REFERENCES fleet_app.depot"), "{fks}");
    let deploy = std::fs::read_to_string(dir.path().join("deploy.sql")).unwrap();
    assert!(deploy.contains("CREATE SCHEMA IF NOT EXISTS fleet_app;"));
    assert!(!deploy.contains("objects/fleet/"));
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    let vehicle = report["objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"] == "TABLE" && o["name"] == "VEHICLE")
        .unwrap();
    assert_eq!(vehicle["schema"], "FLEET");
    assert_eq!(vehicle["target_schema"], "fleet_app");
    assert!(
        vehicle["outputs"][0]
            .as_str()
            .unwrap()
            .starts_with("objects/fleet_app/")
    );
}

#[test]
fn schema_map_applies_to_the_default_schema_and_qualified_references() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("hr.sql");
    std::fs::write(
        &input,
        "CREATE TABLE emp (id NUMBER(9) PRIMARY KEY, boss NUMBER(9) REFERENCES hr.emp (id));\n\
         CREATE SEQUENCE emp_seq;\n\
         CREATE VIEW v_emp AS SELECT e.id, hr.emp_seq.NEXTVAL AS n FROM hr.emp e WHERE e.id > 0;\n\
         CREATE INDEX emp_boss_ix ON hr.emp (boss);\n\
         COMMENT ON COLUMN hr.emp.boss IS 'manager';\n\
         COMMENT ON TABLE hr.emp IS 'staff';\n\
         CREATE ROLE reporting;\n\
         GRANT SELECT ON hr.emp TO reporting;\n\
         CREATE SYNONYM staff FOR hr.emp;\n",
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    let out = orapg(&[
        "convert",
        input.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
        "-q",
        "--default-schema",
        "HR",
        "--schema-map",
        "HR=hr_app",
    ]);
    ok(&out);
    let read = |p: &str| std::fs::read_to_string(out_dir.join(p)).unwrap();
    let table = read("objects/hr_app/table/emp.sql");
    assert!(
        table.contains("SET search_path TO hr_app, public;"),
        "{table}"
    );
    let fk = read("objects/hr_app/foreign_key/emp.sql");
    assert!(fk.contains("REFERENCES hr_app.emp"), "{fk}");
    let view = read("objects/hr_app/view/v_emp.sql");
    assert!(view.contains("nextval('hr_app.emp_seq')"), "{view}");
    assert!(view.contains("FROM hr_app.emp e WHERE"), "{view}");
    assert!(view.contains("e.id"), "{view}");
    assert!(read("objects/hr_app/index/emp_boss_ix.sql").contains("ON hr_app.emp (boss)"));
    let comments: String = sql_files(&out_dir)
        .into_iter()
        .filter(|(p, _)| p.contains("/comment/"))
        .map(|(_, c)| c)
        .collect();
    assert!(
        comments.contains("COMMENT ON COLUMN hr_app.emp.boss"),
        "{comments}"
    );
    assert!(
        comments.contains("COMMENT ON TABLE hr_app.emp"),
        "{comments}"
    );
    assert!(read("objects/hr_app/grant/emp.sql").contains("ON hr_app.emp TO reporting"));
    assert!(read("objects/hr_app/synonym/staff.sql").contains("SELECT * FROM hr_app.emp"));
}

#[test]
fn rules_file_overrides_built_in_rules() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "words = [\"region_code\"]\n\n\
         [[type]]\noracle = [\"VARCHAR2\", \"NVARCHAR2\"]\npostgres = \"text\"\n\n\
         [[function]]\noracle = \"NVL\"\nargs = [2, 2]\npostgres = \"ifnull({1}, {2})\"\n",
    )
    .unwrap();
    let out = orapg(&[
        "convert",
        "corpus/schemas/fleet/install.sql",
        "-o",
        dir.path().join("out").to_str().unwrap(),
        "-q",
        "--rules",
        rules.to_str().unwrap(),
    ]);
    ok(&out);
    let depot =
        std::fs::read_to_string(dir.path().join("out/objects/fleet/table/depot.sql")).unwrap();
    let sql: Vec<&str> = sql_lines(&depot).collect();
    let sql = sql.join("\n");
    assert!(
        sql.contains("depot_name") && sql.contains(" text"),
        "{depot}"
    );
    assert!(!sql.contains("varchar("), "{depot}");
    assert!(sql.contains("\"region_code\""), "{depot}");
    assert!(depot.contains("OPG7002 info"), "{depot}");
    let views = std::fs::read_to_string(
        dir.path()
            .join("out/objects/fleet/view/v_work_order_cost.sql"),
    )
    .unwrap();
    assert!(views.contains("ifnull(t.task_count, 0)"), "{views}");
}

#[test]
fn bad_rules_file_exits_2_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("bad.toml");
    std::fs::write(
        &rules,
        "[[type]]\noracle = [\"CLOB\"]\npostgress = \"text\"\n",
    )
    .unwrap();
    let out = orapg(&[
        "convert",
        "corpus/schemas/billing",
        "-o",
        dir.path().join("out").to_str().unwrap(),
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:3:1:", rules.display())) && stderr.contains("postgress"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!dir.path().join("out").exists(), "nothing is written");

    std::fs::write(
        &rules,
        "[[name]]\noracle = \"SYSDATE\"\npostgres = \"now()\"\naction = \"no-such-action\"\n",
    )
    .unwrap();
    let out = orapg(&[
        "assess",
        "corpus/schemas/billing",
        "-o",
        dir.path().join("out").to_str().unwrap(),
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":4:10:") && stderr.contains("no-such-action"),
        "{stderr}"
    );

    let out = orapg(&[
        "convert",
        "corpus/schemas/billing",
        "-o",
        dir.path().join("out").to_str().unwrap(),
        "--rules",
        "no/such/rules.toml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = orapg(&[
        "convert",
        "corpus/schemas/billing",
        "-o",
        dir.path().join("out").to_str().unwrap(),
        "--schema-map",
        "BILLING",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = orapg(&[
        "convert",
        "corpus/schemas/billing",
        "-o",
        dir.path().join("out").to_str().unwrap(),
        "--target-ext",
        "timescaledb",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn target_ext_orafce_and_postgis() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    let out = orapg(&[
        "convert",
        "corpus/schemas/fleet/install.sql",
        "corpus/constructs/ddl/table_sdo_geometry.sql",
        "-o",
        out_dir.to_str().unwrap(),
        "-q",
        "--target-ext",
        "orafce,postgis",
    ]);
    ok(&out);
    let deploy = std::fs::read_to_string(out_dir.join("deploy.sql")).unwrap();
    let orafce = deploy
        .find("CREATE EXTENSION IF NOT EXISTS orafce;")
        .unwrap();
    let postgis = deploy
        .find("CREATE EXTENSION IF NOT EXISTS postgis;")
        .unwrap();
    assert!(orafce < postgis && postgis < deploy.find("\\ir oracompat.sql").unwrap());
    let overview =
        std::fs::read_to_string(out_dir.join("objects/fleet/view/v_vehicle_overview.sql")).unwrap();
    assert!(
        overview.contains("oracle.add_months(v.acquired_on, trunc(m.warranty_months)::integer)"),
        "{overview}"
    );
    assert!(overview.contains("> oracle.sysdate()"), "{overview}");
    assert!(overview.contains("OPG7003 info"));
    // What orafce does not do as Oracle does stays on the built-in rules.
    assert!(
        overview.contains("(CASE WHEN v.assigned_driver_id IS NOT NULL"),
        "{overview}"
    );
    assert!(
        overview.contains("oracompat.trunc(v.acquired_on)"),
        "{overview}"
    );
    let all: String = sql_files(&out_dir.join("objects"))
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    assert!(!all.contains("oracompat.add_months"));
    let spatial: String = sql_files(&out_dir)
        .into_iter()
        .filter(|(_, c)| c.contains("OPG7004"))
        .map(|(_, c)| c)
        .collect();
    assert!(spatial.contains(" geometry"), "{spatial}");
    assert!(
        !sql_lines(&spatial).any(|l| l.to_uppercase().contains("SDO_GEOMETRY")),
        "{spatial}"
    );

    // Without the extensions: the built-in rules, and no CREATE EXTENSION.
    let plain = tempfile::tempdir().unwrap();
    ok(&orapg(&[
        "convert",
        "corpus/schemas/fleet/install.sql",
        "-o",
        plain.path().to_str().unwrap(),
        "-q",
    ]));
    let deploy = std::fs::read_to_string(plain.path().join("deploy.sql")).unwrap();
    assert!(!deploy.contains("CREATE EXTENSION"));
    let overview = std::fs::read_to_string(
        plain
            .path()
            .join("objects/fleet/view/v_vehicle_overview.sql"),
    )
    .unwrap();
    assert!(overview.contains("oracompat.add_months("), "{overview}");
}
