//! A scanner that knows exactly as much SQL and PL/SQL lexing as statement splitting
//! needs: where strings, quoted identifiers and comments start and end, words, and
//! single punctuation characters. It never fails: a literal still open at the end of
//! the text comes back as [`TokenKind::Unterminated`].

/// What kind of literal was left open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenLiteral {
    String,
    QuotedIdentifier,
    BlockComment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Identifier or keyword (letters, digits, `_`, `$`, `#`), not starting with a digit.
    Word,
    /// A number literal (its exact shape does not matter to the splitter).
    Number,
    /// `"..."`
    QuotedIdentifier,
    /// `'...'`, `N'...'`, `q'[...]'`, `nq'{...}'`
    String,
    /// `-- ...` up to (not including) the newline.
    LineComment,
    /// `/* ... */`, hints included.
    BlockComment,
    /// Spaces and tabs (and other non-newline whitespace).
    Whitespace,
    /// `\n` or `\r\n`.
    Newline,
    /// Any other single character.
    Punct(char),
    /// A literal opened at the token's start and never closed.
    Unterminated(OpenLiteral),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn is_trivia(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Whitespace
                | TokenKind::Newline
                | TokenKind::LineComment
                | TokenKind::BlockComment
        )
    }
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

pub fn is_word_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$' || c == '#'
}

/// A cursor over `text`, restartable at any char boundary.
pub struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(text: &'a str, pos: usize) -> Self {
        Lexer { text, pos }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    pub fn next_token(&mut self) -> Option<Token> {
        let start = self.pos;
        let rest = self.rest();
        let mut chars = rest.chars();
        let c = chars.next()?;
        let kind = match c {
            '\n' => {
                self.pos += 1;
                TokenKind::Newline
            }
            '\r' if rest.as_bytes().get(1) == Some(&b'\n') => {
                self.pos += 2;
                TokenKind::Newline
            }
            c if c.is_whitespace() => {
                let len = rest
                    .find(|c: char| !c.is_whitespace() || c == '\n' || c == '\r')
                    .unwrap_or(rest.len());
                // A lone '\r' not followed by '\n' is whitespace too.
                self.pos += len.max(c.len_utf8());
                TokenKind::Whitespace
            }
            '-' if rest.starts_with("--") => {
                let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
                self.pos += len;
                TokenKind::LineComment
            }
            '/' if rest.starts_with("/*") => match rest[2..].find("*/") {
                Some(i) => {
                    self.pos += i + 4;
                    TokenKind::BlockComment
                }
                None => {
                    self.pos = self.text.len();
                    TokenKind::Unterminated(OpenLiteral::BlockComment)
                }
            },
            '\'' => self.string_body(start + 1),
            '"' => match rest[1..].find('"') {
                Some(i) => {
                    self.pos += i + 2;
                    TokenKind::QuotedIdentifier
                }
                None => {
                    self.pos = self.text.len();
                    TokenKind::Unterminated(OpenLiteral::QuotedIdentifier)
                }
            },
            c if c.is_ascii_digit() => {
                let len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
                    .unwrap_or(rest.len());
                self.pos += len;
                TokenKind::Number
            }
            c if is_word_start(c) => {
                let len = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
                let word = &rest[..len];
                let after = &rest[len..];
                if after.starts_with('\'') {
                    if word.eq_ignore_ascii_case("q") || word.eq_ignore_ascii_case("nq") {
                        return Some(self.q_quote(start, start + len + 1));
                    }
                    if word.eq_ignore_ascii_case("n") || word.eq_ignore_ascii_case("u") {
                        // National / Unicode string literal: the prefix is part of it.
                        let kind = self.string_body(start + len + 1);
                        return Some(Token {
                            kind,
                            start,
                            end: self.pos,
                        });
                    }
                }
                self.pos += len;
                TokenKind::Word
            }
            c => {
                self.pos += c.len_utf8();
                TokenKind::Punct(c)
            }
        };
        Some(Token {
            kind,
            start,
            end: self.pos,
        })
    }

    /// Scans an ordinary string body starting just after its opening quote, where `''`
    /// stands for one quote.
    fn string_body(&mut self, body_start: usize) -> TokenKind {
        let bytes = self.text.as_bytes();
        let mut i = body_start;
        while let Some(offset) = memchr_quote(&bytes[i..]) {
            let q = i + offset;
            if bytes.get(q + 1) == Some(&b'\'') {
                i = q + 2;
            } else {
                self.pos = q + 1;
                return TokenKind::String;
            }
        }
        self.pos = self.text.len();
        TokenKind::Unterminated(OpenLiteral::String)
    }

    /// Scans `q'X...X'` where `open_quote_end` is just past the quote.
    fn q_quote(&mut self, start: usize, open_quote_end: usize) -> Token {
        let Some(delimiter) = self.text[open_quote_end..].chars().next() else {
            self.pos = self.text.len();
            return Token {
                kind: TokenKind::Unterminated(OpenLiteral::String),
                start,
                end: self.pos,
            };
        };
        let closing = match delimiter {
            '[' => ']',
            '{' => '}',
            '(' => ')',
            '<' => '>',
            other => other,
        };
        let body_start = open_quote_end + delimiter.len_utf8();
        let mut close = [0u8; 8];
        let close_len = closing.encode_utf8(&mut close).len();
        close[close_len] = b'\'';
        let needle = std::str::from_utf8(&close[..close_len + 1]).unwrap_or("'");
        let kind = match self.text[body_start..].find(needle) {
            Some(i) => {
                self.pos = body_start + i + needle.len();
                TokenKind::String
            }
            None => {
                self.pos = self.text.len();
                TokenKind::Unterminated(OpenLiteral::String)
            }
        };
        Token {
            kind,
            start,
            end: self.pos,
        }
    }
}

fn memchr_quote(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\'')
}

impl Iterator for Lexer<'_> {
    type Item = Token;
    fn next(&mut self) -> Option<Token> {
        self.next_token()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        Lexer::new(text, 0)
            .filter(|t| t.kind != TokenKind::Whitespace)
            .map(|t| (t.kind, t.text(text)))
            .collect()
    }

    #[test]
    fn strings_with_doubled_quotes() {
        assert_eq!(
            kinds("x := 'it''s; /';"),
            vec![
                (TokenKind::Word, "x"),
                (TokenKind::Punct(':'), ":"),
                (TokenKind::Punct('='), "="),
                (TokenKind::String, "'it''s; /'"),
                (TokenKind::Punct(';'), ";"),
            ]
        );
    }

    #[test]
    fn q_quotes_with_every_delimiter_kind() {
        for text in [
            "q'[a ' ; ]'",
            "Q'{a'}'",
            "q'(x)'",
            "q'<x>'",
            "q'!it's!'",
            "nq'#;#'",
            "q'|a|'",
        ] {
            assert_eq!(kinds(text), vec![(TokenKind::String, text)], "{text}");
        }
    }

    #[test]
    fn national_strings_and_words_ending_in_q() {
        assert_eq!(kinds("N'x;'"), vec![(TokenKind::String, "N'x;'")]);
        assert_eq!(
            kinds("seq 'a'"),
            vec![(TokenKind::Word, "seq"), (TokenKind::String, "'a'")]
        );
    }

    #[test]
    fn unterminated_literals_run_to_the_end() {
        assert_eq!(
            kinds("select 'abc"),
            vec![
                (TokenKind::Word, "select"),
                (TokenKind::Unterminated(OpenLiteral::String), "'abc")
            ]
        );
        assert_eq!(
            kinds("/* x"),
            vec![(TokenKind::Unterminated(OpenLiteral::BlockComment), "/* x")]
        );
        assert_eq!(
            kinds("q'[x"),
            vec![(TokenKind::Unterminated(OpenLiteral::String), "q'[x")]
        );
        assert_eq!(
            kinds("q'"),
            vec![(TokenKind::Unterminated(OpenLiteral::String), "q'")]
        );
    }

    #[test]
    fn comments_and_crlf() {
        assert_eq!(
            kinds("a -- b;\r\n/* c; */d"),
            vec![
                (TokenKind::Word, "a"),
                (TokenKind::LineComment, "-- b;"),
                (TokenKind::Newline, "\r\n"),
                (TokenKind::BlockComment, "/* c; */"),
                (TokenKind::Word, "d"),
            ]
        );
    }
}
