//! PIVOT and UNPIVOT in FROM, rewritten as derived tables: PIVOT as FILTER aggregates
//! grouped by the source's other columns, UNPIVOT as a CROSS JOIN LATERAL (VALUES ...).
//! Both need the source's columns; when they are not known (or the shape is unusual) the
//! clause is left alone and reported manual by the caller's walk.

use super::Rewriter;
use crate::catalogue::codes;
use crate::parser::{Rule, SyntaxNode};
use crate::reader::head::normalize_identifier;

/// A column of a query's result: its Oracle name (upper case unless quoted) and the
/// identifier as written, for the namer.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub key: String,
    pub written: String,
}

/// Aggregates a PIVOT may use with a FILTER clause.
const AGGREGATES: &[&str] = &["SUM", "COUNT", "AVG", "MIN", "MAX"];

/// The node an expression consists of alone (`x` for the expr `x`), looking through the
/// single-child chain expr / not_expr / predicate / arith_expr / operand / primary.
pub(super) fn sole(expr: SyntaxNode<'_>) -> Option<SyntaxNode<'_>> {
    let mut node = expr;
    loop {
        let mut kids = node.children().filter(|c| c.kind() != Rule::COMMENT);
        let first = kids.next()?;
        if kids.next().is_some() {
            return None;
        }
        if node.kind() == Rule::primary {
            return Some(first);
        }
        if !matches!(
            node.kind(),
            Rule::expr | Rule::not_expr | Rule::predicate | Rule::arith_expr | Rule::operand
        ) {
            return None;
        }
        node = first;
    }
}

/// The parts of a plain column reference (`c`, `t.c`): a name, no call, no suffix.
fn name_parts<'t>(node: SyntaxNode<'t>) -> Option<Vec<SyntaxNode<'t>>> {
    if node.kind() != Rule::function_or_name || node.children().count() != 1 {
        return None;
    }
    let name = node.child(Rule::qualified_name)?;
    if name.child(Rule::dblink).is_some() {
        return None;
    }
    Some(
        name.children()
            .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
            .collect(),
    )
}

/// The column an expression names, if it is a plain column reference.
pub(super) fn column_of(expr: SyntaxNode<'_>, text: &str) -> Option<Column> {
    let parts = name_parts(sole(expr)?)?;
    let last = parts.last()?.text(text);
    Some(Column {
        key: normalize_identifier(last),
        written: last.to_owned(),
    })
}

/// The column named by an alias node (`AS x`, `x`); `None` for a string alias.
fn alias_column(alias: SyntaxNode<'_>, text: &str) -> Option<Column> {
    let id = alias.child(Rule::identifier)?;
    let written = id.text(text);
    Some(Column {
        key: normalize_identifier(written),
        written: written.to_owned(),
    })
}

/// A select list's item is `*` or `x.*`.
pub(super) fn is_star(item: SyntaxNode<'_>, text: &str) -> bool {
    let t = item.text(text).trim();
    t == "*" || t.ends_with(".*") || t.ends_with(". *")
}

/// The result columns of a subquery, when every select item of its (first) block is a
/// named column or has an alias.
pub(super) fn output_columns(subquery: SyntaxNode<'_>, text: &str) -> Option<Vec<Column>> {
    let block = subquery.child(Rule::query_term)?.child(Rule::query_block)?;
    let list = block.child(Rule::select_list)?;
    list.children_of(Rule::select_item)
        .map(|item| match item.child(Rule::column_alias) {
            Some(alias) => alias_column(alias, text),
            None => column_of(item.child(Rule::expr)?, text),
        })
        .collect()
}

/// The subquery of a plain inline view `( subquery )` (no LATERAL, no WITH).
pub(super) fn inline_view<'t>(node: SyntaxNode<'t>, text: &str) -> Option<SyntaxNode<'t>> {
    if node.kind() != Rule::lateral_subquery
        || !node.text(text).starts_with('(')
        || node.child(Rule::with_clause).is_some()
    {
        return None;
    }
    node.child(Rule::subquery)
}

/// Is this a constant: literals and operators only, no column, call or subquery?
fn is_constant(expr: SyntaxNode<'_>, text: &str) -> bool {
    !expr.descendants().any(|d| {
        matches!(
            d.kind(),
            Rule::function_or_name | Rule::subquery | Rule::bind_variable | Rule::ROWNUM
        ) || (d.kind() == Rule::primary && d.text(text).trim().eq_ignore_ascii_case("null"))
    })
}

/// `"name"` with embedded quotes doubled, for the namer.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

struct Aggregate<'t> {
    expr: SyntaxNode<'t>,
    alias: Option<Column>,
}

struct PivotValue<'t> {
    exprs: Vec<SyntaxNode<'t>>,
    alias: Option<Column>,
    text: String,
}

impl Rewriter<'_> {
    /// A table reference with a PIVOT or UNPIVOT suffix, as a derived table. `None` when
    /// it has neither, or a shape this does not handle (nothing is recorded then).
    pub(super) fn pivot_reference(
        &mut self,
        node: SyntaxNode<'_>,
    ) -> Option<crate::convert::edit::Edit> {
        let suffixes: Vec<SyntaxNode<'_>> =
            node.children_of(Rule::table_reference_suffix).collect();
        let clause = suffixes.iter().find_map(|s| {
            s.child(Rule::pivot_clause)
                .or_else(|| s.child(Rule::unpivot_clause))
        })?;
        let source = node.children().next()?;
        if suffixes.len() != 1 {
            return None;
        }
        let marks = (self.actions.len(), self.subquery_aliases);
        let result = if clause.kind() == Rule::pivot_clause {
            self.pivot(node, source, clause)
        } else {
            self.unpivot(node, source, clause)
        };
        if result.is_none() {
            self.actions.truncate(marks.0);
            self.subquery_aliases = marks.1;
        }
        result
    }

    /// The columns of a PIVOT/UNPIVOT source: an inline view's select list, or a table
    /// the input creates (see `RelationColumns`).
    fn source_columns(&self, source: SyntaxNode<'_>) -> Option<Vec<Column>> {
        if let Some(view) = inline_view(source, self.text) {
            return output_columns(view, self.text);
        }
        if source.kind() != Rule::named_table {
            return None;
        }
        let name = source.descendant(Rule::qualified_name)?;
        let columns = self
            .relation_columns
            .get(&(name.span().start, name.span().end))?;
        Some(
            columns
                .iter()
                .map(|w| Column {
                    key: normalize_identifier(w),
                    written: w.clone(),
                })
                .collect(),
        )
    }

    /// ` AS alias` for the derived table: the one written, or a new sqN.
    fn derived_alias(&mut self, node: SyntaxNode<'_>) -> Option<String> {
        match node.child(Rule::table_alias) {
            Some(alias) => {
                let id = alias.child(Rule::identifier)?;
                Some(format!(" AS {}", self.render(id)))
            }
            None => {
                self.subquery_aliases += 1;
                Some(format!(" AS sq{}", self.subquery_aliases))
            }
        }
    }

    fn pivot(
        &mut self,
        node: SyntaxNode<'_>,
        source: SyntaxNode<'_>,
        clause: SyntaxNode<'_>,
    ) -> Option<crate::convert::edit::Edit> {
        let text = self.text;
        let after_keyword = clause.text(text).get(5..)?.trim_start().to_uppercase();
        if after_keyword.starts_with("XML") {
            return None;
        }
        let columns = self.source_columns(source)?;
        // The aggregates: SUM(x) [AS a], ...
        let mut aggregates = Vec::new();
        for agg in clause.children_of(Rule::pivot_aggregate) {
            let expr = agg.child(Rule::expr)?;
            let call = sole(expr)?;
            if call.kind() != Rule::function_or_name
                || call.child(Rule::call_suffix).is_some()
                || call.child(Rule::call_args).is_none()
            {
                return None;
            }
            let name = call.child(Rule::qualified_name)?;
            if !AGGREGATES.contains(&name.text(text).to_uppercase().as_str()) {
                return None;
            }
            let alias = match agg.child(Rule::column_alias) {
                Some(a) => Some(alias_column(a, text)?),
                None => None,
            };
            aggregates.push(Aggregate { expr, alias });
        }
        if aggregates.iter().filter(|a| a.alias.is_none()).count() > 1 {
            return None; // Oracle rejects it (duplicate column names)
        }
        let for_columns: Vec<SyntaxNode<'_>> = clause
            .child(Rule::pivot_columns)?
            .children_of(Rule::identifier)
            .collect();
        let for_keys: Vec<String> = for_columns
            .iter()
            .map(|c| normalize_identifier(c.text(text)))
            .collect();
        if !for_keys.iter().all(|k| columns.iter().any(|c| c.key == *k)) {
            return None;
        }
        // The values: v [AS x] or (v1, v2) [AS x].
        let list = clause.child(Rule::pivot_in_list)?;
        if list
            .children()
            .any(|c| c.kind() != Rule::pivot_in_item && c.kind() != Rule::COMMENT)
        {
            return None; // IN (ANY) or IN (subquery): PIVOT XML only
        }
        let mut values = Vec::new();
        for item in list.children_of(Rule::pivot_in_item) {
            let expr = item.child(Rule::expr)?;
            let exprs: Vec<SyntaxNode<'_>> = if for_columns.len() == 1 {
                vec![expr]
            } else {
                tuple_items(expr)?
            };
            if exprs.len() != for_columns.len() || !exprs.iter().all(|e| is_constant(*e, text)) {
                return None;
            }
            let alias = match item.child(Rule::column_alias) {
                Some(a) => Some(alias_column(a, text)?),
                None if for_columns.len() == 1 => None,
                None => return None, // Oracle's names for unaliased tuples: not handled
            };
            values.push(PivotValue {
                exprs,
                alias,
                text: expr.text(text).trim().to_owned(),
            });
        }
        // Oracle groups by every source column the aggregates and FOR list leave out.
        let mut used = for_keys.clone();
        for agg in &aggregates {
            for d in agg.expr.descendants() {
                if let Some(parts) = name_parts(d).filter(|p| !p.is_empty()) {
                    used.push(normalize_identifier(parts[parts.len() - 1].text(text)));
                }
            }
        }
        let group: Vec<&Column> = columns.iter().filter(|c| !used.contains(&c.key)).collect();

        // Everything checked: render.
        let group_sql: Vec<String> = group
            .iter()
            .map(|c| self.rules.namer.identifier(&c.written).sql)
            .collect();
        let for_sql: Vec<String> = for_columns.iter().map(|c| self.render(*c)).collect();
        let agg_sql: Vec<String> = aggregates.iter().map(|a| self.render(a.expr)).collect();
        let mut items = group_sql.clone();
        for value in &values {
            let conditions: Vec<String> = value
                .exprs
                .iter()
                .zip(&for_sql)
                .map(|(e, c)| format!("{c} = {}", self.render(*e).trim()))
                .collect();
            let base = match &value.alias {
                Some(a) => a.key.clone(),
                None => value.text.clone(),
            };
            for (agg, sql) in aggregates.iter().zip(&agg_sql) {
                let name = match &agg.alias {
                    Some(a) => format!("{base}_{}", a.key),
                    None => base.clone(),
                };
                let converted = self.rules.namer.identifier(&quoted(&name));
                if value.alias.is_none() {
                    self.act(
                        codes::PIVOT_COLUMN_NAME,
                        clause.span(),
                        format!(
                            "PIVOT value {} has no alias: its column is named {}",
                            value.text, converted.sql
                        ),
                    );
                } else if let Some((code, message)) = converted.action {
                    self.act(code, clause.span(), message);
                }
                items.push(format!(
                    "{} FILTER (WHERE {}) AS {}",
                    sql.trim(),
                    conditions.join(" AND "),
                    converted.sql
                ));
            }
        }
        let source_sql = self.render(source);
        let alias = self.derived_alias(node)?;
        let group_by = if group_sql.is_empty() {
            String::new()
        } else {
            format!(" GROUP BY {}", group_sql.join(", "))
        };
        self.act(
            codes::PIVOT_TO_FILTER,
            clause.span(),
            format!(
                "PIVOT -> {} FILTER aggregate(s){}",
                items.len() - group_sql.len(),
                if group_sql.is_empty() {
                    String::new()
                } else {
                    format!(" grouped by {}", group_sql.join(", "))
                }
            ),
        );
        let sql = format!(
            "(SELECT {} FROM {source_sql} AS pivot_src{group_by}){alias}",
            items.join(", ")
        );
        Some(crate::convert::edit::Edit::replace(node.span(), sql))
    }

    fn unpivot(
        &mut self,
        node: SyntaxNode<'_>,
        source: SyntaxNode<'_>,
        clause: SyntaxNode<'_>,
    ) -> Option<crate::convert::edit::Edit> {
        let text = self.text;
        let include_nulls = clause
            .text(text)
            .get(7..)?
            .trim_start()
            .to_uppercase()
            .starts_with("INCLUDE");
        let lists: Vec<SyntaxNode<'_>> = clause.children_of(Rule::pivot_columns).collect();
        let [measures, names] = lists.as_slice() else {
            return None;
        };
        let measures: Vec<SyntaxNode<'_>> = measures.children_of(Rule::identifier).collect();
        let names: Vec<SyntaxNode<'_>> = names.children_of(Rule::identifier).collect();
        // Each IN item: its columns and its labels (one per FOR column).
        let mut rows: Vec<(Vec<SyntaxNode<'_>>, Vec<Option<SyntaxNode<'_>>>)> = Vec::new();
        let mut unpivoted = Vec::new();
        for item in clause.children_of(Rule::unpivot_in_item) {
            let cols: Vec<SyntaxNode<'_>> = item
                .child(Rule::pivot_columns)?
                .children_of(Rule::identifier)
                .collect();
            if cols.len() != measures.len() {
                return None;
            }
            unpivoted.extend(cols.iter().map(|c| normalize_identifier(c.text(text))));
            let labels: Vec<Option<SyntaxNode<'_>>> =
                if let Some(list) = item.child(Rule::expr_list) {
                    list.children_of(Rule::expr).map(Some).collect()
                } else if let Some(expr) = item.child(Rule::expr) {
                    if names.len() == 1 {
                        vec![Some(expr)]
                    } else {
                        tuple_items(expr)?.into_iter().map(Some).collect()
                    }
                } else if names.len() == 1 && cols.len() == 1 {
                    vec![None] // the label is the column's name
                } else {
                    return None;
                };
            if labels.len() != names.len()
                || !labels.iter().flatten().all(|l| is_constant(*l, text))
            {
                return None;
            }
            rows.push((cols, labels));
        }
        if rows.is_empty() {
            return None;
        }
        // The columns that pass through: known for an inline view; for a table, src.*
        // (which keeps the unpivoted columns too) only where nothing can see them.
        let pass: Option<Vec<Column>> = match self.source_columns(source) {
            Some(columns) => {
                if !unpivoted
                    .iter()
                    .all(|u| columns.iter().any(|c| c.key == *u))
                {
                    return None;
                }
                Some(
                    columns
                        .into_iter()
                        .filter(|c| !unpivoted.contains(&c.key))
                        .collect(),
                )
            }
            None if source.kind() == Rule::named_table => {
                let block = node.ancestors().find(|a| a.kind() == Rule::query_block)?;
                let list = block.child(Rule::select_list)?;
                // A star or a NATURAL join would see the unpivoted columns too.
                if list
                    .children_of(Rule::select_item)
                    .any(|i| is_star(i, text))
                    || block.descendants().any(|d| d.kind() == Rule::NATURAL)
                {
                    return None;
                }
                let root = node.ancestors().last()?;
                let seen = root.descendants().any(|d| {
                    matches!(d.kind(), Rule::identifier | Rule::member_name)
                        && (d.span().start < clause.span().start
                            || d.span().end > clause.span().end)
                        && unpivoted.contains(&normalize_identifier(d.text(text)))
                });
                if seen {
                    return None;
                }
                None
            }
            None => return None,
        };

        // Everything checked: render.
        let src = "unpivot_src";
        let vals = "unpivot_vals";
        let name_sql: Vec<String> = names.iter().map(|n| self.render(*n)).collect();
        let measure_sql: Vec<String> = measures.iter().map(|m| self.render(*m)).collect();
        let mut value_rows = Vec::new();
        for (cols, labels) in &rows {
            let mut cells = Vec::new();
            for label in labels {
                cells.push(match label {
                    Some(l) => self.render(*l).trim().to_owned(),
                    None => format!(
                        "'{}'",
                        normalize_identifier(cols[0].text(text)).replace('\'', "''")
                    ),
                });
            }
            for col in cols {
                cells.push(format!("{src}.{}", self.render(*col)));
            }
            value_rows.push(format!("({})", cells.join(", ")));
        }
        let mut select: Vec<String> = match &pass {
            Some(columns) => columns
                .iter()
                .map(|c| format!("{src}.{}", self.rules.namer.identifier(&c.written).sql))
                .collect(),
            None => vec![format!("{src}.*")],
        };
        select.extend(
            name_sql
                .iter()
                .chain(&measure_sql)
                .map(|c| format!("{vals}.{c}")),
        );
        let filter = if include_nulls {
            String::new()
        } else {
            let tests: Vec<String> = measure_sql
                .iter()
                .map(|m| format!("{vals}.{m} IS NOT NULL"))
                .collect();
            if tests.len() == 1 {
                format!(" WHERE {}", tests[0])
            } else {
                format!(" WHERE ({})", tests.join(" OR "))
            }
        };
        let source_sql = self.render(source);
        let alias = self.derived_alias(node)?;
        self.act(
            codes::UNPIVOT_TO_LATERAL,
            clause.span(),
            format!(
                "UNPIVOT{} -> CROSS JOIN LATERAL (VALUES ...) over {} column(s)",
                if include_nulls { " INCLUDE NULLS" } else { "" },
                rows.len()
            ),
        );
        let sql = format!(
            "(SELECT {} FROM {source_sql} AS {src} CROSS JOIN LATERAL (VALUES {}) AS {vals}({}){filter}){alias}",
            select.join(", "),
            value_rows.join(", "),
            name_sql
                .iter()
                .chain(&measure_sql)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        );
        Some(crate::convert::edit::Edit::replace(node.span(), sql))
    }
}

/// The items of a parenthesised tuple `(a, b)` written as one expression.
fn tuple_items(expr: SyntaxNode<'_>) -> Option<Vec<SyntaxNode<'_>>> {
    let paren = sole(expr)?;
    if paren.kind() != Rule::paren_expr {
        return None;
    }
    Some(
        paren
            .child(Rule::expr_list)?
            .children_of(Rule::expr)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use crate::catalogue::codes;
    use crate::convert::expr::tests::convert;
    use crate::convert::expr::{Rewriter, Rules};
    use crate::parser::{Rule, parse};

    #[test]
    fn pivot_over_an_inline_view_becomes_filter_aggregates() {
        let (text, actions) = convert(
            "select * from (select region, qtr, amt from sales) pivot (sum(amt) for qtr in (1 as q1, 2 as q2)) order by region",
        );
        assert_eq!(
            text,
            "select * from (SELECT region, sum(amt) FILTER (WHERE qtr = 1) AS q1, sum(amt) FILTER (WHERE qtr = 2) AS q2 FROM (select region, qtr, amt from sales) AS pivot_src GROUP BY region) AS sq1 order by region"
        );
        assert_eq!(actions, vec![codes::PIVOT_TO_FILTER]);
    }

    #[test]
    fn pivot_names_follow_oracle() {
        // Two aggregates: <value alias>_<aggregate alias>; the grouping columns are those
        // the aggregates and the FOR list leave out (here w and cost).
        let (text, _) = convert(
            "select * from (select w, kind, qty, cost from m) pivot (sum(qty) as q, count(*) as n for kind in ('I' as inbound, 'O' as outbound)) p",
        );
        assert_eq!(
            text,
            "select * from (SELECT w, cost, sum(qty) FILTER (WHERE kind = 'I') AS inbound_q, count(*) FILTER (WHERE kind = 'I') AS inbound_n, sum(qty) FILTER (WHERE kind = 'O') AS outbound_q, count(*) FILTER (WHERE kind = 'O') AS outbound_n FROM (select w, kind, qty, cost from m) AS pivot_src GROUP BY w, cost) AS p"
        );
        // Without an alias the value's text names the column, quotes included: review.
        let (text, actions) =
            convert("select * from (select k, v from t) pivot (max(v) for k in ('a', 2))");
        assert_eq!(
            text,
            "select * from (SELECT max(v) FILTER (WHERE k = 'a') AS \"'a'\", max(v) FILTER (WHERE k = 2) AS \"2\" FROM (select k, v from t) AS pivot_src) AS sq1"
        );
        assert_eq!(
            actions,
            vec![
                codes::PIVOT_COLUMN_NAME,
                codes::PIVOT_COLUMN_NAME,
                codes::PIVOT_TO_FILTER
            ]
        );
    }

    #[test]
    fn pivot_over_a_table_the_input_defines() {
        let sql = "select * from sales pivot (sum(amt) for qtr in (1 as q1))";
        let rules = Rules::builtin();
        let tree = parse(Rule::stmt_select, sql).unwrap();
        let mut rewriter = Rewriter::new(&rules, sql);
        let start = sql.find("sales").unwrap() as u32;
        rewriter.relation_columns.insert(
            (start, start + 5),
            vec![
                "REGION".into(),
                "QTR".into(),
                "AMT".into(),
                "\"Note\"".into(),
            ],
        );
        assert_eq!(
            rewriter.render(tree.root().unwrap()),
            "select * from (SELECT region, \"Note\", sum(amt) FILTER (WHERE qtr = 1) AS q1 FROM sales AS pivot_src GROUP BY region, \"Note\") AS sq1"
        );
    }

    #[test]
    fn multi_column_pivot() {
        let (text, _) = convert(
            "select * from (select r, c, y, v from t) pivot (sum(v) for (c, y) in (('W', '2023') as w23, ('S', '2024') as s24))",
        );
        assert_eq!(
            text,
            "select * from (SELECT r, sum(v) FILTER (WHERE c = 'W' AND y = '2023') AS w23, sum(v) FILTER (WHERE c = 'S' AND y = '2024') AS s24 FROM (select r, c, y, v from t) AS pivot_src GROUP BY r) AS sq1"
        );
    }

    #[test]
    fn pivot_shapes_left_manual() {
        for sql in [
            // A bare table: its columns (the implicit GROUP BY) are not known here.
            "select * from sales pivot (sum(amt) for qtr in (1, 2))",
            // A star in the inline view.
            "select * from (select * from sales) pivot (sum(amt) for qtr in (1, 2))",
            "select * from (select k, v from t) pivot xml (sum(v) for k in (any))",
            "select * from (select k, v from t) pivot (sum(v) for k in (select k from u))",
            // Not a plain aggregate; a value that is not a constant.
            "select * from (select k, v from t) pivot (median(v) for k in (1))",
            "select * from (select k, v from t) pivot (sum(v) for k in (k + 1))",
            // An unaliased tuple: Oracle's naming of it is not reproduced.
            "select * from (select a, b, v from t) pivot (sum(v) for (a, b) in ((1, 2)))",
        ] {
            let (text, actions) = convert(sql);
            assert!(!text.contains("FILTER"), "{sql}");
            assert!(
                actions.contains(&codes::SQL_CONSTRUCT_MANUAL),
                "{sql}: {actions:?}"
            );
            assert!(!actions.contains(&codes::PIVOT_TO_FILTER), "{sql}");
        }
    }

    #[test]
    fn unpivot_becomes_lateral_values() {
        let (text, actions) =
            convert("select id, qtr, amt from budget unpivot (amt for qtr in (q1 as 'Q1', q2))");
        assert_eq!(
            text,
            "select id, qtr, amt from (SELECT unpivot_src.*, unpivot_vals.qtr, unpivot_vals.amt FROM budget AS unpivot_src CROSS JOIN LATERAL (VALUES ('Q1', unpivot_src.q1), ('Q2', unpivot_src.q2)) AS unpivot_vals(qtr, amt) WHERE unpivot_vals.amt IS NOT NULL) AS sq1"
        );
        assert_eq!(actions, vec![codes::UNPIVOT_TO_LATERAL]);
        // INCLUDE NULLS, two value columns, an inline view whose columns are known.
        let (text, _) = convert(
            "select * from (select id, h1p, h1a, h2p, h2a from b) unpivot include nulls ((p, a) for half in ((h1p, h1a) as 1, (h2p, h2a) as 2)) u",
        );
        assert_eq!(
            text,
            "select * from (SELECT unpivot_src.id, unpivot_vals.half, unpivot_vals.p, unpivot_vals.a FROM (select id, h1p, h1a, h2p, h2a from b) AS unpivot_src CROSS JOIN LATERAL (VALUES (1, unpivot_src.h1p, unpivot_src.h1a), (2, unpivot_src.h2p, unpivot_src.h2a)) AS unpivot_vals(half, p, a)) AS u"
        );
        // EXCLUDE NULLS with two value columns drops a row only when both are null.
        let (text, _) = convert(
            "select * from (select id, x1, y1 from b) unpivot ((x, y) for k in ((x1, y1) as 'one'))",
        );
        assert!(
            text.contains("WHERE (unpivot_vals.x IS NOT NULL OR unpivot_vals.y IS NOT NULL)"),
            "{text}"
        );
    }

    #[test]
    fn unpivot_shapes_left_manual() {
        for sql in [
            // A bare table under SELECT *: the columns that pass through are not known.
            "select * from budget unpivot (amt for qtr in (q1, q2))",
            // The enclosing query names an unpivoted column (it must not see it).
            "select id, amt from budget unpivot (amt for qtr in (q1, q2)) where exists (select 1 from x where x.q1 = 1)",
            "select id, amt from budget unpivot (amt for qtr in (q1, q2)) natural join x",
            // Several value columns without labels: Oracle's label is not reproduced.
            "select id from b unpivot ((x, y) for k in ((x1, y1), (x2, y2)))",
        ] {
            let (text, actions) = convert(sql);
            assert_eq!(text, sql, "{sql}");
            assert!(
                actions.contains(&codes::SQL_CONSTRUCT_MANUAL),
                "{sql}: {actions:?}"
            );
        }
    }
}
