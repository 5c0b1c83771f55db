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
    let mut interpreter = Interpreter::new(options);
    read_into(&mut interpreter, inputs);
    interpreter.script
}

/// Reads the inputs in order, as [`read_inputs`] does, but hands them to `sink` in
/// batches of about `batch_bytes` of source text and forgets each batch afterwards, so
/// memory follows the batch size and the largest file, not the whole input.
///
/// Each batch is a [`Script`] whose `items` and `diagnostics` are the batch's own;
/// its `sources` hold every file read so far, with the texts of earlier batches
/// released ([`SourceFile::release`]), so [`FileId`]s stay valid across batches. A batch
/// ends between two statements; a file's text is released once the file and the batch
/// holding its last statement are done. `sink` is called at least once.
pub fn read_inputs_in_batches(
    inputs: &[InputFile],
    options: &ReadOptions,
    batch_bytes: usize,
    sink: &mut dyn FnMut(&Script),
) {
    let mut interpreter = Interpreter::new(options);
    interpreter.batch = Some(Batching {
        limit: batch_bytes.max(1),
        pending_bytes: 0,
        first_unreleased: 0,
        sink,
        flushed: false,
    });
    read_into(&mut interpreter, inputs);
    interpreter.flush(true);
}

fn read_into(interpreter: &mut Interpreter<'_>, inputs: &[InputFile]) {
    let window_bytes = interpreter.batch.as_ref().map_or(usize::MAX, |b| b.limit);
    let mut next = 0;
    while next < inputs.len() {
        // Load (decode and split) the next window of inputs in parallel, then interpret
        // them in order. Without batching the window is every input.
        let mut end = next;
        let mut bytes = 0usize;
        while end < inputs.len() && (end == next || bytes < window_bytes) {
            if let InputFile::Path(p) = &inputs[end] {
                bytes = bytes.saturating_add(std::fs::metadata(p).map_or(0, |m| m.len() as usize));
            }
            end += 1;
        }
        let keys: Vec<Option<FileKey>> = (next..end)
            .into_par_iter()
            .map(|i| match &inputs[i] {
                InputFile::Path(p) => FileKey::of(p),
                InputFile::Stdin => None,
            })
            .collect();
        let key = |i: usize| keys[i - next].as_ref();
        let loaded: Vec<(usize, Result<Loaded, String>)> = (next..end)
            .into_par_iter()
            .filter(|&i| !key(i).is_some_and(|k| interpreter.read.contains(k)))
            .map(|i| (i, load_input(&inputs[i], interpreter.options)))
            .collect();
        // An include may reach a later input of the window before its turn comes: it
        // takes the copy loaded here, and the input is then not read again.
        interpreter.ready.clear();
        for (i, result) in loaded {
            if let Some(k) = key(i) {
                interpreter.ready.entry(k.clone()).or_insert(i);
            }
            interpreter.slots.insert(i, result);
        }
        for (i, input) in inputs.iter().enumerate().take(end).skip(next) {
            if key(i).is_some_and(|k| interpreter.read.contains(k)) {
                interpreter.slots.remove(&i);
                continue; // already read through an include
            }
            let Some(result) = interpreter.slots.remove(&i) else {
                continue;
            };
            // Each input is its own SQL*Plus run: DEFINEs, SET DEFINE and the current
            // schema start afresh (includes, by contrast, share their includer's state).
            interpreter.reset_session();
            match result {
                Ok(loaded) => interpreter.interpret(loaded, key(i).cloned(), None),
                Err(e) => {
                    let shown = match input {
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
        next = end;
    }
}

fn load_input(input: &InputFile, options: &ReadOptions) -> Result<Loaded, String> {
    match input {
        InputFile::Path(path) => load_path(path, options),
        InputFile::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map(|_| load_bytes(PathBuf::from("<stdin>"), &bytes, options))
                .map_err(|e| e.to_string())
        }
    }
}

/// Reads one in-memory script (tests, fuzzing, stdin-like callers).
pub fn read_text(name: &str, text: &str, options: &ReadOptions) -> Script {
    let mut interpreter = Interpreter::new(options);
    let loaded = load_bytes(PathBuf::from(name), text.as_bytes(), options);
    interpreter.interpret(loaded, None, None);
    interpreter.script
}

/// How [`read_inputs_in_batches`] hands out and forgets what was read.
struct Batching<'s> {
    limit: usize,
    /// Source bytes read since the last batch was handed out.
    pending_bytes: usize,
    /// Files before this one have had their texts released.
    first_unreleased: usize,
    sink: &'s mut dyn FnMut(&Script),
    flushed: bool,
}

/// What makes two paths the same file: its device and inode where the platform has
/// them (16 bytes a file, however many files are read), else its canonical path.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FileKey {
    #[cfg_attr(not(unix), allow(dead_code))]
    Inode(u64, u64),
    Path(PathBuf),
}

impl FileKey {
    fn of(path: &Path) -> Option<FileKey> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(path)
                .ok()
                .map(|m| FileKey::Inode(m.dev(), m.ino()))
        }
        #[cfg(not(unix))]
        {
            std::fs::canonicalize(path).ok().map(FileKey::Path)
        }
    }
}

struct Interpreter<'o> {
    options: &'o ReadOptions,
    batch: Option<Batching<'o>>,
    /// Files being read (the include chain), innermost last.
    open: Vec<FileId>,
    script: Script,
    defines: BTreeMap<String, String>,
    settings: SubstitutionSettings,
    current_schema: Option<String>,
    /// Canonical paths of files read or being read.
    read: HashSet<FileKey>,
    /// The include chain being read, for cycle detection.
    stack: Vec<FileKey>,
    /// Top-level inputs of the current window not yet read, as indexes into `slots`.
    ready: HashMap<FileKey, usize>,
    slots: HashMap<usize, Result<Loaded, String>>,
}

impl<'o> Interpreter<'o> {
    fn new(options: &'o ReadOptions) -> Self {
        let mut interpreter = Interpreter {
            options,
            batch: None,
            open: Vec::new(),
            script: Script::default(),
            defines: BTreeMap::new(),
            settings: SubstitutionSettings::default(),
            current_schema: None,
            read: HashSet::new(),
            stack: Vec::new(),
            ready: HashMap::new(),
            slots: HashMap::new(),
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
        canonical: Option<FileKey>,
        included_from: Option<(FileId, Span)>,
    ) {
        let Loaded {
            file,
            split,
            diagnostics,
        } = loaded;
        let file_id = self.script.sources.add(file);
        self.open.push(file_id);
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
                    let bytes = raw.span.len();
                    self.statement(file_id, raw, own, included_from);
                    // A batch may end between two statements of a big file: its trees
                    // go, its text stays until the file is done.
                    if let Some(batch) = &mut self.batch {
                        batch.pending_bytes += bytes;
                    }
                    self.flush(false);
                }
            }
        }
        let problems: Vec<Diagnostic> = unattached.into_iter().chain(pending).collect();
        self.script.diagnostics.extend(problems);
        if canonical.is_some() {
            self.stack.pop();
        }
        self.open.pop();
    }

    /// Hands the batch read so far to the sink once it is big enough (or when `last`),
    /// then forgets its items and the texts of the files no longer being read.
    fn flush(&mut self, last: bool) {
        let Some(batch) = &mut self.batch else {
            return;
        };
        if !last && batch.pending_bytes < batch.limit {
            return;
        }
        let pending = !self.script.items.is_empty() || !self.script.diagnostics.is_empty();
        if pending || (last && !batch.flushed) {
            (batch.sink)(&self.script);
            batch.flushed = true;
        }
        self.script.items.clear();
        self.script.diagnostics.clear();
        batch.pending_bytes = 0;
        let open = &self.open;
        let mut first_open = self.script.sources.len();
        for index in batch.first_unreleased..self.script.sources.len() {
            let id = FileId(index as u32);
            if open.contains(&id) {
                first_open = first_open.min(index);
            } else {
                self.script.sources.release(id);
            }
        }
        batch.first_unreleased = first_open;
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
        let canonical = FileKey::of(&found).unwrap_or_else(|| FileKey::Path(found.clone()));
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
            .and_then(|i| self.slots.remove(i))
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
