//! No input makes the reader panic or break its contract. Thousands of mangled scripts
//! go through `read_text`, each checked against the invariants in `fuzz/invariants.rs`
//! (shared with the fuzz target, so both judge the reader by the same rules).
//!
//! Deterministic: a fixed xorshift seed, so a failure reproduces run after run. Every
//! failure is collected, grouped by where it panicked or which invariant broke, and
//! shrunk to a small input before the test fails, so one run shows every distinct bug.

#[path = "../fuzz/invariants.rs"]
mod invariants;

use orapg::reader::ReadOptions;
use orapg::source::{DEFAULT_EXTENSIONS, decode};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Once;

/// How many mangled inputs a run reads (each read twice, for determinism).
const MANGLED_CASES: usize = 5000;
/// Seeds longer than this are cut to a window of it before mangling, to bound the run
/// time in debug builds whatever the corpus grows to.
const WINDOW: usize = 24 * 1024;

/// Scripts that exercise each way SQL*Plus decides where a statement ends.
const SEEDS: &[(&str, &str)] = &[
    (
        "q_quotes",
        "INSERT INTO t VALUES (q'[it's ; / ]', q'{a}'}', q'(x)', q'<y>', q'!z'!', q'#;#',\n  Q'|/|', nq'~é~', N'n;', u'\\00e9');\nSELECT q'[\n/\n]' FROM dual;\nBEGIN\n  x := q'{ ; }';\n  y := nq'[multi\n/\nline]';\nEND;\n/\n",
    ),
    (
        "comments",
        "/* outer /* Oracle does not nest */ SELECT 'after' FROM dual; */\n-- line comment with ; and / and 'quote\nSELECT /*+ INDEX(e emp_ix) */ 1 FROM dual; -- trailing ;\n/* spans\n/\nlines */\nCREATE TABLE c (a NUMBER /* ; */, b VARCHAR2(10) -- ;\n);\nREM a remark with 'quote\nREMARK /* not a comment\n",
    ),
    (
        "slash_lines",
        "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;\n/\n/\n  /  \nSELECT 1 FROM dual\n/\n.\nBEGIN NULL; END;\n.\n/\nSELECT 4\n/ 2 FROM dual;\n",
    ),
    (
        "crlf",
        "SELECT 1 FROM dual;\r\nCREATE OR REPLACE FUNCTION f RETURN NUMBER IS\r\nBEGIN\r\n  RETURN 1;\r\nEND;\r\n/\r\nPROMPT done\r\n\r/\r\nSET LINESIZE 200 -\r\n  PAGESIZE 0\r\n",
    ),
    (
        "unterminated",
        "SELECT 'abc FROM dual;\nSELECT \"x FROM dual\n/\nCREATE TABLE t (x VARCHAR2(10) DEFAULT 'open\n);\nBEGIN\n  s := 'never closed;\nEND;\n/\n/* never closed\nSELECT 1 FROM dual;\n",
    ),
    (
        "substitution",
        "SET DEFINE ON\nDEFINE owner = HR\nDEFINE ts = \"USERS DATA\"\nCREATE TABLE &owner..emp (id NUMBER) TABLESPACE &&ts;\nSELECT 'R&D' FROM dual;\nSET DEFINE ^\nSELECT '^owner & &x' FROM dual;\nSET DEFINE OFF\nSELECT '&never' FROM dual;\nSET DEFINE ON\nUNDEFINE owner\nSELECT &owner.x FROM &&tab;\nSET CONCAT +\nSELECT &x+y FROM dual;\nDEFINE empty = \"\"\n&empty\nSET SCAN OFF\n",
    ),
    (
        "wrapped_and_java",
        "CREATE OR REPLACE PACKAGE BODY hr.pkg wrapped\na000000\n1\nabcd\nb 2d3f 1a0\n8Bjk1/sdf+XyZ==\n/\nCREATE OR REPLACE FUNCTION f wrapped \na000000\n/\nCREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED \"Hello\" AS\npublic class Hello { public static String s() { return \"a;/\"; } }\n/\n",
    ),
    (
        "sqlplus",
        "SET ECHO ON FEEDBACK OFF -\n  SERVEROUTPUT ON\nPROMPT Creating objects; it's fine\nREM remark\nSPOOL install.log\nWHENEVER SQLERROR EXIT SQL.SQLCODE\nCONNECT scott/tiger@orcl\nALTER SESSION SET CURRENT_SCHEMA = app;\n@@sub/child.sql arg1 'arg 2'\n@missing\nSTART other\nEXEC dbms_output.put_line('x;');\nEXECUTE pkg.proc(1, 2)\nVARIABLE v NUMBER\nCOLUMN c FORMAT a20\nSHOW ERRORS\n!ls -l\n$dir\nHOST echo x\nDESC emp\nSET ROLE ALL;\nSPOOL OFF\nEXIT\n",
    ),
    (
        "package",
        "CREATE OR REPLACE PACKAGE BODY app.pkg AS\n  CURSOR c_emp(p_dept NUMBER) IS SELECT * FROM emp WHERE dept = p_dept;\n  e_bad EXCEPTION;\n  PRAGMA EXCEPTION_INIT(e_bad, -20001);\n  FUNCTION f(p IN VARCHAR2) RETURN VARCHAR2 IS\n  BEGIN\n    RETURN REPLACE(p, '''', '\"') || q'[;]';\n  END f;\n  PROCEDURE p IS\n    prompt VARCHAR2(10);\n  BEGIN\n    prompt := 'x';\n    FOR r IN c_emp(10) LOOP\n      NULL;\n    END LOOP;\n  EXCEPTION\n    WHEN e_bad THEN RAISE;\n  END p;\nEND pkg;\n/\nCREATE OR REPLACE TRIGGER trg BEFORE INSERT ON emp FOR EACH ROW\nBEGIN\n  :new.id := emp_seq.NEXTVAL;\nEND;\n/\nCREATE OR REPLACE TYPE t_obj AS OBJECT (a NUMBER);\n/\n",
    ),
    (
        "missing_terminators",
        "CREATE TABLE a (x NUMBER)\nCREATE TABLE b (y NUMBER);\nCREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END;\nCREATE VIEW v AS SELECT 1 x FROM dual\nGRANT SELECT ON v TO PUBLIC\nCOMMENT ON TABLE a IS 'x'\nPROMPT after\nCREATE SCHEMA AUTHORIZATION hr\n  CREATE TABLE s (x NUMBER)\n  CREATE VIEW sv AS SELECT x FROM s;\nBEGIN\n  NULL;\nEND;\nSHOW ERRORS\n",
    ),
    (
        "odd_text",
        "\u{feff}SELECT 'é€' AS \"Ünï\" FROM dual;\u{a0}\n\u{2028}/\nSELECT 1\rFROM dual;\t\u{b}\u{c}\n\u{0}\u{fffd}\u{10ffff};\n",
    ),
    (
        "blocks",
        "<<lbl>>\nBEGIN\n  NULL;\nEND;\n/\nDECLARE\n  x NUMBER := 1;\nBEGIN\n  IF x > 0 THEN x := -x; END IF;\nEND;\n/\n(SELECT 1 FROM dual) UNION (SELECT 2 FROM dual);\nWITH FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;\nSELECT f FROM dual\n/\n",
    ),
];

/// Text that SQL*Plus treats specially, inserted at random places.
const SNIPPETS: &[&str] = &[
    "'",
    "\"",
    "/*",
    "*/",
    "--",
    "q'[",
    "q'",
    "nq'{",
    "]'",
    "N'",
    ";",
    "\n/\n",
    "\n.\n",
    "/",
    "\r",
    "\r\n",
    "&",
    "&&x",
    "&x.",
    "@",
    "@@x",
    "\n@",
    "\nexec ",
    "\nEXECUTE p",
    "\nPROMPT ",
    "\nREM ",
    "\nSET DEFINE OFF\n",
    "\nSET DEFINE ~\n",
    "\nDEFINE x = 1\n",
    " -\n",
    "\nCREATE ",
    "\nCREATE OR REPLACE PACKAGE BODY p AS\n",
    "\nBEGIN\n",
    "\nEND;\n",
    " wrapped\n",
    "\nAND JAVA SOURCE ",
    "\nCOMMENT ON ",
    "<<",
    "(",
    ")",
    "é",
    "€",
    "\u{feff}",
    "\u{0}",
    "\t",
    "!",
    "$",
];

/// Characters swapped in for others.
const CHARS: &[char] = &[
    '\'', '"', '/', '*', '-', ';', '&', '@', '(', ')', '\n', '\r', ' ', 'q', 'Q', '[', ']', '{',
    '}', '<', '>', '!', '.', 'é', '€', '\u{a0}', '\u{2028}', '\u{fffd}', '𝔸', 'a', '0',
];

#[test]
fn mangled_scripts_keep_the_reader_invariants() {
    let seeds = all_seeds();
    assert!(seeds.len() >= SEEDS.len());
    let mut failures = Failures::default();
    let plain = ReadOptions::default();
    let mut rng = Rng::new(0x5eed_0fa9);
    for (name, text) in &seeds {
        let text = if text.len() <= 16 * WINDOW {
            text.clone()
        } else {
            window(&mut rng, text)
        };
        failures.check(name, &text, &plain);
    }
    let variants = option_variants();
    for case in 0..MANGLED_CASES {
        let (name, seed) = &seeds[rng.below(seeds.len())];
        let mut text = window(&mut rng, seed);
        for _ in 0..1 + rng.below(3) {
            text = mangle(&mut rng, &text, &seeds);
        }
        let options = &variants[case % variants.len()];
        failures.check(&format!("{name} #{case}"), &text, options);
    }
    failures.assert_none();
}

#[test]
fn pathological_inputs_keep_the_reader_invariants() {
    let cases: Vec<(&str, String)> = vec![
        ("100k open parentheses", "(".repeat(100_000)),
        (
            "100k open parentheses in a statement",
            format!("SELECT {} FROM dual;\n", "(".repeat(100_000)),
        ),
        (
            "100k open parentheses in a block",
            format!("BEGIN x := {};\nEND;\n/\n", "(".repeat(100_000)),
        ),
        ("100k close parentheses", ")".repeat(100_000)),
        ("50k comment openers", "/*".repeat(50_000)),
        ("30k q-quote openers", "q'[".repeat(30_000)),
        ("100k quotes", "'".repeat(100_001)),
        ("50k slash lines", "\n/".repeat(50_000)),
        ("100k ampersands", "&".repeat(100_000)),
        ("50k variables", "&a".repeat(50_000)),
        ("20k continued lines", "SET x -\n".repeat(20_000)),
        ("one 400 KB line", "a ".repeat(200_000)),
        (
            "2k statements without terminators",
            "CREATE\n".repeat(2_000),
        ),
        ("only a BOM", "\u{feff}".to_owned()),
        ("empty", String::new()),
    ];
    let mut failures = Failures::default();
    for (name, text) in &cases {
        failures.check(name, text, &ReadOptions::default());
    }
    failures.assert_none();
}

/// Panics and invariant violations the fuzz target and the mangling test found, each
/// at its smallest. All were fixed in 982c6d0; they stay as regression cases.
#[test]
fn failures_found_by_fuzzing_stay_fixed() {
    let cases: &[(&str, &str)] = &[
        // Panicked: split.rs `push_exec` moved `call_end` before `call_start` when `;`
        // directly followed EXEC, then `trim_end` sliced backwards.
        ("EXEC directly followed by `;`", "exec;"),
        // Panicked: split.rs `command_end` stepped one byte back from a line end into a
        // multi-byte character.
        ("host command ending in a multi-byte char", "!é"),
        ("SET line ending in a multi-byte char", "set é"),
        ("SPOOL line ending in a BOM", "SPOO \u{feff}"),
        ("include ending in U+FFFD", "@\u{fffd}"),
        // Broke "a statement's text is never empty".
        ("EXEC with no call", "exec"),
        ("EXEC with no call after a comment", "--\nexec"),
        ("a lone `;`", ";"),
        ("a comment then `;`", "/*x*/;"),
        ("a variable defined as empty", "DEFINE e = \"\"\n&e;\n"),
    ];
    let mut failures = Failures::default();
    for (name, text) in cases {
        failures.check(name, text, &ReadOptions::default());
    }
    failures.assert_none();
}

/// The embedded seeds, then every source file under `corpus/` (others add to it; read
/// whatever is there now).
fn all_seeds() -> Vec<(String, String)> {
    let mut seeds: Vec<(String, String)> = SEEDS
        .iter()
        .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
        .collect();
    let mut files = Vec::new();
    collect_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        &mut files,
    );
    files.sort();
    for path in files {
        if let Ok(bytes) = std::fs::read(&path) {
            seeds.push((path.display().to_string(), decode(&bytes, None).text));
        }
    }
    seeds
}

fn collect_sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_sources(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| DEFAULT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
}

/// Plain reading, then the settings that change what the splitter and head reader see:
/// substituted values that open literals, and forced encodings that re-decode the text.
fn option_variants() -> Vec<ReadOptions> {
    let defines = vec![
        ("X".to_owned(), String::new()),
        ("Q".to_owned(), "'".to_owned()),
        ("C".to_owned(), "/*".to_owned()),
        ("A".to_owned(), "&X".to_owned()),
        ("OWNER".to_owned(), "\"Hr\"".to_owned()),
    ];
    vec![
        ReadOptions::default(),
        ReadOptions {
            defines,
            default_schema: Some("app".to_owned()),
            ..ReadOptions::default()
        },
        ReadOptions::default(),
        ReadOptions {
            encoding: Some(encoding_rs::WINDOWS_1252),
            ..ReadOptions::default()
        },
    ]
}

/// A small deterministic PRNG (xorshift64*): enough to spread mutations around.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// A char boundary of `text`, uniformly by byte then moved back to a boundary.
    fn boundary(&mut self, text: &str) -> usize {
        let mut at = self.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

fn window(rng: &mut Rng, text: &str) -> String {
    if text.len() <= WINDOW {
        return text.to_owned();
    }
    let mut start = rng.boundary(&text[..text.len() - WINDOW]);
    // Start on a line, as a real script would.
    start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let mut end = (start + WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[start..end].to_owned()
}

fn mangle(rng: &mut Rng, text: &str, seeds: &[(String, String)]) -> String {
    let mut out = text.to_owned();
    match rng.below(10) {
        0 => out.truncate(rng.boundary(text)),
        1 => {
            // Byte-level damage, made text again as a lossy read would.
            let mut bytes = out.into_bytes();
            for _ in 0..1 + rng.below(8) {
                if bytes.is_empty() {
                    break;
                }
                let at = rng.below(bytes.len());
                match rng.below(3) {
                    0 => bytes[at] ^= 1 << rng.below(8),
                    1 => bytes[at] = rng.next() as u8,
                    _ => bytes.insert(at, rng.next() as u8),
                }
            }
            out = String::from_utf8_lossy(&bytes).into_owned();
        }
        2 => {
            for _ in 0..1 + rng.below(8) {
                let at = rng.boundary(&out);
                let c = CHARS[rng.below(CHARS.len())];
                match out[at..].chars().next() {
                    Some(old) if rng.below(2) == 0 => {
                        out.replace_range(at..at + old.len_utf8(), c.encode_utf8(&mut [0; 4]))
                    }
                    _ => out.insert(at, c),
                }
            }
        }
        3 | 4 => {
            for _ in 0..1 + rng.below(4) {
                let at = rng.boundary(&out);
                out.insert_str(at, SNIPPETS[rng.below(SNIPPETS.len())]);
            }
        }
        5 => out = mangle_slash_lines(rng, &out),
        6 => {
            let from = rng.boundary(&out);
            let to = from + rng.boundary(&out[from..]).min(rng.below(200));
            let to = (to..=out.len())
                .find(|&i| out.is_char_boundary(i))
                .unwrap_or(from);
            out.replace_range(from..to, "");
        }
        7 => {
            // Splice another seed in: the tail of one script after the head of another.
            let other = &seeds[rng.below(seeds.len())].1;
            let cut = rng.boundary(&out);
            let other = window(rng, other);
            let from = rng.boundary(&other);
            out.truncate(cut);
            out.push_str(&other[from..]);
        }
        8 => {
            out = match rng.below(3) {
                0 => out.replace("\r\n", "\n").replace('\n', "\r\n"),
                1 => out.replace('\n', "\r"),
                _ => out.replace('\n', "\n\n"),
            }
        }
        _ => {
            let at = rng.boundary(&out);
            let depth = 1 + rng.below(5_000);
            let open = ["(", "BEGIN ", "q'[", "'", "/*"][rng.below(5)];
            out.insert_str(at, &open.repeat(depth));
        }
    }
    out
}

/// Doubles, removes or adds `/` lines, the marks that end PL/SQL units.
fn mangle_slash_lines(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let slashes: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].trim() == "/")
        .collect();
    match (rng.below(3), slashes.is_empty()) {
        (0, false) => {
            let i = slashes[rng.below(slashes.len())];
            lines.insert(i, lines[i]);
        }
        (1, false) => {
            lines.remove(slashes[rng.below(slashes.len())]);
        }
        _ => {
            let at = rng.below(lines.len() + 1);
            lines.insert(at, "/\n");
        }
    }
    lines.concat()
}

/// Failures grouped by signature (panic location, or the invariant broken), with the
/// smallest input found for each.
#[derive(Default)]
struct Failures {
    by_signature: BTreeMap<String, (String, String, usize)>,
}

impl Failures {
    fn check(&mut self, name: &str, text: &str, options: &ReadOptions) {
        let Err(signature) = run(text, options) else {
            return;
        };
        let entry = self
            .by_signature
            .entry(signature.clone())
            .or_insert_with(|| (name.to_owned(), text.to_owned(), 0));
        entry.2 += 1;
        if entry.2 == 1 {
            entry.1 = shrink(text, options, &signature);
        }
    }

    fn assert_none(&self) {
        if self.by_signature.is_empty() {
            return;
        }
        let mut report = format!("{} distinct reader failures:\n", self.by_signature.len());
        for (signature, (name, minimal, count)) in &self.by_signature {
            report.push_str(&format!(
                "\n- {signature}\n  first seen in {name} ({count} inputs); smallest input: {minimal:?}\n"
            ));
        }
        panic!("{report}");
    }
}

thread_local! {
    static PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Reads `text` and returns the failure's signature: where the reader panicked (file
/// and line, without the message, which names input-dependent offsets), or the
/// invariant it broke (without its offsets).
fn run(text: &str, options: &ReadOptions) -> Result<(), String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let inside_reader = PANIC_AT.with(|p| p.borrow().is_some());
            if inside_reader {
                let at = info.location().map_or_else(
                    || "unknown location".to_owned(),
                    |l| format!("{}:{}", l.file(), l.line()),
                );
                PANIC_AT.with(|p| *p.borrow_mut() = Some(format!("panic at {at}")));
            } else {
                default(info);
            }
        }));
    });
    PANIC_AT.with(|p| *p.borrow_mut() = Some(String::new()));
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        invariants::check_text("mangled.sql", text, options)
    }));
    let panic_at = PANIC_AT.with(|p| p.borrow_mut().take()).unwrap_or_default();
    match result {
        Ok(Ok(())) => Ok(()),
        Ok(Err(violation)) => Err(format!("invariant: {}", strip_numbers(&violation))),
        Err(_) => Err(panic_at),
    }
}

/// `item 3 (statement 10..12) ...` and `item 7 (statement 40..42) ...` are one bug.
fn strip_numbers(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        if !c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('#') {
            out.push('#');
        }
    }
    out
}

/// Greedily removes lines, then characters, while the same failure remains. Bounded,
/// so a stubborn input costs a fixed number of reads.
fn shrink(text: &str, options: &ReadOptions, signature: &str) -> String {
    let fails = |t: &str| run(t, options).err().as_deref() == Some(signature);
    let mut best: Vec<char> = text.chars().collect();
    let mut budget = 3000;
    let mut chunk = (best.len() / 2).max(1);
    while chunk >= 1 && budget > 0 {
        let mut at = 0;
        while at < best.len() && budget > 0 {
            let end = (at + chunk).min(best.len());
            let candidate: String = best[..at].iter().chain(&best[end..]).collect();
            budget -= 1;
            if fails(&candidate) {
                best.drain(at..end);
            } else {
                at += chunk;
            }
        }
        if chunk == 1 {
            break;
        }
        chunk /= 2;
    }
    best.into_iter().collect()
}
