//! index.html: the assessment as one self-contained page (minijinja template in
//! reports/, inline CSS, SVG and a few lines of script, no network).

use super::assess::Assessment;
use std::collections::BTreeMap;

const TEMPLATE: &str = include_str!("../../reports/index.html.j2");

/// The name decides escaping: minijinja auto-escapes templates whose name ends in
/// `.html`, so every value from the input (object names, source text, messages) is
/// escaped unless the template says otherwise, and it never does.
const TEMPLATE_NAME: &str = "index.html";

/// Renders the page. A template error is a bug in the shipped template; it is shown in
/// the page rather than lost.
pub fn page(assessment: &Assessment) -> String {
    let mut env = minijinja::Environment::new();
    env.add_filter("num", num);
    if let Err(e) = env.add_template(TEMPLATE_NAME, TEMPLATE) {
        return error_page(&e);
    }
    let template = match env.get_template(TEMPLATE_NAME) {
        Ok(t) => t,
        Err(e) => return error_page(&e),
    };
    // Objects are named by id throughout the assessment (actions, cycles, waves); the
    // template finds an object's position in `a.objects` here instead of scanning it.
    let index: BTreeMap<usize, usize> = assessment
        .objects
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    template
        .render(minijinja::context! {
            a => minijinja::Value::from(minijinja::value::Serde(assessment)),
            index => minijinja::Value::from(minijinja::value::Serde(&index)),
        })
        .unwrap_or_else(|e| error_page(&e))
}

fn error_page(e: &minijinja::Error) -> String {
    let text = format!("{e:#}")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<!doctype html><title>orapg</title><pre>template error: {text}</pre>")
}

/// Whole numbers with thousands separators, as a reader of a report expects; the
/// digits are the assessment's, only grouped.
fn num(value: minijinja::Value) -> String {
    match i64::try_from(value.clone()) {
        Ok(n) => {
            let digits = n.unsigned_abs().to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push(',');
                }
                out.push(c);
            }
            if n < 0 { format!("-{out}") } else { out }
        }
        Err(_) => value.to_string(),
    }
}
