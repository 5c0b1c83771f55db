//! The reader on the project's own scripts in corpus/reader: what it finds in each, where,
//! and what it says about it.

use orapg::reader::{self, CommandKind, Item, ReadOptions, Script, StatementKind, Terminator};
use orapg::source::InputFile;
use std::path::PathBuf;

fn corpus(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/reader")
        .join(path)
}

fn read(path: &str) -> Script {
    read_with(path, ReadOptions::default())
}

fn read_with(path: &str, options: ReadOptions) -> Script {
    reader::read_inputs(&[InputFile::Path(corpus(path))], &options)
}

/// (kind, schema.name, first line, terminator) of every statement.
fn statements(script: &Script) -> Vec<(StatementKind, String, u32, Terminator)> {
    script
        .statements()
        .map(|s| {
            let file = script.sources.get(s.file);
            let name = match (&s.schema, &s.head.name) {
                (Some(schema), Some(name)) => format!("{schema}.{name}"),
                (None, Some(name)) => name.clone(),
                _ => String::new(),
            };
            (
                s.head.kind,
                name,
                file.line_col(s.span.start as usize).line,
                s.terminator,
            )
        })
        .collect()
}

/// (code, file name, line, column) of every diagnostic.
fn diagnostics(script: &Script) -> Vec<(&'static str, String, u32, u32)> {
    script
        .all_diagnostics()
        .into_iter()
        .map(|d| {
            let r = d.resolve(&script.sources);
            let file = r.file.unwrap_or_default();
            let file_name = file.rsplit('/').next().unwrap_or("").to_owned();
            (
                d.code.as_str(),
                file_name,
                r.line.unwrap_or(0),
                r.column.unwrap_or(0),
            )
        })
        .collect()
}

fn text_of(script: &Script, index: usize) -> &str {
    let statement = script.statements().nth(index).unwrap();
    statement.text(&script.sources)
}

#[test]
fn slash_and_semicolon_inside_literals_and_comments() {
    use StatementKind::*;
    let script = read("slash_in_strings_and_comments.sql");
    assert_eq!(
        statements(&script),
        vec![
            (Table, "FLEET_ROUTE".into(), 2, Terminator::Semicolon),
            (Insert, "FLEET_ROUTE".into(), 11, Terminator::Semicolon),
            (Procedure, "LOG_ROUTE_CHANGE".into(), 14, Terminator::Slash),
            (Select, "".into(), 27, Terminator::Slash),
        ]
    );
    assert!(text_of(&script, 2).ends_with("END log_route_change;"));
    assert_eq!(diagnostics(&script), vec![]);
    // The block comment before the INSERT travels with it.
    let insert = script.statements().nth(1).unwrap();
    let comment = script
        .sources
        .get(insert.file)
        .slice(insert.leading_comments.unwrap());
    assert!(comment.starts_with("/* A block comment") && comment.ends_with("comment. */"));
}

#[test]
fn q_quotes_with_every_delimiter_kind() {
    let script = read("q_quotes.sql");
    let kinds: Vec<StatementKind> = script.statements().map(|s| s.head.kind).collect();
    assert_eq!(kinds.len(), 7);
    assert!(kinds[..6].iter().all(|k| *k == StatementKind::Insert));
    assert_eq!(kinds[6], StatementKind::AnonymousBlock);
    assert!(text_of(&script, 1).ends_with("Q'{use '{' and braces freely; ok}')"));
    assert!(text_of(&script, 3).ends_with("q'<a > b; don't>')"));
    assert!(text_of(&script, 4).ends_with("q'!Isn't it; grand!')"));
    assert!(text_of(&script, 5).ends_with("nq'#national ; text#')"));
    assert_eq!(diagnostics(&script), vec![]);
}

#[test]
fn nested_blocks_end_at_the_outer_slash() {
    let script = read("nested_blocks.sql");
    assert_eq!(
        statements(&script),
        vec![
            (
                StatementKind::AnonymousBlock,
                "".into(),
                2,
                Terminator::Slash
            ),
            (
                StatementKind::AnonymousBlock,
                "".into(),
                30,
                Terminator::Slash
            ),
        ]
    );
    assert!(text_of(&script, 0).starts_with("<<reconcile>>"));
    assert!(text_of(&script, 0).ends_with("END reconcile;"));
}

#[test]
fn trigger_with_declare_section() {
    let script = read("trigger_with_declare.trg");
    assert_eq!(
        statements(&script),
        vec![(
            StatementKind::Trigger,
            "FLEET.TRG_VEHICLE_AUDIT".into(),
            2,
            Terminator::Slash
        )]
    );
    let commands: Vec<CommandKind> = script.commands().map(|c| c.kind).collect();
    assert_eq!(commands, vec![CommandKind::Show]);
}

#[test]
fn package_spec_and_body_in_one_file() {
    let script = read("package_spec_and_body.sql");
    assert_eq!(
        statements(&script),
        vec![
            (
                StatementKind::Package,
                "BILLING.INVOICE_API".into(),
                2,
                Terminator::Slash
            ),
            (
                StatementKind::PackageBody,
                "BILLING.INVOICE_API".into(),
                10,
                Terminator::Slash
            ),
        ]
    );
}

#[test]
fn includes_missing_cycle_repeat_and_arguments() {
    let script = read("includes/install.sql");
    assert_eq!(
        statements(&script),
        vec![
            (
                StatementKind::Table,
                "PART".into(),
                1,
                Terminator::Semicolon
            ),
            (
                StatementKind::Sequence,
                "PART_SEQ".into(),
                5,
                Terminator::Semicolon
            ),
            (
                StatementKind::Table,
                "PART_CYCLE_A".into(),
                2,
                Terminator::Semicolon
            ),
            (
                StatementKind::Table,
                "PART_CYCLE_B".into(),
                1,
                Terminator::Semicolon
            ),
            (
                StatementKind::Insert,
                "PARTS_OWNER.PART".into(),
                2,
                Terminator::Semicolon
            ),
        ]
    );
    // START's arguments became &1 and &2.
    assert_eq!(
        text_of(&script, 4),
        "INSERT INTO PARTS_OWNER.part (part_no, descr) VALUES ('P-250', 'seeded part')"
    );
    assert_eq!(
        diagnostics(&script),
        vec![
            ("OPG0004", "install.sql".into(), 5, 1),
            ("OPG0006", "install.sql".into(), 7, 1),
            ("OPG0005", "cycle_second.sql".into(), 2, 1),
        ]
    );
    // Statements read through an include know where from.
    let first = script.statements().next().unwrap();
    let (from_file, from_span) = first.included_from.unwrap();
    let including = script.sources.get(from_file);
    assert_eq!(including.line_col(from_span.start as usize).line, 4);
    assert_eq!(script.sources.len(), 5);
}

#[test]
fn included_files_named_again_as_inputs_are_read_once() {
    let options = ReadOptions::default();
    let dir = corpus("includes");
    let (files, _) = orapg::source::discover_inputs(&[dir], &[]);
    let script = reader::read_inputs(&files, &options);
    let tables: Vec<String> = statements(&script)
        .into_iter()
        .filter(|s| s.0 == StatementKind::Table)
        .map(|s| s.1)
        .collect();
    assert_eq!(tables, ["PART_CYCLE_A", "PART_CYCLE_B", "PART"]);
}

#[test]
fn substitution_variables() {
    let options = ReadOptions {
        defines: vec![("report_role".into(), "SALES_REPORTING".into())],
        ..ReadOptions::default()
    };
    let script = read_with("substitution.sql", options);
    assert_eq!(
        text_of(&script, 0),
        "CREATE TABLE SALES.customer (\n  customer_id NUMBER(12) PRIMARY KEY,\n  name        VARCHAR2(100)\n) TABLESPACE SALES_DATA"
    );
    assert_eq!(
        text_of(&script, 1),
        "CREATE INDEX SALES.customer_name_ix ON SALES.customer (name)"
    );
    assert_eq!(
        text_of(&script, 2),
        "GRANT SELECT ON SALES.customer TO SALES_REPORTING"
    );
    // SET DEFINE OFF: '&' is data.
    assert_eq!(
        text_of(&script, 3),
        "INSERT INTO &app_owner..dept_alias VALUES ('R&D')"
    );
    // After UNDEFINE the variable has no value: reported at its line and column.
    assert_eq!(
        diagnostics(&script),
        vec![("OPG0007", "substitution.sql".into(), 15, 9)]
    );
    // The substituted statement maps parser offsets back to the file: "customer" in
    // the first statement sits at line 4, column 26 of the file.
    let first = script.statements().next().unwrap();
    let offset_in_text = text_of(&script, 0).find("customer").unwrap();
    let file = script.sources.get(first.file);
    let at = file.line_col(first.file_offset(offset_in_text));
    assert_eq!((at.line, at.column), (4, 26));
}

#[test]
fn undefined_variable_without_define() {
    let script = read("substitution.sql");
    let undefined: Vec<(u32, u32)> = diagnostics(&script)
        .into_iter()
        .filter(|d| d.0 == "OPG0007")
        .map(|d| (d.2, d.3))
        .collect();
    assert_eq!(undefined, vec![(10, 41), (15, 9)]);
}

#[test]
fn wrapped_units_are_reported_with_their_names() {
    let script = read("wrapped_body.plb");
    assert_eq!(
        statements(&script),
        vec![
            (
                StatementKind::Package,
                "PRICING_RULES".into(),
                2,
                Terminator::Slash
            ),
            (
                StatementKind::PackageBody,
                "PRICING_RULES".into(),
                6,
                Terminator::Slash
            ),
            (
                StatementKind::Function,
                "PRICE_OF".into(),
                17,
                Terminator::Slash
            ),
        ]
    );
    let wrapped: Vec<String> = script
        .all_diagnostics()
        .into_iter()
        .filter(|d| d.code == orapg::catalogue::codes::WRAPPED_PLSQL)
        .map(|d| d.message.clone())
        .collect();
    assert_eq!(wrapped.len(), 2);
    assert!(wrapped[0].starts_with("PACKAGE BODY PRICING_RULES is wrapped"));
    assert!(wrapped[1].starts_with("FUNCTION PRICE_OF is wrapped"));
}

#[test]
fn windows_1252_file_is_decoded() {
    let script = read("windows_1252.sql");
    let (_, file) = script.sources.iter().next().unwrap();
    assert_eq!(file.encoding, "windows-1252");
    assert!(
        file.text
            .contains("Société Générale d'Équipement — prix en €")
    );
    assert!(text_of(&script, 1).contains("Tarifs “spéciaux” de l''année"));
    assert_eq!(
        diagnostics(&script),
        vec![("OPG0002", "windows_1252.sql".into(), 1, 1)]
    );
    let note = &script.diagnostics[0].message;
    assert!(note.contains("offset 86"), "{note}");
    // Columns count characters: 'libellé' is followed by spaces, not bytes.
    let table = script.statements().next().unwrap();
    let pos = file.text.find("VARCHAR2(100)").unwrap();
    assert!(pos > table.span.start as usize);
    assert_eq!(file.line_col(pos).column, 15);
}

#[test]
fn sqlplus_commands_and_current_schema() {
    use StatementKind::*;
    let script = read("sqlplus_commands.sql");
    assert_eq!(
        statements(&script),
        vec![
            (Table, "LOGISTICS.DEPOT".into(), 12, Terminator::Semicolon),
            (AlterSession, "".into(), 13, Terminator::Semicolon),
            (Table, "WAREHOUSE.BIN".into(), 14, Terminator::Semicolon),
            (Exec, "".into(), 15, Terminator::Semicolon),
            (
                Exec,
                "DBMS_STATS.GATHER_TABLE_STATS".into(),
                16,
                Terminator::Semicolon
            ),
        ]
    );
    assert_eq!(
        text_of(&script, 4),
        "dbms_stats.gather_table_stats(USER, 'BIN')"
    );
    let commands: Vec<CommandKind> = script.commands().map(|c| c.kind).collect();
    use CommandKind as C;
    assert_eq!(
        commands,
        vec![
            C::Remark,
            C::Set,
            C::Set,
            C::Set,
            C::Whenever,
            C::Spool,
            C::Column,
            C::Break,
            C::Ttitle,
            C::Variable,
            C::Connect,
            C::Print,
            C::Prompt,
            C::Spool,
            C::Exit
        ]
    );
    let prompt = script.commands().find(|c| c.kind == C::Prompt).unwrap();
    assert_eq!(prompt.arguments, "Done; see install_log.txt");
    assert_eq!(diagnostics(&script), vec![]);
}

#[test]
fn each_input_file_starts_a_fresh_session() {
    // sqlplus_commands.sql switches to WAREHOUSE; the next input must not inherit it.
    let files = [
        InputFile::Path(corpus("sqlplus_commands.sql")),
        InputFile::Path(corpus("package_spec_and_body.sql")),
        InputFile::Path(corpus("wrapped_body.plb")),
    ];
    let options = ReadOptions {
        default_schema: Some("app".into()),
        ..ReadOptions::default()
    };
    let script = reader::read_inputs(&files, &options);
    let last = script.statements().last().unwrap();
    assert_eq!(last.schema.as_deref(), Some("APP"));
}

#[test]
fn missing_terminators_cost_only_their_statement() {
    use StatementKind::*;
    let script = read("missing_terminators.sql");
    assert_eq!(
        statements(&script),
        vec![
            (Table, "SHIPMENT".into(), 2, Terminator::Missing),
            (Table, "SHIPMENT_LINE".into(), 3, Terminator::Semicolon),
            (Type, "ADDRESS_T".into(), 4, Terminator::Missing),
            (Table, "CUSTOMER_ADDRESS".into(), 5, Terminator::Semicolon),
            (Insert, "SHIPMENT".into(), 6, Terminator::Semicolon),
            (Select, "".into(), 7, Terminator::Semicolon),
            (Procedure, "CLOSE_SHIPMENT".into(), 8, Terminator::EndOfFile),
        ]
    );
    assert_eq!(
        diagnostics(&script),
        vec![
            ("OPG0010", "missing_terminators.sql".into(), 2, 71),
            ("OPG0009", "missing_terminators.sql".into(), 4, 84),
            ("OPG0008", "missing_terminators.sql".into(), 6, 38),
            ("OPG0009", "missing_terminators.sql".into(), 11, 4),
        ]
    );
}

#[test]
fn every_item_lies_inside_its_file() {
    let (files, _) = orapg::source::discover_inputs(&[corpus("")], &[]);
    let script = reader::read_inputs(&files, &ReadOptions::default());
    assert!(script.statements().count() >= 40);
    for item in &script.items {
        let (file, span) = match item {
            Item::Statement(s) => (s.file, s.span),
            Item::Command(c) => (c.file, c.span),
        };
        let text = &script.sources.get(file).text;
        assert!(span.end as usize <= text.len());
        assert!(
            text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize)
        );
    }
}

/// Everything a run reports about its statements and diagnostics, resolved to text, so
/// two ways of reading can be compared.
fn resolved(script: &Script) -> (Vec<String>, Vec<String>) {
    let statements = script
        .statements()
        .map(|s| {
            let file = script.sources.get(s.file);
            let from = s.included_from.map(|(f, span)| {
                let including = script.sources.get(f);
                format!(
                    "{}:{}",
                    including.display_path(),
                    including.line_col(span.start as usize).line
                )
            });
            format!(
                "{}:{} {} {:?}.{:?} from {from:?}: {}",
                file.display_path(),
                file.line_col(s.span.start as usize).line,
                s.head.kind.as_str(),
                s.schema,
                s.head.name,
                s.text(&script.sources).len()
            )
        })
        .collect();
    let diagnostics = script
        .all_diagnostics()
        .iter()
        .map(|d| format!("{:?}", d.resolve(&script.sources)))
        .collect();
    (statements, diagnostics)
}

#[test]
fn batched_reading_finds_what_one_pass_finds() {
    // The whole corpus: includes (fleet/install.sql reads files that are also inputs),
    // CONNECT and substitution, read at once and in batches far smaller than one file.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let (inputs, problems) = orapg::source::discover_inputs(&[root], &[]);
    assert!(problems.is_empty());
    let options = ReadOptions::default();
    let whole = reader::read_inputs(&inputs, &options);
    let (whole_statements, mut whole_diagnostics) = resolved(&whole);
    for batch_bytes in [1, 4096, 1 << 20] {
        let mut statements = Vec::new();
        let mut diagnostics = Vec::new();
        let mut batches = 0;
        reader::read_inputs_in_batches(&inputs, &options, batch_bytes, &mut |script| {
            let (s, d) = resolved(script);
            statements.extend(s);
            diagnostics.extend(d);
            batches += 1;
        });
        assert_eq!(statements, whole_statements, "batch size {batch_bytes}");
        // Within a batch diagnostics come sorted; across batches in reading order.
        diagnostics.sort();
        whole_diagnostics.sort();
        assert_eq!(diagnostics, whole_diagnostics, "batch size {batch_bytes}");
        if batch_bytes == 1 {
            // One statement a batch at least (some batches hold only diagnostics).
            assert!(batches >= whole_statements.len(), "{batches} batches");
        }
    }
}
