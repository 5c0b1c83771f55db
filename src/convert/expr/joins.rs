//! Query-block rewrites that need the whole block: Oracle (+) outer joins to ANSI
//! LEFT JOINs, and ROWNUM filters to LIMIT.

use super::Rewriter;
use crate::catalogue::codes;
use crate::convert::edit::{Edit, apply};
use crate::parser::{Rule, SyntaxNode};
use crate::source::Span;

/// A table of the FROM list, known by its alias (or name).
struct FromTable<'t> {
    node: SyntaxNode<'t>,
    key: String,
}

/// Nodes of `kind` inside `node` that belong to `node`'s own query block, not to a
/// nested subquery.
pub(super) fn own_descendants<'t>(node: SyntaxNode<'t>, kind: Rule) -> Vec<SyntaxNode<'t>> {
    let nested: Vec<Span> = node
        .descendants()
        .filter(|d| d.kind() == Rule::query_block)
        .map(|d| d.span())
        .collect();
    node.descendants()
        .filter(|d| d.kind() == kind)
        .filter(|d| {
            !nested
                .iter()
                .any(|n| n.start <= d.span().start && d.span().end <= n.end)
        })
        .collect()
}

/// The AND-ed conditions of a WHERE expression, or `None` when it has a top-level OR.
pub(super) fn conjuncts<'t>(expr: SyntaxNode<'t>, text: &str) -> Option<Vec<SyntaxNode<'t>>> {
    let mut out = Vec::new();
    for child in expr.children() {
        match child.kind() {
            Rule::not_expr => out.push(child),
            Rule::bool_op if !child.text(text).eq_ignore_ascii_case("and") => return None,
            _ => {}
        }
    }
    Some(out)
}

/// The table qualifier of a column reference (`e.deptno` -> `E`).
fn qualifier(node: SyntaxNode<'_>, text: &str) -> Option<String> {
    let name = node.child(Rule::qualified_name)?;
    let parts: Vec<SyntaxNode<'_>> = name
        .children()
        .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
        .collect();
    (parts.len() == 2).then(|| crate::reader::head::normalize_identifier(parts[0].text(text)))
}

impl Rewriter<'_> {
    /// `FROM a, b WHERE a.x = b.x(+)` -> `FROM a LEFT JOIN b ON a.x = b.x`. `None` when
    /// the block's shape is not one this handles (the markers are then reported manual).
    pub(super) fn outer_joins(&mut self, block: SyntaxNode<'_>) -> Option<Edit> {
        let from = block.child(Rule::FROM)?;
        let list = block.child(Rule::from_list)?;
        let where_clause = block.child(Rule::where_clause)?;
        let expr = where_clause.child(Rule::expr)?;
        let text = self.text;
        let mut tables = Vec::new();
        for item in list.children_of(Rule::from_item) {
            let reference = item.child(Rule::table_reference)?;
            if item.children().count() != 1 {
                return None; // already ANSI joins in the list
            }
            let key = match reference.child(Rule::table_alias) {
                Some(alias) => crate::reader::head::normalize_identifier(
                    alias.descendant(Rule::identifier)?.text(text),
                ),
                None => {
                    let name = reference.descendant(Rule::qualified_name)?;
                    let last = name
                        .children()
                        .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
                        .last()?;
                    crate::reader::head::normalize_identifier(last.text(text))
                }
            };
            tables.push(FromTable {
                node: reference,
                key,
            });
        }
        let conditions = conjuncts(expr, text)?;
        // For each optional table: its join conditions; the rest stay in WHERE.
        let mut joins: Vec<(usize, Vec<SyntaxNode<'_>>, Vec<String>)> = Vec::new();
        let mut remaining = Vec::new();
        for condition in conditions {
            let markers = own_descendants(condition, Rule::outer_join_marker);
            if markers.is_empty() {
                remaining.push(condition);
                continue;
            }
            // The optional side: the qualifier of every marked column.
            let mut optional = None;
            for marker in &markers {
                let column = own_descendants(condition, Rule::function_or_name)
                    .into_iter()
                    .find(|f| {
                        f.span().end == marker.span().start
                            || f.span().end <= marker.span().start
                                && text[f.span().end as usize..marker.span().start as usize]
                                    .trim()
                                    .is_empty()
                    })?;
                let q = qualifier(column, text)?;
                if optional.as_ref().is_some_and(|o| *o != q) {
                    return None;
                }
                optional = Some(q);
            }
            let optional = optional?;
            let index = tables.iter().position(|t| t.key == optional)?;
            let others: Vec<String> = own_descendants(condition, Rule::function_or_name)
                .into_iter()
                .filter_map(|f| qualifier(f, text))
                .filter(|q| *q != optional && tables.iter().any(|t| t.key == *q))
                .collect();
            match joins.iter_mut().find(|(i, _, _)| *i == index) {
                Some((_, conds, deps)) => {
                    conds.push(condition);
                    deps.extend(others);
                }
                None => joins.push((index, vec![condition], others)),
            }
        }
        if joins.is_empty() {
            return None;
        }
        let optional: Vec<usize> = joins.iter().map(|(i, _, _)| *i).collect();
        // A table must be joined after every table its conditions name.
        let mut ordered: Vec<usize> = Vec::new();
        let mut placed: Vec<String> = tables
            .iter()
            .enumerate()
            .filter(|(i, _)| !optional.contains(i))
            .map(|(_, t)| t.key.clone())
            .collect();
        if placed.is_empty() {
            return None;
        }
        while ordered.len() < joins.len() {
            let next = joins.iter().find(|(i, _, deps)| {
                !ordered.contains(i)
                    && deps
                        .iter()
                        .all(|d| placed.contains(d) || *d == tables[*i].key)
            })?;
            ordered.push(next.0);
            placed.push(tables[next.0].key.clone());
        }
        // Render the pieces with every other rule applied and the markers removed.
        let render = |rw: &mut Self, node: SyntaxNode<'_>| -> String {
            let mut edits = Vec::new();
            rw.suppress_outer_join = true;
            rw.visit_children(node, &mut edits);
            rw.suppress_outer_join = false;
            for marker in own_descendants(node, Rule::outer_join_marker) {
                // `x (+)` -> `x`: the blanks before the marker go too.
                let mut start = marker.span().start as usize;
                while start > 0 && text.as_bytes()[start - 1].is_ascii_whitespace() {
                    start -= 1;
                }
                edits.push(Edit::delete(Span::new(start, marker.span().end as usize)));
            }
            apply(text, node.span(), &edits).trim().to_owned()
        };
        let preserved: Vec<String> = tables
            .iter()
            .enumerate()
            .filter(|(i, _)| !optional.contains(i))
            .map(|(_, t)| render(self, t.node))
            .collect();
        let mut sql = format!("FROM {}", preserved.join(" CROSS JOIN "));
        for index in &ordered {
            let (_, conds, _) = joins.iter().find(|(i, _, _)| i == index)?;
            let on: Vec<String> = conds.iter().map(|c| render(self, *c)).collect();
            let table = render(self, tables[*index].node);
            sql.push_str(&format!(" LEFT JOIN {table} ON {}", on.join(" AND ")));
        }
        if !remaining.is_empty() {
            let rest: Vec<String> = remaining.iter().map(|c| render(self, *c)).collect();
            sql.push_str(&format!(" WHERE {}", rest.join(" AND ")));
        }
        self.act(
            codes::OUTER_JOIN_TO_ANSI,
            where_clause.span(),
            format!("(+) joins -> {} LEFT JOIN(s)", ordered.len()),
        );
        // The rest of the block is rewritten as usual around the new FROM ... WHERE.
        let mut edits = Vec::new();
        let region = Span {
            start: from.span().start,
            end: where_clause.span().end,
        };
        for child in block.children() {
            if child.span().start >= region.start && child.span().end <= region.end {
                continue;
            }
            self.visit(child, &mut edits);
        }
        edits.push(Edit::replace(region, sql));
        Some(Edit::replace(
            block.span(),
            apply(text, block.span(), &edits),
        ))
    }

    /// `WHERE ... AND ROWNUM <= n` in a block without its own ORDER BY -> `LIMIT n`.
    pub(super) fn rownum_limit(
        &mut self,
        block: SyntaxNode<'_>,
        subquery: SyntaxNode<'_>,
    ) -> Option<Edit> {
        let text = self.text;
        // The block must be the whole subquery: no set operation, no ORDER BY, no FETCH.
        if subquery
            .children()
            .filter(|c| c.kind() == Rule::query_term)
            .count()
            != 1
            || subquery.child(Rule::order_by_clause).is_some()
            || subquery.child(Rule::row_limiting_clause).is_some()
        {
            return None;
        }
        let where_clause = block.child(Rule::where_clause)?;
        let conditions = conjuncts(where_clause.child(Rule::expr)?, text)?;
        let mut limit = None;
        let mut kept = Vec::new();
        for condition in &conditions {
            let rownums = own_descendants(*condition, Rule::ROWNUM);
            if rownums.is_empty() {
                kept.push(*condition);
                continue;
            }
            let words: Vec<&str> = condition.text(text).split_whitespace().collect();
            let compact = words.join("").to_uppercase();
            let number = |s: &str| s.parse::<u64>().ok();
            limit = if let Some(n) = compact.strip_prefix("ROWNUM<=").and_then(number) {
                Some(n)
            } else if let Some(n) = compact.strip_prefix("ROWNUM<").and_then(number) {
                Some(n.saturating_sub(1))
            } else if compact == "ROWNUM=1" {
                Some(1)
            } else {
                return None;
            };
        }
        let limit = limit?;
        if own_descendants(block, Rule::ROWNUM).len() != 1 {
            return None; // ROWNUM also in the select list
        }
        let mut edits = Vec::new();
        for child in block.children() {
            if child.kind() != Rule::where_clause {
                self.visit(child, &mut edits);
            }
        }
        let rest: Vec<String> = kept.iter().map(|c| self.render(*c)).collect();
        let replacement = if rest.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", rest.join(" AND "))
        };
        edits.push(Edit::replace(where_clause.span(), replacement));
        self.act(
            codes::ROWNUM_TO_LIMIT,
            where_clause.span(),
            format!("ROWNUM filter -> LIMIT {limit}"),
        );
        let rendered = apply(text, block.span(), &edits);
        Some(Edit::replace(
            block.span(),
            format!("{} LIMIT {limit}", rendered.trim_end()),
        ))
    }
}
