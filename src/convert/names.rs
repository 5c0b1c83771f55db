//! Oracle names to PostgreSQL names: case folding, quoting of reserved words, the 63-byte
//! limit, and schema mapping. Every place that emits a name goes through here, so a name
//! is spelt the same wherever it is referenced.

use crate::catalogue::{Code, codes};
use std::collections::{BTreeMap, BTreeSet};

/// PostgreSQL truncates identifiers to NAMEDATALEN - 1 bytes.
pub const MAX_NAME_BYTES: usize = 63;

/// What converting one name decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertedName {
    /// The name as it appears in PostgreSQL text (quoted if it must be).
    pub sql: String,
    /// Why it is not simply the lower-cased Oracle name, if it is not.
    pub action: Option<(Code, String)>,
}

/// The naming rules of one run.
#[derive(Debug, Clone)]
pub struct Namer {
    reserved: BTreeSet<String>,
    /// `--schema-map HR=hr_app`, keys as Oracle resolves the name (upper case unless
    /// quoted), values as PostgreSQL spells the schema.
    schema_map: BTreeMap<String, String>,
}

#[derive(serde::Deserialize)]
struct ReservedFile {
    words: Vec<String>,
}

impl Namer {
    /// `schema_map` keys are written as in Oracle source (`HR`, `hr` or `"Hr"`).
    pub fn new(schema_map: BTreeMap<String, String>) -> Self {
        let file: ReservedFile = toml::from_str(include_str!("../../rules/postgres_reserved.toml"))
            .unwrap_or_else(|e| unreachable!("rules/postgres_reserved.toml: {e}"));
        Namer {
            reserved: file.words.into_iter().collect(),
            schema_map: schema_map
                .into_iter()
                .map(|(k, v)| (crate::reader::head::normalize_identifier(k.trim()), v))
                .collect(),
        }
    }

    /// More words to quote wherever they are used as names (from a rules overlay).
    pub fn add_reserved(&mut self, words: &[String]) {
        self.reserved
            .extend(words.iter().map(|w| w.trim().to_lowercase()));
    }

    /// The PostgreSQL schema `--schema-map` gives an Oracle schema (named as Oracle
    /// resolves it: upper case unless quoted), unquoted; `None` when it is not mapped.
    pub fn mapped_schema(&self, oracle: &str) -> Option<&str> {
        self.schema_map.get(oracle).map(String::as_str)
    }

    /// The PostgreSQL schema (unquoted) of objects whose Oracle schema is `oracle`, named
    /// as Oracle resolves it (upper case unless quoted): `--schema-map`'s name, else the
    /// name as [`Namer::schema`] spells a reference to it.
    pub fn target_schema(&self, oracle: &str) -> String {
        match self.mapped_schema(oracle) {
            Some(mapped) => mapped.to_owned(),
            None => fold(&quote(oracle)).0,
        }
    }

    /// `name` (a PostgreSQL name, unquoted) as SQL text: quoted if it must be.
    pub fn sql_name(&self, name: &str) -> String {
        if self.needs_quotes(name) {
            quote(name)
        } else {
            name.to_owned()
        }
    }

    /// Does `--schema-map` map the schema written `written` (`hr`, `"HR"`)?
    pub fn maps_schema(&self, written: &str) -> bool {
        let (folded, case_sensitive) = fold(written);
        let oracle_name = if case_sensitive {
            folded
        } else {
            folded.to_uppercase()
        };
        self.schema_map.contains_key(&oracle_name)
    }

    /// Converts one identifier as written in Oracle source (`emp`, `"EMP"`, `"Emp"`).
    pub fn identifier(&self, written: &str) -> ConvertedName {
        let (folded, case_sensitive) = fold(written);
        if case_sensitive {
            let short = shorten(&folded);
            let action = if short != folded {
                Some(shortened_action(&folded, &short))
            } else {
                Some((
                    codes::QUOTED_NAME_KEPT,
                    format!(
                        "the quoted name {written} keeps its case and must be quoted wherever it is used"
                    ),
                ))
            };
            return ConvertedName {
                sql: quote(&short),
                action,
            };
        }
        let short = shorten(&folded);
        if short != folded {
            let sql = if self.needs_quotes(&short) {
                quote(&short)
            } else {
                short.clone()
            };
            return ConvertedName {
                sql,
                action: Some(shortened_action(&folded, &short)),
            };
        }
        if self.needs_quotes(&folded) {
            let action = self.reserved.contains(&folded).then(|| {
                (
                    codes::RESERVED_WORD_QUOTED,
                    format!(
                        "`{folded}` is reserved in PostgreSQL; it is quoted wherever it is used"
                    ),
                )
            });
            return ConvertedName {
                sql: quote(&folded),
                action,
            };
        }
        ConvertedName {
            sql: folded,
            action: None,
        }
    }

    /// Converts a schema name, applying `--schema-map`.
    pub fn schema(&self, written: &str) -> ConvertedName {
        let (folded, case_sensitive) = fold(written);
        let oracle_name = if case_sensitive {
            folded.clone()
        } else {
            folded.to_uppercase()
        };
        match self.schema_map.get(&oracle_name) {
            Some(mapped) => ConvertedName {
                sql: self.sql_name(mapped),
                action: None,
            },
            None => self.identifier(written),
        }
    }

    fn needs_quotes(&self, name: &str) -> bool {
        let mut chars = name.chars();
        let valid_start = chars.next().is_some_and(|c| {
            c.is_lowercase() || c == '_' || (c.is_alphabetic() && !c.is_uppercase())
        });
        let valid_rest = name.chars().all(|c| {
            c == '_' || c == '$' || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_uppercase())
        });
        !valid_start || !valid_rest || self.reserved.contains(name)
    }
}

/// Oracle's view of a written name: unquoted names fold to upper case, which PostgreSQL's
/// lower-case folding mirrors; a quoted name that is all upper case and would be valid
/// unquoted (`"EMP"`, as DBMS_METADATA writes every name) is the same name. Returns the
/// PostgreSQL spelling and whether it must keep its case.
fn fold(written: &str) -> (String, bool) {
    match written.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
        Some(inner) => {
            let plain_upper = inner.chars().next().is_some_and(|c| c.is_alphabetic())
                && inner.chars().all(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || c == '_' || c == '$' || c == '#'
                });
            if plain_upper {
                (inner.to_lowercase(), false)
            } else {
                (inner.to_owned(), true)
            }
        }
        None => (written.to_lowercase(), false),
    }
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Cuts a name to 63 bytes, replacing the tail by an underscore and 6 hex digits of a
/// hash of the whole name, so distinct long names stay distinct and the result is the
/// same on every run.
pub fn shorten(name: &str) -> String {
    if name.len() <= MAX_NAME_BYTES {
        return name.to_owned();
    }
    let hash = fnv1a(name.as_bytes());
    let suffix = format!("_{:06x}", hash & 0xff_ffff);
    let mut keep = MAX_NAME_BYTES - suffix.len();
    while !name.is_char_boundary(keep) {
        keep -= 1;
    }
    format!("{}{suffix}", &name[..keep])
}

fn shortened_action(long: &str, short: &str) -> (Code, String) {
    (
        codes::NAME_SHORTENED,
        format!("`{long}` is longer than {MAX_NAME_BYTES} bytes; it is `{short}` in PostgreSQL"),
    )
}

/// FNV-1a, 64 bits: stable across platforms and releases, unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    fn namer() -> Namer {
        Namer::new(BTreeMap::from([("HR".to_owned(), "hr_app".to_owned())]))
    }

    #[test]
    fn folding_and_quoting() {
        let n = namer();
        assert_eq!(n.identifier("Emp_Name").sql, "emp_name");
        assert_eq!(n.identifier("\"EMP_NAME\"").sql, "emp_name");
        assert_eq!(n.identifier("\"Emp Name\"").sql, "\"Emp Name\"");
        assert_eq!(
            n.identifier("\"Emp Name\"").action.unwrap().0,
            codes::QUOTED_NAME_KEPT
        );
        assert_eq!(n.identifier("limit").sql, "\"limit\"");
        assert_eq!(
            n.identifier("LIMIT").action.unwrap().0,
            codes::RESERVED_WORD_QUOTED
        );
        assert_eq!(n.identifier("order#").sql, "\"order#\"");
        assert_eq!(n.identifier("v$session").sql, "v$session");
        // Unquoted order# is ORDER# in Oracle: both spellings are one name.
        assert_eq!(n.identifier("\"ORDER#\"").sql, "\"order#\"");
    }

    #[test]
    fn long_names_are_shortened_deterministically() {
        let long = "customer_preferred_communication_channel_last_confirmation_timestamp";
        let a = namer().identifier(long);
        assert_eq!(a.sql.len(), 63);
        assert_eq!(a.sql, namer().identifier(&long.to_uppercase()).sql);
        assert!(
            a.sql
                .starts_with("customer_preferred_communication_channel_last_confirmat")
        );
        assert_eq!(a.action.unwrap().0, codes::NAME_SHORTENED);
        let other = namer().identifier(&format!("{long}_2"));
        assert_ne!(other.sql, namer().identifier(long).sql);
    }

    #[test]
    fn schema_map() {
        let n = namer();
        assert_eq!(n.schema("hr").sql, "hr_app");
        assert_eq!(n.schema("\"HR\"").sql, "hr_app");
        assert_eq!(n.schema("sales").sql, "sales");
        assert!(n.maps_schema("Hr") && n.maps_schema("\"HR\"") && !n.maps_schema("\"Hr\""));
        assert_eq!(n.mapped_schema("HR"), Some("hr_app"));
        let quoted = Namer::new(BTreeMap::from([(
            "\"Hr\"".to_owned(),
            "Mixed Case".to_owned(),
        )]));
        assert_eq!(quoted.schema("\"Hr\"").sql, "\"Mixed Case\"");
        assert_eq!(quoted.schema("hr").sql, "hr");
        assert_eq!(quoted.target_schema("Hr"), "Mixed Case");
        assert_eq!(quoted.target_schema("SALES"), "sales");
        assert_eq!(quoted.target_schema("Sales Ops"), "Sales Ops");
        assert_eq!(quoted.sql_name("Sales Ops"), "\"Sales Ops\"");
    }

    #[test]
    fn added_reserved_words_are_quoted() {
        let mut n = namer();
        assert_eq!(n.identifier("region").sql, "region");
        n.add_reserved(&["REGION".to_owned()]);
        assert_eq!(n.identifier("region").sql, "\"region\"");
    }
}
