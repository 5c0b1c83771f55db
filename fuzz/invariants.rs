//! What must hold for every script the reader returns, whatever the input. Shared by the
//! fuzz target (`fuzz/fuzz_targets/reader.rs`) and `tests/robustness.rs` through
//! `#[path]`, so that both judge the reader by the same rules.

// Each includer uses part of this file.
#![allow(dead_code)]

use orapg::reader::lexer::Lexer;
use orapg::reader::{Item, ReadOptions, Script, read_text};
use orapg::source::{FileId, SourceMap, Span};
use std::collections::HashMap;

/// Reads `text` twice and checks both results and that they agree.
pub fn check_text(name: &str, text: &str, options: &ReadOptions) -> Result<(), String> {
    let first = read_text(name, text, options);
    check_script(&first)?;
    let second = read_text(name, text, options);
    if fingerprint(&first) != fingerprint(&second) {
        return Err("nondeterministic: reading the same text twice gave different results".into());
    }
    Ok(())
}

/// Reads `text` once and checks the result.
pub fn check_once(name: &str, text: &str, options: &ReadOptions) -> Result<(), String> {
    check_script(&read_text(name, text, options))
}

/// The whole observable result, for comparing two reads. The model types have no
/// `PartialEq`; their `Debug` output covers every field. Source texts are compared as
/// they are: escaping them for `Debug` would cost more than the read.
pub fn fingerprint(script: &Script) -> (Vec<(String, &str)>, String) {
    let texts = script
        .sources
        .iter()
        .map(|(_, f)| (f.display_path(), f.text.as_str()))
        .collect();
    let model = format!("{:?}\n{:?}", script.items, script.all_diagnostics());
    (texts, model)
}

/// Checks one result against the reader's contract.
pub fn check_script(script: &Script) -> Result<(), String> {
    let sources = &script.sources;
    // Per file: where the previous item's text (terminator included) ended.
    let mut previous_end: HashMap<FileId, (usize, String)> = HashMap::new();
    let mut statements_per_file: HashMap<FileId, usize> = HashMap::new();
    // Non-trivia tokens per file, lexed as the splitter lexes: afresh after each item,
    // since recovery from an unterminated literal resumes inside it.
    let mut tokens_per_file: HashMap<FileId, usize> = HashMap::new();
    for (index, item) in script.items.iter().enumerate() {
        let (file, span, what) = match item {
            Item::Statement(s) => (s.file, s.span, "statement"),
            Item::Command(c) => (c.file, c.span, "command"),
        };
        let label = format!("item {index} ({what} {}..{})", span.start, span.end);
        let text = file_text(sources, file).ok_or_else(|| format!("{label}: unknown file"))?;
        check_span(text, span, &label)?;
        let mut first = span.start as usize;
        let mut last = span.end as usize;
        if let Item::Statement(s) = item {
            if let Some(comments) = s.leading_comments {
                check_span(text, comments, &format!("{label} leading comments"))?;
                if comments.end > span.start {
                    return Err(format!("{label}: leading comments end after it starts"));
                }
                first = comments.start as usize;
            }
            if let Some(terminator) = s.terminator_span {
                check_span(text, terminator, &format!("{label} terminator"))?;
                if terminator.start < span.end {
                    return Err(format!("{label}: terminator starts inside the statement"));
                }
                last = terminator.end as usize;
            }
            if let Some((from_file, from_span)) = s.included_from {
                let from = file_text(sources, from_file)
                    .ok_or_else(|| format!("{label}: included from an unknown file"))?;
                check_span(from, from_span, &format!("{label} include"))?;
            }
            if s.text(sources).is_empty() {
                return Err(format!("{label}: statement text is empty"));
            }
            let offset = s.file_offset(s.text(sources).len());
            if offset > span.end as usize {
                return Err(format!("{label}: file_offset past the statement"));
            }
            for d in &s.diagnostics {
                check_location(
                    sources,
                    d.location,
                    &format!("{label} diagnostic {}", d.code),
                )?;
            }
            *statements_per_file.entry(s.file).or_default() += 1;
        }
        let segment_start = match previous_end.get(&file) {
            Some((end, before)) if first < *end => {
                return Err(format!(
                    "{label} starts at {first}, before {before} ended at {end}"
                ));
            }
            Some((end, _)) => *end,
            None => 0,
        };
        *tokens_per_file.entry(file).or_default() += count_tokens(&text[..last], segment_start);
        previous_end.insert(file, (last, label));
    }
    for d in &script.diagnostics {
        check_location(sources, d.location, &format!("diagnostic {}", d.code))?;
    }
    for (file, count) in statements_per_file {
        let text = file_text(sources, file).unwrap_or_default();
        let tail = previous_end.get(&file).map_or(0, |(end, _)| *end);
        let tokens = tokens_per_file.get(&file).copied().unwrap_or(0) + count_tokens(text, tail);
        if count > tokens {
            return Err(format!(
                "{count} statements from a file of {tokens} non-trivia tokens"
            ));
        }
    }
    Ok(())
}

fn count_tokens(text: &str, from: usize) -> usize {
    Lexer::new(text, from).filter(|t| !t.is_trivia()).count()
}

fn file_text(sources: &SourceMap, file: FileId) -> Option<&str> {
    ((file.0 as usize) < sources.len()).then(|| sources.get(file).text.as_str())
}

fn check_span(text: &str, span: Span, label: &str) -> Result<(), String> {
    let (start, end) = (span.start as usize, span.end as usize);
    if start > end || end > text.len() {
        return Err(format!(
            "{label}: span {start}..{end} outside the text (length {})",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("{label}: span {start}..{end} splits a character"));
    }
    Ok(())
}

fn check_location(
    sources: &SourceMap,
    location: Option<(FileId, Span)>,
    label: &str,
) -> Result<(), String> {
    let Some((file, span)) = location else {
        return Ok(());
    };
    let text = file_text(sources, file).ok_or_else(|| format!("{label}: unknown file"))?;
    check_span(text, span, label)
}
