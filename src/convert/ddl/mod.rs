//! DDL conversions, one module per statement family.

mod index;
mod maintenance;
mod objects;
mod sequence;
mod table;

use super::edit::{Edit, apply};
use super::expr::{Action, Rewriter, Rules};
use super::{Converted, FollowUp};
use crate::catalogue::{Code, codes};
use crate::parser::{Rule, SyntaxNode};
use crate::reader::StatementKind;
use crate::source::Span;

/// The working state of one statement's conversion.
pub(super) struct Cx<'a> {
    pub rw: Rewriter<'a>,
    pub text: &'a str,
    pub edits: Vec<Edit>,
    pub extra: Vec<String>,
    pub post: Vec<FollowUp>,
    /// Clauses dropped without consequence, reported once per object.
    pub dropped: Vec<String>,
    /// Set when the object cannot be converted.
    pub manual: Option<(Code, Span, String)>,
    /// Set when everything the statement did moved to follow-up steps.
    pub no_main: bool,
    /// An ALTER TABLE that adds, changes, renames or drops columns (or renames the
    /// table): it shapes the table, so it deploys with the tables, before indexes.
    pub alters_columns: bool,
}

impl<'a> Cx<'a> {
    fn new(rules: &'a Rules, text: &'a str) -> Self {
        Cx {
            rw: Rewriter::new(rules, text),
            text,
            edits: Vec::new(),
            extra: Vec::new(),
            post: Vec::new(),
            dropped: Vec::new(),
            manual: None,
            no_main: false,
            alters_columns: false,
        }
    }

    pub fn act(&mut self, code: Code, span: Span, message: impl Into<String>) {
        self.rw.actions.push(Action {
            code,
            span,
            message: message.into(),
        });
    }

    pub fn set_manual(&mut self, code: Code, span: Span, message: impl Into<String>) {
        if self.manual.is_none() {
            self.manual = Some((code, span, message.into()));
        }
    }

    /// Converts names, types and expressions inside `node` in place.
    pub fn rewrite(&mut self, node: SyntaxNode<'_>) {
        let edits = self.rw.edits(node);
        self.edits.extend(edits);
    }

    /// Rewritten text of `node` with `extra` edits (inside it) applied too.
    pub fn render_with(&mut self, node: SyntaxNode<'_>, extra: &[Edit]) -> String {
        let mut edits = self.rw.edits(node);
        edits.extend(extra.iter().cloned());
        apply(self.text, node.span(), &edits)
    }

    pub fn render(&mut self, node: SyntaxNode<'_>) -> String {
        self.rw.render(node)
    }

    /// The last part of a (possibly qualified) name node, converted.
    pub fn unqualified(&mut self, node: SyntaxNode<'_>) -> String {
        let last = node
            .descendants()
            .filter(|d| matches!(d.kind(), Rule::identifier | Rule::member_name))
            .last();
        match last {
            Some(part) => self.render(part),
            None => self.render(node),
        }
    }

    /// Deletes `node` with the blank before it, so `x TABLESPACE t PCTFREE 5` loses its
    /// clauses without leaving runs of spaces. Comments before it stay.
    pub fn delete_clause(&mut self, node: SyntaxNode<'_>, siblings: &[SyntaxNode<'_>]) {
        let start = siblings
            .iter()
            .filter(|s| s.span().end <= node.span().start)
            .map(|s| s.span().end)
            .max()
            .unwrap_or(node.span().start);
        self.edits.push(Edit::delete(Span {
            start,
            end: node.span().end,
        }));
    }

    /// Adds a clause label to the one-per-object "dropped" list, once.
    pub fn note_dropped(&mut self, label: String) {
        if !self.dropped.contains(&label) {
            self.dropped.push(label);
        }
    }

    /// Records a dropped clause for the one-per-object info action.
    pub fn drop_clause(&mut self, node: SyntaxNode<'_>, siblings: &[SyntaxNode<'_>]) {
        let words: Vec<&str> = node.text(self.text).split_whitespace().take(2).collect();
        let label = words.join(" ").trim_end_matches('(').to_uppercase();
        self.note_dropped(label);
        self.delete_clause(node, siblings);
    }

    fn finish(mut self, whole: SyntaxNode<'_>) -> Converted {
        if !self.dropped.is_empty() {
            let message = format!("dropped: {}", self.dropped.join(", "));
            self.act(codes::PHYSICAL_CLAUSES_DROPPED, whole.span(), message);
        }
        let mut actions = std::mem::take(&mut self.rw.actions);
        if let Some((code, span, message)) = self.manual.take() {
            actions.push(Action {
                code,
                span,
                message,
            });
            // Not converted, whatever the severity of the reason's code (a virtual
            // column is a review item when converted, a blocker when it cannot be).
            let mut converted = Converted::from_actions(None, actions);
            converted.status = super::Status::Manual;
            return converted;
        }
        let sql = (!self.no_main).then(|| apply(self.text, whole.span(), &self.edits));
        let mut converted = Converted::from_actions(sql, actions);
        converted.extra = self.extra;
        converted.alters_columns = self.alters_columns;
        converted.post = self.post;
        converted
    }
}

/// Converts a DDL statement (the root is `stmt_ddl`).
pub(super) fn convert(
    rules: &Rules,
    kind: StatementKind,
    text: &str,
    root: SyntaxNode<'_>,
    columns: &super::RelationColumns,
    kinds: &super::ColumnKinds,
) -> Converted {
    let Some(statement) = root.child(Rule::ddl_statement) else {
        return Converted::manual(
            codes::NOT_CONVERTED_STATEMENT,
            root.span(),
            "empty statement",
        );
    };
    let Some(node) = statement.children().find(|c| c.kind() != Rule::COMMENT) else {
        return Converted::manual(
            codes::NOT_CONVERTED_STATEMENT,
            root.span(),
            "empty statement",
        );
    };
    let mut cx = Cx::new(rules, text);
    cx.rw.relation_columns = columns.clone();
    cx.rw.set_column_kinds(kinds);
    match node.kind() {
        Rule::ddl_create_table => table::create_table(&mut cx, node),
        Rule::ddl_create_index => index::create_index(&mut cx, node),
        Rule::ddl_create_sequence => sequence::create_sequence(&mut cx, node),
        Rule::ddl_create_view => objects::create_view(&mut cx, node),
        Rule::ddl_create_materialized_view => objects::create_materialized_view(&mut cx, node),
        Rule::ddl_create_materialized_view_log => {
            cx.set_manual(
                codes::MATERIALIZED_VIEW_LOG,
                node.span(),
                "materialized view logs are not needed in PostgreSQL",
            );
        }
        Rule::ddl_create_synonym => objects::create_synonym(&mut cx, node),
        Rule::ddl_comment => cx.rewrite(node),
        Rule::ddl_create_role => objects::create_role(&mut cx, node),
        Rule::ddl_grant => objects::grant(&mut cx, node),
        Rule::ddl_alter_table => table::alter_table(&mut cx, node),
        // Same options as CREATE SEQUENCE, same mapping.
        Rule::ddl_alter_sequence => sequence::create_sequence(&mut cx, node),
        Rule::ddl_drop => maintenance::drop(&mut cx, node),
        Rule::ddl_truncate => maintenance::truncate(&mut cx, node),
        Rule::ddl_create_database_link => {
            cx.set_manual(
                codes::DATABASE_LINK,
                node.span(),
                "database links become foreign servers (postgres_fdw / oracle_fdw)",
            );
        }
        Rule::ddl_create_directory => {
            cx.set_manual(
                codes::DIRECTORY,
                node.span(),
                "directory objects have no PostgreSQL counterpart",
            );
        }
        Rule::ddl_commit
        | Rule::ddl_rollback
        | Rule::ddl_savepoint
        | Rule::ddl_set_transaction
        | Rule::ddl_alter_session
        | Rule::ddl_analyze
        | Rule::ddl_purge
        | Rule::ddl_explain_plan
        | Rule::ddl_audit
        | Rule::ddl_noaudit
        | Rule::ddl_associate_statistics
        | Rule::ddl_disassociate_statistics => {
            let mut converted = Converted::from_actions(
                None,
                vec![Action {
                    code: codes::SESSION_STATEMENT_DROPPED,
                    span: node.span(),
                    message: format!(
                        "{} has no effect on the schema",
                        kind.as_str().replace('_', " ")
                    ),
                }],
            );
            converted.sql = None;
            return converted;
        }
        _ => cx.set_manual(
            codes::NOT_CONVERTED_STATEMENT,
            node.span(),
            format!("{} is not converted yet", kind.as_str().replace('_', " ")),
        ),
    }
    cx.finish(node)
}

#[cfg(test)]
mod tests;
