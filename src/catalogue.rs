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
    /// The catalogue entry for this code. Every constant in [`codes`] has one, since
    /// both come from the same files.
    pub fn entry(self) -> &'static DiagnosticEntry {
        builtin()
            .diagnostics
            .get(self.0)
            .unwrap_or_else(|| unreachable!("code {} has no catalogue entry", self.0))
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

#[derive(Debug, Deserialize)]
struct CatalogueFile {
    #[serde(default)]
    diagnostic: Vec<DiagnosticEntry>,
}

/// The parsed catalogue.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub diagnostics: BTreeMap<String, DiagnosticEntry>,
}

/// The catalogue files shipped in the binary, by their path under the repository.
pub const BUILTIN_FILES: &[(&str, &str)] = &[(
    "rules/diagnostics.toml",
    include_str!("../rules/diagnostics.toml"),
)];

impl Catalogue {
    pub fn from_files(files: &[(&str, &str)]) -> Result<Catalogue, String> {
        let mut catalogue = Catalogue::default();
        for (name, text) in files {
            let file: CatalogueFile = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
            for entry in file.diagnostic {
                catalogue.diagnostics.insert(entry.code.clone(), entry);
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

/// The index page `docs/rules/README.md`.
pub fn render_index(catalogue: &Catalogue) -> String {
    let mut page = String::from(
        "# Rule catalogue\n\nEvery code orapg reports, generated from `rules/*.toml`.\n\n| code | name | level | title |\n|---|---|---|---|\n",
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
    page
}
