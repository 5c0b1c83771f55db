//! PL/SQL units: package specs and bodies, standalone procedures and functions, and
//! triggers, written about the tables already generated.

use super::ddl::kw;
use super::{Generator, Kind, Style, TableInfo, banner, qualified};
use std::fmt::Write;

/// The subprograms a table-maintenance package typically holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    Getter,
    Create,
    SetStatus,
    Purge,
    CountWhere,
    PrintSummary,
    Upsert,
    IsValid,
}

const SUBS: &[Sub] = &[
    Sub::Getter,
    Sub::Create,
    Sub::SetStatus,
    Sub::Purge,
    Sub::CountWhere,
    Sub::PrintSummary,
    Sub::Upsert,
    Sub::IsValid,
];

/// What a subprogram is written about.
struct Subject<'a> {
    table: &'a str,
    /// A text column of the table, or the first column after the key.
    column: String,
    sequence: String,
    module: &'a str,
}

impl<'a> Subject<'a> {
    fn new(t: &'a TableInfo, module: &'a str) -> Self {
        let column = t
            .columns
            .iter()
            .skip(1)
            .find(|(_, ty)| ty.starts_with("VARCHAR2"))
            .or_else(|| t.columns.get(1))
            .map_or("ID".to_owned(), |(c, _)| c.clone());
        Subject {
            table: &t.name,
            column: column.to_lowercase(),
            sequence: t
                .sequence
                .clone()
                .unwrap_or_else(|| format!("{}_SEQ", t.name))
                .to_lowercase(),
            module,
        }
    }
}

impl Sub {
    fn name(self, x: &Subject) -> String {
        match self {
            Sub::Getter => format!("get_{}", x.column),
            Sub::Create => "create_row".into(),
            Sub::SetStatus => "set_status".into(),
            Sub::Purge => "purge".into(),
            Sub::CountWhere => "count_where".into(),
            Sub::PrintSummary => "print_summary".into(),
            Sub::Upsert => "upsert".into(),
            Sub::IsValid => "is_valid".into(),
        }
    }

    /// The subprogram's heading, as the spec declares it (without `;`).
    fn heading(self, x: &Subject) -> String {
        let (t, c) = (x.table.to_lowercase(), &x.column);
        let name = self.name(x);
        match self {
            Sub::Getter => format!("FUNCTION {name}(p_id IN {t}.id%TYPE) RETURN {t}.{c}%TYPE"),
            Sub::Create => format!("PROCEDURE {name}(p_{c} IN {t}.{c}%TYPE, p_id OUT {t}.id%TYPE)"),
            Sub::SetStatus => format!("PROCEDURE {name}(p_id IN NUMBER, p_status IN VARCHAR2)"),
            Sub::Purge => {
                format!("PROCEDURE {name}(p_before IN DATE, p_batch IN PLS_INTEGER DEFAULT 1000)")
            }
            Sub::CountWhere => format!("FUNCTION {name}(p_filter IN VARCHAR2) RETURN NUMBER"),
            Sub::PrintSummary => format!("PROCEDURE {name}"),
            Sub::Upsert => format!("PROCEDURE {name}(p_id IN NUMBER, p_{c} IN VARCHAR2)"),
            Sub::IsValid => format!("FUNCTION {name}(p_id IN NUMBER) RETURN BOOLEAN"),
        }
    }

    /// The whole subprogram, indented by `indent`, ending with `END name;`.
    fn body(self, x: &Subject, indent: &str, logs: bool) -> String {
        let (t, c, seq, module) = (x.table.to_lowercase(), &x.column, &x.sequence, x.module);
        let name = self.name(x);
        let log = |what: &str, id: &str| {
            if logs {
                format!("\n  log_action('{what}', {id});")
            } else {
                String::new()
            }
        };
        let text = match self {
            Sub::Getter => format!(
                "{heading} IS\n  l_result {t}.{c}%TYPE;\nBEGIN\n  SELECT {c}\n    INTO l_result\n    FROM {t}\n   WHERE id = p_id;\n  RETURN l_result;\nEXCEPTION\n  WHEN NO_DATA_FOUND THEN\n    RETURN NULL;\nEND {name};\n",
                heading = self.heading(x)
            ),
            Sub::Create => format!(
                "{heading} IS\nBEGIN\n  INSERT INTO {t} (id, {c})\n  VALUES ({seq}.NEXTVAL, p_{c})\n  RETURNING id INTO p_id;{log}\nEND {name};\n",
                heading = self.heading(x),
                log = log("create", "p_id")
            ),
            Sub::SetStatus => format!(
                "{heading} IS\nBEGIN\n  IF p_status NOT IN ('A', 'I', 'X') THEN\n    raise_application_error(-20001, 'invalid status ''' || p_status || '''');\n  END IF;\n  UPDATE {t}\n     SET status = p_status,\n         updated_at = SYSTIMESTAMP\n   WHERE id = p_id;\n  IF SQL%ROWCOUNT = 0 THEN\n    raise_application_error(-20404, '{t} ' || p_id || ' not found');\n  END IF;{log}\nEND {name};\n",
                heading = self.heading(x),
                log = log("status", "p_id")
            ),
            Sub::Purge => format!(
                "{heading} IS\n  TYPE t_ids IS TABLE OF NUMBER INDEX BY PLS_INTEGER;\n  CURSOR c_old IS\n    SELECT id FROM {t} WHERE created_at < p_before;\n  l_ids t_ids;\nBEGIN\n  OPEN c_old;\n  LOOP\n    FETCH c_old BULK COLLECT INTO l_ids LIMIT p_batch;\n    EXIT WHEN l_ids.COUNT = 0;\n    FORALL i IN 1 .. l_ids.COUNT\n      DELETE FROM {t} WHERE id = l_ids(i);\n    COMMIT;\n  END LOOP;\n  CLOSE c_old;\nEXCEPTION\n  WHEN OTHERS THEN\n    IF c_old%ISOPEN THEN\n      CLOSE c_old;\n    END IF;\n    ROLLBACK;\n    RAISE;\nEND {name};\n",
                heading = self.heading(x)
            ),
            Sub::CountWhere => format!(
                "{heading} IS\n  l_count NUMBER;\nBEGIN\n  EXECUTE IMMEDIATE q'[SELECT COUNT(*) FROM {t} WHERE ]' || p_filter\n    INTO l_count;\n  RETURN l_count;\nEND {name};\n",
                heading = self.heading(x)
            ),
            Sub::PrintSummary => format!(
                "{heading} IS\nBEGIN\n  FOR r IN (SELECT status, COUNT(*) cnt\n              FROM {t}\n             GROUP BY status\n             ORDER BY status)\n  LOOP\n    dbms_output.put_line(r.status || ': ' || r.cnt || ' row(s); details in /reports/{module}');\n  END LOOP;\nEND {name};\n",
                heading = self.heading(x)
            ),
            Sub::Upsert => format!(
                "{heading} IS\nBEGIN\n  MERGE INTO {t} d\n  USING (SELECT p_id AS id, p_{c} AS {c} FROM dual) s\n     ON (d.id = s.id)\n   WHEN MATCHED THEN\n     UPDATE SET d.{c} = s.{c}\n   WHEN NOT MATCHED THEN\n     INSERT (id, {c}) VALUES (s.id, s.{c});{log}\nEND {name};\n",
                heading = self.heading(x),
                log = log("upsert", "p_id")
            ),
            Sub::IsValid => format!(
                "{heading} IS\n  l_row {t}%ROWTYPE;\nBEGIN\n  SELECT * INTO l_row FROM {t} WHERE id = p_id;\n  CASE\n    WHEN l_row.{c} IS NULL THEN\n      RETURN FALSE;\n    WHEN LENGTH(l_row.{c}) > 4000 THEN\n      RETURN FALSE;\n    ELSE\n      RETURN TRUE;\n  END CASE;\nEXCEPTION\n  WHEN NO_DATA_FOUND OR TOO_MANY_ROWS THEN\n    RETURN FALSE;\nEND {name};\n",
                heading = self.heading(x)
            ),
        };
        indent_lines(&text, indent)
    }
}

fn indent_lines(text: &str, indent: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.lines() {
        if !line.is_empty() {
            out.push_str(indent);
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// `/` after a unit, and what each style writes after it.
fn end_unit(text: &mut String, style: Style, what: &str, full: &str) {
    match style {
        Style::Metadata => {
            let _ = write!(text, "\n/\n");
            if what == "TRIGGER" {
                let _ = writeln!(text, "ALTER TRIGGER {full} ENABLE;");
            }
        }
        Style::Handwritten => {
            let _ = writeln!(text, "/\nshow errors");
        }
    }
}

fn choose_subs(g: &mut Generator, count: usize) -> Vec<Sub> {
    let mut chosen = Vec::new();
    while chosen.len() < count.min(SUBS.len()) {
        let sub = SUBS[g.rng.below(SUBS.len())];
        if !chosen.contains(&sub) {
            chosen.push(sub);
        }
    }
    chosen
}

pub(super) fn package(g: &mut Generator, s: usize) {
    let schema = g.schemas[s];
    let style = g.style();
    let table = g.some_table(s);
    let name = g.unique_name(s, &format!("PKG_{}", table.name));
    let module = name.to_lowercase();
    let x = Subject::new(&table, &module);
    let count = g.rng.range(2, 8);
    let subs = choose_subs(g, count);
    let full = qualified(style, schema, &name);
    let lower = name.to_lowercase();

    let mut spec = banner(style, "Package", &name);
    let _ = write!(
        spec,
        "  {} {full} AUTHID DEFINER AS\n  -- Maintenance API for {t}.\n  -- Do not call from triggers on {t}; it locks rows.\n\n  c_active   CONSTANT CHAR(1) := 'A';\n  c_inactive CONSTANT CHAR(1) := 'I';\n  e_not_found EXCEPTION;\n  PRAGMA EXCEPTION_INIT(e_not_found, -20404);\n\n  TYPE t_id_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;\n\n",
        kw(style, "CREATE OR REPLACE EDITIONABLE PACKAGE"),
        t = x.table.to_lowercase()
    );
    for sub in &subs {
        let _ = writeln!(spec, "  {};\n", sub.heading(&x));
    }
    let _ = writeln!(spec, "END {lower};");
    end_unit(&mut spec, style, "PACKAGE", &full);
    g.push(s, Kind::Package, &name, spec);

    let mut body = banner(style, "Package Body", &name);
    let _ = write!(
        body,
        "  {} {full} AS\n\n",
        kw(style, "CREATE OR REPLACE EDITIONABLE PACKAGE BODY")
    );
    let logs = g.rng.chance(70);
    if logs {
        body.push_str(&indent_lines(
            &format!("PROCEDURE log_action(p_action IN VARCHAR2, p_id IN NUMBER) IS\n  PRAGMA AUTONOMOUS_TRANSACTION;\nBEGIN\n  INSERT INTO app_log (logged_at, module, action, row_id)\n  VALUES (SYSTIMESTAMP, '{module}', p_action, p_id);\n  COMMIT;\nEXCEPTION\n  WHEN OTHERS THEN\n    ROLLBACK;  -- logging must never fail the caller\nEND log_action;\n"),
            "  ",
        ));
        body.push('\n');
    }
    for sub in &subs {
        body.push_str(&sub.body(&x, "  ", logs));
        body.push('\n');
    }
    if g.rng.chance(30) {
        // Package initialisation section.
        body.push_str("BEGIN\n  dbms_application_info.set_module(module_name => '");
        body.push_str(&module);
        body.push_str("', action_name => NULL);\n");
    }
    let _ = writeln!(body, "END {lower};");
    end_unit(&mut body, style, "PACKAGE BODY", &full);
    g.push(s, Kind::PackageBody, &name, body);
}

pub(super) fn procedure(g: &mut Generator, s: usize) {
    standalone(
        g,
        s,
        &[Sub::Purge, Sub::PrintSummary, Sub::SetStatus, Sub::Upsert],
        Kind::Procedure,
    );
}

pub(super) fn function(g: &mut Generator, s: usize) {
    standalone(
        g,
        s,
        &[Sub::Getter, Sub::CountWhere, Sub::IsValid],
        Kind::Function,
    );
}

fn standalone(g: &mut Generator, s: usize, from: &[Sub], kind: Kind) {
    let schema = g.schemas[s];
    let style = g.style();
    let table = g.some_table(s);
    let sub = from[g.rng.below(from.len())];
    let module = table.name.to_lowercase();
    let x = Subject::new(&table, &module);
    let base = format!("{}_{}", sub.name(&x).to_uppercase(), table.name);
    let name = g.unique_name(s, &base);
    let full = qualified(style, schema, &name);
    let what = if kind == Kind::Function {
        "Function"
    } else {
        "Procedure"
    };
    let unit = sub.body(&x, "", false);
    // The unit as written inside a package, renamed and made a top-level CREATE.
    let heading_end = unit.find(" IS\n").unwrap_or(0);
    let (keyword, rest) = unit[..heading_end].split_once(' ').unwrap_or((what, ""));
    let parameters = rest.find(['(', ' ']).map_or("", |i| &rest[i..]);
    let body = unit[heading_end..].replace(
        &format!("END {};", sub.name(&x)),
        &format!("END {};", name.to_lowercase()),
    );
    let mut text = banner(style, what, &name);
    let _ = write!(
        text,
        "  {} {full}{parameters}{body}",
        kw(
            style,
            &format!("CREATE OR REPLACE EDITIONABLE {}", keyword.to_uppercase())
        ),
    );
    end_unit(&mut text, style, what, &full);
    g.push(s, kind, &name, text);
}

pub(super) fn trigger(g: &mut Generator, s: usize) {
    let schema = g.schemas[s];
    let style = g.style();
    let table = g.some_table(s);
    let has = |c: &str| table.columns.iter().any(|(n, _)| n == c);
    let t = qualified(style, schema, &table.name);
    let lower = table.name.to_lowercase();
    let (suffix, text_body) = if g.rng.chance(60) {
        let sequence = table
            .sequence
            .clone()
            .unwrap_or_else(|| format!("{}_SEQ", table.name))
            .to_lowercase();
        let mut b = format!(
            "BEFORE INSERT OR UPDATE ON {t}\n  REFERENCING NEW AS NEW OLD AS OLD\n  FOR EACH ROW\nBEGIN\n  IF INSERTING AND :NEW.id IS NULL THEN\n    SELECT {sequence}.NEXTVAL INTO :NEW.id FROM dual;\n  END IF;\n"
        );
        if has("UPDATED_AT") {
            b.push_str("  IF UPDATING THEN\n    :NEW.updated_at := SYSTIMESTAMP;\n  END IF;\n");
        }
        if has("ROW_VERSION") {
            b.push_str("  :NEW.row_version := NVL(:OLD.row_version, 0) + 1;\n");
        }
        b.push_str("END;\n");
        ("BIU", b)
    } else {
        (
            "AUD",
            format!(
                "AFTER UPDATE OR DELETE ON {t}\n  FOR EACH ROW\nDECLARE\n  l_action VARCHAR2(6);\nBEGIN\n  l_action := CASE WHEN UPDATING THEN 'UPDATE' ELSE 'DELETE' END;\n  INSERT INTO audit_trail (table_name, row_id, action, changed_by, changed_at)\n  VALUES ('{lower}', :OLD.id, l_action, SYS_CONTEXT('USERENV', 'SESSION_USER'), SYSTIMESTAMP);\nEXCEPTION\n  WHEN OTHERS THEN\n    -- never block the change; the audit gap shows in the alert log\n    sys.dbms_system.ksdwrt(2, 'audit failed for {lower}: ' || SQLERRM);\nEND;\n"
            ),
        )
    };
    let name = g.unique_name(s, &format!("TRG_{}_{suffix}", table.name));
    let full = qualified(style, schema, &name);
    let mut text = banner(style, "Trigger", &name);
    let _ = write!(
        text,
        "  {} {full}\n  {text_body}",
        kw(style, "CREATE OR REPLACE EDITIONABLE TRIGGER")
    );
    end_unit(&mut text, style, "TRIGGER", &full);
    g.push(s, Kind::Trigger, &name, text);
}
