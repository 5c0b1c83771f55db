//! A spinner on stderr for runs that take more than a moment. Hidden with --quiet and
//! when stderr is not a terminal (pipes, CI logs, tests).

use super::args::GlobalArgs;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    pub fn new(globals: &GlobalArgs) -> Self {
        let target = if globals.quiet || !std::io::stderr().is_terminal() {
            ProgressDrawTarget::hidden()
        } else {
            ProgressDrawTarget::stderr()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar }
    }

    pub fn stage(&self, message: &str) {
        self.bar.set_message(message.to_owned());
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
