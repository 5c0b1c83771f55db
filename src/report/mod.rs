//! The report: what happened to every object, as data. Conversion decides; the report
//! counts and locates.

use crate::catalogue::Severity;
use crate::convert::Status;
use crate::convert::program::UnitConversion;
use crate::emit::ObjectFile;
use crate::ir::Program;
use crate::reader::{Script, StatementKind};
use serde::Serialize;

/// The version of report.json's layout; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct ConversionReport {
    pub schema_version: u32,
    pub summary: Summary,
    pub objects: Vec<ObjectEntry>,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub statements: usize,
    pub auto: usize,
    pub review: usize,
    pub manual: usize,
    pub unparsed: usize,
}

#[derive(Debug, Serialize)]
pub struct ObjectEntry {
    pub id: usize,
    pub kind: StatementKind,
    pub schema: Option<String>,
    pub name: Option<String>,
    pub file: String,
    pub line: u32,
    pub end_line: u32,
    pub status: Status,
    /// The output files holding this statement's PostgreSQL text (or its commented-out
    /// Oracle text).
    pub outputs: Vec<String>,
    pub actions: Vec<ActionEntry>,
}

#[derive(Debug, Serialize)]
pub struct ActionEntry {
    pub code: String,
    pub severity: Severity,
    pub title: String,
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
}

pub fn conversion_report(
    script: &Script,
    _program: &Program,
    units: &[UnitConversion],
    files: &[ObjectFile],
) -> ConversionReport {
    let statements: Vec<_> = script.statements().collect();
    let mut summary = Summary::default();
    let mut objects = Vec::new();
    for unit in units {
        let statement = statements[unit.statement];
        let source = script.sources.get(statement.file);
        let start = source.line_col(statement.span.start as usize);
        let end = source.line_col(statement.span.end as usize);
        summary.statements += 1;
        match unit.converted.status {
            Status::Auto => summary.auto += 1,
            Status::Review => summary.review += 1,
            Status::Manual => summary.manual += 1,
            Status::Unparsed => summary.unparsed += 1,
        }
        let actions = unit
            .converted
            .actions
            .iter()
            .map(|a| {
                let at = source.line_col(statement.file_offset(a.span.start as usize));
                let entry = a.code.action();
                ActionEntry {
                    code: a.code.to_string(),
                    severity: entry.severity,
                    title: entry.title.clone(),
                    message: a.message.clone(),
                    file: source.display_path(),
                    line: at.line,
                    column: at.column,
                }
            })
            .collect();
        objects.push(ObjectEntry {
            id: unit.statement,
            kind: statement.head.kind,
            schema: statement.schema.clone(),
            name: statement.head.name.clone(),
            file: source.display_path(),
            line: start.line,
            end_line: end.line,
            status: unit.converted.status,
            outputs: files
                .iter()
                .filter(|f| f.statements.contains(&unit.statement))
                .map(|f| f.path.clone())
                .collect(),
            actions,
        });
    }
    ConversionReport {
        schema_version: SCHEMA_VERSION,
        summary,
        objects,
    }
}
