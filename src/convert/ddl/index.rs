//! CREATE INDEX.

use super::Cx;
use crate::catalogue::codes;
use crate::convert::edit::Edit;
use crate::parser::{Rule, SyntaxNode};

pub(super) fn create_index(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let children: Vec<SyntaxNode<'_>> = node.children().collect();
    if let Some(cluster) = node.child(Rule::ddl_index_cluster) {
        cx.set_manual(
            codes::INDEX_MANUAL,
            cluster.span(),
            "cluster indexes have no PostgreSQL counterpart",
        );
        return;
    }
    if let Some(join) = node.child(Rule::ddl_bitmap_join_clause) {
        cx.set_manual(
            codes::INDEX_MANUAL,
            join.span(),
            "bitmap join indexes have no PostgreSQL counterpart",
        );
        return;
    }
    if let Some(domain) = node.child(Rule::ddl_domain_index_clause) {
        cx.set_manual(
            codes::INDEX_MANUAL,
            domain.span(),
            "domain indexes (INDEXTYPE IS ...) need a PostgreSQL design (full-text, PostGIS)",
        );
        return;
    }
    if let Some(global) = node.child(Rule::ddl_global_partitioned_index) {
        if global.child(Rule::ddl_partitioning_clause).is_some() {
            cx.set_manual(
                codes::INDEX_MANUAL,
                global.span(),
                "globally partitioned indexes have no PostgreSQL counterpart",
            );
            return;
        }
    }
    if let Some(columns) = node.child(Rule::ddl_index_columns) {
        if let Some(function) = cx.rw.first_not_immutable(columns) {
            cx.set_manual(
                codes::NOT_IMMUTABLE_EXPRESSION,
                columns.span(),
                format!("{function} is not IMMUTABLE in PostgreSQL, so it cannot be used in an index expression"),
            );
            return;
        }
    }
    let mut dropped_options = Vec::new();
    for child in &children {
        match child.kind() {
            Rule::ddl_index_kind => {
                let upper = child.text(cx.text).to_uppercase();
                match upper.as_str() {
                    "BITMAP" => {
                        cx.act(
                            codes::BITMAP_INDEX,
                            child.span(),
                            "bitmap index -> B-tree index",
                        );
                        cx.delete_clause(*child, &children);
                    }
                    "UNIQUE" => {}
                    _ => {
                        cx.set_manual(
                            codes::INDEX_MANUAL,
                            child.span(),
                            format!("{upper} indexes have no PostgreSQL counterpart"),
                        );
                        return;
                    }
                }
            }
            // An index lives in its table's schema: PostgreSQL refuses a qualified name.
            Rule::ddl_index_name => {
                let name = cx.unqualified(*child);
                cx.edits.push(Edit::replace(child.span(), name));
            }
            Rule::ddl_table_name | Rule::ddl_index_columns | Rule::ddl_table_alias => {
                cx.rewrite(*child)
            }
            Rule::ddl_index_option => {
                let upper = child
                    .text(cx.text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_uppercase();
                match upper.as_str() {
                    "REVERSE" => {
                        cx.act(codes::REVERSE_INDEX, child.span(), "REVERSE dropped");
                        cx.delete_clause(*child, &children);
                    }
                    "INVISIBLE" | "UNUSABLE" => {
                        cx.set_manual(codes::INDEX_MANUAL, child.span(), format!("{upper} indexes have no PostgreSQL counterpart: decide whether it is wanted"));
                        return;
                    }
                    _ => {
                        dropped_options.push(upper);
                        cx.delete_clause(*child, &children);
                    }
                }
            }
            Rule::ddl_local_partitioned_index | Rule::ddl_global_partitioned_index => {
                dropped_options.push(
                    child
                        .text(cx.text)
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_uppercase(),
                );
                cx.delete_clause(*child, &children);
            }
            Rule::ddl_physical_attribute | Rule::ddl_parallel_clause => {
                cx.drop_clause(*child, &children)
            }
            _ => {}
        }
    }
    if !dropped_options.is_empty() {
        cx.act(
            codes::INDEX_OPTIONS_DROPPED,
            node.span(),
            format!("dropped: {}", dropped_options.join(", ")),
        );
    }
    // An index on an expression keeps its parentheses; PostgreSQL needs an extra pair
    // around any expression that is not a plain column or a function call.
    if let Some(columns) = node.child(Rule::ddl_index_columns) {
        for column in columns.children_of(Rule::ddl_index_column) {
            let Some(expr) = column.child(Rule::expr) else {
                continue;
            };
            let simple = expr
                .descendant(Rule::function_or_name)
                .is_some_and(|f| f.span() == expr.span());
            if !simple && !expr.text(cx.text).trim_start().starts_with('(') {
                cx.edits.push(Edit::insert(expr.span().start as usize, "("));
                cx.edits.push(Edit::insert(expr.span().end as usize, ")"));
            }
        }
    }
}
