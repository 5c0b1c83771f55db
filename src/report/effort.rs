//! The effort model: minutes per object from its kind, size and actions, as
//! docs/effort-model.md explains. Numbers come from rules/effort.toml or the user's file;
//! the minutes of each action code come from the action catalogue (rules/actions.toml),
//! unless the file's `[actions]` table overrides them.

use crate::catalogue::{self, Code, Effort, Severity, codes};
use crate::convert::Status;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;

/// The model as used: report.json prints it as `effort_model`.
#[derive(Debug, Clone, Serialize)]
pub struct EffortModel {
    pub base: BTreeMap<String, u32>,
    pub size: SizeRules,
    pub complexity: ComplexityRules,
    pub calendar: Calendar,
    /// Minutes of the action codes the file overrides, by code, each merged over the
    /// catalogue's numbers (a field the file leaves out keeps the catalogue's value).
    /// Codes not listed take the catalogue's minutes.
    pub actions: BTreeMap<String, Effort>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SizeRules {
    pub lines_per_unit: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ComplexityRules {
    pub simple_below: u32,
    pub complex_above: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    pub minutes_per_day: u32,
}

/// The effort file as written. Unknown tables and keys are errors rather than ignored:
/// a misspelt `[action.OPG6035]` or `occurence = 5` would otherwise leave the
/// catalogue's numbers in place without a word.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EffortFile {
    base: BTreeMap<String, u32>,
    size: SizeRules,
    complexity: ComplexityRules,
    calendar: Calendar,
    /// Keyed by action code (`OPG6035`) or name (`connect-by`); spans for errors.
    #[serde(default)]
    actions: BTreeMap<Spanned<String>, Spanned<ActionOverride>>,
}

/// One `[actions.<code or name>]` table: either number may be left to the catalogue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionOverride {
    learning: Option<u32>,
    occurrence: Option<u32>,
}

/// Where an action code's minutes came from, as report.json's `effort_source` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EffortSource {
    /// The action catalogue, rules/actions.toml.
    Catalogue,
    /// The `[actions]` table of the file given with `--effort`.
    Config,
}

/// An effort file that cannot be used: what is wrong, and where (byte offsets into the
/// file's text), so that the command line can print `FILE:LINE:COLUMN`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffortModelError {
    pub message: String,
    pub span: Option<Range<usize>>,
}

impl std::fmt::Display for EffortModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Complexity {
    Simple,
    Medium,
    Complex,
}

/// An object's effort and how it was computed.
#[derive(Debug, Clone, Serialize)]
pub struct ObjectEffort {
    pub minutes: u32,
    pub base_minutes: u32,
    pub size_factor: f64,
    pub action_minutes: u32,
    pub complexity: Complexity,
}

impl EffortModel {
    pub fn builtin() -> Self {
        Self::from_toml(include_str!("../../rules/effort.toml"))
            .unwrap_or_else(|e| unreachable!("rules/effort.toml: {e}"))
    }

    /// Parses and checks an effort file: every action it names must be a review or
    /// manual action of the catalogue, named once.
    pub fn from_toml(text: &str) -> Result<Self, EffortModelError> {
        let file: EffortFile = toml::from_str(text).map_err(|e| EffortModelError {
            message: e.message().trim().to_owned(),
            span: e.span(),
        })?;
        // In file order, so that a code given twice is reported where it is repeated.
        let mut overrides: Vec<_> = file.actions.iter().collect();
        overrides.sort_by_key(|(key, _)| key.span().start);
        let mut actions: BTreeMap<String, Effort> = BTreeMap::new();
        let mut given_as: BTreeMap<String, &str> = BTreeMap::new();
        for (key, value) in overrides {
            let error = |message: String| EffortModelError {
                message,
                span: Some(key.span()),
            };
            let written = key.get_ref().as_str();
            let entry = action_entry(written).ok_or_else(|| {
                error(format!(
                    "unknown action `{written}` in [actions]: give an action code such as \
                     `OPG6035` or its name such as `connect-by` (`orapg rules` lists them)"
                ))
            })?;
            if entry.severity == Severity::Info {
                return Err(error(format!(
                    "action {} (`{}`) is an info action: info actions cost no minutes, so \
                     overriding its minutes would change nothing",
                    entry.code, entry.name
                )));
            }
            if let Some(first) = given_as.insert(entry.code.clone(), written) {
                return Err(error(format!(
                    "action {} is given twice in [actions]: as `{first}` and as `{written}`",
                    entry.code
                )));
            }
            let value = value.get_ref();
            if value.learning.is_none() && value.occurrence.is_none() {
                return Err(error(format!(
                    "[actions.{written}] sets neither `learning` nor `occurrence`"
                )));
            }
            actions.insert(
                entry.code.clone(),
                Effort {
                    learning: value.learning.unwrap_or(entry.effort.learning),
                    occurrence: value.occurrence.unwrap_or(entry.effort.occurrence),
                },
            );
        }
        Ok(EffortModel {
            base: file.base,
            size: file.size,
            complexity: file.complexity,
            calendar: file.calendar,
            actions,
        })
    }

    /// The minutes of an action code as this model uses them: the file's override, or
    /// the catalogue's.
    pub fn action_effort(&self, code: Code) -> (Effort, EffortSource) {
        match self.actions.get(code.as_str()) {
            Some(effort) => (*effort, EffortSource::Config),
            None => (code.action().effort, EffortSource::Catalogue),
        }
    }

    fn base(&self, kind: &str) -> u32 {
        self.base
            .get(kind)
            .or_else(|| self.base.get("default"))
            .copied()
            .unwrap_or(10)
    }

    pub fn complexity(&self, minutes: u32) -> Complexity {
        if minutes < self.complexity.simple_below {
            Complexity::Simple
        } else if minutes <= self.complexity.complex_above {
            Complexity::Medium
        } else {
            Complexity::Complex
        }
    }

    /// The effort of one object: nothing when converted automatically.
    pub fn object(&self, kind: &str, status: Status, lines: u32, actions: &[Code]) -> ObjectEffort {
        if status == Status::Auto {
            return ObjectEffort {
                minutes: 0,
                base_minutes: 0,
                size_factor: 1.0,
                action_minutes: 0,
                complexity: Complexity::Simple,
            };
        }
        let base = self.base(kind);
        let size_factor = match status {
            Status::Manual | Status::Unparsed => {
                (f64::from(lines) / f64::from(self.size.lines_per_unit.max(1))).max(1.0)
            }
            _ => 1.0,
        };
        let action_minutes: u32 = actions
            .iter()
            .filter(|c| c.action().severity != Severity::Info)
            .map(|c| self.action_effort(*c).0.occurrence)
            .sum();
        let minutes = (f64::from(base) * size_factor).round() as u32 + action_minutes;
        ObjectEffort {
            minutes,
            base_minutes: base,
            size_factor: (size_factor * 100.0).round() / 100.0,
            action_minutes,
            complexity: self.complexity(minutes),
        }
    }
}

/// The catalogue's action written as its code (`OPG6035`) or its name (`connect-by`).
fn action_entry(written: &str) -> Option<&'static catalogue::ActionEntry> {
    let actions = &catalogue::builtin().actions;
    actions
        .get(written)
        .or_else(|| codes::by_name(written).and_then(|code| actions.get(code.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::overlay::line_col;

    const MODEL: &str = "[base]\nPACKAGE_BODY = 120\ndefault = 10\n[size]\nlines_per_unit = 50\n\
                         [complexity]\nsimple_below = 120\ncomplex_above = 360\n\
                         [calendar]\nminutes_per_day = 420\n";

    fn with(actions: &str) -> Result<EffortModel, EffortModelError> {
        EffortModel::from_toml(&format!("{MODEL}{actions}"))
    }

    /// Where an error points, as (line, column) of the whole file.
    fn position(actions: &str) -> (usize, usize, String) {
        let text = format!("{MODEL}{actions}");
        let e = EffortModel::from_toml(&text).unwrap_err();
        let (line, column) = line_col(&text, e.span.clone().expect("a position").start);
        (line - MODEL.lines().count(), column, e.message)
    }

    #[test]
    fn builtin_model_overrides_no_action() {
        let model = EffortModel::builtin();
        assert!(model.actions.is_empty());
        let (effort, source) = model.action_effort(codes::NOT_CONVERTED_STATEMENT);
        assert_eq!(effort, codes::NOT_CONVERTED_STATEMENT.action().effort);
        assert_eq!(source, EffortSource::Catalogue);
    }

    #[test]
    fn actions_are_overridden_by_code_or_by_name() {
        let model = with(
            "[actions.OPG6035]\nlearning = 120\noccurrence = 45\n\
             [actions.not-converted-statement]\noccurrence = 25\n",
        )
        .unwrap();
        assert_eq!(
            model.action_effort(codes::CONNECT_BY),
            (
                Effort {
                    learning: 120,
                    occurrence: 45
                },
                EffortSource::Config
            )
        );
        // A number left out keeps the catalogue's.
        let catalogue = codes::NOT_CONVERTED_STATEMENT.action().effort;
        assert_eq!(
            model.action_effort(codes::NOT_CONVERTED_STATEMENT),
            (
                Effort {
                    learning: catalogue.learning,
                    occurrence: 25
                },
                EffortSource::Config
            )
        );
        // Keys are normalised to codes, as report.json prints them.
        assert_eq!(
            model.actions.keys().collect::<Vec<_>>(),
            ["OPG5012", "OPG6035"]
        );
        // Inline tables are the same thing.
        let inline = with("[actions]\nOPG6035 = { learning = 120, occurrence = 45 }\n").unwrap();
        assert_eq!(inline.actions["OPG6035"], model.actions["OPG6035"]);
    }

    #[test]
    fn object_minutes_use_the_overridden_occurrence() {
        let model = with("[actions.connect-by]\noccurrence = 45\n").unwrap();
        let info = codes::NUMBER_TO_INTEGER;
        let actions = [codes::CONNECT_BY, codes::CONNECT_BY, info];
        // A 100-line manual package body: 120 x 100/50 + 2 x 45; the info action is free.
        let e = model.object("PACKAGE_BODY", Status::Manual, 100, &actions);
        assert_eq!(e.action_minutes, 90);
        assert_eq!(e.minutes, 240 + 90);
        let builtin = EffortModel::builtin().object("PACKAGE_BODY", Status::Manual, 100, &actions);
        assert_eq!(
            builtin.action_minutes,
            2 * codes::CONNECT_BY.action().effort.occurrence
        );
    }

    #[test]
    fn unknown_or_useless_overrides_are_errors_with_a_position() {
        let (line, column, message) = position("[actions.OPG9999]\nlearning = 1\n");
        assert_eq!((line, column), (1, 10));
        assert!(message.contains("unknown action `OPG9999`"), "{message}");

        let (line, column, message) = position("[actions]\nno-such-rule = { occurrence = 1 }\n");
        assert_eq!((line, column), (2, 1));
        assert!(message.contains("no-such-rule"), "{message}");

        // A diagnostic code is not an action.
        let (_, _, message) = position("[actions.include-cycle]\nlearning = 1\n");
        assert!(message.contains("unknown action"), "{message}");

        // Info actions cost nothing whatever their minutes: overriding one is a mistake.
        let (line, _, message) = position("[actions.OPG1001]\noccurrence = 5\n");
        assert_eq!(line, 1);
        assert!(message.contains("info action"), "{message}");

        let (line, column, message) =
            position("[actions.OPG6035]\nlearning = 1\n[actions.connect-by]\noccurrence = 2\n");
        assert_eq!((line, column), (3, 10));
        assert!(message.contains("twice"), "{message}");

        let (line, _, message) = position("[actions.OPG6035]\n");
        assert_eq!(line, 1);
        assert!(message.contains("neither"), "{message}");

        // A misspelt number or table is not ignored.
        let (line, column, message) = position("[actions.OPG6035]\noccurence = 5\n");
        assert_eq!((line, column), (2, 1));
        assert!(message.contains("occurence"), "{message}");
        let (line, _, message) = position("[action.OPG6035]\noccurrence = 5\n");
        assert_eq!(line, 1);
        assert!(message.contains("action"), "{message}");

        let (line, column, _) = position("[actions.OPG6035]\noccurrence = -5\n");
        assert_eq!((line, column), (2, 14));
    }

    #[test]
    fn the_documented_example_is_valid() {
        let doc = include_str!("../../docs/effort-model.md");
        let start = doc.find("```toml\n").unwrap() + "```toml\n".len();
        let example = &doc[start..start + doc[start..].find("```").unwrap()];
        let model = EffortModel::from_toml(example).unwrap_or_else(|e| panic!("{e} {:?}", e.span));
        assert_eq!(
            model.action_effort(codes::CONNECT_BY).1,
            EffortSource::Config
        );
    }
}
