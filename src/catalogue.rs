//! The rule catalogue: every diagnostic and action code orapg can emit, read from
//! `rules/*.toml` (embedded at build time). Reports, docs and the emitter read titles,
//! levels and efforts from here; code names entries through the constants in [`codes`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A stable catalogue code such as `OPG0007`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(pub &'static str);

impl Code {
    pub fn as_str(self) -> &'static str {
        self.0
    }
    /// The catalogue entry of a diagnostic code. Every diagnostic constant in [`codes`]
    /// has one, since both come from the same files.
    pub fn entry(self) -> &'static DiagnosticEntry {
        builtin()
            .diagnostics
            .get(self.0)
            .unwrap_or_else(|| unreachable!("code {} is not a diagnostic", self.0))
    }

    /// The catalogue entry of an action code.
    pub fn action(self) -> &'static ActionEntry {
        builtin()
            .actions
            .get(self.0)
            .unwrap_or_else(|| unreachable!("code {} is not an action", self.0))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

/// Constants for every code, generated from the catalogue by build.rs.
pub mod codes {
    use super::Code;
    include!(concat!(env!("OUT_DIR"), "/codes.rs"));

    /// The code named `name` (`include-cycle`), for data files that name actions.
    pub fn by_name(name: &str) -> Option<Code> {
        BY_NAME.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Note,
}

/// A front-end diagnostic's catalogue entry.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DiagnosticEntry {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub title: String,
    pub explanation: String,
}

/// How much a conversion action leaves to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Converted; nothing to do.
    Info,
    /// Converted, but behaviour may differ: a person should check.
    Review,
    /// Not converted: the Oracle text is kept, commented out.
    Manual,
}

/// Minutes of work an action costs in the assessment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Effort {
    /// Paid once per code in a project.
    pub learning: u32,
    /// Paid for every occurrence.
    pub occurrence: u32,
}

/// An Oracle/PostgreSQL pair of snippets for a doc page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Example {
    pub oracle: String,
    pub postgres: String,
}

/// A conversion action's catalogue entry.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ActionEntry {
    pub code: String,
    pub name: String,
    pub severity: Severity,
    pub effort: Effort,
    pub title: String,
    /// What Oracle does.
    pub oracle: String,
    /// What PostgreSQL does.
    pub postgres: String,
    /// What orapg emits.
    pub emits: String,
    pub example: Example,
    #[serde(default)]
    pub references: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct CatalogueFile {
    #[serde(default)]
    diagnostic: Vec<DiagnosticEntry>,
    #[serde(default)]
    action: Vec<ActionEntry>,
}

/// The parsed catalogue.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub diagnostics: BTreeMap<String, DiagnosticEntry>,
    pub actions: BTreeMap<String, ActionEntry>,
}

/// The catalogue files shipped in the binary, by their path under the repository.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "rules/diagnostics.toml",
        include_str!("../rules/diagnostics.toml"),
    ),
    ("rules/actions.toml", include_str!("../rules/actions.toml")),
];

impl Catalogue {
    pub fn from_files(files: &[(&str, &str)]) -> Result<Catalogue, String> {
        let mut catalogue = Catalogue::default();
        for (name, text) in files {
            let file: CatalogueFile = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
            for entry in file.diagnostic {
                catalogue.diagnostics.insert(entry.code.clone(), entry);
            }
            for entry in file.action {
                catalogue.actions.insert(entry.code.clone(), entry);
            }
        }
        Ok(catalogue)
    }
}

/// The built-in catalogue. It is checked at build time, so parsing cannot fail here.
pub fn builtin() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        Catalogue::from_files(BUILTIN_FILES).unwrap_or_else(|e| unreachable!("{e}"))
    })
}

/// The documentation page of a diagnostic, as `docs/rules/<code>.md` holds it. The pages
/// are generated from the catalogue (tests/rule_docs.rs keeps them current), so the
/// catalogue stays the single source.
pub fn render_doc(entry: &DiagnosticEntry) -> String {
    let level = match entry.level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note => "note",
    };
    let mut page = format!(
        "# {} `{}`\n\n{}.\n\n- Level: **{level}**\n- Reported by: the front end (reader and parser)\n\n## What it means\n\n",
        entry.code, entry.name, entry.title
    );
    // Explanations are written as one paragraph in TOML with `\` line joins.
    page.push_str(entry.explanation.trim());
    page.push('\n');
    page
}

/// The documentation page of an action: the fixed sections every action has.
pub fn render_action_doc(entry: &ActionEntry) -> String {
    let severity = match entry.severity {
        Severity::Info => "info (converted, nothing to do)",
        Severity::Review => "review (converted; a person should check)",
        Severity::Manual => "manual (not converted)",
    };
    let mut page = format!(
        "# {} `{}`\n\n{}.\n\n- Severity: **{severity}**\n- Effort: {} min to learn once, {} min per occurrence\n\n",
        entry.code, entry.name, entry.title, entry.effort.learning, entry.effort.occurrence
    );
    page.push_str(&format!(
        "## What Oracle does\n\n{}\n\n",
        entry.oracle.trim()
    ));
    page.push_str(&format!(
        "## What PostgreSQL does\n\n{}\n\n",
        entry.postgres.trim()
    ));
    page.push_str(&format!(
        "## What orapg emits\n\n{}\n\n",
        entry.emits.trim()
    ));
    page.push_str(&format!(
        "## Example\n\nOracle:\n\n```sql\n{}\n```\n\nPostgreSQL:\n\n```sql\n{}\n```\n\n",
        entry.example.oracle.trim(),
        entry.example.postgres.trim()
    ));
    page.push_str("## References\n\n");
    if entry.references.is_empty() {
        page.push_str("None.\n");
    }
    for reference in &entry.references {
        page.push_str(&format!("- <{reference}>\n"));
    }
    page
}

/// The index page `docs/rules/README.md`.
pub fn render_index(catalogue: &Catalogue) -> String {
    let mut page = String::from(
        "# Rule catalogue\n\nEvery code orapg reports, generated from `rules/*.toml`.\n\n## Diagnostics (reader and parser)\n\n| code | name | level | title |\n|---|---|---|---|\n",
    );
    for entry in catalogue.diagnostics.values() {
        let level = format!("{:?}", entry.level).to_lowercase();
        page.push_str(&format!(
            "| [{code}]({code}.md) | `{}` | {level} | {} |\n",
            entry.name,
            entry.title,
            code = entry.code
        ));
    }
    page.push_str("\n## Conversion actions\n\n| code | name | severity | effort (learn + each) | title |\n|---|---|---|---|---|\n");
    for entry in catalogue.actions.values() {
        let severity = format!("{:?}", entry.severity).to_lowercase();
        page.push_str(&format!(
            "| [{code}]({code}.md) | `{}` | {severity} | {} + {} min | {} |\n",
            entry.name,
            entry.effort.learning,
            entry.effort.occurrence,
            entry.title,
            code = entry.code
        ));
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_generated_code_resolves() {
        let entry = codes::UNDEFINED_SUBSTITUTION_VARIABLE.entry();
        assert_eq!(entry.name, "undefined-substitution-variable");
        assert_eq!(entry.level, Level::Warning);
    }
}
