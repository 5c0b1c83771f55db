//! DROP and TRUNCATE: what install scripts do around the objects they create (drop
//! before re-create, empty a staging table). PostgreSQL has the same statements; only
//! Oracle's storage options and the meaning of CASCADE differ.

use super::Cx;
use crate::catalogue::codes;
use crate::convert::edit::Edit;
use crate::parser::{Rule, SyntaxNode};

/// Object kinds whose DROP has the same form in PostgreSQL (a synonym is emitted as a
/// view, so dropping it drops that view).
const SAME_KINDS: &[(&str, &str)] = &[
    ("TABLE", "TABLE"),
    ("VIEW", "VIEW"),
    ("INDEX", "INDEX"),
    ("SEQUENCE", "SEQUENCE"),
    ("MATERIALIZED VIEW", "MATERIALIZED VIEW"),
    ("SNAPSHOT", "MATERIALIZED VIEW"),
    ("SYNONYM", "VIEW"),
    ("PUBLIC SYNONYM", "VIEW"),
    ("ROLE", "ROLE"),
];

/// `DROP TABLE t CASCADE CONSTRAINTS PURGE` -> `DROP TABLE IF EXISTS t CASCADE`. Not part
/// of deploy.sql (a deploy builds a fresh schema), but converted so the file says what
/// the script did in PostgreSQL terms.
pub(super) fn drop(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let Some(kind) = node.child(Rule::ddl_drop_kind) else {
        return;
    };
    let written = kind
        .text(cx.text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase();
    let Some((_, pg_kind)) = SAME_KINDS.iter().find(|(oracle, _)| *oracle == written) else {
        cx.set_manual(
            codes::NOT_CONVERTED_STATEMENT,
            node.span(),
            format!("DROP {written} is not converted yet"),
        );
        return;
    };
    let Some(name) = node.child(Rule::ddl_object_name) else {
        return;
    };
    let mut cascade = false;
    for option in node.children_of(Rule::ddl_drop_option) {
        let text = option.text(cx.text).to_uppercase();
        if text.starts_with("CASCADE") {
            cascade = true;
        } else if !text.starts_with("PURGE") {
            cx.set_manual(
                codes::NOT_CONVERTED_STATEMENT,
                option.span(),
                format!("DROP ... {text} is not converted yet"),
            );
            return;
        }
    }
    let target = cx.render(name);
    if cascade {
        cx.act(
            codes::DROP_CASCADE,
            node.span(),
            "CASCADE [CONSTRAINTS] -> CASCADE: PostgreSQL also drops the views and other objects that depend on it",
        );
    }
    cx.act(
        codes::DROP_NOT_DEPLOYED,
        node.span(),
        format!("DROP {pg_kind} {target}: converted, left out of deploy.sql"),
    );
    let sql = format!(
        "DROP {pg_kind} IF EXISTS {target}{}",
        if cascade { " CASCADE" } else { "" }
    );
    cx.edits.push(Edit::replace(node.span(), sql));
}

/// `TRUNCATE TABLE t [DROP|REUSE STORAGE] [CASCADE]`: storage options have no meaning in
/// PostgreSQL; Oracle's CASCADE follows ON DELETE CASCADE keys only, PostgreSQL's empties
/// every referencing table.
pub(super) fn truncate(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    if node.child(Rule::CLUSTER).is_some() {
        cx.set_manual(
            codes::NOT_CONVERTED_STATEMENT,
            node.span(),
            "TRUNCATE CLUSTER has no PostgreSQL counterpart",
        );
        return;
    }
    let Some(name) = node.child(Rule::ddl_table_name) else {
        return;
    };
    let target = cx.render(name);
    let cascade = node.child(Rule::CASCADE).is_some();
    if node
        .children()
        .any(|c| c.kind() == Rule::ddl_mview_log_retention)
    {
        cx.note_dropped("MATERIALIZED VIEW LOG".to_owned());
    }
    if let Some(storage) = node.child(Rule::ddl_truncate_storage) {
        let label = storage
            .text(cx.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        cx.note_dropped(label);
    }
    if cascade {
        cx.act(
            codes::DROP_CASCADE,
            node.span(),
            "TRUNCATE ... CASCADE: PostgreSQL empties every table with a foreign key to it, Oracle only those whose keys are ON DELETE CASCADE",
        );
    }
    let sql = format!(
        "TRUNCATE TABLE {target}{}",
        if cascade { " CASCADE" } else { "" }
    );
    cx.edits.push(Edit::replace(node.span(), sql));
}
