//! Exit codes are an API: the codes, and what fails the gate. `report::status` decides a scan
//! report's, in one place.
//!
//! 0: compliant. 1: policy violations: a finding of severity `error`, or with `--fail-on review`
//! also a package that needs review, or with `--fail-on warning` any warning finding; with
//! `--baseline`, only findings the baseline does not have count. 2: usage or input error (bad
//! arguments, bad policy, or any manifest or lockfile that could not be read) — an input error wins
//! over violations, since a result built on broken input cannot be called compliant.

use crate::policy::eval::{Finding, Rule, Severity};

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

/// Whether a finding of this severity fails the gate.
pub fn severity_fails(fail_on: FailOn, severity: Severity) -> bool {
    match fail_on {
        FailOn::Denied | FailOn::Review => severity == Severity::Error,
        FailOn::Warning => severity <= Severity::Warning,
    }
}

/// Whether a finding fails the gate: its severity, or under `--fail-on review` the package
/// finding of a package that needs review (or whose license is unknown).
pub fn finding_fails(fail_on: FailOn, finding: &Finding) -> bool {
    severity_fails(fail_on, finding.severity)
        || (fail_on == FailOn::Review
            && matches!(
                finding.rule,
                Rule::LicenseReview | Rule::LicenseUnknown | Rule::LicenseMismatch
            ))
}
