//! The progress display of a long scan: on standard error, only when it is a terminal, and only
//! once the scan has taken more than a second (a quick scan prints nothing extra). `--quiet`
//! turns it off; it never touches standard output.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a scan runs before the display appears.
const DELAY: Duration = Duration::from_secs(1);

/// A handle on the display; cheap to clone, safe to share between threads. Hidden, it does
/// nothing.
#[derive(Debug, Clone)]
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Default for Progress {
    fn default() -> Self {
        Self::hidden()
    }
}

impl Progress {
    /// No display.
    pub fn hidden() -> Self {
        Progress { bar: None }
    }

    /// A display on standard error when it is a terminal (and `quiet` is off), shown after
    /// `DELAY`.
    pub fn on_stderr(quiet: bool) -> Self {
        if quiet || !std::io::stderr().is_terminal() {
            return Self::hidden();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        let delayed = bar.clone();
        // Dies with the process; after `finish` it does nothing.
        std::thread::spawn(move || {
            std::thread::sleep(DELAY);
            if !delayed.is_finished() {
                delayed.set_draw_target(ProgressDrawTarget::stderr());
                delayed.enable_steady_tick(Duration::from_millis(120));
            }
        });
        Progress { bar: Some(bar) }
    }

    /// Starts a stage of `len` steps (`collecting 12 projects`); 0 for a stage without steps.
    pub fn stage(&self, message: &str, len: usize) {
        if let Some(bar) = &self.bar {
            let template = if len == 0 {
                "{spinner} {msg} [{elapsed}]"
            } else {
                "{spinner} {msg} {pos}/{len} [{elapsed}]"
            };
            bar.set_style(
                ProgressStyle::with_template(template)
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_length(len as u64);
            bar.set_position(0);
            bar.set_message(message.to_owned());
        }
    }

    /// One step of the current stage done.
    pub fn step(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Clears the display, before the report is written.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
