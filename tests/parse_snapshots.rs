//! Snapshot of what the front end makes of every corpus file: each statement's kind,
//! name, line and parse status, and a compact dump of its syntax tree (or its parse
//! diagnostic). A grammar change shows up here as a reviewable diff.

use orapg::ir::{self, ParseStatus};
use orapg::reader::{self, ReadOptions};
use orapg::source::InputFile;
use std::fmt::Write as _;

fn describe(path: &std::path::Path) -> String {
    let script = reader::read_inputs(
        &[InputFile::Path(path.to_path_buf())],
        &ReadOptions::default(),
    );
    let program = ir::parse_program(&script);
    let mut out = String::new();
    for (statement, unit) in script.statements().zip(&program.units) {
        let file = script.sources.get(statement.file);
        let line = file.line_col(statement.span.start as usize).line;
        let name = match (&statement.schema, &statement.head.name) {
            (Some(s), Some(n)) => format!(" {s}.{n}"),
            (None, Some(n)) => format!(" {n}"),
            _ => String::new(),
        };
        let status = match unit.status {
            ParseStatus::Parsed => "parsed",
            ParseStatus::Unparsed => "UNPARSED",
        };
        let _ = writeln!(
            out,
            "=== line {line}: {}{name} ({status})",
            statement.head.kind.as_str()
        );
        for d in &unit.diagnostics {
            let r = d.resolve(&script.sources);
            let _ = writeln!(
                out,
                "  {}[{}] {}:{}: {}",
                format!("{:?}", r.severity).to_lowercase(),
                r.code,
                r.line.unwrap_or(0),
                r.column.unwrap_or(0),
                r.message
            );
        }
        if let Some(tree) = &unit.tree {
            out.push_str(&tree.dump_compact(statement.text(&script.sources)));
        }
    }
    out
}

#[test]
fn corpus_constructs() {
    insta::glob!("../corpus/constructs", "**/*.sql", |path| {
        insta::assert_snapshot!(describe(path));
    });
}

#[test]
fn corpus_reader() {
    insta::glob!("../corpus/reader", "**/*.{sql,trg,plb}", |path| {
        insta::assert_snapshot!(describe(path));
    });
}
