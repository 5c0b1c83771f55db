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
