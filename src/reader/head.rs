//! Reads the first words of a statement: what kind of statement it is, the object it
//! creates or touches, and whether SQL*Plus reads it as SQL or as a PL/SQL unit.
//! The parser later reads the whole statement; this is what the splitter and
//! `orapg parse` need before (and without) a parse.

use super::lexer::{Lexer, Token, TokenKind};
use serde::Serialize;

/// How SQL*Plus reads a statement's body, which decides how it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyMode {
    /// Ends at `;` or a `/` line.
    #[default]
    Sql,
    /// A PL/SQL unit: `;` ends inner statements; the unit ends at a `/` line.
    #[serde(rename = "plsql")]
    PlSql,
    /// Java source: ends at a `/` line, read without SQL lexing.
    Java,
    /// A wrapped unit: ends at a `/` line, read without SQL lexing.
    Wrapped,
}

/// The statement kinds `orapg parse` reports. Kinds of object-creating statements are
/// named after the object (`TABLE`, `PACKAGE_BODY`); others after the verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum StatementKind {
    Table,
    View,
    Index,
    Sequence,
    Synonym,
    Package,
    PackageBody,
    Procedure,
    Function,
    Trigger,
    Type,
    TypeBody,
    MaterializedView,
    MaterializedViewLog,
    DatabaseLink,
    Directory,
    User,
    Role,
    Tablespace,
    Context,
    Library,
    JavaSource,
    Profile,
    Cluster,
    Schema,
    Dimension,
    Operator,
    Indextype,
    Edition,
    OtherCreate,
    AlterTable,
    AlterIndex,
    AlterSequence,
    AlterView,
    AlterTrigger,
    AlterSession,
    AlterUser,
    AlterOther,
    Comment,
    Grant,
    Revoke,
    Drop,
    Truncate,
    Rename,
    Insert,
    Update,
    Delete,
    Merge,
    Select,
    Call,
    Exec,
    AnonymousBlock,
    Lock,
    Commit,
    Rollback,
    Savepoint,
    SetTransaction,
    SetRole,
    SetConstraints,
    Analyze,
    Audit,
    Noaudit,
    Purge,
    Flashback,
    ExplainPlan,
    Associate,
    Disassociate,
    #[default]
    Unknown,
}

impl StatementKind {
    pub fn as_str(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// Does this statement create a named schema object (the things a migration counts)?
    pub fn creates_object(self) -> bool {
        (self as u8) < (StatementKind::AlterTable as u8)
    }
}

/// An object name as Oracle resolves it: unquoted parts folded to upper case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Head {
    pub kind: StatementKind,
    pub schema: Option<String>,
    pub name: Option<String>,
    pub mode: BodyMode,
    /// `CREATE ... name WRAPPED`: the body is obfuscated.
    pub wrapped: bool,
    /// For `ALTER SESSION SET CURRENT_SCHEMA = x`: the new default schema.
    pub sets_current_schema: Option<String>,
    /// `CREATE OR REPLACE`.
    pub or_replace: bool,
}

/// Oracle folds unquoted identifiers to upper case; quoted ones are taken as written.
pub fn normalize_identifier(raw: &str) -> String {
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        inner.to_owned()
    } else {
        raw.to_uppercase()
    }
}

struct Words<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    at: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str, limit: usize) -> Self {
        let tokens = Lexer::new(text, 0)
            .filter(|t| !t.is_trivia())
            .take(limit)
            .collect();
        Words {
            text,
            tokens,
            at: 0,
        }
    }
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }
    fn peek_text(&self) -> Option<&'a str> {
        self.peek().map(|t| t.text(self.text))
    }
    fn peek_word_is(&self, offset: usize, word: &str) -> bool {
        self.tokens.get(self.at + offset).is_some_and(|t| {
            t.kind == TokenKind::Word && t.text(self.text).eq_ignore_ascii_case(word)
        })
    }
    fn eat(&mut self, word: &str) -> bool {
        if self.peek_word_is(0, word) {
            self.at += 1;
            true
        } else {
            false
        }
    }
    fn eat_seq(&mut self, words: &[&str]) -> bool {
        if words
            .iter()
            .enumerate()
            .all(|(i, w)| self.peek_word_is(i, w))
        {
            self.at += words.len();
            true
        } else {
            false
        }
    }
    fn eat_punct(&mut self, c: char) -> bool {
        if self.peek().is_some_and(|t| t.kind == TokenKind::Punct(c)) {
            self.at += 1;
            true
        } else {
            false
        }
    }
    fn next_word_upper(&mut self) -> Option<String> {
        let t = *self.peek()?;
        if t.kind == TokenKind::Word {
            self.at += 1;
            Some(t.text(self.text).to_ascii_uppercase())
        } else {
            None
        }
    }
    fn identifier(&mut self) -> Option<String> {
        let t = *self.peek()?;
        match t.kind {
            TokenKind::Word | TokenKind::QuotedIdentifier => {
                self.at += 1;
                Some(normalize_identifier(t.text(self.text)))
            }
            _ => None,
        }
    }
    /// `[schema.]name`; for `parts_max` 3, `schema.table.column` returns the table.
    fn qualified_name(&mut self) -> (Option<String>, Option<String>) {
        let Some(first) = self.identifier() else {
            return (None, None);
        };
        let mut parts = vec![first];
        while self.peek().is_some_and(|t| t.kind == TokenKind::Punct('.')) {
            self.at += 1;
            match self.identifier() {
                Some(p) => parts.push(p),
                None => break,
            }
        }
        match parts.len() {
            1 => (None, parts.pop()),
            _ => {
                let name = parts.pop();
                (parts.pop(), name)
            }
        }
    }
    /// A dotted name taken whole (database links are named `remote.example.com`).
    fn dotted_name(&mut self) -> Option<String> {
        let mut name = self.identifier()?;
        while self.peek().is_some_and(|t| t.kind == TokenKind::Punct('.')) {
            self.at += 1;
            match self.identifier() {
                Some(p) => {
                    name.push('.');
                    name.push_str(&p);
                }
                None => break,
            }
        }
        Some(name)
    }
    fn skip_if_not_exists(&mut self) {
        self.eat_seq(&["IF", "NOT", "EXISTS"]);
        self.eat_seq(&["IF", "EXISTS"]);
    }
}

/// Classifies a statement from its first words. `text` starts at the statement's first
/// token.
pub fn read_head(text: &str) -> Head {
    let mut w = Words::new(text, 24);
    let mut head = Head::default();
    // Anonymous blocks may start with a label.
    if w.peek().is_some_and(|t| t.kind == TokenKind::Punct('<')) {
        head.kind = StatementKind::AnonymousBlock;
        head.mode = BodyMode::PlSql;
        return head;
    }
    let Some(verb) = w.next_word_upper() else {
        if w.eat_punct('(') {
            // `(SELECT ...) UNION ...`
            head.kind = StatementKind::Select;
        }
        return head;
    };
    match verb.as_str() {
        "CREATE" => read_create(&mut w, &mut head),
        "ALTER" => read_alter(&mut w, &mut head),
        "DECLARE" | "BEGIN" => {
            head.kind = StatementKind::AnonymousBlock;
            head.mode = BodyMode::PlSql;
        }
        "COMMENT" => {
            head.kind = StatementKind::Comment;
            w.eat("ON");
            let target = w.next_word_upper();
            if target.as_deref() == Some("MATERIALIZED") {
                w.eat("VIEW");
            }
            let mut parts = Vec::new();
            while let Some(p) = w.identifier() {
                parts.push(p);
                if !w.eat_punct('.') {
                    break;
                }
            }
            if target.as_deref() == Some("COLUMN") && parts.len() >= 2 {
                parts.pop();
            }
            head.name = parts.pop();
            head.schema = parts.pop();
        }
        "GRANT" | "REVOKE" => {
            head.kind = if verb == "GRANT" {
                StatementKind::Grant
            } else {
                StatementKind::Revoke
            };
            // The object comes after ON (object privileges); system privileges have none.
            while let Some(t) = w.peek() {
                let is_on = t.kind == TokenKind::Word && t.text(text).eq_ignore_ascii_case("ON");
                w.at += 1;
                if is_on {
                    w.eat("DIRECTORY");
                    w.eat_seq(&["JAVA", "SOURCE"]);
                    w.eat_seq(&["JAVA", "RESOURCE"]);
                    let (schema, name) = w.qualified_name();
                    head.schema = schema;
                    head.name = name;
                    break;
                }
            }
        }
        "DROP" => {
            head.kind = StatementKind::Drop;
            skip_object_type_words(&mut w);
            w.skip_if_not_exists();
            let (schema, name) = w.qualified_name();
            head.schema = schema;
            head.name = name;
        }
        "TRUNCATE" => {
            head.kind = StatementKind::Truncate;
            w.eat("TABLE");
            w.eat("CLUSTER");
            let (schema, name) = w.qualified_name();
            head.schema = schema;
            head.name = name;
        }
        "RENAME" => {
            head.kind = StatementKind::Rename;
            head.name = w.identifier();
        }
        "INSERT" | "UPDATE" | "DELETE" | "MERGE" => {
            head.kind = match verb.as_str() {
                "INSERT" => StatementKind::Insert,
                "UPDATE" => StatementKind::Update,
                "DELETE" => StatementKind::Delete,
                _ => StatementKind::Merge,
            };
            skip_hint_free_target_words(&mut w);
            // INSERT ALL/FIRST WHEN ...: several targets, none named up front.
            if !w.peek_word_is(0, "WHEN") {
                let (schema, name) = w.qualified_name();
                head.schema = schema;
                head.name = name;
            }
        }
        "SELECT" => head.kind = StatementKind::Select,
        "WITH" => {
            head.kind = StatementKind::Select;
            // 12c inline PL/SQL: `WITH FUNCTION f ... SELECT` ends like a PL/SQL unit.
            if w.peek_word_is(0, "FUNCTION") || w.peek_word_is(0, "PROCEDURE") {
                head.mode = BodyMode::PlSql;
            }
        }
        "CALL" => {
            head.kind = StatementKind::Call;
            let (schema, name) = w.qualified_name();
            head.schema = schema;
            head.name = name;
        }
        "LOCK" => head.kind = StatementKind::Lock,
        "COMMIT" => head.kind = StatementKind::Commit,
        "ROLLBACK" => head.kind = StatementKind::Rollback,
        "SAVEPOINT" => head.kind = StatementKind::Savepoint,
        "SET" => {
            head.kind = match w.next_word_upper().as_deref() {
                Some("ROLE") => StatementKind::SetRole,
                Some("CONSTRAINT" | "CONSTRAINTS") => StatementKind::SetConstraints,
                _ => StatementKind::SetTransaction,
            }
        }
        "ANALYZE" => head.kind = StatementKind::Analyze,
        "AUDIT" => head.kind = StatementKind::Audit,
        "NOAUDIT" => head.kind = StatementKind::Noaudit,
        "PURGE" => head.kind = StatementKind::Purge,
        "FLASHBACK" => head.kind = StatementKind::Flashback,
        "EXPLAIN" => head.kind = StatementKind::ExplainPlan,
        "ASSOCIATE" => head.kind = StatementKind::Associate,
        "DISASSOCIATE" => head.kind = StatementKind::Disassociate,
        _ => {}
    }
    head
}

fn skip_hint_free_target_words(w: &mut Words) {
    for word in ["ALL", "FIRST", "INTO", "FROM", "ONLY"] {
        w.eat(word);
    }
}

fn skip_object_type_words(w: &mut Words) {
    // DROP [PUBLIC] [MATERIALIZED VIEW [LOG ON] | PACKAGE BODY | TYPE BODY | DATABASE LINK | kind]
    w.eat("PUBLIC");
    while let Some(t) = w.peek() {
        let word = t.text(w.text).to_ascii_uppercase();
        if t.kind == TokenKind::Word
            && matches!(
                word.as_str(),
                "MATERIALIZED"
                    | "VIEW"
                    | "LOG"
                    | "ON"
                    | "PACKAGE"
                    | "BODY"
                    | "TYPE"
                    | "DATABASE"
                    | "LINK"
                    | "TABLE"
                    | "INDEX"
                    | "SEQUENCE"
                    | "SYNONYM"
                    | "PROCEDURE"
                    | "FUNCTION"
                    | "TRIGGER"
                    | "USER"
                    | "ROLE"
                    | "DIRECTORY"
                    | "TABLESPACE"
                    | "CONTEXT"
                    | "LIBRARY"
                    | "JAVA"
                    | "SOURCE"
                    | "CLUSTER"
                    | "PROFILE"
            )
        {
            w.at += 1;
            // Stop once the kind is complete, so an object named like a keyword survives.
            let kind_goes_on = matches!(
                word.as_str(),
                "MATERIALIZED" | "PACKAGE" | "TYPE" | "DATABASE" | "PUBLIC" | "JAVA" | "LOG"
            ) || (word == "VIEW" && w.peek_word_is(0, "LOG"));
            if !kind_goes_on {
                break;
            }
        } else {
            break;
        }
    }
}

fn read_create(w: &mut Words, head: &mut Head) {
    if w.eat_seq(&["OR", "REPLACE"]) {
        head.or_replace = true;
    }
    while let Some(word) = w.peek_text() {
        match word.to_ascii_uppercase().as_str() {
            "EDITIONABLE" | "NONEDITIONABLE" | "EDITIONING" | "FORCE" | "PUBLIC" | "GLOBAL"
            | "PRIVATE" | "TEMPORARY" | "SHARDED" | "DUPLICATED" | "BLOCKCHAIN" | "IMMUTABLE"
            | "UNIQUE" | "BITMAP" | "MULTIVALUE" | "SHARED" | "SECURE" | "NOFORCE" | "AND"
            | "COMPILE" | "RESOLVE" | "NOCOMPILE" | "ROOT" | "TRANSIENT" | "NONEDITIONING" => {
                w.at += 1;
            }
            "NO" if w.peek_word_is(1, "FORCE") => w.at += 2,
            _ => break,
        }
    }
    let Some(kind_word) = w.next_word_upper() else {
        return;
    };
    let mut plsql = false;
    head.kind = match kind_word.as_str() {
        "TABLE" => StatementKind::Table,
        "VIEW" => StatementKind::View,
        "INDEX" => StatementKind::Index,
        "SEQUENCE" => StatementKind::Sequence,
        "SYNONYM" => StatementKind::Synonym,
        "PACKAGE" => {
            plsql = true;
            if w.eat("BODY") {
                StatementKind::PackageBody
            } else {
                StatementKind::Package
            }
        }
        "PROCEDURE" => {
            plsql = true;
            StatementKind::Procedure
        }
        "FUNCTION" => {
            plsql = true;
            StatementKind::Function
        }
        "TRIGGER" => {
            plsql = true;
            StatementKind::Trigger
        }
        "TYPE" => {
            plsql = true;
            if w.eat("BODY") {
                StatementKind::TypeBody
            } else {
                StatementKind::Type
            }
        }
        "LIBRARY" => {
            plsql = true;
            StatementKind::Library
        }
        "MATERIALIZED" => {
            if w.eat_seq(&["VIEW", "LOG"]) {
                w.eat("ON");
                StatementKind::MaterializedViewLog
            } else {
                w.eat("VIEW");
                w.eat("ZONEMAP");
                StatementKind::MaterializedView
            }
        }
        "SNAPSHOT" => {
            if w.eat("LOG") {
                w.eat("ON");
                StatementKind::MaterializedViewLog
            } else {
                StatementKind::MaterializedView
            }
        }
        "DATABASE" => {
            w.eat("LINK");
            w.skip_if_not_exists();
            head.name = w.dotted_name();
            head.kind = StatementKind::DatabaseLink;
            return;
        }
        "DIRECTORY" => StatementKind::Directory,
        "USER" => StatementKind::User,
        "ROLE" => StatementKind::Role,
        "TABLESPACE" | "BIGFILE" | "SMALLFILE" | "UNDO" => {
            w.eat("TABLESPACE");
            StatementKind::Tablespace
        }
        "CONTEXT" => StatementKind::Context,
        "JAVA" => {
            head.mode = BodyMode::Java;
            w.eat("SOURCE");
            w.eat("CLASS");
            w.eat("RESOURCE");
            w.eat("NAMED");
            head.kind = StatementKind::JavaSource;
            head.name = w.identifier();
            return;
        }
        "PROFILE" => StatementKind::Profile,
        "CLUSTER" => StatementKind::Cluster,
        "SCHEMA" => {
            w.eat("AUTHORIZATION");
            head.kind = StatementKind::Schema;
            head.name = w.identifier();
            return;
        }
        "DIMENSION" => StatementKind::Dimension,
        "OPERATOR" => StatementKind::Operator,
        "INDEXTYPE" => StatementKind::Indextype,
        "EDITION" => StatementKind::Edition,
        _ => StatementKind::OtherCreate,
    };
    if plsql {
        head.mode = BodyMode::PlSql;
    }
    w.skip_if_not_exists();
    let (schema, name) = w.qualified_name();
    head.schema = schema;
    head.name = name;
    if plsql && w.peek_word_is(0, "WRAPPED") {
        head.wrapped = true;
        head.mode = BodyMode::Wrapped;
    }
}

fn read_alter(w: &mut Words, head: &mut Head) {
    let Some(kind_word) = w.next_word_upper() else {
        head.kind = StatementKind::AlterOther;
        return;
    };
    head.kind = match kind_word.as_str() {
        "TABLE" => StatementKind::AlterTable,
        "INDEX" => StatementKind::AlterIndex,
        "SEQUENCE" => StatementKind::AlterSequence,
        "VIEW" => StatementKind::AlterView,
        "TRIGGER" => StatementKind::AlterTrigger,
        "USER" => StatementKind::AlterUser,
        "SESSION" => {
            head.kind = StatementKind::AlterSession;
            if w.eat("SET") && w.eat("CURRENT_SCHEMA") && w.eat_punct('=') {
                head.sets_current_schema = w.identifier();
            }
            return;
        }
        _ => {
            head.kind = StatementKind::AlterOther;
            // ALTER PACKAGE x COMPILE BODY, ALTER MATERIALIZED VIEW x ...
            w.eat("BODY");
            w.eat("VIEW");
            w.eat("LOG");
            return;
        }
    };
    w.skip_if_not_exists();
    let (schema, name) = w.qualified_name();
    head.schema = schema;
    head.name = name;
}

/// The target of a call (`pkg.proc(1)` -> `PKG.PROC`), for `EXEC` and `CALL`.
pub fn call_target(text: &str) -> Option<String> {
    Words::new(text, 8).dotted_name()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(text: &str) -> (StatementKind, Option<String>, Option<String>, BodyMode) {
        let h = read_head(text);
        (h.kind, h.schema, h.name, h.mode)
    }

    #[test]
    fn create_kinds_and_names() {
        use StatementKind::*;
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            head("create table hr.emp (id number)"),
            (Table, s("HR"), s("EMP"), BodyMode::Sql)
        );
        assert_eq!(
            head("CREATE OR REPLACE EDITIONABLE PACKAGE BODY \"Hr\".\"pkg\" AS"),
            (PackageBody, s("Hr"), s("pkg"), BodyMode::PlSql)
        );
        assert_eq!(head("create global temporary table t (x int)").0, Table);
        assert_eq!(head("create unique index i on t(x)").2, s("I"));
        assert_eq!(head("create bitmap index i on t(x)").0, Index);
        assert_eq!(
            head("create or replace force view v as select 1 x from dual").0,
            View
        );
        assert_eq!(head("create materialized view log on emp").2, s("EMP"));
        assert_eq!(
            head("create materialized view mv as select 1 from dual").0,
            MaterializedView
        );
        assert_eq!(
            head("CREATE PUBLIC DATABASE LINK remote.example.com CONNECT TO x").2,
            s("REMOTE.EXAMPLE.COM")
        );
        assert_eq!(
            head("create or replace type t as object (a number)").3,
            BodyMode::PlSql
        );
        assert_eq!(head("create or replace type body t as").0, TypeBody);
        assert_eq!(
            head("create or replace and compile java source named \"Hello\" as").0,
            JavaSource
        );
        assert_eq!(
            head("create or replace and compile java source named \"Hello\" as").3,
            BodyMode::Java
        );
        assert_eq!(head("create public synonym emp for hr.emp").0, Synonym);
    }

    #[test]
    fn wrapped_units() {
        let h = read_head("CREATE OR REPLACE PACKAGE BODY secret wrapped\na000000");
        assert!(h.wrapped);
        assert_eq!(h.mode, BodyMode::Wrapped);
        assert_eq!(h.name.as_deref(), Some("SECRET"));
    }

    #[test]
    fn other_statements() {
        use StatementKind::*;
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            head("comment on column hr.emp.ename is 'x'"),
            (Comment, s("HR"), s("EMP"), BodyMode::Sql)
        );
        assert_eq!(head("comment on table emp is 'x'").2, s("EMP"));
        assert_eq!(
            head("grant select, insert on hr.emp to clerk"),
            (Grant, s("HR"), s("EMP"), BodyMode::Sql)
        );
        assert_eq!(head("grant create session to clerk").2, None);
        assert_eq!(head("insert into emp values (1)").2, s("EMP"));
        assert_eq!(
            head("insert all into a values(1) select 1 from dual").0,
            Insert
        );
        assert_eq!(head("delete emp where 1=0").2, s("EMP"));
        assert_eq!(head("drop materialized view log on emp").2, s("EMP"));
        assert_eq!(head("drop package body p").2, s("P"));
        assert_eq!(
            head("alter table emp add (x int)"),
            (AlterTable, None, s("EMP"), BodyMode::Sql)
        );
        assert_eq!(head("<<outer>> begin null; end;").3, BodyMode::PlSql);
        assert_eq!(
            head("with function f return number is begin return 1; end; select f from dual").3,
            BodyMode::PlSql
        );
        assert_eq!(
            head("with q as (select 1 from dual) select * from q").3,
            BodyMode::Sql
        );
        let h = read_head("ALTER SESSION SET CURRENT_SCHEMA = sales");
        assert_eq!(h.sets_current_schema.as_deref(), Some("SALES"));
        assert_eq!(head("set transaction read only").0, SetTransaction);
    }
}
