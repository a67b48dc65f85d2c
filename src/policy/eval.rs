//! Evaluation: judge each resolved package's license against the policy.
//!
//! Each license requirement is allowed, needs review, or is denied (an unlisted one gets what
//! `licenses.unknown` says). `A OR B` takes the best branch, `A AND B` the worst. A package that
//! fails may be saved by a matching, unexpired exception, which turns it into `excepted`.

use serde::Serialize;
use spdx::expression::{ExprNode, Operator};
use spdx::{LicenseItem, LicenseReq, Licensee};

use super::{Exception, Policy, UnknownAction};
use crate::license::Resolved;

/// The judgement of one package. Ordered from most to least severe, the order reports list them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Denied,
    Unknown,
    Review,
    Excepted,
    Allowed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Denied => "denied",
            Verdict::Unknown => "unknown",
            Verdict::Review => "review",
            Verdict::Excepted => "excepted",
            Verdict::Allowed => "allowed",
        }
    }
}

/// How bad a finding is. `Error` findings fail the gate (exit code 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Stable rule ids: they are the JSON `rule` field, SARIF rule ids and headings of `docs/rules.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    LicenseDenied,
    LicenseNotListed,
    LicenseReview,
    LicenseUnknown,
    LicenseMismatch,
    ExceptionExpired,
    ExceptionUnused,
}

impl Rule {
    pub const ALL: &[Rule] = &[
        Rule::LicenseDenied,
        Rule::LicenseNotListed,
        Rule::LicenseReview,
        Rule::LicenseUnknown,
        Rule::LicenseMismatch,
        Rule::ExceptionExpired,
        Rule::ExceptionUnused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::LicenseDenied => "license-denied",
            Rule::LicenseNotListed => "license-not-listed",
            Rule::LicenseReview => "license-review",
            Rule::LicenseUnknown => "license-unknown",
            Rule::LicenseMismatch => "license-mismatch",
            Rule::ExceptionExpired => "exception-expired",
            Rule::ExceptionUnused => "exception-unused",
        }
    }

    /// What to do about a finding of this rule.
    pub fn help(self) -> &'static str {
        match self {
            Rule::LicenseDenied => {
                "replace or remove the dependency, or ask the OSPO for an exception ([[exceptions]])"
            }
            Rule::LicenseNotListed => {
                "ask the OSPO to classify the license in the policy, or to approve an exception"
            }
            Rule::LicenseReview => {
                "ask the OSPO to review the use and record an exception ([[exceptions]])"
            }
            Rule::LicenseUnknown => {
                "check the package's license files and ask the OSPO to record what they found"
            }
            Rule::LicenseMismatch => {
                "compare the package's license files with its declared license and ask the OSPO to record which applies"
            }
            Rule::ExceptionExpired => "renew the exception with the OSPO or remove the dependency",
            Rule::ExceptionUnused => "remove the exception from the policy, or fix its `package`",
        }
    }
}

/// A policy finding about a package (or a policy entry).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub purl: String,
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
}

/// A resolved package with its verdict.
#[derive(Debug, Clone)]
pub struct Evaluated {
    pub resolved: Resolved,
    pub verdict: Verdict,
    /// The exception that turned a violation into `excepted`.
    pub exception: Option<Exception>,
}

/// Three-valued judgement of a license requirement; `Ord` so `OR` is `max` and `AND` is `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Denied,
    Review,
    Allowed,
}

/// Evaluates every package. `today` (`YYYY-MM-DD`) decides which exceptions have expired.
pub fn evaluate_all(
    resolved: Vec<Resolved>,
    policy: &Policy,
    today: &str,
) -> (Vec<Evaluated>, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut used = vec![false; policy.exceptions.len()];
    let evaluated = resolved
        .into_iter()
        .map(|r| evaluate(r, policy, today, &mut used, &mut findings))
        .collect();
    for (exception, _) in policy
        .exceptions
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
    {
        findings.push(Finding {
            purl: exception.package.clone(),
            rule: Rule::ExceptionUnused,
            severity: Severity::Warning,
            message: format!(
                "the exception for `{}` ({}) matched no package with a failing license",
                exception.package, exception.license
            ),
        });
    }
    findings.sort();
    (evaluated, findings)
}

fn evaluate(
    resolved: Resolved,
    policy: &Policy,
    today: &str,
    used: &mut [bool],
    findings: &mut Vec<Finding>,
) -> Evaluated {
    let purl = resolved.package.purl.clone();
    let mut finding = |rule, severity, message| {
        findings.push(Finding {
            purl: purl.clone(),
            rule,
            severity,
            message,
        })
    };
    let Some(expr) = &resolved.license else {
        let reason = resolved.unresolved_reason().unwrap_or_default();
        let files: Vec<String> = resolved
            .package
            .license_files
            .iter()
            .filter_map(|f| f.file_name())
            .map(|f| format!("`{}`", f.to_string_lossy()))
            .collect();
        let message = if files.is_empty() {
            reason
        } else {
            format!(
                "{reason}; its license files ({}) could not settle it",
                files.join(", ")
            )
        };
        finding(
            Rule::LicenseUnknown,
            unknown_severity(policy.unknown),
            message,
        );
        return Evaluated {
            resolved,
            verdict: Verdict::Unknown,
            exception: None,
        };
    };
    let level = combine(expr, |req| classify(req, policy));
    if level == Level::Allowed {
        // Declared one license, but the files say another: a person must look.
        let mismatches: Vec<String> = resolved.mismatches().map(|m| m.value.clone()).collect();
        for mismatch in &mismatches {
            finding(Rule::LicenseMismatch, Severity::Warning, mismatch.clone());
        }
        let verdict = if mismatches.is_empty() {
            Verdict::Allowed
        } else {
            Verdict::Review
        };
        return Evaluated {
            resolved,
            verdict,
            exception: None,
        };
    }
    for (i, exception) in policy.exceptions.iter().enumerate() {
        if !exception.matches(&resolved.package.purl) {
            continue;
        }
        let saved = combine(expr, |req| {
            if satisfied_by(&exception.licensees, req) {
                Level::Allowed
            } else {
                classify(req, policy)
            }
        });
        if saved != Level::Allowed {
            continue;
        }
        used[i] = true;
        if exception.is_expired(today) {
            let until = exception.expires.as_deref().unwrap_or_default();
            finding(
                Rule::ExceptionExpired,
                Severity::Warning,
                format!(
                    "the exception for `{}` expired on {until}",
                    exception.package
                ),
            );
            continue;
        }
        return Evaluated {
            resolved,
            verdict: Verdict::Excepted,
            exception: Some(exception.clone()),
        };
    }
    // Why: the requirements that brought the expression down to its level.
    let failing: Vec<&LicenseReq> = expr
        .requirements()
        .map(|r| &r.req)
        .filter(|req| classify(req, policy) == level)
        .collect();
    let why = failing
        .iter()
        .map(|req| format!("`{req}` {}", placement(req, policy)))
        .collect::<Vec<_>>()
        .join(", ");
    let (verdict, rule, severity, message) = match level {
        Level::Denied if failing.iter().any(|req| named_by(&policy.deny, req)) => (
            Verdict::Denied,
            Rule::LicenseDenied,
            Severity::Error,
            format!("license `{expr}` is denied: {why}"),
        ),
        Level::Denied => (
            Verdict::Denied,
            Rule::LicenseNotListed,
            Severity::Error,
            format!(
                "license `{expr}` is not allowed: {why}, and the policy denies unlisted licenses"
            ),
        ),
        _ => (
            Verdict::Review,
            Rule::LicenseReview,
            Severity::Warning,
            format!("license `{expr}` needs review: {why}"),
        ),
    };
    finding(rule, severity, message);
    Evaluated {
        resolved,
        verdict,
        exception: None,
    }
}

/// Which policy list a requirement falls in, in words.
fn placement(req: &LicenseReq, policy: &Policy) -> &'static str {
    if named_by(&policy.deny, req) {
        "is in `licenses.deny`"
    } else if satisfied_by(&policy.allow, req) {
        "is in `licenses.allow`"
    } else if satisfied_by(&policy.review, req) {
        "is in `licenses.review`"
    } else {
        "is not listed"
    }
}

fn unknown_severity(action: UnknownAction) -> Severity {
    match action {
        UnknownAction::Deny => Severity::Error,
        UnknownAction::Review => Severity::Warning,
        UnknownAction::Allow => Severity::Note,
    }
}

/// The verdict the policy gives an expression on its own (no package, so no exceptions).
pub fn verdict_of(expr: &spdx::Expression, policy: &Policy) -> Verdict {
    match combine(expr, |req| classify(req, policy)) {
        Level::Allowed => Verdict::Allowed,
        Level::Review => Verdict::Review,
        Level::Denied => Verdict::Denied,
    }
}

/// The verdict the policy gives one license requirement.
pub fn verdict_of_req(req: &LicenseReq, policy: &Policy) -> Verdict {
    match classify(req, policy) {
        Level::Allowed => Verdict::Allowed,
        Level::Review => Verdict::Review,
        Level::Denied => Verdict::Denied,
    }
}

/// Where the policy puts one license requirement.
fn classify(req: &LicenseReq, policy: &Policy) -> Level {
    if named_by(&policy.deny, req) {
        Level::Denied
    } else if satisfied_by(&policy.allow, req) {
        Level::Allowed
    } else if satisfied_by(&policy.review, req) {
        Level::Review
    } else {
        match policy.unknown {
            UnknownAction::Deny => Level::Denied,
            UnknownAction::Review => Level::Review,
            UnknownAction::Allow => Level::Allowed,
        }
    }
}

/// Whether a list accepts the requirement. A GNU `-or-later` requirement (`GPL-2.0-or-later`) lets
/// the licensee pick any later version, so a listed later version (`GPL-3.0-only`) accepts it; the
/// spdx crate knows that only for the `+` suffix.
fn satisfied_by(licensees: &[Licensee], req: &LicenseReq) -> bool {
    licensees
        .iter()
        .any(|l| l.satisfies(req) || later_gnu_version(l.as_ref(), req))
}

/// Denial is not extended to later versions: `GPL-2.0-or-later` is not denied by a denied
/// `GPL-3.0-only`, since the licensee may still choose version 2.
fn named_by(licensees: &[Licensee], req: &LicenseReq) -> bool {
    licensees.iter().any(|l| l.satisfies(req))
}

fn later_gnu_version(have: &LicenseReq, want: &LicenseReq) -> bool {
    let (LicenseItem::Spdx { id: want_id, .. }, LicenseItem::Spdx { id: have_id, .. }) =
        (&want.license, &have.license)
    else {
        return false;
    };
    let version =
        |v: Option<&str>| -> Option<Vec<u32>> { v?.split('.').map(|n| n.parse().ok()).collect() };
    want_id.is_gnu()
        && have_id.is_gnu()
        && want_id.name.ends_with("-or-later")
        && want_id.base() == have_id.base()
        && want.addition == have.addition
        && matches!((version(have_id.version()), version(want_id.version())), (Some(h), Some(w)) if h >= w)
}

/// Folds the expression (stored in postfix order): `OR` keeps the best, `AND` the worst.
fn combine(expr: &spdx::Expression, mut judge: impl FnMut(&LicenseReq) -> Level) -> Level {
    let mut stack: Vec<Level> = Vec::with_capacity(4);
    for node in expr.iter() {
        let level = match node {
            ExprNode::Req(req) => judge(&req.req),
            ExprNode::Op(op) => {
                let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                    unreachable!("the spdx crate only builds well-formed postfix expressions")
                };
                match op {
                    Operator::Or => a.max(b),
                    Operator::And => a.min(b),
                }
            }
        };
        stack.push(level);
    }
    stack.pop().unwrap_or(Level::Denied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::license::LicenseSource;
    use crate::model::{Ecosystem, Package, Scope};

    fn policy(extra: &str) -> Policy {
        let text = format!(
            "[licenses]\nallow = [\"MIT\", \"Apache-2.0\", \"Apache-2.0 WITH LLVM-exception\"]\n\
             review = [\"MPL-2.0\"]\ndeny = [\"GPL-3.0-only\", \"AGPL-3.0-only\"]\n{extra}"
        );
        Policy::parse(&text, "test").unwrap()
    }

    fn verdict_with(policy: &Policy, license: &str) -> Verdict {
        let package = Package {
            ecosystem: Ecosystem::Npm,
            name: "p".into(),
            version: "1.0.0".into(),
            purl: "pkg:npm/p@1.0.0".into(),
            scope: Scope::Runtime,
            direct: true,
            declared: Some(license.into()),
            source_dir: None,
            license_files: vec![],
            manifests: vec![],
        };
        let license = spdx::Expression::parse(license).ok();
        let resolved = Resolved {
            package,
            license,
            source: LicenseSource::Declared,
            evidence: vec![],
        };
        evaluate_all(vec![resolved], policy, "2026-01-01").0[0].verdict
    }

    macro_rules! judge {
        ($license:literal => $verdict:ident) => {
            assert_eq!(
                verdict_with(&policy(""), $license),
                Verdict::$verdict,
                "{}",
                $license
            );
        };
        ($license:literal => $verdict:ident, unknown = $unknown:literal) => {
            let p = policy(&format!("unknown = \"{}\"\n", $unknown));
            assert_eq!(
                verdict_with(&p, $license),
                Verdict::$verdict,
                "{}",
                $license
            );
        };
    }

    #[test]
    fn rule_ids_are_unique_kebab_case_and_documented() {
        let docs = include_str!("../../docs/rules.md");
        let mut seen = std::collections::HashSet::new();
        for rule in Rule::ALL {
            let id = rule.as_str();
            assert!(seen.insert(id), "duplicate rule id {id}");
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id} is not kebab-case"
            );
            assert!(
                docs.contains(&format!("\n## {id}\n")),
                "docs/rules.md has no section for {id}"
            );
            assert!(!rule.help().is_empty());
        }
    }

    #[test]
    fn single_licenses() {
        judge!("MIT" => Allowed);
        judge!("MPL-2.0" => Review);
        judge!("GPL-3.0-only" => Denied);
        judge!("ISC" => Denied);
        judge!("ISC" => Review, unknown = "review");
        judge!("ISC" => Allowed, unknown = "allow");
        judge!("not an spdx id" => Unknown);
    }

    #[test]
    fn or_takes_the_best_branch() {
        judge!("MIT OR GPL-3.0-only" => Allowed);
        judge!("GPL-3.0-only OR MIT" => Allowed);
        judge!("MPL-2.0 OR GPL-3.0-only" => Review);
        judge!("GPL-3.0-only OR AGPL-3.0-only" => Denied);
        judge!("ISC OR MIT" => Allowed);
    }

    #[test]
    fn and_takes_the_worst() {
        judge!("MIT AND Apache-2.0" => Allowed);
        judge!("MIT AND MPL-2.0" => Review);
        judge!("MIT AND GPL-3.0-only" => Denied);
        judge!("(MIT OR GPL-3.0-only) AND (Apache-2.0 OR MPL-2.0)" => Allowed);
        judge!("(MIT OR GPL-3.0-only) AND MPL-2.0" => Review);
    }

    #[test]
    fn or_later_is_satisfied_by_a_later_version() {
        let p = Policy::parse("[licenses]\nallow = [\"GPL-3.0-only\"]\n", "t").unwrap();
        assert_eq!(verdict_with(&p, "GPL-2.0-or-later"), Verdict::Allowed);
        assert_eq!(verdict_with(&p, "GPL-2.0-only"), Verdict::Denied);
        assert_eq!(verdict_with(&p, "LGPL-2.1-or-later"), Verdict::Denied);
        let p = Policy::parse(
            "[licenses]\nallow = [\"GPL-2.0-only\"]\ndeny = [\"GPL-3.0-only\"]\n",
            "t",
        )
        .unwrap();
        assert_eq!(verdict_with(&p, "GPL-2.0-or-later"), Verdict::Allowed);
    }

    #[test]
    fn with_exceptions_are_listed_on_their_own() {
        let p = Policy::parse("[licenses]\nallow = [\"Apache-2.0\"]\n", "t").unwrap();
        assert_eq!(
            verdict_with(&p, "Apache-2.0 WITH LLVM-exception"),
            Verdict::Denied
        );
        judge!("Apache-2.0 WITH LLVM-exception" => Allowed);
        judge!("GPL-2.0-only WITH Classpath-exception-2.0" => Denied);
    }

    #[test]
    fn exceptions_turn_violations_into_excepted() {
        let exceptions =
            "[[exceptions]]\npackage = \"pkg:npm/p\"\nlicense = \"MPL-2.0\"\nreason = \"r\"\n";
        assert_eq!(
            verdict_with(&policy(exceptions), "MPL-2.0"),
            Verdict::Excepted
        );
        assert_eq!(
            verdict_with(&policy(exceptions), "MPL-2.0 AND GPL-3.0-only"),
            Verdict::Denied
        );
        let expired = format!("{exceptions}expires = 2025-12-31\n");
        assert_eq!(verdict_with(&policy(&expired), "MPL-2.0"), Verdict::Review);
    }
}
