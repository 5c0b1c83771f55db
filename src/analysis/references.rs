//! References from statements to objects, read off the syntax trees.

use crate::ir::Program;
use crate::parser::{Rule, SyntaxNode};
use crate::reader::{Script, StatementKind};
use crate::source::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// A table or view in a query, DML, index, comment or grant.
    Relation,
    /// The parent table of a foreign key.
    ForeignKey,
    /// A function, procedure or package member call, with or without parentheses.
    Call,
    Sequence,
    /// A user-defined type in a declaration, a column or an attribute; the type of an
    /// object table or view (`OF type`); a supertype (`UNDER type`).
    Type,
    /// The table a trigger fires on.
    TriggerTable,
    /// The target of a synonym.
    SynonymTarget,
    /// A database link.
    DatabaseLink,
    /// The specification a package body or type body belongs to.
    Specification,
}

/// One reference.
#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    /// The statement that makes the reference.
    pub statement: usize,
    pub kind: ReferenceKind,
    /// The name as Oracle resolves it: parts in upper case unless quoted.
    pub parts: Vec<String>,
    /// Where it is, relative to the statement text.
    pub span: Span,
    /// What it resolved to: a graph node index, or `None` when nothing in the input (nor
    /// an Oracle-supplied package) matched.
    pub resolved: Option<usize>,
}

fn name_parts(node: SyntaxNode<'_>, text: &str) -> Vec<String> {
    node.children()
        .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
        .map(|c| crate::reader::head::normalize_identifier(c.text(text)))
        .collect()
}

/// Every reference in every parsed statement.
pub fn collect(script: &Script, program: &Program) -> Vec<Reference> {
    let mut out = Vec::new();
    for (index, statement) in script.statements().enumerate() {
        let Some(tree) = &program.units[index].tree else {
            continue;
        };
        let text = statement.text(&script.sources);
        let mut push = |kind: ReferenceKind, node: SyntaxNode<'_>, parts: Vec<String>| {
            if !parts.is_empty() {
                out.push(Reference {
                    statement: index,
                    kind,
                    parts,
                    span: node.span(),
                    resolved: None,
                });
            }
        };
        // The object a DDL statement defines is not a reference to itself.
        let defined = tree
            .nodes()
            .find(|n| {
                matches!(
                    n.kind(),
                    Rule::ddl_table_name
                        | Rule::ddl_view_name
                        | Rule::ddl_sequence_name
                        | Rule::pl_unit_name
                        | Rule::ddl_index_name
                )
            })
            .map(|n| n.span());
        let defines_table = statement.head.kind.creates_object();
        // A body needs its specification, whether or not its text names it again (Oracle
        // records the same dependency). The graph keeps body and specification as one
        // node, so this adds no edge; it makes the report's `depends_on` of the body
        // name the specification, and holds a converted body back with its spec.
        if matches!(
            statement.head.kind,
            StatementKind::PackageBody | StatementKind::TypeBody
        ) {
            if let Some(name) = tree
                .nodes()
                .find(|n| n.kind() == Rule::pl_unit_name)
                .and_then(|n| n.child(Rule::qualified_name))
            {
                push(ReferenceKind::Specification, name, name_parts(name, text));
            }
        }
        // PL/SQL resolves local names first: variables, parameters, loop indexes, types
        // and cursors declared in the unit are not references to schema objects.
        let locals: std::collections::BTreeSet<String> = tree
            .nodes()
            .filter(|n| {
                matches!(
                    n.kind(),
                    Rule::pl_decl_name | Rule::pl_parameter_name | Rule::pl_loop_index
                )
            })
            .map(|n| crate::reader::head::normalize_identifier(n.text(text).trim()))
            .chain(
                // Nested and package-local subprograms, by their first name.
                tree.nodes()
                    .filter(|n| {
                        matches!(
                            n.kind(),
                            Rule::pl_function_definition
                                | Rule::pl_procedure_definition
                                | Rule::pl_function_declaration
                                | Rule::pl_procedure_declaration
                        )
                    })
                    .filter_map(|n| n.descendant(Rule::identifier))
                    .map(|n| crate::reader::head::normalize_identifier(n.text(text).trim())),
            )
            .collect();
        // A PL/SQL statement that is only a name (`refresh_all;`, `pkg.reset;`) calls a
        // procedure without parentheses; elsewhere a bare name is a column or variable.
        let bare_calls: std::collections::BTreeSet<(u32, u32)> = tree
            .nodes()
            .filter(|n| n.kind() == Rule::pl_call)
            .filter_map(|n| n.child(Rule::function_or_name))
            .map(|n| (n.span().start, n.span().end))
            .collect();
        for node in tree.nodes() {
            match node.kind() {
                Rule::named_table => {
                    // obj@link lives in another database: the link is the dependency.
                    if let Some(name) = node
                        .descendant(Rule::qualified_name)
                        .filter(|n| n.child(Rule::dblink).is_none())
                    {
                        push(ReferenceKind::Relation, name, name_parts(name, text));
                    }
                }
                Rule::ddl_table_name if !(defines_table && Some(node.span()) == defined) => {
                    if let Some(name) = node.child(Rule::qualified_name) {
                        push(ReferenceKind::Relation, name, name_parts(name, text));
                    }
                }
                // COMMENT ON and GRANT ... ON need their object to exist.
                Rule::ddl_comment => {
                    let on_column = node
                        .child(Rule::ddl_comment_kind)
                        .is_some_and(|k| k.child(Rule::COLUMN).is_some());
                    if let Some(name) = node
                        .child(Rule::ddl_comment_target)
                        .and_then(|t| t.child(Rule::qualified_name))
                    {
                        let mut parts = name_parts(name, text);
                        if on_column {
                            parts.pop();
                        }
                        if !parts.is_empty() {
                            push(ReferenceKind::Relation, name, parts);
                        }
                    }
                }
                Rule::ddl_grant_object if node.child(Rule::ddl_grant_object_kind).is_none() => {
                    if let Some(name) = node.child(Rule::qualified_name) {
                        push(ReferenceKind::Relation, name, name_parts(name, text));
                    }
                }
                Rule::ddl_referenced_table => {
                    if let Some(name) = node.child(Rule::qualified_name) {
                        push(ReferenceKind::ForeignKey, name, name_parts(name, text));
                    }
                }
                Rule::ddl_synonym_target => {
                    if let Some(name) = node.child(Rule::qualified_name) {
                        push(ReferenceKind::SynonymTarget, name, name_parts(name, text));
                    }
                }
                // `CREATE TABLE t OF type`, object views and materialized views `OF type`,
                // and a subtype `UNDER` its supertype all need the type to exist first.
                Rule::ddl_type_reference | Rule::pl_under_clause => {
                    if let Some(name) = node.child(Rule::qualified_name) {
                        push(ReferenceKind::Type, name, name_parts(name, text));
                    }
                }
                Rule::pl_trigger_target => {
                    if let Some(name) = node.child(Rule::qualified_name) {
                        push(ReferenceKind::TriggerTable, name, name_parts(name, text));
                    }
                }
                Rule::dblink => {
                    let link: Vec<String> = node
                        .children()
                        .filter(|c| matches!(c.kind(), Rule::member_name))
                        .map(|c| c.text(text).to_uppercase())
                        .collect();
                    push(ReferenceKind::DatabaseLink, node, vec![link.join(".")]);
                }
                Rule::function_or_name => {
                    // Tables in FROM are named_table; here only calls and sequences.
                    let Some(name) = node.child(Rule::qualified_name) else {
                        continue;
                    };
                    let parts = name_parts(name, text);
                    let last = parts.last().map(String::as_str).unwrap_or("");
                    if parts.first().is_some_and(|p| locals.contains(p)) {
                        continue;
                    }
                    let bare_call = bare_calls.contains(&(node.span().start, node.span().end));
                    if node.child(Rule::call_args).is_some() || bare_call {
                        let inside_from = parent_is_named_table(tree, node);
                        if !inside_from && !is_builtin(&parts) {
                            push(ReferenceKind::Call, name, parts);
                        }
                    } else if parts.len() >= 2 && (last == "NEXTVAL" || last == "CURRVAL") {
                        push(
                            ReferenceKind::Sequence,
                            name,
                            parts[..parts.len() - 1].to_vec(),
                        );
                    }
                }
                Rule::type_name
                    if !locals.contains(&crate::reader::head::normalize_identifier(
                        node.text(text).trim(),
                    )) =>
                {
                    let parts: Vec<String> = node
                        .text(text)
                        .split('.')
                        .map(|p| crate::reader::head::normalize_identifier(p.trim()))
                        .collect();
                    if parts.len() > 1 || !is_builtin_type(&parts[0]) {
                        push(ReferenceKind::Type, node, parts);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn parent_is_named_table(tree: &crate::parser::SyntaxTree, node: SyntaxNode<'_>) -> bool {
    tree.nodes()
        .filter(|n| n.kind() == Rule::named_table)
        .any(|n| n.span().start <= node.span().start && n.span().end >= node.span().end)
}

/// Calls of Oracle built-in SQL functions are not references to objects.
fn is_builtin(parts: &[String]) -> bool {
    if parts.len() != 1 {
        return false;
    }
    static RULES: std::sync::OnceLock<crate::convert::functions::FunctionRules> =
        std::sync::OnceLock::new();
    let rules = RULES.get_or_init(crate::convert::functions::FunctionRules::builtin);
    let name = parts[0].as_str();
    !matches!(
        rules.call(name, 0),
        crate::convert::functions::CallVerdict::Unknown
    ) || rules.call(name, 1) != crate::convert::functions::CallVerdict::Unknown
        || rules.call(name, 2) != crate::convert::functions::CallVerdict::Unknown
        || rules.call(name, 3) != crate::convert::functions::CallVerdict::Unknown
        || matches!(
            name,
            "DECODE"
                | "LISTAGG"
                | "SYS_CONTEXT"
                | "CAST"
                | "EXTRACT"
                | "TRIM"
                | "RAISE_APPLICATION_ERROR"
                | "SQLERRM"
                | "SQLCODE"
                | "NEW"
                | "XMLTABLE"
                | "JSON_TABLE"
                | "JSON_VALUE"
                | "JSON_QUERY"
                | "JSON_OBJECT"
                | "JSON_ARRAY"
                | "JSON_ARRAYAGG"
                | "JSON_OBJECTAGG"
                | "JSON_EXISTS"
                | "XMLQUERY"
                | "XMLEXISTS"
                | "NVL"
                | "TO_CHAR"
                | "TO_DATE"
                | "TO_NUMBER"
                | "TABLE"
                | "MULTISET"
                | "COALESCE"
        )
}

fn is_builtin_type(name: &str) -> bool {
    static TYPES: std::sync::OnceLock<crate::convert::types::TypeRules> =
        std::sync::OnceLock::new();
    let rules = TYPES.get_or_init(crate::convert::types::TypeRules::builtin);
    rules.knows(name)
        || matches!(
            name,
            "NUMBER"
                | "FLOAT"
                | "PLS_INTEGER"
                | "BINARY_INTEGER"
                | "SIMPLE_INTEGER"
                | "NATURAL"
                | "NATURALN"
                | "POSITIVE"
                | "POSITIVEN"
                | "SIGNTYPE"
                | "STRING"
                | "SYS_REFCURSOR"
                | "BOOLEAN"
                | "VARCHAR"
                | "DATE"
                | "TIMESTAMP"
        )
}
