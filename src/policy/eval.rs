//! Evaluation: judge each resolved package's license against the policy.
//!
//! Order of a package's evaluation: an `[[ignore]]` entry or an ignored scope → `ignored`; a
//! `[[clarify]]` entry replaces the resolved license (unless its license files changed); each
//! license requirement is placed by the first rule that names it:
//!
//! 1. the package scope's id lists (`[scopes.dev] allow = […]`),
//! 2. the top-level id lists (`[licenses] allow = […]`),
//! 3. the scope's category lists,
//! 4. the top-level category lists (or the built-in ones for the policy's `distribution`),
//! 5. `licenses.unknown`;
//!
//! within one level deny beats review beats allow. An incompatible license (see `compat`) is
//! denied whatever the lists say. `A OR B` takes the best branch, `A AND B` the worst. A package
//! that fails may be saved by a matching, unexpired exception, which makes it `excepted`.

use std::collections::HashMap;

use serde::Serialize;
use spdx::expression::{ExprNode, Operator};
use spdx::{LicenseItem, LicenseReq, Licensee};

use super::{Exception, Policy, Rules, UnknownAction};
use crate::i18n::tr;
use crate::license::catalog::{Category, category_of};
use crate::license::{Evidence, EvidenceKind, LicenseSource, Resolved};
use crate::model::Scope;

/// The judgement of one package. Ordered from most to least severe, the order reports list them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Denied,
    Unknown,
    Review,
    Excepted,
    Ignored,
    Allowed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Denied => "denied",
            Verdict::Unknown => "unknown",
            Verdict::Review => "review",
            Verdict::Excepted => "excepted",
            Verdict::Ignored => "ignored",
            Verdict::Allowed => "allowed",
        }
    }

    /// The verdict in the current language, for people (`verdict-word-<verdict>`).
    pub fn label(self) -> String {
        crate::i18n::text(&format!("verdict-word-{}", self.as_str()))
    }
}

/// How bad a finding is. `Error` findings fail the gate (exit code 1); `--fail-on` can make
/// warnings fail it too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The severity in the current language, for people (`severity-<severity>`).
    pub fn label(self) -> String {
        crate::i18n::text(&format!("severity-{}", self.as_str()))
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
    IncompatibleLicense,
    ExceptionExpired,
    ExceptionUnused,
    ExceptionStale,
    ClarificationStale,
    ChecklistFile,
    ChecklistProjectLicense,
    ChecklistSpdxHeader,
}

impl Rule {
    pub const ALL: &[Rule] = &[
        Rule::LicenseDenied,
        Rule::LicenseNotListed,
        Rule::LicenseReview,
        Rule::LicenseUnknown,
        Rule::LicenseMismatch,
        Rule::IncompatibleLicense,
        Rule::ExceptionExpired,
        Rule::ExceptionUnused,
        Rule::ExceptionStale,
        Rule::ClarificationStale,
        Rule::ChecklistFile,
        Rule::ChecklistProjectLicense,
        Rule::ChecklistSpdxHeader,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::LicenseDenied => "license-denied",
            Rule::LicenseNotListed => "license-not-listed",
            Rule::LicenseReview => "license-review",
            Rule::LicenseUnknown => "license-unknown",
            Rule::LicenseMismatch => "license-mismatch",
            Rule::IncompatibleLicense => "incompatible-license",
            Rule::ExceptionExpired => "exception-expired",
            Rule::ExceptionUnused => "exception-unused",
            Rule::ExceptionStale => "exception-stale",
            Rule::ClarificationStale => "clarification-stale",
            Rule::ChecklistFile => "checklist-file",
            Rule::ChecklistProjectLicense => "checklist-project-license",
            Rule::ChecklistSpdxHeader => "checklist-spdx-header",
        }
    }

    /// A few words naming what the rule catches (SARIF `shortDescription`), in the current
    /// language (`rule-<id>-title` in the catalogues).
    pub fn title(self) -> String {
        crate::i18n::text(&format!("rule-{}-title", self.as_str()))
    }

    /// One or two sentences on when the rule fires (SARIF `fullDescription`; `docs/rules.md`
    /// says more).
    pub fn description(self) -> String {
        crate::i18n::text(&format!("rule-{}-description", self.as_str()))
    }

    /// Whether the rule judges a package's license (the rules a package row shows), rather than
    /// a policy entry or the repository.
    pub fn judges_a_package(self) -> bool {
        matches!(
            self,
            Rule::LicenseDenied
                | Rule::LicenseNotListed
                | Rule::LicenseReview
                | Rule::LicenseUnknown
                | Rule::LicenseMismatch
                | Rule::IncompatibleLicense
        )
    }

    /// What to do about a finding of this rule.
    pub fn help(self) -> String {
        crate::i18n::text(&format!("rule-{}-help", self.as_str()))
    }
}

/// A policy finding about a package (or a policy entry, or the repository).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub purl: String,
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    /// A ready-to-paste policy snippet that would settle the finding, once the OSPO agrees.
    pub remedy: Option<String>,
}

/// A resolved package with its verdict.
#[derive(Debug, Clone)]
pub struct Evaluated {
    pub resolved: Resolved,
    pub verdict: Verdict,
    /// The exception that turned a violation into `excepted`.
    pub exception: Option<Box<Exception>>,
    /// The license requirements that decided the verdict: the branch of an `OR` that was taken,
    /// or the failing terms of an `AND`.
    pub decided_by: Vec<String>,
    /// Why the package is not judged (`[[ignore]]`, an ignored scope).
    pub ignored: Option<String>,
}

/// Three-valued judgement of a license requirement; `Ord` so `OR` is `max` and `AND` is `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Denied,
    Review,
    Allowed,
}

/// Which rule placed a requirement.
#[derive(Debug, Clone, PartialEq)]
enum Source {
    /// An id list: `licenses.deny`, `scopes.dev.allow`.
    Id(String),
    /// A category list, or the built-in one for the distribution.
    Category {
        category: Category,
        list: String,
        builtin: bool,
    },
    /// Incompatible with the project's own license.
    Incompatible { why: String },
    /// Nothing placed it: `licenses.unknown` decided.
    Unlisted,
}

/// What evaluation needs besides the policy.
pub struct Context<'a> {
    pub policy: &'a Policy,
    /// Today's date, `YYYY-MM-DD`: decides which exceptions have expired.
    pub today: &'a str,
    /// The project's own license, when `[compatibility]` is on and it is known.
    pub project_license: Option<&'a spdx::Expression>,
}

/// Evaluates every package.
pub fn evaluate_all(resolved: Vec<Resolved>, ctx: &Context<'_>) -> (Vec<Evaluated>, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut used = vec![false; ctx.policy.exceptions.len()];
    let mut decisions = Decisions::default();
    let evaluated = resolved
        .into_iter()
        .map(|r| evaluate(r, ctx, &mut used, &mut findings, &mut decisions))
        .collect();
    for (exception, _) in ctx
        .policy
        .exceptions
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
    {
        findings.push(Finding {
            purl: exception.package.text.clone(),
            rule: Rule::ExceptionUnused,
            severity: Severity::Warning,
            message: tr!(
                "finding-exception-unused",
                package = &exception.package.text,
                license = exception.license.to_string()
            ),
            remedy: None,
        });
    }
    findings.sort();
    (evaluated, findings)
}

/// What the policy decided for each expression in each scope, so that a tree where 150,000
/// packages share a dozen expressions judges a dozen. Only the expression and the scope decide
/// the level; exceptions, ignores and clarifications are per package and checked apart.
#[derive(Default)]
struct Decisions {
    by_scope: HashMap<Scope, HashMap<String, (Level, Vec<String>)>>,
}

impl Decisions {
    fn decide(
        &mut self,
        expr: &spdx::Expression,
        scope: Scope,
        judge: impl FnMut(&LicenseReq) -> Level,
    ) -> (Level, Vec<String>) {
        let known = self.by_scope.entry(scope).or_default();
        if let Some(decided) = known.get(expr.as_ref()) {
            return decided.clone();
        }
        let decided = decide(expr, judge);
        known.insert(expr.as_ref().to_owned(), decided.clone());
        decided
    }
}

fn evaluate(
    mut resolved: Resolved,
    ctx: &Context<'_>,
    used: &mut [bool],
    findings: &mut Vec<Finding>,
    decisions: &mut Decisions,
) -> Evaluated {
    let policy = ctx.policy;
    let purl = resolved.package.purl.clone();
    let scope = resolved.package.scope;
    let ignored = policy
        .ignores
        .iter()
        .find(|i| i.package.matches(&purl))
        .map(|i| i.reason.clone())
        .or_else(|| {
            policy
                .scope(scope)
                .filter(|s| s.ignore)
                .map(|_| tr!("finding-scope-ignored", scope = scope.as_str()))
        });
    if let Some(reason) = ignored {
        return Evaluated {
            resolved,
            verdict: Verdict::Ignored,
            exception: None,
            decided_by: Vec::new(),
            ignored: Some(reason),
        };
    }
    clarify(&mut resolved, policy, findings);
    let mut finding = |rule, severity, message, remedy| {
        findings.push(Finding {
            purl: purl.clone(),
            rule,
            severity,
            message,
            remedy,
        })
    };
    let Some(expr) = resolved.license.clone() else {
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
            tr!(
                "finding-unknown-with-files",
                reason = reason,
                files = files.join(", ")
            )
        };
        finding(
            Rule::LicenseUnknown,
            unknown_severity(policy.unknown),
            message,
            Some(clarify_snippet(&resolved)),
        );
        return Evaluated {
            resolved,
            verdict: Verdict::Unknown,
            exception: None,
            decided_by: Vec::new(),
            ignored: None,
        };
    };
    let place = |req: &LicenseReq| place(req, ctx, scope);
    let (level, decided_by) = decisions.decide(&expr, scope, |req| place(req).0);
    if level == Level::Allowed {
        // Declared one license, but the files say another: a person must look.
        let mismatches: Vec<String> = resolved.mismatches().map(|m| m.value.clone()).collect();
        for mismatch in &mismatches {
            finding(
                Rule::LicenseMismatch,
                Severity::Warning,
                mismatch.clone(),
                Some(clarify_snippet(&resolved)),
            );
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
            decided_by,
            ignored: None,
        };
    }
    let original = if level == Level::Denied {
        Severity::Error
    } else {
        Severity::Warning
    };
    for (i, exception) in policy.exceptions.iter().enumerate() {
        if !exception.package.matches(&purl) {
            continue;
        }
        used[i] = true;
        let (saved, _) = decide(&expr, |req| {
            if satisfied_by(&exception.licensees, req) {
                Level::Allowed
            } else {
                place(req).0
            }
        });
        if saved != Level::Allowed {
            finding(
                Rule::ExceptionStale,
                Severity::Warning,
                tr!(
                    "finding-exception-stale",
                    package = &exception.package.text,
                    accepted = exception.license.to_string(),
                    license = expr.to_string()
                ),
                None,
            );
            continue;
        }
        if exception.is_expired(ctx.today) {
            let until = exception.expires.as_deref().unwrap_or_default();
            finding(
                Rule::ExceptionExpired,
                original,
                tr!(
                    "finding-exception-expired",
                    package = &exception.package.text,
                    until = until
                ),
                None,
            );
            continue;
        }
        return Evaluated {
            resolved,
            verdict: Verdict::Excepted,
            exception: Some(Box::new(exception.clone())),
            decided_by,
            ignored: None,
        };
    }
    // Why: the requirements that brought the expression down to its level.
    let failing: Vec<(&LicenseReq, Source)> = expr
        .requirements()
        .map(|r| (&r.req, place(&r.req)))
        .filter(|(_, (l, _))| *l == level)
        .map(|(req, (_, source))| (req, source))
        .collect();
    let why = failing
        .iter()
        .map(|(req, source)| describe(&req.to_string(), source, policy))
        .collect::<Vec<_>>()
        .join(", ");
    let remedy = Some(exception_snippet(&resolved, &decided_by, ctx.today));
    let incompatible = failing
        .iter()
        .any(|(_, s)| matches!(s, Source::Incompatible { .. }));
    let (verdict, rule, severity, message) = match level {
        Level::Denied if incompatible => (
            Verdict::Denied,
            Rule::IncompatibleLicense,
            Severity::Error,
            tr!(
                "finding-incompatible",
                license = expr.to_string(),
                why = &why
            ),
        ),
        Level::Denied if failing.iter().any(|(_, s)| *s != Source::Unlisted) => (
            Verdict::Denied,
            Rule::LicenseDenied,
            Severity::Error,
            tr!("finding-denied", license = expr.to_string(), why = &why),
        ),
        Level::Denied => (
            Verdict::Denied,
            Rule::LicenseNotListed,
            Severity::Error,
            tr!("finding-not-listed", license = expr.to_string(), why = &why),
        ),
        _ => (
            Verdict::Review,
            Rule::LicenseReview,
            Severity::Warning,
            tr!("finding-review", license = expr.to_string(), why = &why),
        ),
    };
    finding(rule, severity, message, remedy);
    Evaluated {
        resolved,
        verdict,
        exception: None,
        decided_by,
        ignored: None,
    }
}

/// Applies a matching `[[clarify]]` entry: the office's license replaces the resolved one, unless
/// a license file it pinned by hash has changed (then a `clarification-stale` finding).
fn clarify(resolved: &mut Resolved, policy: &Policy, findings: &mut Vec<Finding>) {
    let purl = &resolved.package.purl;
    let Some(clarification) = policy
        .clarifications
        .iter()
        .find(|c| c.package.matches(purl))
    else {
        return;
    };
    for (path, want) in &clarification.license_files {
        let file = resolved.package.source_dir.as_ref().map(|d| d.join(path));
        let have = file.as_ref().and_then(|f| sha256_of(f));
        if have.as_deref() != Some(want.as_str()) {
            let package = &clarification.package.text;
            let license = &clarification.license;
            let message = match have {
                Some(have) => tr!(
                    "finding-clarification-changed",
                    package = package,
                    license = license,
                    path = path,
                    want = want,
                    have = have
                ),
                None => tr!(
                    "finding-clarification-missing",
                    package = package,
                    license = license,
                    path = path,
                    want = want
                ),
            };
            findings.push(Finding {
                purl: purl.clone(),
                rule: Rule::ClarificationStale,
                severity: Severity::Warning,
                message,
                remedy: None,
            });
            return;
        }
    }
    let package = &clarification.package.text;
    let license = &clarification.license;
    let value = match &clarification.reason {
        Some(reason) => tr!(
            "evidence-clarified-because",
            package = package,
            license = license,
            reason = reason
        ),
        None => tr!("evidence-clarified", package = package, license = license),
    };
    resolved.evidence.push(Evidence {
        kind: EvidenceKind::Clarified,
        value,
        file: None,
        confidence: None,
        quote: None,
        line: None,
    });
    resolved.license = Some(clarification.expression.clone().into());
    resolved.source = LicenseSource::Clarified;
}

/// The checklist's failed items as scan findings (warnings: a scan judges dependencies; the
/// checklist command is the gate for releases).
///
/// The Government of Canada items share the rules of what they check: `crown-copyright` is about
/// the repository's licence file (`checklist-project-license`), `bilingual` about a required file
/// in the other official language (`checklist-file`). An item that passes with a warning (a Crown
/// copyright notice in the former form) is a warning finding too, saying what to update.
pub fn checklist_findings(items: &[crate::checklist::Item]) -> Vec<Finding> {
    items
        .iter()
        .filter(|item| !item.passed || item.warning.is_some())
        .map(|item| {
            let rule = match item.check {
                "require-file" | "bilingual" => Rule::ChecklistFile,
                "project-license" | "crown-copyright" => Rule::ChecklistProjectLicense,
                "outbound-rights" => Rule::IncompatibleLicense,
                _ => Rule::ChecklistSpdxHeader,
            };
            let text = match (&item.warning, item.passed) {
                (Some(warning), true) => warning,
                _ => &item.message,
            };
            let message = if rule == Rule::ChecklistSpdxHeader && !item.files.is_empty() {
                tr!(
                    "finding-checklist-files",
                    subject = &item.subject,
                    message = text,
                    files = item.files.join(", ")
                )
            } else {
                tr!("finding-checklist", subject = &item.subject, message = text)
            };
            Finding {
                purl: String::new(),
                rule,
                severity: Severity::Warning,
                message,
                remedy: None,
            }
        })
        .collect()
}

/// The SHA-256 of a file (or an archive entry), in lower-case hex.
pub fn sha256_of(path: &std::path::Path) -> Option<String> {
    use sha2::Digest;
    let bytes = crate::license::files::read(path).ok()?;
    let digest = sha2::Sha256::digest(&bytes);
    Some(crate::model::hex(&digest))
}

/// A `[[exceptions]]` entry that would accept the package, for the OSPO to fill in.
fn exception_snippet(resolved: &Resolved, decided_by: &[String], today: &str) -> String {
    exception_entry(
        &resolved.package.purl,
        &exception_license(resolved, decided_by),
        today,
    )
}

/// The license an exception for the package would accept: the requirements that decided its
/// verdict, else its whole expression.
pub fn exception_license(resolved: &Resolved, decided_by: &[String]) -> String {
    if decided_by.is_empty() {
        resolved
            .license
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    } else {
        decided_by.join(" AND ")
    }
}

/// A `[[exceptions]]` entry for `package` (a purl or a pattern), expiring a year from `today`.
pub fn exception_entry(package: &str, license: &str, today: &str) -> String {
    format!(
        "[[exceptions]]\npackage = \"{package}\"\nlicense = \"{license}\"\nreason = \"<{}>\"\napproved-by = \"<{}>\"\nexpires = \"{}\"",
        tr!("remedy-exception-reason"),
        tr!("remedy-exception-approved-by"),
        a_year_after(today)
    )
}

/// A `[[clarify]]` entry for a package whose license the office has to state.
fn clarify_snippet(resolved: &Resolved) -> String {
    let package = &resolved.package;
    let files: Vec<String> = package
        .license_files
        .iter()
        .filter_map(|file| {
            let dir = package.source_dir.as_ref()?;
            let rel = file.strip_prefix(dir).ok()?;
            let hash = sha256_of(file)?;
            Some(format!(
                "{{ path = \"{}\", sha256 = \"{hash}\" }}",
                crate::model::display_path(rel)
            ))
        })
        .collect();
    let mut snippet = clarify_entry(&package.purl);
    if !files.is_empty() {
        snippet.push_str(&format!("\nlicense-files = [{}]", files.join(", ")));
    }
    snippet
}

/// A `[[clarify]]` entry for `package` (a purl or a pattern), the license for the office to state.
pub fn clarify_entry(package: &str) -> String {
    format!(
        "[[clarify]]\npackage = \"{package}\"\nlicense = \"<{}>\"\nreason = \"<{}>\"",
        tr!("remedy-clarify-license"),
        tr!("remedy-clarify-reason")
    )
}

/// The one entry that settles a finding of `rule` for every package `pattern` names, given one
/// of them (`evaluated`): a `[[clarify]]` for a license nobody could state (`license-unknown`,
/// `license-mismatch`; without pinned license files, which differ from package to package), a
/// `[[exceptions]]` for a license the policy refuses or sends to review; `None` for rules no
/// policy entry about packages settles.
pub fn pattern_remedy(
    rule: Rule,
    pattern: &str,
    evaluated: &Evaluated,
    today: &str,
) -> Option<String> {
    match rule {
        Rule::LicenseUnknown | Rule::LicenseMismatch => Some(clarify_entry(pattern)),
        Rule::LicenseDenied
        | Rule::LicenseNotListed
        | Rule::LicenseReview
        | Rule::IncompatibleLicense => Some(exception_entry(
            pattern,
            &exception_license(&evaluated.resolved, &evaluated.decided_by),
            today,
        )),
        _ => None,
    }
}

/// `YYYY-MM-DD` one year later (29 February becomes 28 February).
fn a_year_after(today: &str) -> String {
    let mut parts = today.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return today.to_owned();
    };
    let Ok(year) = year.parse::<u32>() else {
        return today.to_owned();
    };
    let day = if month == "02" && day == "29" {
        "28"
    } else {
        day
    };
    format!("{}-{month}-{day}", year + 1)
}

/// A license requirement and its placement, in words.
fn describe(req: &str, source: &Source, policy: &Policy) -> String {
    match source {
        Source::Id(list) => tr!("placed-in-list", license = req, list = list),
        Source::Category {
            category,
            list,
            builtin: false,
        } => tr!(
            "placed-in-category",
            license = req,
            category = category.as_str(),
            list = list
        ),
        Source::Category { category, .. } => tr!(
            "placed-by-builtin",
            license = req,
            category = category.as_str(),
            distribution = policy.distribution.as_str(),
            list = builtin_list(policy, *category)
        ),
        Source::Incompatible { why } => tr!("placed-incompatible", license = req, why = why),
        Source::Unlisted => tr!("placed-unlisted", license = req),
    }
}

fn builtin_list(policy: &Policy, category: Category) -> &'static str {
    if policy.licenses.deny_categories.contains(&category) {
        "deny"
    } else if policy.licenses.review_categories.contains(&category) {
        "review"
    } else {
        "allow"
    }
}

fn unknown_severity(action: UnknownAction) -> Severity {
    match action {
        UnknownAction::Deny => Severity::Error,
        UnknownAction::Review => Severity::Warning,
        UnknownAction::Allow => Severity::Info,
    }
}

/// The verdict the policy gives an expression on its own (no package, so no exceptions).
pub fn verdict_of(expr: &spdx::Expression, policy: &Policy) -> Verdict {
    let ctx = Context {
        policy,
        today: "",
        project_license: None,
    };
    to_verdict(decide(expr, |req| place(req, &ctx, Scope::Runtime).0).0)
}

/// The verdict the policy gives one license requirement.
pub fn verdict_of_req(req: &LicenseReq, policy: &Policy) -> Verdict {
    let ctx = Context {
        policy,
        today: "",
        project_license: None,
    };
    to_verdict(place(req, &ctx, Scope::Runtime).0)
}

/// The branch of an expression the policy takes (`MIT` for `MIT OR GPL-3.0-only`).
pub fn decided_by(expr: &spdx::Expression, policy: &Policy) -> Vec<String> {
    let ctx = Context {
        policy,
        today: "",
        project_license: None,
    };
    decide(expr, |req| place(req, &ctx, Scope::Runtime).0).1
}

fn to_verdict(level: Level) -> Verdict {
    match level {
        Level::Allowed => Verdict::Allowed,
        Level::Review => Verdict::Review,
        Level::Denied => Verdict::Denied,
    }
}

/// Where the policy puts one license requirement of a package in `scope`, and which rule did.
fn place(req: &LicenseReq, ctx: &Context<'_>, scope: Scope) -> (Level, Source) {
    let policy = ctx.policy;
    if let Some(why) = incompatibility(req, ctx, scope) {
        return (Level::Denied, Source::Incompatible { why });
    }
    // The scope's own rules first (when the policy has any), then the top level; `None` is the
    // top level. Names are only formatted for the rule that decides.
    let scope_rules = policy.scope(scope).map(|s| (&s.rules, Some(scope)));
    let levels = || scope_rules.into_iter().chain([(&policy.licenses, None)]);
    let key = |level: Option<Scope>| match level {
        Some(scope) => format!("scopes.{}", scope.as_str()),
        None => "licenses".to_owned(),
    };
    for (rules, level) in levels() {
        if let Some((placed, list)) = by_id(rules, req) {
            return (placed, Source::Id(format!("{}.{list}", key(level))));
        }
    }
    let category = category_of(req);
    for (rules, level) in levels() {
        if let Some((placed, list)) = by_category(rules, category) {
            return (
                placed,
                Source::Category {
                    category,
                    list: format!("{}.{list}", key(level)),
                    builtin: level.is_none() && policy.builtin_categories,
                },
            );
        }
    }
    let level = match policy.unknown {
        UnknownAction::Deny => Level::Denied,
        UnknownAction::Review => Level::Review,
        UnknownAction::Allow => Level::Allowed,
    };
    (level, Source::Unlisted)
}

fn by_id(rules: &Rules, req: &LicenseReq) -> Option<(Level, &'static str)> {
    if named_by(&rules.deny, req) {
        Some((Level::Denied, "deny"))
    } else if satisfied_by(&rules.review, req) {
        Some((Level::Review, "review"))
    } else if satisfied_by(&rules.allow, req) {
        Some((Level::Allowed, "allow"))
    } else {
        None
    }
}

fn by_category(rules: &Rules, category: Category) -> Option<(Level, &'static str)> {
    if rules.deny_categories.contains(&category) {
        Some((Level::Denied, "deny-categories"))
    } else if rules.review_categories.contains(&category) {
        Some((Level::Review, "review-categories"))
    } else if rules.allow_categories.contains(&category) {
        Some((Level::Allowed, "allow-categories"))
    } else {
        None
    }
}

/// Why a requirement cannot be combined into the project, when `[compatibility]` is on. Only
/// what is shipped counts: runtime and optional dependencies.
fn incompatibility(req: &LicenseReq, ctx: &Context<'_>, scope: Scope) -> Option<String> {
    let project = ctx.project_license?;
    if !matches!(scope, Scope::Runtime | Scope::Optional) {
        return None;
    }
    super::compat::check(project, req, ctx.policy.distribution)
        .map(|conflict| format!("{} ({})", conflict.why, conflict.source))
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

/// Folds the expression (stored in postfix order): `OR` keeps the best branch, `AND` the worst;
/// also returns the requirements that decided (the branch taken, or the failing terms).
fn decide(
    expr: &spdx::Expression,
    mut judge: impl FnMut(&LicenseReq) -> Level,
) -> (Level, Vec<String>) {
    let mut stack: Vec<(Level, Vec<String>)> = Vec::with_capacity(4);
    for node in expr.iter() {
        let item = match node {
            ExprNode::Req(req) => (judge(&req.req), vec![req.req.to_string()]),
            ExprNode::Op(op) => {
                let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                    unreachable!("the spdx crate only builds well-formed postfix expressions")
                };
                match op {
                    Operator::Or if b.0 > a.0 => b,
                    Operator::Or => a,
                    Operator::And if a.0 < b.0 => a,
                    Operator::And if b.0 < a.0 => b,
                    Operator::And => (a.0, [a.1, b.1].concat()),
                }
            }
        };
        stack.push(item);
    }
    stack.pop().unwrap_or((Level::Denied, Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::license::LicenseSource;
    use crate::model::{Ecosystem, Package, Scope};

    #[test]
    fn every_verdict_severity_and_scope_has_a_word_in_both_languages() {
        use Verdict::*;
        let mut ids: Vec<String> = [Denied, Unknown, Review, Excepted, Ignored, Allowed]
            .iter()
            .map(|v| format!("verdict-word-{}", v.as_str()))
            .collect();
        ids.extend(
            [Severity::Error, Severity::Warning, Severity::Info]
                .iter()
                .map(|s| format!("severity-{}", s.as_str())),
        );
        ids.extend(
            [
                Scope::Runtime,
                Scope::Optional,
                Scope::Build,
                Scope::Dev,
                Scope::Os,
            ]
            .iter()
            .map(|s| format!("scope-{}", s.as_str())),
        );
        for lang in crate::i18n::Lang::ALL {
            for id in &ids {
                let text = crate::i18n::message_in(*lang, id, &[]);
                assert_ne!(&text, id, "`{id}` is missing from {}.ftl", lang.code());
            }
        }
    }

    #[test]
    fn every_rule_has_a_title_a_description_and_help_in_both_languages() {
        for lang in crate::i18n::Lang::ALL {
            for rule in Rule::ALL {
                for part in ["title", "description", "help"] {
                    let id = format!("rule-{}-{part}", rule.as_str());
                    let text = crate::i18n::message_in(*lang, &id, &[]);
                    assert_ne!(text, id, "`{id}` is missing from {}.ftl", lang.code());
                }
            }
        }
    }

    fn policy(extra: &str) -> Policy {
        let text = format!(
            "[licenses]\nallow = [\"MIT\", \"Apache-2.0\", \"Apache-2.0 WITH LLVM-exception\"]\n\
             review = [\"MPL-2.0\"]\ndeny = [\"GPL-3.0-only\", \"AGPL-3.0-only\"]\nallow-categories = []\n{extra}"
        );
        Policy::parse(&text, "test").unwrap()
    }

    fn evaluated_with(policy: &Policy, license: &str, scope: Scope) -> (Evaluated, Vec<Finding>) {
        let package = Package {
            ecosystem: Ecosystem::Npm,
            name: "p".into(),
            version: "1.0.0".into(),
            purl: "pkg:npm/p@1.0.0".into(),
            scope,
            direct: true,
            declared: Some(license.into()),
            declared_in: None,
            not_found: None,
            source_dir: None,
            archive: None,
            license_files: vec![],
            license_texts: Vec::new(),
            manifests: vec![],
            notes: Vec::new(),
            installed_at: None,
        };
        let license = spdx::Expression::parse(license).ok().map(Into::into);
        let resolved = Resolved {
            package,
            license,
            source: LicenseSource::Declared,
            evidence: vec![],
        };
        let ctx = Context {
            policy,
            today: "2026-01-01",
            project_license: None,
        };
        let (mut evaluated, findings) = evaluate_all(vec![resolved], &ctx);
        (evaluated.remove(0), findings)
    }

    fn verdict_with(policy: &Policy, license: &str) -> Verdict {
        evaluated_with(policy, license, Scope::Runtime).0.verdict
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
        let p = Policy::parse(
            "[licenses]\nallow = [\"GPL-3.0-only\"]\nallow-categories = []\n",
            "t",
        )
        .unwrap();
        assert_eq!(verdict_with(&p, "GPL-2.0-or-later"), Verdict::Allowed);
        assert_eq!(verdict_with(&p, "GPL-2.0-only"), Verdict::Denied);
        assert_eq!(verdict_with(&p, "LGPL-2.1-or-later"), Verdict::Denied);
        let p = Policy::parse(
            "[licenses]\nallow = [\"GPL-2.0-only\"]\ndeny = [\"GPL-3.0-only\"]\nallow-categories = []\n",
            "t",
        )
        .unwrap();
        assert_eq!(verdict_with(&p, "GPL-2.0-or-later"), Verdict::Allowed);
    }

    #[test]
    fn with_exceptions_are_listed_on_their_own() {
        let p = Policy::parse(
            "[licenses]\nallow = [\"Apache-2.0\"]\nallow-categories = []\n",
            "t",
        )
        .unwrap();
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

    fn with(text: &str) -> Policy {
        Policy::parse(text, "t").unwrap_or_else(|e| panic!("{e:#}"))
    }

    #[test]
    fn ids_beat_categories_and_deny_beats_review_beats_allow() {
        let p = with(
            "[licenses]\nallow-categories = [\"permissive\"]\ndeny-categories = [\"strong-copyleft\"]\n\
             review-categories = [\"weak-copyleft\"]\ndeny = [\"ISC\"]\nallow = [\"GPL-3.0-only\"]\n",
        );
        assert_eq!(verdict_with(&p, "MIT"), Verdict::Allowed);
        assert_eq!(verdict_with(&p, "ISC"), Verdict::Denied);
        assert_eq!(verdict_with(&p, "GPL-3.0-only"), Verdict::Allowed);
        assert_eq!(verdict_with(&p, "GPL-2.0-only"), Verdict::Denied);
        assert_eq!(verdict_with(&p, "MPL-2.0"), Verdict::Review);
        assert_eq!(verdict_with(&p, "SSPL-1.0"), Verdict::Denied);
        let (_, findings) = evaluated_with(&p, "GPL-2.0-only", Scope::Runtime);
        assert_eq!(findings[0].rule, Rule::LicenseDenied);
        assert!(
            findings[0]
                .message
                .contains("is strong-copyleft, in `licenses.deny-categories`"),
            "{}",
            findings[0].message
        );
        let (_, findings) = evaluated_with(&p, "SSPL-1.0", Scope::Runtime);
        assert_eq!(findings[0].rule, Rule::LicenseNotListed);
    }

    /// The built-in category rules per distribution, for a policy that sets no category list.
    #[test]
    fn builtin_truth_table() {
        let table: &[(&str, [Verdict; 3])] = &[
            (
                "MIT",
                [Verdict::Allowed, Verdict::Allowed, Verdict::Allowed],
            ),
            (
                "CC0-1.0",
                [Verdict::Allowed, Verdict::Allowed, Verdict::Allowed],
            ),
            (
                "MPL-2.0",
                [Verdict::Allowed, Verdict::Allowed, Verdict::Review],
            ),
            (
                "GPL-3.0-only",
                [Verdict::Allowed, Verdict::Allowed, Verdict::Denied],
            ),
            (
                "AGPL-3.0-only",
                [Verdict::Review, Verdict::Denied, Verdict::Denied],
            ),
            (
                "SSPL-1.0",
                [Verdict::Review, Verdict::Denied, Verdict::Denied],
            ),
            (
                "CC-BY-NC-4.0",
                [Verdict::Denied, Verdict::Denied, Verdict::Denied],
            ),
            (
                "LicenseRef-Proprietary",
                [Verdict::Denied, Verdict::Denied, Verdict::Denied],
            ),
        ];
        for (license, verdicts) in table {
            for (distribution, want) in ["internal", "network-service", "distributed"]
                .iter()
                .zip(verdicts)
            {
                let p = with(&format!("[policy]\ndistribution = \"{distribution}\"\n"));
                assert_eq!(
                    verdict_with(&p, license),
                    *want,
                    "{license} for {distribution}"
                );
            }
        }
    }

    #[test]
    fn scope_rules_come_first_and_can_ignore() {
        let p = with(
            "[licenses]\nallow-categories = [\"permissive\"]\ndeny-categories = [\"strong-copyleft\"]\n\
             [scopes.dev]\nallow-categories = [\"strong-copyleft\"]\n[scopes.build]\nignore = true\n",
        );
        assert_eq!(
            evaluated_with(&p, "GPL-3.0-only", Scope::Runtime).0.verdict,
            Verdict::Denied
        );
        assert_eq!(
            evaluated_with(&p, "GPL-3.0-only", Scope::Dev).0.verdict,
            Verdict::Allowed
        );
        let (ignored, findings) = evaluated_with(&p, "GPL-3.0-only", Scope::Build);
        assert_eq!(ignored.verdict, Verdict::Ignored);
        assert_eq!(
            ignored.ignored.as_deref(),
            Some("the policy ignores build dependencies")
        );
        assert!(findings.is_empty());
    }

    #[test]
    fn ignore_entries_match_globs() {
        let p = with("[[ignore]]\npackage = \"pkg:npm/p*\"\nreason = \"first-party\"\n");
        let (evaluated, findings) = evaluated_with(&p, "GPL-3.0-only", Scope::Runtime);
        assert_eq!(evaluated.verdict, Verdict::Ignored);
        assert_eq!(evaluated.ignored.as_deref(), Some("first-party"));
        assert!(findings.is_empty());
    }

    #[test]
    fn decided_by_names_the_branch() {
        let p = policy("");
        let (e, _) = evaluated_with(&p, "GPL-3.0-only OR MIT", Scope::Runtime);
        assert_eq!(e.decided_by, ["MIT"]);
        let (e, findings) =
            evaluated_with(&p, "MIT AND GPL-3.0-only AND AGPL-3.0-only", Scope::Runtime);
        assert_eq!(e.decided_by, ["GPL-3.0-only", "AGPL-3.0-only"]);
        let remedy = findings[0].remedy.as_deref().unwrap();
        assert!(
            remedy.contains("license = \"GPL-3.0-only AND AGPL-3.0-only\""),
            "{remedy}"
        );
        assert!(remedy.contains("expires = \"2027-01-01\""), "{remedy}");
    }

    #[test]
    fn exceptions_with_ranges_go_stale_and_expire_with_the_original_severity() {
        let p = policy(
            "[[exceptions]]\npackage = \"pkg:npm/p@>=1.0,<2\"\nlicense = \"GPL-3.0-only\"\nreason = \"r\"\nexpires = 2025-12-31\n",
        );
        let (e, findings) = evaluated_with(&p, "GPL-3.0-only", Scope::Runtime);
        assert_eq!(e.verdict, Verdict::Denied);
        let expired = findings
            .iter()
            .find(|f| f.rule == Rule::ExceptionExpired)
            .unwrap();
        assert_eq!(expired.severity, Severity::Error);
        let p = policy(
            "[[exceptions]]\npackage = \"pkg:npm/p\"\nlicense = \"MPL-2.0\"\nreason = \"r\"\n",
        );
        let (e, findings) = evaluated_with(&p, "GPL-3.0-only", Scope::Runtime);
        assert_eq!(e.verdict, Verdict::Denied);
        assert!(findings.iter().any(|f| f.rule == Rule::ExceptionStale));
        assert!(!findings.iter().any(|f| f.rule == Rule::ExceptionUnused));
    }

    #[test]
    fn clarifications_replace_the_license_unless_the_file_changed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("LICENSE"), "the text").unwrap();
        let hash = sha256_of(&dir.path().join("LICENSE")).unwrap();
        let clarify = |sha: &str| {
            policy(&format!(
                "[[clarify]]\npackage = \"pkg:npm/p@1.0.0\"\nlicense = \"MIT\"\nreason = \"checked\"\n\
                 license-files = [{{ path = \"LICENSE\", sha256 = \"{sha}\" }}]\n"
            ))
        };
        let evaluate = |p: &Policy| {
            let package = Package {
                source_dir: Some(dir.path().to_path_buf()),
                archive: None,
                ..Package::new(
                    Ecosystem::Npm,
                    "p".into(),
                    "1.0.0".into(),
                    std::path::Path::new("package.json"),
                )
            };
            let resolved = Resolved {
                package,
                license: None,
                source: LicenseSource::None,
                evidence: vec![],
            };
            let ctx = Context {
                policy: p,
                today: "2026-01-01",
                project_license: None,
            };
            evaluate_all(vec![resolved], &ctx)
        };
        let (evaluated, findings) = evaluate(&clarify(&hash));
        assert_eq!(evaluated[0].verdict, Verdict::Allowed);
        assert_eq!(evaluated[0].resolved.source, LicenseSource::Clarified);
        assert!(findings.is_empty(), "{findings:?}");
        let (evaluated, findings) = evaluate(&clarify(&"0".repeat(64)));
        assert_eq!(evaluated[0].verdict, Verdict::Unknown);
        assert!(
            findings.iter().any(|f| f.rule == Rule::ClarificationStale),
            "{findings:?}"
        );
    }

    /// The whole truth table of `OR` and `AND` over the three levels, with one license per level
    /// (MIT allowed, MPL-2.0 review, GPL-3.0-only denied in the test policy).
    #[test]
    fn or_and_truth_table() {
        use Verdict::{Allowed as A, Denied as D, Review as R};
        let license = |v: Verdict| match v {
            A => "MIT",
            R => "MPL-2.0",
            _ => "GPL-3.0-only",
        };
        let p = policy("");
        for a in [A, R, D] {
            for b in [A, R, D] {
                let or = format!("{} OR {}", license(a), license(b));
                let and = format!("{} AND {}", license(a), license(b));
                assert_eq!(verdict_with(&p, &or), a.min_by_level(b, true), "{or}");
                assert_eq!(verdict_with(&p, &and), a.min_by_level(b, false), "{and}");
            }
        }
    }

    impl Verdict {
        /// `OR` keeps the better verdict, `AND` the worse (Allowed > Review > Denied).
        fn min_by_level(self, other: Verdict, or: bool) -> Verdict {
            let rank = |v: Verdict| match v {
                Verdict::Allowed => 2,
                Verdict::Review => 1,
                _ => 0,
            };
            let (better, worse) = if rank(self) >= rank(other) {
                (self, other)
            } else {
                (other, self)
            };
            if or { better } else { worse }
        }
    }
}
