//! The one diagnostic type every stage reports through, and its renderings: rustc-style
//! text with a source snippet (codespan-reporting) and JSON.

use crate::catalogue::{Code, Level};
use crate::source::{FileId, SourceMap, Span};
use serde::Serialize;

/// Something a stage has to say about the input, anchored to a span of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub level: Level,
    pub message: String,
    /// Where it applies. `None` only for problems with no source text at all (an
    /// unreadable file is reported against its path in `path`).
    pub location: Option<(FileId, Span)>,
    /// The path for diagnostics about a file that could not be loaded.
    pub path: Option<String>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic at the level the catalogue gives `code`.
    pub fn new(code: Code, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            level: code.entry().level,
            message: message.into(),
            location: Some((file, span)),
            path: None,
            notes: Vec::new(),
        }
    }

    /// A diagnostic about a path that has no text loaded.
    pub fn for_path(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            level: code.entry().level,
            message: message.into(),
            location: None,
            path: Some(path.into()),
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// The serialisable form, with the path, line and column resolved.
    pub fn resolve(&self, sources: &SourceMap) -> ResolvedDiagnostic {
        let (file, span, line, column) = match self.location {
            Some((file, span)) => {
                let source = sources.get(file);
                let at = source.line_col(span.start as usize);
                (
                    Some(source.display_path()),
                    Some(span),
                    Some(at.line),
                    Some(at.column),
                )
            }
            None => (self.path.clone(), None, None, None),
        };
        ResolvedDiagnostic {
            code: self.code,
            severity: self.level,
            message: self.message.clone(),
            file,
            line,
            column,
            span,
            notes: self.notes.clone(),
        }
    }

    fn to_codespan(&self) -> codespan_reporting::diagnostic::Diagnostic<FileId> {
        use codespan_reporting::diagnostic::{Diagnostic as Cs, Label};
        let base = match self.level {
            Level::Error => Cs::error(),
            Level::Warning => Cs::warning(),
            Level::Note => Cs::note(),
        };
        let mut notes = self.notes.clone();
        if let (None, Some(path)) = (self.location, &self.path) {
            notes.insert(0, format!("in {path}"));
        }
        let labels = self
            .location
            .map(|(file, span)| vec![Label::primary(file, span.range())])
            .unwrap_or_default();
        base.with_code(self.code.as_str())
            .with_message(&self.message)
            .with_labels(labels)
            .with_notes(notes)
    }
}

/// A diagnostic as JSON and reports show it.
#[derive(Debug, Clone, Serialize)]
pub struct ResolvedDiagnostic {
    pub code: Code,
    pub severity: Level,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub span: Option<Span>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// How rendered text is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Always,
    Never,
}

/// Renders diagnostics as rustc-style text with source snippets.
pub fn render_text(diagnostics: &[Diagnostic], sources: &SourceMap, color: ColorChoice) -> String {
    use codespan_reporting::term::{self, Config};
    let config = Config::default();
    let mut out = Vec::new();
    for diagnostic in diagnostics {
        let cs = diagnostic.to_codespan();
        let result = match color {
            ColorChoice::Never => term::emit_to_io_write(&mut out, &config, sources, &cs),
            ColorChoice::Always => {
                let mut buffer = term::termcolor::Ansi::new(&mut out);
                let styles = term::Styles::default();
                let mut writer = term::StylesWriter::new(&mut buffer, &styles);
                term::emit_to_write_style(&mut writer, &config, sources, &cs)
            }
        };
        if let Err(e) = result {
            // Only a span outside its file gets here: say so rather than lose the message.
            out.extend_from_slice(
                format!(
                    "{}[{}]: {} ({e})\n",
                    level_word(diagnostic.level),
                    diagnostic.code,
                    diagnostic.message
                )
                .as_bytes(),
            );
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn level_word(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::codes;
    use crate::source::SourceFile;

    #[test]
    fn renders_snippet_with_code_and_location() {
        let mut sources = SourceMap::default();
        let file = sources.add(SourceFile::new(
            "a.sql".into(),
            "select 1\nfrom t where x = '&who';\n".into(),
            "UTF-8",
        ));
        let d = Diagnostic::new(
            codes::UNDEFINED_SUBSTITUTION_VARIABLE,
            file,
            Span::new(26, 30),
            "substitution variable `who` is not defined",
        );
        let text = render_text(std::slice::from_ref(&d), &sources, ColorChoice::Never);
        assert!(
            text.contains("warning[OPG0007]: substitution variable `who` is not defined"),
            "{text}"
        );
        assert!(text.contains("a.sql:2:18"), "{text}");
        let resolved = d.resolve(&sources);
        assert_eq!((resolved.line, resolved.column), (Some(2), Some(18)));
    }
}
