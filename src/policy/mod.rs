//! The policy: what the office allows, reviews and denies, and the exceptions it has approved.
//!
//! `load` finds the policy (`--policy`, then `ossdoo.toml` / `.ossdoo.toml` at the scanned root,
//! then the embedded default), `Policy::parse` checks every entry and reports all problems at once
//! with their line and column, and `eval` judges resolved packages against the result.

pub mod eval;
pub mod raw;

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use spdx::Licensee;
use toml::Spanned;

pub use raw::UnknownAction;

/// The policies shipped in `policies/`, compiled into the binary; `--policy NAME` selects one.
pub const SHIPPED: &[(&str, &str)] = &[
    ("default", include_str!("../../policies/default.toml")),
    ("permissive", include_str!("../../policies/permissive.toml")),
    ("internal", include_str!("../../policies/internal.toml")),
];

/// File names looked for at the scanned root when no `--policy` is given.
pub const DISCOVERED_NAMES: &[&str] = &["ossdoo.toml", ".ossdoo.toml"];

/// A validated policy.
#[derive(Debug, Clone)]
pub struct Policy {
    pub name: String,
    pub version: Option<String>,
    pub owner: Option<String>,
    /// Where the policy came from: a path, or `embedded:<name>`.
    pub source: String,
    pub allow: Vec<Licensee>,
    pub review: Vec<Licensee>,
    pub deny: Vec<Licensee>,
    pub unknown: UnknownAction,
    /// License-file detections below this confidence are not used (default 0.9).
    pub detection_threshold: f32,
    pub exceptions: Vec<Exception>,
}

/// The default `detection-threshold`: askalono scores a copy of a license with small edits (a
/// changed name, a re-wrapped paragraph) above 0.95, and a different license of the same family
/// (BSD-2 against BSD-3) below 0.9.
pub const DEFAULT_DETECTION_THRESHOLD: f32 = 0.9;

/// An approved exception: this package may use this license.
#[derive(Debug, Clone)]
pub struct Exception {
    /// The purl as written, e.g. `pkg:npm/caniuse-lite` or `pkg:npm/caniuse-lite@1.0.30001`.
    pub package: String,
    /// The license (expression) as written.
    pub license: String,
    /// The licenses the exception accepts for the package.
    pub licensees: Vec<Licensee>,
    pub reason: String,
    pub approved_by: Option<String>,
    pub ticket: Option<String>,
    /// Last day the exception is valid (inclusive), as `YYYY-MM-DD`.
    pub expires: Option<String>,
}

impl Exception {
    /// Whether the exception names this package (any version, or exactly this one).
    pub fn matches(&self, purl: &str) -> bool {
        let (want_base, want_version) = crate::purl::split(&self.package);
        let (base, version) = crate::purl::split(purl);
        want_base == base && want_version.is_none_or(|v| Some(v) == version)
    }

    /// Whether the exception has lapsed on `today` (`YYYY-MM-DD`; ISO dates compare as strings).
    pub fn is_expired(&self, today: &str) -> bool {
        self.expires.as_deref().is_some_and(|e| e < today)
    }
}

/// Finds and loads the policy for a scan of `root`.
pub fn load(explicit: Option<&str>, root: &Path) -> anyhow::Result<Policy> {
    if let Some(arg) = explicit {
        let path = PathBuf::from(arg);
        if !path.exists() {
            if let Some((name, text)) = SHIPPED.iter().find(|(name, _)| *name == arg) {
                return Policy::parse(text, &format!("embedded:{name}"));
            }
            let names: Vec<_> = SHIPPED.iter().map(|(n, _)| *n).collect();
            bail!(
                "policy file `{arg}` does not exist (shipped policies: {})",
                names.join(", ")
            );
        }
        return load_file(&path);
    }
    for name in DISCOVERED_NAMES {
        let path = root.join(name);
        if path.is_file() {
            return load_file(&path);
        }
    }
    Policy::parse(SHIPPED[0].1, "embedded:default")
}

fn load_file(path: &Path) -> anyhow::Result<Policy> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read policy file `{}`", path.display()))?;
    Policy::parse(&text, &path.display().to_string())
}

impl Policy {
    /// Parses and validates a policy, reporting every problem found, each with its line and column.
    pub fn parse(text: &str, source: &str) -> anyhow::Result<Policy> {
        let raw: raw::RawPolicy = toml::from_str(text).map_err(|e| {
            anyhow::anyhow!("invalid policy `{source}`: {}", e.to_string().trim_end())
        })?;
        let mut problems = Problems {
            text,
            list: Vec::new(),
        };
        let allow = problems.licensees(&raw.licenses.allow, "licenses.allow");
        let review = problems.licensees(&raw.licenses.review, "licenses.review");
        let deny = problems.licensees(&raw.licenses.deny, "licenses.deny");
        problems.check_overlaps(&raw.licenses);
        let detection_threshold = match &raw.licenses.detection_threshold {
            Some(t) if (0.0..=1.0).contains(t.get_ref()) => *t.get_ref() as f32,
            Some(t) => {
                problems.push(
                    t.span().start,
                    format!(
                        "`detection-threshold` must be between 0 and 1, not {}",
                        t.get_ref()
                    ),
                );
                DEFAULT_DETECTION_THRESHOLD
            }
            None => DEFAULT_DETECTION_THRESHOLD,
        };
        let exceptions = raw
            .exceptions
            .into_iter()
            .filter_map(|e| problems.exception(e))
            .collect();
        if !problems.list.is_empty() {
            bail!(
                "invalid policy `{source}`:\n  {}",
                problems.list.join("\n  ")
            );
        }
        Ok(Policy {
            name: raw
                .policy
                .name
                .unwrap_or_else(|| "unnamed policy".to_owned()),
            version: raw.policy.version,
            owner: raw.policy.owner,
            source: source.to_owned(),
            allow,
            review,
            deny,
            unknown: raw.licenses.unknown.unwrap_or(UnknownAction::Deny),
            detection_threshold,
            exceptions,
        })
    }
}

/// Collects validation problems, each prefixed with its position in the policy text.
struct Problems<'a> {
    text: &'a str,
    list: Vec<String>,
}

impl Problems<'_> {
    fn push(&mut self, offset: usize, message: String) {
        let (line, column) = line_column(self.text, offset);
        self.list
            .push(format!("line {line}, column {column}: {message}"));
    }

    fn licensees(&mut self, entries: &[Spanned<String>], key: &str) -> Vec<Licensee> {
        let mut out = Vec::new();
        for entry in entries {
            match Licensee::parse(entry.get_ref()) {
                Ok(licensee) => out.push(licensee),
                Err(err) => {
                    // +1: the span starts at the opening quote.
                    let offset = entry.span().start + 1 + err.span.start;
                    let what = err.reason.to_string();
                    let hint = spdx_hint(entry.get_ref());
                    self.push(
                        offset,
                        format!("`{}` in `{key}`: {what}{hint}", entry.get_ref()),
                    );
                }
            }
        }
        out
    }

    /// A license may be in one list only: which one wins would otherwise be a guess.
    fn check_overlaps(&mut self, licenses: &raw::RawLicenses) {
        let lists = [
            ("allow", &licenses.allow),
            ("review", &licenses.review),
            ("deny", &licenses.deny),
        ];
        for (i, (first, a)) in lists.iter().enumerate() {
            for (second, b) in &lists[i + 1..] {
                for entry in b
                    .iter()
                    .filter(|e| a.iter().any(|x| x.get_ref() == e.get_ref()))
                {
                    self.push(
                        entry.span().start,
                        format!(
                            "`{}` is in both `licenses.{first}` and `licenses.{second}`; keep it in one",
                            entry.get_ref()
                        ),
                    );
                }
            }
        }
    }

    fn exception(&mut self, raw: raw::RawException) -> Option<Exception> {
        let before = self.list.len();
        let package = raw.package.get_ref().trim().to_owned();
        if !crate::purl::is_known_type(&package) {
            self.push(
                raw.package.span().start,
                format!("exception package `{package}` is not a purl such as `pkg:npm/name` or `pkg:cargo/name@1.0.0`"),
            );
        }
        let licensees = match spdx::Expression::parse(raw.license.get_ref()) {
            Ok(expr) => expr
                .requirements()
                .map(|r| Licensee::new(r.req.license.clone(), r.req.addition.clone()))
                .collect(),
            Err(err) => {
                let offset = raw.license.span().start + 1 + err.span.start;
                self.push(
                    offset,
                    format!(
                        "exception license `{}`: {}",
                        raw.license.get_ref(),
                        err.reason
                    ),
                );
                Vec::new()
            }
        };
        let expires = raw.expires.as_ref().and_then(|e| {
            let date = parse_date(e.get_ref());
            if date.is_none() {
                self.push(
                    e.span().start,
                    "`expires` must be a date such as 2027-06-30".to_owned(),
                );
            }
            date
        });
        if raw.reason.trim().is_empty() {
            self.push(
                raw.package.span().start,
                format!("exception for `{package}` needs a `reason`"),
            );
        }
        (self.list.len() == before).then(|| Exception {
            package,
            license: raw.license.into_inner(),
            licensees,
            reason: raw.reason,
            approved_by: raw.approved_by,
            ticket: raw.ticket,
            expires,
        })
    }
}

/// A `YYYY-MM-DD` date, from a TOML local date or a string holding one.
fn parse_date(value: &toml::Value) -> Option<String> {
    let datetime = match value {
        toml::Value::Datetime(d) => *d,
        toml::Value::String(s) => s.parse::<toml::value::Datetime>().ok()?,
        _ => return None,
    };
    match (datetime.date, datetime.time) {
        (Some(d), None) => Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        _ => None,
    }
}

/// A suggestion for a mistyped license id, when the spdx crate knows a close one.
fn spdx_hint(text: &str) -> String {
    match spdx::Expression::canonicalize(text) {
        Ok(Some(fixed)) if Licensee::parse(&fixed).is_ok() => format!(" (did you mean `{fixed}`?)"),
        _ => String::new(),
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_policies_are_valid() {
        for (name, text) in SHIPPED {
            let policy = Policy::parse(text, name).unwrap_or_else(|e| panic!("{name}: {e:#}"));
            assert!(!policy.allow.is_empty(), "{name} allows nothing");
        }
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let text = "[licenses]\nallow = [\"MIT\", \"Apache2\"]\ndeny = [\"MIT\", \"NOPE-1.0\"]\n";
        let err = Policy::parse(text, "p.toml").unwrap_err().to_string();
        assert_eq!(
            err,
            "invalid policy `p.toml`:\n  \
             line 2, column 18: `Apache2` in `licenses.allow`: unknown term (did you mean `Apache-2.0`?)\n  \
             line 3, column 17: `NOPE-1.0` in `licenses.deny`: unknown term\n  \
             line 3, column 9: `MIT` is in both `licenses.allow` and `licenses.deny`; keep it in one"
        );
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err = Policy::parse("[licenses]\nalow = []\n", "p.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `alow`"), "{err}");
        assert!(err.contains("line 2, column 1"), "{err}");
    }

    #[test]
    fn exceptions_are_checked() {
        let text = "[[exceptions]]\npackage = \"npm/x\"\nlicense = \"CC-BY-4\"\nreason = \"\"\nexpires = 2027-01-01T00:00:00Z\n";
        let err = Policy::parse(text, "p.toml").unwrap_err().to_string();
        assert!(
            err.contains("line 2, column 11: exception package `npm/x` is not a purl"),
            "{err}"
        );
        assert!(
            err.contains("line 3, column 12: exception license `CC-BY-4`"),
            "{err}"
        );
        assert!(err.contains("needs a `reason`"), "{err}");
        assert!(
            err.contains("line 5, column 11: `expires` must be a date"),
            "{err}"
        );
    }

    #[test]
    fn exception_matching() {
        let text = "[[exceptions]]\npackage = \"pkg:npm/@babel/core@7.1.0\"\nlicense = \"CC-BY-4.0\"\nreason = \"r\"\nexpires = 2027-06-30\n";
        let policy = Policy::parse(text, "p.toml").unwrap();
        let exc = &policy.exceptions[0];
        assert!(exc.matches("pkg:npm/%40babel/core@7.1.0"));
        assert!(!exc.matches("pkg:npm/%40babel/core@7.1.1"));
        assert!(!exc.is_expired("2027-06-30"));
        assert_eq!(exc.expires.as_deref(), Some("2027-06-30"));
        let quoted =
            Policy::parse(&text.replace("2027-06-30", "\"2027-06-30\""), "p.toml").unwrap();
        assert_eq!(quoted.exceptions[0].expires.as_deref(), Some("2027-06-30"));
        assert!(exc.is_expired("2027-07-01"));
    }
}
pub mod compat;
