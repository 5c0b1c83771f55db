//! `orapg convert`: read, parse, convert, write.

use super::args::{ConvertArgs, DateAs, GlobalArgs, NumberAs};
use super::exit;
use super::parse::{color_choice, read};
use crate::convert::names::Namer;
use crate::convert::overlay;
use crate::convert::program::convert_program;
use crate::convert::types::{self, TypeOptions};
use crate::convert::{Rules, Status};
use crate::diagnostics;
use crate::ir;
use crate::report;

pub fn run(globals: &GlobalArgs, args: &ConvertArgs) -> u8 {
    match pipeline(
        globals,
        args,
        &args.out,
        &report::EffortModel::builtin(),
        true,
    ) {
        Ok(outcome) => outcome.exit_code,
        Err(code) => code,
    }
}

/// What a convert run produced, for `assess` to render further.
pub struct Outcome {
    pub report: report::Assessment,
    pub exit_code: u8,
}

/// Reads, parses, analyses and converts; writes the converted files and report.json
/// under `out`.
pub fn pipeline(
    globals: &GlobalArgs,
    args: &ConvertArgs,
    out: &std::path::Path,
    model: &report::EffortModel,
    write_report: bool,
) -> Result<Outcome, u8> {
    // A rules file that cannot be used stops the run before anything is read.
    let rules = build_rules(args)?;
    let progress = super::progress::Progress::new(globals);
    progress.stage("reading scripts");
    let (script, discovery) = read(&args.input);
    progress.stage(&format!(
        "parsing {} statements",
        script.statements().count()
    ));
    let program = ir::parse_program(&script);
    progress.stage("analysing and converting");
    let analysis = crate::analysis::analyse(&script, &program);
    let units = convert_program(&script, &program, &analysis, &rules);
    let deploy_rank = deploy_rank(&analysis);
    let files = match crate::emit::write(out, &script, &units, &deploy_rank, &rules) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("orapg: cannot write to {}: {e}", out.display());
            return Err(exit::USAGE_OR_IO);
        }
    };
    let report = report::build(&script, &analysis, &units, &files, model);
    progress.finish();
    // `assess` writes its own report.json next to the other renderings.
    if write_report {
        let json = match serde_json::to_string_pretty(&report) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("orapg: cannot serialise the report: {e}");
                return Err(exit::USAGE_OR_IO);
            }
        };
        if let Err(e) = std::fs::write(out.join("report.json"), json) {
            eprintln!("orapg: cannot write report.json: {e}");
            return Err(exit::USAGE_OR_IO);
        }
    }
    let mut all: Vec<&diagnostics::Diagnostic> =
        discovery.iter().chain(script.all_diagnostics()).collect();
    all.extend(program.units.iter().flat_map(|u| &u.diagnostics));
    if !globals.quiet {
        let shown: Vec<diagnostics::Diagnostic> = all
            .iter()
            .filter(|d| globals.verbose > 0 || d.is_error())
            .map(|d| (*d).clone())
            .collect();
        eprint!(
            "{}",
            diagnostics::render_text(&shown, &script.sources, color_choice(globals.color))
        );
        let s = &report.summary.by_status;
        say!(
            "{} statements: {} auto, {} review, {} manual, {} unparsed; written to {}",
            s.total(),
            s.auto,
            s.review,
            s.manual,
            s.unparsed,
            out.display()
        );
    }
    let unreadable = discovery
        .iter()
        .chain(&script.diagnostics)
        .any(|d| d.code == crate::catalogue::codes::FILE_UNREADABLE && d.location.is_none());
    let incomplete = units
        .iter()
        .any(|u| matches!(u.converted.status, Status::Manual | Status::Unparsed));
    let exit_code = if unreadable {
        exit::USAGE_OR_IO
    } else if args.strict && incomplete {
        exit::STRICT_FAILURE
    } else {
        exit::OK
    };
    Ok(Outcome { report, exit_code })
}

/// The rules of this run: the built-in ones, `--target-ext` overlays, then `--rules`
/// files, with the user's type options and schema map. A rules file that cannot be used
/// is an error (exit 2) pointing at its line and column.
fn build_rules(args: &ConvertArgs) -> Result<Rules, u8> {
    let mut rules = Rules::builtin();
    rules.type_options = TypeOptions {
        number_as: match args.number_as {
            NumberAs::Numeric => types::NumberAs::Numeric,
            NumberAs::Bigint => types::NumberAs::Bigint,
            NumberAs::DoublePrecision => types::NumberAs::DoublePrecision,
        },
        date_as: match args.date_as {
            DateAs::Timestamp => types::DateAs::Timestamp,
            DateAs::Date => types::DateAs::Date,
        },
    };
    rules.namer = Namer::new(args.schema_map.iter().cloned().collect());
    let mut seen = Vec::new();
    for ext in &args.target_ext {
        if seen.contains(ext) {
            continue;
        }
        seen.push(*ext);
        let Some(overlay) = overlay::target_extension(ext.name()) else {
            eprintln!("orapg: --target-ext {} is not supported yet", ext.name());
            return Err(exit::USAGE_OR_IO);
        };
        if let Err(e) = rules.apply_overlay(&overlay) {
            eprintln!("orapg: rules/ext/{}.toml: {e}", ext.name());
            return Err(exit::USAGE_OR_IO);
        }
    }
    for path in &args.rules {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("orapg: cannot read rules file {}: {e}", path.display());
                return Err(exit::USAGE_OR_IO);
            }
        };
        let applied = overlay::Overlay::from_toml(&text).and_then(|o| rules.apply_overlay(&o));
        if let Err(e) = applied {
            eprintln!("{}", rules_file_error(path, &text, &e));
            return Err(exit::USAGE_OR_IO);
        }
    }
    Ok(rules)
}

/// `error: FILE:LINE:COL: message`, then the line with a caret under the column.
fn rules_file_error(path: &std::path::Path, text: &str, e: &overlay::OverlayError) -> String {
    file_error("rules file", path, text, &e.message, e.span.as_ref())
}

/// A data file (`--rules`, `--effort`) that cannot be used: `orapg: error in WHAT
/// FILE:LINE:COL: message`, then the line with a caret under the column, so that the
/// user can go straight to the mistake.
pub(super) fn file_error(
    what: &str,
    path: &std::path::Path,
    text: &str,
    message: &str,
    span: Option<&std::ops::Range<usize>>,
) -> String {
    let Some(span) = span else {
        return format!("orapg: error in {what} {}: {message}", path.display());
    };
    let (line, column) = overlay::line_col(text, span.start);
    let source_line = text.lines().nth(line - 1).unwrap_or("");
    format!(
        "orapg: error in {what} {}:{line}:{column}: {message}\n{line:>5} | {source_line}\n      | {}^",
        path.display(),
        " ".repeat(column - 1)
    )
}

/// Each defining statement's place in dependency order.
pub fn deploy_rank(
    analysis: &crate::analysis::Analysis,
) -> std::collections::BTreeMap<usize, usize> {
    analysis
        .graph
        .deploy_order()
        .into_iter()
        .filter_map(|id| analysis.graph.nodes[id].statement)
        .enumerate()
        .map(|(rank, statement)| (statement, rank))
        .collect()
}
