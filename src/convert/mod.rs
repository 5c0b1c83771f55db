//! Conversion: decisions about Oracle objects, as span edits of the original text plus
//! action items. Rules never print; emit renders what they decided.
//!
//! Each statement converts on its own: [`convert_statement`] gets its text and syntax
//! tree and returns the PostgreSQL text, the actions (with spans into the Oracle text)
//! and any post-data steps (foreign keys). Status follows from the actions' severities.

mod ddl;
pub mod edit;
pub mod expr;
pub mod functions;
mod key_types;
pub mod names;
pub mod overlay;
pub mod program;
pub mod types;
mod udt;

pub use expr::{Action, Rules};

use crate::catalogue::{Severity, codes};
use crate::parser::{Rule, SyntaxTree};
use crate::reader::StatementKind;
use crate::source::Span;
use serde::Serialize;

/// How far conversion got, as the report counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Converted; nothing to review.
    Auto,
    /// Converted; a person should check the listed actions.
    Review,
    /// Not converted: kept commented out under its actions.
    Manual,
    /// Not parsed.
    Unparsed,
}

/// A statement run after all tables, data and indexes (foreign keys), or right after
/// its object (partitions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// A short name for file names and the report (the constraint or partition name).
    pub name: String,
    pub sql: String,
}

/// What converting one statement produced.
#[derive(Debug, Clone)]
pub struct Converted {
    pub status: Status,
    /// The PostgreSQL statement, without a terminator; `None` when there is nothing to
    /// deploy (manual, unparsed, or a session statement with no schema effect).
    pub sql: Option<String>,
    /// Statements that belong right after `sql` in the same object (partitions).
    pub extra: Vec<String>,
    /// Foreign keys and other post-data steps.
    pub post: Vec<FollowUp>,
    /// Every decision, with spans into the statement text.
    pub actions: Vec<Action>,
    /// Comments after the statement's last token, kept after its terminator.
    pub trailing_comments: Option<String>,
    /// An ALTER TABLE that changes the table's columns (see `ddl::Cx::alters_columns`).
    pub alters_columns: bool,
}

impl Converted {
    /// Not deployable after all (a dependency is missing): nothing of it is emitted but
    /// its text, commented out under its actions.
    pub fn hold_back(&mut self) {
        self.status = Status::Manual;
        self.sql = None;
        self.extra.clear();
        self.post.clear();
    }

    fn from_actions(sql: Option<String>, mut actions: Vec<Action>) -> Self {
        // A name rendered twice (for a message and in place) records its action twice;
        // the same decision at the same place is one item.
        let mut seen = std::collections::HashSet::new();
        actions.retain(|a| seen.insert((a.code, a.span, a.message.clone())));
        let status = status_of(&actions);
        let sql = if status == Status::Manual { None } else { sql };
        Converted {
            status,
            sql,
            extra: Vec::new(),
            post: Vec::new(),
            actions,
            trailing_comments: None,
            alters_columns: false,
        }
    }

    fn manual(code: crate::catalogue::Code, span: Span, message: impl Into<String>) -> Self {
        Converted::from_actions(
            None,
            vec![Action {
                code,
                span,
                message: message.into(),
            }],
        )
    }
}

/// The status a set of actions implies: the most severe one decides.
pub fn status_of(actions: &[Action]) -> Status {
    match actions.iter().map(|a| a.code.action().severity).max() {
        Some(Severity::Manual) => Status::Manual,
        Some(Severity::Review) => Status::Review,
        _ => Status::Auto,
    }
}

/// The columns (as written) of the tables a statement names, by the byte span of the
/// name in the statement text: what the input's CREATE TABLE says, for rewrites that need
/// a table's column list (PIVOT's implicit GROUP BY).
pub type RelationColumns = std::collections::BTreeMap<(u32, u32), Vec<String>>;

/// The datetime columns of the tables a statement names (upper-case names), from the
/// input's CREATE TABLE: Oracle's `d1 - d2` of two DATE columns is a number of days and
/// `d + col` adds days or an interval, so date arithmetic must know a column's type.
/// A name whose type differs between the named tables is in none of the sets, nor in
/// `known`.
#[derive(Debug, Clone, Default)]
pub struct ColumnKinds {
    /// DATE and TIMESTAMP columns.
    pub dates: std::collections::BTreeSet<String>,
    /// TIMESTAMP columns (also in `dates`): subtracting them gives an interval.
    pub timestamps: std::collections::BTreeSet<String>,
    /// INTERVAL columns.
    pub intervals: std::collections::BTreeSet<String>,
    /// Every column name of the named tables with one kind of type.
    pub known: std::collections::BTreeSet<String>,
}

/// Converts one statement. `tree` is `None` when it was not parsed.
pub fn convert_statement(
    rules: &Rules,
    kind: StatementKind,
    text: &str,
    tree: Option<&SyntaxTree>,
) -> Converted {
    convert_statement_in(rules, kind, text, tree, &RelationColumns::new())
}

/// [`convert_statement`], knowing the columns of the tables it names.
pub fn convert_statement_in(
    rules: &Rules,
    kind: StatementKind,
    text: &str,
    tree: Option<&SyntaxTree>,
    columns: &RelationColumns,
) -> Converted {
    convert_statement_known(rules, kind, text, tree, columns, &ColumnKinds::default())
}

/// [`convert_statement_in`], knowing also the datetime columns of the tables it names.
pub fn convert_statement_known(
    rules: &Rules,
    kind: StatementKind,
    text: &str,
    tree: Option<&SyntaxTree>,
    columns: &RelationColumns,
    kinds: &ColumnKinds,
) -> Converted {
    let whole = Span::new(0, text.len());
    let Some(root) = tree.and_then(SyntaxTree::root) else {
        let mut converted = Converted::manual(
            codes::UNPARSED_STATEMENT,
            whole,
            "the statement could not be parsed; its text is kept commented out",
        );
        converted.status = Status::Unparsed;
        return converted;
    };
    // The statement proper, without the comments that may follow it.
    let main = root
        .children()
        .find(|c| !matches!(c.kind(), Rule::COMMENT | Rule::EOI));
    let trailing = main
        .map(|m| text[m.span().end as usize..].trim())
        .filter(|t| !t.is_empty())
        .map(str::to_owned);
    let mut converted = match (root.kind(), main) {
        (Rule::stmt_ddl, _) => ddl::convert(rules, kind, text, root, columns, kinds),
        (
            Rule::stmt_select
            | Rule::stmt_insert
            | Rule::stmt_update
            | Rule::stmt_delete
            | Rule::stmt_merge,
            Some(main),
        ) => {
            let mut rewriter = expr::Rewriter::new(rules, text);
            rewriter.relation_columns = columns.clone();
            rewriter.set_column_kinds(kinds);
            let sql = rewriter.render(main);
            Converted::from_actions(Some(sql), rewriter.actions)
        }
        (Rule::stmt_plsql_unit, Some(main)) if kind == StatementKind::Type => {
            udt::convert_type(rules, text, main)
        }
        _ => Converted::manual(
            codes::NOT_CONVERTED_STATEMENT,
            whole,
            format!("{} is not converted yet", kind.as_str().replace('_', " ")),
        ),
    };
    if converted.sql.is_some() {
        converted.trailing_comments = trailing;
    }
    converted
}
