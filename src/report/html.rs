//! index.html: the assessment as one self-contained page (minijinja template in
//! reports/, inline CSS and SVG, no network).

use super::assess::Assessment;

const TEMPLATE: &str = include_str!("../../reports/index.html.j2");

/// Renders the page. A template error is a bug in the shipped template; it is shown in
/// the page rather than lost.
pub fn page(assessment: &Assessment) -> String {
    let mut env = minijinja::Environment::new();
    if let Err(e) = env.add_template("index.html", TEMPLATE) {
        return format!("<!doctype html><title>orapg</title><pre>template error: {e}</pre>");
    }
    let template = match env.get_template("index.html") {
        Ok(t) => t,
        Err(e) => {
            return format!("<!doctype html><title>orapg</title><pre>template error: {e}</pre>");
        }
    };
    template
        .render(minijinja::context! { a => minijinja::Value::from(minijinja::value::Serde(assessment)) })
        .unwrap_or_else(|e| format!("<!doctype html><title>orapg</title><pre>template error: {e}</pre>"))
}
