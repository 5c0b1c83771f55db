//! Source text: files as decoded text, byte spans into them, and line/column lookup.
//!
//! Every later stage points into source text through a [`FileId`] and a [`Span`]; this
//! module is the only place that turns those into lines, columns and snippets.

mod decode;
mod discover;

pub use decode::{Decoded, decode};
pub use discover::{DEFAULT_EXTENSIONS, InputFile, discover_inputs};

use serde::Serialize;
use std::path::{Path, PathBuf};

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct FileId(pub u32);

/// A half-open byte range `[start, end)` into one file's decoded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end}");
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn empty_at(offset: usize) -> Self {
        Span::new(offset, offset)
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// One input file, decoded to text, with its line starts.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user named it (or as found under a named directory): what
    /// diagnostics and reports print.
    pub path: PathBuf,
    pub text: String,
    /// The encoding the text was decoded from (`UTF-8`, `windows-1252`, ...).
    pub encoding: &'static str,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String, encoding: &'static str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i as u32 + 1))
            .collect();
        SourceFile {
            path,
            text,
            encoding,
            line_starts,
        }
    }

    pub fn display_path(&self) -> String {
        self.path.display().to_string()
    }

    /// Zero-based index of the line holding `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&(offset as u32)) {
            Ok(i) => i,
            // Err(0) only for a released file, which has no line starts left.
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn line_range(&self, line_index: usize) -> std::ops::Range<usize> {
        let start = self.line_starts.get(line_index).map_or(0, |&s| s as usize);
        let end = self
            .line_starts
            .get(line_index + 1)
            .map_or(self.text.len(), |&s| s as usize);
        start..end
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = self.line_index(offset);
        let line_start = self.line_starts.get(line).map_or(0, |&s| s as usize);
        // A span never splits a char, but be forgiving about offsets from outside.
        let prefix = self.text.get(line_start..offset).unwrap_or("");
        LineCol {
            line: line as u32 + 1,
            column: prefix.chars().count() as u32 + 1,
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        // Only a released file (see [`SourceFile::release`]) lacks the range.
        self.text.get(span.range()).unwrap_or("")
    }

    /// Drops the text once every statement in it has been processed (batched
    /// reading); the path stays, so diagnostics can still name the file.
    pub fn release(&mut self) {
        // Nothing on the heap stays: a run may read hundreds of thousands of files.
        self.text = String::new();
        self.path = PathBuf::new();
        self.line_starts = Vec::new();
    }
}

/// All files of one run. Files are only ever added, so a [`FileId`] stays valid.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }
    pub fn release(&mut self, id: FileId) {
        self.files[id.0 as usize].release();
    }
    pub fn len(&self) -> usize {
        self.files.len()
    }
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.iter().find(|(_, f)| f.path == path).map(|(id, _)| id)
    }
}

impl<'a> codespan_reporting::files::Files<'a> for SourceMap {
    type FileId = FileId;
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<String, codespan_reporting::files::Error> {
        self.files
            .get(id.0 as usize)
            .map(SourceFile::display_path)
            .ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, codespan_reporting::files::Error> {
        self.files
            .get(id.0 as usize)
            .map(|f| f.text.as_str())
            .ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn line_index(
        &'a self,
        id: FileId,
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let file = self
            .files
            .get(id.0 as usize)
            .ok_or(codespan_reporting::files::Error::FileMissing)?;
        Ok(file.line_index(byte_index.min(file.text.len())))
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        let file = self
            .files
            .get(id.0 as usize)
            .ok_or(codespan_reporting::files::Error::FileMissing)?;
        if line_index >= file.line_count() {
            return Err(codespan_reporting::files::Error::LineTooLarge {
                given: line_index,
                max: file.line_count() - 1,
            });
        }
        Ok(file.line_range(line_index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_from_one() {
        let f = SourceFile::new("t.sql".into(), "ab\nçd\n\nx".into(), "UTF-8");
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(3), LineCol { line: 2, column: 1 });
        // 'ç' is two bytes, one column.
        assert_eq!(f.line_col(5), LineCol { line: 2, column: 2 });
        assert_eq!(f.line_col(7), LineCol { line: 3, column: 1 });
        assert_eq!(f.line_col(8), LineCol { line: 4, column: 1 });
        assert_eq!(f.line_col(100), LineCol { line: 4, column: 2 });
    }
}
