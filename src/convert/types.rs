//! Oracle data types to PostgreSQL types, driven by `rules/types.toml`.

use super::overlay::{Overlay, OverlayError, Params, action_code};
use crate::catalogue::{Code, codes};
use crate::parser::{Rule, SyntaxNode};
use serde::Deserialize;
use std::collections::BTreeSet;

/// What to do with NUMBER columns that have no precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberAs {
    #[default]
    Numeric,
    Bigint,
    DoublePrecision,
}

/// What DATE becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateAs {
    #[default]
    Timestamp,
    Date,
}

/// Choices the user made that change type mapping.
#[derive(Debug, Clone, Copy, Default)]
pub struct TypeOptions {
    pub number_as: NumberAs,
    pub date_as: DateAs,
}

#[derive(Debug, Deserialize)]
struct TypesFile {
    number: NumberRules,
    float: FloatRules,
    timestamp: TimestampRules,
    #[serde(rename = "type")]
    types: Vec<RawTypeRule>,
}

#[derive(Debug, Deserialize)]
struct NumberRules {
    integer_types: Vec<IntegerType>,
    unconstrained: String,
}

#[derive(Debug, Deserialize)]
struct IntegerType {
    max_precision: u32,
    #[serde(rename = "type")]
    type_name: String,
}

#[derive(Debug, Deserialize)]
struct FloatRules {
    real_max_binary_precision: u32,
}

#[derive(Debug, Deserialize)]
struct TimestampRules {
    max_precision: u32,
}

#[derive(Debug, Deserialize)]
struct RawTypeRule {
    oracle: Vec<String>,
    postgres: String,
    params: Params,
    action: String,
    note: Option<String>,
}

/// One `[[type]]` rule, its action resolved.
#[derive(Debug, Clone)]
struct TypeRule {
    oracle: Vec<String>,
    postgres: String,
    params: Params,
    action: Code,
    note: Option<String>,
}

/// The type mapping rules (rules/types.toml, then any overlays).
#[derive(Debug)]
pub struct TypeRules {
    number: NumberRules,
    float: FloatRules,
    timestamp: TimestampRules,
    types: Vec<TypeRule>,
    /// Upper-case names an overlay maps: its rule wins over the code that handles
    /// NUMBER, FLOAT and DATE.
    overridden: BTreeSet<String>,
}

/// The PostgreSQL spelling of one Oracle type, and the actions it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertedType {
    pub sql: String,
    pub actions: Vec<(Code, String)>,
    /// False when no PostgreSQL type could be chosen (the type is kept as written).
    pub converted: bool,
}

impl ConvertedType {
    fn new(sql: impl Into<String>, code: Code, message: impl Into<String>) -> Self {
        ConvertedType {
            sql: sql.into(),
            actions: vec![(code, message.into())],
            converted: true,
        }
    }
}

impl TypeRules {
    pub fn builtin() -> Self {
        Self::from_toml(include_str!("../../rules/types.toml"))
            .unwrap_or_else(|e| unreachable!("rules/types.toml: {e}"))
    }

    pub fn from_toml(text: &str) -> Result<Self, String> {
        let file: TypesFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut types = Vec::new();
        for rule in file.types {
            let Some(action) = code_for(&rule.action) else {
                return Err(format!(
                    "type rule for {:?} names unknown action `{}`",
                    rule.oracle, rule.action
                ));
            };
            types.push(TypeRule {
                oracle: rule.oracle,
                postgres: rule.postgres,
                params: rule.params,
                action,
                note: rule.note,
            });
        }
        Ok(TypeRules {
            number: file.number,
            float: file.float,
            timestamp: file.timestamp,
            types,
            overridden: BTreeSet::new(),
        })
    }

    /// Merges an overlay over these rules: its `[[type]]` rules replace the rules for
    /// the names they list; its `[number]`, `[float]` and `[timestamp]` values replace
    /// the ones they give.
    pub fn apply(&mut self, overlay: &Overlay) -> Result<(), OverlayError> {
        if let Some(number) = &overlay.number {
            if let Some(integer_types) = &number.integer_types {
                self.number.integer_types = integer_types
                    .iter()
                    .map(|i| IntegerType {
                        max_precision: i.max_precision,
                        type_name: i.type_name.clone(),
                    })
                    .collect();
            }
            if let Some(unconstrained) = &number.unconstrained {
                self.number.unconstrained = unconstrained.clone();
            }
        }
        if let Some(p) = overlay
            .float
            .as_ref()
            .and_then(|f| f.real_max_binary_precision)
        {
            self.float.real_max_binary_precision = p;
        }
        if let Some(p) = overlay.timestamp.as_ref().and_then(|t| t.max_precision) {
            self.timestamp.max_precision = p;
        }
        let mut added = Vec::new();
        for rule in &overlay.types {
            let names: Vec<String> = rule
                .oracle
                .get_ref()
                .iter()
                .map(|o| o.to_uppercase())
                .collect();
            for existing in &mut self.types {
                existing
                    .oracle
                    .retain(|o| !names.iter().any(|n| o.eq_ignore_ascii_case(n)));
            }
            self.types.retain(|r| !r.oracle.is_empty());
            added.retain(|r: &TypeRule| !r.oracle.iter().any(|o| names.contains(o)));
            self.overridden.extend(names.iter().cloned());
            added.push(TypeRule {
                oracle: names,
                postgres: rule.postgres.clone(),
                params: rule.params,
                action: action_code(rule.action.as_ref())?,
                note: rule.note.clone(),
            });
        }
        added.append(&mut self.types);
        self.types = added;
        Ok(())
    }

    /// Is `name` (upper case) a type the rules map?
    pub fn knows(&self, name: &str) -> bool {
        self.types
            .iter()
            .any(|r| r.oracle.iter().any(|o| o.eq_ignore_ascii_case(name)))
    }

    /// Converts the `datatype` node `node` of `text`.
    pub fn convert(
        &self,
        node: SyntaxNode<'_>,
        text: &str,
        options: &TypeOptions,
    ) -> ConvertedType {
        let written = node.text(text).trim();
        let Some(first) = node.children().find(|c| c.kind() != Rule::COMMENT) else {
            return self.unknown(written);
        };
        match first.kind() {
            Rule::interval_type => self.interval(first, text),
            Rule::timestamp_type => self.timestamp(first, text),
            Rule::long_raw_type => self.by_name("LONG RAW", None, written),
            Rule::double_precision_type => self.by_name("DOUBLE PRECISION", None, written),
            Rule::character_varying_type => {
                let params = first.child(Rule::type_params);
                self.by_name("CHARACTER VARYING", params.map(|p| (p, text)), written)
            }
            Rule::REF_KW => ConvertedType {
                sql: written.to_owned(),
                actions: vec![(
                    codes::UNKNOWN_TYPE,
                    format!("`{written}`: object references have no PostgreSQL counterpart"),
                )],
                converted: false,
            },
            Rule::type_name => {
                if node.child(Rule::type_attribute).is_some() {
                    // %TYPE / %ROWTYPE: PL/pgSQL has both; the referenced name converts.
                    return ConvertedType {
                        sql: written.to_lowercase(),
                        actions: Vec::new(),
                        converted: true,
                    };
                }
                let name = first.text(text).to_uppercase();
                let params = node.child(Rule::type_params);
                self.named(&name, params.map(|p| (p, text)), written, options)
            }
            _ => self.unknown(written),
        }
    }

    fn named(
        &self,
        name: &str,
        params: Option<(SyntaxNode<'_>, &str)>,
        written: &str,
        options: &TypeOptions,
    ) -> ConvertedType {
        let bare = name
            .strip_prefix("SYS.")
            .or_else(|| name.strip_prefix("PUBLIC."))
            .or_else(|| name.strip_prefix("MDSYS."))
            .unwrap_or(name);
        if self.overridden.contains(bare) {
            return self.by_name(bare, params, written);
        }
        match bare {
            "NUMBER" => self.number(params, options),
            "FLOAT" => {
                let bits = params.and_then(|(p, t)| size(p, t)).unwrap_or(126);
                let sql = if bits <= self.float.real_max_binary_precision {
                    "real"
                } else {
                    "double precision"
                };
                ConvertedType::new(
                    sql,
                    codes::FLOAT_TO_DOUBLE,
                    format!("FLOAT({bits}) -> {sql}"),
                )
            }
            "DATE" if options.date_as == DateAs::Date => ConvertedType::new(
                "date",
                codes::DATE_TO_TIMESTAMP,
                "DATE -> date (--date-as date): any time of day is dropped",
            ),
            _ => self.by_name(bare, params, written),
        }
    }

    fn by_name(
        &self,
        name: &str,
        params: Option<(SyntaxNode<'_>, &str)>,
        written: &str,
    ) -> ConvertedType {
        let Some(rule) = self
            .types
            .iter()
            .find(|r| r.oracle.iter().any(|o| o.eq_ignore_ascii_case(name)))
        else {
            return self.user_defined(written);
        };
        let code = rule.action;
        if rule.postgres.is_empty() {
            let message = rule
                .note
                .clone()
                .unwrap_or_else(|| format!("`{written}` has no PostgreSQL counterpart"));
            return ConvertedType {
                sql: written.to_owned(),
                actions: vec![(code, message)],
                converted: false,
            };
        }
        let sql = match (rule.params, params) {
            (Params::Length, Some((p, t))) => match size(p, t) {
                Some(n) => format!("{}({n})", rule.postgres),
                None => rule.postgres.clone(),
            },
            (Params::Precision, Some((p, t))) => {
                let precision = size(p, t);
                let scale = p.child(Rule::signed_number).map(|s| s.text(t).to_owned());
                match (precision, scale) {
                    (Some(p), Some(s)) => format!("{}({p},{s})", rule.postgres),
                    (Some(p), None) => format!("{}({p})", rule.postgres),
                    _ => rule.postgres.clone(),
                }
            }
            _ => rule.postgres.clone(),
        };
        let message = match &rule.note {
            Some(note) => note.clone(),
            None => format!(
                "{} -> {sql}",
                written.split_whitespace().collect::<Vec<_>>().join(" ")
            ),
        };
        ConvertedType::new(sql, code, message)
    }

    fn number(
        &self,
        params: Option<(SyntaxNode<'_>, &str)>,
        options: &TypeOptions,
    ) -> ConvertedType {
        let Some((p, t)) = params else {
            let sql = match options.number_as {
                NumberAs::Bigint => "bigint",
                NumberAs::DoublePrecision => "double precision",
                NumberAs::Numeric => match self.number.unconstrained.as_str() {
                    "" => "numeric",
                    s => s,
                },
            };
            return ConvertedType::new(
                sql,
                codes::NUMBER_UNCONSTRAINED,
                format!("NUMBER -> {sql}"),
            );
        };
        let star = p.child(Rule::type_size).is_some_and(|s| s.text(t) == "*");
        let precision = size(p, t);
        let scale: i64 = p
            .child(Rule::signed_number)
            .and_then(|s| s.text(t).parse().ok())
            .unwrap_or(0);
        match (star, precision, scale) {
            // NUMBER(*,0) is NUMBER(38,0): Oracle rounds what it stores to an integer
            // (2.5 -> 3); a bare numeric would keep 2.5, numeric(38) rounds the same way.
            (true, _, 0) => ConvertedType::new(
                "numeric(38)",
                codes::NUMBER_TO_INTEGER,
                "NUMBER(*,0) -> numeric(38)",
            ),
            (true, _, s) => ConvertedType::new(
                format!("numeric(38,{s})"),
                codes::NUMBER_TO_NUMERIC,
                format!("NUMBER(*,{s}) -> numeric(38,{s})"),
            ),
            (false, Some(p), 0) => {
                let sql = self
                    .number
                    .integer_types
                    .iter()
                    .find(|i| p <= i.max_precision)
                    .map_or_else(|| format!("numeric({p})"), |i| i.type_name.clone());
                ConvertedType::new(
                    sql.clone(),
                    codes::NUMBER_TO_INTEGER,
                    format!("NUMBER({p}) -> {sql}"),
                )
            }
            (false, Some(p), s) => {
                let sql = format!("numeric({p},{s})");
                ConvertedType::new(
                    sql.clone(),
                    codes::NUMBER_TO_NUMERIC,
                    format!("NUMBER({p},{s}) -> {sql}"),
                )
            }
            (false, None, _) => {
                ConvertedType::new("numeric", codes::NUMBER_UNCONSTRAINED, "NUMBER -> numeric")
            }
        }
    }

    fn timestamp(&self, node: SyntaxNode<'_>, text: &str) -> ConvertedType {
        let precision = node
            .child(Rule::precision)
            .and_then(|p| p.child(Rule::number_literal))
            .and_then(|n| n.text(text).parse::<u32>().ok());
        let with_zone = node.child(Rule::ZONE).is_some();
        let local = node.child(Rule::LOCAL).is_some();
        let max = self.timestamp.max_precision;
        let base = if with_zone {
            "timestamptz"
        } else {
            "timestamp"
        };
        let sql = match precision {
            Some(p) => format!("{base}({})", p.min(max)),
            None => base.to_owned(),
        };
        let written = node
            .text(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let mut converted = ConvertedType::new(
            sql.clone(),
            codes::TIMESTAMP_TYPES,
            format!("{written} -> {sql}"),
        );
        if local {
            converted.actions = vec![(codes::LOCAL_TIME_ZONE, format!("{written} -> {sql}"))];
        }
        if precision.is_some_and(|p| p > max) {
            converted.actions.push((
                codes::TIMESTAMP_PRECISION_CAPPED,
                format!("{written}: fractional seconds beyond {max} digits are rounded"),
            ));
        }
        converted
    }

    fn interval(&self, node: SyntaxNode<'_>, text: &str) -> ConvertedType {
        let written = node
            .text(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let sql = if node.child(Rule::YEAR).is_some() {
            "interval year to month".to_owned()
        } else {
            // The last precision, if after SECOND, is the fractional one.
            let precisions: Vec<SyntaxNode<'_>> = node.children_of(Rule::precision).collect();
            let second_at = node.child(Rule::SECOND).map(|s| s.span().start);
            let fractional = precisions
                .iter()
                .rev()
                .find(|p| second_at.is_some_and(|s| p.span().start > s))
                .and_then(|p| p.child(Rule::number_literal))
                .and_then(|n| n.text(text).parse::<u32>().ok());
            match fractional {
                Some(s) => format!(
                    "interval day to second({})",
                    s.min(self.timestamp.max_precision)
                ),
                None => "interval day to second".to_owned(),
            }
        };
        ConvertedType::new(
            sql.clone(),
            codes::INTERVAL_TYPES,
            format!("{written} -> {sql}"),
        )
    }

    fn user_defined(&self, written: &str) -> ConvertedType {
        ConvertedType {
            sql: written.to_owned(),
            actions: vec![(
                codes::USER_DEFINED_TYPE,
                format!("`{written}` is not a built-in type: it must be created in PostgreSQL too"),
            )],
            converted: true,
        }
    }

    fn unknown(&self, written: &str) -> ConvertedType {
        ConvertedType {
            sql: written.to_owned(),
            actions: vec![(codes::UNKNOWN_TYPE, format!("no mapping for `{written}`"))],
            converted: false,
        }
    }
}

/// The first parameter of a type (`(30 CHAR)` -> 30).
fn size(params: SyntaxNode<'_>, text: &str) -> Option<u32> {
    params
        .child(Rule::type_size)
        .and_then(|s| s.text(text).parse().ok())
}

fn code_for(name: &str) -> Option<Code> {
    codes::by_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::{Rule, parse};

    /// Converts the type of `CAST(x AS <type>)`.
    fn convert(type_text: &str) -> ConvertedType {
        convert_with(type_text, &TypeOptions::default())
    }

    fn convert_with(type_text: &str, options: &TypeOptions) -> ConvertedType {
        let text = format!("select cast(x as {type_text}) from dual");
        let tree = parse(Rule::stmt_select, &text).unwrap();
        let node = tree.nodes().find(|n| n.kind() == Rule::datatype).unwrap();
        TypeRules::builtin().convert(node, &text, options)
    }

    #[test]
    fn numbers() {
        assert_eq!(convert("NUMBER(4)").sql, "smallint");
        assert_eq!(convert("number(9,0)").sql, "integer");
        assert_eq!(convert("NUMBER(18)").sql, "bigint");
        assert_eq!(convert("NUMBER(19)").sql, "numeric(19)");
        assert_eq!(convert("NUMBER(10,2)").sql, "numeric(10,2)");
        assert_eq!(convert("NUMBER(5,-2)").sql, "numeric(5,-2)");
        assert_eq!(convert("NUMBER(*,0)").sql, "numeric(38)");
        assert_eq!(convert("NUMBER").sql, "numeric");
        assert_eq!(convert("NUMBER").actions[0].0, codes::NUMBER_UNCONSTRAINED);
        assert_eq!(convert("FLOAT(10)").sql, "real");
        assert_eq!(convert("FLOAT").sql, "double precision");
        assert_eq!(convert("BINARY_DOUBLE").sql, "double precision");
        assert_eq!(convert("integer").sql, "bigint");
        assert_eq!(convert("DECIMAL(8,3)").sql, "numeric(8,3)");
    }

    #[test]
    fn characters_and_lobs() {
        assert_eq!(convert("VARCHAR2(30 CHAR)").sql, "varchar(30)");
        assert_eq!(convert("varchar2(4000 byte)").sql, "varchar(4000)");
        assert_eq!(convert("NVARCHAR2(10)").sql, "varchar(10)");
        assert_eq!(convert("CHAR(1)").sql, "char(1)");
        assert_eq!(convert("CLOB").sql, "text");
        assert_eq!(convert("LONG RAW").sql, "bytea");
        assert_eq!(convert("RAW(16)").sql, "bytea");
        assert_eq!(convert("BFILE").actions[0].0, codes::BFILE_TO_BYTEA);
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(convert("DATE").sql, "timestamp(0)");
        let as_date = TypeOptions {
            date_as: DateAs::Date,
            ..TypeOptions::default()
        };
        assert_eq!(convert_with("DATE", &as_date).sql, "date");
        assert_eq!(convert("TIMESTAMP").sql, "timestamp");
        assert_eq!(convert("TIMESTAMP(3)").sql, "timestamp(3)");
        assert_eq!(convert("TIMESTAMP(9) WITH TIME ZONE").sql, "timestamptz(6)");
        assert_eq!(
            convert("TIMESTAMP(9) WITH TIME ZONE").actions[1].0,
            codes::TIMESTAMP_PRECISION_CAPPED
        );
        assert_eq!(
            convert("TIMESTAMP WITH LOCAL TIME ZONE").actions[0].0,
            codes::LOCAL_TIME_ZONE
        );
        assert_eq!(
            convert("INTERVAL YEAR(2) TO MONTH").sql,
            "interval year to month"
        );
        assert_eq!(
            convert("INTERVAL DAY(3) TO SECOND(2)").sql,
            "interval day to second(2)"
        );
        assert_eq!(
            convert("INTERVAL DAY TO SECOND").sql,
            "interval day to second"
        );
    }

    #[test]
    fn overlays_win_over_built_in_rules_and_code() {
        let text =
            "select cast(x as NUMBER(10,2)) , cast(y as SDO_GEOMETRY), cast(z as clob) from t";
        let tree = parse(Rule::stmt_select, text).unwrap();
        let nodes: Vec<_> = tree
            .nodes()
            .filter(|n| n.kind() == Rule::datatype)
            .collect();
        let mut rules = TypeRules::builtin();
        let o = TypeOptions::default();
        assert!(!rules.convert(nodes[1], text, &o).converted);
        let overlay = Overlay::from_toml(
            "[[type]]\noracle = [\"number\"]\npostgres = \"numeric\"\nparams = \"precision\"\n\
             [[type]]\noracle = [\"CLOB\"]\npostgres = \"jsonb\"\n",
        )
        .unwrap();
        rules.apply(&overlay).unwrap();
        rules
            .apply(&crate::convert::overlay::target_extension("postgis").unwrap())
            .unwrap();
        let number = rules.convert(nodes[0], text, &o);
        assert_eq!(
            (number.sql.as_str(), number.actions[0].0),
            ("numeric(10,2)", codes::USER_RULE)
        );
        let geometry = rules.convert(nodes[1], text, &o);
        assert_eq!(
            (geometry.sql.as_str(), geometry.actions[0].0),
            ("geometry", codes::POSTGIS_GEOMETRY)
        );
        assert_eq!(rules.convert(nodes[2], text, &o).sql, "jsonb");
        // NCLOB keeps the built-in rule it shared with CLOB.
        assert!(rules.knows("NCLOB"));
    }

    #[test]
    fn other_types() {
        assert_eq!(convert("ROWID").sql, "varchar(18)");
        assert_eq!(convert("XMLTYPE").sql, "xml");
        assert_eq!(convert("SYS.XMLTYPE").sql, "xml");
        assert!(!convert("MDSYS.SDO_GEOMETRY").converted);
        assert!(!convert("SYS.ANYDATA").converted);
        let udt = convert("hr.address_t");
        assert_eq!(
            (udt.sql.as_str(), udt.actions[0].0),
            ("hr.address_t", codes::USER_DEFINED_TYPE)
        );
    }
}
