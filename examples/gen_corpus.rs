//! Writes a synthetic Oracle schema export for benchmarks and scale tests.
//!
//! cargo run --release --example gen_corpus -- --objects 20000 --out target/synth
//!     [--seed N] [--layout per-object|per-kind|single]

use orapg::synth::{FileLayout, SynthOptions, generate, write_to_dir};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: gen_corpus [--objects N] [--seed N] [--layout per-object|per-kind|single] [--out DIR]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gen_corpus: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut options = SynthOptions {
        objects: 20_000,
        ..SynthOptions::default()
    };
    let mut out = PathBuf::from("target/synth");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--objects" => options.objects = number(&value()?)?,
            "--seed" => options.seed = number(&value()?)?,
            "--out" => out = PathBuf::from(value()?),
            "--layout" => {
                options.files = match value()?.as_str() {
                    "per-object" => FileLayout::PerObject,
                    "per-kind" => FileLayout::PerKind,
                    "single" => FileLayout::Single,
                    other => return Err(format!("unknown layout `{other}`")),
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    clear_previous_output(&out)?;
    let files = generate(&options);
    let summary =
        write_to_dir(&out, &files).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    std::fs::write(out.join(MARKER), "written by examples/gen_corpus.rs\n")
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "wrote {} files, {} lines, {} bytes ({:.1} MB) to {} ({} objects, seed {}, {:?})",
        summary.files,
        summary.lines,
        summary.bytes,
        summary.bytes as f64 / 1e6,
        out.display(),
        options.objects,
        options.seed,
        options.files,
    );
    Ok(())
}

/// Marks a directory this program wrote, so that a later run may clear it.
const MARKER: &str = ".gen_corpus";

/// Stale files from a larger run would be read too and skew every figure, so the output
/// directory is cleared first, but only when this program wrote it.
fn clear_previous_output(out: &std::path::Path) -> Result<(), String> {
    let Ok(mut entries) = std::fs::read_dir(out) else {
        return Ok(());
    };
    if entries.next().is_none() {
        return Ok(());
    }
    if !out.join(MARKER).is_file() {
        return Err(format!(
            "{} is not empty and was not written by gen_corpus; choose another --out",
            out.display()
        ));
    }
    std::fs::remove_dir_all(out).map_err(|e| format!("cannot clear {}: {e}", out.display()))
}

fn number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a number"))
}
