//! Synthetic Oracle source for benchmarks and scale tests: a deterministic generator of
//! realistic schema exports (tables with constraints, comments and indexes, sequences,
//! views with joins, packages, procedures, functions, triggers, types, synonyms) with
//! SQL*Plus `/` terminators and PROMPT lines, spread over files the way real exports
//! are.
//!
//! The same [`SynthOptions`] always give byte-identical output, on every platform, so a
//! benchmark figure can name the corpus it was measured on. No external crates: the
//! randomness is a seeded xorshift.

mod ddl;
mod plsql;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthOptions {
    /// How many top-level objects (a table counts once, with its comments, indexes
    /// and constraints; a package counts once, spec and body).
    pub objects: usize,
    pub seed: u64,
    pub files: FileLayout,
}

impl Default for SynthOptions {
    fn default() -> Self {
        SynthOptions {
            objects: 1000,
            seed: 1,
            files: FileLayout::PerObject,
        }
    }
}

/// How objects are spread over files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileLayout {
    /// One file per object in `SCHEMA/kind/NAME.ext`, as SQL Developer's "separate
    /// files" export and most version-controlled schemas lay them out; a package's spec
    /// and body are two files (`.pks`, `.pkb`).
    PerObject,
    /// One file per schema and kind (`SCHEMA/tables.sql`, `SCHEMA/package_bodies.sql`),
    /// as a DDL export grouped by type.
    PerKind,
    /// Everything in `export.sql`, as a single-file export.
    Single,
}

/// What [`write_to_dir`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WriteSummary {
    pub files: usize,
    pub lines: usize,
    pub bytes: usize,
}

/// Generates the corpus: relative paths and their text, sorted by path.
pub fn generate(options: &SynthOptions) -> Vec<(PathBuf, String)> {
    let mut g = Generator::new(options.seed, options.objects);
    for _ in 0..options.objects {
        g.object();
    }
    g.into_files(options.files)
}

/// Writes `files` under `dir` (creating directories) and counts what was written.
pub fn write_to_dir(dir: &Path, files: &[(PathBuf, String)]) -> std::io::Result<WriteSummary> {
    let mut summary = WriteSummary::default();
    for (relative, text) in files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, text)?;
        summary.files += 1;
        summary.lines += text.lines().count();
        summary.bytes += text.len();
    }
    Ok(summary)
}

/// Counts the lines and bytes of generated files without writing them.
pub fn summarize(files: &[(PathBuf, String)]) -> WriteSummary {
    WriteSummary {
        files: files.len(),
        lines: files.iter().map(|(_, t)| t.lines().count()).sum(),
        bytes: files.iter().map(|(_, t)| t.len()).sum(),
    }
}

/// The kinds of generated source, which decide the directory, file name and extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Type,
    Sequence,
    Table,
    View,
    Synonym,
    Function,
    Procedure,
    Package,
    PackageBody,
    Trigger,
}

impl Kind {
    fn dir(self) -> &'static str {
        match self {
            Kind::Type => "types",
            Kind::Sequence => "sequences",
            Kind::Table => "tables",
            Kind::View => "views",
            Kind::Synonym => "synonyms",
            Kind::Function => "functions",
            Kind::Procedure => "procedures",
            Kind::Package => "packages",
            Kind::PackageBody => "package_bodies",
            Kind::Trigger => "triggers",
        }
    }
    fn extension(self) -> &'static str {
        match self {
            Kind::Type => "tps",
            Kind::Sequence => "seq",
            Kind::Table | Kind::Synonym => "sql",
            Kind::View => "vw",
            Kind::Function => "fnc",
            Kind::Procedure => "prc",
            Kind::Package => "pks",
            Kind::PackageBody => "pkb",
            Kind::Trigger => "trg",
        }
    }
}

/// One generated unit of source: an object's DDL, ready to place in a file.
struct Piece {
    schema: &'static str,
    kind: Kind,
    name: String,
    text: String,
}

/// A table already generated, for views, foreign keys and triggers to refer to.
#[derive(Debug, Clone)]
struct TableInfo {
    name: String,
    /// (name, Oracle type) in column order; the first is the `ID` key.
    columns: Vec<(String, String)>,
    sequence: Option<String>,
}

/// Two ways exports are written: by DBMS_METADATA (SQL Developer, expdp SQLFILE) with
/// quoted upper-case names and storage clauses, or by hand, lower-case with PROMPTs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Metadata,
    Handwritten,
}

const SCHEMAS: &[&str] = &["HR", "SALES", "FIN", "INV", "APP_OWNER", "REPORTING"];

struct Generator {
    rng: Rng,
    /// Schemas in use: fewer for small corpora, so that objects can refer to each other.
    schemas: &'static [&'static str],
    tables: Vec<Vec<TableInfo>>,
    used_names: Vec<HashSet<String>>,
    pieces: Vec<Piece>,
}

impl Generator {
    fn new(seed: u64, objects: usize) -> Self {
        let schema_count = (objects / 400 + 1).min(SCHEMAS.len());
        let schemas = &SCHEMAS[..schema_count];
        Generator {
            rng: Rng::new(seed),
            schemas,
            tables: vec![Vec::new(); schema_count],
            used_names: vec![HashSet::new(); schema_count],
            pieces: Vec::new(),
        }
    }

    fn object(&mut self) {
        let s = self.rng.below(self.schemas.len());
        // Views, triggers and packages are about tables, so a schema gets tables first.
        let roll = if self.tables[s].len() < 3 {
            0
        } else {
            self.rng.below(100)
        };
        match roll {
            0..=33 => ddl::table(self, s),
            34..=43 => ddl::sequence(self, s),
            44..=56 => ddl::view(self, s),
            57..=59 => ddl::synonym(self, s),
            60..=62 => ddl::object_type(self, s),
            63..=74 => plsql::package(self, s),
            75..=81 => plsql::procedure(self, s),
            82..=88 => plsql::function(self, s),
            _ => plsql::trigger(self, s),
        }
    }

    fn style(&mut self) -> Style {
        if self.rng.below(3) == 0 {
            Style::Handwritten
        } else {
            Style::Metadata
        }
    }

    /// A name not yet used in schema `s`, from `base`, as Oracle exports disambiguate.
    fn unique_name(&mut self, s: usize, base: &str) -> String {
        let mut name = base.to_owned();
        let mut n = 2;
        while self.used_names[s].contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.used_names[s].insert(name.clone());
        name
    }

    /// A business-sounding name such as `AR_CUSTOMER_SITE`.
    fn entity_name(&mut self) -> String {
        let area = pick(&mut self.rng, AREAS);
        let entity = pick(&mut self.rng, ENTITIES);
        match self.rng.below(3) {
            0 => format!("{area}_{entity}"),
            _ => format!("{area}_{entity}_{}", pick(&mut self.rng, QUALIFIERS)),
        }
    }

    fn some_table(&mut self, s: usize) -> TableInfo {
        let i = self.rng.below(self.tables[s].len());
        self.tables[s][i].clone()
    }

    fn push(&mut self, s: usize, kind: Kind, name: &str, text: String) {
        self.pieces.push(Piece {
            schema: self.schemas[s],
            kind,
            name: name.to_owned(),
            text,
        });
    }

    fn into_files(self, layout: FileLayout) -> Vec<(PathBuf, String)> {
        let mut files: std::collections::BTreeMap<PathBuf, String> = Default::default();
        for piece in self.pieces {
            let path = match layout {
                FileLayout::PerObject => PathBuf::from(piece.schema)
                    .join(piece.kind.dir())
                    .join(format!("{}.{}", piece.name, piece.kind.extension())),
                FileLayout::PerKind => {
                    PathBuf::from(piece.schema).join(format!("{}.sql", piece.kind.dir()))
                }
                FileLayout::Single => PathBuf::from("export.sql"),
            };
            let file = files.entry(path).or_insert_with(|| {
                // Exports start by turning substitution off: source holds `&` in strings.
                "SET DEFINE OFF\n".to_owned()
            });
            file.push('\n');
            file.push_str(&piece.text);
        }
        files.into_iter().collect()
    }
}

const AREAS: &[&str] = &[
    "AR", "AP", "GL", "OE", "PO", "INV", "HR", "CRM", "WMS", "PAY",
];
const ENTITIES: &[&str] = &[
    "CUSTOMER",
    "ORDER",
    "INVOICE",
    "PRODUCT",
    "EMPLOYEE",
    "ACCOUNT",
    "SHIPMENT",
    "SUPPLIER",
    "PAYMENT",
    "CONTRACT",
    "LEDGER",
    "BUDGET",
    "ITEM",
    "WAREHOUSE",
    "CARRIER",
    "PRICE",
    "DISCOUNT",
    "TAX",
    "CURRENCY",
    "REGION",
    "BRANCH",
    "DEPARTMENT",
    "POSITION",
    "TIMESHEET",
    "EXPENSE",
    "ASSET",
    "LEASE",
    "CAMPAIGN",
    "LEAD",
    "TICKET",
    "RETURN",
    "RECEIPT",
    "JOURNAL",
    "PERIOD",
    "BANK",
    "CHEQUE",
    "VENDOR",
    "REQUISITION",
    "QUOTE",
    "SUBSCRIPTION",
];
const QUALIFIERS: &[&str] = &[
    "LINE", "HIST", "STATUS", "TYPE", "SITE", "CONTACT", "ADDRESS", "AUDIT", "DETAIL", "HEADER",
    "RATE", "SCHEDULE", "ALLOC", "BATCH", "LOG", "MAP", "NOTE", "ATTR", "PLAN", "RULE", "SNAPSHOT",
    "STAGE", "TERM", "VERSION", "XREF", "LINK", "DIST", "HOLD", "LIMIT", "SUMMARY",
];

fn pick<'a>(rng: &mut Rng, from: &[&'a str]) -> &'a str {
    from[rng.below(from.len())]
}

/// xorshift64*: small, fast and the same everywhere; nothing here needs better.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // Spread small seeds over the state, and avoid the all-zero state.
        Rng((seed ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(0xbf58_476d_1ce4_e5b9) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Names as the chosen style writes them: `"SALES"."ORDERS"` or `sales.orders`.
fn qualified(style: Style, schema: &str, name: &str) -> String {
    match style {
        Style::Metadata => format!("\"{schema}\".\"{name}\""),
        Style::Handwritten => format!("{}.{}", schema.to_lowercase(), name.to_lowercase()),
    }
}

fn ident(style: Style, name: &str) -> String {
    match style {
        Style::Metadata => format!("\"{name}\""),
        Style::Handwritten => name.to_lowercase(),
    }
}

/// The banner SQL Developer writes before each object.
fn banner(style: Style, what: &str, name: &str) -> String {
    match style {
        Style::Metadata => format!(
            "--------------------------------------------------------\n--  DDL for {what} {name}\n--------------------------------------------------------\n\n"
        ),
        Style::Handwritten => format!(
            "PROMPT Creating {} {}\n",
            what.to_lowercase(),
            name.to_lowercase()
        ),
    }
}

#[cfg(test)]
mod tests;
