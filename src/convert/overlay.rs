//! Rules overlays: TOML in the shape of rules/types.toml, rules/functions.toml and
//! rules/postgres_reserved.toml (any of their sections, all optional), merged over the
//! built-in rules, later overlays winning by key. `--target-ext orafce` applies
//! rules/ext/orafce.toml, `--rules FILE` a user's file; both are read here, one format.
//! docs/rules-override.md describes it.

use crate::catalogue::{Code, builtin, codes};
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

/// One overlay file, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// `[number]` of rules/types.toml: NUMBER thresholds.
    pub number: Option<NumberOverlay>,
    /// `[float]` of rules/types.toml.
    pub float: Option<FloatOverlay>,
    /// `[timestamp]` of rules/types.toml.
    pub timestamp: Option<TimestampOverlay>,
    /// `[[type]]`: keyed by each Oracle type name.
    #[serde(rename = "type", default)]
    pub types: Vec<TypeOverlay>,
    /// `[same]`, `[manual]`, `[date_valued]`, `[not_immutable]` of rules/functions.toml.
    pub same: Option<NameList>,
    pub manual: Option<NameList>,
    pub date_valued: Option<NameList>,
    pub not_immutable: Option<NameList>,
    /// `[[function]]`: keyed by name and argument count.
    #[serde(rename = "function", default)]
    pub functions: Vec<FunctionOverlay>,
    /// `[[name]]`: pseudo-columns, keyed by name.
    #[serde(rename = "name", default)]
    pub names: Vec<NameOverlay>,
    /// `words` of rules/postgres_reserved.toml: more names to quote.
    #[serde(default)]
    pub words: Vec<String>,
    /// PostgreSQL extensions the mappings need: deploy.sql creates them first.
    #[serde(default)]
    pub extensions: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberOverlay {
    pub integer_types: Option<Vec<IntegerTypeOverlay>>,
    pub unconstrained: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegerTypeOverlay {
    pub max_precision: u32,
    #[serde(rename = "type")]
    pub type_name: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FloatOverlay {
    pub real_max_binary_precision: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimestampOverlay {
    pub max_precision: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameList {
    pub names: Vec<String>,
}

/// How a type rule treats the Oracle type's parameters (as in rules/types.toml).
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Params {
    #[default]
    None,
    Length,
    Precision,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeOverlay {
    pub oracle: Spanned<Vec<String>>,
    pub postgres: String,
    #[serde(default)]
    pub params: Params,
    pub action: Option<Spanned<String>>,
    /// The message recorded with the action, instead of `ORACLE -> postgres`.
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FunctionOverlay {
    pub oracle: String,
    pub args: Spanned<[usize; 2]>,
    pub postgres: String,
    pub action: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameOverlay {
    pub oracle: String,
    pub postgres: String,
    pub action: Option<Spanned<String>>,
}

/// A rules file that cannot be used: what is wrong, and where (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayError {
    pub message: String,
    pub span: Option<Range<usize>>,
}

impl std::fmt::Display for OverlayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl Overlay {
    /// Parses and checks an overlay: every action it names must be an action code.
    pub fn from_toml(text: &str) -> Result<Overlay, OverlayError> {
        let overlay: Overlay = toml::from_str(text).map_err(|e| OverlayError {
            message: e.message().trim().to_owned(),
            span: e.span(),
        })?;
        let actions = overlay
            .types
            .iter()
            .filter_map(|t| t.action.as_ref())
            .chain(overlay.functions.iter().filter_map(|f| f.action.as_ref()))
            .chain(overlay.names.iter().filter_map(|n| n.action.as_ref()));
        for action in actions {
            action_code(Some(action))?;
        }
        for f in &overlay.functions {
            let [min, max] = *f.args.get_ref();
            if min > max {
                return Err(OverlayError {
                    message: format!(
                        "`args = [{min}, {max}]` for {}: the minimum is above the maximum",
                        f.oracle
                    ),
                    span: Some(f.args.span()),
                });
            }
        }
        for t in &overlay.types {
            if t.oracle.get_ref().is_empty() {
                return Err(OverlayError {
                    message: format!("a [[type]] rule for `{}` names no Oracle type", t.postgres),
                    span: Some(t.oracle.span()),
                });
            }
        }
        Ok(overlay)
    }
}

/// The action a rule records: the one it names, or `user-rule`.
pub(crate) fn action_code(action: Option<&Spanned<String>>) -> Result<Code, OverlayError> {
    let Some(action) = action else {
        return Ok(codes::USER_RULE);
    };
    codes::by_name(action.get_ref())
        .filter(|c| builtin().actions.contains_key(c.as_str()))
        .ok_or_else(|| OverlayError {
            message: format!(
                "unknown action `{}` (see `orapg rules` for the action names)",
                action.get_ref()
            ),
            span: Some(action.span()),
        })
}

/// The overlay of a `--target-ext` extension, embedded from rules/ext/.
pub fn target_extension(name: &str) -> Option<Overlay> {
    let text = match name {
        "orafce" => include_str!("../../rules/ext/orafce.toml"),
        "postgis" => include_str!("../../rules/ext/postgis.toml"),
        _ => return None,
    };
    Some(
        Overlay::from_toml(text)
            .unwrap_or_else(|e| unreachable!("rules/ext/{name}.toml: {e} at {:?}", e.span)),
    )
}

/// 1-based line and column (in characters) of a byte offset, for error messages.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_optional() {
        let o = Overlay::from_toml("").unwrap();
        assert!(o.types.is_empty() && o.functions.is_empty() && o.words.is_empty());
    }

    #[test]
    fn errors_point_at_the_problem() {
        let text = "[[type]]\noracle = [\"NUMBER\"]\npostgress = \"bigint\"\n";
        let e = Overlay::from_toml(text).unwrap_err();
        assert!(e.message.contains("postgress"), "{}", e.message);
        assert_eq!(line_col(text, e.span.unwrap().start), (3, 1));

        let text = "[[function]]\noracle = \"NVL\"\nargs = [2, 2]\npostgres = \"x\"\naction = \"no-such\"\n";
        let e = Overlay::from_toml(text).unwrap_err();
        assert!(e.message.contains("no-such"));
        assert_eq!(line_col(text, e.span.unwrap().start), (5, 10));

        // A diagnostic code is not an action.
        let text = "[[name]]\noracle = \"X\"\npostgres = \"y\"\naction = \"include-cycle\"\n";
        assert!(Overlay::from_toml(text).is_err());

        let text = "[[type]]\noracle = []\npostgres = \"text\"\n";
        let e = Overlay::from_toml(text).unwrap_err();
        assert_eq!(line_col(text, e.span.unwrap().start), (2, 10));

        let text = "[[function]]\noracle = \"F\"\nargs = [3, 1]\npostgres = \"f()\"\n";
        let e = Overlay::from_toml(text).unwrap_err();
        assert_eq!(line_col(text, e.span.unwrap().start), (3, 8));
    }

    #[test]
    fn the_documented_example_is_valid() {
        let doc = include_str!("../../docs/rules-override.md");
        let start = doc.find("```toml\n").unwrap() + "```toml\n".len();
        let example = &doc[start..start + doc[start..].find("```").unwrap()];
        let overlay = Overlay::from_toml(example).unwrap_or_else(|e| panic!("{e} {:?}", e.span));
        let mut rules = crate::convert::Rules::builtin();
        rules.apply_overlay(&overlay).unwrap();
        assert_eq!(rules.extensions, ["fuzzystrmatch"]);
        assert_eq!(
            rules.functions.call("SUBSTR", 2),
            crate::convert::functions::CallVerdict::Manual
        );
    }

    #[test]
    fn embedded_extensions_parse() {
        assert!(target_extension("orafce").is_some());
        assert!(target_extension("postgis").is_some());
        assert!(target_extension("timescaledb").is_none());
    }
}
