//! `orapg rules`: the catalogue from the command line, as `ruff rule` does.

use super::args::{Format, RulesArgs};
use super::exit;
use crate::catalogue::{self, ActionEntry, DiagnosticEntry};
use serde::Serialize;

#[derive(Serialize)]
#[serde(untagged)]
enum Entry<'a> {
    Diagnostic(&'a DiagnosticEntry),
    Action(&'a ActionEntry),
}

impl Entry<'_> {
    fn code(&self) -> &str {
        match self {
            Entry::Diagnostic(e) => &e.code,
            Entry::Action(e) => &e.code,
        }
    }
    fn name(&self) -> &str {
        match self {
            Entry::Diagnostic(e) => &e.name,
            Entry::Action(e) => &e.name,
        }
    }
    fn line(&self) -> String {
        match self {
            Entry::Diagnostic(e) => {
                let level = format!("{:?}", e.level).to_lowercase();
                format!("{}  {level:<8} {:<34} {}\n", e.code, e.name, e.title)
            }
            Entry::Action(e) => {
                let severity = format!("{:?}", e.severity).to_lowercase();
                format!("{}  {severity:<8} {:<34} {}\n", e.code, e.name, e.title)
            }
        }
    }
    fn page(&self) -> String {
        match self {
            Entry::Diagnostic(e) => catalogue::render_doc(e),
            Entry::Action(e) => catalogue::render_action_doc(e),
        }
    }
}

pub fn run(args: &RulesArgs) -> u8 {
    let catalogue = catalogue::builtin();
    let all: Vec<Entry<'_>> = catalogue
        .diagnostics
        .values()
        .map(Entry::Diagnostic)
        .chain(catalogue.actions.values().map(Entry::Action))
        .collect();
    let entries: Vec<&Entry<'_>> = match &args.code {
        None => all.iter().collect(),
        Some(wanted) => {
            let found: Vec<&Entry<'_>> = all
                .iter()
                .filter(|e| e.code().eq_ignore_ascii_case(wanted) || e.name() == wanted)
                .collect();
            if found.is_empty() {
                eprintln!(
                    "orapg rules: no code or name `{wanted}` (run `orapg rules` for the list)"
                );
                return exit::USAGE_OR_IO;
            }
            found
        }
    };
    let text = match args.format {
        Format::Json => match serde_json::to_string_pretty(&entries) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("orapg: cannot serialise the catalogue: {e}");
                return exit::USAGE_OR_IO;
            }
        },
        Format::Text if args.code.is_some() => entries
            .iter()
            .map(|e| e.page())
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Text => entries.iter().map(|e| e.line()).collect(),
    };
    print!("{text}");
    exit::OK
}
