//! Tables (with constraints, comments, indexes and foreign keys), sequences, views,
//! synonyms and object types.

use super::{Generator, Kind, Style, TableInfo, banner, ident, pick, qualified};
use std::fmt::Write;

/// A column as DBMS_METADATA writes its type; the hand-written style lower-cases it.
struct Column {
    name: String,
    ty: &'static str,
    default: Option<&'static str>,
    not_null: bool,
    check: Option<&'static str>,
    comment: Option<&'static str>,
}

/// (name, type, default, not null, check, comment): the columns business tables hold.
type ColumnTemplate = (
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
    Option<&'static str>,
    Option<&'static str>,
);

// One column per line: the table reads as a table.
#[rustfmt::skip]
const COLUMNS: &[ColumnTemplate] = &[
    ("CODE", "VARCHAR2(30 BYTE)", None, true, None, Some("Business key, unique per tenant")),
    ("NAME", "VARCHAR2(200 CHAR)", None, true, None, None),
    ("DESCRIPTION", "VARCHAR2(4000 BYTE)", None, false, None, None),
    ("STATUS", "CHAR(1 BYTE)", Some("'A'"), true, Some("STATUS IN ('A', 'I', 'X')"), Some("A = active, I = inactive, X = closed")),
    ("AMOUNT", "NUMBER(15,2)", Some("0"), false, None, Some("In the currency of CURRENCY_CODE")),
    ("QUANTITY", "NUMBER(10,0)", None, false, Some("QUANTITY >= 0"), None),
    ("UNIT_PRICE", "NUMBER(12,4)", None, false, None, None),
    ("CREATED_AT", "DATE", Some("SYSDATE"), true, None, None),
    ("CREATED_BY", "VARCHAR2(30 BYTE)", Some("USER"), true, None, Some("Oracle user that inserted the row")),
    ("UPDATED_AT", "TIMESTAMP (6)", None, false, None, None),
    ("VALID_FROM", "TIMESTAMP (6) WITH TIME ZONE", None, false, None, None),
    ("VALID_TO", "TIMESTAMP (6) WITH LOCAL TIME ZONE", None, false, None, None),
    ("NOTES", "CLOB", None, false, None, Some("Free text; may hold the user's own formatting")),
    ("DOCUMENT", "BLOB", None, false, None, None),
    ("RATE", "BINARY_DOUBLE", None, false, None, None),
    ("IS_ACTIVE", "NUMBER(1,0)", Some("1"), true, Some("IS_ACTIVE IN (0, 1)"), None),
    ("EXTERNAL_REF", "NVARCHAR2(100)", None, false, None, Some("Identifier in the upstream system")),
    ("CHECKSUM", "RAW(32)", None, false, None, None),
    ("RETENTION", "INTERVAL DAY (2) TO SECOND (6)", None, false, None, None),
    ("SORT_ORDER", "NUMBER", None, false, None, None),
    ("EMAIL", "VARCHAR2(320 BYTE)", None, false, Some("EMAIL LIKE '%@%'"), None),
    ("PHONE", "VARCHAR2(40 BYTE)", None, false, None, None),
    ("COUNTRY_CODE", "CHAR(2 BYTE)", None, false, None, Some("ISO 3166-1 alpha-2")),
    ("CURRENCY_CODE", "CHAR(3 BYTE)", Some("'EUR'"), true, None, None),
    ("WEIGHT_KG", "FLOAT(126)", None, false, None, None),
    ("ROW_VERSION", "NUMBER(9,0)", Some("0"), true, None, Some("Optimistic locking counter")),
    ("LEGACY_ROWID", "UROWID (4000)", None, false, None, None),
    ("EFFECTIVE_DATE", "DATE", Some("TRUNC(SYSDATE)"), false, None, None),
];

const STORAGE: &str = "  STORAGE(INITIAL 65536 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645\n  PCTINCREASE 0 FREELISTS 1 FREELIST GROUPS 1\n  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT)\n";

pub(super) fn table(g: &mut Generator, s: usize) {
    let schema = g.schemas[s];
    let base = g.entity_name();
    let name = g.unique_name(s, &base);
    let style = g.style();
    let mut columns = vec![Column {
        name: "ID".into(),
        ty: "NUMBER(12,0)",
        default: None,
        not_null: true,
        check: None,
        comment: Some("Surrogate key"),
    }];
    // Foreign keys to tables of the same schema, the way most schemas are built.
    let mut references = Vec::new();
    if !g.tables[s].is_empty() {
        for _ in 0..g.rng.below(3) {
            let target = g.some_table(s);
            let column = format!("{}_ID", target.name);
            if columns.iter().all(|c| c.name != column) {
                columns.push(Column {
                    name: column.clone(),
                    ty: "NUMBER(12,0)",
                    default: None,
                    not_null: g.rng.chance(60),
                    check: None,
                    comment: None,
                });
                references.push((column, target.name));
            }
        }
    }
    let extra = g.rng.range(3, 14);
    let mut taken: Vec<usize> = Vec::new();
    while taken.len() < extra {
        let i = g.rng.below(COLUMNS.len());
        if !taken.contains(&i) {
            taken.push(i);
        }
    }
    for i in taken {
        let (n, ty, default, not_null, check, comment) = COLUMNS[i];
        columns.push(Column {
            name: n.into(),
            ty,
            default,
            not_null,
            check,
            comment,
        });
    }

    let mut text = banner(style, "Table", &name);
    let full = qualified(style, schema, &name);
    match style {
        Style::Metadata => metadata_table(&mut text, &full, &name, &columns),
        Style::Handwritten => handwritten_table(g, &mut text, &full, &name, &columns),
    }
    // Comments.
    let table_comment = format!(
        "{} records; maintained by the {} module",
        name.replace('_', " ").to_lowercase(),
        name.split('_').next().unwrap_or("core")
    );
    let comment_indent = if style == Style::Metadata { "   " } else { "" };
    let _ = writeln!(
        text,
        "\n{comment_indent}{} ON TABLE {full}  IS '{table_comment}';",
        kw(style, "COMMENT")
    );
    for c in &columns {
        if let Some(comment) = c.comment {
            let _ = writeln!(
                text,
                "{comment_indent}{} ON COLUMN {full}.{} IS '{}';",
                kw(style, "COMMENT"),
                ident(style, &c.name),
                comment.replace('\'', "''")
            );
        }
    }
    // Indexes.
    for i in 1..=g.rng.below(4) {
        let index = format!("{}_IX{i}", name);
        let a = &columns[g.rng.below(columns.len())];
        let b = &columns[g.rng.below(columns.len())];
        if a.ty.contains("LOB") || b.ty.contains("LOB") {
            continue;
        }
        let cols = if a.name == b.name || g.rng.chance(50) {
            ident(style, &a.name)
        } else {
            format!("{}, {}", ident(style, &a.name), ident(style, &b.name))
        };
        let (unique, expr) = match g.rng.below(6) {
            0 if a.ty.starts_with("VARCHAR2") => ("", format!("UPPER({})", ident(style, &a.name))),
            1 => ("UNIQUE ", cols),
            2 if a.ty.starts_with("CHAR(1") => ("BITMAP ", cols),
            _ => ("", cols),
        };
        let index_name = qualified(style, schema, &index);
        text.push('\n');
        text.push_str(&banner(style, "Index", &index));
        match style {
            Style::Metadata => {
                let _ = write!(
                    text,
                    "  CREATE {unique}INDEX {index_name} ON {full} ({expr}) \n  PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS \n{STORAGE}  TABLESPACE \"USERS\" ;\n"
                );
            }
            Style::Handwritten => {
                let _ = writeln!(
                    text,
                    "create {}index {index_name} on {full} ({expr}) tablespace users_idx;",
                    unique.to_lowercase()
                );
            }
        }
    }
    // Foreign keys come after every table exists, in their own section.
    if !references.is_empty() {
        if style == Style::Metadata {
            let _ = write!(
                text,
                "\n--------------------------------------------------------\n--  Ref Constraints for Table {name}\n--------------------------------------------------------\n\n"
            );
        }
        for (i, (column, target)) in references.iter().enumerate() {
            let fk = format!("{}_FK{}", name, i + 1);
            let on_delete = if g.rng.chance(20) {
                " ON DELETE CASCADE"
            } else {
                ""
            };
            match style {
                Style::Metadata => {
                    let _ = write!(
                        text,
                        "  ALTER TABLE {full} ADD CONSTRAINT \"{fk}\" FOREIGN KEY (\"{column}\")\n\t  REFERENCES {} (\"ID\"){on_delete} ENABLE;\n",
                        qualified(style, schema, target)
                    );
                }
                Style::Handwritten => {
                    let _ = writeln!(
                        text,
                        "alter table {full} add constraint {} foreign key ({}) references {} (id){};",
                        fk.to_lowercase(),
                        column.to_lowercase(),
                        qualified(style, schema, target),
                        on_delete.to_lowercase()
                    );
                }
            }
        }
    }
    g.push(s, Kind::Table, &name, text);
    g.tables[s].push(TableInfo {
        name,
        columns: columns
            .into_iter()
            .map(|c| (c.name, c.ty.to_owned()))
            .collect(),
        sequence: None,
    });
}

fn metadata_table(text: &mut String, full: &str, name: &str, columns: &[Column]) {
    let _ = write!(text, "  CREATE TABLE {full} \n   (");
    for (i, c) in columns.iter().enumerate() {
        let sep = if i == 0 { "\t" } else { " \n\t" };
        let _ = write!(text, "{sep}\"{}\" {}", c.name, c.ty);
        if let Some(d) = c.default {
            let _ = write!(text, " DEFAULT {d}");
        }
        if c.not_null {
            text.push_str(" NOT NULL ENABLE");
        }
        text.push(',');
    }
    let _ = write!(
        text,
        " \n\t CONSTRAINT \"{}_PK\" PRIMARY KEY (\"ID\")\n  USING INDEX PCTFREE 10 INITRANS 2 MAXTRANS 255 COMPUTE STATISTICS \n{STORAGE}  TABLESPACE \"USERS\"  ENABLE",
        name
    );
    for (n, check) in columns.iter().filter_map(|c| c.check).enumerate() {
        let _ = write!(
            text,
            ", \n\t CONSTRAINT \"{}_CK{}\" CHECK ({check}) ENABLE",
            name,
            n + 1
        );
    }
    let _ = write!(
        text,
        "\n   ) SEGMENT CREATION IMMEDIATE \n  PCTFREE 10 PCTUSED 40 INITRANS 1 MAXTRANS 255 \n NOCOMPRESS LOGGING\n{STORAGE}  TABLESPACE \"USERS\" "
    );
    for c in columns.iter().filter(|c| c.ty.ends_with("LOB")) {
        let _ = write!(
            text,
            "\n LOB (\"{}\") STORE AS SECUREFILE (\n  TABLESPACE \"USERS\" ENABLE STORAGE IN ROW CHUNK 8192\n  NOCACHE LOGGING  NOCOMPRESS  KEEP_DUPLICATES \n  STORAGE(INITIAL 106496 NEXT 1048576 MINEXTENTS 1 MAXEXTENTS 2147483645\n  PCTINCREASE 0\n  BUFFER_POOL DEFAULT FLASH_CACHE DEFAULT CELL_FLASH_CACHE DEFAULT))",
            c.name
        );
    }
    text.push_str(" ;\n");
}

fn handwritten_table(
    g: &mut Generator,
    text: &mut String,
    full: &str,
    name: &str,
    columns: &[Column],
) {
    let _ = writeln!(text, "create table {full} (");
    for c in columns {
        let mut line = format!("  {:<16} {}", c.name.to_lowercase(), c.ty.to_lowercase());
        if let Some(d) = c.default {
            let _ = write!(line, " default {d}");
        }
        if c.not_null {
            line.push_str(" not null");
        }
        let _ = writeln!(text, "{},", line.trim_end());
    }
    let short = name.to_lowercase();
    let _ = write!(text, "  constraint {short}_pk primary key (id)");
    for (n, check) in columns.iter().filter_map(|c| c.check).enumerate() {
        let _ = write!(
            text,
            ",\n  constraint {short}_ck{} check ({})",
            n + 1,
            check.to_lowercase()
        );
    }
    text.push_str("\n)\ntablespace users");
    // Scripts written by hand end DDL with `/` as often as with `;`.
    if g.rng.chance(20) {
        text.push_str("\n/\n");
    } else {
        text.push_str(";\n");
    }
}

pub(super) fn sequence(g: &mut Generator, s: usize) {
    let schema = g.schemas[s];
    let style = g.style();
    // Most sequences feed one table's key; name them after it.
    let owner = g.tables[s].iter().position(|t| t.sequence.is_none());
    let base = match owner {
        Some(i) => format!("{}_SEQ", g.tables[s][i].name),
        None => format!("{}_SEQ", g.entity_name()),
    };
    let name = g.unique_name(s, &base);
    if let Some(i) = owner {
        g.tables[s][i].sequence = Some(name.clone());
    }
    let start = 1 + g.rng.below(100_000);
    let cache = [0, 20, 20, 20, 100, 1000][g.rng.below(6)];
    let mut text = banner(style, "Sequence", &name);
    let full = qualified(style, schema, &name);
    match style {
        Style::Metadata => {
            let cache = if cache == 0 {
                "NOCACHE".to_owned()
            } else {
                format!("CACHE {cache}")
            };
            let _ = writeln!(
                text,
                "   CREATE SEQUENCE  {full}  MINVALUE 1 MAXVALUE 9999999999999999999999999999 INCREMENT BY 1 START WITH {start} {cache} NOORDER  NOCYCLE  NOKEEP  NOSCALE  GLOBAL ;"
            );
        }
        Style::Handwritten => {
            let cache = if cache == 0 {
                "nocache".to_owned()
            } else {
                format!("cache {cache}")
            };
            let _ = writeln!(
                text,
                "create sequence {full}\n  start with {start}\n  increment by 1\n  {cache};"
            );
        }
    }
    g.push(s, Kind::Sequence, &name, text);
}

pub(super) fn view(g: &mut Generator, s: usize) {
    let schema = g.schemas[s];
    let style = g.style();
    let base_table = g.some_table(s);
    let name = g.unique_name(s, &format!("V_{}", base_table.name));
    let mut select = vec![("a".to_owned(), "ID".to_owned())];
    let mut from = format!(
        "{} a",
        qualified(Style::Handwritten, schema, &base_table.name)
    );
    for (c, _) in base_table.columns.iter().skip(1).take(g.rng.range(1, 5)) {
        select.push(("a".into(), c.clone()));
    }
    // Join the tables the base table refers to, as reporting views do.
    let mut alias = b'b';
    for (column, _) in &base_table.columns {
        let Some(target_short) = column.strip_suffix("_ID") else {
            continue;
        };
        let Some(target) = g.tables[s].iter().find(|t| t.name == target_short).cloned() else {
            continue;
        };
        let a = (alias as char).to_string();
        let join = if g.rng.chance(30) {
            "LEFT JOIN"
        } else {
            "JOIN"
        };
        let _ = write!(
            from,
            "\n    {join} {} {a} ON {a}.id = a.{}",
            qualified(Style::Handwritten, schema, &target.name),
            column.to_lowercase()
        );
        if let Some((c, _)) = target.columns.get(1) {
            select.push((a.clone(), c.clone()));
        }
        alias += 1;
        if alias > b'e' {
            break;
        }
    }
    let has_status = base_table.columns.iter().any(|(c, _)| c == "STATUS");
    let has_amount = base_table.columns.iter().any(|(c, _)| c == "AMOUNT");
    let mut names: Vec<String> = Vec::new();
    let mut exprs: Vec<String> = Vec::new();
    for (a, c) in &select {
        let mut out = c.clone();
        if names.contains(&out) {
            out = format!("{}_{}", a.to_uppercase(), c);
        }
        names.push(out.clone());
        exprs.push(format!("{a}.{}", c.to_lowercase()));
    }
    if has_status {
        names.push("STATUS_LABEL".into());
        exprs.push(
            "CASE a.status WHEN 'A' THEN 'Active' WHEN 'I' THEN 'Inactive' ELSE 'Closed' END"
                .into(),
        );
    }
    let mut tail = String::new();
    if has_status {
        tail.push_str("\n   WHERE a.status <> 'X'");
    }
    if has_amount && g.rng.chance(40) {
        // An aggregate view: group by everything else.
        let group_by = exprs.join(", ");
        names.push("TOTAL_AMOUNT".into());
        exprs.push("SUM(NVL(a.amount, 0))".into());
        let _ = write!(tail, "\n   GROUP BY {group_by}");
    }
    let mut text = banner(style, "View", &name);
    let full = qualified(style, schema, &name);
    let body = exprs.join(",\n         ");
    match style {
        Style::Metadata => {
            let column_list: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
            let _ = write!(
                text,
                "  CREATE OR REPLACE FORCE EDITIONABLE VIEW {full} ({}) AS \n  SELECT {body}\n    FROM {from}{tail};\n",
                column_list.join(", ")
            );
        }
        Style::Handwritten => {
            let _ = writeln!(
                text,
                "create or replace view {full} as\n  select {body}\n    from {from}{tail}\n  with read only;"
            );
        }
    }
    g.push(s, Kind::View, &name, text);
}

pub(super) fn synonym(g: &mut Generator, s: usize) {
    let target_schema = g.rng.below(g.schemas.len());
    if g.tables[target_schema].is_empty() {
        return sequence(g, s);
    }
    let target = g.some_table(target_schema);
    let name = g.unique_name(s, &target.name);
    let style = g.style();
    let mut text = banner(style, "Synonym", &name);
    let _ = writeln!(
        text,
        "  {} {} FOR {};",
        kw(style, "CREATE OR REPLACE EDITIONABLE SYNONYM"),
        qualified(style, g.schemas[s], &name),
        qualified(style, g.schemas[target_schema], &target.name)
    );
    g.push(s, Kind::Synonym, &name, text);
}

pub(super) fn object_type(g: &mut Generator, s: usize) {
    let schema = g.schemas[s];
    let style = g.style();
    let base = format!("T_{}", pick(&mut g.rng, super::ENTITIES));
    let name = g.unique_name(s, &base);
    let table_name = g.unique_name(s, &format!("{name}_TAB"));
    let mut attributes = Vec::new();
    for _ in 0..g.rng.range(2, 7) {
        let (n, ty, ..) = COLUMNS[g.rng.below(COLUMNS.len())];
        if ty.ends_with("LOB")
            || ty.starts_with("UROWID")
            || attributes.iter().any(|(a, _)| *a == n)
        {
            continue;
        }
        attributes.push((n, ty.replace(" BYTE", "").replace(" CHAR)", ")")));
    }
    if attributes.is_empty() {
        attributes.push(("ID", "NUMBER(12,0)".into()));
    }
    let attrs: Vec<String> = attributes
        .iter()
        .map(|(n, ty)| format!("\t{} {ty}", ident(style, n)))
        .collect();
    let mut text = banner(style, "Type", &name);
    let _ = write!(
        text,
        "  {} {} FORCE AS OBJECT (\n{}\n);\n/\n\n  {} {} FORCE AS TABLE OF {};\n/\n",
        kw(style, "CREATE OR REPLACE EDITIONABLE TYPE"),
        qualified(style, schema, &name),
        attrs.join(",\n"),
        kw(style, "CREATE OR REPLACE EDITIONABLE TYPE"),
        qualified(style, schema, &table_name),
        qualified(style, schema, &name)
    );
    g.push(s, Kind::Type, &name, text);
}

/// Key words as the style writes them.
pub(super) fn kw(style: Style, words: &str) -> String {
    match style {
        Style::Metadata => words.to_owned(),
        Style::Handwritten => words.replace("EDITIONABLE ", "").to_lowercase(),
    }
}
