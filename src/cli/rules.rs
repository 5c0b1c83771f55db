//! `orapg rules`: the catalogue from the command line, as `ruff rule` does.

use super::args::{Format, RulesArgs};
use super::exit;
use crate::catalogue::{self, DiagnosticEntry};

pub fn run(args: &RulesArgs) -> u8 {
    let catalogue = catalogue::builtin();
    let entries: Vec<&DiagnosticEntry> = match &args.code {
        None => catalogue.diagnostics.values().collect(),
        Some(wanted) => {
            let found: Vec<&DiagnosticEntry> = catalogue
                .diagnostics
                .values()
                .filter(|e| e.code.eq_ignore_ascii_case(wanted) || e.name == *wanted)
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
            .map(|e| catalogue::render_doc(e))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Text => entries
            .iter()
            .map(|e| {
                let level = format!("{:?}", e.level).to_lowercase();
                format!("{}  {:<8} {:<34} {}\n", e.code, level, e.name, e.title)
            })
            .collect(),
    };
    print!("{text}");
    exit::OK
}
