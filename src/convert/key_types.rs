//! Foreign keys whose columns PostgreSQL cannot compare. Oracle compares any two
//! NUMBERs; after type mapping a key column may be `numeric` (NUMBER without precision)
//! while the column it references became `bigint` (an identity column, NUMBER(12)), and
//! PostgreSQL refuses such a key ("cannot be implemented"). The key is held back, with
//! its text, rather than reported as converted.

use super::program::UnitConversion;
use super::{Action, Rules};
use crate::analysis::{Analysis, ReferenceKind};
use crate::catalogue::codes;
use crate::ir::Program;
use crate::parser::{Rule, SyntaxNode, SyntaxTree};
use crate::reader::head::normalize_identifier;
use crate::reader::{Script, StatementKind};
use std::collections::BTreeMap;

/// A table's columns with their PostgreSQL types, and its primary key.
#[derive(Default)]
struct TableTypes {
    columns: BTreeMap<String, String>,
    primary_key: Vec<String>,
}

/// Comparison families: PostgreSQL has cross-type equality between the integer types,
/// and none between them and numeric usable by a foreign key.
#[derive(PartialEq)]
enum Family {
    Integer,
    Numeric,
    Other,
}

fn family(pg_type: &str) -> Family {
    let t = pg_type.trim().to_lowercase();
    if matches!(t.as_str(), "smallint" | "integer" | "bigint") {
        Family::Integer
    } else if t.starts_with("numeric") {
        Family::Numeric
    } else {
        Family::Other
    }
}

fn column_names(list: SyntaxNode<'_>, text: &str) -> Vec<String> {
    list.children_of(Rule::ddl_column_name)
        .map(|c| normalize_identifier(c.text(text).trim()))
        .collect()
}

fn table_types(rules: &Rules, tree: &SyntaxTree, text: &str) -> Option<TableTypes> {
    let properties = tree
        .nodes()
        .find(|n| n.kind() == Rule::ddl_relational_properties)?;
    let mut table = TableTypes::default();
    for column in properties.children_of(Rule::ddl_column_definition) {
        let Some(name) = column.child(Rule::ddl_column_name) else {
            continue;
        };
        let name = normalize_identifier(name.text(text).trim());
        if let Some(datatype) = column.child(Rule::datatype) {
            let mut pg = rules.types.convert(datatype, text, &rules.type_options).sql;
            // Identity columns are made integers (ddl::table).
            if column.child(Rule::ddl_identity_clause).is_some() && family(&pg) != Family::Integer {
                pg = "bigint".to_owned();
            }
            table.columns.insert(name.clone(), pg);
        }
        if column
            .descendant(Rule::ddl_primary_key_constraint)
            .is_some()
        {
            table.primary_key = vec![name];
        }
    }
    for constraint in properties.children_of(Rule::ddl_out_of_line_constraint) {
        if let Some(list) = constraint
            .child(Rule::ddl_primary_key_constraint)
            .and_then(|pk| pk.child(Rule::ddl_column_list))
        {
            table.primary_key = column_names(list, text);
        }
    }
    Some(table)
}

/// Holds back every foreign key of a CREATE TABLE whose column types differ in family
/// from the columns it references.
pub(super) fn hold_back_mismatched_keys(
    script: &Script,
    program: &Program,
    analysis: &Analysis,
    rules: &Rules,
    units: &mut [UnitConversion],
) {
    let statements: Vec<_> = script.statements().collect();
    let mut tables: BTreeMap<usize, TableTypes> = BTreeMap::new();
    for (index, statement) in statements.iter().enumerate() {
        if statement.head.kind != StatementKind::Table {
            continue;
        }
        let Some(tree) = program.units.get(index).and_then(|u| u.tree.as_ref()) else {
            continue;
        };
        if let Some(types) = table_types(rules, tree, statement.text(&script.sources)) {
            tables.insert(index, types);
        }
    }
    for (index, statement) in statements.iter().enumerate() {
        let Some(own) = tables.get(&index) else {
            continue;
        };
        let Some(tree) = program.units[index].tree.as_ref() else {
            continue;
        };
        let text = statement.text(&script.sources);
        let mut mismatches = Vec::new();
        for clause in tree
            .nodes()
            .filter(|n| n.kind() == Rule::ddl_references_clause)
        {
            // The key's own columns: the column it is declared on, or its list.
            let parent = clause.ancestors().next();
            let local: Vec<String> = match parent {
                Some(p) if p.kind() == Rule::ddl_foreign_key_constraint => p
                    .child(Rule::ddl_column_list)
                    .map(|l| column_names(l, text))
                    .unwrap_or_default(),
                _ => clause
                    .ancestors()
                    .find(|a| a.kind() == Rule::ddl_column_definition)
                    .and_then(|c| c.child(Rule::ddl_column_name))
                    .map(|n| vec![normalize_identifier(n.text(text).trim())])
                    .unwrap_or_default(),
            };
            let Some(target) = clause
                .child(Rule::ddl_referenced_table)
                .and_then(|t| t.child(Rule::qualified_name))
            else {
                continue;
            };
            let Some(reference) = analysis
                .references_of(index)
                .iter()
                .find(|r| r.kind == ReferenceKind::ForeignKey && r.span == target.span())
            else {
                continue;
            };
            let referenced = reference
                .resolved
                .and_then(|node| analysis.graph.nodes[node].statement)
                .and_then(|s| tables.get(&s));
            let Some(referenced) = referenced else {
                continue;
            };
            let remote = clause
                .child(Rule::ddl_column_list)
                .map(|l| column_names(l, text))
                .unwrap_or_else(|| referenced.primary_key.clone());
            for (mine, theirs) in local.iter().zip(&remote) {
                let (Some(a), Some(b)) = (own.columns.get(mine), referenced.columns.get(theirs))
                else {
                    continue;
                };
                let (fa, fb) = (family(a), family(b));
                if fa != fb && fa != Family::Other && fb != Family::Other {
                    let table = reference
                        .parts
                        .last()
                        .map(|p| p.to_lowercase())
                        .unwrap_or_default();
                    mismatches.push((
                        table,
                        target.span(),
                        format!("column {mine} is {a}, {theirs} is {b}: PostgreSQL cannot compare them; give both the same type"),
                    ));
                }
            }
        }
        let unit = &mut units[index].converted;
        for (table, span, reason) in mismatches {
            let (held, kept): (Vec<_>, Vec<_>) = unit
                .post
                .drain(..)
                .partition(|p| super::program::refers_to(&p.sql, &table));
            unit.post = kept;
            for key in held {
                unit.actions.push(Action {
                    code: codes::CONSTRAINT_DISABLED,
                    span,
                    message: format!("foreign key held back ({reason}): {}", key.sql),
                });
                unit.status = unit.status.max(super::status_of(&unit.actions));
            }
        }
    }
}
