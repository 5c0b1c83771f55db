//! Oracle's multi-table INSERT (`INSERT ALL|FIRST ... SELECT`) as one PostgreSQL
//! statement: the source query once, in a materialized CTE, and one data-modifying CTE
//! per INTO clause. It stays one statement, atomic, and reads the source once, as in
//! Oracle.

use super::Rewriter;
use crate::catalogue::codes;
use crate::convert::edit::Edit;
use crate::parser::{Rule, SyntaxNode};

/// One INTO clause and the condition its rows must meet.
struct Target {
    table: String,
    columns: String,
    values: Option<Vec<String>>,
    condition: Option<String>,
}

impl Rewriter<'_> {
    /// `insert_statement` holding a `multi_table_insert`, rewritten whole; `None` leaves
    /// it to the manual marker (DEFAULT values, LOG ERRORS, a subquery as target).
    pub(super) fn multi_table_insert(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let multi = node.child(Rule::multi_table_insert)?;
        if multi.descendant(Rule::error_logging_clause).is_some() {
            return None;
        }
        let first = multi.child(Rule::FIRST).is_some();
        let source = multi.child(Rule::select_statement)?;
        let before = self.actions.len();
        let mut targets = Vec::new();
        // Conditions seen so far, for FIRST (a row goes to the first WHEN that is true)
        // and ELSE (no WHEN is true). A NULL condition is not true.
        let mut earlier: Vec<String> = Vec::new();
        let none_true = |conditions: &[String]| {
            let any = conditions
                .iter()
                .map(|c| format!("coalesce(({c}), false)"))
                .collect::<Vec<_>>()
                .join(" OR ");
            format!("NOT ({any})")
        };
        let mut else_branch = false;
        for child in multi.children() {
            match child.kind() {
                Rule::ELSE => else_branch = true,
                Rule::conditional_insert_when => {
                    let Some(expr) = child.child(Rule::expr) else {
                        self.actions.truncate(before);
                        return None;
                    };
                    let condition = self.render(expr);
                    let guard = if first && !earlier.is_empty() {
                        format!("({condition}) AND {}", none_true(&earlier))
                    } else {
                        format!("({condition})")
                    };
                    earlier.push(condition);
                    for into in child.children_of(Rule::insert_into_clause) {
                        let Some(mut target) = self.insert_target(into) else {
                            self.actions.truncate(before);
                            return None;
                        };
                        target.condition = Some(guard.clone());
                        targets.push(target);
                    }
                }
                Rule::insert_into_clause => {
                    let Some(mut target) = self.insert_target(child) else {
                        self.actions.truncate(before);
                        return None;
                    };
                    if else_branch {
                        target.condition = Some(none_true(&earlier));
                    }
                    targets.push(target);
                }
                _ => {}
            }
        }
        if targets.is_empty() {
            self.actions.truncate(before);
            return None;
        }
        let source_sql = if compact_upper(source.text(self.text)) == "SELECT * FROM DUAL" {
            // DUAL's one row, with its one column.
            "SELECT 'X' AS dummy".to_owned()
        } else {
            self.render(source)
        };
        let mut parts = vec![format!("WITH ins_src AS MATERIALIZED (\n{source_sql}\n)")];
        let last = targets.len() - 1;
        let mut statements = Vec::new();
        for target in &targets {
            let select_list = target
                .values
                .as_ref()
                .map_or_else(|| "*".to_owned(), |v| v.join(", "));
            let filter = target
                .condition
                .as_ref()
                .map_or_else(String::new, |c| format!(" WHERE {c}"));
            statements.push(format!(
                "INSERT INTO {}{} SELECT {select_list} FROM ins_src{filter}",
                target.table, target.columns
            ));
        }
        for (i, statement) in statements.iter().enumerate().take(last) {
            parts.push(format!(", ins_{} AS ({statement})", i + 1));
        }
        parts.push(statements[last].clone());
        self.act(
            codes::MULTI_TABLE_INSERT,
            node.span(),
            format!(
                "INSERT {} with {} INTO clause(s) -> one statement with data-modifying CTEs",
                if first { "FIRST" } else { "ALL" },
                targets.len()
            ),
        );
        Some(Edit::replace(node.span(), parts.join("\n")))
    }

    fn insert_target(&mut self, into: SyntaxNode<'_>) -> Option<Target> {
        let table = into.child(Rule::dml_table_expression)?;
        if table.child(Rule::named_table).is_none() || into.child(Rule::table_alias).is_some() {
            return None;
        }
        let columns = into
            .child(Rule::insert_columns)
            .map_or_else(String::new, |c| format!(" {}", self.render(c)));
        // The VALUES clause follows its INTO clause as a sibling.
        let values = match next_sibling(into) {
            Some(v) if v.kind() == Rule::values_clause => {
                let row = v.child(Rule::values_row)?;
                if row.child(Rule::DEFAULT).is_some()
                    || v.children_of(Rule::values_row).count() != 1
                {
                    return None;
                }
                Some(
                    row.children_of(Rule::expr)
                        .map(|e| self.render(e))
                        .collect(),
                )
            }
            _ => None,
        };
        Some(Target {
            table: self.render(table),
            columns,
            values,
            condition: None,
        })
    }
}

fn next_sibling<'t>(node: SyntaxNode<'t>) -> Option<SyntaxNode<'t>> {
    let parent = node.ancestors().next()?;
    let mut children = parent.children().filter(|c| c.kind() != Rule::COMMENT);
    children.find(|c| c.span() == node.span())?;
    children.next()
}

fn compact_upper(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}
