//! The dependency graph on corpus/graph: synonyms, a cross-schema view, packages calling
//! packages, a trigger on a table, a database link and a cycle of foreign keys.

use std::collections::BTreeSet;
use std::process::Command;

fn orapg(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_orapg"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn graph_json() -> serde_json::Value {
    let out = orapg(&["graph", "corpus/graph", "--format", "json"]);
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn edges(graph: &serde_json::Value) -> BTreeSet<(String, String, String)> {
    let name = |id: &serde_json::Value| {
        let node = graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == *id)
            .unwrap();
        format!(
            "{}.{}",
            node["key"]["schema"].as_str().unwrap(),
            node["key"]["name"].as_str().unwrap()
        )
    };
    graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                name(&e["from"]),
                name(&e["to"]),
                e["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn references_resolve_like_oracle() {
    let graph = graph_json();
    let edges = edges(&graph);
    let has = |from: &str, to: &str, kind: &str| {
        edges.contains(&(from.to_owned(), to.to_owned(), kind.to_owned()))
    };
    // Private and public synonyms are objects; views over them depend on them.
    assert!(has("STOCK.WH", "STOCK.WAREHOUSE", "uses"));
    assert!(has("PUBLIC.KEEPERS", "STOCK.KEEPER", "uses"));
    assert!(
        has("SALES.V_KEEPERS", "PUBLIC.KEEPERS", "uses"),
        "{edges:?}"
    );
    assert!(has("SALES.V_KEEPERS", "STOCK.WH", "uses"));
    // A package calls another package (unqualified, in its own schema) and a supplied one.
    assert!(has("STOCK.KEEPER_API", "STOCK.AUDIT_API", "uses"));
    assert!(has("STOCK.AUDIT_API", "SYS.DBMS_OUTPUT", "uses"));
    // The trigger depends on its table and on the package it calls.
    assert!(has("STOCK.KEEPER_BIU", "STOCK.KEEPER", "uses"));
    assert!(has("STOCK.KEEPER_BIU", "STOCK.AUDIT_API", "uses"));
    // The remote view depends on the database link, not on a missing local table.
    assert!(has("SALES.V_REMOTE_RATES", "@.TREASURY_LINK", "uses"));
    assert_eq!(
        graph["unresolved"].as_array().unwrap().len(),
        0,
        "{}",
        graph["unresolved"]
    );
}

#[test]
fn foreign_key_cycle_is_reported_and_does_not_block_deploy_order() {
    let graph = graph_json();
    let cycles = graph["cycles"].as_array().unwrap();
    assert_eq!(cycles.len(), 1);
    assert_eq!(cycles[0].as_array().unwrap().len(), 2);
    // Foreign keys are post-data: both tables still get a place in the deploy order,
    // and every view comes after what it uses.
    let order: Vec<u64> = graph["deploy_order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let position = |name: &str| {
        let node = graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["key"]["name"] == name)
            .unwrap();
        order
            .iter()
            .position(|id| *id == node["id"].as_u64().unwrap())
            .unwrap()
    };
    assert!(position("WAREHOUSE") < position("WH"));
    assert!(position("WH") < position("V_KEEPERS"));
    assert!(position("KEEPERS") < position("V_KEEPERS"));
    // Waves: the stock schema first, the others after it.
    let waves = graph["waves"].as_array().unwrap();
    assert!(waves.len() >= 2);
    assert!(waves[1..].iter().all(|w| {
        w["depends_on_waves"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(1))
    }));
}

#[test]
fn dot_output_renders_with_graphviz() {
    let out = orapg(&["graph", "corpus/graph", "--format", "dot"]);
    assert!(out.status.success());
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.starts_with("digraph orapg {"));
    assert!(dot.contains("style=dashed, label=\"FK\""));
    // Graphviz is installed by .ci/run; the rendering must succeed.
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("graphviz `dot` not found: apt-get install graphviz");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let rendered = child.wait_with_output().unwrap();
    assert!(rendered.status.success());
    assert!(String::from_utf8_lossy(&rendered.stdout).contains("<svg"));
}

#[test]
fn neighbourhood_of_one_object() {
    let out = orapg(&[
        "graph",
        "corpus/graph",
        "--format",
        "mermaid",
        "--object",
        "stock.keeper_api",
        "--depth",
        "1",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("flowchart LR"));
    assert!(
        text.contains("STOCK.KEEPER_API")
            && text.contains("STOCK.AUDIT_API")
            && text.contains("STOCK.KEEPER\"")
    );
    assert!(!text.contains("SALES.V_REMOTE_RATES"));
}
