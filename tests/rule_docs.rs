//! docs/rules is generated from the catalogue; this test keeps it current.
//! Regenerate with `ORAPG_BLESS_DOCS=1 cargo test --test rule_docs`.

use orapg::catalogue::{builtin, render_action_doc, render_doc, render_index};
use std::path::PathBuf;

#[test]
fn rule_docs_are_current() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let bless = std::env::var_os("ORAPG_BLESS_DOCS").is_some();
    let catalogue = builtin();
    let mut pages: Vec<(PathBuf, String)> = catalogue
        .diagnostics
        .values()
        .map(|e| (dir.join(format!("{}.md", e.code)), render_doc(e)))
        .collect();
    pages.extend(
        catalogue
            .actions
            .values()
            .map(|e| (dir.join(format!("{}.md", e.code)), render_action_doc(e))),
    );
    pages.push((dir.join("README.md"), render_index(catalogue)));
    let mut stale = Vec::new();
    for (path, expected) in &pages {
        let actual = std::fs::read_to_string(path).unwrap_or_default();
        if actual != *expected {
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(path, expected).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule docs (run ORAPG_BLESS_DOCS=1 cargo test --test rule_docs): {stale:?}"
    );
    // Every page on disk belongs to a code that exists.
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            pages
                .iter()
                .any(|(p, _)| p.file_name().unwrap().to_string_lossy() == name),
            "docs/rules/{name} has no catalogue entry"
        );
    }
}
