//! The assessment report as data: every figure in the HTML, Markdown and CSV renderings
//! is computed here once, from objects and their actions, so they cannot disagree.

use super::effort::{Complexity, EffortModel, EffortSource, ObjectEffort};
use crate::analysis::{Analysis, NodeKind};
use crate::catalogue::{Code, Severity};
use crate::convert::Converted;
use crate::convert::Status;
use crate::convert::program::UnitConversion;
use crate::emit::ObjectFile;
use crate::reader::{Script, StatementKind};
use crate::source::{SourceFile, Span};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

pub const SCHEMA_VERSION: u32 = 1;

/// The estimate is stated as a range around the model's figure: -25% .. +50%, wider
/// above because unknowns in a migration add work far more often than they remove it.
pub const RANGE_LOW_FACTOR: f64 = 0.75;
pub const RANGE_HIGH_FACTOR: f64 = 1.5;

#[derive(Debug, Serialize)]
pub struct Assessment {
    pub schema_version: u32,
    pub tool: Tool,
    pub effort_model: EffortModel,
    /// Whether `effort_model` is the built-in one (rules/effort.toml), so that a reader
    /// knows whether the figures were calibrated with `--effort`.
    pub effort_model_builtin: bool,
    pub summary: Summary,
    pub objects: Vec<Object>,
    pub actions: Vec<ActionSummary>,
    pub unresolved: Vec<Unresolved>,
    pub cycles: Vec<Vec<usize>>,
    pub waves: Vec<WaveSummary>,
    pub external_dependencies: Vec<External>,
}

#[derive(Debug, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Default, Serialize, Clone)]
pub struct StatusCounts {
    pub auto: usize,
    pub review: usize,
    pub manual: usize,
    pub unparsed: usize,
}

impl StatusCounts {
    fn add(&mut self, status: Status, n: usize) {
        match status {
            Status::Auto => self.auto += n,
            Status::Review => self.review += n,
            Status::Manual => self.manual += n,
            Status::Unparsed => self.unparsed += n,
        }
    }
    pub fn total(&self) -> usize {
        self.auto + self.review + self.manual + self.unparsed
    }
}

#[derive(Debug, Serialize)]
pub struct KindRow {
    pub kind: StatementKind,
    pub objects: StatusCounts,
    pub simple: usize,
    pub medium: usize,
    pub complex: usize,
    pub effort_minutes: u32,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub files: usize,
    pub objects: usize,
    pub by_status: StatusCounts,
    /// Source lines of the objects in each status.
    pub lines: StatusCounts,
    /// `by_status` and `lines` as percentages of their totals.
    pub share: Shares,
    pub by_kind: Vec<KindRow>,
    pub effort: EffortSummary,
    pub migration_level: MigrationLevel,
}

/// Percentages, rounded to one decimal as the renderings print them.
#[derive(Debug, Default, Serialize, Clone)]
pub struct StatusShares {
    pub auto: f64,
    pub review: f64,
    pub manual: f64,
    pub unparsed: f64,
}

impl StatusShares {
    fn of(counts: &StatusCounts) -> Self {
        let total = counts.total();
        let pct = |n: usize| {
            if total == 0 {
                0.0
            } else {
                // Rounded as `{:.1}` prints, so that a rendering printing this figure
                // with one decimal shows the same digits as one printing the ratio.
                format!("{:.1}", n as f64 * 100.0 / total as f64)
                    .parse()
                    .unwrap_or(0.0)
            }
        };
        StatusShares {
            auto: pct(counts.auto),
            review: pct(counts.review),
            manual: pct(counts.manual),
            unparsed: pct(counts.unparsed),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Shares {
    pub objects: StatusShares,
    pub lines: StatusShares,
}

#[derive(Debug, Serialize)]
pub struct EffortSummary {
    /// Sum of the objects' minutes.
    pub objects_minutes: u32,
    /// Learning minutes, once per action code used.
    pub learning_minutes: u32,
    /// How many action codes `learning_minutes` counts: review and manual codes used.
    pub learning_codes: usize,
    pub total_minutes: u32,
    pub person_days: f64,
    /// The range the estimate is stated with: -25% .. +50%.
    pub person_days_low: f64,
    pub person_days_high: f64,
    /// The factors `person_days_low` and `person_days_high` apply to `person_days`.
    pub range_low_factor: f64,
    pub range_high_factor: f64,
}

/// The migration level in ora2pg's terms, for readers who know its reports.
#[derive(Debug, Serialize)]
pub struct MigrationLevel {
    /// A: can run automatically; B: code rewrite up to 5 person-days; C: above.
    pub level: char,
    /// 1 trivial .. 5 difficult, by ora2pg's definitions.
    pub difficulty: u8,
    pub explanation: String,
}

#[derive(Debug, Serialize)]
pub struct Object {
    pub id: usize,
    pub schema: Option<String>,
    /// The PostgreSQL schema the object is written to (`--schema-map` applied).
    pub target_schema: Option<String>,
    pub name: Option<String>,
    pub kind: StatementKind,
    pub file: String,
    pub line: u32,
    pub end_line: u32,
    pub lines: u32,
    pub status: Status,
    pub complexity: Complexity,
    pub effort_minutes: u32,
    pub effort: ObjectEffort,
    pub actions: Vec<ObjectAction>,
    pub depends_on: Vec<usize>,
    pub outputs: Vec<String>,
    /// The Oracle text as its file has it, lines `line` to `end_line`, for objects
    /// needing work (review, manual, unparsed); null for auto ones, whose text nobody
    /// needs to read, so that the report stays small.
    pub oracle_text: Option<String>,
    /// The PostgreSQL written for an object needing work: its statement, partitions and
    /// foreign keys, each ending in `;`. Null when nothing was written (manual, unparsed)
    /// and for auto objects.
    pub postgres_text: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ObjectAction {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Serialize)]
pub struct ActionSummary {
    pub code: String,
    pub name: String,
    pub title: String,
    pub severity: Severity,
    pub count: usize,
    pub objects: Vec<usize>,
    pub learning_minutes: u32,
    pub occurrence_minutes: u32,
    /// Whether the two numbers above are the catalogue's or the `--effort` file's.
    pub effort_source: EffortSource,
    /// learning + count x occurrence, for review and manual actions; 0 for info.
    pub effort_minutes: u32,
    pub doc: String,
}

#[derive(Debug, Serialize)]
pub struct Unresolved {
    pub name: String,
    pub kind: crate::analysis::ReferenceKind,
    pub object: usize,
    pub file: String,
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Serialize)]
pub struct WaveSummary {
    pub number: usize,
    pub schemas: Vec<String>,
    pub objects: Vec<usize>,
    pub depends_on_waves: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct External {
    pub name: String,
    pub kind: NodeKind,
    pub used_by: Vec<usize>,
}

pub fn build(
    script: &Script,
    analysis: &Analysis,
    units: &[UnitConversion],
    files: &[ObjectFile],
    model: &EffortModel,
) -> Assessment {
    let statements: Vec<_> = script.statements().collect();
    let mut objects = Vec::new();
    let mut used_codes: BTreeMap<Code, Vec<usize>> = BTreeMap::new();
    // Looked up once per object below: indexed here so the build stays linear.
    let mut target_schema_of: BTreeMap<usize, &str> = BTreeMap::new();
    let mut outputs_of: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for f in files {
        for s in &f.statements {
            target_schema_of.entry(*s).or_insert(&f.schema);
            let outputs = outputs_of.entry(*s).or_default();
            if !outputs.contains(&f.path) {
                outputs.push(f.path.clone());
            }
        }
    }
    for unit in units {
        let statement = statements[unit.statement];
        let source = script.sources.get(statement.file);
        let start = source.line_col(statement.span.start as usize);
        let end = source.line_col(statement.span.end as usize);
        let lines = end.line - start.line + 1;
        let codes: Vec<Code> = unit.converted.actions.iter().map(|a| a.code).collect();
        for code in &codes {
            used_codes.entry(*code).or_default().push(unit.statement);
        }
        let kind = statement.head.kind;
        let needs_work = unit.converted.status != Status::Auto;
        let effort = model.object(&kind.as_str(), unit.converted.status, lines, &codes);
        let depends_on: BTreeSet<usize> = analysis
            .references_of(unit.statement)
            .iter()
            .filter_map(|r| r.resolved)
            .filter_map(|n| analysis.graph.nodes[n].statement)
            .filter(|s| *s != unit.statement)
            .collect();
        objects.push(Object {
            id: unit.statement,
            schema: statement.schema.clone(),
            target_schema: target_schema_of
                .get(&unit.statement)
                .map(|s| (*s).to_owned()),
            name: statement.head.name.clone(),
            kind,
            file: source.display_path(),
            line: start.line,
            end_line: end.line,
            lines,
            status: unit.converted.status,
            complexity: effort.complexity,
            effort_minutes: effort.minutes,
            effort,
            actions: unit
                .converted
                .actions
                .iter()
                .map(|a| {
                    let at = source.line_col(statement.file_offset(a.span.start as usize));
                    ObjectAction {
                        code: a.code.to_string(),
                        severity: a.code.action().severity,
                        message: a.message.clone(),
                        file: source.display_path(),
                        line: at.line,
                        column: at.column,
                    }
                })
                .collect(),
            depends_on: depends_on.into_iter().collect(),
            outputs: outputs_of.remove(&unit.statement).unwrap_or_default(),
            oracle_text: needs_work.then(|| oracle_text(source, statement.span)),
            postgres_text: needs_work.then(|| postgres_text(&unit.converted)).flatten(),
        });
    }
    let actions: Vec<ActionSummary> = used_codes
        .iter()
        .map(|(code, occurrences)| {
            let entry = code.action();
            let mut distinct = occurrences.clone();
            distinct.dedup();
            let costs = entry.severity != Severity::Info;
            let (effort, effort_source) = model.action_effort(*code);
            ActionSummary {
                code: code.to_string(),
                name: entry.name.clone(),
                title: entry.title.clone(),
                severity: entry.severity,
                count: occurrences.len(),
                objects: distinct,
                learning_minutes: effort.learning,
                occurrence_minutes: effort.occurrence,
                effort_source,
                effort_minutes: if costs {
                    effort.learning + effort.occurrence * occurrences.len() as u32
                } else {
                    0
                },
                doc: format!("docs/rules/{code}.md"),
            }
        })
        .collect();
    let summary = summarize(script, &objects, &actions, model);
    let unresolved = unresolved(script, analysis);
    let node_statement = |n: usize| analysis.graph.nodes[n].statement;
    let cycles = analysis
        .graph
        .cycles()
        .into_iter()
        .map(|c| c.into_iter().filter_map(node_statement).collect())
        .collect();
    let waves = analysis
        .graph
        .waves()
        .into_iter()
        .map(|w| {
            let mut schemas: Vec<String> = w
                .objects
                .iter()
                .map(|n| analysis.graph.nodes[*n].key.schema.clone())
                .collect();
            schemas.sort();
            schemas.dedup();
            WaveSummary {
                number: w.number,
                schemas,
                objects: w.objects.into_iter().filter_map(node_statement).collect(),
                depends_on_waves: w.depends_on_waves,
            }
        })
        .collect();
    let mut externals: BTreeMap<(String, NodeKind), BTreeSet<usize>> = BTreeMap::new();
    for r in &analysis.references {
        if let Some(n) = r.resolved {
            let node = &analysis.graph.nodes[n];
            if node.node_kind != NodeKind::Object {
                externals
                    .entry((node.key.name.clone(), node.node_kind))
                    .or_default()
                    .insert(r.statement);
            }
        }
    }
    Assessment {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: "orapg",
            version: env!("CARGO_PKG_VERSION"),
        },
        effort_model: model.clone(),
        effort_model_builtin: serde_json::to_value(model).ok()
            == serde_json::to_value(EffortModel::builtin()).ok(),
        summary,
        objects,
        actions,
        unresolved,
        cycles,
        waves,
        external_dependencies: externals
            .into_iter()
            .map(|((name, kind), used_by)| External {
                name,
                kind,
                used_by: used_by.into_iter().collect(),
            })
            .collect(),
    }
}

/// From the start of the first line when only blanks precede the object there, so that
/// its first line keeps its indentation and every line is numbered as in the file.
fn oracle_text(source: &SourceFile, span: Span) -> String {
    let start = span.start as usize;
    let line_start = source.line_range(source.line_index(start)).start;
    let from = if source.text[line_start..start].trim().is_empty() {
        line_start
    } else {
        start
    };
    source.text[from..span.end as usize].to_owned()
}

fn postgres_text(converted: &Converted) -> Option<String> {
    let sql = converted.sql.as_ref()?;
    let mut out = format!("{sql};");
    for extra in converted
        .extra
        .iter()
        .chain(converted.post.iter().map(|p| &p.sql))
    {
        out.push('\n');
        out.push_str(extra);
        out.push(';');
    }
    Some(out)
}

/// Every reference that resolved to nothing in the input, with where it is.
pub fn unresolved(script: &Script, analysis: &Analysis) -> Vec<Unresolved> {
    let statements: Vec<_> = script.statements().collect();
    analysis
        .references
        .iter()
        .filter(|r| r.resolved.is_none())
        .map(|r| {
            let statement = statements[r.statement];
            let source = script.sources.get(statement.file);
            let at = source.line_col(statement.file_offset(r.span.start as usize));
            Unresolved {
                name: r.parts.join("."),
                kind: r.kind,
                object: r.statement,
                file: source.display_path(),
                line: at.line,
                column: at.column,
            }
        })
        .collect()
}

fn summarize(
    script: &Script,
    objects: &[Object],
    actions: &[ActionSummary],
    model: &EffortModel,
) -> Summary {
    let mut by_status = StatusCounts::default();
    let mut lines = StatusCounts::default();
    let mut kinds: BTreeMap<StatementKind, KindRow> = BTreeMap::new();
    for o in objects {
        by_status.add(o.status, 1);
        lines.add(o.status, o.lines as usize);
        let row = kinds.entry(o.kind).or_insert_with(|| KindRow {
            kind: o.kind,
            objects: StatusCounts::default(),
            simple: 0,
            medium: 0,
            complex: 0,
            effort_minutes: 0,
        });
        row.objects.add(o.status, 1);
        match o.complexity {
            Complexity::Simple => row.simple += 1,
            Complexity::Medium => row.medium += 1,
            Complexity::Complex => row.complex += 1,
        }
        row.effort_minutes += o.effort_minutes;
    }
    let objects_minutes: u32 = objects.iter().map(|o| o.effort_minutes).sum();
    let learning_minutes: u32 = actions
        .iter()
        .filter(|a| a.severity != Severity::Info)
        .map(|a| a.learning_minutes)
        .sum();
    let learning_codes = actions
        .iter()
        .filter(|a| a.severity != Severity::Info)
        .count();
    let total = objects_minutes + learning_minutes;
    let day = f64::from(model.calendar.minutes_per_day.max(1));
    let days = f64::from(total) / day;
    let round = |x: f64| (x * 10.0).round() / 10.0;
    Summary {
        files: script.sources.len(),
        objects: objects.len(),
        by_status: by_status.clone(),
        share: Shares {
            objects: StatusShares::of(&by_status),
            lines: StatusShares::of(&lines),
        },
        lines,
        by_kind: kinds.into_values().collect(),
        effort: EffortSummary {
            objects_minutes,
            learning_minutes,
            learning_codes,
            total_minutes: total,
            person_days: round(days),
            person_days_low: round(days * RANGE_LOW_FACTOR),
            person_days_high: round(days * RANGE_HIGH_FACTOR),
            range_low_factor: RANGE_LOW_FACTOR,
            range_high_factor: RANGE_HIGH_FACTOR,
        },
        migration_level: migration_level(objects, &by_status, days),
    }
}

/// ora2pg's levels: A runs automatically, B needs rewriting up to 5 person-days, C more.
/// Difficulty: 1 trivial (no code, no triggers), 2 easy (triggers, no rewriting),
/// 3 simple (code and/or triggers, no rewriting), 4 manual (no code, but triggers or
/// views need rewriting), 5 difficult (code and/or triggers need rewriting).
fn migration_level(objects: &[Object], status: &StatusCounts, days: f64) -> MigrationLevel {
    use StatementKind as K;
    let is_code = |k: StatementKind| {
        matches!(
            k,
            K::Package | K::PackageBody | K::Procedure | K::Function | K::TypeBody
        )
    };
    let needs_work = |o: &Object| matches!(o.status, Status::Manual | Status::Unparsed);
    let has_code = objects.iter().any(|o| is_code(o.kind));
    let has_triggers = objects.iter().any(|o| o.kind == K::Trigger);
    let code_rewrite = objects
        .iter()
        .any(|o| (is_code(o.kind) || o.kind == K::Trigger) && needs_work(o));
    let other_rewrite = objects
        .iter()
        .any(|o| !is_code(o.kind) && o.kind != K::Trigger && needs_work(o));
    let level = if status.manual + status.unparsed == 0 {
        'A'
    } else if days <= 5.0 {
        'B'
    } else {
        'C'
    };
    let difficulty = if code_rewrite {
        5
    } else if other_rewrite && !has_code {
        4
    } else if has_code {
        3
    } else if has_triggers {
        2
    } else {
        1
    };
    let explanation = format!(
        "{level}-{difficulty}: {}; {}",
        match level {
            'A' => "every object converts automatically or needs only review",
            'B' => "some objects need rewriting, up to 5 person-days",
            _ => "objects need rewriting, more than 5 person-days",
        },
        match difficulty {
            1 => "no stored code or triggers",
            2 => "triggers, no rewriting",
            3 => "stored code and/or triggers, no rewriting",
            4 => "no stored code rewriting, but other objects need it",
            _ => "stored code and/or triggers need rewriting",
        }
    );
    MigrationLevel {
        level,
        difficulty,
        explanation,
    }
}
