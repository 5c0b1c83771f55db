//! The whole front end and the converter on mangled input: reader, parser, analysis and
//! conversion must never panic, and what they return must stay consistent, whatever the
//! text. (tests/robustness.rs holds the reader's own invariants; the fuzz target in fuzz/
//! drives the same path with coverage guidance.)

use orapg::analysis::analyse;
use orapg::convert::Rules;
use orapg::convert::program::convert_program;
use orapg::ir::{ParseStatus, parse_program};
use orapg::reader::{ReadOptions, read_text};

/// A small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                files.push((path.display().to_string(), text));
            }
        }
    }
    files.sort();
    files
}

/// Truncations, deleted and duplicated slices, swapped characters and inserted
/// troublemakers, all at char boundaries.
fn mangle(text: &str, rng: &mut XorShift) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    let at = rng.below(chars.len());
    let len = 1 + rng.below(40);
    let end = (at + len).min(chars.len());
    let mut out: Vec<char> = match rng.below(6) {
        0 => chars[..at].to_vec(),
        1 => [&chars[..at], &chars[end..]].concat(),
        2 => [&chars[..end], &chars[at..]].concat(),
        3 => {
            let mut c = chars.clone();
            c.swap(at, end - 1);
            c
        }
        4 => {
            let noise = [
                "'", "\"", "(", ")", ";", "/*", "\n/\n", "(+)", "END;", "BEGIN", "q'[", "&x",
                "CASE", "--",
            ];
            let mut c = chars[..at].to_vec();
            c.extend(noise[rng.below(noise.len())].chars());
            c.extend(&chars[at..]);
            c
        }
        _ => {
            let mut c = chars.clone();
            c[at] = char::from_u32(32 + rng.below(95) as u32).unwrap_or(' ');
            c
        }
    };
    if out.len() > 20_000 {
        out.truncate(20_000);
    }
    out.into_iter().collect()
}

#[test]
fn mangled_corpus_never_breaks_the_pipeline() {
    let files = corpus_texts();
    assert!(files.len() > 100);
    let rules = Rules::builtin();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut runs = 0;
    for round in 0..6 {
        for (name, text) in &files {
            let mangled = mangle(text, &mut rng);
            let script = read_text(name, &mangled, &ReadOptions::default());
            let program = parse_program(&script);
            let statements: Vec<_> = script.statements().collect();
            assert_eq!(program.units.len(), statements.len());
            for (unit, statement) in program.units.iter().zip(&statements) {
                if unit.status == ParseStatus::Parsed {
                    if let Some(tree) = &unit.tree {
                        let len = statement.text(&script.sources).len();
                        assert!(
                            tree.nodes().all(|n| n.span().end as usize <= len),
                            "{name} round {round}"
                        );
                    }
                }
                for d in &unit.diagnostics {
                    let (file, span) = d.location.unwrap();
                    assert!(span.end as usize <= script.sources.get(file).text.len());
                }
            }
            let analysis = analyse(&script, &program);
            let units = convert_program(&script, &program, &analysis, &rules);
            assert_eq!(units.len(), statements.len());
            runs += 1;
        }
    }
    assert!(runs >= 600, "{runs} mangled scripts");
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = format!(
        "SELECT {}1{} FROM dual;\nSELECT 2 FROM dual;\n",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    let script = read_text("deep.sql", &deep, &ReadOptions::default());
    let program = parse_program(&script);
    assert_eq!(program.units.len(), 2);
    assert_eq!(program.units[0].status, ParseStatus::Unparsed);
    assert_eq!(
        program.units[0].diagnostics[0].code,
        orapg::catalogue::codes::STATEMENT_TOO_COMPLEX
    );
    assert_eq!(program.units[1].status, ParseStatus::Parsed);
    // Deep PL/SQL nesting without parentheses: the grammar's stack guard answers.
    let blocks = format!(
        "{}NULL;{}\n/\n",
        "BEGIN ".repeat(3000),
        " END;".repeat(3000)
    );
    let script = read_text("blocks.sql", &blocks, &ReadOptions::default());
    let program = parse_program(&script);
    assert_eq!(program.units.len(), 1);
}
