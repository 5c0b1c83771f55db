//! The assessment report as a reader gets it: `orapg assess` run as users run it, then
//! index.html, report.md, objects.csv, actions.csv and report.json read back and checked
//! against each other, against the input files, and in a real browser.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const STATUSES: [&str; 4] = ["auto", "review", "manual", "unparsed"];
/// The whole corpus has objects of every status, unresolved references, external
/// dependencies and cycles, so every part of the report has something to show.
const ALL: &str = "corpus";

/// One `orapg assess` run into a fresh temporary directory.
struct Report {
    _dir: tempfile::TempDir,
    out: PathBuf,
    json: Value,
}

impl Report {
    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.out.join(name))
            .unwrap_or_else(|e| panic!("{}: {e}", self.out.join(name).display()))
    }
    fn objects(&self) -> &Vec<Value> {
        self.json["objects"].as_array().unwrap()
    }
}

fn assess(inputs: &[&str]) -> Report {
    assess_with(inputs, &[])
}

/// `orapg assess` with further options (`--effort FILE`).
fn assess_with(inputs: &[&str], options: &[&str]) -> Report {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    let output = Command::new(env!("CARGO_BIN_EXE_orapg"))
        .current_dir(ROOT)
        .env("NO_COLOR", "1")
        .arg("--quiet")
        .arg("assess")
        .args(inputs)
        .args(options)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "orapg assess {inputs:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = serde_json::from_str(&std::fs::read_to_string(out.join("report.json")).unwrap())
        .expect("report.json is JSON");
    // html.rs shows a template error as the page itself, so that it is never lost.
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        !html.contains("<pre>template error"),
        "index.html for {inputs:?}: {html}"
    );
    Report {
        _dir: dir,
        out,
        json,
    }
}

fn u(v: &Value) -> u64 {
    v.as_u64()
        .unwrap_or_else(|| panic!("not a whole number: {v}"))
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

/// A figure as the page prints it, thousands separators and all.
fn int(text: &str) -> u64 {
    text.trim()
        .replace(',', "")
        .parse()
        .unwrap_or_else(|e| panic!("{text:?} is not a whole number: {e}"))
}

// ---------------------------------------------------------------------------------------
// Reading the renderings back. No HTML or CSV crate: the page puts each figure alone in an
// element with an id or a class, so a few string searches find them.

/// The text of the element with `id`, up to its first child element.
fn text_of_id<'a>(html: &'a str, id: &str) -> &'a str {
    let key = format!("id=\"{id}\"");
    let at = html
        .find(&key)
        .unwrap_or_else(|| panic!("no element with id {id}"));
    let rest = &html[at..];
    let start = rest.find('>').unwrap() + 1;
    let end = start + rest[start..].find('<').unwrap();
    rest[start..end].trim()
}

/// The text of the first element of `class` inside `fragment`.
fn text_of_class<'a>(fragment: &'a str, class: &str) -> &'a str {
    let at = fragment
        .find(&format!(" {class}"))
        .or_else(|| fragment.find(&format!("\"{class}")))
        .unwrap_or_else(|| panic!("no {class} in {fragment}"));
    let rest = &fragment[at..];
    let start = rest.find('>').unwrap() + 1;
    let end = start + rest[start..].find('<').unwrap();
    rest[start..end].trim()
}

/// Each element starting with `open` (up to the attribute value that follows it), with its
/// text up to `close`: (value, fragment).
fn elements<'a>(html: &'a str, open: &str, close: &str) -> Vec<(&'a str, &'a str)> {
    html.match_indices(open)
        .map(|(at, _)| {
            let rest = &html[at + open.len()..];
            let value = &rest[..rest.find('"').unwrap()];
            let end = rest.find(close).unwrap_or(rest.len());
            (value, &rest[..end])
        })
        .collect()
}

/// An attribute's value inside an element's opening tag.
fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!("{name}=\"");
    let at = tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + key.len();
    &tag[at..at + tag[at..].find('"').unwrap()]
}

/// Object sections of the page: (id, status, the section's HTML).
fn object_sections(html: &str) -> Vec<(u64, &str, &str)> {
    elements(html, "<section class=\"obj flt\" id=\"obj-", "</section>")
        .into_iter()
        .map(|(id, section)| {
            let tag = &section[..section.find('>').unwrap()];
            (int(id), attr(tag, "data-status"), section)
        })
        .collect()
}

/// RFC 4180 records: quoted fields may hold commas, quotes and newlines.
fn csv(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut records: Vec<Vec<String>> = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "CSV does not end in a newline"
    );
    let header = records.remove(0);
    records
        .into_iter()
        .map(|r| {
            assert_eq!(r.len(), header.len(), "CSV record {r:?}");
            header.iter().cloned().zip(r).collect()
        })
        .collect()
}

/// The rows of the Markdown table that follows `heading`, as cells (header and rule
/// skipped). Cells are split on unescaped `|` only.
fn md_table(md: &str, heading: &str) -> Vec<Vec<String>> {
    let at = md
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading} in report.md"));
    md[at..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            let inner = &l[1..l.len() - 1];
            let mut cells = vec![String::new()];
            let mut chars = inner.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if chars.peek() == Some(&'|') => {
                        cells.last_mut().unwrap().push('|');
                        chars.next();
                    }
                    '|' => cells.push(String::new()),
                    c => cells.last_mut().unwrap().push(c),
                }
            }
            cells.iter().map(|c| c.trim().replace("**", "")).collect()
        })
        .collect()
}

/// The section of report.md from `heading` to the next `## ` heading.
fn md_section<'a>(md: &'a str, heading: &str) -> &'a str {
    let at = md
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading} in report.md"));
    let rest = &md[at + heading.len()..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

/// Every number in `text`, in order, as written (`12.5`, `7122`; `C-5` gives 5).
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !current.is_empty()) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(current.trim_end_matches('.').to_owned());
            current.clear();
        }
    }
    out
}

fn count_by<'a>(items: impl Iterator<Item = &'a str>) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for item in items {
        *counts.entry(item.to_owned()).or_insert(0) += 1;
    }
    counts
}

// ---------------------------------------------------------------------------------------

/// Objects per status and kind, occurrences per action code and the total effort are the
/// same in all five files.
#[test]
fn counts_agree_across_all_renderings() {
    let r = assess(&[ALL]);
    let j = &r.json;
    let objects = r.objects();
    let html = r.read("index.html");
    let md = r.read("report.md");
    let objects_csv = csv(&r.read("objects.csv"));
    let actions_csv = csv(&r.read("actions.csv"));

    // Objects per status.
    let json_status = count_by(objects.iter().map(|o| s(&o["status"])));
    let csv_status = count_by(objects_csv.iter().map(|o| o["status"].as_str()));
    let md_rows = md_table(&md, "## Executive summary");
    let md_labels = [
        "Converted automatically",
        "Converted, needs review",
        "Needs manual conversion",
        "Not parsed",
    ];
    let sections = object_sections(&html);
    let html_sections = count_by(sections.iter().map(|(_, status, _)| *status));
    for (st, label) in STATUSES.iter().zip(md_labels) {
        let n = json_status.get(*st).copied().unwrap_or(0);
        assert_eq!(
            u(&j["summary"]["by_status"][st]),
            n,
            "report.json summary {st}"
        );
        assert_eq!(
            csv_status.get(*st).copied().unwrap_or(0),
            n,
            "objects.csv {st}"
        );
        let row = md_rows.iter().find(|r| r[0] == label).unwrap();
        assert_eq!(int(&row[1]), n, "report.md {st}");
        assert_eq!(
            int(text_of_id(&html, &format!("fig-objects-{st}"))),
            n,
            "index.html {st}"
        );
        // Every object needing work has its section, and no other object has one.
        let expected_sections = if *st == "auto" { 0 } else { n };
        assert_eq!(
            html_sections.get(*st).copied().unwrap_or(0),
            expected_sections,
            "index.html sections of {st} objects"
        );
    }
    assert_eq!(int(text_of_id(&html, "fig-objects")), objects.len() as u64);
    assert_eq!(objects_csv.len(), objects.len());
    let json_ids: Vec<u64> = objects.iter().map(|o| u(&o["id"])).collect();
    let csv_ids: Vec<u64> = objects_csv.iter().map(|o| int(&o["id"])).collect();
    assert_eq!(csv_ids, json_ids, "objects.csv ids");
    let work_ids: Vec<u64> = objects
        .iter()
        .filter(|o| o["status"] != "auto")
        .map(|o| u(&o["id"]))
        .collect();
    let section_ids: Vec<u64> = sections.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(section_ids, work_ids, "index.html object sections");

    // Objects per kind.
    let json_kind = count_by(objects.iter().map(|o| s(&o["kind"])));
    let csv_kind = count_by(objects_csv.iter().map(|o| o["kind"].as_str()));
    let md_kind: BTreeMap<String, u64> = md_table(&md, "## Objects by kind")
        .into_iter()
        .map(|row| (row[0].clone(), int(&row[1])))
        .collect();
    let html_kind: BTreeMap<String, u64> =
        elements(&html, "<tr class=\"flt kind-row\" data-kind=\"", "</tr>")
            .into_iter()
            .map(|(kind, row)| (kind.to_owned(), int(text_of_class(row, "c-total"))))
            .collect();
    let summary_kind: BTreeMap<String, u64> = j["summary"]["by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let c = &row["objects"];
            (
                s(&row["kind"]).to_owned(),
                STATUSES.iter().map(|st| u(&c[st])).sum(),
            )
        })
        .collect();
    assert_eq!(summary_kind, json_kind, "report.json summary.by_kind");
    assert_eq!(csv_kind, json_kind, "objects.csv");
    assert_eq!(md_kind, json_kind, "report.md");
    assert_eq!(html_kind, json_kind, "index.html");

    // Action occurrences per code.
    let json_codes = count_by(
        objects
            .iter()
            .flat_map(|o| o["actions"].as_array().unwrap())
            .map(|a| s(&a["code"])),
    );
    let summary_codes: BTreeMap<String, u64> = j["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (s(&a["code"]).to_owned(), u(&a["count"])))
        .collect();
    let csv_codes = count_by(actions_csv.iter().map(|a| a["code"].as_str()));
    let md_codes: BTreeMap<String, u64> = md_table(&md, "## Action items")
        .into_iter()
        .map(|row| (row[0].clone(), int(&row[row.len() - 2])))
        .collect();
    let html_codes: BTreeMap<String, u64> =
        elements(&html, "<tr class=\"action-row\" data-code=\"", "</tr>")
            .into_iter()
            .map(|(code, row)| (code.to_owned(), int(text_of_class(row, "c-count"))))
            .collect();
    let html_occurrences: BTreeMap<String, u64> = elements(
        &html,
        "<details class=\"code-block\" id=\"act-",
        "</details>",
    )
    .into_iter()
    .map(|(code, block)| {
        (
            code.to_owned(),
            block.matches("<tr class=\"flt occ\"").count() as u64,
        )
    })
    .collect();
    assert!(!json_codes.is_empty());
    assert_eq!(summary_codes, json_codes, "report.json actions[].count");
    assert_eq!(csv_codes, json_codes, "actions.csv");
    assert_eq!(md_codes, json_codes, "report.md");
    assert_eq!(html_codes, json_codes, "index.html action table");
    assert_eq!(html_occurrences, json_codes, "index.html occurrence lists");

    // Total effort.
    let e = &j["summary"]["effort"];
    let objects_minutes: u64 = objects.iter().map(|o| u(&o["effort_minutes"])).sum();
    let csv_minutes: u64 = objects_csv.iter().map(|o| int(&o["effort_minutes"])).sum();
    assert_eq!(u(&e["objects_minutes"]), objects_minutes);
    assert_eq!(csv_minutes, objects_minutes, "objects.csv");
    assert_eq!(
        u(&e["total_minutes"]),
        objects_minutes + u(&e["learning_minutes"])
    );
    let effort_line = md
        .lines()
        .find(|l| l.starts_with("Estimated effort:"))
        .unwrap();
    let md_numbers = numbers(effort_line);
    assert_eq!(
        int(&md_numbers[3]) + int(&md_numbers[4]),
        u(&e["total_minutes"]),
        "report.md: {effort_line}"
    );
    assert_eq!(
        md_numbers[0],
        format!("{:.1}", e["person_days"].as_f64().unwrap())
    );
    assert_eq!(
        int(text_of_id(&html, "fig-effort-minutes")),
        u(&e["total_minutes"]),
        "index.html"
    );
    assert_eq!(
        text_of_id(&html, "fig-effort-days"),
        format!("{:.1}", e["person_days"].as_f64().unwrap())
    );
    let kinds_minutes: u64 = j["summary"]["by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| u(&k["effort_minutes"]))
        .sum();
    assert_eq!(kinds_minutes, objects_minutes, "summary.by_kind effort");
}

/// Every action occurrence and unresolved reference points at a file that exists and a
/// line (and column) inside it, so a reader following one lands on real text.
#[test]
fn every_occurrence_names_a_real_file_and_line() {
    let r = assess(&[ALL]);
    let mut files: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut line_lengths = |file: &str| -> Vec<usize> {
        files
            .entry(file.to_owned())
            .or_insert_with(|| {
                let path = Path::new(ROOT).join(file);
                let bytes = std::fs::read(&path)
                    .unwrap_or_else(|e| panic!("{} names {file}: {e}", "report.json"));
                // Characters per line, counted as orapg counts columns; files that are not
                // UTF-8 (Windows-1252) have one byte per character.
                let text = match String::from_utf8(bytes) {
                    Ok(text) => text,
                    Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
                };
                text.split('\n').map(|l| l.chars().count()).collect()
            })
            .clone()
    };
    let mut checked = 0;
    let mut check = |what: &str, file: &str, line: u64, column: u64| {
        let lines = line_lengths(file);
        assert!(
            line >= 1 && line as usize <= lines.len(),
            "{what} at {file}:{line}, but the file has {} lines",
            lines.len()
        );
        let width = lines[line as usize - 1];
        assert!(
            column >= 1 && column as usize <= width + 1,
            "{what} at {file}:{line}:{column}, but the line has {width} characters"
        );
        checked += 1;
    };
    for o in r.objects() {
        let (file, first, last) = (s(&o["file"]), u(&o["line"]), u(&o["end_line"]));
        check(&format!("object {}", o["id"]), file, first, 1);
        check(&format!("end of object {}", o["id"]), file, last, 1);
        for a in o["actions"].as_array().unwrap() {
            let what = format!("{} of object {}", s(&a["code"]), o["id"]);
            assert_eq!(s(&a["file"]), file, "{what} is in another file");
            let line = u(&a["line"]);
            assert!(
                (first..=last).contains(&line),
                "{what} at line {line}, outside the object's lines {first}-{last}"
            );
            check(&what, s(&a["file"]), line, u(&a["column"]));
        }
    }
    for x in r.json["unresolved"].as_array().unwrap() {
        let what = format!("unresolved {}", s(&x["name"]));
        check(&what, s(&x["file"]), u(&x["line"]), u(&x["column"]));
    }
    for a in csv(&r.read("actions.csv")) {
        check(
            &format!("actions.csv {}", a["code"]),
            &a["file"],
            int(&a["line"]),
            int(&a["column"]),
        );
    }
    assert!(checked > 1000, "only {checked} locations checked");
}

/// The migration level as docs/effort-model.md defines it, from objects alone.
fn expected_level(objects: &[Value], days: f64) -> String {
    let code = [
        "PACKAGE",
        "PACKAGE_BODY",
        "PROCEDURE",
        "FUNCTION",
        "TYPE_BODY",
    ];
    let kind = |o: &Value| s(&o["kind"]).to_owned();
    let rewrite = |o: &Value| matches!(s(&o["status"]), "manual" | "unparsed");
    let is_code = |o: &Value| code.contains(&kind(o).as_str());
    let level = if !objects.iter().any(rewrite) {
        'A'
    } else if days <= 5.0 {
        'B'
    } else {
        'C'
    };
    let difficulty = if objects
        .iter()
        .any(|o| (is_code(o) || kind(o) == "TRIGGER") && rewrite(o))
    {
        5
    } else if objects
        .iter()
        .any(|o| !is_code(o) && kind(o) != "TRIGGER" && rewrite(o))
        && !objects.iter().any(is_code)
    {
        4
    } else if objects.iter().any(is_code) {
        3
    } else if objects.iter().any(|o| kind(o) == "TRIGGER") {
        2
    } else {
        1
    };
    format!("{level}-{difficulty}")
}

/// Every figure of report.md's executive summary, recomputed from report.json's objects
/// (and the catalogue's minutes per code, which report.json carries in `actions`).
#[test]
fn markdown_summary_is_reproducible_from_objects() {
    for input in [ALL, "corpus/schemas"] {
        let r = assess(&[input]);
        let objects = r.objects();
        let md = r.read("report.md");
        let section = md_section(&md, "## Executive summary");

        let mut expected: Vec<String> = Vec::new();
        let total = objects.len() as u64;
        let total_lines: u64 = objects.iter().map(|o| u(&o["lines"])).sum();
        let pct = |n: u64, of: u64| {
            if of == 0 {
                "0.0".to_owned()
            } else {
                format!("{:.1}", n as f64 * 100.0 / of as f64)
            }
        };
        for st in STATUSES {
            let mine: Vec<&Value> = objects.iter().filter(|o| o["status"] == st).collect();
            let n = mine.len() as u64;
            let lines: u64 = mine.iter().map(|o| u(&o["lines"])).sum();
            expected.extend([
                n.to_string(),
                pct(n, total),
                lines.to_string(),
                pct(lines, total_lines),
            ]);
        }
        expected.extend([total.to_string(), total_lines.to_string()]);

        let objects_minutes: u64 = objects.iter().map(|o| u(&o["effort_minutes"])).sum();
        let catalogue: BTreeMap<&str, &Value> = r.json["actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| (s(&a["code"]), a))
            .collect();
        let mut learned: Vec<&str> = objects
            .iter()
            .flat_map(|o| o["actions"].as_array().unwrap())
            .filter(|a| a["severity"] != "info")
            .map(|a| s(&a["code"]))
            .collect();
        learned.sort_unstable();
        learned.dedup();
        let learning: u64 = learned
            .iter()
            .map(|c| u(&catalogue[c]["learning_minutes"]))
            .sum();
        let per_day = u(&r.json["effort_model"]["calendar"]["minutes_per_day"]).max(1);
        let days = (objects_minutes + learning) as f64 / per_day as f64;
        // Person-days round half away from zero (report.json's rule), then print.
        let tenth = |x: f64| format!("{:.1}", (x * 10.0).round() / 10.0);
        expected.extend([
            tenth(days),
            tenth(days * 0.75),
            tenth(days * 1.5),
            objects_minutes.to_string(),
            learning.to_string(),
            learned.len().to_string(),
        ]);
        // The level line's wording holds fixed numbers ("ora2pg", "5 person-days"); its
        // figure is the level itself.
        let (figures, level_line): (Vec<&str>, Vec<&str>) = section
            .lines()
            .partition(|l| !l.starts_with("Migration level"));
        assert_eq!(
            numbers(&figures.join("\n")),
            expected,
            "{input}: report.md's executive summary:\n{section}"
        );
        let level = expected_level(objects, days);
        assert_eq!(level_line.len(), 1, "{input}: one migration level line");
        assert!(
            level_line[0].contains(&format!("**{level}: ")),
            "{input}: level {level} in: {}",
            level_line[0]
        );
    }
}

/// report.json and report.md of the sample schemas, byte for byte.
#[test]
fn snapshots_of_sample_schemas() {
    let r = assess(&["corpus/schemas"]);
    insta::assert_snapshot!("schemas_report_json", r.read("report.json"));
    insta::assert_snapshot!("schemas_report_md", r.read("report.md"));
}

// ---------------------------------------------------------------------------------------
// Per-action minutes from an `--effort` file.

/// The built-in model (rules/effort.toml) with an `[actions]` table added.
fn effort_file(dir: &Path, actions: &str) -> PathBuf {
    let builtin = std::fs::read_to_string(Path::new(ROOT).join("rules/effort.toml")).unwrap();
    let path = dir.join("our-effort.toml");
    std::fs::write(&path, format!("{builtin}\n{actions}")).unwrap();
    path
}

/// An `--effort` file's `[actions]` replace the catalogue's minutes of the codes it names
/// (by code or by name), everywhere the report uses them: the action entries, each
/// object's arithmetic, objects.csv, the totals. The expected figures are recomputed from
/// the model's formula (docs/effort-model.md), with the catalogue's minutes taken from a
/// run with the built-in model.
#[test]
fn effort_file_overrides_action_minutes() {
    // Both occur in corpus/schemas as review actions: `string-concatenation-null`
    // (OPG6030) several times in some objects, OPG4007 once in each of several sequences.
    let overrides: BTreeMap<&str, (Option<u64>, Option<u64>)> = [
        ("OPG6030", (Some(50), Some(7))),
        // `learning` left out: it keeps the catalogue's.
        ("OPG4007", (None, Some(12))),
    ]
    .into();
    let dir = tempfile::tempdir().unwrap();
    let file = effort_file(
        dir.path(),
        "[actions.string-concatenation-null]\nlearning = 50\noccurrence = 7\n\n\
         [actions]\nOPG4007 = { occurrence = 12 }\n",
    );
    let builtin = assess(&["corpus/schemas"]);
    let r = assess_with(&["corpus/schemas"], &["--effort", file.to_str().unwrap()]);
    let j = &r.json;
    assert_eq!(j["effort_model_builtin"], false);

    // The minutes per code: the file's where it gives them, else the catalogue's.
    let catalogue: BTreeMap<&str, (u64, u64)> = builtin.json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            assert_eq!(a["effort_source"], "catalogue");
            (
                s(&a["code"]),
                (u(&a["learning_minutes"]), u(&a["occurrence_minutes"])),
            )
        })
        .collect();
    for code in overrides.keys() {
        assert!(
            catalogue.contains_key(code),
            "{code} does not occur in corpus/schemas"
        );
    }
    let minutes = |code: &str| -> (u64, u64) {
        let (learning, occurrence) = catalogue[code];
        match overrides.get(code) {
            Some((l, o)) => (l.unwrap_or(learning), o.unwrap_or(occurrence)),
            None => (learning, occurrence),
        }
    };
    for code in overrides.keys() {
        let (learning, occurrence) = minutes(code);
        assert_eq!(
            j["effort_model"]["actions"][*code],
            serde_json::json!({ "learning": learning, "occurrence": occurrence }),
            "effort_model.actions.{code}"
        );
        assert_ne!(
            (learning, occurrence),
            catalogue[code],
            "{code}: not a change"
        );
    }
    let mut learning_total = 0;
    for a in j["actions"].as_array().unwrap() {
        let code = s(&a["code"]);
        let (learning, occurrence) = minutes(code);
        let source = if overrides.contains_key(code) {
            "config"
        } else {
            "catalogue"
        };
        assert_eq!(a["effort_source"], source, "{code}");
        assert_eq!(u(&a["learning_minutes"]), learning, "{code}");
        assert_eq!(u(&a["occurrence_minutes"]), occurrence, "{code}");
        let costs = a["severity"] != "info";
        let expected = if costs {
            learning + u(&a["count"]) * occurrence
        } else {
            0
        };
        assert_eq!(u(&a["effort_minutes"]), expected, "{code}");
        if costs {
            learning_total += learning;
        }
    }

    // Every object by the formula: round(base x size factor) + its actions' minutes.
    let model = &j["effort_model"];
    let lines_per_unit = u(&model["size"]["lines_per_unit"]).max(1) as f64;
    let csv_minutes: BTreeMap<u64, u64> = csv(&r.read("objects.csv"))
        .iter()
        .map(|o| (int(&o["id"]), int(&o["effort_minutes"])))
        .collect();
    let mut objects_total = 0;
    let mut changed = 0;
    for (o, before) in r.objects().iter().zip(builtin.objects()) {
        let id = u(&o["id"]);
        let status = s(&o["status"]);
        let expected = if status == "auto" {
            0
        } else {
            let base = model["base"]
                .get(s(&o["kind"]))
                .unwrap_or(&model["base"]["default"]);
            let size = if matches!(status, "manual" | "unparsed") {
                (u(&o["lines"]) as f64 / lines_per_unit).max(1.0)
            } else {
                1.0
            };
            let actions: u64 = o["actions"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a["severity"] != "info")
                .map(|a| minutes(s(&a["code"])).1)
                .sum();
            assert_eq!(u(&o["effort"]["action_minutes"]), actions, "object {id}");
            (u(base) as f64 * size).round() as u64 + actions
        };
        assert_eq!(u(&o["effort_minutes"]), expected, "object {id}");
        assert_eq!(u(&o["effort"]["minutes"]), expected, "object {id}");
        assert_eq!(csv_minutes[&id], expected, "objects.csv, object {id}");
        objects_total += expected;
        changed += usize::from(u(&before["effort_minutes"]) != expected);
    }
    assert!(
        changed >= 2,
        "the overrides changed {changed} objects' minutes"
    );
    assert_eq!(
        csv_minutes.values().sum::<u64>(),
        objects_total,
        "objects.csv total"
    );
    let e = &j["summary"]["effort"];
    assert_eq!(u(&e["objects_minutes"]), objects_total);
    assert_eq!(u(&e["learning_minutes"]), learning_total);
    assert_eq!(u(&e["total_minutes"]), objects_total + learning_total);

    // The appendix says where each code's minutes came from.
    let html = r.read("index.html");
    let appendix = &html[html.find("id=\"model-actions\"").unwrap()..];
    let appendix = &appendix[..appendix.find("</table>").unwrap()];
    assert_eq!(appendix.matches("--effort file").count(), overrides.len());
}

/// A mistake in an `--effort` file stops the run with exit code 2 and says where it is.
#[test]
fn effort_file_errors_name_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let builtin_lines = std::fs::read_to_string(Path::new(ROOT).join("rules/effort.toml"))
        .unwrap()
        .lines()
        .count();
    for (actions, line, column, words) in [
        (
            "[actions.OPG6053]\noccurrence = 5\n",
            1,
            10,
            "unknown action `OPG6053`",
        ),
        (
            "[actions]\nconect-by = { learning = 5 }\n",
            2,
            1,
            "unknown action `conect-by`",
        ),
        ("[actions.OPG6035]\noccurence = 5\n", 2, 1, "occurence"),
        (
            "[actions.number-to-integer]\noccurrence = 5\n",
            1,
            10,
            "info action",
        ),
    ] {
        let file = effort_file(dir.path(), actions);
        let out = dir.path().join("out");
        let output = Command::new(env!("CARGO_BIN_EXE_orapg"))
            .current_dir(ROOT)
            .env("NO_COLOR", "1")
            .args([
                "assess",
                "corpus/schemas",
                "--effort",
                file.to_str().unwrap(),
                "-o",
            ])
            .arg(&out)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{actions}: {stderr}");
        // effort_file() puts the built-in model and a blank line before `actions`.
        let at = format!("{}:{}:{column}: ", file.display(), builtin_lines + 1 + line);
        assert!(stderr.contains(&at), "{actions}: expected {at} in {stderr}");
        assert!(stderr.contains(words), "{actions}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            !out.join("report.json").exists(),
            "{actions}: a report was written"
        );
    }
}

/// An input without a single statement still gives a whole page, with zeros.
#[test]
fn page_renders_for_an_input_without_objects() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("empty.sql");
    std::fs::write(&input, "-- nothing to migrate\n").unwrap();
    let r = assess(&[input.to_str().unwrap()]);
    let html = r.read("index.html");
    assert_eq!(r.objects().len(), 0);
    for id in [
        "summary",
        "kinds",
        "actions",
        "objects",
        "dependencies",
        "effort-model",
    ] {
        assert!(
            html.contains(&format!("<section id=\"{id}\"")),
            "no section {id}"
        );
    }
    assert_eq!(text_of_id(&html, "fig-objects"), "0");
    assert_eq!(text_of_id(&html, "fig-share-auto"), "0.0%");
}

/// Names and source text are data, never markup: a name or comment that looks like HTML
/// is printed as text.
#[test]
fn page_escapes_names_and_source_text() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("hostile.sql");
    std::fs::write(
        &input,
        "CREATE TABLE \"<img src=x onerror=alert(1)>\" (id NUMBER, note VARCHAR2(10) DEFAULT '</pre><b>');\n\
         CREATE OR REPLACE PROCEDURE p_x AS\nBEGIN\n  NULL; -- </script><script>alert(2)</script>\nEND;\n/\n",
    )
    .unwrap();
    let r = assess(&[input.to_str().unwrap()]);
    let html = r.read("index.html");
    assert!(!html.contains("<img src=x"), "a name became markup");
    assert!(!html.contains("<script>alert"), "source text became markup");
    assert!(!html.contains("</pre><b>"), "source text became markup");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        html.contains("&lt;&#x2f;script&gt;&lt;script&gt;alert(2)")
            || html.contains("&lt;/script&gt;&lt;script&gt;alert(2)")
    );
    assert_eq!(
        html.matches("<script>").count(),
        1,
        "only the page's own script"
    );
}

// ---------------------------------------------------------------------------------------
// The page in a real browser.

const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs headless Chromium on `url` with a fresh profile, no network services and `extra`
/// flags; returns (stdout, stderr). Fails after two minutes rather than hang the suite.
fn chromium(extra: &[&str], url: &str) -> (String, String) {
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: install the Debian package `chromium` (apt-get install chromium)"
    );
    let profile = tempfile::tempdir().unwrap();
    let logs = tempfile::tempdir().unwrap();
    let (stdout, stderr) = (logs.path().join("stdout"), logs.path().join("stderr"));
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout).unwrap())
        .stderr(std::fs::File::create(&stderr).unwrap())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 120 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    let (out, err) = (read(&stdout), read(&stderr));
    assert!(
        status.success(),
        "chromium failed on {url}: {status}\n{err}"
    );
    (out, err)
}

fn file_url(path: &Path) -> String {
    let path = path.canonicalize().unwrap();
    format!("file://{}", path.display().to_string().replace(' ', "%20"))
}

/// Console messages of the page in Chromium's log. With `--enable-logging=stderr --v=0`
/// Chromium logs every console message of a page as `...:INFO:CONSOLE(12)] "text", source:
/// file:///.../index.html (12)` (newer builds write `CONSOLE:12]`), uncaught exceptions as
/// `"Uncaught TypeError: ..."`. The levels are not told apart there, but the page never
/// writes to the console, so any console line is an error or a warning of the page.
/// The browser's own noise (D-Bus, GPU, sandbox) never carries the CONSOLE tag.
fn console_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect()
}

/// The page in headless Chromium, from disk: the rendered DOM shows report.json's summary
/// figures and an object section, filters work from the address, a screenshot is kept in
/// target/test-artifacts/report.png, and the page logs nothing to the console.
#[test]
fn page_renders_in_headless_chromium() {
    let r = assess(&[ALL]);
    let page = r.out.join("index.html");
    let url = file_url(&page);
    let j = &r.json;

    let (dom, _) = chromium(&["--dump-dom"], &url);
    assert!(
        dom.contains("data-js=\"ready\""),
        "the page's script did not run to its end"
    );
    let summary = &j["summary"];
    for st in STATUSES {
        assert_eq!(
            int(text_of_id(&dom, &format!("fig-objects-{st}"))),
            u(&summary["by_status"][st]),
            "objects {st}"
        );
        assert_eq!(
            text_of_id(&dom, &format!("fig-share-{st}")),
            format!("{:.1}%", summary["share"]["objects"][st].as_f64().unwrap()),
            "share of objects {st}"
        );
        assert_eq!(
            int(text_of_id(&dom, &format!("fig-lines-{st}"))),
            u(&summary["lines"][st]),
            "lines {st}"
        );
        assert_eq!(
            text_of_id(&dom, &format!("fig-line-share-{st}")),
            format!("{:.1}%", summary["share"]["lines"][st].as_f64().unwrap()),
            "share of lines {st}"
        );
    }
    assert_eq!(int(text_of_id(&dom, "fig-objects")), u(&summary["objects"]));
    let e = &summary["effort"];
    for (id, field) in [
        ("fig-effort-days", "person_days"),
        ("fig-effort-low", "person_days_low"),
        ("fig-effort-high", "person_days_high"),
    ] {
        assert_eq!(
            text_of_id(&dom, id),
            format!("{:.1}", e[field].as_f64().unwrap()),
            "{field}"
        );
    }
    assert_eq!(
        int(text_of_id(&dom, "fig-effort-minutes")),
        u(&e["total_minutes"])
    );
    let level = &summary["migration_level"];
    assert_eq!(
        text_of_id(&dom, "fig-level"),
        format!("{}-{}", s(&level["level"]), level["difficulty"])
    );

    // One object section: the first manual object, with its place and its actions.
    let object = r
        .objects()
        .iter()
        .find(|o| o["status"] == "manual")
        .expect("a manual object in the corpus");
    let id = u(&object["id"]);
    let sections = object_sections(&dom);
    let (_, status, section) = sections
        .iter()
        .find(|(i, _, _)| *i == id)
        .unwrap_or_else(|| panic!("no section obj-{id} in the rendered page"));
    assert_eq!(*status, "manual");
    let whereabouts = text_of_class(section, "obj-where");
    assert!(
        whereabouts.starts_with(&format!("{}:{}", s(&object["file"]), object["line"])),
        "section obj-{id} says {whereabouts}"
    );
    for a in object["actions"].as_array().unwrap() {
        assert!(
            section.contains(s(&a["code"])),
            "obj-{id} lacks {}",
            a["code"]
        );
    }
    let work = sections.len();
    assert_eq!(
        text_of_id(&dom, "filter-count"),
        format!("{work} of {work} object sections shown")
    );

    // A filter from the address hides the other sections.
    let manual = u(&summary["by_status"]["manual"]) as usize;
    let (filtered, _) = chromium(&["--dump-dom"], &format!("{url}?status=manual"));
    assert_eq!(
        text_of_id(&filtered, "filter-count"),
        format!("{manual} of {work} object sections shown")
    );
    for (id, status, section) in object_sections(&filtered) {
        let tag = &section[..section.find('>').unwrap()];
        assert_eq!(
            tag.contains(" hidden"),
            status != "manual",
            "obj-{id} ({status}) with ?status=manual"
        );
    }

    // The screenshot, for a person to look at.
    let artifacts = Path::new(ROOT).join("target").join("test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let png = artifacts.join("report.png");
    let _ = std::fs::remove_file(&png);
    chromium(
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1400,2000",
        ],
        &url,
    );
    let bytes = std::fs::read(&png).expect("chromium wrote no screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        bytes.len() > 20_000,
        "a blank screenshot? {} bytes",
        bytes.len()
    );

    // First prove that this Chromium logs console messages where we look, so that a
    // change of its log format fails here instead of silently passing the real check.
    let control_dir = tempfile::tempdir().unwrap();
    let control = control_dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!doctype html><title>c</title><script>console.error('orapg-control');</script>",
    )
    .unwrap();
    let (_, log) = chromium(
        &["--enable-logging=stderr", "--v=0", "--dump-dom"],
        &file_url(&control),
    );
    assert!(
        console_lines(&log)
            .iter()
            .any(|l| l.contains("orapg-control")),
        "chromium's log format changed: a console.error was not found in\n{log}"
    );
    let (dom, log) = chromium(&["--enable-logging=stderr", "--v=0", "--dump-dom"], &url);
    assert!(dom.contains("data-js=\"ready\""));
    let errors = console_lines(&log);
    assert!(
        errors.is_empty(),
        "the page logged to the console:\n{}",
        errors.join("\n")
    );
}
