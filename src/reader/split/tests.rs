use super::*;
use crate::reader::sqlplus::CommandKind;

/// (kind word, item text, terminator) for each item.
fn items(text: &str) -> Vec<(String, &str, Option<Terminator>)> {
    split(text)
        .items
        .iter()
        .map(|item| {
            let body = &text[item.span.range()];
            match &item.kind {
                RawItemKind::Statement { terminator, .. } => {
                    ("stmt".to_owned(), body, Some(*terminator))
                }
                RawItemKind::Command(kind) => (format!("{kind:?}"), body, None),
                RawItemKind::ExecCall { call } => ("exec".to_owned(), &text[call.range()], None),
            }
        })
        .collect()
}

#[test]
fn semicolons_inside_literals_and_comments_do_not_split() {
    let text = "select 'a;b', \"x;y\", q'[;]' -- c;\n/* d; */ from dual;\nselect 2 from dual;";
    let got = items(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0].1,
        "select 'a;b', \"x;y\", q'[;]' -- c;\n/* d; */ from dual"
    );
    assert_eq!(got[1].1, "select 2 from dual");
}

#[test]
fn plsql_units_end_at_slash_lines_only() {
    let text = "create procedure p is\nbegin\n  null;\nend;\n  /  \nbegin p; end;\n/\n";
    let got = items(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].1, "create procedure p is\nbegin\n  null;\nend;");
    assert_eq!(got[0].2, Some(Terminator::Slash));
    assert_eq!(got[1].1, "begin p; end;");
}

#[test]
fn slash_inside_string_or_comment_lines_is_not_a_terminator() {
    let text = "begin\n  x := '\n/\n';\n  /*\n/\n  */\n  null;\nend;\n/\n";
    let got = items(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.ends_with("end;"));
}

#[test]
fn sqlplus_commands_are_lines_of_their_own() {
    let text = "set define off\nprompt a; b\nrem x; y\n@@child.sql\nSET TRANSACTION READ ONLY;\nexec p(1);\n";
    let got = items(text);
    let kinds: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        kinds,
        ["Set", "Prompt", "Remark", "IncludeRelative", "stmt", "exec"]
    );
    assert_eq!(got[5].1, "p(1)");
}

#[test]
fn command_continuation_lines() {
    let text = "column ename -\n  format a20\nselect 1 from dual;";
    let got = items(text);
    assert_eq!(got[0].0, format!("{:?}", CommandKind::Column));
    assert_eq!(got[0].1, "column ename -\n  format a20");
}

#[test]
fn missing_semicolon_before_next_ddl() {
    let text = "create table a (x int)\ncreate table b (y int);";
    let result = split(text);
    assert_eq!(result.items.len(), 2);
    assert_eq!(
        &text[result.items[0].span.range()],
        "create table a (x int)"
    );
    assert_eq!(result.problems[0].code, codes::MISSING_SEMICOLON_TERMINATOR);
}

#[test]
fn alter_table_drop_on_its_own_line_is_not_a_new_statement() {
    let text = "alter table a\n  drop column x;\n";
    assert_eq!(split(text).items.len(), 1);
}

#[test]
fn missing_slash_before_next_create() {
    let text = "create type t as object (a number);\ncreate table x (a t);\n";
    let result = split(text);
    assert_eq!(result.items.len(), 2);
    assert_eq!(result.problems[0].code, codes::MISSING_SLASH_TERMINATOR);
}

#[test]
fn prompt_as_a_plsql_variable_does_not_end_the_unit() {
    let text = "declare prompt varchar2(10);\nbegin\n  null;\nprompt := 'x';\nend;\n/\n";
    assert_eq!(split(text).items.len(), 1);
}

#[test]
fn unterminated_string_costs_only_its_statement() {
    let text = "insert into t values ('abc);\nselect 1 from dual;\n";
    let result = split(text);
    let got: Vec<&str> = result.items.iter().map(|i| &text[i.span.range()]).collect();
    assert_eq!(got, ["insert into t values ('abc)", "select 1 from dual"]);
    assert_eq!(result.problems[0].code, codes::UNTERMINATED_LITERAL);
    assert_eq!(result.problems[0].span, Span::new(22, 23));
}

#[test]
fn wrapped_units_are_read_raw() {
    let text = "create or replace package body p wrapped\na000000\n'abc\n/\nselect 1 from dual;\n";
    let got = items(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].1, "select 1 from dual");
}

#[test]
fn crlf_line_endings() {
    let text = "begin\r\n  null;\r\nend;\r\n/\r\nselect 1 from dual;\r\n";
    let got = items(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].1, "begin\r\n  null;\r\nend;");
}

#[test]
fn leading_comments_are_kept_with_the_next_item() {
    let text = "-- about t\n/* more */\ncreate table t (x int);";
    let result = split(text);
    let leading = result.items[0].leading_comments.unwrap();
    assert_eq!(&text[leading.range()], "-- about t\n/* more */");
}
