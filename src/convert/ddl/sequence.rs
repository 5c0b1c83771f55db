//! CREATE SEQUENCE.

use super::Cx;
use super::table::sequence_option;
use crate::catalogue::codes;
use crate::convert::edit::Edit;
use crate::parser::{Rule, SyntaxNode};

pub(super) fn create_sequence(cx: &mut Cx<'_>, node: SyntaxNode<'_>) {
    let options: Vec<SyntaxNode<'_>> = node.children_of(Rule::ddl_sequence_option).collect();
    if let Some(name) = node.child(Rule::ddl_sequence_name) {
        cx.rewrite(name);
    }
    let mut dropped = Vec::new();
    let mut changed = false;
    for option in &options {
        let written = option
            .text(cx.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match sequence_option(cx, *option) {
            Some(sql) => {
                if sql != written {
                    changed = true;
                    cx.edits.push(Edit::replace(option.span(), sql));
                }
            }
            None => {
                dropped.push(written.to_uppercase());
                let siblings: Vec<SyntaxNode<'_>> = node.children().collect();
                cx.delete_clause(*option, &siblings);
            }
        }
    }
    if node.kind() == Rule::ddl_alter_sequence && dropped.len() == options.len() {
        // ALTER SEQUENCE s NOSCALE: nothing left to say in PostgreSQL.
        cx.no_main = true;
    }
    if changed || !dropped.is_empty() {
        let message = if dropped.is_empty() {
            "sequence options mapped".to_owned()
        } else {
            format!("sequence options mapped; dropped: {}", dropped.join(", "))
        };
        cx.act(codes::SEQUENCE_OPTIONS, node.span(), message);
    }
}
