//! CREATE TABLE and ALTER TABLE.

use super::Cx;
use crate::catalogue::codes;
use crate::convert::FollowUp;
use crate::convert::edit::Edit;
use crate::parser::{Rule, SyntaxNode};
use crate::source::Span;

/// Table clauses that only tune Oracle's storage: dropped, reported once per object.
const STORAGE_CLAUSES: &[Rule] = &[
    Rule::ddl_physical_attribute,
    Rule::ddl_parallel_clause,
    Rule::ddl_table_option,
    Rule::ddl_lob_storage_clause,
    Rule::ddl_enable_disable_clause,
    Rule::ddl_reject_limit,
    Rule::ddl_supplemental_logging,
    Rule::ddl_period_definition,
];

/// Table clauses that make a table something PostgreSQL has no counterpart for.
const MANUAL_CLAUSES: &[Rule] = &[
    Rule::ddl_object_table_of,
    Rule::ddl_cluster_clause,
    Rule::ddl_varray_storage_clause,
    Rule::ddl_nested_table_storage,
    Rule::ddl_xmltype_storage_clause,
    Rule::ddl_xmlschema_clause,
    Rule::ddl_object_table_option,
    Rule::ddl_blockchain_clause,
];

pub(super) fn create_table(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let children: Vec<SyntaxNode<'_>> = node.children().collect();
    let Some(name_node) = node.child(Rule::ddl_table_name) else {
        return;
    };
    let table = cx.render(name_node);
    for child in &children {
        let kind = child.kind();
        if MANUAL_CLAUSES.contains(&kind) {
            cx.set_manual(
                codes::TABLE_KIND_MANUAL,
                child.span(),
                format!(
                    "`{}` has no PostgreSQL counterpart",
                    first_words(child.text(cx.text), 4)
                ),
            );
        }
    }
    let mut temporary: Option<&'static str> = None;
    for child in &children {
        match child.kind() {
            Rule::ddl_table_kind => {
                let words = child.text(cx.text).to_uppercase();
                if words.starts_with("GLOBAL") {
                    temporary = Some("global");
                    cx.edits.push(Edit::replace(child.span(), "UNLOGGED"));
                    cx.act(
                        codes::GLOBAL_TEMPORARY_TABLE,
                        child.span(),
                        "global temporary table created as an unlogged table: rows are shared by sessions and not removed at commit",
                    );
                } else if words.starts_with("PRIVATE") {
                    temporary = Some("private");
                    cx.edits.push(Edit::replace(child.span(), "TEMPORARY"));
                    cx.act(
                        codes::PRIVATE_TEMPORARY_TABLE,
                        child.span(),
                        "private temporary table -> TEMPORARY table",
                    );
                } else {
                    cx.set_manual(
                        codes::TABLE_KIND_MANUAL,
                        child.span(),
                        format!(
                            "{} tables have no PostgreSQL counterpart",
                            words.split_whitespace().next().unwrap_or("")
                        ),
                    );
                }
            }
            Rule::ddl_table_name | Rule::ddl_table_query => cx.rewrite(*child),
            Rule::ddl_relational_properties => relational_properties(cx, *child, &table),
            Rule::ddl_on_commit_clause => {
                let upper = child.text(cx.text).to_uppercase();
                match temporary {
                    Some("private") if upper.contains("DROP") => {
                        cx.edits.push(Edit::replace(child.span(), "ON COMMIT DROP"))
                    }
                    Some("private") => cx
                        .edits
                        .push(Edit::replace(child.span(), "ON COMMIT PRESERVE ROWS")),
                    _ => cx.delete_clause(*child, &children),
                }
            }
            Rule::ddl_organization_clause => {
                let upper = child.text(cx.text).to_uppercase();
                if upper.contains("EXTERNAL") {
                    cx.set_manual(
                        codes::EXTERNAL_TABLE,
                        child.span(),
                        "external table: rewrite as a file_fdw foreign table",
                    );
                } else {
                    if upper.contains("INDEX") {
                        cx.act(
                            codes::INDEX_ORGANIZED_TABLE,
                            child.span(),
                            "index-organized table created as an ordinary table",
                        );
                    }
                    cx.drop_clause(*child, &children);
                }
            }
            Rule::ddl_partitioning_clause => partitioning(cx, *child, &table, node),
            kind if STORAGE_CLAUSES.contains(&kind) => cx.drop_clause(*child, &children),
            _ => {}
        }
    }
}

/// Columns and constraints inside the parentheses.
fn relational_properties(cx: &mut Cx<'_>, node: SyntaxNode<'_>, table: &str) {
    let elements: Vec<SyntaxNode<'_>> = node
        .children()
        .filter(|c| c.kind() != Rule::COMMENT)
        .collect();
    for (i, element) in elements.iter().enumerate() {
        match element.kind() {
            Rule::ddl_column_definition => column(cx, *element, table, &elements, i),
            Rule::ddl_out_of_line_constraint => {
                let before = cx.edits.len();
                let actions_before = cx.rw.actions.len();
                let disabled = element
                    .children_of(Rule::ddl_constraint_state)
                    .any(|s| s.text(cx.text).to_uppercase().starts_with("DISABLE"));
                let post = out_of_line_constraint(cx, *element, table);
                let unconvertible = unconvertible_check(cx, *element, actions_before);
                if let (Some(post), false) = (post, unconvertible) {
                    remove_element(cx, &elements, i);
                    cx.post.push(post);
                } else if disabled || unconvertible {
                    // Commented out in place would leave a dangling comma: move the
                    // text into the comment that replaces the element and its comma.
                    cx.edits.truncate(before);
                    let text = element.text(cx.text).replace("*/", "* /");
                    remove_element(cx, &elements, i);
                    if let Some(last) = cx.edits.last_mut() {
                        last.text = format!("{} /* {text} */", last.text);
                    }
                }
            }
            Rule::ddl_supplemental_logging
            | Rule::ddl_period_definition
            | Rule::ddl_out_of_line_ref_constraint => {
                let label = first_words(element.text(cx.text), 2).to_uppercase();
                cx.note_dropped(label);
                remove_element(cx, &elements, i);
            }
            _ => cx.rewrite(*element),
        }
    }
}

/// Removes a comma-separated element, with its separator, keeping the comments that
/// stood between it and its neighbour.
fn remove_element(cx: &mut Cx<'_>, elements: &[SyntaxNode<'_>], i: usize) {
    let element = elements[i];
    let span = if i > 0 {
        Span {
            start: elements[i - 1].span().end,
            end: element.span().end,
        }
    } else if let Some(next) = elements.get(1) {
        Span {
            start: element.span().start,
            end: next.span().start,
        }
    } else {
        element.span()
    };
    let kept: Vec<String> = comments_in(cx.text, span, element.span());
    let replacement = if kept.is_empty() {
        String::new()
    } else {
        format!(" {}", kept.join(" "))
    };
    cx.edits.push(Edit::replace(span, replacement));
}

/// Comments in `range` but outside `inner`, as block comments (so they survive being
/// moved onto one line).
fn comments_in(text: &str, range: Span, inner: Span) -> Vec<String> {
    use crate::reader::lexer::{Lexer, TokenKind};
    let mut out = Vec::new();
    let slice = &text[range.range()];
    for token in Lexer::new(slice, 0) {
        let at = range.start as usize + token.start;
        if at >= inner.start as usize && at < inner.end as usize {
            continue;
        }
        match token.kind {
            TokenKind::LineComment => out.push(format!(
                "/* {} */",
                token.text(slice).trim_start_matches("--").trim()
            )),
            TokenKind::BlockComment => out.push(token.text(slice).to_owned()),
            _ => {}
        }
    }
    out
}

fn column(
    cx: &mut Cx<'_>,
    node: SyntaxNode<'_>,
    table: &str,
    _elements: &[SyntaxNode<'_>],
    _i: usize,
) {
    let children: Vec<SyntaxNode<'_>> = node.children().collect();
    let column_name = node
        .child(Rule::ddl_column_name)
        .map(|n| cx.render(n))
        .unwrap_or_default();
    let has_type = node.child(Rule::datatype).is_some();
    let mut has_not_null = false;
    let mut needs_not_null = false;
    let is_identity = node.child(Rule::ddl_identity_clause).is_some();
    for child in &children {
        match child.kind() {
            Rule::datatype if is_identity => {
                // Identity columns must be smallint, integer or bigint in PostgreSQL.
                let edits = cx.rw.edits(*child);
                let rendered = crate::convert::edit::apply(cx.text, child.span(), &edits);
                let integer = matches!(rendered.as_str(), "smallint" | "integer" | "bigint");
                cx.edits.push(Edit::replace(
                    child.span(),
                    if integer {
                        rendered
                    } else {
                        "bigint".to_owned()
                    },
                ));
            }
            Rule::ddl_column_name | Rule::datatype => cx.rewrite(*child),
            Rule::ddl_default_clause => {
                if let Some(on_null) = child.child(Rule::ddl_default_on_null) {
                    cx.edits.push(Edit::delete(Span {
                        start: on_null.span().start,
                        end: next_start(*child, on_null).unwrap_or(on_null.span().end),
                    }));
                    cx.act(
                        codes::DEFAULT_ON_NULL,
                        child.span(),
                        "DEFAULT ON NULL -> DEFAULT ... NOT NULL: an explicit NULL is now rejected",
                    );
                    needs_not_null = true;
                }
                if let Some(expr) = child.child(Rule::expr) {
                    default_value(cx, *child, expr);
                }
            }
            Rule::ddl_identity_clause => identity(cx, *child),
            Rule::ddl_virtual_column => {
                if !has_type {
                    cx.set_manual(
                        codes::VIRTUAL_COLUMN,
                        child.span(),
                        "virtual column without a declared type: PostgreSQL needs one",
                    );
                    continue;
                }
                if let Some(function) = cx.rw.first_not_immutable(*child) {
                    cx.set_manual(
                        codes::NOT_IMMUTABLE_EXPRESSION,
                        child.span(),
                        format!("{function} is not IMMUTABLE in PostgreSQL, so it cannot be used in a generated column"),
                    );
                    continue;
                }
                let expression = child
                    .child(Rule::expr)
                    .map(|e| cx.render(e))
                    .unwrap_or_default();
                cx.edits.push(Edit::replace(
                    child.span(),
                    format!("GENERATED ALWAYS AS ({expression}) STORED"),
                ));
                cx.act(
                    codes::VIRTUAL_COLUMN,
                    child.span(),
                    "virtual column -> stored generated column",
                );
            }
            Rule::ddl_inline_constraint => {
                if child.descendant(Rule::ddl_not_null_constraint).is_some() {
                    has_not_null = true;
                }
                if child.child(Rule::ddl_references_clause).is_some() {
                    let post = inline_foreign_key(cx, *child, table, &column_name);
                    cx.delete_clause(*child, &children);
                    cx.post.push(post);
                } else {
                    let state_edits = constraint_states(cx, *child, false);
                    match state_edits {
                        StateOutcome::Keep(edits) => {
                            let rendered = cx.render_with(*child, &edits);
                            cx.edits.push(Edit::replace(child.span(), rendered));
                        }
                        StateOutcome::Disabled => {
                            let text = child.text(cx.text).to_owned();
                            cx.edits.push(Edit::replace(
                                child.span(),
                                format!("/* {} */", text.replace("*/", "* /")),
                            ));
                        }
                    }
                }
            }
            Rule::ddl_column_visibility
            | Rule::ddl_column_sort
            | Rule::ddl_encrypt_clause
            | Rule::ddl_column_collate
            | Rule::ddl_annotations => {
                cx.drop_clause(*child, &children);
            }
            _ => {}
        }
    }
    if needs_not_null && !has_not_null {
        cx.edits
            .push(Edit::insert(node.span().end as usize, " NOT NULL"));
    }
}

/// The start of the sibling after `node` inside `parent`.
fn next_start(parent: SyntaxNode<'_>, node: SyntaxNode<'_>) -> Option<u32> {
    parent
        .children()
        .find(|c| c.span().start >= node.span().end)
        .map(|c| c.span().start)
}

/// A default PostgreSQL cannot take (a function with no counterpart) costs the column
/// its default, not the table its creation: the clause is kept as a comment under a
/// review item, so the table deploys and the default is added by hand.
fn default_value(cx: &mut Cx<'_>, clause: SyntaxNode<'_>, expr: SyntaxNode<'_>) {
    let before = cx.rw.actions.len();
    let edits = cx.rw.edits(expr);
    let reasons: Vec<String> = cx.rw.actions[before..]
        .iter()
        .filter(|a| a.code.action().severity == crate::catalogue::Severity::Manual)
        .map(|a| a.message.clone())
        .collect();
    if reasons.is_empty() {
        cx.edits.extend(edits);
        return;
    }
    cx.rw.actions.truncate(before);
    let original = clause.text(cx.text);
    cx.edits.push(Edit::replace(
        clause.span(),
        format!("/* {} */", original.replace("*/", "* /")),
    ));
    cx.act(
        codes::DEFAULT_DROPPED,
        clause.span(),
        format!(
            "{} not converted ({}): the column is created without a default",
            first_words(original, 8),
            reasons.join("; ")
        ),
    );
}

fn identity(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let upper = node.text(cx.text).to_uppercase();
    let mode = if upper.contains("BY DEFAULT") {
        "BY DEFAULT"
    } else {
        "ALWAYS"
    };
    if upper.contains("ON NULL") {
        cx.act(
            codes::DEFAULT_ON_NULL,
            node.span(),
            "identity BY DEFAULT ON NULL -> BY DEFAULT: an explicit NULL is now rejected",
        );
    }
    let options: Vec<String> = node
        .child(Rule::ddl_identity_options)
        .map(|o| {
            o.children_of(Rule::ddl_sequence_option)
                .filter_map(|opt| sequence_option(cx, opt))
                .collect()
        })
        .unwrap_or_default();
    let sql = if options.is_empty() {
        format!("GENERATED {mode} AS IDENTITY")
    } else {
        format!("GENERATED {mode} AS IDENTITY ({})", options.join(" "))
    };
    cx.act(
        codes::IDENTITY_COLUMN,
        node.span(),
        format!("identity column: {}", first_words(&sql, 5)),
    );
    cx.edits.push(Edit::replace(node.span(), sql));
}

/// One Oracle sequence option as PostgreSQL writes it, or `None` when it has no
/// counterpart.
pub(super) fn sequence_option(cx: &mut Cx<'_>, node: SyntaxNode<'_>) -> Option<String> {
    let text = node.text(cx.text);
    let upper = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase();
    let first = upper.split_whitespace().next().unwrap_or("");
    let number = node
        .child(Rule::ddl_signed_number)
        .map(|n| n.text(cx.text).replace(' ', ""));
    match first {
        "START" | "INCREMENT" => Some(upper_keywords(text)),
        "MINVALUE" | "MAXVALUE" => {
            let value = number.unwrap_or_default();
            let clamped = clamp_bigint(&value);
            if clamped != value {
                cx.act(
                    codes::SEQUENCE_MAXVALUE_CLAMPED,
                    node.span(),
                    format!("{first} {value} -> {clamped} (sequences are bigint)"),
                );
            }
            Some(format!("{first} {clamped}"))
        }
        "NOMINVALUE" => Some("NO MINVALUE".to_owned()),
        "NOMAXVALUE" => Some("NO MAXVALUE".to_owned()),
        "CACHE" => Some(upper_keywords(text)),
        "NOCACHE" => Some("CACHE 1".to_owned()),
        "CYCLE" => Some("CYCLE".to_owned()),
        // 18c: RESTART [START WITH n]; PostgreSQL restarts at n, or at the START value
        // (Oracle's MINVALUE for an ascending sequence: the same unless START WITH
        // was set above it).
        "RESTART" => Some(match number {
            Some(n) => format!("RESTART WITH {n}"),
            None => "RESTART".to_owned(),
        }),
        "NOCYCLE" => Some("NO CYCLE".to_owned()),
        _ => None,
    }
}

fn upper_keywords(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            if w.chars().all(|c| c.is_alphabetic()) {
                w.to_uppercase()
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Clamps a decimal integer to the bigint range.
fn clamp_bigint(value: &str) -> String {
    let negative = value.starts_with('-');
    let digits = value.trim_start_matches(['-', '+']).trim_start_matches('0');
    let (max, min) = ("9223372036854775807", "9223372036854775808");
    let limit = if negative { min } else { max };
    if digits.len() > limit.len() || (digits.len() == limit.len() && digits > limit) {
        if negative {
            format!("-{min}")
        } else {
            max.to_owned()
        }
    } else {
        value.to_owned()
    }
}

enum StateOutcome {
    /// Keep the constraint with these edits (dropping state words).
    Keep(Vec<Edit>),
    /// DISABLE: comment the constraint out.
    Disabled,
}

/// Handles the state words of a constraint: drops those PostgreSQL does not have.
/// `post_data` constraints (ALTER TABLE ADD) may take NOT VALID.
fn constraint_states(cx: &mut Cx<'_>, node: SyntaxNode<'_>, post_data: bool) -> StateOutcome {
    let states: Vec<SyntaxNode<'_>> = node.children_of(Rule::ddl_constraint_state).collect();
    let siblings: Vec<SyntaxNode<'_>> = node.children().collect();
    let is_check = node.child(Rule::ddl_check_constraint).is_some()
        || node.child(Rule::ddl_not_null_constraint).is_some()
        || node.child(Rule::ddl_null_constraint).is_some();
    let mut edits = Vec::new();
    let mut dropped = Vec::new();
    let mut novalidate = false;
    for state in &states {
        let upper = state.text(cx.text).to_uppercase();
        let word = upper.split_whitespace().next().unwrap_or("").to_owned();
        if word == "DISABLE" {
            cx.act(
                codes::CONSTRAINT_DISABLED,
                node.span(),
                "disabled constraint kept, commented out",
            );
            return StateOutcome::Disabled;
        }
        let keep = matches!(word.as_str(), "DEFERRABLE" | "INITIALLY")
            || upper.starts_with("NOT DEFERRABLE");
        if keep && !is_check {
            continue;
        }
        if word == "NOVALIDATE" {
            novalidate = true;
        }
        dropped.push(word);
        let start = siblings
            .iter()
            .filter(|s| s.span().end <= state.span().start)
            .map(|s| s.span().end)
            .max()
            .unwrap_or(state.span().start);
        edits.push(Edit::delete(Span {
            start,
            end: state.span().end,
        }));
    }
    if novalidate {
        if post_data
            && node.descendant(Rule::ddl_primary_key_constraint).is_none()
            && node.descendant(Rule::ddl_unique_constraint).is_none()
        {
            edits.push(Edit::insert(node.span().end as usize, " NOT VALID"));
            cx.act(
                codes::CONSTRAINT_NOT_VALIDATED,
                node.span(),
                "ENABLE NOVALIDATE -> NOT VALID",
            );
        } else {
            cx.act(
                codes::CONSTRAINT_NOT_VALIDATED,
                node.span(),
                "NOVALIDATE dropped: the constraint is checked when created",
            );
        }
    }
    if !dropped.is_empty() {
        dropped.dedup();
        cx.act(
            codes::CONSTRAINT_STATE_DROPPED,
            node.span(),
            format!("dropped: {}", dropped.join(", ")),
        );
    }
    StateOutcome::Keep(edits)
}

/// An out-of-line constraint: foreign keys become post-data steps (returned); others are
/// converted in place.
/// A CHECK constraint whose condition PostgreSQL cannot take (IS JSON before 16, a
/// function with no counterpart) costs the table that constraint, not its creation: the
/// reasons become one review item and the caller comments the constraint out.
fn unconvertible_check(cx: &mut Cx<'_>, node: SyntaxNode<'_>, actions_before: usize) -> bool {
    if node.child(Rule::ddl_check_constraint).is_none() {
        return false;
    }
    let reasons: Vec<String> = cx.rw.actions[actions_before..]
        .iter()
        .filter(|a| a.code.action().severity == crate::catalogue::Severity::Manual)
        .map(|a| a.message.clone())
        .collect();
    if reasons.is_empty() {
        return false;
    }
    cx.rw.actions.truncate(actions_before);
    cx.act(
        codes::CHECK_DROPPED,
        node.span(),
        format!(
            "{} not converted ({}): the table is created without it",
            first_words(node.text(cx.text), 8),
            reasons.join("; ")
        ),
    );
    true
}

fn out_of_line_constraint(cx: &mut Cx<'_>, node: SyntaxNode<'_>, table: &str) -> Option<FollowUp> {
    let is_fk = node.child(Rule::ddl_foreign_key_constraint).is_some();
    match constraint_states(cx, node, is_fk) {
        StateOutcome::Disabled => {
            let text = node.text(cx.text).to_owned();
            cx.edits.push(Edit::replace(
                node.span(),
                format!("/* {} */", text.replace("*/", "* /")),
            ));
            None
        }
        StateOutcome::Keep(edits) => {
            let rendered = cx.render_with(node, &edits);
            if is_fk {
                let name = constraint_name(cx, node)
                    .unwrap_or_else(|| format!("{}_fk", strip_quotes(table)));
                cx.act(
                    codes::FOREIGN_KEY_POST_DATA,
                    node.span(),
                    format!("foreign key {name} added after the data"),
                );
                Some(FollowUp {
                    name,
                    sql: format!("ALTER TABLE {table} ADD {rendered}"),
                })
            } else {
                cx.edits.push(Edit::replace(node.span(), rendered));
                None
            }
        }
    }
}

fn inline_foreign_key(
    cx: &mut Cx<'_>,
    node: SyntaxNode<'_>,
    table: &str,
    column: &str,
) -> FollowUp {
    let name = constraint_name(cx, node);
    let references = node
        .child(Rule::ddl_references_clause)
        .map(|r| cx.render(r))
        .unwrap_or_default();
    let mut states = Vec::new();
    let mut not_valid = false;
    for state in node.children_of(Rule::ddl_constraint_state) {
        let upper = state.text(cx.text).to_uppercase();
        if upper.starts_with("DEFERRABLE")
            || upper.starts_with("INITIALLY")
            || upper.starts_with("NOT DEFERRABLE")
        {
            states.push(upper.split_whitespace().collect::<Vec<_>>().join(" "));
        } else if upper.starts_with("NOVALIDATE") {
            not_valid = true;
        }
    }
    let constraint = name
        .as_ref()
        .map(|n| format!("CONSTRAINT {n} "))
        .unwrap_or_default();
    let mut sql =
        format!("ALTER TABLE {table} ADD {constraint}FOREIGN KEY ({column}) {references}");
    for state in states {
        sql.push(' ');
        sql.push_str(&state);
    }
    if not_valid {
        sql.push_str(" NOT VALID");
        cx.act(
            codes::CONSTRAINT_NOT_VALIDATED,
            node.span(),
            "ENABLE NOVALIDATE -> NOT VALID",
        );
    }
    let shown =
        name.unwrap_or_else(|| format!("{}_{}_fk", strip_quotes(table), strip_quotes(column)));
    cx.act(
        codes::FOREIGN_KEY_POST_DATA,
        node.span(),
        format!("foreign key {shown} added after the data"),
    );
    FollowUp { name: shown, sql }
}

fn constraint_name(cx: &mut Cx<'_>, node: SyntaxNode<'_>) -> Option<String> {
    node.child(Rule::ddl_constraint_name).map(|n| cx.render(n))
}

fn strip_quotes(name: &str) -> String {
    name.rsplit('.')
        .next()
        .unwrap_or(name)
        .trim_matches('"')
        .to_owned()
}

fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------
// Partitioning

fn partitioning(cx: &mut Cx<'_>, node: SyntaxNode<'_>, table: &str, create: SyntaxNode<'_>) {
    let Some(method) = node
        .children()
        .find(|c| c.kind() != Rule::COMMENT && c.kind() != Rule::PARTITION && c.kind() != Rule::BY)
    else {
        return;
    };
    let (keyword, supported) = match method.kind() {
        Rule::ddl_range_partitioning => {
            ("RANGE", method.child(Rule::ddl_interval_clause).is_none())
        }
        Rule::ddl_list_partitioning => ("LIST", method.child(Rule::ddl_automatic_clause).is_none()),
        Rule::ddl_hash_partitioning => ("HASH", true),
        _ => ("", false),
    };
    let subpartitioned = method.child(Rule::ddl_subpartition_by).is_some()
        || method.descendant(Rule::ddl_subpartition_list).is_some();
    if !supported || subpartitioned {
        let what = if subpartitioned {
            "composite (sub-)partitioning"
        } else {
            "this partitioning scheme"
        };
        cx.set_manual(
            codes::PARTITIONING_MANUAL,
            node.span(),
            format!("{what} has no direct PostgreSQL counterpart"),
        );
        return;
    }
    let Some(key) = method.child(Rule::ddl_partition_key) else {
        return;
    };
    let key_columns: Vec<String> = key
        .children_of(Rule::ddl_column_name)
        .map(|c| cx.render(c))
        .collect();
    if keyword == "LIST" && key_columns.len() > 1 {
        cx.set_manual(
            codes::PARTITIONING_MANUAL,
            key.span(),
            "LIST partitioning on several columns has no PostgreSQL counterpart",
        );
        return;
    }
    // A primary key or unique constraint must include the partition key.
    for constraint in create.descendants().filter(|d| {
        matches!(
            d.kind(),
            Rule::ddl_primary_key_constraint | Rule::ddl_unique_constraint
        )
    }) {
        let columns: Vec<String> = match constraint.child(Rule::ddl_column_list) {
            Some(list) => list
                .children_of(Rule::ddl_column_name)
                .map(|c| cx.render(c))
                .collect(),
            None => Vec::new(),
        };
        let covered = !columns.is_empty() && key_columns.iter().all(|k| columns.contains(k));
        if !covered {
            cx.set_manual(
                codes::PARTITIONING_MANUAL,
                constraint.span(),
                format!("a primary key or unique constraint on a partitioned table must include the partition key ({})", key_columns.join(", ")),
            );
            return;
        }
    }
    cx.edits.push(Edit::replace(
        node.span(),
        format!("PARTITION BY {keyword} ({})", key_columns.join(", ")),
    ));
    let partitions: Vec<SyntaxNode<'_>> = method
        .child(Rule::ddl_partition_list)
        .map(|l| l.children_of(Rule::ddl_partition_definition).collect())
        .unwrap_or_default();
    let base = strip_quotes(table);
    let schema_prefix = table
        .rsplit_once('.')
        .map(|(s, _)| format!("{s}."))
        .unwrap_or_default();
    let mut previous_upper: Option<String> = None;
    let count = partitions.len();
    if keyword == "HASH" && partitions.is_empty() {
        let n: usize = method
            .child(Rule::ddl_partition_count)
            .and_then(|c| c.child(Rule::number_literal))
            .and_then(|n| n.text(cx.text).parse().ok())
            .unwrap_or(0);
        for i in 0..n {
            let name = cx.rw_namer_short(&format!("{base}_p{}", i + 1));
            cx.extra.push(format!("CREATE TABLE {schema_prefix}{name} PARTITION OF {table} FOR VALUES WITH (MODULUS {n}, REMAINDER {i})"));
        }
    }
    for (i, partition) in partitions.iter().enumerate() {
        let oracle_name = partition
            .child(Rule::ddl_partition_name)
            .map(|n| n.text(cx.text).trim_matches('"').to_lowercase())
            .unwrap_or_else(|| format!("p{}", i + 1));
        let name = cx.rw_namer_short(&format!("{base}_{oracle_name}"));
        let bound_values: Vec<String> = partition
            .child(Rule::ddl_partition_bound)
            .and_then(|b| b.child(Rule::ddl_bound_values))
            .map(|v| {
                v.children_of(Rule::ddl_bound_value)
                    .map(|b| bound_value(cx, b))
                    .collect()
            })
            .unwrap_or_default();
        let bound = match keyword {
            "RANGE" => {
                let lower = previous_upper
                    .clone()
                    .unwrap_or_else(|| vec!["MINVALUE"; bound_values.len().max(1)].join(", "));
                let upper = bound_values.join(", ");
                previous_upper = Some(upper.clone());
                format!("FOR VALUES FROM ({lower}) TO ({upper})")
            }
            "LIST" if bound_values.iter().any(|v| v == "DEFAULT") => "DEFAULT".to_owned(),
            "LIST" => format!("FOR VALUES IN ({})", bound_values.join(", ")),
            _ => format!("FOR VALUES WITH (MODULUS {count}, REMAINDER {i})"),
        };
        cx.extra.push(format!(
            "CREATE TABLE {schema_prefix}{name} PARTITION OF {table} {bound}"
        ));
    }
    cx.act(
        codes::PARTITIONED_TABLE,
        node.span(),
        format!(
            "{keyword} partitioning with {} partition(s)",
            cx.extra.len()
        ),
    );
}

fn bound_value(cx: &mut Cx<'_>, node: SyntaxNode<'_>) -> String {
    let text = node.text(cx.text).trim().to_uppercase();
    if text == "MAXVALUE" || text == "DEFAULT" {
        return text;
    }
    cx.render(node)
}

impl Cx<'_> {
    /// A generated name, valid and short enough for PostgreSQL.
    fn rw_namer_short(&self, name: &str) -> String {
        let short = crate::convert::names::shorten(&name.to_lowercase());
        if short
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            short
        } else {
            format!("\"{}\"", short.replace('"', "\"\""))
        }
    }
}

// ---------------------------------------------------------------------------------------
// ALTER TABLE

/// Actions that only touch storage: dropped like physical clauses.
const STORAGE_ACTIONS: &[Rule] = &[
    Rule::ddl_move_table,
    Rule::ddl_shrink_space,
    Rule::ddl_allocate_extent,
    Rule::ddl_deallocate_unused,
    Rule::ddl_update_indexes,
];

pub(super) fn alter_table(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let Some(name_node) = node.child(Rule::ddl_table_name) else {
        return;
    };
    let table = cx.render(name_node);
    cx.rewrite(name_node);
    let children: Vec<SyntaxNode<'_>> = node.children().collect();
    let actions: Vec<SyntaxNode<'_>> = children
        .iter()
        .copied()
        .filter(|c| c.span().start >= name_node.span().end && c.kind() != Rule::COMMENT)
        .collect();
    let mut kept = 0usize;
    let mut pieces: Vec<(SyntaxNode<'_>, Option<String>)> = Vec::new();
    for action in &actions {
        let piece = alter_action(cx, *action, &table);
        if piece.is_some() {
            kept += 1;
        }
        pieces.push((*action, piece));
    }
    if cx.manual.is_some() {
        return;
    }
    if kept == 0 {
        // Everything moved to the post-data step or was storage-only.
        cx.no_main = true;
        return;
    }
    // PostgreSQL separates several actions with commas; Oracle with blanks.
    let mut first = true;
    for (action, piece) in pieces {
        match piece {
            Some(sql) => {
                let text = if first { sql } else { format!(", {sql}") };
                first = false;
                cx.edits.push(Edit::replace(action.span(), text));
            }
            None => cx.delete_clause(action, &children),
        }
    }
}

/// One ALTER TABLE action in PostgreSQL syntax, or `None` when it moved elsewhere or
/// was dropped.
fn alter_action(cx: &mut Cx<'_>, action: SyntaxNode<'_>, table: &str) -> Option<String> {
    let reshapes = match action.kind() {
        Rule::ddl_add_clause => action.descendant(Rule::ddl_column_definition).is_some(),
        kind => matches!(
            kind,
            Rule::ddl_rename_column
                | Rule::ddl_rename_to
                | Rule::ddl_drop_column_clause
                | Rule::ddl_modify_column_clause
        ),
    };
    cx.alters_columns |= reshapes;
    match action.kind() {
        Rule::ddl_add_clause => add_clause(cx, action, table),
        Rule::ddl_drop_constraint
        | Rule::ddl_rename_column
        | Rule::ddl_rename_constraint
        | Rule::ddl_rename_to => {
            let mut edits = Vec::new();
            // KEEP INDEX / DROP INDEX have no counterpart (the index goes with the constraint).
            let upper = action.text(cx.text).to_uppercase();
            if upper.contains("PRIMARY KEY") || upper.starts_with("DROP UNIQUE") {
                cx.set_manual(
                    codes::NOT_CONVERTED_STATEMENT,
                    action.span(),
                    "DROP PRIMARY KEY / UNIQUE (...) needs the constraint's name in PostgreSQL",
                );
                return None;
            }
            for word in action.children().filter(|c| {
                matches!(c.kind(), Rule::KEEP | Rule::INDEX)
                    || (c.kind() == Rule::DROP_KW && c.span().start > action.span().start)
            }) {
                edits.push(Edit::delete(word.span()));
            }
            let rendered = cx.render_with(action, &edits);
            // The constraint may be one orapg left commented out (disabled, or a CHECK
            // PostgreSQL cannot take): dropping it must not fail the deploy.
            if action.kind() == Rule::ddl_drop_constraint
                && let Some(rest) = rendered
                    .get(..15)
                    .filter(|p| p.eq_ignore_ascii_case("DROP CONSTRAINT"))
                    .map(|_| &rendered[15..])
            {
                return Some(format!("DROP CONSTRAINT IF EXISTS{rest}"));
            }
            Some(rendered)
        }
        Rule::ddl_drop_column_clause => {
            let columns: Vec<String> = action
                .descendants()
                .filter(|d| d.kind() == Rule::ddl_column_name)
                .map(|c| cx.render(c))
                .collect();
            if columns.is_empty() {
                // DROP UNUSED COLUMNS: storage housekeeping after SET UNUSED.
                let label = first_words(action.text(cx.text), 3).to_uppercase();
                cx.note_dropped(label);
                return None;
            }
            let cascade = action.text(cx.text).to_uppercase().contains("CASCADE");
            let suffix = if cascade { " CASCADE" } else { "" };
            Some(
                columns
                    .iter()
                    .map(|c| format!("DROP COLUMN {c}{suffix}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        }
        Rule::ddl_modify_column_clause => modify_columns(cx, action),
        kind if STORAGE_ACTIONS.contains(&kind) || STORAGE_CLAUSES.contains(&kind) => {
            let label = first_words(action.text(cx.text), 2).to_uppercase();
            cx.note_dropped(label);
            None
        }
        _ => {
            cx.set_manual(
                codes::NOT_CONVERTED_STATEMENT,
                action.span(),
                format!(
                    "ALTER TABLE ... {} is not converted yet",
                    first_words(action.text(cx.text), 3)
                ),
            );
            None
        }
    }
}

fn add_clause(cx: &mut Cx<'_>, action: SyntaxNode<'_>, table: &str) -> Option<String> {
    if let Some(constraint) = action.child(Rule::ddl_out_of_line_constraint) {
        if constraint.child(Rule::ddl_foreign_key_constraint).is_some() {
            if let Some(post) = out_of_line_constraint(cx, constraint, table) {
                cx.post.push(post);
            }
            return None;
        }
        return match constraint_states(cx, constraint, true) {
            StateOutcome::Disabled => None,
            StateOutcome::Keep(edits) => {
                Some(format!("ADD {}", cx.render_with(constraint, &edits)))
            }
        };
    }
    let columns: Vec<SyntaxNode<'_>> = action.children_of(Rule::ddl_column_definition).collect();
    if columns.is_empty() {
        let label = first_words(action.text(cx.text), 3).to_uppercase();
        cx.note_dropped(label);
        return None;
    }
    let mut added = Vec::new();
    for column_node in columns {
        let column_name = column_node
            .child(Rule::ddl_column_name)
            .map(|n| cx.render(n))
            .unwrap_or_default();
        // Convert the column on its own, then take its text out of the shared edits.
        let before = cx.edits.len();
        column(cx, column_node, table, &[], 0);
        let own: Vec<Edit> = cx.edits.drain(before..).collect();
        let rendered = crate::convert::edit::apply(cx.text, column_node.span(), &own);
        let _ = column_name;
        added.push(format!("ADD COLUMN {rendered}"));
    }
    Some(added.join(", "))
}

/// `MODIFY (col type DEFAULT x NOT NULL)` -> `ALTER COLUMN col TYPE t, ALTER COLUMN col
/// SET DEFAULT x, ALTER COLUMN col SET NOT NULL`.
fn modify_columns(cx: &mut Cx<'_>, action: SyntaxNode<'_>) -> Option<String> {
    let mut parts = Vec::new();
    for column_node in action
        .descendants()
        .filter(|d| d.kind() == Rule::ddl_column_definition)
    {
        let name = column_node
            .child(Rule::ddl_column_name)
            .map(|n| cx.render(n))
            .unwrap_or_default();
        for child in column_node.children() {
            match child.kind() {
                Rule::datatype => {
                    let sql = cx.render(child);
                    parts.push(format!("ALTER COLUMN {name} TYPE {sql}"));
                }
                Rule::ddl_default_clause => {
                    let expr = child
                        .child(Rule::expr)
                        .map(|e| cx.render(e))
                        .unwrap_or_default();
                    parts.push(format!("ALTER COLUMN {name} SET DEFAULT {expr}"));
                }
                Rule::ddl_inline_constraint
                    if child.descendant(Rule::ddl_not_null_constraint).is_some() =>
                {
                    parts.push(format!("ALTER COLUMN {name} SET NOT NULL"));
                }
                Rule::ddl_inline_constraint
                    if child.descendant(Rule::ddl_null_constraint).is_some() =>
                {
                    parts.push(format!("ALTER COLUMN {name} DROP NOT NULL"));
                }
                Rule::ddl_column_name | Rule::COMMENT => {}
                _ => {
                    cx.set_manual(
                        codes::NOT_CONVERTED_STATEMENT,
                        child.span(),
                        format!(
                            "MODIFY ... {} is not converted yet",
                            first_words(child.text(cx.text), 3)
                        ),
                    );
                    return None;
                }
            }
        }
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}
