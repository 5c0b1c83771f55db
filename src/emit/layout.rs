//! Which object goes to which file, what each file says, and the deploy order.

use crate::catalogue::Severity;
use crate::convert::Status;
use crate::convert::names::Namer;
use crate::convert::program::UnitConversion;
use crate::reader::{Script, StatementKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The steps of deploy.sql, in order. Data-free post steps come after tables so that a
/// data copy can run between `Tables` and `Indexes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DeployPhase {
    Roles,
    Types,
    Sequences,
    Tables,
    Data,
    Indexes,
    Constraints,
    ForeignKeys,
    Views,
    Comments,
    Grants,
    /// Not deployed: manual, unparsed, or with no effect on the schema.
    NotDeployed,
}

impl DeployPhase {
    fn title(self) -> &'static str {
        match self {
            DeployPhase::Roles => "roles",
            DeployPhase::Types => "types",
            DeployPhase::Sequences => "sequences",
            DeployPhase::Tables => "tables",
            DeployPhase::Data => "data",
            DeployPhase::Indexes => "indexes",
            DeployPhase::Constraints => "constraints",
            DeployPhase::ForeignKeys => "foreign keys",
            DeployPhase::Views => "views",
            DeployPhase::Comments => "comments",
            DeployPhase::Grants => "grants",
            DeployPhase::NotDeployed => "not deployed",
        }
    }
}

/// One output file.
#[derive(Debug, Clone)]
pub struct ObjectFile {
    /// Relative to the output directory, with `/` separators.
    pub path: String,
    /// The PostgreSQL schema, unquoted.
    pub schema: String,
    /// The schema as SQL text (quoted if it must be).
    pub schema_sql: String,
    pub phase: DeployPhase,
    pub content: String,
    /// Statement indexes whose output is in this file.
    pub statements: Vec<usize>,
}

fn phase_of(kind: StatementKind) -> DeployPhase {
    use StatementKind as K;
    match kind {
        K::Role => DeployPhase::Roles,
        K::Type => DeployPhase::Types,
        K::Sequence | K::AlterSequence => DeployPhase::Sequences,
        K::Table => DeployPhase::Tables,
        K::Insert | K::Update | K::Delete | K::Merge | K::Truncate => DeployPhase::Data,
        K::Index => DeployPhase::Indexes,
        K::AlterTable => DeployPhase::Constraints,
        K::View | K::MaterializedView | K::Synonym => DeployPhase::Views,
        K::Comment => DeployPhase::Comments,
        K::Grant => DeployPhase::Grants,
        _ => DeployPhase::NotDeployed,
    }
}

/// A file-system-safe, lower-case name for an Oracle name (quoted names keep their case).
fn file_name(name: &str) -> String {
    let plain = !name.chars().any(|c| c.is_lowercase());
    let name = if plain {
        name.to_lowercase()
    } else {
        name.to_owned()
    };
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '_' | '$' | '#' | '.' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The PostgreSQL schema an object lands in (unquoted): `--schema-map`'s name for its
/// Oracle schema, else the folded Oracle name; `public` when the schema is unknown.
fn schema_of(schema: Option<&str>, namer: &Namer) -> String {
    schema.map_or_else(|| "public".to_owned(), |oracle| namer.target_schema(oracle))
}

fn comment_lines(text: &str) -> String {
    text.lines()
        .map(|l| format!("-- {l}").trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Lays the converted units out into files. `deploy_rank` gives each statement's place
/// in dependency order (from the graph); files of one phase deploy in that order, then
/// in script order.
pub fn plan(
    script: &Script,
    units: &[UnitConversion],
    deploy_rank: &BTreeMap<usize, usize>,
    namer: &Namer,
) -> Vec<ObjectFile> {
    let statements: Vec<_> = script.statements().collect();
    let mut files: BTreeMap<String, ObjectFile> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut add = |path: String,
                   schema: &str,
                   schema_sql: &str,
                   phase: DeployPhase,
                   statement: usize,
                   body: String,
                   files: &mut BTreeMap<String, ObjectFile>| {
        let entry = files.entry(path.clone()).or_insert_with(|| {
            order.push(path.clone());
            ObjectFile {
                path: path.clone(),
                schema: schema.to_owned(),
                schema_sql: schema_sql.to_owned(),
                phase,
                content: String::new(),
                statements: Vec::new(),
            }
        });
        if !entry.content.is_empty() {
            entry.content.push('\n');
        }
        entry.content.push_str(&body);
        entry.statements.push(statement);
    };
    for unit in units {
        let statement = statements[unit.statement];
        let source = script.sources.get(statement.file);
        let at = source.line_col(statement.span.start as usize);
        let kind = statement.head.kind;
        let converted = &unit.converted;
        let schema = schema_of(statement.schema.as_deref(), namer);
        let schema_sql = namer.sql_name(&schema);
        let schema_dir = file_name(&schema);
        let name = statement
            .head
            .name
            .as_deref()
            .map(file_name)
            .unwrap_or_else(|| format!("line_{}", at.line));
        let kind_dir = kind.as_str().to_lowercase();
        let mut phase = phase_of(kind);
        // Column changes shape the table: with the tables, in script order, in a file
        // of their own (indexes and constraints may name the columns).
        let name = if kind == StatementKind::AlterTable && converted.alters_columns {
            phase = DeployPhase::Tables;
            format!("{name}.columns")
        } else {
            name
        };
        if converted.sql.is_none() {
            phase = DeployPhase::NotDeployed;
        }
        let qualified = match (&statement.schema, &statement.head.name) {
            (Some(s), Some(n)) => format!("{s}.{n}"),
            (None, Some(n)) => n.clone(),
            _ => String::new(),
        };
        let mut body = String::new();
        let _ = writeln!(
            body,
            "-- {} {qualified} from {}:{}",
            kind.as_str().replace('_', " "),
            source.display_path(),
            at.line
        );
        let _ = writeln!(body, "-- status: {}", status_word(converted.status));
        let text = statement.text(&script.sources);
        for action in &converted.actions {
            let entry = action.code.action();
            let offset = statement.file_offset(action.span.start as usize);
            let line = source.line_col(offset).line;
            let _ = writeln!(
                body,
                "-- {} {} line {line}: {}",
                action.code,
                severity_word(entry.severity),
                action.message.replace('\n', " ")
            );
        }
        match &converted.sql {
            Some(sql) => {
                let _ = writeln!(body, "SET search_path TO {schema_sql}, public;");
                body.push_str(sql);
                body.push(';');
                if let Some(trailing) = &converted.trailing_comments {
                    body.push(' ');
                    body.push_str(trailing);
                }
                body.push('\n');
                for extra in &converted.extra {
                    body.push_str(extra);
                    body.push_str(";\n");
                }
            }
            None => {
                // Nothing is silently lost: the Oracle text stays, commented out.
                body.push_str(&comment_lines(text));
                body.push('\n');
            }
        }
        let path = format!("objects/{schema_dir}/{kind_dir}/{name}.sql");
        add(
            path,
            &schema,
            &schema_sql,
            phase,
            unit.statement,
            body,
            &mut files,
        );
        for post in &converted.post {
            let mut body = String::new();
            let _ = writeln!(
                body,
                "-- foreign key {} of {qualified} from {}:{}",
                post.name,
                source.display_path(),
                at.line
            );
            let _ = writeln!(body, "SET search_path TO {schema_sql}, public;");
            body.push_str(&post.sql);
            body.push_str(";\n");
            let path = format!("objects/{schema_dir}/foreign_key/{name}.sql");
            add(
                path,
                &schema,
                &schema_sql,
                DeployPhase::ForeignKeys,
                unit.statement,
                body,
                &mut files,
            );
        }
    }
    let mut ordered: Vec<ObjectFile> = order.into_iter().filter_map(|p| files.remove(&p)).collect();
    // Phases in deploy order; within a phase, dependency order, then the script's.
    let rank = |f: &ObjectFile| {
        f.statements
            .iter()
            .filter_map(|s| deploy_rank.get(s))
            .min()
            .copied()
            .unwrap_or(usize::MAX)
    };
    let mut keyed: Vec<(DeployPhase, usize, usize, ObjectFile)> = ordered
        .drain(..)
        .enumerate()
        .map(|(i, f)| (f.phase, rank(&f), i, f))
        .collect();
    keyed.sort_by_key(|(phase, rank, i, _)| {
        (
            *phase,
            // Types and views can depend on one another within their phase.
            if matches!(*phase, DeployPhase::Views | DeployPhase::Types) {
                *rank
            } else {
                0
            },
            *i,
        )
    });
    keyed.into_iter().map(|(_, _, _, f)| f).collect()
}

fn quote_identifier(schema: &str) -> String {
    if schema
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        schema.to_owned()
    } else {
        format!("\"{}\"", schema.replace('"', "\"\""))
    }
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Auto => "auto",
        Status::Review => "review",
        Status::Manual => "manual",
        Status::Unparsed => "unparsed",
    }
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "info",
        Severity::Review => "review",
        Severity::Manual => "manual",
    }
}

/// deploy.sql: the extensions the rules need, oracompat, schemas, then every deployable
/// file by phase, with psql's `\ir`.
pub fn deploy_script(files: &[ObjectFile], extensions: &[String]) -> String {
    let mut out = String::from(
        "-- Generated by orapg. Run with: psql -v ON_ERROR_STOP=1 -f deploy.sql\n\\set ON_ERROR_STOP on\nSET client_min_messages TO warning;\n\n",
    );
    for extension in extensions {
        let _ = writeln!(
            out,
            "CREATE EXTENSION IF NOT EXISTS {};",
            quote_identifier(extension)
        );
    }
    if !extensions.is_empty() {
        out.push('\n');
    }
    out.push_str("\\ir oracompat.sql\n\n");
    let mut schemas: Vec<&str> = files
        .iter()
        .filter(|f| f.phase != DeployPhase::NotDeployed)
        .map(|f| f.schema_sql.as_str())
        .collect();
    schemas.sort();
    schemas.dedup();
    for schema in schemas {
        let _ = writeln!(out, "CREATE SCHEMA IF NOT EXISTS {schema};");
    }
    let mut phase = None;
    for file in files.iter().filter(|f| f.phase != DeployPhase::NotDeployed) {
        if phase != Some(file.phase) {
            phase = Some(file.phase);
            let _ = write!(out, "\n-- {}\n", file.phase.title());
        }
        let _ = writeln!(out, "\\ir {}", file.path);
    }
    out
}
