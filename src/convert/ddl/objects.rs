//! Views, materialized views, synonyms and grants.

use super::Cx;
use crate::catalogue::codes;
use crate::convert::edit::Edit;
use crate::parser::{Rule, SyntaxNode};

pub(super) fn create_view(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let children: Vec<SyntaxNode<'_>> = node.children().collect();
    if let Some(object) = node.child(Rule::ddl_object_view_clause) {
        cx.set_manual(
            codes::TABLE_KIND_MANUAL,
            object.span(),
            "object views (OF type) have no PostgreSQL counterpart",
        );
        return;
    }
    let mut dropped = Vec::new();
    for child in &children {
        match child.kind() {
            Rule::ddl_view_modifier => {
                dropped.push(child.text(cx.text).to_uppercase());
                cx.delete_clause(*child, &children);
            }
            Rule::ddl_or_replace => {}
            Rule::ddl_view_name | Rule::ddl_view_query => cx.rewrite(*child),
            Rule::ddl_view_columns => {
                // Inline constraints on view columns are declarative only in Oracle.
                let has_constraints = child.descendant(Rule::ddl_inline_constraint).is_some()
                    || child.descendant(Rule::ddl_out_of_line_constraint).is_some();
                if has_constraints {
                    cx.set_manual(
                        codes::NOT_CONVERTED_STATEMENT,
                        child.span(),
                        "view constraints have no PostgreSQL counterpart",
                    );
                    return;
                }
                cx.rewrite(*child);
            }
            Rule::ddl_view_restriction => {
                let upper = child.text(cx.text).to_uppercase();
                if upper.contains("READ") {
                    cx.act(
                        codes::VIEW_READ_ONLY,
                        child.span(),
                        "WITH READ ONLY dropped: revoke DML privileges to keep the view read-only",
                    );
                    cx.delete_clause(*child, &children);
                } else if upper.contains("CONSTRAINT") {
                    dropped.push("CHECK OPTION CONSTRAINT name".to_owned());
                    cx.edits
                        .push(Edit::replace(child.span(), "WITH CHECK OPTION"));
                }
            }
            Rule::ddl_sharing_clause | Rule::ddl_default_collation | Rule::ddl_bequeath_clause => {
                dropped.push(
                    child
                        .text(cx.text)
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_uppercase(),
                );
                cx.delete_clause(*child, &children);
            }
            _ => {}
        }
    }
    // CREATE VIEW -> CREATE OR REPLACE VIEW, so deploy can be re-run.
    if node.child(Rule::ddl_or_replace).is_none() {
        if let Some(create) = node.child(Rule::CREATE) {
            cx.edits
                .push(Edit::insert(create.span().end as usize, " OR REPLACE"));
        }
    }
    if !dropped.is_empty() {
        cx.act(
            codes::VIEW_OPTIONS,
            node.span(),
            format!("dropped: {}", dropped.join(", ")),
        );
    }
}

pub(super) fn create_materialized_view(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let children: Vec<SyntaxNode<'_>> = node.children().collect();
    if node.child(Rule::ddl_mview_prebuilt).is_some() {
        cx.set_manual(
            codes::MATERIALIZED_VIEW,
            node.span(),
            "ON PREBUILT TABLE: the table exists; decide between a view and a materialized view",
        );
        return;
    }
    let mut deferred = false;
    for child in &children {
        match child.kind() {
            Rule::ddl_view_name | Rule::ddl_view_query | Rule::ddl_view_columns => {
                cx.rewrite(*child)
            }
            Rule::ddl_mview_build => {
                deferred = child.text(cx.text).to_uppercase().contains("DEFERRED");
                cx.delete_clause(*child, &children);
            }
            Rule::ddl_mview_refresh
            | Rule::ddl_mview_never_refresh
            | Rule::ddl_mview_for_update
            | Rule::ddl_mview_query_rewrite
            | Rule::ddl_mview_using_index
            | Rule::ddl_default_collation => cx.delete_clause(*child, &children),
            Rule::ddl_physical_attribute
            | Rule::ddl_parallel_clause
            | Rule::ddl_table_option
            | Rule::ddl_lob_storage_clause => cx.drop_clause(*child, &children),
            Rule::ddl_organization_clause
                if child.text(cx.text).to_uppercase().contains("HEAP") =>
            {
                cx.drop_clause(*child, &children)
            }
            Rule::ddl_partitioning_clause | Rule::ddl_organization_clause => {
                cx.set_manual(codes::MATERIALIZED_VIEW, child.span(), "partitioned or index-organized materialized views have no PostgreSQL counterpart");
                return;
            }
            _ => {}
        }
    }
    if deferred {
        cx.edits
            .push(Edit::insert(node.span().end as usize, " WITH NO DATA"));
    }
    cx.act(
        codes::MATERIALIZED_VIEW,
        node.span(),
        "materialized view: refreshed with REFRESH MATERIALIZED VIEW, on demand",
    );
}

pub(super) fn create_synonym(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let public = node.child(Rule::PUBLIC).is_some();
    let Some(target) = node.child(Rule::ddl_synonym_target) else {
        return;
    };
    let Some(name) = node.child(Rule::ddl_object_name) else {
        return;
    };
    if target.descendant(Rule::dblink).is_some() {
        cx.set_manual(
            codes::SYNONYM_MANUAL,
            node.span(),
            "synonym of a remote object (database link)",
        );
        return;
    }
    let target_sql = cx.render(target);
    let mut name_sql = cx.render(name);
    if public && !name_sql.contains('.') {
        name_sql = format!("public.{name_sql}");
    }
    // Whether the target is a table or view is known only to the graph; a view over
    // anything else fails to deploy, which the deploy test catches.
    cx.edits.push(Edit::replace(
        node.span(),
        format!("CREATE OR REPLACE VIEW {name_sql} AS SELECT * FROM {target_sql}"),
    ));
    cx.act(
        codes::SYNONYM,
        node.span(),
        format!("synonym -> view {name_sql} over {target_sql}"),
    );
}

pub(super) fn grant(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let upper = node.text(cx.text).to_uppercase();
    let on_object = upper.contains(" ON ");
    let code_privilege = [
        "EXECUTE",
        "DEBUG",
        "FLASHBACK",
        "QUERY REWRITE",
        "ON COMMIT REFRESH",
        "UNDER",
        "READ ON DIRECTORY",
        "WRITE ON DIRECTORY",
        "INHERIT",
        "ON SCHEMA",
    ]
    .iter()
    .any(|w| upper.contains(w));
    // GRANT role TO role: each "privilege" one word and no other option than WITH ADMIN
    // OPTION reads the same in PostgreSQL. A one-word system privilege (SYSDBA) or an
    // Oracle-supplied role (CONNECT) is never created by the input, so the program step
    // (grants_to_missing_roles) holds such a grant back.
    let role_grant = !on_object
        && node.child(Rule::ddl_privilege_list).is_some_and(|list| {
            list.children_of(Rule::ddl_privilege).all(|p| {
                p.child(Rule::ddl_column_list).is_none()
                    && p.text(cx.text).split_whitespace().count() == 1
                    && !p.text(cx.text).eq_ignore_ascii_case("ALL")
            })
        })
        && node.children_of(Rule::ddl_grant_option).all(|o| {
            o.text(cx.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_uppercase()
                == "WITH ADMIN OPTION"
        });
    if role_grant {
        cx.rewrite(node);
        cx.act(
            codes::GRANT,
            node.span(),
            "role grant kept; the granted roles and the grantees must exist",
        );
        return;
    }
    if !on_object || code_privilege || upper.contains("ADMIN OPTION") || upper.contains("HIERARCHY")
    {
        cx.set_manual(codes::GRANT_MANUAL, node.span(), "system privileges, role grants and privileges on code need a PostgreSQL security design");
        return;
    }
    cx.rewrite(node);
    cx.act(
        codes::GRANT,
        node.span(),
        "object privilege grant kept; the grantee roles must exist",
    );
}

pub(super) fn create_role(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let Some(name) = node.child(Rule::ddl_role_name) else {
        return;
    };
    let role = cx.render(name);
    let password = node
        .children_of(Rule::ddl_role_option)
        .any(|o| o.text(cx.text).to_uppercase().starts_with("IDENTIFIED"));
    // Roles belong to the cluster: create it unless another database already did.
    cx.edits.push(Edit::replace(
        node.span(),
        format!(
            "DO $$ BEGIN CREATE ROLE {role}; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        ),
    ));
    let note = if password {
        "; its password is not carried over"
    } else {
        ""
    };
    cx.act(
        codes::ROLE,
        node.span(),
        format!("role {role} created unless it exists{note}"),
    );
}
