//! Rewrites Oracle SQL inside a statement (views, defaults, check constraints, index
//! expressions, later PL/SQL) as span edits plus action items: function and pseudo-column
//! mappings from rules/functions.toml, names, data types, MINUS, FROM DUAL, sequences.
//!
//! The walk is top-down: a node a rule handles becomes one edit whose text is built from
//! the rendered (recursively rewritten) text of its parts; other nodes are descended into.
//! So edits never overlap, and nested calls (`NVL(TRUNC(d), SYSDATE)`) compose.

use super::edit::{Edit, apply};
use super::functions::{CallVerdict, FunctionRules, fill_template};
use super::names::Namer;
use super::types::{TypeOptions, TypeRules};
use crate::catalogue::{Code, codes};
use crate::parser::{Rule, SyntaxNode};
use crate::source::Span;

/// Everything conversion rules read: the rules data and the user's options.
#[derive(Debug)]
pub struct Rules {
    pub types: TypeRules,
    pub functions: FunctionRules,
    pub namer: Namer,
    pub type_options: TypeOptions,
    /// PostgreSQL extensions the rules' mappings need (from overlays), in the order
    /// first named; deploy.sql creates them before anything else.
    pub extensions: Vec<String>,
}

impl Rules {
    pub fn builtin() -> Self {
        Rules {
            types: TypeRules::builtin(),
            functions: FunctionRules::builtin(),
            namer: Namer::new(Default::default()),
            type_options: TypeOptions::default(),
            extensions: Vec::new(),
        }
    }

    /// Merges a rules overlay (`--target-ext`, `--rules`) over these rules; entries of
    /// the overlay win by key (docs/rules-override.md).
    pub fn apply_overlay(
        &mut self,
        overlay: &super::overlay::Overlay,
    ) -> Result<(), super::overlay::OverlayError> {
        self.types.apply(overlay)?;
        self.functions.apply(overlay)?;
        self.namer.add_reserved(&overlay.words);
        for extension in &overlay.extensions {
            if !self.extensions.contains(extension) {
                self.extensions.push(extension.clone());
            }
        }
        Ok(())
    }
}

/// An action recorded on a span of the statement text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub code: Code,
    pub span: Span,
    pub message: String,
}

/// Rewrites nodes of one statement's tree.
pub struct Rewriter<'a> {
    rules: &'a Rules,
    text: &'a str,
    pub actions: Vec<Action>,
    /// Upper-case names of columns known to hold dates or timestamps (the tables the
    /// statement names).
    pub date_columns: std::collections::BTreeSet<String>,
    /// Of those, the TIMESTAMP columns.
    timestamp_columns: std::collections::BTreeSet<String>,
    /// Upper-case names of INTERVAL columns.
    interval_columns: std::collections::BTreeSet<String>,
    /// Every column name whose type the statement's tables tell.
    known_columns: std::collections::BTreeSet<String>,
    /// Set while the join rewrite renders conditions whose (+) it removes itself.
    suppress_outer_join: bool,
    /// Aliases given to subqueries in FROM (sq1, sq2, ...).
    subquery_aliases: usize,
    /// Set inside COMMENT ON COLUMN, whose target's schema is the first of three parts.
    column_comment: bool,
    /// Set while a hierarchical query's parts are rendered (hierarchical.rs).
    substitutions: hierarchical::Substitutions,
    /// Columns of the tables the statement names, by the span of the name.
    pub relation_columns: super::RelationColumns,
}

impl<'a> Rewriter<'a> {
    pub fn new(rules: &'a Rules, text: &'a str) -> Self {
        Rewriter {
            rules,
            text,
            actions: Vec::new(),
            date_columns: Default::default(),
            timestamp_columns: Default::default(),
            interval_columns: Default::default(),
            known_columns: Default::default(),
            suppress_outer_join: false,
            subquery_aliases: 0,
            column_comment: false,
            substitutions: Default::default(),
            relation_columns: Default::default(),
        }
    }

    /// Takes the datetime columns of the tables the statement names.
    pub fn set_column_kinds(&mut self, kinds: &super::ColumnKinds) {
        self.date_columns = kinds.dates.clone();
        self.timestamp_columns = kinds.timestamps.clone();
        self.interval_columns = kinds.intervals.clone();
        self.known_columns = kinds.known.clone();
    }

    /// The upper-case column name of an operand that is only a (qualified) column
    /// reference: `a.appt_end` -> `APPT_END`.
    fn column_reference(&self, operand: SyntaxNode<'_>) -> Option<String> {
        if operand.children().count() != 1 {
            return None; // a postfix: a member, (+), AT TIME ZONE ...
        }
        let first = operand.child(Rule::primary)?.children().next()?;
        if first.kind() != Rule::function_or_name || first.children().count() != 1 {
            return None; // call arguments or a call suffix
        }
        let name = first.child(Rule::qualified_name)?;
        let last = name
            .children()
            .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
            .last()?;
        Some(last.text(self.text).trim_matches('"').to_uppercase())
    }

    /// A column reference whose type the statement's tables do not tell (a view's
    /// column, say), and not a function written without parentheses (SYSDATE).
    fn unknown_column(&self, operand: SyntaxNode<'_>) -> bool {
        self.column_reference(operand).is_some_and(|name| {
            !self.known_columns.contains(&name) && self.rules.functions.name(&name).is_none()
        })
    }

    /// The type named by `CAST(x AS type)`, upper-case.
    fn cast_type(&self, operand: SyntaxNode<'_>) -> Option<String> {
        let first = operand.child(Rule::primary)?.children().next()?;
        (first.kind() == Rule::cast_expr)
            .then(|| first.child(Rule::datatype))
            .flatten()
            .map(|t| t.text(self.text).trim().to_uppercase())
    }

    pub fn rules(&self) -> &'a Rules {
        self.rules
    }

    /// The first call or pseudo-column inside `node` whose PostgreSQL counterpart is not
    /// IMMUTABLE (so not allowed in an index expression or a generated column).
    pub fn first_not_immutable(&self, node: SyntaxNode<'_>) -> Option<String> {
        node.descendants()
            .filter(|d| d.kind() == Rule::function_or_name)
            .filter_map(|f| {
                let name = f.child(Rule::qualified_name)?;
                let first = name.children().next()?;
                let word = first.text(self.text).trim_matches('"').to_uppercase();
                (name.children().count() == 1 || word == "DBMS_RANDOM").then_some(word)
            })
            .find(|w| self.rules.functions.not_immutable(w))
    }

    /// The edits that convert everything inside `node` (and `node` itself).
    pub fn edits(&mut self, node: SyntaxNode<'_>) -> Vec<Edit> {
        let mut edits = Vec::new();
        self.visit(node, &mut edits);
        edits
    }

    /// `node`'s text with every conversion applied.
    pub fn render(&mut self, node: SyntaxNode<'_>) -> String {
        let edits = self.edits(node);
        apply(self.text, node.span(), &edits)
    }

    fn act(&mut self, code: Code, span: Span, message: impl Into<String>) {
        self.actions.push(Action {
            code,
            span,
            message: message.into(),
        });
    }

    fn visit_children(&mut self, node: SyntaxNode<'_>, edits: &mut Vec<Edit>) {
        if let Some(edit) = self.rewrite(node) {
            edits.push(edit);
            return;
        }
        for child in node.children() {
            self.visit(child, edits);
        }
    }

    fn visit(&mut self, node: SyntaxNode<'_>, edits: &mut Vec<Edit>) {
        if let Some(edit) = self.rewrite(node) {
            edits.push(edit);
            return;
        }
        for child in node.children() {
            self.visit(child, edits);
        }
    }

    /// A rule's edit for `node` as a whole, or `None` to descend into it. Rules that
    /// touch only part of a node push their own edits and return `None` after
    /// descending into the rest themselves.
    fn rewrite(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        if let Some(edit) = self.substituted(node) {
            return Some(edit);
        }
        match node.kind() {
            // Names of schema objects: a first part of two or more is the schema.
            Rule::named_table
            | Rule::ddl_table_name
            | Rule::ddl_view_name
            | Rule::ddl_sequence_name
            | Rule::ddl_object_name
            | Rule::ddl_referenced_table
            | Rule::ddl_synonym_target
            | Rule::ddl_grant_object
            | Rule::ddl_type_reference
            | Rule::ddl_lock_target
            | Rule::only_table
            | Rule::pl_unit_name
            | Rule::pl_trigger_target => self.object_name(node, 2),
            Rule::ddl_comment => {
                self.column_comment = node
                    .child(Rule::ddl_comment_kind)
                    .is_some_and(|k| k.child(Rule::COLUMN).is_some());
                None
            }
            Rule::ddl_comment_target => {
                self.object_name(node, if self.column_comment { 3 } else { 2 })
            }
            Rule::function_or_name => self.function_or_name(node),
            Rule::datatype => self.datatype(node),
            Rule::identifier | Rule::member_name => self.name(node),
            Rule::MINUS => {
                self.act(codes::MINUS_TO_EXCEPT, node.span(), "MINUS -> EXCEPT");
                Some(Edit::replace(node.span(), "EXCEPT"))
            }
            Rule::query_block => self.query_block(node),
            Rule::subquery => self.hierarchical(node).or_else(|| self.subquery(node)),
            Rule::table_reference => self
                .pivot_reference(node)
                .or_else(|| self.subquery_alias(node)),
            Rule::arith_expr => self.arith_expr(node),
            Rule::insert_statement if node.child(Rule::multi_table_insert).is_some() => {
                self.multi_table_insert(node)
            }
            Rule::interval_literal => self.interval_literal(node),
            Rule::number_literal => self.binary_float_literal(node),
            Rule::string_literal => self.q_quote(node),
            Rule::datetime_literal => self.date_literal(node),
            Rule::outer_join_marker if self.suppress_outer_join => None,
            Rule::outer_join_marker => {
                self.act(
                    codes::OUTER_JOIN_OPERATOR,
                    node.span(),
                    "(+) outer join: rewrite with LEFT/RIGHT JOIN",
                );
                None
            }
            Rule::ROWNUM => {
                self.act(
                    codes::ROWNUM,
                    node.span(),
                    "ROWNUM: rewrite with LIMIT or row_number()",
                );
                None
            }
            Rule::hierarchical_clause => {
                self.act(
                    codes::CONNECT_BY,
                    node.span(),
                    "CONNECT BY: rewrite with WITH RECURSIVE",
                );
                None
            }
            Rule::pivot_clause
            | Rule::unpivot_clause
            | Rule::model_clause
            | Rule::match_recognize_clause
            | Rule::flashback_clause
            | Rule::keep_clause
            | Rule::table_collection
            | Rule::multiset_expr
            | Rule::multi_table_insert
            | Rule::error_logging_clause
            | Rule::returning_clause
            | Rule::into_clause
            | Rule::bind_variable
            | Rule::dblink => {
                let what = construct_name(node.kind());
                self.act(
                    codes::SQL_CONSTRUCT_MANUAL,
                    node.span(),
                    format!("{what} has no direct PostgreSQL counterpart"),
                );
                None
            }
            Rule::dml_table_expression => {
                if node.child(Rule::subquery).is_some()
                    || node.child(Rule::partition_extension).is_some()
                {
                    self.act(codes::SQL_CONSTRUCT_MANUAL, node.span(), "DML on a subquery or a named partition has no direct PostgreSQL counterpart");
                }
                None
            }
            Rule::update_statement | Rule::delete_statement
                if node.child(Rule::from_list).is_some() =>
            {
                self.act(codes::SQL_CONSTRUCT_MANUAL, node.span(), "23ai joined UPDATE/DELETE ... FROM: rewrite with PostgreSQL's UPDATE ... FROM / DELETE ... USING");
                None
            }
            Rule::merge_update_clause
                if node
                    .children()
                    .filter(|c| c.kind() == Rule::where_clause)
                    .count()
                    > 0 =>
            {
                self.act(codes::SQL_CONSTRUCT_MANUAL, node.span(), "MERGE ... UPDATE ... WHERE / DELETE WHERE: rewrite as WHEN MATCHED AND ... THEN UPDATE / DELETE");
                None
            }
            Rule::merge_statement => self.merge(node),
            Rule::is_test if node.child(Rule::JSON_KW).is_some() => {
                self.act(
                    codes::SQL_CONSTRUCT_MANUAL,
                    node.span(),
                    "IS JSON needs PostgreSQL 16 (or a jsonb cast in a function)",
                );
                None
            }
            Rule::arith_op if node.text(self.text) == "||" => {
                self.act(
                    codes::STRING_CONCATENATION_NULL,
                    node.span(),
                    "`||` with a NULL operand gives NULL in PostgreSQL, not the other operand",
                );
                None
            }
            _ => None,
        }
    }

    /// Is this operand a date or timestamp, as far as the statement alone tells?
    fn is_date(&self, operand: SyntaxNode<'_>) -> bool {
        let Some(primary) = operand.child(Rule::primary) else {
            return false;
        };
        let Some(first) = primary.children().next() else {
            return false;
        };
        match first.kind() {
            Rule::datetime_literal => true,
            Rule::cast_expr => self
                .cast_type(operand)
                .is_some_and(|t| t.starts_with("DATE") || t.starts_with("TIMESTAMP")),
            Rule::paren_expr => first
                .child(Rule::expr_list)
                .filter(|l| l.children().count() == 1)
                .and_then(|l| l.descendant(Rule::arith_expr))
                .is_some_and(|a| {
                    let operands: Vec<SyntaxNode<'_>> = a.children_of(Rule::operand).collect();
                    let minus = a
                        .children_of(Rule::arith_op)
                        .next()
                        .is_some_and(|o| o.text(self.text) == "-");
                    // `(d1 - d2)` of two dates is a number of days, not a date.
                    let difference = operands.len() == 2 && minus && self.is_date(operands[1]);
                    operands.first().is_some_and(|o| self.is_date(*o)) && !difference
                }),
            Rule::function_or_name => {
                let Some(name) = first.child(Rule::qualified_name) else {
                    return false;
                };
                let parts: Vec<String> = name
                    .children()
                    .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
                    .map(|c| c.text(self.text).trim_matches('"').to_uppercase())
                    .collect();
                let Some(last) = parts.last() else {
                    return false;
                };
                if first.child(Rule::call_args).is_some() {
                    // TRUNC/ROUND of a date is a date, and so is the value a window,
                    // aggregate or NULL-handling function picks among dates.
                    let args = first.child(Rule::call_args);
                    if parts.len() == 1
                        && matches!(
                            last.as_str(),
                            "TRUNC"
                                | "ROUND"
                                | "LAG"
                                | "LEAD"
                                | "FIRST_VALUE"
                                | "LAST_VALUE"
                                | "NTH_VALUE"
                                | "MIN"
                                | "MAX"
                                | "NVL"
                                | "COALESCE"
                                | "GREATEST"
                                | "LEAST"
                        )
                    {
                        return args
                            .and_then(|a| a.children_of(Rule::call_arg).next())
                            .and_then(|a| a.descendant(Rule::arith_expr))
                            .is_some_and(|e| {
                                e.children().count() == 1
                                    && e.children_of(Rule::operand)
                                        .next()
                                        .is_some_and(|o| self.is_date(o))
                            });
                    }
                    return parts.len() == 1 && self.rules.functions.returns_date(last);
                }
                (parts.len() == 1 && self.rules.functions.returns_date(last))
                    || self.date_columns.contains(last)
            }
            _ => false,
        }
    }

    /// `3.0f` / `7.25d`: BINARY_FLOAT / BINARY_DOUBLE literals, typed by a cast.
    fn binary_float_literal(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let text = node.text(self.text);
        let (number, pg_type) = match text.as_bytes().last()? {
            b'f' | b'F' => (&text[..text.len() - 1], "real"),
            b'd' | b'D' => (&text[..text.len() - 1], "double precision"),
            _ => return None,
        };
        self.act(
            codes::BINARY_FLOAT_LITERAL,
            node.span(),
            format!("{text} -> {number}::{pg_type}"),
        );
        Some(Edit::replace(node.span(), format!("{number}::{pg_type}")))
    }

    /// `INTERVAL '123' DAY(3)`: PostgreSQL has no leading precision. A single SECOND
    /// field keeps its fractional precision: `SECOND(2, 3)` -> `SECOND(3)`.
    fn interval_literal(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let pair = node.child(Rule::precision_pair)?;
        let numbers: Vec<&str> = pair
            .children_of(Rule::number_literal)
            .map(|n| n.text(self.text))
            .collect();
        let single_second = node.children_of(Rule::interval_unit).count() == 1
            && node
                .child(Rule::interval_unit)
                .is_some_and(|u| u.text(self.text).eq_ignore_ascii_case("second"));
        let replacement = match (single_second, numbers.as_slice()) {
            (true, [_, fraction]) => format!("({fraction})"),
            _ => String::new(),
        };
        self.act(
            codes::INTERVAL_LEADING_PRECISION,
            pair.span(),
            format!("leading precision {} dropped", pair.text(self.text)),
        );
        let mut edits = Vec::new();
        for child in node.children() {
            if child.span() == pair.span() {
                continue;
            }
            self.visit(child, &mut edits);
        }
        edits.push(Edit::replace(pair.span(), replacement));
        Some(Edit::replace(
            node.span(),
            apply(self.text, node.span(), &edits),
        ))
    }

    /// An interval of years and months: INTERVAL '1' MONTH, NUMTOYMINTERVAL, TO_YMINTERVAL.
    fn is_year_month_interval(&self, operand: SyntaxNode<'_>) -> bool {
        let text = operand.text(self.text).to_uppercase();
        if text.starts_with("NUMTOYMINTERVAL") || text.starts_with("TO_YMINTERVAL") {
            return true;
        }
        operand.descendant(Rule::interval_literal).is_some_and(|i| {
            i.children_of(Rule::interval_unit).all(|u| {
                let unit = u.text(self.text).to_uppercase();
                unit == "YEAR" || unit == "MONTH"
            })
        })
    }

    /// A TIMESTAMP (not a DATE) value: subtracting it gives an interval in both databases.
    fn is_timestamp(&self, operand: SyntaxNode<'_>) -> bool {
        if self
            .column_reference(operand)
            .is_some_and(|c| self.timestamp_columns.contains(&c))
            || self
                .cast_type(operand)
                .is_some_and(|t| t.starts_with("TIMESTAMP"))
        {
            return true;
        }
        let text = operand
            .text(self.text)
            .trim_start_matches('(')
            .to_uppercase();
        [
            "TIMESTAMP",
            "SYSTIMESTAMP",
            "CURRENT_TIMESTAMP",
            "LOCALTIMESTAMP",
            "TO_TIMESTAMP",
            "FROM_TZ",
        ]
        .iter()
        .any(|prefix| {
            text.strip_prefix(prefix).is_some_and(|rest| {
                !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$' || c == '#')
                    || rest.starts_with("_TZ")
            })
        })
    }

    fn is_interval(&self, operand: SyntaxNode<'_>) -> bool {
        self.column_reference(operand)
            .is_some_and(|c| self.interval_columns.contains(&c))
            || operand
                .descendant(Rule::interval_literal)
                .is_some_and(|i| i.span() == operand.span())
            || [
                "NUMTODSINTERVAL",
                "NUMTOYMINTERVAL",
                "TO_DSINTERVAL",
                "TO_YMINTERVAL",
            ]
            .iter()
            .any(|f| operand.text(self.text).to_uppercase().starts_with(f))
    }

    /// Arithmetic whose meaning differs: `date + n` -> `date + (n) * interval '1 day'`,
    /// `d1 - d2` -> days as a number, and `17/24` (Oracle divides exactly, PostgreSQL's
    /// integers truncate: 0) -> `17::numeric/24`.
    fn arith_expr(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let children: Vec<SyntaxNode<'_>> = node
            .children()
            .filter(|c| c.kind() != Rule::COMMENT)
            .collect();
        let operands: Vec<SyntaxNode<'_>> = children
            .iter()
            .copied()
            .filter(|c| c.kind() == Rule::operand)
            .collect();
        let operators: Vec<String> = children
            .iter()
            .filter(|c| c.kind() == Rule::arith_op)
            .map(|c| c.text(self.text).to_owned())
            .collect();
        if operands.len() < 2 || operators.len() != operands.len() - 1 {
            return None;
        }
        let mut extra = self.integer_division(&operands, &operators);
        match self.date_arithmetic(node, &operands, &operators) {
            DateArithmetic::Whole(edit) => return Some(edit),
            DateArithmetic::Edits(edits) => extra.extend(edits),
        }
        if extra.is_empty() {
            return None;
        }
        let mut edits = Vec::new();
        for child in node.children() {
            self.visit(child, &mut edits);
        }
        edits.extend(extra);
        Some(Edit::replace(
            node.span(),
            apply(self.text, node.span(), &edits),
        ))
    }

    /// An integer literal divided by something: cast to numeric so the quotient keeps
    /// its fraction, as Oracle's NUMBER division does.
    fn integer_division(&mut self, operands: &[SyntaxNode<'_>], operators: &[String]) -> Vec<Edit> {
        let mut edits = Vec::new();
        for (i, op) in operators.iter().enumerate() {
            let dividend = operands[i];
            let text = dividend.text(self.text);
            if op != "/" || text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            edits.push(Edit::insert(dividend.span().end as usize, "::numeric"));
            self.act(
                codes::INTEGER_LITERAL_DIVISION,
                dividend.span(),
                format!("{text}/... -> {text}::numeric/... (exact division)"),
            );
        }
        edits
    }

    /// `date + n` -> `date + (n) * interval '1 day'`; `d1 - d2` -> days as a number.
    /// The chain is read as Oracle does: `*` and `/` bind tighter than `+`, `-` and `||`,
    /// so `TRUNC(d) + 17/24 + 30/1440` adds two day fractions.
    fn date_arithmetic(
        &mut self,
        node: SyntaxNode<'_>,
        operands: &[SyntaxNode<'_>],
        operators: &[String],
    ) -> DateArithmetic {
        // Additive terms: (operator before the term, first operand, last operand).
        let mut terms: Vec<(Option<&str>, usize, usize)> = vec![(None, 0, 0)];
        for (i, op) in operators.iter().enumerate() {
            if matches!(op.as_str(), "+" | "-" | "||") {
                terms.push((Some(op.as_str()), i + 1, i + 1));
            } else if let Some(last) = terms.last_mut() {
                last.2 = i + 1;
            }
        }
        let (_, first_start, first_end) = terms[0];
        if first_start != first_end || !self.is_date(operands[first_start]) {
            return DateArithmetic::Edits(Vec::new());
        }
        let mut extra = Vec::new();
        for &(op, start, end) in &terms[1..] {
            let Some(op) = op.filter(|op| matches!(*op, "+" | "-")) else {
                break;
            };
            if start == end {
                let right = operands[start];
                if self.is_interval(right) {
                    if self.is_year_month_interval(right) {
                        self.act(
                            codes::MONTH_INTERVAL_AT_MONTH_END,
                            right.span(),
                            "date +/- a year-month interval: Oracle raises ORA-01839 when the day does not exist in the target month, PostgreSQL takes the month's last day",
                        );
                    }
                    continue;
                }
                if self.is_date(right) {
                    if self.is_timestamp(operands[0]) || self.is_timestamp(right) {
                        // Oracle subtracts timestamps to an INTERVAL DAY TO SECOND, as
                        // PostgreSQL does: nothing to change.
                        break;
                    }
                    if op == "-" && operands.len() == 2 {
                        let left = self.render(operands[0]);
                        let right = self.render(right);
                        self.act(
                            codes::DATE_ARITHMETIC,
                            node.span(),
                            "date - date -> number of days",
                        );
                        return DateArithmetic::Whole(Edit::replace(
                            node.span(),
                            format!("(EXTRACT(EPOCH FROM ({left} - {right})) / 86400)"),
                        ));
                    }
                    break; // a number of days from here on
                }
                if operands.len() == 2
                    && self.unknown_column(right)
                    && !self.is_timestamp(operands[0])
                {
                    // A view's column, say: a DATE (days between), a number of days or
                    // an interval. PostgreSQL picks the oracompat overload by its type.
                    let function = if op == "-" { "date_minus" } else { "date_plus" };
                    let left = self.render(operands[0]);
                    let right = self.render(right);
                    self.act(
                        codes::DATE_ARITHMETIC_UNKNOWN_TYPE,
                        node.span(),
                        format!(
                            "date {op} column of a type unknown here -> oracompat.{function} (days between dates, or a date)"
                        ),
                    );
                    return DateArithmetic::Whole(Edit::replace(
                        node.span(),
                        format!("oracompat.{function}({left}, {right})"),
                    ));
                }
            }
            let span = operands[start].span().cover(operands[end].span());
            extra.push(Edit::insert(span.start as usize, "("));
            extra.push(Edit::insert(span.end as usize, ") * interval '1 day'"));
            self.act(
                codes::DATE_ARITHMETIC,
                span,
                format!("date {op} n -> date {op} (n) * interval '1 day'"),
            );
        }
        DateArithmetic::Edits(extra)
    }

    /// `TO_DATE(' 2025-02-01 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN')`,
    /// the way export tools print partition bounds, is a constant: a TIMESTAMP literal
    /// says the same and is valid wherever a constant is required.
    fn constant_to_date(&mut self, node: SyntaxNode<'_>, args: &[SyntaxNode<'_>]) -> Option<Edit> {
        let literal = |a: &SyntaxNode<'_>| -> Option<String> {
            let t = a.text(self.text).trim();
            let inner = t.strip_prefix('\'')?.strip_suffix('\'')?;
            (!inner.contains('\'')).then(|| inner.to_owned())
        };
        if args.len() < 2 || args.len() > 3 {
            return None;
        }
        let value = literal(&args[0])?;
        let format = literal(&args[1])?.to_uppercase();
        let value = value.trim();
        let iso_formats = [
            "SYYYY-MM-DD HH24:MI:SS",
            "YYYY-MM-DD HH24:MI:SS",
            "YYYY-MM-DD",
            "SYYYY-MM-DD",
        ];
        let shape_ok = value.len() >= 10
            && value.as_bytes()[4] == b'-'
            && value.as_bytes()[7] == b'-'
            && value
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | ':'));
        if !iso_formats.contains(&format.as_str()) || !shape_ok {
            return None;
        }
        self.act(
            codes::TO_DATE,
            node.span(),
            "constant TO_DATE -> TIMESTAMP literal",
        );
        Some(Edit::replace(node.span(), format!("TIMESTAMP '{value}'")))
    }

    /// PostgreSQL's MERGE takes unqualified target columns in SET and INSERT lists.
    fn merge(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let mut edits = Vec::new();
        for child in node.children() {
            self.visit(child, &mut edits);
        }
        let targets = node.descendants().filter(|d| {
            d.kind() == Rule::function_or_name
                && d.span().start < d.span().end
                && (is_child_of_kind(node, *d, Rule::update_set_item)
                    || is_child_of_kind(node, *d, Rule::insert_columns))
        });
        let mut qualified = Vec::new();
        for target in targets {
            let Some(name) = target.child(Rule::qualified_name) else {
                continue;
            };
            let parts: Vec<SyntaxNode<'_>> = name
                .children()
                .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
                .collect();
            if parts.len() == 2 {
                qualified.push(crate::source::Span {
                    start: parts[0].span().start,
                    end: parts[1].span().start,
                });
            }
        }
        // Drop edits inside the removed qualifiers, then remove them. (Always one edit for
        // the whole statement: the children were visited here already.)
        edits.retain(|e| {
            !qualified
                .iter()
                .any(|q| e.span.start >= q.start && e.span.end <= q.end)
        });
        for q in qualified {
            edits.push(Edit::delete(q));
        }
        Some(Edit::replace(
            node.span(),
            apply(self.text, node.span(), &edits),
        ))
    }

    /// Oracle's `DATE '2024-01-31'` is a date with a time of day (midnight), like the
    /// timestamp(0) its columns become: `TIMESTAMP '2024-01-31'` keeps arithmetic and
    /// comparisons the same.
    fn date_literal(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        if let Some(keyword) = node.child(Rule::TIMESTAMP) {
            return self.zoned_timestamp_literal(node, keyword);
        }
        let keyword = node.child(Rule::DATE)?;
        if self.rules.type_options.date_as == super::types::DateAs::Date {
            return None;
        }
        self.act(
            codes::DATE_TO_TIMESTAMP,
            keyword.span(),
            "DATE literal -> TIMESTAMP literal",
        );
        let mut edits = vec![Edit::replace(keyword.span(), "TIMESTAMP")];
        for child in node.children().filter(|c| c.kind() != Rule::DATE) {
            self.visit(child, &mut edits);
        }
        Some(Edit::replace(
            node.span(),
            apply(self.text, node.span(), &edits),
        ))
    }

    /// `TIMESTAMP '... Europe/Paris'` or `'... +01:00'` is Oracle's TIMESTAMP WITH TIME
    /// ZONE literal; PostgreSQL's plain TIMESTAMP literal would silently drop the zone.
    fn zoned_timestamp_literal(
        &mut self,
        node: SyntaxNode<'_>,
        keyword: SyntaxNode<'_>,
    ) -> Option<Edit> {
        let value = node.child(Rule::string_literal)?.text(self.text);
        let value = value.trim_matches('\'');
        // After the time of day: a region name, an abbreviation or a +/-hh:mm offset.
        let time_at = value.find(':')?;
        let after_time = &value[time_at..];
        let zoned = after_time.contains(['/', '+', '-'])
            || after_time
                .split_whitespace()
                .skip(1)
                .any(|w| w.chars().all(|c| c.is_ascii_alphabetic()));
        if !zoned {
            return None;
        }
        self.act(
            codes::TIMESTAMP_TZ_LITERAL,
            keyword.span(),
            "TIMESTAMP literal with a time zone -> TIMESTAMP WITH TIME ZONE literal",
        );
        Some(Edit::replace(keyword.span(), "TIMESTAMP WITH TIME ZONE"))
    }

    /// `q'[it's]'` -> `'it''s'` (PostgreSQL has no q-quotes).
    fn q_quote(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let q = node.child(Rule::q_string)?;
        let text = q.text(self.text);
        // q'X ... X' : the body sits between the opening delimiter and the closing one.
        let open_len = 2 + text[2..].chars().next().map_or(0, char::len_utf8);
        let close_len = 1 + text[..text.len() - 1]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        let body = text
            .get(open_len..text.len().saturating_sub(close_len))
            .unwrap_or("");
        let national = node
            .child(Rule::national_prefix)
            .map(|p| p.text(self.text))
            .unwrap_or("");
        let literal = format!("{national}'{}'", body.replace('\'', "''"));
        self.act(
            codes::Q_QUOTE_LITERAL,
            node.span(),
            "q-quoted literal -> standard literal",
        );
        Some(Edit::replace(node.span(), literal))
    }

    /// The name of a schema object inside `node`: when it has at least `min_parts` parts
    /// and its first part is a schema `--schema-map` maps, that part is renamed.
    /// Unmapped schemas convert like any name, so this is only needed for mapped ones.
    fn object_name(&mut self, node: SyntaxNode<'_>, min_parts: usize) -> Option<Edit> {
        let name = node.descendant(Rule::qualified_name)?;
        if name.child(Rule::dblink).is_some() {
            return None;
        }
        let parts: Vec<SyntaxNode<'_>> = name
            .children()
            .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
            .collect();
        if parts.len() < min_parts || !self.rules.namer.maps_schema(parts[0].text(self.text)) {
            return None;
        }
        Some(self.render_with_schema(node, parts[0]))
    }

    /// `node` rewritten, with `schema` (a name part inside it) converted as a schema.
    fn render_with_schema(&mut self, node: SyntaxNode<'_>, schema: SyntaxNode<'_>) -> Edit {
        let converted = self.rules.namer.schema(schema.text(self.text));
        let mut edits = vec![Edit::replace(schema.span(), converted.sql)];
        self.visit_around(node, schema, &mut edits);
        Edit::replace(node.span(), apply(self.text, node.span(), &edits))
    }

    /// Visits everything inside `node` except `skip`.
    fn visit_around(&mut self, node: SyntaxNode<'_>, skip: SyntaxNode<'_>, edits: &mut Vec<Edit>) {
        for child in node.children() {
            if child.kind() == skip.kind() && child.span() == skip.span() {
                continue;
            }
            let (c, s) = (child.span(), skip.span());
            if c.start <= s.start && s.end <= c.end {
                self.visit_around(child, skip, edits);
            } else {
                self.visit(child, edits);
            }
        }
    }

    fn datatype(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let mut converted = self
            .rules
            .types
            .convert(node, self.text, &self.rules.type_options);
        // A user-defined type of a mapped schema (hr.address_t).
        if let Some((schema, rest)) = converted.sql.split_once('.') {
            if converted
                .actions
                .iter()
                .any(|(c, _)| *c == codes::USER_DEFINED_TYPE)
                && self.rules.namer.maps_schema(schema.trim())
            {
                converted.sql = format!("{}.{rest}", self.rules.namer.schema(schema.trim()).sql);
            }
        }
        for (code, message) in converted.actions {
            self.act(code, node.span(), message);
        }
        (converted.sql != node.text(self.text)).then(|| Edit::replace(node.span(), converted.sql))
    }

    fn name(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let written = node.text(self.text);
        let converted = self.rules.namer.identifier(written);
        if let Some((code, message)) = converted.action {
            self.act(code, node.span(), message);
        }
        // Unquoted names fold alike in both databases: keep the author's spelling.
        let same = !written.starts_with('"') && converted.sql == written.to_lowercase();
        (!same && converted.sql != written).then(|| Edit::replace(node.span(), converted.sql))
    }

    /// A subquery whose single block filters on ROWNUM: `LIMIT`.
    fn subquery(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        if let Some(edit) = self.rownum_select(node) {
            return Some(edit);
        }
        let term = node.child(Rule::query_term)?;
        let block = term.child(Rule::query_block)?;
        let where_clause = block.child(Rule::where_clause)?;
        if joins::own_descendants(where_clause, Rule::ROWNUM).is_empty() {
            return None;
        }
        let edit = self.rownum_limit(block, node)?;
        Some(Edit::replace(
            node.span(),
            apply(self.text, node.span(), &[edit]),
        ))
    }

    /// PostgreSQL 15 wants an alias on every subquery in FROM.
    fn subquery_alias(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        if node.child(Rule::lateral_subquery).is_none() || node.child(Rule::table_alias).is_some() {
            return None;
        }
        let mut edits = Vec::new();
        for child in node.children() {
            self.visit(child, &mut edits);
        }
        self.subquery_aliases += 1;
        let alias = format!(" AS sq{}", self.subquery_aliases);
        self.act(
            codes::SUBQUERY_ALIAS_ADDED,
            node.span(),
            format!("subquery in FROM gets alias{alias}"),
        );
        let rendered = apply(self.text, node.span(), &edits);
        Some(Edit::replace(node.span(), format!("{rendered}{alias}")))
    }

    /// Removes `FROM DUAL`; everything else in a query block is descended into.
    fn query_block(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        if let Some(where_clause) = node.child(Rule::where_clause) {
            if !joins::own_descendants(where_clause, Rule::outer_join_marker).is_empty() {
                if let Some(edit) = self.outer_joins(node) {
                    return Some(edit);
                }
            }
        }
        let from = node.child(Rule::FROM);
        let from_list = node.child(Rule::from_list);
        if let (Some(from), Some(list)) = (from, from_list) {
            let is_dual = list.children().count() == 1
                && list.descendant(Rule::table_reference).is_some_and(|t| {
                    t.children().count() == 1
                        && t.text(self.text)
                            .trim()
                            .to_uppercase()
                            .trim_start_matches("SYS.")
                            .trim_start_matches("PUBLIC.")
                            == "DUAL"
                });
            if is_dual {
                let mut edits = Vec::new();
                for child in node.children() {
                    if child.span().start >= from.span().start
                        && child.span().end <= list.span().end
                    {
                        continue;
                    }
                    self.visit(child, &mut edits);
                }
                let span = Span {
                    start: from.span().start,
                    end: list.span().end,
                };
                self.act(codes::FROM_DUAL_REMOVED, span, "FROM DUAL removed");
                edits.push(Edit::delete(span));
                let rendered = apply(self.text, node.span(), &edits);
                return Some(Edit::replace(node.span(), rendered.trim_end().to_owned()));
            }
        }
        None
    }

    fn function_or_name(&mut self, node: SyntaxNode<'_>) -> Option<Edit> {
        let name_node = node.child(Rule::qualified_name)?;
        let parts: Vec<SyntaxNode<'_>> = name_node
            .children()
            .filter(|c| matches!(c.kind(), Rule::identifier | Rule::member_name))
            .collect();
        // As Oracle resolves them: "NEXTVAL" and nextval are the same word.
        let upper: Vec<String> = parts
            .iter()
            .map(|p| crate::reader::head::normalize_identifier(p.text(self.text)))
            .collect();
        let args = node.child(Rule::call_args);
        let has_dblink = name_node.child(Rule::dblink).is_some();

        // seq.NEXTVAL / seq.CURRVAL
        if args.is_none() && parts.len() >= 2 && !has_dblink {
            let last = upper.last().map(String::as_str);
            if matches!(last, Some("NEXTVAL" | "CURRVAL")) {
                let function = if last == Some("NEXTVAL") {
                    "nextval"
                } else {
                    "currval"
                };
                // schema.seq.NEXTVAL: the first of three parts is the schema.
                let sequence: Vec<String> = parts[..parts.len() - 1]
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        if i == 0 && parts.len() >= 3 {
                            self.rules.namer.schema(p.text(self.text)).sql
                        } else {
                            self.rules.namer.identifier(p.text(self.text)).sql
                        }
                    })
                    .collect();
                let sql = format!("{function}('{}')", sequence.join(".").replace('\'', "''"));
                let span = Span {
                    start: node.span().start,
                    end: name_node.span().end,
                };
                self.act(
                    codes::SEQUENCE_REFERENCE,
                    span,
                    format!("{} -> {sql}", name_node.text(self.text)),
                );
                return Some(Edit::replace(span, sql));
            }
        }
        // In an expression `a.b` is a column of a table (Oracle has no schema.column);
        // `s.t.c`, `s.pkg.f(...)` and `s.f(...)` may start with a schema: it is one when
        // --schema-map names it.
        if parts.len() >= 2
            && !has_dblink
            && (parts.len() >= 3 || args.is_some())
            && self.rules.namer.maps_schema(parts[0].text(self.text))
        {
            return Some(self.render_with_schema(node, parts[0]));
        }
        if parts.len() != 1 || has_dblink {
            return None;
        }
        let name = upper[0].as_str();
        match args {
            None => {
                let rule = self.rules.functions.name(name)?;
                if node.children().count() > 1 {
                    return None; // SYSDATE with a suffix is not the pseudo-column
                }
                self.act(
                    rule.action,
                    node.span(),
                    format!("{name} -> {}", rule.postgres),
                );
                Some(Edit::replace(node.span(), rule.postgres.clone()))
            }
            Some(args) => self.call(node, name, args),
        }
    }

    fn call(&mut self, node: SyntaxNode<'_>, name: &str, args: SyntaxNode<'_>) -> Option<Edit> {
        let arg_nodes: Vec<SyntaxNode<'_>> = args.children_of(Rule::call_arg).collect();
        let suffixes: Vec<SyntaxNode<'_>> = node.children_of(Rule::call_suffix).collect();
        // Functions converted by code here, unless a rules overlay decides them.
        if !self.rules.functions.overridden(name) {
            if name == "TO_DATE" && node.children().count() == 2 {
                if let Some(edit) = self.constant_to_date(node, &arg_nodes) {
                    return Some(edit);
                }
            }
            match name {
                "DECODE" if arg_nodes.len() >= 3 => {
                    return Some(self.decode(node, args, &arg_nodes));
                }
                "LISTAGG" => return self.listagg(node, &arg_nodes, &suffixes),
                "MIN" | "MAX" => {
                    if let Some(edit) = self.keep_aggregate(node, name, &arg_nodes, &suffixes) {
                        return Some(edit);
                    }
                }
                "MEDIAN" => {
                    if let Some(edit) = self.median(node, &arg_nodes, &suffixes) {
                        return Some(edit);
                    }
                }
                "RATIO_TO_REPORT" => {
                    if let Some(edit) = self.ratio_to_report(node, &arg_nodes, &suffixes) {
                        return Some(edit);
                    }
                }
                "SYS_CONTEXT" => return self.sys_context(node, &arg_nodes),
                _ => {}
            }
        }
        match self.rules.functions.call(name, arg_nodes.len()) {
            CallVerdict::Mapped(rule) => {
                let rendered: Vec<String> = arg_nodes.iter().map(|a| self.render(*a)).collect();
                let sql = fill_template(&rule.template, &rendered);
                // The call is replaced; suffixes (OVER ...) are rewritten in place.
                let span = Span {
                    start: node.span().start,
                    end: args.span().end,
                };
                let mut edits = vec![Edit::replace(span, sql.clone())];
                for suffix in &suffixes {
                    self.visit(*suffix, &mut edits);
                }
                self.act(
                    rule.action,
                    span,
                    format!(
                        "{} -> {}",
                        compact(node.text(self.text), 60),
                        compact(&sql, 60)
                    ),
                );
                let whole = apply(self.text, node.span(), &edits);
                Some(Edit::replace(node.span(), whole))
            }
            CallVerdict::Manual => {
                self.act(
                    codes::ORACLE_FUNCTION_MANUAL,
                    node.span(),
                    format!(
                        "{name} with {} argument(s) has no safe PostgreSQL mapping",
                        arg_nodes.len()
                    ),
                );
                None
            }
            CallVerdict::Same | CallVerdict::Unknown => None,
        }
    }

    fn decode(
        &mut self,
        node: SyntaxNode<'_>,
        args: SyntaxNode<'_>,
        arg_nodes: &[SyntaxNode<'_>],
    ) -> Edit {
        let subject = self.render(arg_nodes[0]);
        let rest = &arg_nodes[1..];
        let pairs = rest.len() / 2;
        let default = (rest.len() % 2 == 1).then(|| self.render(rest[rest.len() - 1]));
        let searches: Vec<(String, bool, bool)> = (0..pairs)
            .map(|i| {
                let search = rest[2 * i];
                let literal = search.descendant(Rule::primary).is_some_and(|p| {
                    p.span() == search.span()
                        && p.children().next().is_some_and(|c| {
                            matches!(c.kind(), Rule::string_literal | Rule::number_literal)
                        })
                });
                let is_null = search.text(self.text).trim().eq_ignore_ascii_case("null");
                (self.render(search), literal, is_null)
            })
            .collect();
        let results: Vec<String> = (0..pairs).map(|i| self.render(rest[2 * i + 1])).collect();
        let simple = searches.iter().all(|(_, literal, _)| *literal);
        let mut sql = String::from("CASE");
        if simple {
            sql.push_str(&format!(" {subject}"));
            for ((search, _, _), result) in searches.iter().zip(&results) {
                sql.push_str(&format!(" WHEN {search} THEN {result}"));
            }
        } else {
            for ((search, _, is_null), result) in searches.iter().zip(&results) {
                if *is_null {
                    sql.push_str(&format!(" WHEN {subject} IS NULL THEN {result}"));
                } else {
                    sql.push_str(&format!(
                        " WHEN {subject} IS NOT DISTINCT FROM {search} THEN {result}"
                    ));
                }
            }
        }
        if let Some(default) = default {
            sql.push_str(&format!(" ELSE {default}"));
        }
        sql.push_str(" END");
        let span = Span {
            start: node.span().start,
            end: args.span().end,
        };
        self.act(codes::DECODE_TO_CASE, span, "DECODE -> CASE");
        let mut edits = vec![Edit::replace(span, sql)];
        for suffix in node.children_of(Rule::call_suffix) {
            self.visit(suffix, &mut edits);
        }
        Edit::replace(node.span(), apply(self.text, node.span(), &edits))
    }

    fn listagg(
        &mut self,
        node: SyntaxNode<'_>,
        args: &[SyntaxNode<'_>],
        suffixes: &[SyntaxNode<'_>],
    ) -> Option<Edit> {
        let within = suffixes.iter().find_map(|s| s.child(Rule::within_group))?;
        if suffixes
            .iter()
            .any(|s| s.child(Rule::over_clause).is_some())
            || args.is_empty()
            || args.len() > 2
        {
            self.act(
                codes::ORACLE_FUNCTION_MANUAL,
                node.span(),
                "LISTAGG used as an analytic function (OVER) has no string_agg equivalent with ordering",
            );
            return None;
        }
        let value = self.render(args[0]);
        let separator = args
            .get(1)
            .map_or_else(|| "''".to_owned(), |a| self.render(*a));
        let order = within
            .child(Rule::order_by_clause)
            .map(|o| self.render(o))
            .unwrap_or_default();
        let sql = format!("string_agg(({value})::text, {separator} {order})");
        self.act(
            codes::LISTAGG_TO_STRING_AGG,
            node.span(),
            "LISTAGG ... WITHIN GROUP -> string_agg",
        );
        Some(Edit::replace(node.span(), sql))
    }

    fn sys_context(&mut self, node: SyntaxNode<'_>, args: &[SyntaxNode<'_>]) -> Option<Edit> {
        let literal = |a: &SyntaxNode<'_>| {
            let t = a.text(self.text).trim();
            t.strip_prefix('\'')
                .and_then(|t| t.strip_suffix('\''))
                .map(str::to_uppercase)
        };
        let namespace = args.first().and_then(literal);
        let parameter = args.get(1).and_then(literal);
        let mapped = match (namespace.as_deref(), parameter.as_deref()) {
            (Some("USERENV"), Some("CURRENT_SCHEMA")) => Some("current_schema"),
            (Some("USERENV"), Some("SESSION_USER" | "CURRENT_USER")) => Some("session_user"),
            (Some("USERENV"), Some("DB_NAME" | "DB_UNIQUE_NAME" | "INSTANCE_NAME")) => {
                Some("current_database()")
            }
            (Some("USERENV"), Some("IP_ADDRESS")) => Some("host(inet_client_addr())"),
            (Some("USERENV"), Some("SERVER_HOST")) => Some("host(inet_server_addr())"),
            (Some("USERENV"), Some("SID" | "SESSIONID")) => Some("pg_backend_pid()::text"),
            (Some("USERENV"), Some("MODULE" | "CLIENT_PROGRAM_NAME")) => {
                Some("current_setting('application_name')")
            }
            _ => None,
        };
        match mapped {
            Some(sql) => {
                self.act(
                    codes::SYS_CONTEXT,
                    node.span(),
                    format!("{} -> {sql}", compact(node.text(self.text), 60)),
                );
                Some(Edit::replace(node.span(), sql.to_owned()))
            }
            None => {
                self.act(
                    codes::APPLICATION_CONTEXT,
                    node.span(),
                    format!("{} has no mapping", compact(node.text(self.text), 60)),
                );
                None
            }
        }
    }
}

/// Is `node` (inside `root`) the direct child of a node of `kind`, itself a direct
/// child of an `update_set_item` target position (the first element) or of the list?
fn is_child_of_kind(root: SyntaxNode<'_>, node: SyntaxNode<'_>, kind: Rule) -> bool {
    root.descendants()
        .filter(|d| d.kind() == kind)
        .any(|parent| {
            let mut children = parent.children();
            match kind {
                // The target of `col = expr` is the first child; `(a, b) = (subquery)` lists
                // several before the `=`.
                Rule::update_set_item => {
                    let expr_start = parent
                        .child(Rule::expr)
                        .map(|e| e.span().start)
                        .unwrap_or(u32::MAX);
                    parent
                        .children()
                        .any(|c| c.span() == node.span() && c.span().start < expr_start)
                        || children.next().is_some_and(|c| c.span() == node.span())
                }
                _ => parent.children().any(|c| c.span() == node.span()),
            }
        })
}

/// A readable name for a construct in messages.
fn construct_name(kind: Rule) -> &'static str {
    match kind {
        Rule::pivot_clause => "PIVOT",
        Rule::unpivot_clause => "UNPIVOT",
        Rule::model_clause => "MODEL",
        Rule::match_recognize_clause => "MATCH_RECOGNIZE",
        Rule::flashback_clause => "a flashback query (AS OF / VERSIONS)",
        Rule::keep_clause => "KEEP (DENSE_RANK FIRST/LAST ...)",
        Rule::table_collection => "a TABLE() collection expression",
        Rule::multiset_expr => "MULTISET",
        Rule::multi_table_insert => "a multi-table INSERT",
        Rule::error_logging_clause => "LOG ERRORS",
        Rule::returning_clause => "RETURNING ... INTO",
        Rule::into_clause => "SELECT ... INTO",
        Rule::bind_variable => "a bind variable",
        Rule::dblink => "a database link",
        _ => "this construct",
    }
}

/// `text` on one line, cut to `max` characters, for messages.
fn compact(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max).collect();
        format!("{cut}...")
    }
}

/// What date arithmetic makes of an expression: edits inside it, or all of it rewritten.
enum DateArithmetic {
    Edits(Vec<Edit>),
    Whole(Edit),
}

mod aggregates;
mod hierarchical;
mod joins;
mod multi_insert;
mod pivot;
mod rownum;

#[cfg(test)]
mod tests;
