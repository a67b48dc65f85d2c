//! Where a scan's time goes (`--timings`): the wall time of each stage and what it did.
//!
//! Stages run one after another; work inside a stage runs in parallel, so the per-ecosystem and
//! detection figures are summed over threads and can exceed the stage's wall time.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// The stages of one run, in order.
#[derive(Debug, Default)]
pub struct Timings {
    stages: Vec<Stage>,
}

/// One stage: its name, wall time, and a line about the work it did.
#[derive(Debug)]
struct Stage {
    name: &'static str,
    wall: Duration,
    detail: String,
}

/// Time spent collecting each kind of project, summed over its projects.
#[derive(Debug, Default, Clone)]
pub struct PerKind(BTreeMap<&'static str, (Duration, usize)>);

impl PerKind {
    pub fn add(&mut self, kind: &'static str, spent: Duration) {
        let entry = self.0.entry(kind).or_default();
        entry.0 += spent;
        entry.1 += 1;
    }

    /// `npm 180 ms (3 projects), python 20 ms (1 project)`, slowest first.
    pub fn describe(&self) -> String {
        let mut kinds: Vec<_> = self.0.iter().collect();
        kinds.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        kinds
            .into_iter()
            .map(|(kind, (spent, n))| {
                crate::i18n::tr!(
                    "timings-kind",
                    kind = *kind,
                    time = millis(*spent),
                    count = *n
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Timings {
    /// Runs `work` as the stage `name` and records its wall time.
    pub fn time<T>(&mut self, name: &'static str, work: impl FnOnce() -> T) -> T {
        let start = Instant::now();
        let value = work();
        self.stages.push(Stage {
            name,
            wall: start.elapsed(),
            detail: String::new(),
        });
        value
    }

    /// Records a stage timed elsewhere.
    pub fn record(&mut self, name: &'static str, wall: Duration, detail: impl Into<String>) {
        self.stages.push(Stage {
            name,
            wall,
            detail: detail.into(),
        });
    }

    /// Says what the last stage named `name` did.
    pub fn describe(&mut self, name: &'static str, detail: impl Into<String>) {
        if let Some(stage) = self.stages.iter_mut().rev().find(|s| s.name == name) {
            stage.detail = detail.into();
        }
    }

    /// The table `--timings` prints on stderr.
    pub fn render(&self) -> String {
        let total: Duration = self.stages.iter().map(|s| s.wall).sum();
        let mut out = crate::i18n::tr!("timings-header");
        out.push('\n');
        for stage in &self.stages {
            let _ = write!(
                out,
                "  {:<10} {:>9}",
                stage_name(stage.name),
                millis(stage.wall)
            );
            if !stage.detail.is_empty() {
                let _ = write!(out, "  {}", stage.detail);
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "  {:<10} {:>9}",
            crate::i18n::tr!("timings-total"),
            millis(total)
        );
        out
    }
}

/// A stage's name as people read it (the stages `lib.rs` times; another name as it is).
fn stage_name(name: &str) -> String {
    match name {
        "discover" => crate::i18n::tr!("timings-discover"),
        "collect" => crate::i18n::tr!("timings-collect"),
        "resolve" => crate::i18n::tr!("timings-resolve"),
        "evaluate" => crate::i18n::tr!("timings-evaluate"),
        "assemble" => crate::i18n::tr!("timings-assemble"),
        other => other.to_owned(),
    }
}

/// `1,234 ms`, `0.4 ms`.
pub fn millis(duration: Duration) -> String {
    let ms = duration.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        crate::i18n::tr!("timings-ms", value = crate::i18n::decimal(ms, 1))
    } else {
        let whole = ms.round() as u64;
        let (thousands, rest) = (whole / 1000, whole % 1000);
        let value = if thousands > 0 {
            crate::i18n::tr!(
                "timings-thousands",
                thousands = thousands.to_string(),
                rest = format!("{rest:03}")
            )
        } else {
            rest.to_string()
        };
        crate::i18n::tr!("timings-ms", value = value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_listed_in_order_with_a_total() {
        let mut timings = Timings::default();
        let answer = timings.time("discover", || 42);
        assert_eq!(answer, 42);
        timings.time("collect", || ());
        timings.describe("collect", "npm 1 ms (1 project)");
        let text = timings.render();
        let names: Vec<&str> = text
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().next().unwrap())
            .collect();
        assert_eq!(names, ["discover", "collect", "total"]);
        assert!(text.contains("  npm 1 ms (1 project)\n"));
    }

    #[test]
    fn milliseconds_read_well() {
        assert_eq!(millis(Duration::from_micros(400)), "0.4 ms");
        assert_eq!(millis(Duration::from_millis(180)), "180 ms");
        assert_eq!(millis(Duration::from_millis(12_345)), "12,345 ms");
    }

    #[test]
    fn kinds_slowest_first() {
        let mut kinds = PerKind::default();
        kinds.add("python", Duration::from_millis(20));
        kinds.add("npm", Duration::from_millis(100));
        kinds.add("npm", Duration::from_millis(80));
        assert_eq!(
            kinds.describe(),
            "npm 180 ms (2 projects), python 20 ms (1 project)"
        );
    }
}
