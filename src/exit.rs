//! Exit codes are an API, decided in one place.
//!
//! 0: compliant. 1: policy violations: a finding of severity `error`, or with `--fail-on review`
//! also a package that needs review, or with `--fail-on warning` any warning finding. 2: usage or
//! input error (bad arguments, bad policy, or any manifest or lockfile that could not be read) — an
//! input error wins over violations, since a result built on broken input cannot be called
//! compliant.

use crate::policy::eval::{Finding, Rule, Severity};
use crate::report::ScanReport;

pub const COMPLIANT: u8 = 0;
pub const VIOLATIONS: u8 = 1;
pub const INPUT_ERROR: u8 = 2;

/// What fails the gate (`--fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum FailOn {
    /// Error findings: denied, unlisted (when the policy denies them), incompatible, unknown
    /// (when `unknown = "deny"`).
    #[default]
    Denied,
    /// Also packages that need review.
    Review,
    /// Also every warning finding (expired or stale exceptions, mismatches, checklist items…).
    Warning,
}

/// The exit code a scan report calls for. With a baseline, only findings it does not have count.
pub fn status(report: &ScanReport) -> u8 {
    let counted = |f: &&Finding| report.baseline.as_ref().is_none_or(|b| b.is_new(f));
    let fails = |f: &Finding| match report.fail_on {
        FailOn::Denied => f.severity == Severity::Error,
        // A package that needs review (or whose license is unknown) has a warning finding.
        FailOn::Review => {
            f.severity == Severity::Error
                || matches!(
                    f.rule,
                    Rule::LicenseReview | Rule::LicenseUnknown | Rule::LicenseMismatch
                )
        }
        FailOn::Warning => f.severity <= Severity::Warning,
    };
    if !report.errors.is_empty() {
        INPUT_ERROR
    } else if report.findings.iter().filter(counted).any(fails) {
        VIOLATIONS
    } else {
        COMPLIANT
    }
}
