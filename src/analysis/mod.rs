//! Analysis: the catalogue of objects the input defines, every reference from one
//! statement to an object resolved the way Oracle resolves names, and the dependency
//! graph built from them (deploy order, cycles, migration waves).
//!
//! Analysis reads the IR; it never converts or prints.

pub mod graph;
mod references;

pub use graph::{DependencyGraph, Edge, EdgeKind, NodeKind, ObjectNode, Wave};
pub use references::{Reference, ReferenceKind};

use crate::ir::Program;
use crate::reader::{Script, StatementKind};
use std::collections::BTreeMap;

/// An Oracle object name: schema and name as Oracle stores them (upper case unless
/// quoted).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct ObjectKey {
    pub schema: String,
    pub name: String,
}

impl std::fmt::Display for ObjectKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// Oracle-supplied packages and schemas: references to them are external dependencies,
/// not missing objects.
pub fn is_oracle_supplied(name: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "DBMS_", "UTL_", "OWA_", "HTF", "HTP", "APEX_", "CTX_", "ORD", "SDO_", "XDB", "DBA_",
        "ALL_", "USER_", "V$", "GV$", "WWV_", "LCR$_", "JSON_", "XMLTYPE", "ANYDATA",
    ];
    const NAMES: &[&str] = &[
        "SYS",
        "SYSTEM",
        "PUBLIC",
        "STANDARD",
        "DUAL",
        "MDSYS",
        "CTXSYS",
        "XDB",
        "OWA",
        "SYS_REFCURSOR",
        "PLITBLM",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p)) || NAMES.contains(&name)
}

/// Everything analysis found.
#[derive(Debug)]
pub struct Analysis {
    pub graph: DependencyGraph,
    /// Every reference, resolved or not, in statement order.
    pub references: Vec<Reference>,
}

impl Analysis {
    /// The references one statement makes (a slice: `references` is in statement order).
    pub fn references_of(&self, statement: usize) -> &[Reference] {
        let start = self.references.partition_point(|r| r.statement < statement);
        let end = self
            .references
            .partition_point(|r| r.statement <= statement);
        &self.references[start..end]
    }
}

/// The object a statement defines, if it defines one.
pub fn defined_object(
    kind: StatementKind,
    schema: Option<&str>,
    name: Option<&str>,
) -> Option<ObjectKey> {
    if !kind.creates_object() {
        return None;
    }
    let name = name?;
    // Public synonyms and database links have no owner.
    Some(ObjectKey {
        schema: schema.unwrap_or("PUBLIC").to_owned(),
        name: name.to_owned(),
    })
}

/// Analyses a parsed program.
pub fn analyse(script: &Script, program: &Program) -> Analysis {
    let statements: Vec<_> = script.statements().collect();
    let mut catalogue: BTreeMap<ObjectKey, usize> = BTreeMap::new();
    for (index, statement) in statements.iter().enumerate() {
        let public = statement.head.kind == StatementKind::Synonym
            && statement
                .text(&script.sources)
                .to_uppercase()
                .split_whitespace()
                .any(|w| w == "PUBLIC");
        let schema = if public {
            Some("PUBLIC")
        } else {
            statement.schema.as_deref()
        };
        if let Some(key) =
            defined_object(statement.head.kind, schema, statement.head.name.as_deref())
        {
            // A package body or type body is the same object as its specification for
            // resolution; the specification comes first.
            catalogue.entry(key).or_insert(index);
        }
    }
    let references = references::collect(script, program);
    let (graph, mut references) = DependencyGraph::build(script, &catalogue, &references);
    // Stable: within a statement the references keep their text order.
    references.sort_by_key(|r| r.statement);
    Analysis { graph, references }
}
