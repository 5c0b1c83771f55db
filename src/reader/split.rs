//! Splits one script's text into statements and SQL*Plus commands, the way SQL*Plus
//! reads it, with exact byte spans. Never fails: a problem becomes a diagnostic and the
//! split goes on after it.

use super::head::{BodyMode, read_head};
use super::lexer::{Lexer, Token, TokenKind, is_word_char};
use super::sqlplus::{LineStart, classify_line_start, ends_unterminated_sql};
use crate::catalogue::{Code, codes};
use crate::source::Span;

/// How a statement's text ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Terminator {
    /// `;`
    Semicolon,
    /// A line holding only `/`.
    Slash,
    /// A line holding only `.` (SQL*Plus ends the entry without running it).
    Period,
    /// Cut where the next statement plainly starts (a diagnostic says so).
    Missing,
    /// The end of the file.
    EndOfFile,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawItemKind {
    Statement {
        mode: BodyMode,
        terminator: Terminator,
        /// The terminator's own text (`;` or the `/` line), when there is one.
        terminator_span: Option<Span>,
    },
    /// A SQL*Plus command; `LineStart::Exec` commands are statements and come as
    /// `ExecCall`.
    Command(super::sqlplus::CommandKind),
    /// `EXEC[UTE] call`: the span covers the whole line; `call` the call itself.
    ExecCall { call: Span },
}

/// A statement or command as found in the text, before substitution and includes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawItem {
    pub kind: RawItemKind,
    /// The item's text, from its first token to its last (terminator excluded).
    pub span: Span,
    /// Comments between the previous item and this one, if any.
    pub leading_comments: Option<Span>,
}

/// A problem the splitter found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitProblem {
    pub code: Code,
    pub span: Span,
    pub message: String,
}

/// The split of one text.
#[derive(Debug, Default)]
pub struct Split {
    pub items: Vec<RawItem>,
    pub problems: Vec<SplitProblem>,
}

/// Words that cannot continue a SQL statement or a PL/SQL unit when they start a line,
/// so a unit that runs into one lacked its terminator. (`CREATE SCHEMA` is the one SQL
/// statement that holds other CREATEs; it is excluded by the caller.)
fn starts_new_ddl(first: &str, second: Option<&str>) -> bool {
    let is = |w: &str| first.eq_ignore_ascii_case(w);
    is("CREATE")
        || is("ALTER")
        || is("GRANT")
        || is("REVOKE")
        || (is("COMMENT") && second.is_some_and(|s| s.eq_ignore_ascii_case("ON")))
}

pub fn split(text: &str) -> Split {
    let mut splitter = Splitter {
        text,
        pos: 0,
        out: Split::default(),
    };
    splitter.run();
    splitter.out
}

struct Splitter<'a> {
    text: &'a str,
    pos: usize,
    out: Split,
}

impl<'a> Splitter<'a> {
    fn run(&mut self) {
        while self.pos < self.text.len() {
            let before = self.pos;
            let leading = self.skip_trivia();
            if self.pos >= self.text.len() {
                break;
            }
            self.item(leading);
            // Every step consumes input, so the loop ends; this guards the invariant.
            if self.pos <= before {
                self.pos = next_line_start(self.text, before + 1);
            }
        }
    }

    /// Skips whitespace and comments; returns the span from the first comment to the
    /// end of the last one.
    fn skip_trivia(&mut self) -> Option<Span> {
        let mut lexer = Lexer::new(self.text, self.pos);
        let mut comments: Option<Span> = None;
        loop {
            let at = lexer.pos();
            let Some(token) = lexer.next_token() else {
                self.pos = self.text.len();
                break;
            };
            match token.kind {
                TokenKind::Whitespace | TokenKind::Newline => {}
                TokenKind::LineComment | TokenKind::BlockComment => {
                    let span = Span::new(token.start, token.end);
                    comments = Some(comments.map_or(span, |c| c.cover(span)));
                }
                _ => {
                    self.pos = at;
                    break;
                }
            }
        }
        comments
    }

    fn at_line_start(&self, pos: usize) -> bool {
        let line_start = line_start_of(self.text, pos);
        self.text[line_start..pos].trim().is_empty()
    }

    fn item(&mut self, leading_comments: Option<Span>) {
        let start = self.pos;
        if self.at_line_start(start) {
            let line_end = line_end_of(self.text, start);
            let line = self.text[start..line_end].trim();
            if line == "/" || line == "." {
                let kind = if line == "/" {
                    super::sqlplus::CommandKind::RunBuffer
                } else {
                    super::sqlplus::CommandKind::EndBuffer
                };
                self.push_command(kind, start, start + 1, leading_comments);
                self.pos = line_end;
                return;
            }
            if let Some(kind) = self.sqlplus_command_at(start) {
                let end = self.command_end(start, kind);
                match kind {
                    LineStart::Command(kind) => self.push_command(
                        kind,
                        start,
                        trim_end(self.text, start, end),
                        leading_comments,
                    ),
                    LineStart::Exec => self.push_exec(start, end, leading_comments),
                    LineStart::Sql => unreachable!(),
                }
                self.pos = end;
                return;
            }
        }
        let head = read_head(&self.text[start..]);
        match head.mode {
            BodyMode::Sql => self.sql_statement(start, leading_comments, head.kind),
            BodyMode::PlSql => self.plsql_statement(start, leading_comments),
            BodyMode::Java | BodyMode::Wrapped => self.raw_unit(start, leading_comments, head.mode),
        }
    }

    /// The SQL*Plus command starting at `pos` (a line start), if the line is one.
    fn sqlplus_command_at(&self, pos: usize) -> Option<LineStart> {
        let rest = &self.text[pos..];
        if rest.starts_with('@') {
            return Some(LineStart::Command(if rest.starts_with("@@") {
                super::sqlplus::CommandKind::IncludeRelative
            } else {
                super::sqlplus::CommandKind::Include
            }));
        }
        if rest.starts_with('!') || rest.starts_with('$') {
            return Some(LineStart::Command(super::sqlplus::CommandKind::Host));
        }
        let word_len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
        if word_len == 0 {
            return None;
        }
        let word = &rest[..word_len];
        // A SQL*Plus command word is followed by a blank, the end of the line or `;`.
        let after = rest[word_len..].chars().next();
        if after.is_some_and(|c| !(c.is_whitespace() || c == ';')) {
            return None;
        }
        let next_word = rest[word_len..]
            .split(|c: char| c.is_whitespace())
            .find(|w| !w.is_empty());
        match classify_line_start(word, next_word) {
            LineStart::Sql => None,
            other => Some(other),
        }
    }

    /// A command runs to the end of its line, or further when the line ends with ` -`.
    fn command_end(&self, start: usize, kind: LineStart) -> usize {
        let mut end = line_end_of(self.text, start);
        if matches!(
            kind,
            LineStart::Command(
                super::sqlplus::CommandKind::Remark | super::sqlplus::CommandKind::Prompt
            )
        ) {
            return end;
        }
        loop {
            let line = self.text[line_start_of(self.text, end)..end].trim_end();
            let is_continued = line.ends_with(" -") || line.ends_with("\t-");
            if !is_continued || end >= self.text.len() {
                break;
            }
            end = line_end_of(self.text, next_line_start(self.text, end));
        }
        end
    }

    fn push_command(
        &mut self,
        kind: super::sqlplus::CommandKind,
        start: usize,
        end: usize,
        leading_comments: Option<Span>,
    ) {
        self.out.items.push(RawItem {
            kind: RawItemKind::Command(kind),
            span: Span::new(start, end),
            leading_comments,
        });
    }

    fn push_exec(&mut self, start: usize, end: usize, leading_comments: Option<Span>) {
        let line = &self.text[start..end];
        let keyword_len = line.find(|c: char| !is_word_char(c)).unwrap_or(line.len());
        let after_keyword = &line[keyword_len..];
        let call_start =
            start + keyword_len + (after_keyword.len() - after_keyword.trim_start().len());
        let mut call_end = trim_end(self.text, call_start, end);
        // EXEC's call may end with `;`, which is not part of the call.
        if call_end > call_start && self.text[..call_end].ends_with(';') {
            call_end = trim_end(self.text, call_start, call_end - 1);
        }
        let span = Span::new(start, trim_end(self.text, start, end));
        if call_end <= call_start {
            // `EXEC` with nothing to run: a command, not a statement.
            self.out.items.push(RawItem {
                kind: RawItemKind::Command(super::sqlplus::CommandKind::Execute),
                span,
                leading_comments,
            });
            return;
        }
        self.out.items.push(RawItem {
            kind: RawItemKind::ExecCall {
                call: Span::new(call_start, call_end),
            },
            span,
            leading_comments,
        });
    }

    fn push_statement(
        &mut self,
        mode: BodyMode,
        start: usize,
        end: usize,
        terminator: Terminator,
        terminator_span: Option<Span>,
        leading_comments: Option<Span>,
    ) {
        let end = trim_end(self.text, start, end);
        self.out.items.push(RawItem {
            kind: RawItemKind::Statement {
                mode,
                terminator,
                terminator_span,
            },
            span: Span::new(start, end),
            leading_comments,
        });
    }

    fn problem(&mut self, code: Code, span: Span, message: impl Into<String>) {
        self.out.problems.push(SplitProblem {
            code,
            span,
            message: message.into(),
        });
    }

    /// If the line starting at `pos` (just after a newline) holds only `/` or `.`,
    /// returns that terminator and the span of the mark.
    fn slash_line(&self, pos: usize) -> Option<(Terminator, Span, usize)> {
        let line_end = line_end_of(self.text, pos);
        let line = &self.text[pos..line_end];
        let trimmed = line.trim();
        let mark = pos + (line.len() - line.trim_start().len());
        match trimmed {
            "/" => Some((Terminator::Slash, Span::new(mark, mark + 1), line_end)),
            "." => Some((Terminator::Period, Span::new(mark, mark + 1), line_end)),
            _ => None,
        }
    }

    /// The first two words starting at `pos`, when `pos` starts a word.
    fn words_at(&self, pos: usize) -> (Option<&'a str>, Option<&'a str>) {
        let mut lexer = Lexer::new(self.text, pos);
        let mut words = lexer
            .by_ref()
            .filter(|t| !t.is_trivia())
            .take(2)
            .map(|t: Token| (t.kind == TokenKind::Word).then(|| t.text(self.text)));
        (words.next().flatten(), words.next().flatten())
    }

    fn sql_statement(
        &mut self,
        start: usize,
        leading: Option<Span>,
        kind: super::head::StatementKind,
    ) {
        let is_create_schema = kind == super::head::StatementKind::Schema;
        let mut lexer = Lexer::new(self.text, start);
        let mut depth: i32 = 0;
        let mut last_end = start;
        let mut last_token = Span::new(start, start);
        let mut line_start_pending = false;
        while let Some(token) = lexer.next_token() {
            if line_start_pending
                && !matches!(token.kind, TokenKind::Whitespace | TokenKind::Newline)
            {
                line_start_pending = false;
                if depth <= 0 && token.kind == TokenKind::Word {
                    let (first, second) = self.words_at(token.start);
                    let first = first.unwrap_or("");
                    if (starts_new_ddl(first, second) && !is_create_schema)
                        || ends_unterminated_sql(first)
                    {
                        self.problem(
                            codes::MISSING_SEMICOLON_TERMINATOR,
                            last_token,
                            format!("statement has no `;` here; it was ended before the `{first}` on the next line"),
                        );
                        self.push_statement(
                            BodyMode::Sql,
                            start,
                            last_end,
                            Terminator::Missing,
                            None,
                            leading,
                        );
                        self.pos = token.start;
                        return;
                    }
                }
            }
            match token.kind {
                // A `;` with nothing before it ends no statement.
                TokenKind::Punct(';') if last_end == start => {
                    self.pos = token.end;
                    return;
                }
                TokenKind::Punct(';') => {
                    self.push_statement(
                        BodyMode::Sql,
                        start,
                        token.start,
                        Terminator::Semicolon,
                        Some(Span::new(token.start, token.end)),
                        leading,
                    );
                    self.pos = token.end;
                    return;
                }
                TokenKind::Punct('(') => depth += 1,
                TokenKind::Punct(')') => depth -= 1,
                TokenKind::Newline => {
                    if self.end_at_slash_line(BodyMode::Sql, start, token.start, token.end, leading)
                    {
                        return;
                    }
                    line_start_pending = true;
                }
                TokenKind::Unterminated(open) => {
                    self.recover_unterminated(start, token, open, BodyMode::Sql, leading);
                    return;
                }
                _ => {}
            }
            if !token.is_trivia() {
                last_end = token.end;
                last_token = Span::new(token.start, token.end);
            }
        }
        self.push_statement(
            BodyMode::Sql,
            start,
            last_end,
            Terminator::EndOfFile,
            None,
            leading,
        );
        self.pos = self.text.len();
    }

    /// At a line break: when the next line is a `/` line, the statement ends before the
    /// break and reading resumes after the `/` line.
    fn end_at_slash_line(
        &mut self,
        mode: BodyMode,
        start: usize,
        newline_start: usize,
        newline_end: usize,
        leading: Option<Span>,
    ) -> bool {
        let Some((terminator, mark, line_end)) = self.slash_line(newline_end) else {
            return false;
        };
        self.push_statement(mode, start, newline_start, terminator, Some(mark), leading);
        self.pos = line_end;
        true
    }

    fn plsql_statement(&mut self, start: usize, leading: Option<Span>) {
        let mut lexer = Lexer::new(self.text, start);
        let mut last_end = start;
        let mut last_token = Span::new(start, start);
        let mut last_was_semicolon = false;
        let mut line_start_pending = false;
        while let Some(token) = lexer.next_token() {
            if line_start_pending
                && !matches!(token.kind, TokenKind::Whitespace | TokenKind::Newline)
            {
                line_start_pending = false;
                if last_was_semicolon && self.unit_ended_before(token) {
                    self.problem(
                        codes::MISSING_SLASH_TERMINATOR,
                        last_token,
                        "PL/SQL unit has no `/` line after it; it was ended where the next statement starts",
                    );
                    self.push_statement(
                        BodyMode::PlSql,
                        start,
                        last_end,
                        Terminator::Missing,
                        None,
                        leading,
                    );
                    self.pos = token.start;
                    return;
                }
            }
            match token.kind {
                TokenKind::Newline => {
                    if self.end_at_slash_line(
                        BodyMode::PlSql,
                        start,
                        token.start,
                        token.end,
                        leading,
                    ) {
                        return;
                    }
                    line_start_pending = true;
                }
                TokenKind::Unterminated(open) => {
                    self.recover_unterminated(start, token, open, BodyMode::PlSql, leading);
                    return;
                }
                _ => {}
            }
            if !token.is_trivia() {
                last_end = token.end;
                last_token = Span::new(token.start, token.end);
                last_was_semicolon = token.kind == TokenKind::Punct(';');
            }
        }
        self.problem(
            codes::MISSING_SLASH_TERMINATOR,
            last_token,
            "PL/SQL unit runs to the end of the file without a `/` line",
        );
        self.push_statement(
            BodyMode::PlSql,
            start,
            last_end,
            Terminator::EndOfFile,
            None,
            leading,
        );
        self.pos = self.text.len();
    }

    /// After a `;` at the end of a line inside a PL/SQL unit: does `token` (the first
    /// of the next line) start something that cannot be PL/SQL?
    fn unit_ended_before(&self, token: Token) -> bool {
        if token.kind == TokenKind::Punct('@') {
            return true;
        }
        if token.kind != TokenKind::Word {
            return false;
        }
        let (first, second) = self.words_at(token.start);
        let first = first.unwrap_or("");
        if starts_new_ddl(first, second) {
            return true;
        }
        // SQL*Plus commands that are not PL/SQL words, unless used as a variable
        // (`prompt := ...`): look at what follows the word.
        let is_command = ["PROMPT", "REM", "REMARK", "SPOOL", "WHENEVER"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w))
            || (["SHOW", "SHO"]
                .iter()
                .any(|w| first.eq_ignore_ascii_case(w))
                && second.is_some_and(|s| s.to_ascii_uppercase().starts_with("ERR")));
        if !is_command {
            return false;
        }
        let after = self.text[token.end..].trim_start_matches([' ', '\t']);
        !(after.starts_with(":=")
            || after.starts_with('(')
            || after.starts_with('.')
            || after.starts_with('%')
            || after.starts_with(';'))
    }

    /// Java source and wrapped units: no SQL lexing, up to the first `/` line.
    fn raw_unit(&mut self, start: usize, leading: Option<Span>, mode: BodyMode) {
        let mut pos = next_line_start(self.text, start);
        while pos < self.text.len() {
            if let Some((terminator, mark, line_end)) = self.slash_line(pos) {
                self.push_statement(mode, start, pos, terminator, Some(mark), leading);
                self.pos = line_end;
                return;
            }
            pos = next_line_start(self.text, pos);
        }
        self.problem(
            codes::MISSING_SLASH_TERMINATOR,
            Span::new(start, line_end_of(self.text, start)),
            "unit runs to the end of the file without a `/` line",
        );
        self.push_statement(
            mode,
            start,
            self.text.len(),
            Terminator::EndOfFile,
            None,
            leading,
        );
        self.pos = self.text.len();
    }

    /// A literal opened at `token` never closes. Ends the statement at the first line,
    /// from the literal's line on, that holds only `/` or ends with `;`, and reads on
    /// from there.
    fn recover_unterminated(
        &mut self,
        start: usize,
        token: Token,
        open: super::lexer::OpenLiteral,
        mode: BodyMode,
        leading: Option<Span>,
    ) {
        let what = match open {
            super::lexer::OpenLiteral::String => "string literal",
            super::lexer::OpenLiteral::QuotedIdentifier => "quoted identifier",
            super::lexer::OpenLiteral::BlockComment => "comment",
        };
        let marker_len = self.text[token.start..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        self.problem(
            codes::UNTERMINATED_LITERAL,
            Span::new(token.start, token.start + marker_len),
            format!("this {what} is never closed"),
        );
        let mut line = token.start;
        loop {
            let line_end = line_end_of(self.text, line);
            let content = self.text[line..line_end].trim();
            if line > token.start && (content == "/" || content == ".") {
                let mark = line
                    + (self.text[line..line_end].len()
                        - self.text[line..line_end].trim_start().len());
                self.push_statement(
                    mode,
                    start,
                    line,
                    Terminator::Slash,
                    Some(Span::new(mark, mark + 1)),
                    leading,
                );
                self.pos = line_end;
                return;
            }
            if content.ends_with(';') && mode == BodyMode::Sql {
                let semi = line + self.text[line..line_end].rfind(';').unwrap_or(0);
                self.push_statement(
                    mode,
                    start,
                    semi,
                    Terminator::Semicolon,
                    Some(Span::new(semi, semi + 1)),
                    leading,
                );
                self.pos = semi + 1;
                return;
            }
            if line_end >= self.text.len() {
                self.push_statement(
                    mode,
                    start,
                    self.text.len(),
                    Terminator::EndOfFile,
                    None,
                    leading,
                );
                self.pos = self.text.len();
                return;
            }
            line = next_line_start(self.text, line_end);
        }
    }
}

fn line_start_of(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the line holding `pos`, before its `\r\n` or `\n`.
fn line_end_of(text: &str, pos: usize) -> usize {
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    if end > pos && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

fn next_line_start(text: &str, pos: usize) -> usize {
    let pos = pos.min(text.len());
    text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1)
}

/// `end` moved back over trailing whitespace, not before `start`.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests;
