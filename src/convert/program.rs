//! Converting a whole program: every statement in parallel, then the decisions that need
//! more than one statement (an index that a constraint already creates).

use super::{ColumnKinds, Converted, RelationColumns, Rules, Status, convert_statement_known};
use crate::analysis::Analysis;
use crate::catalogue::codes;
use crate::ir::Program;
use crate::parser::Rule;
use crate::reader::{Script, StatementKind};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// One statement's conversion.
#[derive(Debug, Clone)]
pub struct UnitConversion {
    /// Index of the statement in the script.
    pub statement: usize,
    pub converted: Converted,
}

/// Converts every parsed statement of `program`.
pub fn convert_program(
    script: &Script,
    program: &Program,
    analysis: &Analysis,
    rules: &Rules,
) -> Vec<UnitConversion> {
    let statements: Vec<_> = script.statements().collect();
    let (columns, kinds) = relation_columns(script, program, analysis);
    let none = RelationColumns::new();
    let no_kinds = ColumnKinds::default();
    let mut units: Vec<UnitConversion> = program
        .units
        .par_iter()
        .map(|unit| {
            let statement = statements[unit.statement];
            let text = statement.text(&script.sources);
            let converted = convert_statement_known(
                rules,
                statement.head.kind,
                text,
                unit.tree.as_ref(),
                columns.get(&unit.statement).unwrap_or(&none),
                kinds.get(&unit.statement).unwrap_or(&no_kinds),
            );
            UnitConversion {
                statement: unit.statement,
                converted,
            }
        })
        .collect();
    schema_mapped(script, rules, &mut units);
    skip_implied_indexes(script, program, &mut units);
    comments_on_views(script, &mut units);
    sequence_grants(script, analysis, &mut units);
    grants_to_missing_roles(script, program, &mut units);
    super::key_types::hold_back_mismatched_keys(script, program, analysis, rules, &mut units);
    hold_back_dependents(script, analysis, &mut units);
    units
}

/// An object of a schema `--schema-map` renames says so, once.
fn schema_mapped(script: &Script, rules: &Rules, units: &mut [UnitConversion]) {
    let statements: Vec<_> = script.statements().collect();
    for unit in units.iter_mut() {
        let Some(oracle) = statements[unit.statement].schema.as_deref() else {
            continue;
        };
        if let Some(mapped) = rules.namer.mapped_schema(oracle) {
            unit.converted.actions.insert(
                0,
                super::Action {
                    code: codes::SCHEMA_MAPPED,
                    span: crate::source::Span::new(0, 0),
                    message: format!("schema {oracle} -> {mapped} (--schema-map)"),
                },
            );
        }
    }
}

/// The kind of a column's type that date arithmetic needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Date,
    Timestamp,
    Interval,
    Other,
}

fn kind_of(datatype: &str) -> Kind {
    let upper = datatype.trim().to_uppercase();
    if upper.starts_with("DATE") {
        Kind::Date
    } else if upper.starts_with("TIMESTAMP") {
        Kind::Timestamp
    } else if upper.starts_with("INTERVAL") {
        Kind::Interval
    } else {
        Kind::Other
    }
}

/// For each statement, the columns of the tables it names that the input creates with a
/// column list and never alters (an ALTER TABLE may add or drop columns), and the
/// kinds of their types.
fn relation_columns(
    script: &Script,
    program: &Program,
    analysis: &Analysis,
) -> (
    BTreeMap<usize, RelationColumns>,
    BTreeMap<usize, ColumnKinds>,
) {
    let statements: Vec<_> = script.statements().collect();
    let altered: BTreeSet<usize> = analysis
        .references
        .iter()
        .filter(|r| statements[r.statement].head.kind == StatementKind::AlterTable)
        .filter_map(|r| r.resolved)
        .collect();
    // Tables whose columns' types an ALTER TABLE may change: ADD or MODIFY with a type,
    // RENAME. Adding a constraint or NOT NULL leaves the types alone.
    let retyped: BTreeSet<usize> = analysis
        .references
        .iter()
        .filter(|r| statements[r.statement].head.kind == StatementKind::AlterTable)
        .filter(|r| {
            let tree = program.units.get(r.statement).and_then(|u| u.tree.as_ref());
            let text = statements[r.statement].text(&script.sources);
            tree.is_none_or(|t| t.nodes().any(|n| n.kind() == Rule::datatype))
                || text.to_uppercase().contains("RENAME")
        })
        .filter_map(|r| r.resolved)
        .collect();
    let mut tables: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut table_kinds: BTreeMap<usize, Vec<(String, Kind)>> = BTreeMap::new();
    for node in &analysis.graph.nodes {
        let (Some(StatementKind::Table), Some(index)) = (node.kind, node.statement) else {
            continue;
        };
        if retyped.contains(&node.id) {
            continue;
        }
        let Some(tree) = program.units.get(index).and_then(|u| u.tree.as_ref()) else {
            continue;
        };
        let text = statements[index].text(&script.sources);
        let Some(properties) = tree
            .nodes()
            .find(|n| n.kind() == Rule::ddl_relational_properties)
        else {
            continue;
        };
        let columns: Option<Vec<String>> = properties
            .children_of(Rule::ddl_column_definition)
            .map(|c| {
                c.child(Rule::ddl_column_name)
                    .and_then(|n| n.child(Rule::identifier))
                    .map(|i| i.text(text).to_owned())
            })
            .collect();
        if let Some(columns) = columns.filter(|c| !c.is_empty())
            && !altered.contains(&node.id)
        {
            tables.insert(node.id, columns);
        }
        // A virtual column without a type has no kind here.
        let kinds: Vec<(String, Kind)> = properties
            .children_of(Rule::ddl_column_definition)
            .filter_map(|c| {
                let name = c.child(Rule::ddl_column_name)?.child(Rule::identifier)?;
                let datatype = c.child(Rule::datatype)?;
                Some((
                    name.text(text).trim_matches('"').to_uppercase(),
                    kind_of(datatype.text(text)),
                ))
            })
            .collect();
        table_kinds.insert(node.id, kinds);
    }
    let mut out: BTreeMap<usize, RelationColumns> = BTreeMap::new();
    let mut seen: BTreeMap<usize, BTreeMap<String, BTreeSet<Kind>>> = BTreeMap::new();
    for reference in &analysis.references {
        if reference.kind != crate::analysis::ReferenceKind::Relation {
            continue;
        }
        if let Some(columns) = reference.resolved.and_then(|id| tables.get(&id)) {
            out.entry(reference.statement)
                .or_default()
                .insert((reference.span.start, reference.span.end), columns.clone());
        }
        if let Some(kinds) = reference.resolved.and_then(|id| table_kinds.get(&id)) {
            let names = seen.entry(reference.statement).or_default();
            for (name, kind) in kinds {
                names.entry(name.clone()).or_default().insert(*kind);
            }
        }
    }
    let kinds = seen
        .into_iter()
        .map(|(statement, names)| {
            let mut kinds = ColumnKinds::default();
            for (name, found) in names {
                // The same name with two kinds of type in the named tables: unknown.
                let [kind] = found.into_iter().collect::<Vec<_>>()[..] else {
                    continue;
                };
                match kind {
                    Kind::Date => {
                        kinds.dates.insert(name.clone());
                    }
                    Kind::Timestamp => {
                        kinds.dates.insert(name.clone());
                        kinds.timestamps.insert(name.clone());
                    }
                    Kind::Interval => {
                        kinds.intervals.insert(name.clone());
                    }
                    Kind::Other => {}
                }
                kinds.known.insert(name);
            }
            (statement, kinds)
        })
        .collect();
    (out, kinds)
}

/// PostgreSQL's SELECT on a sequence does not allow nextval; Oracle's does.
fn sequence_grants(script: &Script, analysis: &Analysis, units: &mut [UnitConversion]) {
    let statements: Vec<_> = script.statements().collect();
    for unit in units.iter_mut() {
        let statement = statements[unit.statement];
        if statement.head.kind != StatementKind::Grant {
            continue;
        }
        let is_sequence = analysis.references_of(unit.statement).iter().any(|r| {
            r.resolved
                .is_some_and(|n| analysis.graph.nodes[n].kind == Some(StatementKind::Sequence))
        });
        let Some(sql) = &unit.converted.sql else {
            continue;
        };
        let upper = sql.to_uppercase();
        if is_sequence && upper.starts_with("GRANT SELECT ON ") {
            let rest = &sql["GRANT SELECT ON ".len()..];
            unit.converted.sql = Some(format!("GRANT USAGE, SELECT ON SEQUENCE {rest}"));
            unit.converted.actions.push(super::Action {
                code: codes::SEQUENCE_GRANT,
                span: crate::source::Span::new(0, 0),
                message: "SELECT on a sequence -> USAGE, SELECT (nextval needs USAGE)".to_owned(),
            });
        }
    }
}

/// A GRANT to a role or user the input does not create fails in PostgreSQL ("role does
/// not exist"): held back, naming the grantee, like any missing dependency; so is a role
/// grant of a role the input does not create.
fn grants_to_missing_roles(script: &Script, program: &Program, units: &mut [UnitConversion]) {
    let statements: Vec<_> = script.statements().collect();
    let created: std::collections::BTreeSet<String> = statements
        .iter()
        .zip(units.iter())
        .filter(|(s, u)| {
            matches!(s.head.kind, StatementKind::Role | StatementKind::User)
                && matches!(u.converted.status, Status::Auto | Status::Review)
        })
        .filter_map(|(s, _)| s.head.name.clone())
        .collect();
    for (index, statement) in statements.iter().enumerate() {
        if statement.head.kind != StatementKind::Grant
            || !matches!(units[index].converted.status, Status::Auto | Status::Review)
        {
            continue;
        }
        let Some(tree) = program.units[index].tree.as_ref() else {
            continue;
        };
        let text = statement.text(&script.sources);
        // A role grant (GRANT role TO ...) also needs the granted roles.
        let role_grant = tree.nodes().all(|n| n.kind() != Rule::ddl_grant_object);
        let missing: Vec<_> = tree
            .nodes()
            .filter(|n| {
                (n.kind() == Rule::ddl_grantee && n.child(Rule::PUBLIC).is_none())
                    || (role_grant && n.kind() == Rule::ddl_privilege)
            })
            .filter(|n| {
                !created.contains(&crate::reader::head::normalize_identifier(
                    n.text(text).trim(),
                ))
            })
            .collect();
        for grantee in missing {
            let unit = &mut units[index].converted;
            unit.actions.push(super::Action {
                code: codes::UNRESOLVED_DEPENDENCY,
                span: grantee.span(),
                message: if grantee.kind() == Rule::ddl_privilege {
                    format!(
                        "grants {}, which the input does not create as a role: create it first (an Oracle-supplied role or a system privilege needs a PostgreSQL counterpart designed)",
                        grantee.text(text).trim()
                    )
                } else {
                    format!(
                        "depends on role {}, which is not in the input: create it first",
                        grantee.text(text).trim()
                    )
                },
            });
            unit.hold_back();
        }
    }
}

/// Whether a foreign key's SQL references table `target` (its last name part, lower case).
pub(super) fn refers_to(sql: &str, target: &str) -> bool {
    let sql = sql.to_lowercase();
    sql.contains(&format!("references {target}"))
        || sql.contains(&format!(".{target} "))
        || sql.contains(&format!(".{target}("))
}

/// Whether the converted statement still names `name` (as a whole word, any case).
fn still_named(converted: &super::Converted, name: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '$' | '#');
    let name = name.to_lowercase();
    converted
        .sql
        .iter()
        .map(String::as_str)
        .chain(converted.extra.iter().map(String::as_str))
        .chain(converted.post.iter().map(|p| p.sql.as_str()))
        .any(|sql| {
            let sql = sql.to_lowercase();
            sql.match_indices(&name).any(|(at, _)| {
                let before = sql[..at].chars().next_back();
                let after = sql[at + name.len()..].chars().next();
                !before.is_some_and(is_word) && !after.is_some_and(is_word)
            })
        })
}

/// An object that uses something missing from the input, or something not converted,
/// cannot be created: it is held back (manual) with the reason, transitively. A foreign
/// key to such a table is held back alone; its table is still created.
fn hold_back_dependents(script: &Script, analysis: &Analysis, units: &mut [UnitConversion]) {
    use crate::analysis::{NodeKind, ReferenceKind};
    let statements: Vec<_> = script.statements().collect();
    let deployable =
        |u: &UnitConversion| matches!(u.converted.status, Status::Auto | Status::Review);
    loop {
        let mut changed = false;
        for reference in &analysis.references {
            let unit_index = reference.statement;
            if !deployable(&units[unit_index]) {
                continue;
            }
            let name = reference.parts.join(".");
            let blocked: Option<(crate::catalogue::Code, String)> = match reference.resolved {
                None => Some((
                    codes::UNRESOLVED_DEPENDENCY,
                    format!("{name} is not in the input"),
                )),
                Some(node) => {
                    let target = &analysis.graph.nodes[node];
                    match (target.node_kind, target.statement) {
                        (NodeKind::Object, Some(statement)) if statement != unit_index => {
                            let target_unit = &units[statement];
                            (!deployable(target_unit)
                                && statements[statement].head.kind.creates_object())
                            .then(|| {
                                (
                                    codes::DEPENDENCY_NOT_CONVERTED,
                                    format!("{name} is not converted"),
                                )
                            })
                        }
                        // A supplied object the rules rewrote away (FROM DUAL) is no
                        // dependency of the PostgreSQL text.
                        (NodeKind::Supplied, _)
                            if reference.kind != ReferenceKind::DatabaseLink
                                && reference.parts.last().is_some_and(|last| {
                                    still_named(&units[unit_index].converted, last)
                                }) =>
                        {
                            Some((
                                codes::UNRESOLVED_DEPENDENCY,
                                format!(
                                    "{name} is an Oracle-supplied object with no PostgreSQL counterpart"
                                ),
                            ))
                        }
                        _ => None,
                    }
                }
            };
            let Some((code, message)) = blocked else {
                continue;
            };
            let unit = &mut units[unit_index].converted;
            if reference.kind == ReferenceKind::ForeignKey {
                let target = reference
                    .parts
                    .last()
                    .map(|p| p.to_lowercase())
                    .unwrap_or_default();
                let (held, kept): (Vec<_>, Vec<_>) = unit
                    .post
                    .drain(..)
                    .partition(|p| refers_to(&p.sql, &target));
                unit.post = kept;
                for fk in held {
                    // The key's text travels in the message, so it is not lost.
                    unit.actions.push(super::Action {
                        code: codes::CONSTRAINT_DISABLED,
                        span: reference.span,
                        message: format!("foreign key held back ({message}): {}", fk.sql),
                    });
                    unit.status = unit.status.max(super::status_of(&unit.actions));
                    changed = true;
                }
                continue;
            }
            unit.actions.push(super::Action {
                code,
                span: reference.span,
                message: format!("depends on {message}"),
            });
            unit.hold_back();
            changed = true;
        }
        if !changed {
            break;
        }
    }
}

/// Oracle's COMMENT ON TABLE also names views; PostgreSQL wants COMMENT ON VIEW (or
/// MATERIALIZED VIEW) for them.
fn comments_on_views(script: &Script, units: &mut [UnitConversion]) {
    let statements: Vec<_> = script.statements().collect();
    let view_kind = |name: &(Option<String>, Option<String>)| {
        statements.iter().find_map(|s| {
            let same = s.head.name == name.1 && (name.0.is_none() || s.schema == name.0);
            match s.head.kind {
                StatementKind::View | StatementKind::Synonym if same => Some("VIEW"),
                StatementKind::MaterializedView if same => Some("MATERIALIZED VIEW"),
                _ => None,
            }
        })
    };
    for unit in units.iter_mut() {
        let statement = statements[unit.statement];
        if statement.head.kind != StatementKind::Comment {
            continue;
        }
        let Some(sql) = &unit.converted.sql else {
            continue;
        };
        let upper = sql.to_uppercase();
        let Some(at) = upper.find(" TABLE ") else {
            continue;
        };
        if !upper[..at].trim_end().ends_with("ON") {
            continue;
        }
        if let Some(kind) = view_kind(&(statement.head.schema.clone(), statement.head.name.clone()))
        {
            let replaced = format!("{} {kind} {}", &sql[..at], &sql[at + " TABLE ".len()..]);
            unit.converted.sql = Some(replaced);
        }
    }
}

/// A unique index on the same table and columns as a primary key or unique constraint, or
/// with a constraint's name, would make PostgreSQL create two indexes (or fail on the
/// name): the constraint's own index replaces it.
fn skip_implied_indexes(script: &Script, program: &Program, units: &mut [UnitConversion]) {
    let statements: Vec<_> = script.statements().collect();
    // (table, columns) and names of every primary key / unique constraint.
    let mut keys: BTreeSet<(String, String)> = BTreeSet::new();
    let mut names: BTreeSet<String> = BTreeSet::new();
    for unit in &program.units {
        let Some(tree) = &unit.tree else { continue };
        let statement = statements[unit.statement];
        if !matches!(
            statement.head.kind,
            StatementKind::Table | StatementKind::AlterTable
        ) {
            continue;
        }
        let text = statement.text(&script.sources);
        let table = statement.head.name.clone().unwrap_or_default();
        for node in tree.nodes() {
            if !matches!(
                node.kind(),
                Rule::ddl_primary_key_constraint | Rule::ddl_unique_constraint
            ) {
                continue;
            }
            if let Some(list) = node.child(Rule::ddl_column_list) {
                keys.insert((table.clone(), normalized(list.text(text))));
            }
        }
        for node in tree
            .nodes()
            .filter(|n| n.kind() == Rule::ddl_constraint_name)
        {
            names.insert(normalized(node.text(text)));
        }
    }
    for unit in units.iter_mut() {
        let statement = statements[unit.statement];
        if statement.head.kind != StatementKind::Index || unit.converted.sql.is_none() {
            continue;
        }
        let Some(tree) = &program.units[unit.statement].tree else {
            continue;
        };
        let text = statement.text(&script.sources);
        let root = tree.nodes();
        let mut table = None;
        let mut columns = None;
        let mut unique = false;
        for node in root {
            match node.kind() {
                Rule::ddl_table_name if table.is_none() => {
                    table = Some(
                        normalized(node.text(text))
                            .rsplit('.')
                            .next()
                            .unwrap_or("")
                            .to_owned(),
                    )
                }
                Rule::ddl_index_columns if columns.is_none() => {
                    columns = Some(normalized(node.text(text)))
                }
                Rule::ddl_index_kind => unique = node.text(text).eq_ignore_ascii_case("unique"),
                _ => {}
            }
        }
        let name = statement.head.name.clone().unwrap_or_default();
        let same_columns = unique
            && table
                .zip(columns)
                .is_some_and(|(t, c)| keys.contains(&(t.to_uppercase(), c)));
        if same_columns || names.contains(&name.to_uppercase()) {
            let span = crate::source::Span::new(0, text.len());
            unit.converted.sql = None;
            unit.converted.actions.push(super::Action {
                code: codes::IMPLIED_INDEX_SKIPPED,
                span,
                message: format!("index {name} is created by the primary key or unique constraint on the same columns"),
            });
            unit.converted.status = Status::Auto.max(super::status_of(&unit.converted.actions));
        }
    }
}

/// Upper-cased text without blanks or quotes, for comparing names and column lists.
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '"')
        .collect::<String>()
        .to_uppercase()
}
