//! `orapg parse`: read the inputs and list what was found.

use super::args::{ColorWhen, Format, GlobalArgs, InputArgs, ParseArgs};
use super::exit;
use crate::catalogue::{Level, codes};
use crate::diagnostics::{self, ColorChoice, Diagnostic, ResolvedDiagnostic};
use crate::ir::{self, ParseStatus, SourceUnit};
use crate::reader::{self, Script, Statement};
use crate::source::{InputFile, Span, discover_inputs};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Serialize)]
struct Summary {
    files: usize,
    statements: usize,
    parsed: usize,
    unparsed: usize,
    sqlplus_commands: usize,
    errors: usize,
    warnings: usize,
    by_kind: BTreeMap<String, usize>,
}

#[derive(Serialize)]
struct StatementView {
    file: String,
    line: u32,
    column: u32,
    end_line: u32,
    span: Span,
    kind: reader::StatementKind,
    schema: Option<String>,
    name: Option<String>,
    status: ParseStatus,
    mode: reader::BodyMode,
    terminator: reader::Terminator,
    #[serde(skip_serializing_if = "Option::is_none")]
    included_from: Option<String>,
    diagnostics: Vec<ResolvedDiagnostic>,
}

#[derive(Serialize)]
struct CommandView {
    file: String,
    line: u32,
    span: Span,
    kind: reader::CommandKind,
    arguments: String,
}

/// Reads every input at once (commands that need the whole program).
pub fn read(input: &InputArgs) -> (Script, Vec<Diagnostic>) {
    let (files, discovery) = inputs(input);
    (reader::read_inputs(&files, &read_options(input)), discovery)
}

fn read_options(input: &InputArgs) -> reader::ReadOptions {
    reader::ReadOptions {
        defines: input.defines.clone(),
        encoding: input.encoding,
        default_schema: input.default_schema.clone(),
    }
}

/// The input files the paths name, and diagnostics for paths that name none.
fn inputs(input: &InputArgs) -> (Vec<InputFile>, Vec<Diagnostic>) {
    let (files, problems) = discover_inputs(&input.paths, &input.extensions);
    let discovery = problems
        .into_iter()
        .map(|(path, message)| {
            let code = if message == "no Oracle source files found" {
                codes::NO_INPUT_FILES
            } else {
                codes::FILE_UNREADABLE
            };
            Diagnostic::for_path(code, path.display().to_string(), message)
        })
        .collect();
    (files, discovery)
}

fn statement_view(script: &Script, s: &Statement, unit: &SourceUnit) -> StatementView {
    let file = script.sources.get(s.file);
    let start = file.line_col(s.span.start as usize);
    let end = file.line_col(s.span.end as usize);
    StatementView {
        file: file.display_path(),
        line: start.line,
        column: start.column,
        end_line: end.line,
        span: s.span,
        kind: s.head.kind,
        schema: s.schema.clone(),
        name: s.head.name.clone(),
        status: unit.status,
        mode: s.head.mode,
        terminator: s.terminator,
        included_from: s.included_from.map(|(f, span)| {
            let including = script.sources.get(f);
            format!(
                "{}:{}",
                including.display_path(),
                including.line_col(span.start as usize).line
            )
        }),
        diagnostics: s
            .diagnostics
            .iter()
            .chain(&unit.diagnostics)
            .map(|d| d.resolve(&script.sources))
            .collect(),
    }
}

/// Source text read, parsed and reported per batch before the next is read: with the
/// parse trees about ten times the text, this keeps the peak near 30 MB whatever the
/// input's size (docs/performance.md), while giving both cores thousands of statements
/// per batch.
const BATCH_BYTES: usize = 2 << 20;

/// What one run has seen so far, batch after batch: counts, and the per-statement and
/// per-command listings spilled to temporary files in their final JSON (or text) form.
struct Tally {
    files: usize,
    statements: usize,
    parsed: usize,
    sqlplus_commands: usize,
    errors: usize,
    warnings: usize,
    by_kind: BTreeMap<String, usize>,
    statement_list: Spill,
    command_list: Spill,
    /// Diagnostics about files, includes and commands, resolved.
    file_level: Vec<ResolvedDiagnostic>,
    unreadable_input: bool,
    failed: Option<std::io::Error>,
}

pub fn run(globals: &GlobalArgs, args: &ParseArgs) -> u8 {
    let (files, discovery) = inputs(&args.input);
    let options = read_options(&args.input);
    let format = args.output.format;
    let color = color_choice(globals.color);
    let shown = |d: &Diagnostic| {
        (!globals.quiet || d.is_error()) && (globals.verbose > 0 || d.level != Level::Note)
    };
    let mut tally = match Tally::new() {
        Ok(tally) => tally,
        Err(e) => {
            eprintln!("orapg: cannot create a temporary file: {e}");
            return exit::USAGE_OR_IO;
        }
    };
    tally.count_diagnostics(discovery.iter());
    tally.unreadable_input = discovery.iter().any(|d| d.code == codes::FILE_UNREADABLE);
    let no_sources = crate::source::SourceMap::default();
    tally
        .file_level
        .extend(discovery.iter().map(|d| d.resolve(&no_sources)));
    if format == Format::Text {
        let shown: Vec<Diagnostic> = discovery.iter().filter(|d| shown(d)).cloned().collect();
        eprint!("{}", diagnostics::render_text(&shown, &no_sources, color));
    }

    reader::read_inputs_in_batches(&files, &options, BATCH_BYTES, &mut |script: &Script| {
        let program = ir::parse_program(script);
        tally.take_batch(script, &program, format, globals.verbose > 0);
        if format == Format::Text {
            let mut all: Vec<&Diagnostic> = script
                .all_diagnostics()
                .into_iter()
                .chain(program.units.iter().flat_map(|u| &u.diagnostics))
                .filter(|d| shown(d))
                .collect();
            all.sort_by_key(|d| (d.location.map(|(f, s)| (f, s.start)), d.code));
            let all: Vec<Diagnostic> = all.into_iter().cloned().collect();
            eprint!("{}", diagnostics::render_text(&all, &script.sources, color));
        }
    });
    if let Some(e) = tally.failed.take() {
        eprintln!("orapg: cannot write a temporary file: {e}");
        return exit::USAGE_OR_IO;
    }

    let written =
        super::write_output_with(
            args.output.out.as_deref(),
            "parse",
            format,
            |out| match format {
                Format::Json => tally.write_json(out),
                Format::Text if globals.quiet => Ok(()),
                Format::Text => tally.write_text(out, globals.verbose > 0),
            },
        );
    if let Err(code) = written {
        return code;
    }
    if tally.unreadable_input {
        exit::USAGE_OR_IO
    } else if args.output.strict && (tally.errors > 0 || tally.parsed < tally.statements) {
        exit::STRICT_FAILURE
    } else {
        exit::OK
    }
}

impl Tally {
    fn new() -> std::io::Result<Self> {
        Ok(Tally {
            files: 0,
            statements: 0,
            parsed: 0,
            sqlplus_commands: 0,
            errors: 0,
            warnings: 0,
            by_kind: BTreeMap::new(),
            statement_list: Spill::new()?,
            command_list: Spill::new()?,
            file_level: Vec::new(),
            unreadable_input: false,
            failed: None,
        })
    }

    fn count_diagnostics<'d>(&mut self, diagnostics: impl Iterator<Item = &'d Diagnostic>) {
        for d in diagnostics {
            match d.level {
                Level::Error => self.errors += 1,
                Level::Warning => self.warnings += 1,
                _ => {}
            }
        }
    }

    /// Counts and lists one batch; its trees and texts are dropped when it returns.
    fn take_batch(
        &mut self,
        script: &Script,
        program: &ir::Program,
        format: Format,
        verbose: bool,
    ) {
        self.files = script.sources.len();
        self.count_diagnostics(
            script
                .all_diagnostics()
                .into_iter()
                .chain(program.units.iter().flat_map(|u| &u.diagnostics)),
        );
        self.parsed += program.parsed();
        self.unreadable_input |= script
            .diagnostics
            .iter()
            .any(|d| d.code == codes::FILE_UNREADABLE && d.location.is_none());
        let mut file_level: Vec<&Diagnostic> = script.diagnostics.iter().collect();
        file_level.sort_by_key(|d| (d.location.map(|(f, s)| (f, s.start)), d.code));
        self.file_level
            .extend(file_level.into_iter().map(|d| d.resolve(&script.sources)));
        let mut result = Ok(());
        for (s, unit) in script.statements().zip(&program.units) {
            self.statements += 1;
            *self
                .by_kind
                .entry(s.head.kind.as_str().to_owned())
                .or_insert(0) += 1;
            let view = statement_view(script, s, unit);
            result = result.and_then(|_| match format {
                Format::Json => self.statement_list.push_json(&view),
                Format::Text if verbose => self.statement_list.push_text(&statement_line(&view)),
                Format::Text => Ok(()),
            });
        }
        for c in script.commands() {
            self.sqlplus_commands += 1;
            if format == Format::Json {
                let file = script.sources.get(c.file);
                let view = CommandView {
                    file: file.display_path(),
                    line: file.line_col(c.span.start as usize).line,
                    span: c.span,
                    kind: c.kind,
                    arguments: c.arguments.clone(),
                };
                result = result.and_then(|_| self.command_list.push_json(&view));
            }
        }
        if let Err(e) = result {
            self.failed.get_or_insert(e);
        }
    }

    fn summary(&self) -> Summary {
        Summary {
            files: self.files,
            statements: self.statements,
            parsed: self.parsed,
            unparsed: self.statements - self.parsed,
            sqlplus_commands: self.sqlplus_commands,
            errors: self.errors,
            warnings: self.warnings,
            by_kind: self.by_kind.clone(),
        }
    }

    /// The same document `serde_json::to_string_pretty` would give for
    /// `{summary, statements, commands, diagnostics}`, assembled from the spills.
    fn write_json(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        out.write_all(b"{\n  \"summary\": ")?;
        write_indented(out, &pretty(&self.summary())?, 2)?;
        out.write_all(b",\n  \"statements\": ")?;
        self.statement_list.copy_array(out)?;
        out.write_all(b",\n  \"commands\": ")?;
        self.command_list.copy_array(out)?;
        out.write_all(b",\n  \"diagnostics\": ")?;
        write_indented(out, &pretty(&self.file_level)?, 2)?;
        out.write_all(b"\n}\n")
    }

    fn write_text(&mut self, out: &mut dyn Write, verbose: bool) -> std::io::Result<()> {
        if verbose {
            self.statement_list.copy_to(out)?;
        }
        let s = self.summary();
        writeln!(
            out,
            "{} files, {} statements ({} parsed, {} unparsed), {} SQL*Plus commands; {} errors, {} warnings",
            s.files, s.statements, s.parsed, s.unparsed, s.sqlplus_commands, s.errors, s.warnings
        )?;
        let width = s.by_kind.keys().map(String::len).max().unwrap_or(0);
        for (kind, n) in &s.by_kind {
            writeln!(out, "  {kind:<width$}  {n:>6}")?;
        }
        Ok(())
    }
}

fn statement_line(st: &StatementView) -> String {
    let name = match (&st.schema, &st.name) {
        (Some(schema), Some(name)) => format!("{schema}.{name}"),
        (None, Some(name)) => name.clone(),
        _ => String::new(),
    };
    format!("{}:{}: {} {}\n", st.file, st.line, st.kind.as_str(), name)
}

fn pretty<T: Serialize>(value: &T) -> std::io::Result<String> {
    serde_json::to_string_pretty(value).map_err(std::io::Error::other)
}

/// Writes pretty JSON nested `indent` spaces deep. JSON strings never hold a raw line
/// break, so indenting line by line is exact.
fn write_indented(out: &mut dyn Write, json: &str, indent: usize) -> std::io::Result<()> {
    for (i, line) in json.split('\n').enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
            write!(out, "{:indent$}", "")?;
        }
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// A listing too long to keep in memory: written to an anonymous temporary file as it
/// grows, copied into the output at the end.
struct Spill {
    file: std::io::BufWriter<std::fs::File>,
    entries: usize,
}

impl Spill {
    fn new() -> std::io::Result<Self> {
        Ok(Spill {
            file: std::io::BufWriter::new(tempfile::tempfile()?),
            entries: 0,
        })
    }

    /// One array element, as it sits in a pretty-printed document: 4 spaces deep.
    fn push_json<T: Serialize>(&mut self, value: &T) -> std::io::Result<()> {
        if self.entries > 0 {
            self.file.write_all(b",")?;
        }
        self.file.write_all(b"\n    ")?;
        write_indented(&mut self.file, &pretty(value)?, 4)?;
        self.entries += 1;
        Ok(())
    }

    fn push_text(&mut self, text: &str) -> std::io::Result<()> {
        self.entries += 1;
        self.file.write_all(text.as_bytes())
    }

    fn copy_to(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        use std::io::Seek;
        self.file.flush()?;
        let file = self.file.get_mut();
        file.rewind()?;
        std::io::copy(file, out)?;
        Ok(())
    }

    fn copy_array(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.entries == 0 {
            return out.write_all(b"[]");
        }
        out.write_all(b"[")?;
        self.copy_to(out)?;
        out.write_all(b"\n  ]")
    }
}

pub fn color_choice(when: ColorWhen) -> ColorChoice {
    use std::io::IsTerminal;
    match when {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
                || !std::io::stderr().is_terminal()
            {
                ColorChoice::Never
            } else {
                ColorChoice::Always
            }
        }
    }
}
