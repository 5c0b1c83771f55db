//! Loads scripts and runs the SQL*Plus side of them: includes, DEFINE and substitution,
//! SET DEFINE, CONNECT and ALTER SESSION SET CURRENT_SCHEMA. Files are decoded and split
//! in parallel; this pass then walks them in order, as SQL*Plus would.

use super::head::{self, BodyMode, Head, StatementKind};
use super::split::{self, RawItem, RawItemKind, Split, Terminator};
use super::sqlplus::{self, CommandKind};
use super::substitute::{SubstitutionSettings, substitute};
use super::{Command, Item, Script, Statement};
use crate::catalogue::codes;
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, InputFile, SourceFile, Span, decode};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

/// What the user told the reader.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `--define NAME=VALUE`, in order.
    pub defines: Vec<(String, String)>,
    /// `--encoding`: decode every file with this instead of UTF-8 with fallback.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// `--default-schema`: the schema of objects with no owner prefix, until a script
    /// says otherwise.
    pub default_schema: Option<String>,
}

/// A file decoded and split, not yet interpreted.
struct Loaded {
    file: SourceFile,
    split: Split,
    diagnostics: Vec<(crate::catalogue::Code, Span, String)>,
}

fn load_bytes(path: PathBuf, bytes: &[u8], options: &ReadOptions) -> Loaded {
    let decoded = decode(bytes, options.encoding);
    let mut diagnostics = Vec::new();
    let encoding_name = decoded.encoding.name();
    if let Some(at) = decoded.fell_back_at {
        diagnostics.push((
            codes::DECODED_AS_FALLBACK_ENCODING,
            Span::empty_at(0),
            format!(
                "not valid UTF-8 (first invalid byte at offset {at}); decoded as {encoding_name}"
            ),
        ));
    }
    if let Some(at) = decoded.malformed_at {
        diagnostics.push((
            codes::UNDECODABLE_BYTES,
            Span::empty_at(0),
            format!("bytes that are not valid {encoding_name}, the first at byte offset {at}, were replaced by U+FFFD"),
        ));
    }
    let split = split::split(&decoded.text);
    Loaded {
        file: SourceFile::new(path, decoded.text, encoding_name),
        split,
        diagnostics,
    }
}

fn load_path(path: &Path, options: &ReadOptions) -> Result<Loaded, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    Ok(load_bytes(path.to_path_buf(), &bytes, options))
}

/// Reads the inputs in order and returns what they hold. Never fails: unreadable
/// inputs become diagnostics.
pub fn read_inputs(inputs: &[InputFile], options: &ReadOptions) -> Script {
    let loaded: Vec<(InputFile, Result<Loaded, String>)> = inputs
        .par_iter()
        .map(|input| {
            let result = match input {
                InputFile::Path(path) => load_path(path, options),
                InputFile::Stdin => {
                    let mut bytes = Vec::new();
                    std::io::stdin()
                        .read_to_end(&mut bytes)
                        .map(|_| load_bytes(PathBuf::from("<stdin>"), &bytes, options))
                        .map_err(|e| e.to_string())
                }
            };
            (input.clone(), result)
        })
        .collect();
    let mut interpreter = Interpreter::new(options);
    // Top-level files can be reached by includes before their turn comes; keep them
    // ready by canonical path.
    let mut preloaded: Vec<(InputFile, Option<PathBuf>, Result<Loaded, String>)> = Vec::new();
    for (input, result) in loaded {
        let canonical = match &input {
            InputFile::Path(p) => std::fs::canonicalize(p).ok(),
            InputFile::Stdin => None,
        };
        preloaded.push((input, canonical, result));
    }
    for (i, (input, canonical, _)) in preloaded.iter().enumerate() {
        if let (InputFile::Path(_), Some(c)) = (input, canonical) {
            interpreter.ready.entry(c.clone()).or_insert(i);
        }
    }
    let mut slots: Vec<Option<Result<Loaded, String>>> =
        preloaded.iter_mut().map(|_| None).collect();
    let mut meta = Vec::new();
    for (i, (input, canonical, result)) in preloaded.into_iter().enumerate() {
        slots[i] = Some(result);
        meta.push((input, canonical));
    }
    interpreter.slots = slots;
    for (i, (input, canonical)) in meta.into_iter().enumerate() {
        if let Some(c) = &canonical {
            if interpreter.read.contains(c) {
                continue; // already read through an include
            }
        }
        let Some(result) = interpreter.slots[i].take() else {
            continue;
        };
        // Each input is its own SQL*Plus run: DEFINEs, SET DEFINE and the current
        // schema start afresh (includes, by contrast, share their includer's state).
        interpreter.reset_session();
        match result {
            Ok(loaded) => interpreter.interpret(loaded, canonical, None),
            Err(e) => {
                let shown = match &input {
                    InputFile::Path(p) => p.display().to_string(),
                    InputFile::Stdin => "<stdin>".to_owned(),
                };
                interpreter.script.diagnostics.push(Diagnostic::for_path(
                    codes::FILE_UNREADABLE,
                    shown.clone(),
                    format!("cannot read {shown}: {e}"),
                ));
            }
        }
    }
    interpreter.script
}

/// Reads one in-memory script (tests, fuzzing, stdin-like callers).
pub fn read_text(name: &str, text: &str, options: &ReadOptions) -> Script {
    let mut interpreter = Interpreter::new(options);
    let loaded = load_bytes(PathBuf::from(name), text.as_bytes(), options);
    interpreter.interpret(loaded, None, None);
    interpreter.script
}

struct Interpreter<'o> {
    options: &'o ReadOptions,
    script: Script,
    defines: BTreeMap<String, String>,
    settings: SubstitutionSettings,
    current_schema: Option<String>,
    /// Canonical paths of files read or being read.
    read: HashSet<PathBuf>,
    /// The include chain being read, for cycle detection.
    stack: Vec<PathBuf>,
    /// Top-level inputs not yet read, by canonical path, as indexes into `slots`.
    ready: HashMap<PathBuf, usize>,
    slots: Vec<Option<Result<Loaded, String>>>,
}

impl<'o> Interpreter<'o> {
    fn new(options: &'o ReadOptions) -> Self {
        let mut interpreter = Interpreter {
            options,
            script: Script::default(),
            defines: BTreeMap::new(),
            settings: SubstitutionSettings::default(),
            current_schema: None,
            read: HashSet::new(),
            stack: Vec::new(),
            ready: HashMap::new(),
            slots: Vec::new(),
        };
        interpreter.reset_session();
        interpreter
    }

    /// The state a fresh SQL*Plus session starts with, given the command line.
    fn reset_session(&mut self) {
        self.defines = self
            .options
            .defines
            .iter()
            .map(|(k, v)| (k.to_ascii_uppercase(), v.clone()))
            .collect();
        self.settings = SubstitutionSettings::default();
        self.current_schema = self
            .options
            .default_schema
            .as_deref()
            .map(head::normalize_identifier);
    }

    fn interpret(
        &mut self,
        loaded: Loaded,
        canonical: Option<PathBuf>,
        included_from: Option<(FileId, Span)>,
    ) {
        let Loaded {
            file,
            split,
            diagnostics,
        } = loaded;
        let file_id = self.script.sources.add(file);
        for (code, span, message) in diagnostics {
            self.script
                .diagnostics
                .push(Diagnostic::new(code, file_id, span, message));
        }
        if let Some(c) = &canonical {
            self.read.insert(c.clone());
            self.stack.push(c.clone());
        }
        // Problems and items both come in text order: one pass hands each statement
        // the problems inside it (a partition per statement would be quadratic).
        let mut problems: Vec<Diagnostic> = split
            .problems
            .into_iter()
            .map(|p| Diagnostic::new(p.code, file_id, p.span, p.message))
            .collect();
        problems.sort_by_key(|d| d.location.map(|(_, s)| s.start));
        let mut pending = std::collections::VecDeque::from(problems);
        let mut unattached = Vec::new();
        for raw in split.items {
            match raw.kind {
                RawItemKind::Command(kind) => self.command(file_id, &raw, kind),
                RawItemKind::Statement { .. } | RawItemKind::ExecCall { .. } => {
                    let mut own = Vec::new();
                    while let Some(front) = pending.front() {
                        let start = front.location.map_or(0, |(_, s)| s.start);
                        if start < raw.span.start {
                            unattached.extend(pending.pop_front());
                        } else if start <= raw.span.end {
                            own.extend(pending.pop_front());
                        } else {
                            break;
                        }
                    }
                    self.statement(file_id, raw, own, included_from);
                }
            }
        }
        let problems: Vec<Diagnostic> = unattached.into_iter().chain(pending).collect();
        self.script.diagnostics.extend(problems);
        if canonical.is_some() {
            self.stack.pop();
        }
    }

    fn text(&self, file: FileId, span: Span) -> &str {
        self.script.sources.get(file).slice(span)
    }

    fn statement(
        &mut self,
        file: FileId,
        raw: RawItem,
        mut diagnostics: Vec<Diagnostic>,
        included_from: Option<(FileId, Span)>,
    ) {
        let (span, terminator, terminator_span, is_exec) = match raw.kind {
            RawItemKind::Statement {
                terminator,
                terminator_span,
                ..
            } => (raw.span, terminator, terminator_span, false),
            RawItemKind::ExecCall { call } => (call, Terminator::Semicolon, None, true),
            RawItemKind::Command(_) => unreachable!("commands are handled by the caller"),
        };
        let original = self.text(file, span).to_owned();
        let (substituted, undefined) = substitute(&original, &self.settings, &self.defines);
        for u in undefined {
            let at = span.start as usize;
            diagnostics.push(Diagnostic::new(
                codes::UNDEFINED_SUBSTITUTION_VARIABLE,
                file,
                Span::new(at + u.range.start, at + u.range.end),
                format!("substitution variable `{}` is not defined (use --define {}=VALUE, or SET DEFINE OFF if the `&` is data)", u.name, u.name),
            ));
        }
        let text = substituted
            .as_ref()
            .map_or(original.as_str(), |s| s.text.as_str());
        if text.trim().is_empty() {
            // Substitution left nothing to run (`&optional_clause` defined empty), as
            // SQL*Plus would send nothing; its diagnostics still stand.
            self.script.diagnostics.extend(diagnostics);
            return;
        }
        let head = if is_exec {
            Head {
                kind: StatementKind::Exec,
                name: head::call_target(text),
                mode: BodyMode::PlSql,
                ..Head::default()
            }
        } else {
            head::read_head(text)
        };
        if head.wrapped {
            let first_line_end = original.find('\n').map_or(original.len(), |i| i);
            diagnostics.push(Diagnostic::new(
                codes::WRAPPED_PLSQL,
                file,
                Span::new(span.start as usize, span.start as usize + original[..first_line_end].trim_end().len()),
                format!(
                    "{} {} is wrapped (obfuscated): its source cannot be read, so it cannot be converted",
                    head.kind.as_str().replace('_', " "),
                    qualified(head.schema.as_deref(), head.name.as_deref()),
                ),
            ));
        }
        if let Some(schema) = &head.sets_current_schema {
            self.current_schema = Some(schema.clone());
        }
        // A call target (`pkg.proc`) is not schema-qualified by the current schema.
        let schema = match head.kind {
            StatementKind::Exec | StatementKind::Call => head.schema.clone(),
            _ => head.schema.clone().or_else(|| self.current_schema.clone()),
        };
        self.script.items.push(Item::Statement(Statement {
            file,
            span,
            leading_comments: raw.leading_comments,
            terminator,
            terminator_span,
            head,
            schema,
            substituted,
            included_from,
            diagnostics,
        }));
    }

    fn command(&mut self, file: FileId, raw: &RawItem, kind: CommandKind) {
        let full = self.text(file, raw.span).to_owned();
        let full = if kind == CommandKind::Remark {
            full
        } else {
            let (substituted, undefined) = substitute(&full, &self.settings, &self.defines);
            for u in undefined {
                let at = raw.span.start as usize;
                self.script.diagnostics.push(Diagnostic::new(
                    codes::UNDEFINED_SUBSTITUTION_VARIABLE,
                    file,
                    Span::new(at + u.range.start, at + u.range.end),
                    format!("substitution variable `{}` is not defined", u.name),
                ));
            }
            substituted.map_or(full, |s| s.text)
        };
        let arguments = command_arguments(&full, kind);
        match kind {
            CommandKind::Set => {
                let set = sqlplus::read_set_options(&arguments);
                if let Some(define) = set.define {
                    self.settings.prefix = define;
                }
                if let Some(scan) = set.scan {
                    self.settings.prefix = scan.then_some('&');
                }
                if let Some(concat) = set.concat {
                    self.settings.concat = concat;
                }
            }
            CommandKind::Define => {
                if let Some((name, value)) = sqlplus::read_define(&arguments) {
                    self.defines.insert(name, value);
                }
            }
            CommandKind::Undefine => {
                for name in arguments.split_whitespace() {
                    self.defines.remove(&name.to_ascii_uppercase());
                }
            }
            CommandKind::Connect => {
                if let Some(user) = sqlplus::read_connect_user(&arguments) {
                    self.current_schema = Some(user);
                }
            }
            _ => {}
        }
        let is_include = matches!(
            kind,
            CommandKind::Include | CommandKind::IncludeRelative | CommandKind::Start
        );
        self.script.items.push(Item::Command(Command {
            file,
            span: raw.span,
            kind,
            arguments: arguments.clone(),
        }));
        // The include command comes before what it includes, as SQL*Plus runs them.
        if is_include {
            self.include(file, raw.span, &arguments);
        }
    }

    fn include(&mut self, file: FileId, span: Span, arguments: &str) {
        let mut words = arguments.split_whitespace();
        let Some(target) = words.next() else {
            return;
        };
        let target = target.trim_end_matches(';').trim_matches('"');
        for (i, arg) in words.enumerate() {
            self.defines
                .insert((i + 1).to_string(), arg.trim_matches('\'').to_owned());
        }
        let including_dir = self
            .script
            .sources
            .get(file)
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let Some(found) = resolve_include(&including_dir, target) else {
            self.script.diagnostics.push(
                Diagnostic::new(
                    codes::INCLUDE_NOT_FOUND,
                    file,
                    span,
                    format!("included script `{target}` not found"),
                )
                .with_note(format!(
                    "looked in {} and in the working directory",
                    if including_dir.as_os_str().is_empty() {
                        ".".to_owned()
                    } else {
                        including_dir.display().to_string()
                    }
                )),
            );
            return;
        };
        let canonical = std::fs::canonicalize(&found).unwrap_or_else(|_| found.clone());
        if self.stack.contains(&canonical) {
            self.script.diagnostics.push(Diagnostic::new(
                codes::INCLUDE_CYCLE,
                file,
                span,
                format!("`{target}` is already being read (include cycle); not read again"),
            ));
            return;
        }
        if self.read.contains(&canonical) {
            self.script.diagnostics.push(Diagnostic::new(
                codes::INCLUDE_ALREADY_READ,
                file,
                span,
                format!("`{target}` was already read; not read again"),
            ));
            return;
        }
        let loaded = match self
            .ready
            .get(&canonical)
            .and_then(|&i| self.slots[i].take())
        {
            Some(result) => result,
            None => load_path(&found, self.options),
        };
        match loaded {
            Ok(loaded) => self.interpret(loaded, Some(canonical), Some((file, span))),
            Err(e) => self.script.diagnostics.push(Diagnostic::new(
                codes::FILE_UNREADABLE,
                file,
                span,
                format!("cannot read included script `{}`: {e}", found.display()),
            )),
        }
    }
}

/// Where an include points: next to the including script first, then the working
/// directory; `.sql` is added to a name without an extension, as SQL*Plus does.
fn resolve_include(including_dir: &Path, target: &str) -> Option<PathBuf> {
    let target_path = Path::new(target);
    let mut names = vec![target_path.to_path_buf()];
    if target_path.extension().is_none() {
        names.insert(0, target_path.with_extension("sql"));
    }
    let mut candidates = Vec::new();
    for name in &names {
        if name.is_absolute() {
            candidates.push(name.clone());
        } else {
            candidates.push(including_dir.join(name));
            candidates.push(name.clone());
        }
    }
    candidates.into_iter().find(|c| c.is_file())
}

/// The text after the command word (`@` and `@@` are their own words).
fn command_arguments(text: &str, kind: CommandKind) -> String {
    let rest = match kind {
        CommandKind::IncludeRelative => text.strip_prefix("@@").unwrap_or(text),
        CommandKind::Include => text.strip_prefix('@').unwrap_or(text),
        CommandKind::RunBuffer | CommandKind::EndBuffer => "",
        _ => text.find(char::is_whitespace).map_or("", |i| &text[i..]),
    };
    if matches!(kind, CommandKind::Prompt | CommandKind::Remark) {
        return rest.trim().to_owned();
    }
    // Join continuation lines (` -` at a line end) into one.
    rest.lines()
        .map(|l| l.trim().trim_end_matches(" -").trim_end_matches('-').trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn qualified(schema: Option<&str>, name: Option<&str>) -> String {
    match (schema, name) {
        (Some(s), Some(n)) => format!("{s}.{n}"),
        (None, Some(n)) => n.to_owned(),
        _ => "(unnamed)".to_owned(),
    }
}
