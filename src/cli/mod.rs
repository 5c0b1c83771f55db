//! The `orapg` command line. The only module that prints, reads the environment or
//! decides exit codes; every stage below it returns values.

/// `println!` that ignores a closed stdout (`orapg assess ... | head`), which `println!`
/// would turn into a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod args;
mod assess;
mod convert;
mod graph;
mod parse;
mod progress;
mod rules;

pub use args::{Cli, Command};

use clap::Parser;
use std::process::ExitCode;

/// Exit codes, as documented in `--help` and the README.
pub mod exit {
    /// Ran to completion.
    pub const OK: u8 = 0;
    /// Ran, but `--strict` was given and something could not be read, parsed or
    /// converted.
    pub const STRICT_FAILURE: u8 = 1;
    /// Usage error, or an input or output could not be read or written.
    pub const USAGE_OR_IO: u8 = 2;
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE_OR_IO
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    ExitCode::from(run(cli))
}

pub fn run(cli: Cli) -> u8 {
    let globals = cli.globals;
    match cli.command {
        Command::Parse(args) => parse::run(&globals, &args),
        Command::Convert(args) => convert::run(&globals, &args),
        Command::Assess(args) => assess::run(&globals, &args),
        Command::Graph(args) => graph::run(&args),
        Command::Verify(_) => not_yet("verify", 0),
        Command::Copy(_) => not_yet("copy", 0),
        Command::Rules(args) => rules::run(&args),
    }
}

fn not_yet(command: &str, issue: u32) -> u8 {
    if issue > 0 {
        eprintln!("orapg {command}: not available in this build yet (planned in issue {issue})");
    } else {
        eprintln!("orapg {command}: not available in this build yet (on the roadmap)");
    }
    exit::USAGE_OR_IO
}

/// Streams a command's result to stdout, or to `DIR/<name>.<ext>` with `-o`.
fn write_output_with(
    out_dir: Option<&std::path::Path>,
    name: &str,
    format: args::Format,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), u8> {
    use std::io::Write;
    match out_dir {
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            // A closed pipe (`orapg parse ... | head`) is not an error worth reporting.
            let _ = write(&mut stdout).and_then(|_| stdout.flush());
            Ok(())
        }
        Some(dir) => {
            let path = dir.join(format!("{name}.{}", format.extension()));
            let written = std::fs::create_dir_all(dir)
                .and_then(|_| std::fs::File::create(&path))
                .and_then(|file| {
                    let mut file = std::io::BufWriter::new(file);
                    write(&mut file)?;
                    file.flush()
                });
            written.map_err(|e| {
                eprintln!("orapg: cannot write {}: {e}", path.display());
                exit::USAGE_OR_IO
            })
        }
    }
}
