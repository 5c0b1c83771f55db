//! Oracle hierarchical queries: `START WITH ... CONNECT BY [NOCYCLE] PRIOR ...` becomes a
//! `WITH RECURSIVE` common table expression in a derived table that takes the place of
//! the FROM list, and the `CONNECT BY LEVEL <= n` row generator on DUAL becomes
//! `generate_series`.
//!
//! The shape (Oracle semantics: SQL Language Reference, "Hierarchical Queries"):
//!
//! ```text
//! SELECT <select list> FROM (
//! WITH RECURSIVE cb_tree AS (
//!   SELECT t.*, 1 AS level, <PRIOR values>, <root/path columns>, <keys>, <order>
//!     FROM <table> t WHERE <START WITH>                         -- the roots
//!   UNION ALL
//!   SELECT t.*, cb_parent.level + 1, ...
//!     FROM (SELECT level, cb_... FROM cb_tree) AS cb_parent
//!     JOIN <table> t ON (<CONNECT BY, PRIOR x -> cb_parent.cb_prior_n>)
//!                   AND <the child's key is not on the path>    -- loops stop
//! )
//! SELECT cb_tree.*[, connect_by_isleaf][, connect_by_iscycle] FROM cb_tree
//! ) t
//! WHERE <the block's WHERE, applied after the hierarchy as in Oracle>
//! ORDER BY cb_order                                         -- depth-first preorder
//! ```
//!
//! PRIOR expressions are evaluated on each row (columns `cb_prior_n`), so the CONNECT BY
//! condition keeps its own text with only `PRIOR x` replaced: the parent is reached
//! through a derived table that exposes nothing but `level` and `cb_*` columns, so the
//! child's unqualified column names stay unambiguous. The table keeps its alias in every
//! part, so the select list, WHERE and ORDER BY keep theirs. Several tables in FROM are
//! joined first, as in Oracle, in a derived table `cb_join` that stands for the table
//! (`joined_source`). Anything outside these shapes returns `None` and stays a manual
//! item (OPG6035).

use super::Rewriter;
use super::joins::{conjuncts, own_descendants};
use crate::catalogue::codes;
use crate::convert::edit::{Edit, apply};
use crate::parser::{Rule, SyntaxNode};
use crate::source::Span;

/// Replacements of single nodes that the rewriter applies before any other rule, while
/// the parts of a hierarchical query are rendered.
#[derive(Debug, Default)]
pub(super) struct Substitutions {
    entries: Vec<(Span, Rule, Edit)>,
}

/// A pseudo-column or operator of hierarchical queries found in a part of the block.
enum Pseudo<'t> {
    Level(SyntaxNode<'t>),
    IsLeaf(SyntaxNode<'t>),
    IsCycle(SyntaxNode<'t>),
    Rownum(SyntaxNode<'t>),
    /// The unary operator and its operand.
    Prior(SyntaxNode<'t>, SyntaxNode<'t>),
    Root(SyntaxNode<'t>, SyntaxNode<'t>),
    /// The call and its two arguments.
    Path(SyntaxNode<'t>, SyntaxNode<'t>, SyntaxNode<'t>),
}

/// The name of a `function_or_name` that is a plain word (no qualifier, call or suffix),
/// upper-cased; quoted names are columns, never pseudo-columns.
fn plain_word(node: SyntaxNode<'_>, text: &str) -> Option<String> {
    if node.children().count() != 1 {
        return None;
    }
    let name = node.child(Rule::qualified_name)?;
    let mut parts = name.children();
    let first = parts.next()?;
    if parts.next().is_some() || first.kind() != Rule::identifier {
        return None;
    }
    let word = first.text(text);
    (!word.starts_with('"')).then(|| word.to_uppercase())
}

/// The hierarchical pseudo-columns and operators in `node`'s own query block, or `None`
/// when one is written in a form this does not know.
fn pseudo_columns<'t>(node: SyntaxNode<'t>, text: &str) -> Option<Vec<Pseudo<'t>>> {
    let mut out = Vec::new();
    for f in own_descendants(node, Rule::function_or_name) {
        if let Some(word) = plain_word(f, text) {
            match word.as_str() {
                "LEVEL" => out.push(Pseudo::Level(f)),
                "CONNECT_BY_ISLEAF" => out.push(Pseudo::IsLeaf(f)),
                "CONNECT_BY_ISCYCLE" => out.push(Pseudo::IsCycle(f)),
                "SYS_CONNECT_BY_PATH" | "CONNECT_BY_ROOT" => return None,
                _ => {}
            }
            continue;
        }
        let Some(name) = f.child(Rule::qualified_name) else {
            continue; // a bind variable
        };
        let is_path = name.children().count() == 1
            && name.text(text).eq_ignore_ascii_case("sys_connect_by_path");
        if is_path {
            let args = f.child(Rule::call_args)?;
            let args: Vec<SyntaxNode<'t>> = args.children_of(Rule::call_arg).collect();
            if f.children().count() != 2 || args.len() != 2 {
                return None;
            }
            out.push(Pseudo::Path(f, args[0], args[1]));
        }
    }
    for r in own_descendants(node, Rule::ROWNUM) {
        out.push(Pseudo::Rownum(r));
    }
    for op in own_descendants(node, Rule::unary_op) {
        let is_prior = op.child(Rule::PRIOR).is_some();
        if !is_prior && op.child(Rule::CONNECT_BY_ROOT).is_none() {
            continue;
        }
        // The operand is the next sibling; only blanks may lie between them.
        let parent = node.descendants().find(|d| {
            d.kind() == Rule::arith_expr && d.children().any(|c| c.span() == op.span())
        })?;
        let mut siblings = parent.children().skip_while(|c| c.span() != op.span());
        siblings.next();
        let operand = siblings.next()?;
        if operand.kind() != Rule::operand
            || !text[op.span().end as usize..operand.span().start as usize]
                .trim()
                .is_empty()
        {
            return None;
        }
        out.push(if is_prior {
            Pseudo::Prior(op, operand)
        } else {
            Pseudo::Root(op, operand)
        });
    }
    Some(out)
}

/// A table reference this can walk: a named table or an aliased subquery, with no
/// partition, flashback, sample or pivot suffix: (reference, source, alias).
#[allow(clippy::type_complexity)]
fn plain_table<'t>(
    table: SyntaxNode<'t>,
    text: &str,
) -> Option<(SyntaxNode<'t>, SyntaxNode<'t>, Option<SyntaxNode<'t>>)> {
    let source = table.children().next()?;
    let alias = table.child(Rule::table_alias);
    if table.children().count() != 1 + usize::from(alias.is_some()) {
        return None;
    }
    match source.kind() {
        Rule::named_table => Some((table, source, alias)),
        Rule::lateral_subquery if alias.is_some() && source.text(text).starts_with('(') => {
            Some((table, source, alias))
        }
        _ => None,
    }
}

/// Is there a subquery inside `node`?
fn has_subquery(node: SyntaxNode<'_>) -> bool {
    node.descendants().any(|d| d.kind() == Rule::query_block)
}

/// Calls whose presence makes the block an aggregate query (no row order to keep).
const AGGREGATES: &[&str] = &[
    "COUNT",
    "SUM",
    "MIN",
    "MAX",
    "AVG",
    "LISTAGG",
    "STDDEV",
    "VARIANCE",
    "MEDIAN",
    "STRING_AGG",
    "ARRAY_AGG",
    "XMLAGG",
    "COLLECT",
    "WM_CONCAT",
];

fn is_aggregate_query(block: SyntaxNode<'_>, text: &str) -> bool {
    block.child(Rule::group_by_clause).is_some()
        || block.child(Rule::having_clause).is_some()
        || block.child(Rule::set_quantifier).is_some()
        || block.child(Rule::select_list).is_some_and(|list| {
            own_descendants(list, Rule::function_or_name)
                .into_iter()
                .any(|f| {
                    f.child(Rule::call_args).is_some()
                        && !f
                            .children_of(Rule::call_suffix)
                            .any(|s| s.child(Rule::over_clause).is_some())
                        && f.child(Rule::qualified_name).is_some_and(|n| {
                            AGGREGATES.contains(&n.text(text).to_uppercase().as_str())
                        })
                })
        })
}

/// What a converted hierarchical block tells the subquery around it.
struct Converted {
    edit: Edit,
    /// A tree (not a row generator): its rows can be put in Oracle's order.
    ordered: bool,
}

impl Rewriter<'_> {
    /// The substitution registered for `node`, applied before any other rule.
    pub(super) fn substituted(&self, node: SyntaxNode<'_>) -> Option<Edit> {
        self.substitutions
            .entries
            .iter()
            .find(|(span, kind, _)| *span == node.span() && *kind == node.kind())
            .map(|(_, _, edit)| edit.clone())
    }

    fn substitute(&mut self, node: SyntaxNode<'_>, edit: Edit) {
        self.substitutions
            .entries
            .push((node.span(), node.kind(), edit));
    }

    /// `PRIOR x` / `CONNECT_BY_ROOT x` (operator `op`, operand `operand`) -> `text`.
    fn substitute_operator(&mut self, op: SyntaxNode<'_>, operand: SyntaxNode<'_>, text: String) {
        self.substitute(
            op,
            Edit::delete(Span {
                start: op.span().start,
                end: operand.span().start,
            }),
        );
        self.substitute(operand, Edit::replace(operand.span(), text));
    }

    /// A subquery with a hierarchical query block: the blocks converted, ORDER SIBLINGS BY
    /// (or Oracle's default order) as ORDER BY the path. `None` leaves everything to the
    /// usual rules, which mark CONNECT BY manual; nothing recorded here is kept then.
    pub(super) fn hierarchical(&mut self, subquery: SyntaxNode<'_>) -> Option<Edit> {
        let terms: Vec<SyntaxNode<'_>> = subquery.children_of(Rule::query_term).collect();
        let is_hierarchical = |t: &SyntaxNode<'_>| {
            t.child(Rule::query_block)
                .is_some_and(|b| b.child(Rule::hierarchical_clause).is_some())
        };
        if !terms.iter().any(is_hierarchical) {
            return None;
        }
        let checkpoint = (
            self.actions.len(),
            self.subquery_aliases,
            self.substitutions.entries.len(),
        );
        let result = self.hierarchical_subquery(subquery, &terms);
        self.substitutions.entries.truncate(checkpoint.2);
        if result.is_none() {
            self.actions.truncate(checkpoint.0);
            self.subquery_aliases = checkpoint.1;
        }
        result
    }

    fn hierarchical_subquery(
        &mut self,
        subquery: SyntaxNode<'_>,
        terms: &[SyntaxNode<'_>],
    ) -> Option<Edit> {
        let order_by = subquery.child(Rule::order_by_clause);
        let siblings = order_by.filter(|o| o.child(Rule::SIBLINGS).is_some());
        if siblings.is_some() && terms.len() != 1 {
            return None;
        }
        let mut edits = Vec::new();
        let mut ordered = false;
        for child in subquery.children() {
            let block = child
                .child(Rule::query_block)
                .filter(|b| b.child(Rule::hierarchical_clause).is_some());
            if let Some(block) = block {
                // A set operation's ORDER BY sorts the whole result, not this block.
                let own_order = order_by.filter(|_| terms.len() == 1);
                let converted = self.hierarchical_block(block, own_order)?;
                ordered =
                    converted.ordered && terms.len() == 1 && !is_aggregate_query(block, self.text);
                edits.push(converted.edit);
            } else if Some(child.span()) == siblings.map(|s| s.span()) {
                if !ordered {
                    return None;
                }
                edits.push(Edit::replace(child.span(), "ORDER BY cb_order"));
            } else {
                self.visit(child, &mut edits);
            }
        }
        if siblings.is_some() && !ordered {
            return None;
        }
        if ordered && order_by.is_none() {
            // Oracle returns a hierarchy depth-first; ORDER BY makes that deterministic.
            match subquery.child(Rule::row_limiting_clause) {
                Some(limit) => edits.push(Edit::insert(
                    limit.span().start as usize,
                    "ORDER BY cb_order ",
                )),
                None => edits.push(Edit::insert(
                    subquery.span().end as usize,
                    " ORDER BY cb_order",
                )),
            }
        }
        Some(Edit::replace(
            subquery.span(),
            apply(self.text, subquery.span(), &edits),
        ))
    }

    /// One query block with START WITH / CONNECT BY.
    fn hierarchical_block(
        &mut self,
        block: SyntaxNode<'_>,
        order_by: Option<SyntaxNode<'_>>,
    ) -> Option<Converted> {
        let siblings = order_by.filter(|o| o.child(Rule::SIBLINGS).is_some());
        let text = self.text;
        let from = block.child(Rule::FROM)?;
        let list = block.child(Rule::from_list)?;
        let hierarchy = block.child(Rule::hierarchical_clause)?;
        if block.child(Rule::model_clause).is_some() {
            return None;
        }
        // One table (or named subquery) in FROM: joins are done before the hierarchy in
        // Oracle, which this does not model.
        // Several tables (comma or ANSI joins) are joined first, as in Oracle, in a
        // derived table (`joined_source`).
        let items: Vec<SyntaxNode<'_>> = list.children_of(Rule::from_item).collect();
        let single = match items.as_slice() {
            [item] if item.children().count() == 1 => item.child(Rule::table_reference),
            _ => None,
        };
        let single = match single {
            Some(table) => Some(plain_table(table, text)?),
            None => None,
        };
        let is_dual = single.is_some_and(|(table, source, alias)| {
            source.kind() == Rule::named_table
                && alias.is_none()
                && table
                    .text(text)
                    .trim()
                    .to_uppercase()
                    .trim_start_matches("SYS.")
                    .trim_start_matches("PUBLIC.")
                    == "DUAL"
        });
        let where_clause = block.child(Rule::where_clause);
        if let Some(w) = where_clause {
            if w.child(Rule::CURRENT_OF).is_some()
                || !own_descendants(w, Rule::outer_join_marker).is_empty()
            {
                return None;
            }
        }
        let start = hierarchy.child(Rule::start_with_clause);
        let connect = hierarchy.child(Rule::connect_by_clause)?;
        let nocycle = connect.child(Rule::NOCYCLE).is_some();
        let condition = connect.child(Rule::expr)?;
        // FROM <table> becomes the derived table and CONNECT BY goes; the rest of the
        // block (WHERE included, comments and all) is evaluated on the result.
        let region = Span {
            start: from.span().start,
            end: list.span().end,
        };
        let mut cut = hierarchy.span().start as usize;
        while cut > 0 && text.as_bytes()[cut - 1].is_ascii_whitespace() {
            cut -= 1;
        }
        // A line comment before CONNECT BY keeps its line end (what follows must not
        // become part of the comment).
        let line_start = text[..cut].rfind('\n').map_or(0, |n| n + 1);
        if text[line_start..cut].contains("--") {
            if let Some(n) = text[cut..hierarchy.span().start as usize].find('\n') {
                cut += n + 1;
            }
        }
        let removed = Span::new(cut, hierarchy.span().end as usize);
        let outer_parts: Vec<SyntaxNode<'_>> = block
            .children()
            .filter(|c| c.span().end <= from.span().start || c.span().start >= list.span().end)
            .filter(|c| c.kind() != Rule::hierarchical_clause)
            .collect();
        // Every pseudo-column of the parts evaluated on the result.
        let mut outer = Vec::new();
        for part in &outer_parts {
            outer.extend(pseudo_columns(*part, text)?);
        }
        // ORDER BY (not SIBLINGS) sorts the result: LEVEL, CONNECT_BY_ROOT ... read it.
        if let Some(o) = order_by.filter(|o| o.child(Rule::SIBLINGS).is_none()) {
            outer.extend(pseudo_columns(o, text)?);
        }
        if is_dual {
            return self.row_generator(
                block,
                &outer_parts,
                region,
                removed,
                where_clause,
                start,
                nocycle,
                condition,
                &outer,
            );
        }
        // Oracle's * is the table's columns; here it would also take level and cb_*.
        // (COUNT(*) is no column list.)
        if block.child(Rule::select_list).is_some_and(|l| {
            let calls: Vec<Span> = own_descendants(l, Rule::call_args)
                .iter()
                .map(|c| c.span())
                .collect();
            own_descendants(l, Rule::star)
                .into_iter()
                .chain(own_descendants(l, Rule::dot_star))
                .any(|s| {
                    !calls
                        .iter()
                        .any(|c| c.start <= s.span().start && s.span().end <= c.end)
                })
        }) {
            return None;
        }
        if outer
            .iter()
            .any(|p| matches!(p, Pseudo::Prior(..) | Pseudo::Rownum(_)))
        {
            return None;
        }
        let uses_cycle = outer.iter().any(|p| matches!(p, Pseudo::IsCycle(_)));
        if uses_cycle && !nocycle {
            return None; // Oracle allows CONNECT_BY_ISCYCLE only with NOCYCLE
        }
        let uses_leaf = outer.iter().any(|p| matches!(p, Pseudo::IsLeaf(_)));
        // START WITH sees the table only; CONNECT BY sees PRIOR and LEVEL.
        if let Some(s) = start {
            if !pseudo_columns(s, text)?.is_empty() {
                return None;
            }
        }
        if has_subquery(condition) {
            return None;
        }
        let in_condition = pseudo_columns(condition, text)?;
        let mut priors = Vec::new();
        let mut levels = Vec::new();
        for p in &in_condition {
            match p {
                Pseudo::Prior(op, operand) => {
                    if !pseudo_columns(*operand, text)?.is_empty() {
                        return None;
                    }
                    priors.push((*op, *operand));
                }
                Pseudo::Level(l) => levels.push(*l),
                _ => return None,
            }
        }
        if priors.is_empty() {
            return None; // CONNECT BY without PRIOR: every row is every row's child
        }
        if let Some(s) = siblings {
            if !pseudo_columns(s, text)?.is_empty() {
                return None;
            }
            // ORDER SIBLINGS BY 2 or BY a select-list alias names a result column.
            for item in s.children_of(Rule::order_item) {
                let expr = item.child(Rule::expr)?;
                let t = expr.text(text).trim();
                if t.parse::<f64>().is_ok() {
                    return None;
                }
                let names_alias = block.child(Rule::select_list).is_some_and(|l| {
                    l.children_of(Rule::select_item).any(|si| {
                        si.child(Rule::column_alias)
                            .and_then(|a| a.child(Rule::identifier))
                            .is_some_and(|a| a.text(text).eq_ignore_ascii_case(t))
                    })
                });
                if names_alias {
                    return None;
                }
            }
        }

        // Render each part once.
        let mut where_edit = None;
        let (table_sql, key) = match single {
            Some((table, source, alias)) => {
                let key = match alias {
                    Some(a) => a.child(Rule::identifier)?,
                    None => {
                        let name = source.descendant(Rule::qualified_name)?;
                        if name.child(Rule::dblink).is_some() {
                            return None;
                        }
                        name.children()
                            .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
                            .last()?
                    }
                };
                (self.render(table).trim().to_owned(), self.render(key))
            }
            None => {
                let (sql, filters) = self.joined_source(block, order_by, &items, where_clause)?;
                if let Some(w) = where_clause {
                    // Join predicates went into the derived table; the rest filter after.
                    let kept: Vec<String> = filters.iter().map(|f| self.render(*f)).collect();
                    where_edit = Some(if kept.is_empty() {
                        let start = text[..w.span().start as usize].trim_end_matches([' ', '\t']);
                        Edit::delete(Span::new(start.len(), w.span().end as usize))
                    } else {
                        let keyword = w.child(Rule::WHERE).map_or("WHERE", |k| k.text(text));
                        Edit::replace(w.span(), format!("{keyword} {}", kept.join(" AND ")))
                    });
                }
                (sql, "cb_join".to_owned())
            }
        };
        let start_sql = start
            .and_then(|s| s.child(Rule::expr))
            .map(|e| self.render(e));
        let prior_sql: Vec<String> = priors.iter().map(|(_, o)| self.render(*o)).collect();
        let sibling_sql = match siblings {
            Some(s) => {
                let items: Vec<String> = s
                    .children_of(Rule::order_item)
                    .map(|i| self.render(i))
                    .collect();
                items.join(", ")
            }
            None => prior_sql.join(", "),
        };
        // The CONNECT BY condition seen from the parent (`ctx`).
        let condition_in = |rw: &mut Self, ctx: &str| -> String {
            let mark = rw.substitutions.entries.len();
            for (i, (op, operand)) in priors.iter().enumerate() {
                rw.substitute_operator(*op, *operand, format!("{ctx}.cb_prior_{}", i + 1));
            }
            for l in &levels {
                rw.substitute(*l, Edit::replace(l.span(), format!("({ctx}.level + 1)")));
            }
            let sql = rw.render(condition);
            rw.substitutions.entries.truncate(mark);
            sql.trim().to_owned()
        };
        let condition_parent = condition_in(self, "cb_parent");
        let actions_before = self.actions.len();
        let condition_tree = (uses_leaf || uses_cycle).then(|| condition_in(self, "cb_tree"));
        self.actions.truncate(actions_before); // the same condition, recorded once
        let child_key = if prior_sql.len() == 1 {
            prior_sql[0].clone()
        } else {
            format!("ROW({})", prior_sql.join(", "))
        };

        // Columns carried from root to leaf: (anchor, recursive step, name).
        let mut columns: Vec<(String, String, String)> =
            vec![("1".into(), "cb_parent.level + 1".into(), "level".into())];
        for (i, p) in prior_sql.iter().enumerate() {
            columns.push((p.clone(), p.clone(), format!("cb_prior_{}", i + 1)));
        }
        // array_append(NULL, key), not ARRAY[key]: ARRAY[] keeps the column's typmod
        // (varchar(10)[]) while the recursive step's array_append drops it (varchar[]),
        // and PostgreSQL refuses a recursive term whose column type differs.
        columns.push((
            format!("array_append(NULL, {child_key})"),
            format!("array_append(cb_parent.cb_keys, {child_key})"),
            "cb_keys".into(),
        ));
        columns.push((
            format!("ARRAY[row_number() OVER (ORDER BY {sibling_sql})]"),
            format!("array_append(cb_parent.cb_order, row_number() OVER (ORDER BY {sibling_sql}))"),
            "cb_order".into(),
        ));
        // The select list and WHERE, with the pseudo-columns as columns of the result.
        let mut roots = 0;
        let mut paths = 0;
        for p in &outer {
            match p {
                Pseudo::Level(l) => self.substitute(*l, Edit::replace(l.span(), "level")),
                Pseudo::IsLeaf(l) => {
                    self.substitute(*l, Edit::replace(l.span(), "connect_by_isleaf"))
                }
                Pseudo::IsCycle(l) => {
                    self.substitute(*l, Edit::replace(l.span(), "connect_by_iscycle"))
                }
                Pseudo::Root(op, operand) => {
                    if !pseudo_columns(*operand, text)?.is_empty() {
                        return None;
                    }
                    roots += 1;
                    let name = format!("cb_root_{roots}");
                    let value = self.render(*operand);
                    columns.push((value, format!("cb_parent.{name}"), name.clone()));
                    self.substitute_operator(*op, *operand, name);
                }
                Pseudo::Path(call, column, separator) => {
                    if !pseudo_columns(*column, text)?.is_empty()
                        || !pseudo_columns(*separator, text)?.is_empty()
                    {
                        return None;
                    }
                    paths += 1;
                    let name = format!("cb_path_{paths}");
                    let column = self.render(*column);
                    let separator = self.render(*separator);
                    // Oracle's concatenation treats NULL as '': so does concat().
                    columns.push((
                        format!("concat({separator}, {column})"),
                        format!("concat(cb_parent.{name}, {separator}, {column})"),
                        name.clone(),
                    ));
                    self.substitute(*call, Edit::replace(call.span(), name));
                }
                Pseudo::Prior(..) | Pseudo::Rownum(_) => return None,
            }
        }

        let anchor: Vec<String> = columns
            .iter()
            .map(|(a, _, name)| format!("{a} AS {name}"))
            .collect();
        let step: Vec<String> = columns.iter().map(|(_, s, _)| s.clone()).collect();
        let carried: Vec<&str> = columns.iter().map(|(_, _, n)| n.as_str()).collect();
        let mut sql = format!(
            "FROM (\nWITH RECURSIVE cb_tree AS (\n  SELECT {key}.*, {}\n    FROM {table_sql}",
            anchor.join(", ")
        );
        if let Some(s) = &start_sql {
            sql.push_str(&format!("\n   WHERE {}", s.trim()));
        }
        sql.push_str(&format!(
            "\n  UNION ALL\n  SELECT {key}.*, {}\n    FROM (SELECT {} FROM cb_tree) AS cb_parent\n    JOIN {table_sql}\n      ON ({condition_parent})\n     AND array_position(cb_parent.cb_keys, {child_key}) IS NULL\n)\nSELECT cb_tree.*",
            step.join(", "),
            carried.join(", "),
        ));
        if let Some(cond) = &condition_tree {
            if uses_leaf {
                sql.push_str(&format!(
                    ",\n       CASE WHEN EXISTS (SELECT 1 FROM {table_sql} WHERE {cond}) THEN 0 ELSE 1 END AS connect_by_isleaf"
                ));
            }
            if uses_cycle {
                sql.push_str(&format!(
                    ",\n       CASE WHEN EXISTS (SELECT 1 FROM {table_sql} WHERE ({cond}) AND array_position(cb_tree.cb_keys, {child_key}) IS NOT NULL) THEN 1 ELSE 0 END AS connect_by_iscycle"
                ));
            }
        }
        sql.push_str(&format!("\n  FROM cb_tree\n) {key}"));
        let mut edits = Vec::new();
        for part in &outer_parts {
            match &where_edit {
                Some(edit) if edit.span.end == part.span().end => edits.push(edit.clone()),
                _ => self.visit(*part, &mut edits),
            }
        }
        edits.push(Edit::replace(region, sql));
        edits.push(Edit::delete(removed));
        let loops = if nocycle {
            "NOCYCLE: a row already on the path is not followed"
        } else {
            "a loop stops where Oracle raises ORA-01436"
        };
        self.act(
            codes::CONNECT_BY_TO_RECURSIVE_CTE,
            hierarchy.span(),
            format!(
                "CONNECT BY -> WITH RECURSIVE: depth-first order by {}; {loops}",
                if siblings.is_some() {
                    "ORDER SIBLINGS BY"
                } else {
                    "the PRIOR values"
                }
            ),
        );
        Some(Converted {
            edit: Edit::replace(block.span(), apply(text, block.span(), &edits)),
            ordered: true,
        })
    }

    /// `FROM a, b [JOIN c ON ...] WHERE <join predicates> AND <filters>`: Oracle joins
    /// first (predicates naming two or more of the tables), then builds the hierarchy,
    /// then filters. The join becomes `(SELECT a.x AS a_x, ... FROM a, b WHERE <join
    /// predicates>) cb_join` and every column reference `a.x` of the block becomes
    /// `cb_join.a_x` (registered as substitutions). Returns the derived table and the
    /// filters; `None` for references this cannot map: an unqualified column (which
    /// table?), `a.*`, a subquery naming the tables, `(+)`, an OR over several tables.
    fn joined_source<'t>(
        &mut self,
        block: SyntaxNode<'t>,
        order_by: Option<SyntaxNode<'t>>,
        items: &[SyntaxNode<'t>],
        where_clause: Option<SyntaxNode<'t>>,
    ) -> Option<(String, Vec<SyntaxNode<'t>>)> {
        let text = self.text;
        let normalize = |n: SyntaxNode<'_>| crate::reader::head::normalize_identifier(n.text(text));
        let mut keys: Vec<String> = Vec::new();
        for item in items {
            let tables = item.child(Rule::table_reference).into_iter().chain(
                item.children_of(Rule::join_clause)
                    .filter_map(|j| j.child(Rule::table_reference)),
            );
            for table in tables {
                let (_, source, alias) = plain_table(table, text)?;
                let key = match alias {
                    Some(a) => a.child(Rule::identifier)?,
                    None => source
                        .descendant(Rule::qualified_name)?
                        .children()
                        .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
                        .last()?,
                };
                let key = normalize(key);
                if keys.contains(&key) {
                    return None;
                }
                keys.push(key);
            }
        }
        // The parts read after the join: everything but FROM, and the ORDER BY.
        let parts: Vec<SyntaxNode<'t>> = block
            .children()
            .filter(|c| !matches!(c.kind(), Rule::FROM | Rule::from_list))
            .chain(order_by)
            .collect();
        // The table a column reference names, or `None` for anything else.
        let qualifier = |f: SyntaxNode<'_>| -> Option<String> {
            let name = f.child(Rule::qualified_name)?;
            let parts: Vec<SyntaxNode<'_>> = name
                .children()
                .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
                .collect();
            match parts.as_slice() {
                [q, _] if keys.contains(&normalize(*q)) => Some(normalize(*q)),
                _ => None,
            }
        };
        let mut columns: Vec<(SyntaxNode<'t>, String)> = Vec::new();
        for part in &parts {
            let own = own_descendants(*part, Rule::function_or_name);
            for f in part
                .descendants()
                .filter(|d| d.kind() == Rule::function_or_name)
            {
                let is_own = own.iter().any(|o| o.span() == f.span());
                let name = f.child(Rule::qualified_name);
                let words = name.map_or(0, |n| {
                    n.children()
                        .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
                        .count()
                });
                if let Some(q) = qualifier(f) {
                    // A correlated subquery or a method call: not a plain column.
                    if !is_own || f.children().count() != 1 {
                        return None;
                    }
                    let column = name?.children().last()?;
                    let column = normalize(column);
                    let mapped = format!("{}_{}", q, column).to_lowercase();
                    if !mapped
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_')
                    {
                        return None;
                    }
                    columns.push((f, mapped));
                } else if words >= 3
                    && name
                        .and_then(|n| n.children().nth(1))
                        .is_some_and(|t| keys.contains(&normalize(t)))
                {
                    return None; // schema.table.column
                } else if is_own && words == 1 && f.children().count() == 1 {
                    // An unqualified name: a pseudo-column, a function like SYSDATE, or a
                    // column of one of the tables (which one is not known here).
                    let word = plain_word(f, text)?;
                    let known = matches!(
                        word.as_str(),
                        "LEVEL" | "CONNECT_BY_ISLEAF" | "CONNECT_BY_ISCYCLE" | "USER" | "UID"
                    ) || self.rules.functions.name(&word).is_some();
                    if !known {
                        return None;
                    }
                }
            }
        }
        // Join predicates name two or more tables; the others filter the result.
        let mut joins = Vec::new();
        let mut filters = Vec::new();
        if let Some(w) = where_clause {
            let expr = w.child(Rule::expr)?;
            if !own_descendants(w, Rule::outer_join_marker).is_empty() {
                return None;
            }
            let tables_in = |c: SyntaxNode<'_>| -> usize {
                let mut named: Vec<String> = own_descendants(c, Rule::function_or_name)
                    .into_iter()
                    .filter_map(qualifier)
                    .collect();
                named.sort();
                named.dedup();
                named.len()
            };
            match conjuncts(expr, text) {
                Some(list) => {
                    for c in list {
                        if tables_in(c) >= 2 {
                            if !pseudo_columns(c, text)?.is_empty() {
                                return None;
                            }
                            joins.push(c);
                        } else {
                            filters.push(c);
                        }
                    }
                }
                None if tables_in(expr) >= 2 => return None,
                None => filters.push(expr),
            }
        }
        // Rendered before the substitutions: inside the derived table the tables keep
        // their names.
        let from: Vec<String> = items
            .iter()
            .map(|i| self.render(*i).trim().to_owned())
            .collect();
        let on: Vec<String> = joins
            .iter()
            .map(|c| self.render(*c).trim().to_owned())
            .collect();
        let mut select: Vec<String> = Vec::new();
        let mut seen: Vec<(String, String)> = Vec::new();
        for (f, mapped) in &columns {
            let source = self.render(*f).trim().to_owned();
            match seen.iter().find(|(m, _)| m == mapped) {
                Some((_, s)) if *s != source.to_lowercase() => return None, // a_b.c vs a.b_c
                Some(_) => {}
                None => {
                    seen.push((mapped.clone(), source.to_lowercase()));
                    select.push(format!("{source} AS {mapped}"));
                }
            }
        }
        if select.is_empty() {
            return None;
        }
        let mut sql = format!("(SELECT {} FROM {}", select.join(", "), from.join(", "));
        if !on.is_empty() {
            sql.push_str(&format!(" WHERE {}", on.join(" AND ")));
        }
        sql.push_str(") cb_join");
        // A select item that is just a column keeps the column's name.
        let bare: Vec<Span> = block
            .child(Rule::select_list)
            .map(|l| {
                l.children_of(Rule::select_item)
                    .filter(|i| i.child(Rule::column_alias).is_none())
                    .filter_map(|i| i.child(Rule::expr))
                    .map(|e| e.span())
                    .collect()
            })
            .unwrap_or_default();
        for (f, mapped) in columns {
            let mut sql = format!("cb_join.{mapped}");
            if bare.contains(&f.span()) {
                let column = f.child(Rule::qualified_name)?.children().last()?;
                sql.push_str(&format!(" AS {}", self.render(column)));
            }
            self.substitute(f, Edit::replace(f.span(), sql));
        }
        Some((sql, filters))
    }

    /// `SELECT LEVEL FROM dual CONNECT BY LEVEL <= n` -> `generate_series`.
    #[allow(clippy::too_many_arguments)]
    fn row_generator(
        &mut self,
        block: SyntaxNode<'_>,
        outer_parts: &[SyntaxNode<'_>],
        region: Span,
        removed: Span,
        where_clause: Option<SyntaxNode<'_>>,
        start: Option<SyntaxNode<'_>>,
        nocycle: bool,
        condition: SyntaxNode<'_>,
        outer: &[Pseudo<'_>],
    ) -> Option<Converted> {
        let text = self.text;
        if start.is_some() || nocycle {
            return None;
        }
        // LEVEL <= n / LEVEL < n / ROWNUM <= n / ROWNUM < n, n free of pseudo-columns.
        let mut conjuncts = condition.children();
        let single = conjuncts.next()?;
        if conjuncts.next().is_some() || single.kind() != Rule::not_expr {
            return None;
        }
        let predicate = single.child(Rule::predicate)?;
        if single.children().count() != 1 || predicate.children().count() != 2 {
            return None;
        }
        let left = predicate.child(Rule::arith_expr)?;
        let tail = predicate.child(Rule::predicate_tail)?;
        let comparison = tail.child(Rule::comparison)?;
        let op = comparison.child(Rule::comparison_op)?.text(text);
        let bound = comparison.child(Rule::arith_expr)?;
        let counter = left.text(text).trim().to_uppercase();
        if !matches!(counter.as_str(), "LEVEL" | "ROWNUM")
            || !matches!(op, "<=" | "<")
            || has_subquery(bound)
            || !pseudo_columns(bound, text)?.is_empty()
        {
            return None;
        }
        for p in outer {
            match p {
                Pseudo::Level(l) => self.substitute(*l, Edit::replace(l.span(), "level")),
                // ROWNUM counts the rows WHERE keeps: the same as LEVEL only without one.
                Pseudo::Rownum(r) if where_clause.is_none() => {
                    self.substitute(*r, Edit::replace(r.span(), "level"))
                }
                _ => return None,
            }
        }
        let bound_text = bound.text(text).trim();
        let limit = match bound_text.parse::<u64>() {
            // Oracle always returns the first row: LEVEL <= 0 gives one row.
            Ok(n) if op == "<=" => n.max(1).to_string(),
            Ok(n) => n.saturating_sub(1).max(1).to_string(),
            Err(_) => {
                let n = self.render(bound);
                if op == "<=" {
                    format!("greatest({}, 1)", n.trim())
                } else {
                    format!("greatest(ceil({}) - 1, 1)", n.trim())
                }
            }
        };
        let sql = format!("FROM generate_series(1, {limit}) AS cb_gen(level)");
        let mut edits = Vec::new();
        for part in outer_parts {
            self.visit(*part, &mut edits);
        }
        edits.push(Edit::replace(region, sql));
        edits.push(Edit::delete(removed));
        self.act(
            codes::CONNECT_BY_ROW_GENERATOR,
            condition.span(),
            format!(
                "CONNECT BY {counter} {op} n on DUAL -> generate_series(1, {})",
                compact(&limit)
            ),
        );
        Some(Converted {
            edit: Edit::replace(block.span(), apply(text, block.span(), &edits)),
            ordered: false,
        })
    }
}

fn compact(text: &str) -> String {
    super::compact(text, 40)
}

#[cfg(test)]
mod tests;
