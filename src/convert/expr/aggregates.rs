//! Oracle aggregates with no same-named PostgreSQL function, rewritten when the
//! rewrite is exact: `MIN/MAX(x) KEEP (DENSE_RANK FIRST/LAST ORDER BY ...)`, `MEDIAN(x)`
//! and `RATIO_TO_REPORT(x) OVER (...)`. Other shapes return `None` and stay manual.

use super::Rewriter;
use crate::catalogue::codes;
use crate::convert::edit::Edit;
use crate::parser::{Rule, SyntaxNode};

impl Rewriter<'_> {
    /// `MAX(x) KEEP (DENSE_RANK LAST ORDER BY y)`: among the rows ranked last by `y`,
    /// the largest `x`. `(array_agg(x ORDER BY y DESC NULLS FIRST, x DESC NULLS LAST))[1]`
    /// takes the first row of the last rank, and within the rank the largest non-null `x`
    /// (NULL only when every `x` of the rank is NULL, as MAX gives).
    pub(super) fn keep_aggregate(
        &mut self,
        node: SyntaxNode<'_>,
        name: &str,
        args: &[SyntaxNode<'_>],
        suffixes: &[SyntaxNode<'_>],
    ) -> Option<Edit> {
        let keep = suffixes.iter().find_map(|s| s.child(Rule::keep_clause))?;
        if suffixes.len() != 1 || args.len() != 1 || !matches!(name, "MIN" | "MAX") {
            return None; // KEEP with OVER, or with SUM/COUNT/AVG: left manual
        }
        let last = keep.child(Rule::LAST).is_some();
        let order = keep.child(Rule::order_by_clause)?;
        let mut keys = Vec::new();
        for item in order.children_of(Rule::order_item) {
            let expr = self.render(item.child(Rule::expr)?);
            let descending = item.child(Rule::DESC).is_some();
            // Oracle's default: NULLS LAST ascending, NULLS FIRST descending.
            let nulls_first = match (item.child(Rule::FIRST), item.child(Rule::LAST)) {
                (Some(_), _) => true,
                (_, Some(_)) => false,
                _ => descending,
            };
            // LAST takes the other end of the same order.
            let (descending, nulls_first) = if last {
                (!descending, !nulls_first)
            } else {
                (descending, nulls_first)
            };
            keys.push(format!(
                "{expr} {} NULLS {}",
                if descending { "DESC" } else { "ASC" },
                if nulls_first { "FIRST" } else { "LAST" }
            ));
        }
        let value = self.render(args[0]);
        let tie = if name == "MAX" { "DESC" } else { "ASC" };
        let sql = format!(
            "(array_agg({value} ORDER BY {}, {value} {tie} NULLS LAST))[1]",
            keys.join(", ")
        );
        self.act(
            codes::KEEP_DENSE_RANK,
            node.span(),
            format!(
                "{name}(...) KEEP (DENSE_RANK {}) -> array_agg(... ORDER BY ...)[1]",
                if last { "LAST" } else { "FIRST" }
            ),
        );
        Some(Edit::replace(node.span(), sql))
    }

    /// `MEDIAN(x)` as an aggregate: `percentile_cont(0.5) WITHIN GROUP (ORDER BY x)`.
    pub(super) fn median(
        &mut self,
        node: SyntaxNode<'_>,
        args: &[SyntaxNode<'_>],
        suffixes: &[SyntaxNode<'_>],
    ) -> Option<Edit> {
        if args.len() != 1 || !suffixes.is_empty() || self.is_date(args[0]) {
            return None; // analytic MEDIAN, or of dates: percentile_cont takes neither
        }
        let value = self.render(args[0]);
        self.act(
            codes::MEDIAN_TO_PERCENTILE,
            node.span(),
            "MEDIAN -> percentile_cont(0.5): a double precision result",
        );
        Some(Edit::replace(
            node.span(),
            format!("percentile_cont(0.5) WITHIN GROUP (ORDER BY {value})"),
        ))
    }

    /// `RATIO_TO_REPORT(x) OVER (PARTITION BY p)`: `x` over the sum of `x` in its
    /// partition, divided as numeric (integer columns would truncate).
    pub(super) fn ratio_to_report(
        &mut self,
        node: SyntaxNode<'_>,
        args: &[SyntaxNode<'_>],
        suffixes: &[SyntaxNode<'_>],
    ) -> Option<Edit> {
        let over = suffixes.iter().find_map(|s| s.child(Rule::over_clause))?;
        if args.len() != 1 || suffixes.len() != 1 {
            return None;
        }
        let value = self.render(args[0]);
        let window = self.render(over);
        self.act(
            codes::RATIO_TO_REPORT,
            node.span(),
            "RATIO_TO_REPORT(x) OVER (...) -> x / sum(x) OVER (...)",
        );
        Some(Edit::replace(
            node.span(),
            format!("(({value})::numeric / sum({value}) {window})"),
        ))
    }
}
