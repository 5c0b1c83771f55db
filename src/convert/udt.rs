//! User-defined types as PostgreSQL types: an object type's attributes become a
//! composite type, a nested table or VARRAY a domain over an array. Methods (bodies in
//! TYPE BODY) and inheritance have no counterpart and are reported.

use super::expr::Rewriter;
use super::{Action, Converted, Rules};
use crate::catalogue::codes;
use crate::parser::{Rule, SyntaxNode};
use crate::source::Span;

pub(super) fn convert_type(rules: &Rules, text: &str, unit: SyntaxNode<'_>) -> Converted {
    let whole = Span::new(0, text.len());
    let Some(ty) = unit.child(Rule::pl_type_unit) else {
        return Converted::manual(
            codes::NOT_CONVERTED_STATEMENT,
            whole,
            "TYPE is not converted yet",
        );
    };
    let Some(name) = ty.child(Rule::pl_unit_name) else {
        return Converted::manual(codes::NOT_CONVERTED_STATEMENT, whole, "TYPE without a name");
    };
    let mut rw = Rewriter::new(rules, text);
    let pg_name = rw.render(name);
    let sql = if let Some(object) = ty.child(Rule::pl_object_type_def) {
        let attributes: Vec<String> = object
            .children_of(Rule::pl_type_attribute)
            .filter_map(|a| {
                let attribute = a.child(Rule::identifier)?;
                let datatype = a.child(Rule::datatype)?;
                Some(format!("{} {}", rw.render(attribute), rw.render(datatype)))
            })
            .collect();
        if attributes.is_empty() {
            return Converted::manual(
                codes::NOT_CONVERTED_STATEMENT,
                whole,
                "an object type without attributes (an incomplete or forward declaration) is not converted",
            );
        }
        let methods = object.children_of(Rule::pl_type_method_spec).count();
        if methods > 0 {
            rw.actions.push(Action {
                code: codes::OBJECT_TYPE_METHODS,
                span: object.span(),
                message: format!(
                    "{methods} method(s) not converted: write them as functions taking the type"
                ),
            });
        }
        format!(
            "CREATE TYPE {pg_name} AS (\n  {}\n)",
            attributes.join(",\n  ")
        )
    } else if let Some(collection) = ty
        .child(Rule::pl_table_type)
        .filter(|t| t.child(Rule::pl_index_by).is_none())
        .or_else(|| ty.child(Rule::pl_varray_type))
    {
        let Some(element) = collection.child(Rule::datatype) else {
            return Converted::manual(
                codes::NOT_CONVERTED_STATEMENT,
                whole,
                "collection type without an element type",
            );
        };
        let element = rw.render(element);
        let limit = (collection.kind() == Rule::pl_varray_type)
            .then(|| collection.child(Rule::arith_expr).map(|l| rw.render(l)))
            .flatten();
        rw.actions.push(Action {
            code: codes::COLLECTION_TYPE_AS_ARRAY,
            span: collection.span(),
            message: "collection type -> domain over an array".to_owned(),
        });
        match limit {
            Some(limit) => format!(
                "CREATE DOMAIN {pg_name} AS {element}[] CHECK (cardinality(VALUE) <= {limit})"
            ),
            None => format!("CREATE DOMAIN {pg_name} AS {element}[]"),
        }
    } else {
        // UNDER (inheritance), INDEX BY tables (PL/SQL only), incomplete types.
        return Converted::manual(
            codes::NOT_CONVERTED_STATEMENT,
            whole,
            "this TYPE form (UNDER, INDEX BY, incomplete) is not converted yet",
        );
    };
    Converted::from_actions(Some(sql), rw.actions)
}
