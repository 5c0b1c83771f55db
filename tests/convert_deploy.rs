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
    let out = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_orapg"));
    if let Some(threads) = threads {
        command.env("RAYON_NUM_THREADS", threads);
    }
    let status = command
        .arg("convert")
        .args(inputs)
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
