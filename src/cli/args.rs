//! Command-line arguments (clap derive). Shared option groups are flattened into each
//! subcommand so that every command reads inputs the same way.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit codes:
  0  ran to completion
  1  ran, but --strict was given and some object could not be read, parsed or converted
  2  usage error, or an input or output could not be read or written

Examples:
  orapg parse corpus/                       summary of what was read, with diagnostics
  orapg parse schema.sql --format json      every statement with file, line, kind and span
  orapg parse install.sql --define OWNER=HR substitute &OWNER in the scripts
  cat export.sql | orapg parse -            read a script from stdin

Environment:
  NO_COLOR   when set, no colour (same as --color never)";

/// Oracle to PostgreSQL schema conversion and assessment.
#[derive(Debug, Parser)]
#[command(name = "orapg", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub globals: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Print only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print more (repeat for more detail).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Colour in terminal output.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

impl Format {
    /// The file extension of a result written with `-o`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Json => "json",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read Oracle scripts and report every statement and SQL*Plus command found.
    #[command(after_help = AFTER_HELP)]
    Parse(ParseArgs),
    /// Convert Oracle DDL and SQL to PostgreSQL: one file per object, deploy.sql and
    /// report.json under --out.
    #[command(after_help = CONVERT_HELP)]
    Convert(ConvertArgs),
    /// Convert and write the assessment report (HTML, Markdown, JSON, CSV) under --out.
    Assess(AssessArgs),
    /// Print the dependency graph (dot, json, mermaid), or one object's neighbourhood.
    Graph(GraphArgs),
    /// Deploy converted output into a PostgreSQL database and record what it accepts.
    Verify(PlannedArgs),
    /// Copy table data into PostgreSQL in dependency order.
    Copy(PlannedArgs),
    /// List the diagnostic and action codes, or explain one (`orapg rules OPG0007`).
    Rules(RulesArgs),
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A code (OPG0007) or name (include-cycle) to explain; all codes when omitted.
    pub code: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// How inputs are found and read; shared by every command that reads Oracle source.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files or directories (searched recursively) of Oracle source; `-` reads stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Set a SQL*Plus substitution variable, as DEFINE NAME=VALUE would (repeatable).
    #[arg(long = "define", short = 'D', value_name = "NAME=VALUE", value_parser = parse_define)]
    pub defines: Vec<(String, String)>,
    /// Decode every file with this encoding (e.g. windows-1252, iso-8859-15, utf-8)
    /// instead of UTF-8 with a Windows-1252 fallback.
    #[arg(long, value_name = "LABEL", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Also read files with this extension when walking directories (repeatable).
    #[arg(long = "ext", value_name = "EXT")]
    pub extensions: Vec<String>,
    /// Schema of objects without an owner prefix, until a script changes it.
    #[arg(long, value_name = "SCHEMA")]
    pub default_schema: Option<String>,
}

/// Output options shared by commands that write results.
#[derive(Debug, Args, Clone)]
pub struct OutputArgs {
    /// Output format on stdout.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write results into this directory instead of stdout.
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Exit with 1 when anything could not be read, parsed or converted.
    #[arg(long)]
    pub strict: bool,
}

const CONVERT_HELP: &str = "\
Output (under --out):
  objects/<schema>/<kind>/<name>.sql   one file per object, with its actions in a header
  deploy.sql                           everything deployable, in order: psql -v ON_ERROR_STOP=1 -f deploy.sql
  oracompat.sql                        Oracle-compatible helper functions deploy.sql creates first
  report.json                          every object with its status and actions

Examples:
  orapg convert schema/ -o out/
  orapg convert export.sql -o out/ --number-as bigint --date-as date
  orapg convert schema/ -o out/ --schema-map HR=hr_app --schema-map SALES=sales_app
  orapg convert schema/ -o out/ --rules my-rules.toml --target-ext orafce";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Json,
    Mermaid,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// Only this object and its neighbours (NAME or SCHEMA.NAME, as Oracle spells it).
    #[arg(long, value_name = "NAME")]
    pub object: Option<String>,
    /// With --object: how many edges away to go.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
}

/// What NUMBER without precision becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NumberAs {
    Numeric,
    Bigint,
    DoublePrecision,
}

/// What DATE becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateAs {
    Timestamp,
    Date,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Directory to write the converted objects, deploy.sql and report.json into.
    #[arg(short = 'o', long = "out", value_name = "DIR", required = true)]
    pub out: PathBuf,
    /// Exit with 1 when any object could not be parsed or needs manual conversion.
    #[arg(long)]
    pub strict: bool,
    /// Type for NUMBER columns declared without precision.
    #[arg(long, value_enum, default_value_t = NumberAs::Numeric)]
    pub number_as: NumberAs,
    /// Type for DATE columns (Oracle's DATE holds a time of day).
    #[arg(long, value_enum, default_value_t = DateAs::Timestamp)]
    pub date_as: DateAs,
    /// Put the objects of Oracle schema ORACLE into PostgreSQL schema PG, and write every
    /// reference to it so (repeatable). ORACLE matches as Oracle resolves names: unquoted
    /// is case-insensitive, "Quoted" is exact.
    #[arg(long = "schema-map", value_name = "ORACLE=PG", value_parser = parse_schema_map)]
    pub schema_map: Vec<(String, String)>,
    /// A TOML file of type, function and reserved-word rules merged over the built-in
    /// ones, its entries winning (repeatable; later files win). See docs/rules-override.md.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// PostgreSQL extensions the target database has, whose Oracle-compatible functions
    /// and types the conversion may use (repeatable or comma-separated).
    #[arg(
        long = "target-ext",
        value_name = "EXT",
        value_enum,
        value_delimiter = ','
    )]
    pub target_ext: Vec<TargetExt>,
}

/// Extensions `--target-ext` knows; each is an overlay in rules/ext/.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TargetExt {
    /// Oracle-compatible functions (rules/ext/orafce.toml).
    Orafce,
    /// SDO_GEOMETRY as geometry (rules/ext/postgis.toml).
    Postgis,
}

impl TargetExt {
    pub fn name(self) -> &'static str {
        match self {
            TargetExt::Orafce => "orafce",
            TargetExt::Postgis => "postgis",
        }
    }
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    #[command(flatten)]
    pub convert: ConvertArgs,
    /// An effort model to use instead of the built-in one, including per-action-code
    /// minutes in its `[actions]` table (see docs/effort-model.md).
    #[arg(long, value_name = "FILE")]
    pub effort: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Arguments of commands that later issues deliver.
#[derive(Debug, Args)]
pub struct PlannedArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

fn parse_define(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.to_owned()))
        }
        _ => Err(format!("expected NAME=VALUE, got `{s}`")),
    }
}

fn parse_schema_map(s: &str) -> Result<(String, String), String> {
    let Some((oracle, pg)) = s.split_once('=') else {
        return Err(format!("expected ORACLE=PG, got `{s}`"));
    };
    let (oracle, pg) = (oracle.trim(), pg.trim());
    if oracle.is_empty() || pg.is_empty() {
        return Err(format!("expected ORACLE=PG, got `{s}`"));
    }
    if pg.len() > crate::convert::names::MAX_NAME_BYTES {
        return Err(format!(
            "`{pg}` is longer than PostgreSQL's {} bytes",
            crate::convert::names::MAX_NAME_BYTES
        ));
    }
    Ok((oracle.to_owned(), pg.to_owned()))
}

fn parse_encoding(s: &str) -> Result<&'static encoding_rs::Encoding, String> {
    encoding_rs::Encoding::for_label(s.as_bytes())
        .ok_or_else(|| format!("unknown encoding `{s}` (try utf-8, windows-1252, iso-8859-15)"))
}
