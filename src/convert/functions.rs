//! The function and pseudo-column rules of `rules/functions.toml`.

use super::overlay::{Overlay, OverlayError, action_code};
use crate::catalogue::{Code, codes};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Debug, Deserialize)]
struct FunctionsFile {
    same: NameList,
    manual: NameList,
    date_valued: NameList,
    not_immutable: NameList,
    #[serde(rename = "function")]
    functions: Vec<RawFunction>,
    #[serde(rename = "name")]
    names: Vec<RawName>,
}

#[derive(Debug, Deserialize)]
struct NameList {
    names: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawFunction {
    oracle: String,
    args: [usize; 2],
    postgres: String,
    action: String,
}

#[derive(Debug, Deserialize)]
struct RawName {
    oracle: String,
    postgres: String,
    action: String,
}

/// A call mapping: `oracle(args)` with `args.0..=args.1` arguments becomes `template`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionRule {
    pub oracle: String,
    pub min_args: usize,
    pub max_args: usize,
    pub template: String,
    pub action: Code,
}

/// A pseudo-column mapping (SYSDATE -> ...).
#[derive(Debug, Clone)]
pub struct NameRule {
    pub oracle: String,
    pub postgres: String,
    pub action: Code,
}

/// What the rules say about a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallVerdict<'r> {
    Mapped(&'r FunctionRule),
    Same,
    Manual,
    /// Not an Oracle built-in orapg knows: the schema's own function, or unresolved.
    Unknown,
}

#[derive(Debug)]
pub struct FunctionRules {
    date_valued: BTreeSet<String>,
    not_immutable: BTreeSet<String>,
    same: BTreeSet<String>,
    manual: BTreeSet<String>,
    functions: Vec<FunctionRule>,
    names: Vec<NameRule>,
    /// Upper-case names an overlay decides: its rule wins over code that handles the
    /// function itself (DECODE, LISTAGG, SYS_CONTEXT, constant TO_DATE).
    overridden: BTreeSet<String>,
}

impl FunctionRules {
    pub fn builtin() -> Self {
        Self::from_toml(include_str!("../../rules/functions.toml"))
            .unwrap_or_else(|e| unreachable!("rules/functions.toml: {e}"))
    }

    pub fn from_toml(text: &str) -> Result<Self, String> {
        let file: FunctionsFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let action = |name: &str| {
            codes::by_name(name)
                .ok_or_else(|| format!("unknown action `{name}` in rules/functions.toml"))
        };
        let mut functions = Vec::new();
        for f in file.functions {
            functions.push(FunctionRule {
                oracle: f.oracle.to_uppercase(),
                min_args: f.args[0],
                max_args: f.args[1],
                template: f.postgres,
                action: action(&f.action)?,
            });
        }
        let mut names = Vec::new();
        for n in file.names {
            names.push(NameRule {
                oracle: n.oracle.to_uppercase(),
                postgres: n.postgres,
                action: action(&n.action)?,
            });
        }
        Ok(FunctionRules {
            not_immutable: file
                .not_immutable
                .names
                .iter()
                .map(|n| n.to_uppercase())
                .collect(),
            date_valued: file
                .date_valued
                .names
                .iter()
                .map(|n| n.to_uppercase())
                .collect(),
            same: file.same.names.iter().map(|n| n.to_uppercase()).collect(),
            manual: file.manual.names.iter().map(|n| n.to_uppercase()).collect(),
            functions,
            names,
            overridden: BTreeSet::new(),
        })
    }

    /// Merges an overlay over these rules. A `[[function]]` rule replaces the rules for
    /// the same name whose argument counts overlap its own; a name in `[same]` or
    /// `[manual]` loses its other rules; a `[[name]]` rule replaces the one of its name;
    /// `[date_valued]` and `[not_immutable]` add names.
    pub fn apply(&mut self, overlay: &Overlay) -> Result<(), OverlayError> {
        let upper = |names: &Option<super::overlay::NameList>| -> Vec<String> {
            names
                .iter()
                .flat_map(|l| l.names.iter().map(|n| n.to_uppercase()))
                .collect()
        };
        for (list, is_same) in [
            (upper(&overlay.same), true),
            (upper(&overlay.manual), false),
        ] {
            for name in list {
                self.functions.retain(|f| f.oracle != name);
                self.same.remove(&name);
                self.manual.remove(&name);
                self.overridden.insert(name.clone());
                if is_same {
                    self.same.insert(name);
                } else {
                    self.manual.insert(name);
                }
            }
        }
        let mut added: Vec<FunctionRule> = Vec::new();
        for f in &overlay.functions {
            let [min, max] = *f.args.get_ref();
            let name = f.oracle.to_uppercase();
            let overlaps =
                |r: &FunctionRule| r.oracle == name && r.min_args <= max && min <= r.max_args;
            self.functions.retain(|r| !overlaps(r));
            added.retain(|r| !overlaps(r));
            self.overridden.insert(name.clone());
            added.push(FunctionRule {
                oracle: name,
                min_args: min,
                max_args: max,
                template: f.postgres.clone(),
                action: action_code(f.action.as_ref())?,
            });
        }
        added.append(&mut self.functions);
        self.functions = added;
        for n in &overlay.names {
            let name = n.oracle.to_uppercase();
            self.names.retain(|r| r.oracle != name);
            self.names.push(NameRule {
                oracle: name,
                postgres: n.postgres.clone(),
                action: action_code(n.action.as_ref())?,
            });
        }
        self.date_valued.extend(upper(&overlay.date_valued));
        self.not_immutable.extend(upper(&overlay.not_immutable));
        Ok(())
    }

    /// Did an overlay decide how calls of `name` (upper case) convert?
    pub fn overridden(&self, name: &str) -> bool {
        self.overridden.contains(name)
    }

    /// The verdict for a call of `name` (upper case) with `argc` arguments.
    pub fn call(&self, name: &str, argc: usize) -> CallVerdict<'_> {
        if let Some(rule) = self
            .functions
            .iter()
            .find(|f| f.oracle == name && (f.min_args..=f.max_args).contains(&argc))
        {
            return CallVerdict::Mapped(rule);
        }
        if self.same.contains(name) {
            CallVerdict::Same
        } else if self.manual.contains(name) || self.functions.iter().any(|f| f.oracle == name) {
            // A known function called with an argument count no rule covers.
            CallVerdict::Manual
        } else {
            CallVerdict::Unknown
        }
    }

    /// Is the PostgreSQL counterpart of this function something other than IMMUTABLE?
    pub fn not_immutable(&self, name: &str) -> bool {
        self.not_immutable.contains(name)
    }

    /// Does a call or pseudo-column of this name return a date or timestamp?
    pub fn returns_date(&self, name: &str) -> bool {
        self.date_valued.contains(name)
    }

    /// The rule for a pseudo-column written without parentheses.
    pub fn name(&self, name: &str) -> Option<&NameRule> {
        self.names.iter().find(|n| n.oracle == name)
    }
}

/// Fills `{1}`..`{9}` and `{args}` in a template.
pub fn fill_template(template: &str, args: &[String]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(String::len).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                if key == "args" {
                    out.push_str(&args.join(", "));
                } else if let Some(arg) = key
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| args.get(i.wrapping_sub(1)))
                {
                    out.push_str(arg);
                } else {
                    out.push('{');
                    out.push_str(key);
                    out.push('}');
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts() {
        let rules = FunctionRules::builtin();
        assert!(
            matches!(rules.call("NVL", 2), CallVerdict::Mapped(r) if r.template == "coalesce({1}, {2})")
        );
        assert_eq!(rules.call("NVL", 3), CallVerdict::Manual);
        assert_eq!(rules.call("UPPER", 1), CallVerdict::Same);
        assert_eq!(rules.call("ORA_HASH", 2), CallVerdict::Manual);
        assert_eq!(rules.call("CALC_BONUS", 2), CallVerdict::Unknown);
        assert_eq!(rules.name("SYSDATE").unwrap().action, codes::SYSDATE);
    }

    #[test]
    fn overlays_win_by_name_and_arity() {
        let mut rules = FunctionRules::builtin();
        let overlay = Overlay::from_toml(
            "[same]\nnames = [\"SUBSTR\"]\n[manual]\nnames = [\"UPPER\"]\n\
             [[function]]\noracle = \"to_char\"\nargs = [2, 2]\npostgres = \"my_to_char({1}, {2})\"\n\
             [[function]]\noracle = \"ORA_HASH\"\nargs = [1, 1]\npostgres = \"hashtext({1})\"\n\
             [[name]]\noracle = \"SYSDATE\"\npostgres = \"now()\"\n",
        )
        .unwrap();
        rules.apply(&overlay).unwrap();
        assert_eq!(rules.call("SUBSTR", 2), CallVerdict::Same);
        assert_eq!(rules.call("UPPER", 1), CallVerdict::Manual);
        assert!(
            matches!(rules.call("TO_CHAR", 2), CallVerdict::Mapped(r) if r.template.starts_with("my_to_char") && r.action == codes::USER_RULE)
        );
        // The built-in one-argument TO_CHAR stays.
        assert!(
            matches!(rules.call("TO_CHAR", 1), CallVerdict::Mapped(r) if r.action == codes::TO_CHAR)
        );
        assert!(matches!(rules.call("ORA_HASH", 1), CallVerdict::Mapped(_)));
        assert_eq!(rules.call("ORA_HASH", 2), CallVerdict::Manual);
        assert_eq!(rules.name("SYSDATE").unwrap().postgres, "now()");
        assert!(rules.overridden("TO_CHAR") && !rules.overridden("NVL"));
    }

    #[test]
    fn templates() {
        let args = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(fill_template("coalesce({1}, {2})", &args), "coalesce(a, b)");
        assert_eq!(fill_template("f({args})", &args), "f(a, b)");
        assert_eq!(fill_template("x{3}{", &args), "x{3}{");
    }
}
