//! The dependency graph on corpus/graph: synonyms, a cross-schema view, packages calling
//! packages, a trigger on a table, a database link and a cycle of foreign keys
//! (dependencies.sql); object types, type bodies, standalone calls, a package reached
//! through a PUBLIC synonym, a view over a private synonym, sequences in a trigger
//! (types_calls_synonyms.sql); and references to nothing (unresolved.sql).

use std::collections::BTreeSet;
use std::process::Command;

/// The file made of references the input does not satisfy.
const UNRESOLVED_SQL: &str = "corpus/graph/unresolved.sql";

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

/// `has(from, to, kind)` over the graph's edges, nodes named `SCHEMA.NAME`.
fn edge_test(graph: &serde_json::Value) -> impl Fn(&str, &str, &str) -> bool {
    let edges = edges(graph);
    move |from: &str, to: &str, kind: &str| {
        edges.contains(&(from.to_owned(), to.to_owned(), kind.to_owned()))
    }
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
    // Nothing is unresolved but what unresolved.sql puts there on purpose.
    let stray: Vec<&serde_json::Value> = graph["unresolved"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["file"] != UNRESOLVED_SQL)
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
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
    // Waves, one per schema: a schema's wave comes after the waves of the schemas it
    // uses. STOCK and ORBIT use no other schema; PUBLIC's synonyms point into both;
    // SALES uses STOCK and PUBLIC; CARTO uses ORBIT and PUBLIC.
    let waves = graph["waves"].as_array().unwrap();
    let wave_of = |schema: &str| -> u64 {
        let ids: BTreeSet<u64> = graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["key"]["schema"] == schema)
            .map(|n| n["id"].as_u64().unwrap())
            .collect();
        let wave = waves
            .iter()
            .find(|w| {
                w["objects"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|o| ids.contains(&o.as_u64().unwrap()))
            })
            .unwrap_or_else(|| panic!("no wave for {schema}"));
        wave["number"].as_u64().unwrap()
    };
    let depends_on = |schema: &str| -> BTreeSet<u64> {
        let number = wave_of(schema);
        waves.iter().find(|w| w["number"] == number).unwrap()["depends_on_waves"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .collect()
    };
    let schemas = ["STOCK", "ORBIT", "PUBLIC", "SALES", "CARTO"];
    assert_eq!(waves.len(), schemas.len());
    for schema in schemas {
        assert!(
            depends_on(schema).iter().all(|d| *d < wave_of(schema)),
            "{schema} comes after the waves it uses: {waves:?}"
        );
    }
    assert!(depends_on("STOCK").is_empty() && depends_on("ORBIT").is_empty());
    assert_eq!(
        depends_on("PUBLIC"),
        BTreeSet::from([wave_of("STOCK"), wave_of("ORBIT")])
    );
    assert_eq!(
        depends_on("SALES"),
        BTreeSet::from([wave_of("STOCK"), wave_of("PUBLIC")])
    );
    assert_eq!(
        depends_on("CARTO"),
        BTreeSet::from([wave_of("ORBIT"), wave_of("PUBLIC")])
    );
}

/// User-defined types are dependencies wherever they are used: a column's type (named
/// without its schema), an object table, attributes of another type, a collection's
/// element, a supertype, a parameter.
#[test]
fn types_are_dependencies() {
    let graph = graph_json();
    let has = edge_test(&graph);
    for (from, to) in [
        ("CARTO.LANDMARK", "CARTO.COORD_T"),
        ("CARTO.COORD_ARCHIVE", "CARTO.COORD_T"),
        ("CARTO.LEG_T", "CARTO.COORD_T"),
        ("CARTO.COORD_LIST_T", "CARTO.COORD_T"),
        ("CARTO.ROUTE", "CARTO.COORD_LIST_T"),
        ("CARTO.NAMED_COORD_T", "CARTO.COORD_T"),
        ("CARTO.LEG_KM", "CARTO.LEG_T"),
        ("CARTO.RECORD_LEG", "CARTO.LEG_T"),
    ] {
        assert!(has(from, to, "uses"), "{from} -> {to}: {:?}", edges(&graph));
    }
}

/// A type body is the same graph node as its specification: the body's own references
/// (here a call through a PUBLIC synonym) are the type's, and the body depends on the
/// specification (report.json's `depends_on`), as a package body does on its package.
#[test]
fn a_body_depends_on_its_specification() {
    use orapg::analysis::ReferenceKind;
    use orapg::reader::{self, ReadOptions, StatementKind};

    let graph = graph_json();
    let has = edge_test(&graph);
    assert!(has("CARTO.COORD_T", "PUBLIC.GEO", "uses"));
    let coord_nodes: Vec<&serde_json::Value> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["key"]["schema"] == "CARTO" && n["key"]["name"] == "COORD_T")
        .collect();
    assert_eq!(coord_nodes.len(), 1, "one node for spec and body");
    assert_eq!(coord_nodes[0]["kind"], "TYPE");

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (inputs, problems) = orapg::source::discover_inputs(&[root.join("corpus/graph")], &[]);
    assert!(problems.is_empty());
    let script = reader::read_inputs(&inputs, &ReadOptions::default());
    let program = orapg::ir::parse_program(&script);
    let analysis = orapg::analysis::analyse(&script, &program);
    let statements: Vec<_> = script.statements().collect();
    let find = |kind: StatementKind, name: &str| {
        statements
            .iter()
            .position(|s| s.head.kind == kind && s.head.name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no {kind:?} {name}"))
    };
    for (body_kind, spec_kind, name) in [
        (StatementKind::TypeBody, StatementKind::Type, "COORD_T"),
        (
            StatementKind::PackageBody,
            StatementKind::Package,
            "MAP_API",
        ),
        (
            StatementKind::PackageBody,
            StatementKind::Package,
            "GEO_MATH",
        ),
    ] {
        let (body, spec) = (find(body_kind, name), find(spec_kind, name));
        let on_spec: Vec<_> = analysis
            .references
            .iter()
            .filter(|r| r.statement == body && r.kind == ReferenceKind::Specification)
            .collect();
        assert_eq!(on_spec.len(), 1, "{name}");
        let node = on_spec[0]
            .resolved
            .expect("the specification is in the input");
        assert_eq!(analysis.graph.nodes[node].statement, Some(spec), "{name}");
    }
}

/// Calls: a standalone function, a standalone procedure called without parentheses, a
/// package member through a PUBLIC synonym to another schema's package (the dependency
/// is on the synonym, which depends on the package, as for any name a synonym
/// resolves), and DML through a private synonym.
#[test]
fn calls_resolve_to_subprograms_and_through_synonyms() {
    let graph = graph_json();
    let has = edge_test(&graph);
    assert!(has("CARTO.RECORD_LEG", "CARTO.LEG_KM", "uses"));
    assert!(has("CARTO.RECORD_LEG", "CARTO.RESET_COUNTERS", "uses"));
    assert!(has("CARTO.RECORD_LEG", "CARTO.TRIPS", "uses"));
    assert!(has("CARTO.RECORD_LEG", "CARTO.ROUTE_SEQ", "uses"));
    assert!(has("CARTO.RESET_COUNTERS", "CARTO.ROUTE", "uses"));
    assert!(has("CARTO.MAP_API", "PUBLIC.GEO", "uses"));
    assert!(has("PUBLIC.GEO", "ORBIT.GEO_MATH", "uses"));
    assert!(!has("CARTO.MAP_API", "ORBIT.GEO_MATH", "uses"));
    assert!(has("CARTO.MAP_API", "CARTO.LANDMARK", "uses"));
}

/// A view over a private synonym for another schema's table depends on the synonym,
/// which depends on the table, and deploys after both.
#[test]
fn view_over_a_private_synonym_to_another_schema() {
    let graph = graph_json();
    let has = edge_test(&graph);
    assert!(has("CARTO.V_LONG_TRIPS", "CARTO.TRIPS", "uses"));
    assert!(has("CARTO.TRIPS", "ORBIT.TRIPS", "uses"));
    let id = |schema: &str, name: &str| {
        graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["key"]["schema"] == schema && n["key"]["name"] == name)
            .unwrap()["id"]
            .clone()
    };
    let order = graph["deploy_order"].as_array().unwrap();
    let position = |schema: &str, name: &str| {
        let id = id(schema, name);
        order.iter().position(|o| *o == id).unwrap()
    };
    assert!(position("ORBIT", "TRIPS") < position("CARTO", "TRIPS"));
    assert!(position("CARTO", "TRIPS") < position("CARTO", "V_LONG_TRIPS"));
}

/// A trigger depends on its table and on the sequences it uses, by assignment
/// (unqualified) and in SELECT ... INTO (qualified).
#[test]
fn trigger_uses_sequences() {
    let graph = graph_json();
    let has = edge_test(&graph);
    assert!(has("CARTO.LANDMARK_BI", "CARTO.LANDMARK", "uses"));
    assert!(has("CARTO.LANDMARK_BI", "CARTO.LANDMARK_SEQ", "uses"));
    assert!(has("CARTO.LANDMARK_BI", "CARTO.ROUTE_SEQ", "uses"));
}

/// Every reference to something neither the input nor Oracle supplies is listed with
/// its kind, file, line and column, and makes no edge.
#[test]
fn unresolved_references_are_listed_where_they_are() {
    let graph = graph_json();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(UNRESOLVED_SQL),
    )
    .unwrap();
    // (name as reported, kind, the text as written): line and column are where the
    // text first occurs in the file as a whole name (`carto.survey`, not the
    // `carto.survey_bi` before it).
    let expected: BTreeSet<(String, String, u64, u64)> = [
        ("CARTO.PLACEMENT", "relation", "carto.placement"),
        ("CARTO.BBOX_T", "type", "carto.bbox_t"),
        ("CARTO.PLACEMENT_SEQ", "sequence", "carto.placement_seq"),
        ("CARTO.LABEL_FOR", "call", "carto.label_for"),
        ("MAPPING_QUEUE.PUSH", "call", "mapping_queue.push"),
        ("CARTO.NOTIFY_MAPPERS", "call", "carto.notify_mappers"),
        ("CARTO.SURVEY", "trigger_table", "carto.survey"),
    ]
    .into_iter()
    .map(|(name, kind, written)| {
        let (line, column) = text
            .lines()
            .enumerate()
            .find_map(|(i, l)| {
                l.match_indices(written)
                    .map(|(c, _)| c)
                    .find(|c| {
                        !l[c + written.len()..]
                            .starts_with(|n: char| n.is_alphanumeric() || n == '_')
                    })
                    .map(|c| (i as u64 + 1, c as u64 + 1))
            })
            .unwrap_or_else(|| panic!("{written} is not in {UNRESOLVED_SQL}"));
        (name.to_owned(), kind.to_owned(), line, column)
    })
    .collect();
    let listed: BTreeSet<(String, String, u64, u64)> = graph["unresolved"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["file"] == UNRESOLVED_SQL)
        .map(|u| {
            (
                u["name"].as_str().unwrap().to_owned(),
                u["kind"].as_str().unwrap().to_owned(),
                u["line"].as_u64().unwrap(),
                u["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(listed, expected);
    let edges = edges(&graph);
    for (name, ..) in &expected {
        assert!(
            !edges.iter().any(|(_, to, _)| to == name),
            "an edge to missing {name}"
        );
    }
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
