//! The dependency graph (petgraph): objects as nodes, references as edges; deploy order,
//! cycles and migration waves.

use super::references::{Reference, ReferenceKind};
use super::{ObjectKey, is_oracle_supplied};
use crate::reader::{Script, StatementKind};
use petgraph::algo::{condensation, tarjan_scc, toposort};
use petgraph::graph::{DiGraph, NodeIndex};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// An object the input defines.
    Object,
    /// An Oracle-supplied package or dictionary object (DBMS_*, UTL_*, SYS.*).
    Supplied,
    /// A database link: the objects behind it live in another database.
    DatabaseLink,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObjectNode {
    pub id: usize,
    pub key: ObjectKey,
    pub node_kind: NodeKind,
    /// The statement kind for objects.
    pub kind: Option<StatementKind>,
    /// The defining statement.
    pub statement: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// The object needs the other to exist first.
    Uses,
    /// A foreign key: deployed after all tables, so it never constrains table order.
    ForeignKey,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub kind: EdgeKind,
}

/// A group of objects that can migrate together.
#[derive(Debug, Clone, Serialize)]
pub struct Wave {
    pub number: usize,
    pub objects: Vec<usize>,
    /// Edges from this wave's objects to objects of earlier waves.
    pub depends_on_waves: Vec<usize>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct DependencyGraph {
    pub nodes: Vec<ObjectNode>,
    pub edges: Vec<Edge>,
}

impl DependencyGraph {
    pub(super) fn build(
        script: &Script,
        catalogue: &BTreeMap<ObjectKey, usize>,
        references: &[Reference],
    ) -> (Self, Vec<Reference>) {
        let statements: Vec<_> = script.statements().collect();
        let mut graph = DependencyGraph::default();
        let mut by_key: BTreeMap<ObjectKey, usize> = BTreeMap::new();
        let mut by_statement: BTreeMap<usize, usize> = BTreeMap::new();
        // Nodes in statement order, so ids are stable.
        let mut defined: Vec<(&ObjectKey, &usize)> = catalogue.iter().collect();
        defined.sort_by_key(|(_, s)| **s);
        for (key, &statement) in defined {
            let id = graph.nodes.len();
            graph.nodes.push(ObjectNode {
                id,
                key: key.clone(),
                node_kind: NodeKind::Object,
                kind: Some(statements[statement].head.kind),
                statement: Some(statement),
            });
            by_key.insert(key.clone(), id);
            by_statement.insert(statement, id);
        }
        // Bodies, ALTERs, comments, grants and indexes belong to the object they name.
        let owner_of = |statement: usize, by_key: &BTreeMap<ObjectKey, usize>| -> Option<usize> {
            if let Some(&id) = by_statement.get(&statement) {
                return Some(id);
            }
            let s = statements[statement];
            let key = ObjectKey {
                schema: s.schema.clone().unwrap_or_else(|| "PUBLIC".to_owned()),
                name: s.head.name.clone()?,
            };
            by_key.get(&key).copied()
        };
        let mut resolved_refs = Vec::with_capacity(references.len());
        let mut edges = std::collections::BTreeSet::new();
        for reference in references {
            let schema = statements[reference.statement]
                .schema
                .clone()
                .unwrap_or_else(|| "PUBLIC".to_owned());
            let target = graph.resolve(&reference.parts, &schema, &by_key, reference.kind);
            let target = match target {
                Some(t) => Some(t),
                None => graph.external(&reference.parts, reference.kind, &mut by_key),
            };
            if let (Some(to), Some(from)) = (target, owner_of(reference.statement, &by_key)) {
                if from != to {
                    let kind = if reference.kind == ReferenceKind::ForeignKey {
                        EdgeKind::ForeignKey
                    } else {
                        EdgeKind::Uses
                    };
                    edges.insert(Edge { from, to, kind });
                }
            }
            let mut r = reference.clone();
            r.resolved = target;
            resolved_refs.push(r);
        }
        graph.edges = edges.into_iter().collect();
        (graph, resolved_refs)
    }

    /// Oracle's order: the current schema's object (a private synonym is one), then a
    /// public synonym; `A.B` is schema A's B, or member B of A found that way.
    fn resolve(
        &self,
        parts: &[String],
        schema: &str,
        by_key: &BTreeMap<ObjectKey, usize>,
        reference: ReferenceKind,
    ) -> Option<usize> {
        // Users, roles, tablespaces, directories and the like are keyed under PUBLIC
        // for want of an owner, but no name in SQL or PL/SQL resolves to them: without
        // this, `logi.carrier` would "resolve" to the user LOGI. A database link is
        // reached only by `@link`, and `@link` only reaches a database link.
        let fits = |id: &usize| {
            let kind = self.nodes[*id].kind;
            if reference == ReferenceKind::DatabaseLink {
                kind == Some(StatementKind::DatabaseLink)
            } else {
                kind.is_none_or(is_named_in_code)
            }
        };
        let get = |s: &str, n: &str| {
            by_key
                .get(&ObjectKey {
                    schema: s.to_owned(),
                    name: n.to_owned(),
                })
                .copied()
                .filter(fits)
        };
        // A synonym is an object of its own (PostgreSQL gets a view for it), so a name
        // that resolves to one depends on the synonym, which depends on its target
        // through the synonym's own reference. This holds for `syn.member` as for `syn`:
        // a package member called through a public synonym depends on the synonym.
        let own_or_public = |name: &str| get(schema, name).or_else(|| get("PUBLIC", name));
        match parts {
            [name] => own_or_public(name),
            // schema.object, else pkg.member, type.method, table.column
            [first, second, ..] => get(first, second).or_else(|| own_or_public(first)),
            [] => None,
        }
    }

    /// A node for an Oracle-supplied package or a database link, created on first use.
    fn external(
        &mut self,
        parts: &[String],
        kind: ReferenceKind,
        by_key: &mut BTreeMap<ObjectKey, usize>,
    ) -> Option<usize> {
        let (node_kind, name) = if kind == ReferenceKind::DatabaseLink {
            (NodeKind::DatabaseLink, parts.first()?.clone())
        } else {
            let first = parts.first()?;
            let name = if first == "SYS" && parts.len() > 1 {
                &parts[1]
            } else {
                first
            };
            if !is_oracle_supplied(first) && !is_oracle_supplied(name) {
                return None;
            }
            (NodeKind::Supplied, name.clone())
        };
        let key = ObjectKey {
            schema: if node_kind == NodeKind::DatabaseLink {
                "@".to_owned()
            } else {
                "SYS".to_owned()
            },
            name,
        };
        if let Some(&id) = by_key.get(&key) {
            return Some(id);
        }
        let id = self.nodes.len();
        self.nodes.push(ObjectNode {
            id,
            key: key.clone(),
            node_kind,
            kind: None,
            statement: None,
        });
        by_key.insert(key, id);
        Some(id)
    }

    fn petgraph(&self, include_foreign_keys: bool) -> DiGraph<usize, EdgeKind> {
        let mut g = DiGraph::new();
        let ids: Vec<NodeIndex> = self.nodes.iter().map(|n| g.add_node(n.id)).collect();
        for e in &self.edges {
            if include_foreign_keys || e.kind == EdgeKind::Uses {
                g.add_edge(ids[e.from], ids[e.to], e.kind);
            }
        }
        g
    }

    /// Node ids with every object after what it uses (foreign keys excluded: they are
    /// post-data). Mutually dependent objects come together, in statement order.
    pub fn deploy_order(&self) -> Vec<usize> {
        let g = self.petgraph(false);
        let condensed = condensation(g, true);
        // Edges point from user to used; deploy the used first.
        let order = toposort(&condensed, None).unwrap_or_default();
        let mut out = Vec::with_capacity(self.nodes.len());
        for index in order.into_iter().rev() {
            let mut group = condensed[index].clone();
            group.sort_unstable();
            out.extend(group);
        }
        out
    }

    /// Groups of objects that depend on each other in a circle (foreign keys included).
    pub fn cycles(&self) -> Vec<Vec<usize>> {
        let g = self.petgraph(true);
        let mut cycles: Vec<Vec<usize>> = tarjan_scc(&g)
            .into_iter()
            .filter(|scc| scc.len() > 1)
            .map(|scc| {
                let mut ids: Vec<usize> = scc.into_iter().map(|i| g[i]).collect();
                ids.sort_unstable();
                ids
            })
            .collect();
        cycles.sort();
        cycles
    }

    /// Migration waves: connected groups of the input's objects, split by schema; waves
    /// are numbered so that a wave depends only on earlier ones where possible.
    pub fn waves(&self) -> Vec<Wave> {
        let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for node in self
            .nodes
            .iter()
            .filter(|n| n.node_kind == NodeKind::Object)
        {
            groups
                .entry(node.key.schema.clone())
                .or_default()
                .push(node.id);
        }
        let schema_of: BTreeMap<usize, &str> = self
            .nodes
            .iter()
            .map(|n| (n.id, n.key.schema.as_str()))
            .collect();
        // Order schemas so that used schemas come first.
        let mut schema_deps: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
        for e in &self.edges {
            let (from, to) = (schema_of[&e.from], schema_of[&e.to]);
            if from != to && self.nodes[e.to].node_kind == NodeKind::Object {
                schema_deps.entry(from).or_default().insert(to);
            }
        }
        let mut ordered: Vec<&str> = Vec::new();
        let mut remaining: Vec<&str> = groups.keys().map(String::as_str).collect();
        while !remaining.is_empty() {
            let ready = remaining
                .iter()
                .position(|s| {
                    schema_deps
                        .get(s)
                        .is_none_or(|deps| deps.iter().all(|d| ordered.contains(d) || d == s))
                })
                .unwrap_or(0);
            ordered.push(remaining.remove(ready));
        }
        ordered
            .iter()
            .enumerate()
            .map(|(i, schema)| {
                let depends: std::collections::BTreeSet<usize> = schema_deps
                    .get(schema)
                    .map(|deps| {
                        deps.iter()
                            .filter_map(|d| ordered.iter().position(|o| o == d))
                            .map(|p| p + 1)
                            .collect()
                    })
                    .unwrap_or_default();
                Wave {
                    number: i + 1,
                    objects: groups[*schema].clone(),
                    depends_on_waves: depends.into_iter().filter(|d| *d != i + 1).collect(),
                }
            })
            .collect()
    }

    /// The ids within `depth` edges of `id`, in either direction.
    pub fn neighbourhood(&self, id: usize, depth: usize) -> Vec<usize> {
        let mut seen = vec![id];
        let mut frontier = vec![id];
        for _ in 0..depth {
            let mut next = Vec::new();
            for e in &self.edges {
                for (a, b) in [(e.from, e.to), (e.to, e.from)] {
                    if frontier.contains(&a) && !seen.contains(&b) {
                        seen.push(b);
                        next.push(b);
                    }
                }
            }
            frontier = next;
        }
        seen.sort_unstable();
        seen
    }

    pub fn to_dot(&self, ids: &[usize]) -> String {
        let mut out = String::from(
            "digraph orapg {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n",
        );
        for &id in ids {
            let n = &self.nodes[id];
            let shape = match n.node_kind {
                NodeKind::Object => "box",
                NodeKind::Supplied => "ellipse",
                NodeKind::DatabaseLink => "cylinder",
            };
            let kind = n
                .kind
                .map(|k| k.as_str())
                .unwrap_or_else(|| format!("{:?}", n.node_kind).to_uppercase());
            out.push_str(&format!(
                "  n{id} [label=\"{}\\n{kind}\", shape={shape}];\n",
                dot_escape(&n.key.to_string())
            ));
        }
        for e in self
            .edges
            .iter()
            .filter(|e| ids.contains(&e.from) && ids.contains(&e.to))
        {
            let style = if e.kind == EdgeKind::ForeignKey {
                " [style=dashed, label=\"FK\"]"
            } else {
                ""
            };
            out.push_str(&format!("  n{} -> n{}{style};\n", e.from, e.to));
        }
        out.push_str("}\n");
        out
    }

    pub fn to_mermaid(&self, ids: &[usize]) -> String {
        let mut out = String::from("flowchart LR\n");
        for &id in ids {
            let n = &self.nodes[id];
            out.push_str(&format!(
                "  n{id}[\"{}\"]\n",
                n.key.to_string().replace('"', "'")
            ));
        }
        for e in self
            .edges
            .iter()
            .filter(|e| ids.contains(&e.from) && ids.contains(&e.to))
        {
            let arrow = if e.kind == EdgeKind::ForeignKey {
                "-. FK .->"
            } else {
                "-->"
            };
            out.push_str(&format!("  n{} {arrow} n{}\n", e.from, e.to));
        }
        out
    }
}

/// Whether a name in a statement can denote an object of this kind: schema objects can,
/// objects without an owner (users, roles, tablespaces, directories, contexts, profiles,
/// editions, database links) cannot.
fn is_named_in_code(kind: StatementKind) -> bool {
    use StatementKind as K;
    !matches!(
        kind,
        K::User
            | K::Role
            | K::Tablespace
            | K::Directory
            | K::Context
            | K::Profile
            | K::Edition
            | K::Schema
            | K::DatabaseLink
    )
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
