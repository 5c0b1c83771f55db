use super::*;
use crate::reader::{self, Item, ReadOptions, StatementKind, Terminator};
use std::collections::BTreeMap;

fn options(objects: usize, seed: u64, files: FileLayout) -> SynthOptions {
    SynthOptions {
        objects,
        seed,
        files,
    }
}

/// Statement kinds read from every file, and every diagnostic, by code.
fn read_all(files: &[(PathBuf, String)]) -> (BTreeMap<StatementKind, usize>, Vec<String>) {
    let mut kinds = BTreeMap::new();
    let mut diagnostics = Vec::new();
    for (path, text) in files {
        let script = reader::read_text(&path.display().to_string(), text, &ReadOptions::default());
        for s in script.statements() {
            *kinds.entry(s.head.kind).or_default() += 1;
        }
        for d in script.all_diagnostics() {
            diagnostics.push(format!("{}: {} {}", path.display(), d.code, d.message));
        }
    }
    (kinds, diagnostics)
}

#[test]
fn same_options_give_the_same_bytes() {
    let a = generate(&options(300, 7, FileLayout::PerObject));
    let b = generate(&options(300, 7, FileLayout::PerObject));
    assert_eq!(a, b);
    let c = generate(&options(300, 8, FileLayout::PerObject));
    assert_ne!(a, c, "another seed gives another corpus");
}

#[test]
fn the_reader_reads_every_object_without_a_diagnostic() {
    let files = generate(&options(600, 3, FileLayout::PerObject));
    let (kinds, diagnostics) = read_all(&files);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let tables = files
        .iter()
        .filter(|(p, _)| p.components().any(|c| c.as_os_str() == "tables"))
        .count();
    assert_eq!(kinds.get(&StatementKind::Table).copied(), Some(tables));
    // Every package has its spec and its body, each its own file.
    assert_eq!(
        kinds.get(&StatementKind::Package),
        kinds.get(&StatementKind::PackageBody)
    );
    for kind in [
        StatementKind::Index,
        StatementKind::Sequence,
        StatementKind::View,
        StatementKind::Comment,
        StatementKind::AlterTable,
        StatementKind::Procedure,
        StatementKind::Function,
        StatementKind::Trigger,
        StatementKind::Type,
        StatementKind::Synonym,
    ] {
        assert!(
            kinds.get(&kind).copied().unwrap_or(0) > 0,
            "no {kind:?} in {kinds:?}"
        );
    }
}

#[test]
fn pl_sql_units_end_with_slash_lines_and_files_hold_prompts() {
    let files = generate(&options(400, 11, FileLayout::PerKind));
    let mut prompts = 0;
    for (path, text) in &files {
        let script = reader::read_text(&path.display().to_string(), text, &ReadOptions::default());
        for item in &script.items {
            match item {
                Item::Statement(s) if s.head.mode == reader::BodyMode::PlSql => {
                    assert_eq!(
                        s.terminator,
                        Terminator::Slash,
                        "{}",
                        s.text(&script.sources)
                    );
                }
                Item::Command(c) if c.kind == reader::CommandKind::Prompt => prompts += 1,
                _ => {}
            }
        }
    }
    assert!(prompts > 0);
}

#[test]
fn layouts_hold_the_same_statements() {
    let per_object = generate(&options(250, 5, FileLayout::PerObject));
    let per_kind = generate(&options(250, 5, FileLayout::PerKind));
    let single = generate(&options(250, 5, FileLayout::Single));
    assert_eq!(single.len(), 1);
    assert_eq!(single[0].0, PathBuf::from("export.sql"));
    assert!(per_object.len() > per_kind.len() && per_kind.len() > 1);
    let (a, _) = read_all(&per_object);
    assert_eq!(a, read_all(&per_kind).0);
    assert_eq!(a, read_all(&single).0);
}

#[test]
fn per_object_paths_are_schema_kind_name() {
    let files = generate(&options(200, 2, FileLayout::PerObject));
    for (path, _) in &files {
        let parts: Vec<String> = path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        assert_eq!(parts.len(), 3, "{}", path.display());
        assert!(SCHEMAS.contains(&parts[0].as_str()), "{}", path.display());
        assert!(
            crate::source::DEFAULT_EXTENSIONS
                .contains(&path.extension().and_then(|e| e.to_str()).unwrap_or("")),
            "{}",
            path.display()
        );
    }
}

#[test]
fn write_to_dir_counts_what_it_wrote() {
    let files = generate(&options(50, 1, FileLayout::PerKind));
    let dir = tempfile::tempdir().unwrap();
    let summary = write_to_dir(dir.path(), &files).unwrap();
    assert_eq!(summary, summarize(&files));
    assert_eq!(summary.files, files.len());
    let (first, text) = &files[0];
    assert_eq!(
        &std::fs::read_to_string(dir.path().join(first)).unwrap(),
        text
    );
    assert!(summary.lines > 50 && summary.bytes > summary.lines);
}
