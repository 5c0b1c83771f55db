//! The IR: every statement read, with its parse tree (or why it has none), and the object
//! model later stages work on. Parsing runs in parallel; the order of units is the order
//! of the statements in the script, whatever the thread count.

use crate::catalogue::codes;
use crate::diagnostics::Diagnostic;
use crate::parser::{self, ParseFailure, SyntaxTree};
use crate::reader::{Script, Statement};
use crate::source::Span;
use rayon::prelude::*;
use serde::Serialize;

/// Whether a statement has a syntax tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParseStatus {
    Parsed,
    Unparsed,
}

/// One statement of the script, parsed.
#[derive(Debug)]
pub struct SourceUnit {
    /// Index of the statement in [`Script::statements`].
    pub statement: usize,
    pub status: ParseStatus,
    /// The syntax tree; spans are relative to the statement's text.
    pub tree: Option<SyntaxTree>,
    /// Parse diagnostics, located in the file.
    pub diagnostics: Vec<Diagnostic>,
}

/// The parsed program: one unit per statement, in script order.
#[derive(Debug)]
pub struct Program {
    pub units: Vec<SourceUnit>,
}

impl Program {
    pub fn parsed(&self) -> usize {
        self.units
            .iter()
            .filter(|u| u.status == ParseStatus::Parsed)
            .count()
    }
}

/// Deeper parenthesis nesting than this is refused before the grammar sees it; real
/// code stays far below, and the grammar's own stack guard stays out of play.
const MAX_NESTING: usize = 256;

/// Parses every statement of the script.
pub fn parse_program(script: &Script) -> Program {
    let statements: Vec<&Statement> = script.statements().collect();
    let units = statements
        .par_iter()
        .enumerate()
        .map(|(index, statement)| parse_unit(script, index, statement))
        .collect();
    Program { units }
}

fn parse_unit(script: &Script, index: usize, statement: &Statement) -> SourceUnit {
    let unparsed = |diagnostics| SourceUnit {
        statement: index,
        status: ParseStatus::Unparsed,
        tree: None,
        diagnostics,
    };
    if statement.head.wrapped {
        // The reader has already said why (OPG0011).
        return unparsed(Vec::new());
    }
    let Some(rule) = parser::entry_rule(statement.head.kind, statement.head.mode) else {
        let note = Diagnostic::new(
            codes::SOURCE_NOT_PARSED,
            statement.file,
            Span::new(statement.span.start as usize, statement.span.start as usize),
            format!(
                "{} kept as text, not parsed",
                statement.head.kind.as_str().replace('_', " ")
            ),
        );
        return SourceUnit {
            statement: index,
            status: ParseStatus::Parsed,
            tree: None,
            diagnostics: vec![note],
        };
    };
    let text = statement.text(&script.sources);
    if parser::nesting_depth(text) > MAX_NESTING {
        return unparsed(vec![Diagnostic::new(
            codes::STATEMENT_TOO_COMPLEX,
            statement.file,
            Span::new(statement.span.start as usize, statement.span.start as usize),
            format!("parentheses nest deeper than {MAX_NESTING} levels"),
        )]);
    }
    match parser::parse(rule, text) {
        Ok(tree) => {
            // The PL/SQL grammar skips a statement or declaration it cannot read, so one
            // bad line does not lose the unit; each skip is a parse error all the same,
            // reported where it is, and the unit counts as unparsed.
            let skipped: Vec<Diagnostic> = tree
                .nodes()
                .filter(|n| {
                    matches!(
                        n.kind(),
                        parser::Rule::pl_unparsed_statement | parser::Rule::pl_unparsed_declaration
                    )
                })
                .map(|n| skipped_diagnostic(statement, text, n.span(), n.kind()))
                .collect();
            let status = if skipped.is_empty() {
                ParseStatus::Parsed
            } else {
                ParseStatus::Unparsed
            };
            SourceUnit {
                statement: index,
                status,
                tree: Some(tree),
                diagnostics: skipped,
            }
        }
        Err(failure) => unparsed(vec![failure_diagnostic(statement, text, &failure)]),
    }
}

/// Re-parses a skipped piece on its own to say precisely what was wrong in it.
fn skipped_diagnostic(
    statement: &Statement,
    text: &str,
    span: Span,
    kind: parser::Rule,
) -> Diagnostic {
    let piece = &text[span.range()];
    let rule = if kind == parser::Rule::pl_unparsed_declaration {
        parser::Rule::stmt_pl_declaration
    } else {
        parser::Rule::stmt_exec
    };
    let (offset, message) = match parser::parse(rule, piece) {
        Err(failure) => {
            let found = found_token(&piece[failure.offset..]);
            (span.start as usize + failure.offset, failure.message(found))
        }
        Ok(_) => (
            span.start as usize,
            "statement not understood in this context".to_owned(),
        ),
    };
    let start = statement.file_offset(offset);
    Diagnostic::new(
        codes::PARSE_ERROR,
        statement.file,
        Span::new(start, start),
        message,
    )
    .with_note("the rest of the unit was read; this statement was skipped")
}

fn failure_diagnostic(statement: &Statement, text: &str, failure: &ParseFailure) -> Diagnostic {
    let found = found_token(&text[failure.offset..]);
    let start = statement.file_offset(failure.offset);
    let end = statement
        .file_offset(failure.offset + found.len())
        .max(start);
    let code = if failure.limit.is_some() {
        codes::STATEMENT_TOO_COMPLEX
    } else {
        codes::PARSE_ERROR
    };
    Diagnostic::new(
        code,
        statement.file,
        Span::new(start, end),
        failure.message(found),
    )
}

/// The word or symbol at the start of `rest`, for "found `x`" in messages.
fn found_token(rest: &str) -> &str {
    use crate::reader::lexer::{Lexer, TokenKind};
    let mut lexer = Lexer::new(rest, 0);
    while let Some(token) = lexer.next_token() {
        if matches!(token.kind, TokenKind::Whitespace | TokenKind::Newline) {
            continue;
        }
        let text = token.text(rest);
        // A long literal or comment is cut to its first line, at a char boundary.
        let line = text.lines().next().unwrap_or("");
        let mut end = line.len().min(40);
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        return &rest[token.start..token.start + end];
    }
    ""
}
