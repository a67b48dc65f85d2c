//! Exit codes are an API, decided in one place.
//!
//! 0: compliant. 1: policy violations (a finding of severity `error`). 2: usage or input error
//! (bad arguments, bad policy, or any manifest or lockfile that could not be read) — an input error
//! wins over violations, since a result built on broken input cannot be called compliant.

use crate::policy::eval::Severity;
use crate::report::ScanReport;

pub const COMPLIANT: u8 = 0;
pub const VIOLATIONS: u8 = 1;
pub const INPUT_ERROR: u8 = 2;

/// The exit code a scan report calls for.
pub fn status(report: &ScanReport) -> u8 {
    if !report.errors.is_empty() {
        INPUT_ERROR
    } else if report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error)
    {
        VIOLATIONS
    } else {
        COMPLIANT
    }
}
