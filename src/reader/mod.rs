//! The reader: Oracle scripts in, statements and SQL*Plus commands out.
//!
//! Invariant: the reader never fails. It returns every statement it found, in the order
//! SQL*Plus would run them (includes inlined), with diagnostics for what it could not
//! read; a broken statement costs only itself.

pub mod head;
pub mod lexer;
mod load;
pub mod split;
pub mod sqlplus;
pub mod substitute;

pub use head::{BodyMode, Head, StatementKind};
pub use load::{ReadOptions, read_inputs, read_inputs_in_batches, read_text};
pub use split::Terminator;
pub use sqlplus::CommandKind;

use crate::diagnostics::Diagnostic;
use crate::source::{FileId, SourceMap, Span};
use substitute::Substituted;

/// A SQL or PL/SQL statement as read from a script.
#[derive(Debug, Clone)]
pub struct Statement {
    pub file: FileId,
    /// From the first token to the last, terminator excluded.
    pub span: Span,
    /// Comments between the previous item and this statement.
    pub leading_comments: Option<Span>,
    pub terminator: Terminator,
    pub terminator_span: Option<Span>,
    /// Kind, object name and body mode, read from the (substituted) text.
    pub head: Head,
    /// The schema the object belongs to: the owner prefix, else the current schema of
    /// the script at that point (CONNECT, ALTER SESSION SET CURRENT_SCHEMA,
    /// --default-schema).
    pub schema: Option<String>,
    /// The text after SQL*Plus substitution, when any variable was replaced.
    pub substituted: Option<Substituted>,
    /// Where the file holding this statement was included from, if it was.
    pub included_from: Option<(FileId, Span)>,
    /// Diagnostics about this statement (terminators, substitution, wrapping).
    pub diagnostics: Vec<Diagnostic>,
}

impl Statement {
    /// The text the parser reads: substituted if variables were replaced.
    pub fn text<'a>(&'a self, sources: &'a SourceMap) -> &'a str {
        match &self.substituted {
            Some(s) => &s.text,
            None => sources.get(self.file).slice(self.span),
        }
    }

    /// Maps an offset into [`Statement::text`] to a file offset.
    pub fn file_offset(&self, text_offset: usize) -> usize {
        let relative = match &self.substituted {
            Some(s) => s.original_offset(text_offset),
            None => text_offset,
        };
        (self.span.start as usize + relative).min(self.span.end as usize)
    }
}

/// A SQL*Plus command, kept in the model.
#[derive(Debug, Clone)]
pub struct Command {
    pub file: FileId,
    pub span: Span,
    pub kind: CommandKind,
    /// What follows the command word (for `@file`, the file name).
    pub arguments: String,
}

#[derive(Debug, Clone)]
pub enum Item {
    Statement(Statement),
    Command(Command),
}

/// Everything read in one run.
#[derive(Debug, Default)]
pub struct Script {
    pub sources: SourceMap,
    pub items: Vec<Item>,
    /// Diagnostics not about one statement (files, encodings, includes, commands).
    pub diagnostics: Vec<Diagnostic>,
}

impl Script {
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.items.iter().filter_map(|i| match i {
            Item::Statement(s) => Some(s),
            Item::Command(_) => None,
        })
    }
    pub fn commands(&self) -> impl Iterator<Item = &Command> {
        self.items.iter().filter_map(|i| match i {
            Item::Command(c) => Some(c),
            Item::Statement(_) => None,
        })
    }
    /// Every diagnostic, file-level and per statement, in a stable order.
    pub fn all_diagnostics(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self
            .diagnostics
            .iter()
            .chain(self.statements().flat_map(|s| &s.diagnostics))
            .collect();
        all.sort_by_key(|d| (d.location.map(|(f, s)| (f, s.start)), d.code));
        all
    }
}
