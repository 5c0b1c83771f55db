//! `orapg assess`: convert into DIR/converted/, then write the assessment report.

use super::args::{AssessArgs, GlobalArgs};
use super::convert::{file_error, pipeline};
use super::exit;
use crate::report::{self, EffortModel};

/// Writes one rendering of the assessment.
type Render<'a> = dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()> + 'a;

pub fn run(globals: &GlobalArgs, args: &AssessArgs) -> u8 {
    let model = match &args.effort {
        None => EffortModel::builtin(),
        Some(path) => {
            let text = match std::fs::read_to_string(path) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("orapg: cannot read effort model {}: {e}", path.display());
                    return exit::USAGE_OR_IO;
                }
            };
            match EffortModel::from_toml(&text) {
                Ok(model) => model,
                Err(e) => {
                    eprintln!(
                        "{}",
                        file_error("effort model", path, &text, &e.message, e.span.as_ref())
                    );
                    return exit::USAGE_OR_IO;
                }
            }
        }
    };
    let out = &args.convert.out;
    let converted = out.join("converted");
    let quiet = GlobalArgs {
        quiet: true,
        ..globals.clone()
    };
    let outcome = match pipeline(&quiet, &args.convert, &converted, &model, false) {
        Ok(outcome) => outcome,
        Err(code) => return code,
    };
    let a = &outcome.report;
    // One rendering at a time, each dropped once written: on a large schema index.html
    // and report.json are tens of megabytes each.
    let renderings: [(&str, &Render<'_>); 5] = [
        ("report.json", &|w| {
            serde_json::to_writer_pretty(&mut *w, a).map_err(std::io::Error::other)?;
            w.write_all(b"\n")
        }),
        ("report.md", &|w| {
            w.write_all(report::render::markdown(a).as_bytes())
        }),
        ("objects.csv", &|w| {
            w.write_all(report::render::objects_csv(a).as_bytes())
        }),
        ("actions.csv", &|w| {
            w.write_all(report::render::actions_csv(a).as_bytes())
        }),
        ("index.html", &|w| {
            w.write_all(report::html::page(a).as_bytes())
        }),
    ];
    for (name, render) in renderings {
        let path = out.join(name);
        let written = std::fs::File::create(&path).and_then(|file| {
            let mut writer = std::io::BufWriter::new(file);
            render(&mut writer)?;
            std::io::Write::flush(&mut writer)
        });
        if let Err(e) = written {
            eprintln!("orapg: cannot write {}: {e}", path.display());
            return exit::USAGE_OR_IO;
        }
    }
    if !globals.quiet {
        let s = &a.summary;
        say!(
            "{} objects: {} auto, {} review, {} manual, {} unparsed",
            s.by_status.total(),
            s.by_status.auto,
            s.by_status.review,
            s.by_status.manual,
            s.by_status.unparsed
        );
        say!(
            "estimated effort: {:.1} person-days (range {:.1} to {:.1}); migration level {}",
            s.effort.person_days,
            s.effort.person_days_low,
            s.effort.person_days_high,
            s.migration_level.explanation
        );
        let mut top: Vec<_> = a.actions.iter().filter(|x| x.effort_minutes > 0).collect();
        top.sort_by_key(|x| std::cmp::Reverse(x.effort_minutes));
        for x in top.iter().take(5) {
            say!(
                "  {} {:<50} {:>4} x  {:>5} min",
                x.code,
                x.title.chars().take(50).collect::<String>(),
                x.count,
                x.effort_minutes
            );
        }
        say!("report written to {}", out.join("index.html").display());
    }
    outcome.exit_code
}
