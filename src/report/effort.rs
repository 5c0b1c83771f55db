//! The effort model: minutes per object from its kind, size and actions, as
//! docs/effort-model.md explains. Numbers come from rules/effort.toml or the user's file.

use crate::catalogue::{Code, Severity};
use crate::convert::Status;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct EffortModel {
    pub base: BTreeMap<String, u32>,
    pub size: SizeRules,
    pub complexity: ComplexityRules,
    pub calendar: Calendar,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SizeRules {
    pub lines_per_unit: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ComplexityRules {
    pub simple_below: u32,
    pub complex_above: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Calendar {
    pub minutes_per_day: u32,
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

    pub fn from_toml(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
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
            .map(|c| c.action())
            .filter(|a| a.severity != Severity::Info)
            .map(|a| a.effort.occurrence)
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
