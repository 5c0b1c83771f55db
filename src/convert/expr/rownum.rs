//! ROWNUM in the select list: `row_number() OVER (...)`, numbering the rows in the
//! order of an ordered inline view when its ORDER BY can be repeated outside it, with a
//! ROWNUM filter of the same block as `ORDER BY <row number> LIMIT n`. That covers the
//! pagination idiom `SELECT * FROM (SELECT a.*, ROWNUM rnum FROM (... ORDER BY ...) a
//! WHERE ROWNUM <= hi) WHERE rnum > lo`, whose outer filter then needs nothing.

use super::Rewriter;
use super::joins::{conjuncts, own_descendants};
use super::pivot::{column_of, inline_view, is_star, output_columns, sole};
use crate::catalogue::codes;
use crate::convert::edit::{Edit, apply};
use crate::parser::{Rule, SyntaxNode};
use crate::reader::head::normalize_identifier;
use crate::source::Span;

/// How the rows are numbered.
enum Numbering {
    /// `OVER (ORDER BY ...)`, repeated from the inline view.
    Ordered(String),
    /// `OVER ()` over a source with no order of its own.
    Unordered,
    /// `OVER ()` over an ordered inline view whose ORDER BY cannot be repeated.
    SubqueryOrder,
}

impl Rewriter<'_> {
    /// A subquery whose single block has ROWNUM in its select list (and maybe a ROWNUM
    /// filter). `None` when the shape is not one this handles; nothing is recorded then.
    pub(super) fn rownum_select(&mut self, subquery: SyntaxNode<'_>) -> Option<Edit> {
        let text = self.text;
        let mut terms = subquery.children_of(Rule::query_term);
        let block = terms.next()?.child(Rule::query_block)?;
        if terms.next().is_some() {
            return None;
        }
        let list = block.child(Rule::select_list)?;
        let in_list = own_descendants(list, Rule::ROWNUM);
        if in_list.is_empty() {
            return None;
        }
        if [
            Rule::set_quantifier,
            Rule::group_by_clause,
            Rule::having_clause,
            Rule::hierarchical_clause,
            Rule::model_clause,
        ]
        .iter()
        .any(|k| block.child(*k).is_some())
        {
            return None;
        }
        // The block's own rewrites (FROM DUAL, (+) joins) are not combined with this one.
        let from_dual = block.child(Rule::from_list).is_some_and(|l| {
            l.text(text)
                .trim()
                .to_uppercase()
                .trim_start_matches("SYS.")
                .trim_start_matches("PUBLIC.")
                == "DUAL"
        });
        if from_dual || !own_descendants(block, Rule::outer_join_marker).is_empty() {
            return None;
        }
        // No ROWNUM in a call or its OVER (...): an aggregate cannot take a window
        // function, nor can a window definition.
        let calls: Vec<Span> = own_descendants(list, Rule::call_args)
            .into_iter()
            .chain(own_descendants(list, Rule::call_suffix))
            .map(|c| c.span())
            .collect();
        if in_list.iter().any(|r| {
            calls
                .iter()
                .any(|c| c.start <= r.span().start && r.span().end <= c.end)
        }) {
            return None;
        }
        // A ROWNUM filter: `ROWNUM <= n`, `ROWNUM < n` or `ROWNUM = 1`, AND-ed.
        let where_clause = block.child(Rule::where_clause);
        let in_where = where_clause.map_or_else(Vec::new, |w| own_descendants(w, Rule::ROWNUM));
        if own_descendants(block, Rule::ROWNUM).len() != in_list.len() + in_where.len() {
            return None; // ROWNUM in FROM, GROUP BY, ...
        }
        let mut limit = None;
        let mut kept = Vec::new();
        if let Some(w) = where_clause.filter(|_| !in_where.is_empty()) {
            for condition in conjuncts(w.child(Rule::expr)?, text)? {
                if own_descendants(condition, Rule::ROWNUM).is_empty() {
                    kept.push(condition);
                    continue;
                }
                if limit.is_some() {
                    return None;
                }
                let compact: String = condition
                    .text(text)
                    .split_whitespace()
                    .collect::<String>()
                    .to_uppercase();
                let number = |s: &str| s.parse::<u64>().ok();
                limit = Some(
                    if let Some(n) = compact.strip_prefix("ROWNUM<=").and_then(number) {
                        n
                    } else if let Some(n) = compact.strip_prefix("ROWNUM<").and_then(number) {
                        n.saturating_sub(1)
                    } else if compact == "ROWNUM=1" {
                        1
                    } else {
                        return None;
                    },
                );
            }
        }
        // With a filter the block must be the whole subquery (no ORDER BY of its own,
        // which Oracle applies after ROWNUM), and the row number must be a column.
        let mut order_by_number = None;
        if limit.is_some() {
            if subquery.child(Rule::order_by_clause).is_some()
                || subquery.child(Rule::row_limiting_clause).is_some()
            {
                return None;
            }
            let item = list.children_of(Rule::select_item).find(|i| {
                i.span().start <= in_list[0].span().start && in_list[0].span().end <= i.span().end
            })?;
            if in_list.len() != 1 || sole(item.child(Rule::expr)?)?.kind() != Rule::ROWNUM {
                return None;
            }
            order_by_number = Some(match item.child(Rule::column_alias) {
                Some(alias) => {
                    self.rules
                        .namer
                        .identifier(alias.child(Rule::identifier)?.text(text))
                        .sql
                }
                None => "rownum".to_owned(),
            });
        }
        let numbering = self.numbering(block);

        // Everything checked: render, with the ROWNUMs replaced.
        let marks = (self.actions.len(), self.subquery_aliases);
        let over = match &numbering {
            Numbering::Ordered(order) => format!("row_number() OVER (ORDER BY {order})"),
            _ => "row_number() OVER ()".to_owned(),
        };
        let mut edits = Vec::new();
        for child in block.children() {
            if limit.is_some() && where_clause.is_some_and(|w| w.span() == child.span()) {
                continue;
            }
            self.visit(child, &mut edits);
        }
        let spans: Vec<Span> = in_list.iter().map(|r| r.span()).collect();
        if edits.iter().any(|e| {
            spans
                .iter()
                .any(|s| e.span.start <= s.start && s.end <= e.span.end)
        }) {
            // Another rule rewrote around the ROWNUM: leave the whole block alone.
            self.actions.truncate(marks.0);
            self.subquery_aliases = marks.1;
            return None;
        }
        self.actions
            .retain(|a| !(a.code == codes::ROWNUM && spans.contains(&a.span)));
        for rownum in &in_list {
            let item_is_bare = list.children_of(Rule::select_item).any(|i| {
                i.child(Rule::column_alias).is_none()
                    && i.child(Rule::expr)
                        .and_then(sole)
                        .is_some_and(|s| s.span() == rownum.span())
            });
            let sql = if item_is_bare {
                format!("{over} AS rownum")
            } else {
                over.clone()
            };
            edits.push(Edit::replace(rownum.span(), sql));
        }
        let message = match &numbering {
            Numbering::Ordered(order) => {
                format!("ROWNUM -> row_number() OVER (ORDER BY {order}), the inline view's order")
            }
            _ => "ROWNUM -> row_number() OVER ()".to_owned(),
        };
        self.act(codes::ROWNUM_TO_ROW_NUMBER, spans[0], message);
        if let Numbering::SubqueryOrder = numbering {
            self.act(
                codes::ROWNUM_SUBQUERY_ORDER,
                spans[0],
                "row_number() OVER () numbers rows in the order the inline view returns them; PostgreSQL keeps its ORDER BY in practice but does not guarantee it",
            );
        }
        let mut rendered = apply(text, block.span(), &edits);
        if let (Some(n), Some(w), Some(rn)) = (limit, where_clause, order_by_number) {
            let rest: Vec<String> = kept.iter().map(|c| self.render(*c)).collect();
            let replacement = if rest.is_empty() {
                String::new()
            } else {
                format!("WHERE {}", rest.join(" AND "))
            };
            edits.push(Edit::replace(w.span(), replacement));
            self.act(
                codes::ROWNUM_TO_LIMIT,
                w.span(),
                format!("ROWNUM filter -> ORDER BY {rn} LIMIT {n}"),
            );
            rendered = format!(
                "{} ORDER BY {rn} LIMIT {n}",
                apply(text, block.span(), &edits).trim_end()
            );
        }
        let mut outer = vec![Edit::replace(block.span(), rendered)];
        for child in subquery.children().filter(|c| c.kind() != Rule::query_term) {
            self.visit(child, &mut outer);
        }
        Some(Edit::replace(
            subquery.span(),
            apply(text, subquery.span(), &outer),
        ))
    }

    /// The order ROWNUM follows in `block`: that of its single ordered inline view, if
    /// any, repeated outside it when its ORDER BY names columns the view returns.
    fn numbering(&self, block: SyntaxNode<'_>) -> Numbering {
        let text = self.text;
        // An ORDER BY anywhere else in FROM (a view in a view, a join of an ordered view)
        // may be what the numbering follows in Oracle: not repeated, so reviewed.
        let unordered = if block
            .child(Rule::from_list)
            .is_some_and(|l| l.descendants().any(|d| d.kind() == Rule::order_by_clause))
        {
            Numbering::SubqueryOrder
        } else {
            Numbering::Unordered
        };
        let view = block
            .child(Rule::from_list)
            .filter(|l| l.children_of(Rule::from_item).count() == 1)
            .and_then(|l| l.child(Rule::from_item))
            .filter(|i| i.children().filter(|c| c.kind() != Rule::COMMENT).count() == 1)
            .and_then(|i| i.child(Rule::table_reference))
            .filter(|t| t.child(Rule::table_reference_suffix).is_none())
            .and_then(|t| t.child(Rule::lateral_subquery))
            .and_then(|s| inline_view(s, text));
        let Some(view) = view else {
            return unordered;
        };
        let Some(order) = view.child(Rule::order_by_clause) else {
            return unordered;
        };
        if order.text(text).to_uppercase().contains("SIBLINGS") {
            return Numbering::SubqueryOrder;
        }
        match self.repeated_order(view, order) {
            Some(sql) => Numbering::Ordered(sql),
            None => Numbering::SubqueryOrder,
        }
    }

    /// The view's ORDER BY as seen from outside it: each item a column the view returns
    /// (by name or position), with its direction kept.
    fn repeated_order(&self, view: SyntaxNode<'_>, order: SyntaxNode<'_>) -> Option<String> {
        let text = self.text;
        let block = view.child(Rule::query_term)?.child(Rule::query_block)?;
        let items: Vec<SyntaxNode<'_>> = block
            .child(Rule::select_list)?
            .children_of(Rule::select_item)
            .collect();
        let has_star = items.iter().any(|i| is_star(*i, text));
        let named = output_columns(view, text);
        // A star over one table (no join) returns every column of it.
        let single_table = block.child(Rule::from_list).is_some_and(|l| {
            l.children_of(Rule::from_item).count() == 1
                && l.child(Rule::from_item).is_some_and(|i| {
                    i.children().filter(|c| c.kind() != Rule::COMMENT).count() == 1
                })
        });
        let visible: Vec<String> = items
            .iter()
            .filter_map(|i| match i.child(Rule::column_alias) {
                Some(a) => a
                    .child(Rule::identifier)
                    .map(|id| normalize_identifier(id.text(text))),
                None => column_of(i.child(Rule::expr)?, text).map(|c| c.key),
            })
            .collect();
        let mut out = Vec::new();
        for item in order.children_of(Rule::order_item) {
            let expr = item.child(Rule::expr)?;
            let written = match sole(expr) {
                Some(n) if n.kind() == Rule::number_literal => {
                    if has_star {
                        return None;
                    }
                    let position: usize = n.text(text).parse().ok()?;
                    let columns = named.as_ref()?;
                    columns.get(position.checked_sub(1)?)?.written.clone()
                }
                _ => {
                    let compact = |n: SyntaxNode<'_>| -> String {
                        n.text(text)
                            .split_whitespace()
                            .collect::<String>()
                            .to_uppercase()
                    };
                    let column = column_of(expr, text);
                    let qualified = sole(expr)
                        .and_then(|n| n.child(Rule::qualified_name))
                        .is_some_and(|q| q.children().count() > 1);
                    // An output name first (as Oracle resolves ORDER BY), then a select
                    // item with the same expression, then a column under a star.
                    let same_item = items.iter().find(|i| {
                        i.child(Rule::expr)
                            .is_some_and(|e| compact(e) == compact(expr))
                    });
                    match (&column, same_item) {
                        (Some(c), _) if !qualified && visible.contains(&c.key) => c.written.clone(),
                        (_, Some(i)) => match i.child(Rule::column_alias) {
                            Some(a) => a.child(Rule::identifier)?.text(text).to_owned(),
                            None => column_of(i.child(Rule::expr)?, text)?.written,
                        },
                        (Some(c), None)
                            if has_star && single_table && !visible.contains(&c.key) =>
                        {
                            c.written.clone()
                        }
                        _ => return None,
                    }
                }
            };
            let rest = text.get(expr.span().end as usize..item.span().end as usize)?;
            out.push(format!(
                "{}{}",
                self.rules.namer.identifier(&written).sql,
                rest.split_whitespace()
                    .map(|w| format!(" {w}"))
                    .collect::<String>()
            ));
        }
        (!out.is_empty()).then(|| out.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use crate::catalogue::codes;
    use crate::convert::expr::tests::convert;

    #[test]
    fn rownum_in_the_select_list_becomes_row_number() {
        let (text, actions) = convert("select rownum as rn, t.x from t where t.y = 1");
        assert_eq!(
            text,
            "select row_number() OVER () as rn, t.x from t where t.y = 1"
        );
        assert_eq!(actions, vec![codes::ROWNUM_TO_ROW_NUMBER]);
        // A bare ROWNUM keeps its Oracle column name.
        assert_eq!(
            convert("select rownum, x from t").0,
            "select row_number() OVER () AS rownum, x from t"
        );
    }

    #[test]
    fn the_order_of_an_inline_view_is_repeated() {
        let (text, actions) = convert(
            "select rownum rn, v.* from (select id, d from t order by d desc nulls last, 1) v",
        );
        assert_eq!(
            text,
            "select row_number() OVER (ORDER BY d desc nulls last, id) rn, v.* from (select id, d from t order by d desc nulls last, 1) v"
        );
        assert_eq!(actions, vec![codes::ROWNUM_TO_ROW_NUMBER]);
        // A star over one table returns the column; an alias names an expression.
        assert_eq!(
            convert("select rownum rn, v.* from (select * from t order by t.d) v").0,
            "select row_number() OVER (ORDER BY d) rn, v.* from (select * from t order by t.d) v"
        );
        assert_eq!(
            convert("select rownum rn, v.* from (select x, y * 2 as z from t order by y * 2) v").0,
            "select row_number() OVER (ORDER BY z) rn, v.* from (select x, y * 2 as z from t order by y * 2) v"
        );
    }

    #[test]
    fn an_order_not_visible_outside_is_reviewed() {
        let (text, actions) = convert("select rownum rn, v.x from (select x from t order by y) v");
        assert_eq!(
            text,
            "select row_number() OVER () rn, v.x from (select x from t order by y) v"
        );
        assert_eq!(
            actions,
            vec![codes::ROWNUM_TO_ROW_NUMBER, codes::ROWNUM_SUBQUERY_ORDER]
        );
    }

    #[test]
    fn an_order_further_down_is_reviewed() {
        let (_, actions) = convert(
            "select rownum rn, w.x from (select v.x from (select x from t order by x) v) w",
        );
        assert_eq!(
            actions,
            vec![codes::ROWNUM_TO_ROW_NUMBER, codes::ROWNUM_SUBQUERY_ORDER]
        );
    }

    #[test]
    fn pagination() {
        let (text, actions) = convert(
            "select * from (select a.*, rownum rnum from (select id, d from t order by d desc, id) a where rownum <= 60) where rnum > 40",
        );
        assert_eq!(
            text,
            "select * from (select a.*, row_number() OVER (ORDER BY d desc, id) rnum from (select id, d from t order by d desc, id) a ORDER BY rnum LIMIT 60) AS sq1 where rnum > 40"
        );
        assert_eq!(
            actions,
            vec![
                codes::ROWNUM_TO_ROW_NUMBER,
                codes::ROWNUM_TO_LIMIT,
                codes::SUBQUERY_ALIAS_ADDED
            ]
        );
        // Other conditions stay; a bare ROWNUM is ordered by its new name.
        assert_eq!(
            convert("select rownum, x from t where x > 0 and rownum < 4").0,
            "select row_number() OVER () AS rownum, x from t WHERE x > 0 ORDER BY rownum LIMIT 3"
        );
    }

    #[test]
    fn rownum_shapes_left_manual() {
        for sql in [
            // The block's ORDER BY applies after the ROWNUM filter.
            "select rownum rn, x from t where rownum <= 5 order by x",
            "select sum(rownum) from t",
            "select sum(x) over (order by rownum) from t",
            "select rownum, d from t group by d",
            "select distinct rownum from t",
            "select rownum from dual",
            "select rownum, x from t where rownum > 5",
            "select rownum * 2 r, x from t where rownum <= 5",
            "select rownum, a.x from a, b where a.id = b.id(+)",
        ] {
            let (_, actions) = convert(sql);
            assert!(actions.contains(&codes::ROWNUM), "{sql}: {actions:?}");
            assert!(!actions.contains(&codes::ROWNUM_TO_ROW_NUMBER), "{sql}");
        }
    }
}
