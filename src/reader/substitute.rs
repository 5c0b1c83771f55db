//! SQL*Plus substitution variables: `&name`, `&&name` and the `.` that ends a name.

use std::collections::BTreeMap;

/// The substitution settings in force (`SET DEFINE`, `SET CONCAT`).
#[derive(Debug, Clone)]
pub struct SubstitutionSettings {
    /// The prefix character, or `None` when `SET DEFINE OFF` / `SET SCAN OFF`.
    pub prefix: Option<char>,
    /// The character that ends a variable name and is removed (`&x.` -> value).
    pub concat: Option<char>,
}

impl Default for SubstitutionSettings {
    fn default() -> Self {
        SubstitutionSettings {
            prefix: Some('&'),
            concat: Some('.'),
        }
    }
}

/// One replacement made in a text: `file_range` in the original gave `text_range` in the
/// result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    pub original: std::ops::Range<usize>,
    pub replaced: std::ops::Range<usize>,
}

/// A text after substitution, and how to map its offsets back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Substituted {
    pub text: String,
    pub replacements: Vec<Replacement>,
}

impl Substituted {
    /// Maps an offset in the substituted text to the offset in the original text. An
    /// offset inside a replaced value maps to the start of the `&name` it came from.
    pub fn original_offset(&self, offset: usize) -> usize {
        let mut delta: isize = 0;
        for r in &self.replacements {
            if offset < r.replaced.start {
                break;
            }
            if offset < r.replaced.end {
                return r.original.start;
            }
            delta = r.original.end as isize - r.replaced.end as isize;
        }
        (offset as isize + delta).max(0) as usize
    }
}

/// A variable reference that has no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undefined {
    pub name: String,
    /// The `&name` reference in the original text.
    pub range: std::ops::Range<usize>,
}

/// Replaces every `&name`/`&&name` in `text` whose name is in `defines` (upper-case
/// keys). `&&name` with no value is left as written. Returns `None` when nothing was
/// replaced, and the references that had no value.
pub fn substitute(
    text: &str,
    settings: &SubstitutionSettings,
    defines: &BTreeMap<String, String>,
) -> (Option<Substituted>, Vec<Undefined>) {
    let Some(prefix) = settings.prefix else {
        return (None, Vec::new());
    };
    if !text.contains(prefix) {
        return (None, Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut replacements = Vec::new();
    let mut undefined = Vec::new();
    let mut copied_to = 0;
    let mut i = 0;
    let bytes_len = text.len();
    while i < bytes_len {
        let Some(found) = text[i..].find(prefix) else {
            break;
        };
        let amp = i + found;
        let mut name_start = amp + prefix.len_utf8();
        if text[name_start..].starts_with(prefix) {
            name_start += prefix.len_utf8();
        }
        let name_len = text[name_start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$' || c == '#'))
            .unwrap_or(text.len() - name_start);
        if name_len == 0 {
            i = name_start;
            continue;
        }
        let name = &text[name_start..name_start + name_len];
        let mut end = name_start + name_len;
        if let Some(concat) = settings.concat {
            if text[end..].starts_with(concat) {
                end += concat.len_utf8();
            }
        }
        match defines.get(&name.to_ascii_uppercase()) {
            Some(value) => {
                out.push_str(&text[copied_to..amp]);
                let replaced_start = out.len();
                out.push_str(value);
                replacements.push(Replacement {
                    original: amp..end,
                    replaced: replaced_start..out.len(),
                });
                copied_to = end;
            }
            None => undefined.push(Undefined {
                name: name.to_owned(),
                range: amp..end,
            }),
        }
        i = end;
    }
    if replacements.is_empty() {
        return (None, undefined);
    }
    out.push_str(&text[copied_to..]);
    (
        Some(Substituted {
            text: out,
            replacements,
        }),
        undefined,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defines(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_uppercase(), v.to_string()))
            .collect()
    }

    #[test]
    fn replaces_and_maps_offsets_back() {
        let text = "create table &owner..emp (x &&typ)";
        let (result, undefined) = substitute(
            text,
            &SubstitutionSettings::default(),
            &defines(&[("owner", "HR"), ("TYP", "number")]),
        );
        let result = result.unwrap();
        assert_eq!(result.text, "create table HR.emp (x number)");
        assert!(undefined.is_empty());
        // "emp" is at 16 in the result and 21 in the original.
        assert_eq!(result.original_offset(16), 21);
        // Inside a value: the start of its reference.
        assert_eq!(result.original_offset(14), 13);
        assert_eq!(result.original_offset(0), 0);
    }

    #[test]
    fn undefined_and_disabled() {
        let text = "select 'R&D' from dual";
        let (result, undefined) =
            substitute(text, &SubstitutionSettings::default(), &BTreeMap::new());
        assert!(result.is_none());
        assert_eq!(
            undefined,
            vec![Undefined {
                name: "D".into(),
                range: 9..11
            }]
        );
        let off = SubstitutionSettings {
            prefix: None,
            concat: None,
        };
        assert_eq!(substitute(text, &off, &BTreeMap::new()), (None, vec![]));
    }

    #[test]
    fn lone_ampersand_is_text() {
        let (result, undefined) =
            substitute("a & b", &SubstitutionSettings::default(), &BTreeMap::new());
        assert!(result.is_none() && undefined.is_empty());
    }
}
