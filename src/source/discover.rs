//! Which files an invocation reads: named files, directories walked recursively, stdin.

use std::path::{Path, PathBuf};

/// Extensions Oracle tools and developers give to SQL and PL/SQL source files.
pub const DEFAULT_EXTENSIONS: &[&str] = &[
    "sql", "pks", "pkb", "pls", "plb", "prc", "fnc", "trg", "tps", "tpb", "vw", "tab", "seq", "ddl",
];

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputFile {
    Path(PathBuf),
    Stdin,
}

/// Expands the command line's inputs into files, in a deterministic order: each named
/// input in the order given; the files found under a directory sorted by path.
/// Returns the files and, for every input that could not be walked, its path and error.
pub fn discover_inputs(
    inputs: &[PathBuf],
    extra_extensions: &[String],
) -> (Vec<InputFile>, Vec<(PathBuf, String)>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(InputFile::Stdin);
        } else if input.is_dir() {
            let mut found = Vec::new();
            walk(input, extra_extensions, &mut found, &mut problems);
            found.sort();
            if found.is_empty() {
                problems.push((input.clone(), "no Oracle source files found".to_owned()));
            }
            files.extend(found.into_iter().map(InputFile::Path));
        } else {
            // A named file is read whatever its extension; if it does not exist, reading
            // it reports that.
            files.push(InputFile::Path(input.clone()));
        }
    }
    (files, problems)
}

fn walk(
    dir: &Path,
    extra_extensions: &[String],
    found: &mut Vec<PathBuf>,
    problems: &mut Vec<(PathBuf, String)>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push((dir.to_path_buf(), e.to_string()));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            // Hidden folders (.git, .svn) hold no schema source.
            if !entry.file_name().to_string_lossy().starts_with('.') {
                walk(&path, extra_extensions, found, problems);
            }
        } else if has_source_extension(&path, extra_extensions) {
            found.push(path);
        }
    }
}

pub fn has_source_extension(path: &Path, extra_extensions: &[String]) -> bool {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    let ext = ext.to_ascii_lowercase();
    DEFAULT_EXTENSIONS.contains(&ext.as_str())
        || extra_extensions
            .iter()
            .any(|e| e.trim_start_matches('.').eq_ignore_ascii_case(&ext))
}
