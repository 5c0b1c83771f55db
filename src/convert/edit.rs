//! Span edits: the unit of every conversion. An edit replaces a byte range of the
//! statement text; text no edit touches is kept byte for byte (comments, layout,
//! spelling), which is what makes `diff -u` of input and output readable.

use crate::source::Span;

/// Replace `span` (relative to the statement text) by `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub text: String,
}

impl Edit {
    pub fn replace(span: Span, text: impl Into<String>) -> Self {
        Edit {
            span,
            text: text.into(),
        }
    }
    pub fn delete(span: Span) -> Self {
        Edit {
            span,
            text: String::new(),
        }
    }
    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Edit {
            span: Span::empty_at(at),
            text: text.into(),
        }
    }
}

/// Applies `edits` to `text[range]`, returning the edited slice. Edits must lie inside
/// the range and not overlap (an insertion may touch a neighbour); they may come in any
/// order. An edit that overlaps an earlier one is skipped rather than corrupting text:
/// rule authors see it in the snapshot tests.
pub fn apply(text: &str, range: Span, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits
        .iter()
        .filter(|e| e.span.start >= range.start && e.span.end <= range.end)
        .collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(range.len() + 16);
    let mut at = range.start as usize;
    for edit in sorted {
        let (start, end) = (edit.span.start as usize, edit.span.end as usize);
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&edit.text);
        at = end;
    }
    out.push_str(&text[at..range.end as usize]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_in_any_order_and_keeps_the_rest() {
        let text = "select nvl(a, 0) from dual -- note";
        let edits = vec![
            Edit::delete(Span::new(17, 26)),
            Edit::replace(Span::new(7, 10), "coalesce"),
        ];
        assert_eq!(
            apply(text, Span::new(0, text.len()), &edits),
            "select coalesce(a, 0)  -- note"
        );
    }

    #[test]
    fn overlapping_edits_are_skipped() {
        let text = "abcdef";
        let edits = vec![
            Edit::replace(Span::new(1, 4), "X"),
            Edit::replace(Span::new(2, 3), "Y"),
        ];
        assert_eq!(apply(text, Span::new(0, 6), &edits), "aXef");
    }
}
