//! SQL*Plus commands: which words start one, and what orapg takes from their arguments.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CommandKind {
    /// `@file`
    Include,
    /// `EXEC` with nothing after it.
    Execute,
    /// `@@file`
    IncludeRelative,
    Start,
    Set,
    Prompt,
    Remark,
    Spool,
    Define,
    Undefine,
    Variable,
    Print,
    Column,
    Break,
    Compute,
    Ttitle,
    Btitle,
    Repheader,
    Repfooter,
    Whenever,
    Exit,
    Show,
    Connect,
    Disconnect,
    Clear,
    Pause,
    Accept,
    Host,
    Describe,
    Timing,
    Store,
    Run,
    /// A line holding only `/` outside a statement: runs the buffer again.
    RunBuffer,
    /// A line holding only `.`: ends a block's entry without running it.
    EndBuffer,
    Password,
    Attribute,
    Archive,
    Recover,
    Startup,
    Shutdown,
    Copy,
    Get,
    Save,
    Help,
    History,
    Xquery,
}

/// (full name, shortest accepted abbreviation, kind), from the SQL*Plus reference.
const COMMANDS: &[(&str, usize, CommandKind)] = &[
    ("ACCEPT", 3, CommandKind::Accept),
    ("ARCHIVE", 7, CommandKind::Archive),
    ("ATTRIBUTE", 4, CommandKind::Attribute),
    ("BREAK", 3, CommandKind::Break),
    ("BTITLE", 3, CommandKind::Btitle),
    ("CLEAR", 2, CommandKind::Clear),
    ("COLUMN", 3, CommandKind::Column),
    ("COMPUTE", 4, CommandKind::Compute),
    ("CONNECT", 4, CommandKind::Connect),
    ("COPY", 4, CommandKind::Copy),
    ("DEFINE", 3, CommandKind::Define),
    ("DESCRIBE", 4, CommandKind::Describe),
    ("DISCONNECT", 4, CommandKind::Disconnect),
    ("EXIT", 4, CommandKind::Exit),
    ("GET", 3, CommandKind::Get),
    ("HELP", 4, CommandKind::Help),
    ("HISTORY", 4, CommandKind::History),
    ("HOST", 2, CommandKind::Host),
    ("PASSWORD", 4, CommandKind::Password),
    ("PAUSE", 3, CommandKind::Pause),
    ("PRINT", 3, CommandKind::Print),
    ("PROMPT", 3, CommandKind::Prompt),
    ("QUIT", 4, CommandKind::Exit),
    ("RECOVER", 7, CommandKind::Recover),
    ("REMARK", 3, CommandKind::Remark),
    ("REPFOOTER", 4, CommandKind::Repfooter),
    ("REPHEADER", 4, CommandKind::Repheader),
    ("RUN", 3, CommandKind::Run),
    ("SAVE", 3, CommandKind::Save),
    ("SET", 3, CommandKind::Set),
    ("SHOW", 3, CommandKind::Show),
    ("SHUTDOWN", 8, CommandKind::Shutdown),
    ("SPOOL", 3, CommandKind::Spool),
    ("START", 3, CommandKind::Start),
    ("STARTUP", 7, CommandKind::Startup),
    ("STORE", 5, CommandKind::Store),
    ("TIMING", 4, CommandKind::Timing),
    ("TTITLE", 3, CommandKind::Ttitle),
    ("UNDEFINE", 5, CommandKind::Undefine),
    ("VARIABLE", 3, CommandKind::Variable),
    ("WHENEVER", 5, CommandKind::Whenever),
    ("XQUERY", 6, CommandKind::Xquery),
];

/// What starts a line: a SQL*Plus command, `EXEC` (a PL/SQL call SQL*Plus wraps in a
/// block), or SQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStart {
    Command(CommandKind),
    Exec,
    Sql,
}

/// Classifies a line by its first word. `first_word` is the word itself; `next_word`
/// the word after it (to tell the SQL statements `SET ROLE`/`SET TRANSACTION`/
/// `SET CONSTRAINTS` from the SQL*Plus `SET`).
pub fn classify_line_start(first_word: &str, next_word: Option<&str>) -> LineStart {
    let upper = first_word.to_ascii_uppercase();
    if matches!(upper.as_str(), "EXEC" | "EXECUTE") {
        return LineStart::Exec;
    }
    if upper == "SET"
        && next_word.is_some_and(|n| {
            ["ROLE", "TRANSACTION", "CONSTRAINT", "CONSTRAINTS"]
                .iter()
                .any(|w| n.eq_ignore_ascii_case(w))
        })
    {
        return LineStart::Sql;
    }
    for &(full, min, kind) in COMMANDS {
        if upper.len() >= min && full.starts_with(upper.as_str()) {
            return LineStart::Command(kind);
        }
    }
    LineStart::Sql
}

/// SQL*Plus commands that may end a statement that lacks its `;`: these words never
/// start a line inside SQL, so seeing one means the statement before it was not closed.
pub fn ends_unterminated_sql(word: &str) -> bool {
    [
        "PROMPT", "REM", "REMARK", "SPOOL", "WHENEVER", "EXIT", "QUIT", "UNDEFINE",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// The argument words of `SET`, as (option, value) pairs orapg acts on.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SetOptions {
    /// `SET DEFINE OFF|ON|c`: `Some(None)` turns substitution off, `Some(Some(c))` on
    /// with prefix `c`.
    pub define: Option<Option<char>>,
    /// `SET SCAN OFF|ON` (obsolete spelling of SET DEFINE).
    pub scan: Option<bool>,
    /// `SET CONCAT OFF|ON|c`.
    pub concat: Option<Option<char>>,
}

fn is_abbrev(word: &str, full: &str, min: usize) -> bool {
    word.len() >= min && full.starts_with(&word.to_ascii_uppercase())
}

/// Reads the options orapg cares about from `SET`'s arguments.
pub fn read_set_options(args: &str) -> SetOptions {
    let words: Vec<&str> = args.split_whitespace().collect();
    let mut options = SetOptions::default();
    let mut i = 0;
    while i < words.len() {
        let option = words[i];
        let value = words.get(i + 1).copied().unwrap_or("");
        let value_unquoted = value.trim_matches(|c| c == '\'' || c == '"');
        let switch = |v: &str| -> Option<Option<char>> {
            if v.eq_ignore_ascii_case("OFF") {
                Some(None)
            } else if v.eq_ignore_ascii_case("ON") {
                None
            } else {
                let mut chars = v.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(Some(c)),
                    _ => None,
                }
            }
        };
        if is_abbrev(option, "DEFINE", 3) {
            options.define = Some(match switch(value_unquoted) {
                Some(off_or_char) => off_or_char,
                None => Some('&'),
            });
            i += 2;
        } else if is_abbrev(option, "SCAN", 3) {
            options.scan = Some(!value.eq_ignore_ascii_case("OFF"));
            i += 2;
        } else if is_abbrev(option, "CONCAT", 3) {
            options.concat = Some(match switch(value_unquoted) {
                Some(off_or_char) => off_or_char,
                None => Some('.'),
            });
            i += 2;
        } else {
            i += 1;
        }
    }
    options
}

/// `DEFINE name = value` / `DEFINE name = "value"`: the pair, or `None` for the listing
/// forms (`DEFINE`, `DEFINE name`).
pub fn read_define(args: &str) -> Option<(String, String)> {
    let (name, value) = args.split_once('=')?;
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value);
    Some((name.to_ascii_uppercase(), value.to_owned()))
}

/// `CONNECT user[/password][@db]` (or `user@db/password`, or `/ as sysdba`): the
/// user whose schema becomes the default.
pub fn read_connect_user(args: &str) -> Option<String> {
    let first = args.split_whitespace().next()?;
    let user = first.split(['/', '@']).next()?.trim_matches('"');
    if user.is_empty() {
        return None;
    }
    Some(super::head::normalize_identifier(user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_follow_the_reference() {
        assert_eq!(
            classify_line_start("PRO", None),
            LineStart::Command(CommandKind::Prompt)
        );
        assert_eq!(classify_line_start("pr", None), LineStart::Sql);
        assert_eq!(
            classify_line_start("rem", None),
            LineStart::Command(CommandKind::Remark)
        );
        assert_eq!(
            classify_line_start("sho", Some("errors")),
            LineStart::Command(CommandKind::Show)
        );
        assert_eq!(
            classify_line_start("set", Some("define")),
            LineStart::Command(CommandKind::Set)
        );
        assert_eq!(
            classify_line_start("SET", Some("TRANSACTION")),
            LineStart::Sql
        );
        assert_eq!(classify_line_start("savepoint", Some("a")), LineStart::Sql);
        assert_eq!(classify_line_start("select", None), LineStart::Sql);
        assert_eq!(classify_line_start("exec", None), LineStart::Exec);
        assert_eq!(
            classify_line_start("sta", None),
            LineStart::Command(CommandKind::Start)
        );
    }

    #[test]
    fn set_define_forms() {
        assert_eq!(read_set_options("define off").define, Some(None));
        assert_eq!(read_set_options("DEFINE ON").define, Some(Some('&')));
        assert_eq!(read_set_options("def '^'").define, Some(Some('^')));
        assert_eq!(
            read_set_options("echo on feedback off scan off").scan,
            Some(false)
        );
        assert_eq!(read_set_options("serveroutput on").define, None);
    }

    #[test]
    fn define_and_connect() {
        assert_eq!(
            read_define("owner = HR"),
            Some(("OWNER".into(), "HR".into()))
        );
        assert_eq!(
            read_define("ts = \"USERS DATA\""),
            Some(("TS".into(), "USERS DATA".into()))
        );
        assert_eq!(read_define("owner"), None);
        assert_eq!(read_connect_user("hr/secret@orcl"), Some("HR".into()));
        assert_eq!(read_connect_user("/ as sysdba"), None);
    }
}
