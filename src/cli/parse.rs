//! `orapg parse`: read the inputs and list what was found.

use super::args::{ColorWhen, Format, GlobalArgs, InputArgs, ParseArgs};
use super::exit;
use crate::catalogue::{Level, codes};
use crate::diagnostics::{self, ColorChoice, Diagnostic, ResolvedDiagnostic};
use crate::ir::{self, ParseStatus, SourceUnit};
use crate::reader::{self, Script, Statement};
use crate::source::{Span, discover_inputs};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct ParseOutput {
    summary: Summary,
    statements: Vec<StatementView>,
    commands: Vec<CommandView>,
    /// Diagnostics about files, includes and commands (those about one statement are
    /// listed with it).
    diagnostics: Vec<ResolvedDiagnostic>,
}

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

pub fn read(input: &InputArgs) -> (Script, Vec<Diagnostic>) {
    let (files, problems) = discover_inputs(&input.paths, &input.extensions);
    let options = reader::ReadOptions {
        defines: input.defines.clone(),
        encoding: input.encoding,
        default_schema: input.default_schema.clone(),
    };
    let script = reader::read_inputs(&files, &options);
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
    (script, discovery)
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

pub fn run(globals: &GlobalArgs, args: &ParseArgs) -> u8 {
    let (script, discovery) = read(&args.input);
    let program = ir::parse_program(&script);
    let mut file_level: Vec<&Diagnostic> = discovery.iter().collect();
    file_level.extend(script.diagnostics.iter());
    let mut all: Vec<&Diagnostic> = script
        .all_diagnostics()
        .into_iter()
        .chain(program.units.iter().flat_map(|u| &u.diagnostics))
        .collect();
    all.sort_by_key(|d| (d.location.map(|(f, s)| (f, s.start)), d.code));
    let all: Vec<&Diagnostic> = discovery.iter().chain(all).collect();
    let count = |level: Level| all.iter().filter(|d| d.level == level).count();

    let statements: Vec<StatementView> = script
        .statements()
        .zip(&program.units)
        .map(|(s, unit)| statement_view(&script, s, unit))
        .collect();
    let parsed = program.parsed();
    let mut by_kind = BTreeMap::new();
    for s in &statements {
        *by_kind.entry(s.kind.as_str()).or_insert(0) += 1;
    }
    let output = ParseOutput {
        summary: Summary {
            files: script.sources.len(),
            statements: statements.len(),
            parsed,
            unparsed: statements.len() - parsed,
            sqlplus_commands: script.commands().count(),
            errors: count(Level::Error),
            warnings: count(Level::Warning),
            by_kind,
        },
        commands: script
            .commands()
            .map(|c| {
                let file = script.sources.get(c.file);
                CommandView {
                    file: file.display_path(),
                    line: file.line_col(c.span.start as usize).line,
                    span: c.span,
                    kind: c.kind,
                    arguments: c.arguments.clone(),
                }
            })
            .collect(),
        statements,
        diagnostics: file_level
            .iter()
            .map(|d| d.resolve(&script.sources))
            .collect(),
    };

    let rendered = match args.output.format {
        Format::Json => match serde_json::to_string_pretty(&output) {
            Ok(mut json) => {
                json.push('\n');
                json
            }
            Err(e) => {
                eprintln!("orapg: cannot serialise the result: {e}");
                return exit::USAGE_OR_IO;
            }
        },
        Format::Text => {
            let shown: Vec<Diagnostic> = all
                .iter()
                .filter(|d| !globals.quiet || d.is_error())
                .filter(|d| globals.verbose > 0 || d.level != Level::Note)
                .map(|d| (*d).clone())
                .collect();
            eprint!(
                "{}",
                diagnostics::render_text(&shown, &script.sources, color_choice(globals.color))
            );
            if globals.quiet {
                String::new()
            } else {
                text_summary(&output, globals.verbose)
            }
        }
    };
    if let Err(code) = super::write_output(
        args.output.out.as_deref(),
        "parse",
        args.output.format,
        &rendered,
    ) {
        return code;
    }
    let unreadable_input = discovery
        .iter()
        .chain(&script.diagnostics)
        .any(|d| d.code == codes::FILE_UNREADABLE && d.location.is_none());
    if unreadable_input {
        exit::USAGE_OR_IO
    } else if args.output.strict && (output.summary.errors > 0 || output.summary.unparsed > 0) {
        exit::STRICT_FAILURE
    } else {
        exit::OK
    }
}

fn text_summary(output: &ParseOutput, verbose: u8) -> String {
    let s = &output.summary;
    let mut text = String::new();
    if verbose > 0 {
        for st in &output.statements {
            let name = match (&st.schema, &st.name) {
                (Some(schema), Some(name)) => format!("{schema}.{name}"),
                (None, Some(name)) => name.clone(),
                _ => String::new(),
            };
            text.push_str(&format!(
                "{}:{}: {} {}\n",
                st.file,
                st.line,
                st.kind.as_str(),
                name
            ));
        }
    }
    text.push_str(&format!(
        "{} files, {} statements ({} parsed, {} unparsed), {} SQL*Plus commands; {} errors, {} warnings\n",
        s.files, s.statements, s.parsed, s.unparsed, s.sqlplus_commands, s.errors, s.warnings
    ));
    let width = s.by_kind.keys().map(String::len).max().unwrap_or(0);
    for (kind, n) in &s.by_kind {
        text.push_str(&format!("  {kind:<width$}  {n:>6}\n"));
    }
    text
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
