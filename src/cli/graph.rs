//! `orapg graph`: the dependency graph as dot, JSON or Mermaid.

use super::args::{GraphArgs, GraphFormat};
use super::exit;
use super::parse::read;
use crate::analysis::{self, NodeKind};
use crate::ir;
use serde::Serialize;

#[derive(Serialize)]
struct GraphJson<'a> {
    nodes: Vec<&'a analysis::ObjectNode>,
    edges: Vec<&'a analysis::Edge>,
    cycles: Vec<Vec<usize>>,
    deploy_order: Vec<usize>,
    waves: Vec<analysis::Wave>,
    unresolved: Vec<crate::report::assess::Unresolved>,
}

pub fn run(args: &GraphArgs) -> u8 {
    let (script, _) = read(&args.input);
    let program = ir::parse_program(&script);
    let analysis = analysis::analyse(&script, &program);
    let graph = &analysis.graph;
    let ids: Vec<usize> = match &args.object {
        None => (0..graph.nodes.len()).collect(),
        Some(wanted) => {
            let wanted = wanted.to_uppercase();
            let Some(node) = graph
                .nodes
                .iter()
                .find(|n| n.key.to_string() == wanted || n.key.name == wanted)
            else {
                eprintln!("orapg graph: no object named {wanted} in the input");
                return exit::USAGE_OR_IO;
            };
            graph.neighbourhood(node.id, args.depth)
        }
    };
    let text = match args.format {
        GraphFormat::Dot => graph.to_dot(&ids),
        GraphFormat::Mermaid => graph.to_mermaid(&ids),
        GraphFormat::Json => {
            let unresolved = crate::report::assess::unresolved(&script, &analysis);
            let json = GraphJson {
                nodes: ids.iter().map(|&i| &graph.nodes[i]).collect(),
                edges: graph
                    .edges
                    .iter()
                    .filter(|e| ids.contains(&e.from) && ids.contains(&e.to))
                    .collect(),
                cycles: graph.cycles(),
                deploy_order: graph
                    .deploy_order()
                    .into_iter()
                    .filter(|i| graph.nodes[*i].node_kind == NodeKind::Object)
                    .collect(),
                waves: graph.waves(),
                unresolved,
            };
            match serde_json::to_string_pretty(&json) {
                Ok(s) => s + "\n",
                Err(e) => {
                    eprintln!("orapg: cannot serialise the graph: {e}");
                    return exit::USAGE_OR_IO;
                }
            }
        }
    };
    print!("{text}");
    exit::OK
}
