//! Feeds arbitrary bytes to the reader and checks the invariants in `../invariants.rs`.
//!
//! Bytes reach the reader three ways: lossy-decoded as UTF-8; decoded as a file would be
//! (BOM sniffing, Windows-1252 fallback); and re-decoded under a forced `--encoding`.
//! One input in eight is also written to a file and read with `read_inputs`, the path
//! the command line takes.
//!
//! A known bug not fixed yet stops every fuzzing job within seconds. To look past it,
//! list it in `ORAPG_FUZZ_KNOWN`, comma-separated: a panic location (`src/reader/split.rs:625`)
//! or a piece of an invariant message (`statement text is empty`). Those are then
//! ignored; anything else still crashes.

#![no_main]

#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use orapg::reader::{ReadOptions, read_inputs};
use orapg::source::{InputFile, decode};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    if known().is_empty() {
        run(data);
    } else {
        install_known_panic_filter();
        // A known panic unwinds to here (the filter lets it); others abort in the hook.
        let _ = panic::catch_unwind(AssertUnwindSafe(|| run(data)));
    }
});

fn run(data: &[u8]) {
    let plain = ReadOptions::default();
    let lossy = String::from_utf8_lossy(data);
    expect(invariants::check_text("fuzz.sql", &lossy, &plain));

    let decoded = decode(data, None);
    if decoded.text != lossy {
        expect(invariants::check_once("fuzz.sql", &decoded.text, &plain));
    }

    // Substitution changes the text the head reader sees; defines with awkward values
    // make sure that text is read as carefully as the file's.
    let selector = data.first().copied().unwrap_or(0);
    let options = ReadOptions {
        defines: vec![
            ("X".into(), String::new()),
            ("Q".into(), "'".into()),
            ("C".into(), "/*".into()),
            ("A".into(), "&X".into()),
        ],
        encoding: Some(forced_encoding(selector)),
        default_schema: Some("\"hr\"".into()),
    };
    expect(invariants::check_once("fuzz.sql", &lossy, &options));

    if selector % 8 == 0 {
        let path = scratch_file();
        if std::fs::write(path, data).is_ok() {
            let script = read_inputs(&[InputFile::Path(path.clone())], &plain);
            let _ = std::fs::remove_file(path);
            expect(invariants::check_script(&script));
        }
    }
}

fn expect(result: Result<(), String>) {
    if let Err(violation) = result {
        if known().iter().any(|k| violation.contains(k.as_str())) {
            return;
        }
        panic!("reader invariant violated: {violation}");
    }
}

fn known() -> &'static [String] {
    static KNOWN: OnceLock<Vec<String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        std::env::var("ORAPG_FUZZ_KNOWN")
            .unwrap_or_default()
            .split(',')
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .collect()
    })
}

/// libfuzzer-sys aborts on any panic from its hook; wrap that hook so that panics at a
/// known location unwind instead.
fn install_known_panic_filter() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let abort_hook = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let at = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            if !known().iter().any(|k| at.ends_with(k.as_str())) {
                abort_hook(info);
            }
        }));
    });
}

fn forced_encoding(selector: u8) -> &'static encoding_rs::Encoding {
    match selector % 6 {
        0 => encoding_rs::WINDOWS_1252,
        1 => encoding_rs::UTF_16LE,
        2 => encoding_rs::UTF_16BE,
        3 => encoding_rs::SHIFT_JIS,
        4 => encoding_rs::GB18030,
        _ => encoding_rs::UTF_8,
    }
}

/// One file per fuzzing process (fork mode runs several at once), all in one directory,
/// removed after each read.
fn scratch_file() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let dir = std::env::temp_dir().join("orapg-fuzz-inputs");
        let _ = std::fs::create_dir_all(&dir);
        dir.join(format!("{}.sql", std::process::id()))
    })
}
