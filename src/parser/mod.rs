//! The parser: one statement's text in, a syntax tree (or a located parse error) out.
//!
//! The grammar lives in `grammars/*.pest`; this module is the one place that touches
//! pest's pairs, turning them into a [`SyntaxTree`] of our own. The reader already knows
//! each statement's kind, so the parser starts at the entry rule for that kind.

mod tree;

pub use tree::{SyntaxNode, SyntaxTree};

use crate::reader::{BodyMode, StatementKind};
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammars/lexical.pest"]
#[grammar = "../grammars/expr.pest"]
#[grammar = "../grammars/query.pest"]
#[grammar = "../grammars/ddl.pest"]
#[grammar = "../grammars/plsql.pest"]
#[grammar = "../grammars/statement.pest"]
pub struct OracleGrammar;

/// Why a statement's text could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFailure {
    /// Byte offset in the statement text of the furthest position the grammar reached.
    pub offset: usize,
    /// What the grammar expected there, as readable names.
    pub expected: Vec<String>,
    /// When the parse stopped for a reason other than unexpected input (too deep, too
    /// costly).
    pub limit: Option<String>,
}

impl ParseFailure {
    pub fn message(&self, found: &str) -> String {
        if let Some(limit) = &self.limit {
            return format!("statement too complex to parse ({limit})");
        }
        let found = if found.is_empty() {
            "the end of the statement".to_owned()
        } else {
            format!("`{found}`")
        };
        match self.expected.len() {
            0 => format!("unexpected {found}"),
            _ => format!(
                "expected {}, found {found}",
                join_alternatives(&self.expected)
            ),
        }
    }
}

fn join_alternatives(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The entry rule for a statement, or `None` for text that is not parsed (Java source,
/// wrapped units).
pub fn entry_rule(kind: StatementKind, mode: BodyMode) -> Option<Rule> {
    use StatementKind as K;
    if matches!(mode, BodyMode::Java | BodyMode::Wrapped) {
        return None;
    }
    Some(match kind {
        K::Select => Rule::stmt_select,
        K::Insert => Rule::stmt_insert,
        K::Update => Rule::stmt_update,
        K::Delete => Rule::stmt_delete,
        K::Merge => Rule::stmt_merge,
        K::Package
        | K::PackageBody
        | K::Procedure
        | K::Function
        | K::Trigger
        | K::Type
        | K::TypeBody
        | K::Library => Rule::stmt_plsql_unit,
        K::AnonymousBlock => Rule::stmt_anonymous_block,
        K::Exec => Rule::stmt_exec,
        K::JavaSource => return None,
        K::Unknown => Rule::stmt_any,
        _ => Rule::stmt_ddl,
    })
}

/// Upper bound on the grammar's work for one statement: stops pathological backtracking
/// long before it could look like a hang. Real statements use a tiny fraction of it.
const CALL_LIMIT: usize = 50_000_000;

/// Parses `text` from `rule`.
pub fn parse(rule: Rule, text: &str) -> Result<SyntaxTree, ParseFailure> {
    static LIMIT: std::sync::Once = std::sync::Once::new();
    LIMIT.call_once(|| pest::set_call_limit(std::num::NonZeroUsize::new(CALL_LIMIT)));
    match OracleGrammar::parse(rule, text) {
        Ok(pairs) => Ok(SyntaxTree::from_pairs(pairs, text)),
        Err(error) => Err(failure_from(error, text)),
    }
}

fn failure_from(error: pest::error::Error<Rule>, text: &str) -> ParseFailure {
    let offset = match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    }
    .min(text.len());
    match error.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => {
            let mut expected: Vec<String> =
                positives.iter().filter_map(|r| rule_label(*r)).collect();
            expected.sort();
            expected.dedup();
            expected.truncate(8);
            ParseFailure {
                offset,
                expected,
                limit: None,
            }
        }
        pest::error::ErrorVariant::CustomError { message } => ParseFailure {
            offset,
            expected: Vec::new(),
            limit: Some(message),
        },
    }
}

/// How a rule is named in an error message: keywords as written in SQL, other rules in
/// words; rules too internal to help are left out.
fn rule_label(rule: Rule) -> Option<String> {
    let name = format!("{rule:?}");
    if matches!(rule, Rule::EOI) {
        return Some("the end of the statement".to_owned());
    }
    if name.starts_with("stmt_") || name == "WHITESPACE" || name == "COMMENT" {
        return None;
    }
    if name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
        let keyword = name.trim_end_matches("_KW").replace('_', " ");
        return Some(keyword);
    }
    Some(name.replace('_', " "))
}

/// The largest parenthesis nesting in a statement (outside strings and comments).
pub fn nesting_depth(text: &str) -> usize {
    use crate::reader::lexer::{Lexer, TokenKind};
    let mut depth = 0usize;
    let mut max = 0usize;
    for token in Lexer::new(text, 0) {
        match token.kind {
            TokenKind::Punct('(') => {
                depth += 1;
                max = max.max(depth);
            }
            TokenKind::Punct(')') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

#[cfg(test)]
mod tests;
