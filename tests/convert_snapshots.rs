//! Snapshot of what `convert` makes of every corpus file: each statement's status, its
//! actions (code, line, message) and the PostgreSQL it emits. A change in any rule shows
//! up here as a reviewable diff.

use orapg::convert::Rules;
use orapg::convert::program::convert_program;
use orapg::ir;
use orapg::reader::{self, ReadOptions};
use orapg::source::InputFile;
use std::fmt::Write as _;

fn describe(path: &std::path::Path) -> String {
    let script = reader::read_inputs(
        &[InputFile::Path(path.to_path_buf())],
        &ReadOptions::default(),
    );
    let program = ir::parse_program(&script);
    let analysis = orapg::analysis::analyse(&script, &program);
    let units = convert_program(&script, &program, &analysis, &Rules::builtin());
    let statements: Vec<_> = script.statements().collect();
    let mut out = String::new();
    for unit in &units {
        let statement = statements[unit.statement];
        let file = script.sources.get(statement.file);
        let line = file.line_col(statement.span.start as usize).line;
        let c = &unit.converted;
        let _ = writeln!(
            out,
            "=== line {line}: {} ({:?})",
            statement.head.kind.as_str(),
            c.status
        );
        for action in &c.actions {
            let at = file.line_col(statement.file_offset(action.span.start as usize));
            let _ = writeln!(
                out,
                "-- {} {}:{} {}",
                action.code, at.line, at.column, action.message
            );
        }
        if let Some(sql) = &c.sql {
            let _ = writeln!(out, "{sql};");
        }
        for extra in &c.extra {
            let _ = writeln!(out, "{extra};");
        }
        for post in &c.post {
            let _ = writeln!(out, "-- post-data:\n{};", post.sql);
        }
    }
    out
}

#[test]
fn convert_constructs() {
    insta::glob!("../corpus/constructs", "{ddl,sql}/*.sql", |path| {
        insta::assert_snapshot!(describe(path));
    });
}

#[test]
fn convert_schemas() {
    insta::glob!("../corpus/schemas", "**/*.sql", |path| {
        insta::assert_snapshot!(describe(path));
    });
}
