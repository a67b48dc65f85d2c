//! Reporting: one `ScanReport` value, built and sorted once, and one renderer per format.
//!
//! Renderers only present what the evaluator decided; none of them computes a verdict.

mod bom;
pub mod csv;
pub mod cyclonedx;
pub mod groups;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod spdx;
pub mod table;

use std::io::{self, Write};

use crate::context::Context;
use crate::exit;
use crate::model::{Collection, Diagnostic, Discovered, Project};
use crate::policy::eval::{Evaluated, Finding, Verdict};
pub use groups::Group;

/// Everything a renderer needs, sorted and final.
#[derive(Debug)]
pub struct ScanReport {
    /// The scanned root as the user gave it.
    pub root: String,
    /// The scanned root as an absolute path: renderers that point into files (SARIF line
    /// numbers) read them from here.
    pub root_dir: std::path::PathBuf,
    pub policy_name: String,
    pub policy_source: String,
    pub projects: Vec<Project>,
    /// One entry per (ecosystem, name, version), sorted.
    pub packages: Vec<Evaluated>,
    pub findings: Vec<Finding>,
    /// Input errors: a manifest or lockfile that could not be read. Any error makes the exit code 2.
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    pub summary: Summary,
    /// Which findings fail the gate (`--fail-on`).
    pub fail_on: crate::exit::FailOn,
    /// How the findings compare with `--baseline` (only new ones fail the gate).
    pub baseline: Option<crate::baseline::Comparison>,
    /// Where the scan's time went (`--timings`; never in a report).
    pub timings: crate::timings::Timings,
    /// The image or root file system scanned (`--image`, `--rootfs`).
    pub system: Option<crate::model::System>,
    /// Every exception of the policy and what it did in this scan (the inventory's
    /// `exceptions` question needs the unused ones too).
    pub exceptions: Vec<ExceptionStatus>,
    /// Repeated findings of one package family, each one row and one remedy in the reports
    /// people read ([`groups`]), made when one of those renderers first asks
    /// ([`ScanReport::groups`]); the machine formats list every package and never pay for them.
    groups: std::sync::OnceLock<Vec<Group>>,
    /// The scan's date, which dates a group's exception entry.
    today: String,
    /// Lookups the renderers make per package and per finding, built once, when a renderer first
    /// needs them (a linear search each time is quadratic on a 150,000-package tree; the JSON
    /// report needs none).
    index: std::sync::OnceLock<Index>,
}

/// Positions in `packages`, `findings` and `projects`, by purl and by manifest.
#[derive(Debug, Default)]
struct Index {
    package_by_purl: std::collections::HashMap<String, usize>,
    findings_by_purl: std::collections::HashMap<String, Vec<usize>>,
    project_by_manifest: std::collections::HashMap<std::path::PathBuf, usize>,
    /// A grouped package's group, by purl.
    group_by_purl: std::collections::HashMap<String, usize>,
}

impl Index {
    fn new(
        packages: &[Evaluated],
        findings: &[Finding],
        projects: &[Project],
        groups: &[Group],
    ) -> Index {
        let mut index = Index::default();
        for (g, group) in groups.iter().enumerate() {
            for &i in &group.members {
                index
                    .group_by_purl
                    .insert(packages[i].resolved.package.purl.clone(), g);
            }
        }
        for (i, p) in packages.iter().enumerate() {
            index
                .package_by_purl
                .entry(p.resolved.package.purl.clone())
                .or_insert(i);
        }
        for (i, f) in findings.iter().enumerate() {
            index
                .findings_by_purl
                .entry(f.purl.clone())
                .or_default()
                .push(i);
        }
        for list in index.findings_by_purl.values_mut() {
            list.sort_by_key(|&i| (findings[i].severity, findings[i].rule, i));
        }
        for (i, p) in projects.iter().enumerate() {
            index
                .project_by_manifest
                .entry(p.root.manifest.clone())
                .or_insert(i);
        }
        index
    }
}

/// An exception of the policy, and what it did in this scan: the JSON report's `exceptions[]`,
/// written here and read back by the inventory (a package's own `exception` has neither
/// `status` nor `used_by`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ExceptionStatus {
    #[serde(flatten)]
    pub exception: ExceptionRecord,
    /// `in-force` (it excepted a package), `unused` (it matched no failing package) or
    /// `expired` (its date has passed: it excepts nothing).
    #[serde(default)]
    pub status: String,
    /// The purls of the packages it excepted.
    #[serde(default)]
    pub used_by: Vec<String>,
}

/// An exception as the policy wrote it, in the words of the reports (the JSON report's
/// `exceptions[]` and the inventory's answers carry these fields, flattened).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ExceptionRecord {
    pub package: String,
    pub license: String,
    pub reason: String,
    pub approved_by: Option<String>,
    pub ticket: Option<String>,
    pub expires: Option<String>,
}

impl ExceptionStatus {
    /// Each exception of the policy, in the policy's order.
    fn all(policy: &crate::policy::Policy, today: &str, packages: &[Evaluated]) -> Vec<Self> {
        policy
            .exceptions
            .iter()
            .map(|exception| {
                let used_by: Vec<String> = packages
                    .iter()
                    .filter(|p| {
                        p.exception.as_deref().is_some_and(|e| {
                            e.package.text == exception.package.text
                                && e.license == exception.license
                        })
                    })
                    .map(|p| p.resolved.package.purl.clone())
                    .collect();
                ExceptionStatus {
                    exception: ExceptionRecord {
                        package: exception.package.text.clone(),
                        license: exception.license.clone(),
                        reason: exception.reason.clone(),
                        approved_by: exception.approved_by.clone(),
                        ticket: exception.ticket.clone(),
                        expires: exception.expires.clone(),
                    },
                    status: if exception.is_expired(today) {
                        "expired"
                    } else if used_by.is_empty() {
                        "unused"
                    } else {
                        "in-force"
                    }
                    .to_owned(),
                    used_by,
                }
            })
            .collect()
    }
}

/// Package counts per verdict.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub packages: usize,
    pub allowed: usize,
    pub review: usize,
    pub denied: usize,
    pub unknown: usize,
    pub excepted: usize,
    pub ignored: usize,
}

impl Summary {
    fn count(packages: &[Evaluated]) -> Summary {
        let mut summary = Summary {
            packages: packages.len(),
            ..Summary::default()
        };
        for package in packages {
            *match package.verdict {
                Verdict::Allowed => &mut summary.allowed,
                Verdict::Review => &mut summary.review,
                Verdict::Denied => &mut summary.denied,
                Verdict::Unknown => &mut summary.unknown,
                Verdict::Excepted => &mut summary.excepted,
                Verdict::Ignored => &mut summary.ignored,
            } += 1;
        }
        summary
    }
}

impl ScanReport {
    pub fn new(
        ctx: &Context,
        discovered: Discovered,
        collection: Collection,
        mut packages: Vec<Evaluated>,
        findings: Vec<Finding>,
    ) -> ScanReport {
        let mut projects = collection.projects;
        projects.sort_by(|a, b| a.root.cmp(&b.root));
        packages.sort_by(|a, b| {
            let (a, b) = (&a.resolved.package, &b.resolved.package);
            (a.ecosystem, &a.name, &a.version).cmp(&(b.ecosystem, &b.name, &b.version))
        });
        let mut errors = discovered.errors;
        errors.extend(collection.errors);
        errors.sort();
        let mut warnings = discovered.warnings;
        warnings.extend(ctx.policy.warnings.iter().map(|w| {
            // `file:line:column: message`: the location is the path.
            let (at, message) = w
                .rsplit_once(": ")
                .map_or(("", w.as_str()), |(a, _)| (a, &w[a.len() + 2..]));
            Diagnostic::new(at, message)
        }));
        warnings.extend(collection.warnings);
        warnings.sort();
        warnings.dedup();
        ScanReport {
            index: std::sync::OnceLock::new(),
            root: ctx.root_display.clone(),
            root_dir: ctx.root.clone(),
            policy_name: ctx.policy.name.clone(),
            policy_source: ctx.policy.source.clone(),
            summary: Summary::count(&packages),
            exceptions: ExceptionStatus::all(&ctx.policy, &ctx.today, &packages),
            groups: std::sync::OnceLock::new(),
            today: ctx.today.clone(),
            projects,
            packages,
            findings,
            errors,
            warnings,
            fail_on: ctx.fail_on,
            baseline: None,
            timings: crate::timings::Timings::default(),
            system: ctx.system.clone(),
        }
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people: summary, violations first (`--all` for every package).
    Table,
    /// The stable JSON report (schema version 1, see docs/output-formats.md).
    Json,
    /// SARIF 2.1.0, one result per finding, for code scanning (GitHub, Azure DevOps).
    Sarif,
    /// JUnit XML: one test suite per ecosystem, one test case per package, for CI test views.
    Junit,
    /// CSV (RFC 4180): one row per package, for spreadsheets.
    Csv,
    /// Markdown sized for a pull-request comment: verdict, what needs attention, remedies.
    Markdown,
    /// An SPDX 2.3 JSON SBOM: every package with its concluded license and purl.
    Spdx,
    /// A CycloneDX 1.6 JSON SBOM: every package with its concluded license, purl and verdict.
    #[value(name = "cyclonedx")]
    CycloneDx,
    /// One self-contained HTML page for compliance staff (no network needed; use with --output).
    Html,
}

impl Format {
    /// The file each format is written to by `--output-dir`.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Table => "ossdoo.txt",
            Format::Json => "ossdoo.json",
            Format::Sarif => "ossdoo.sarif",
            Format::Junit => "ossdoo.junit.xml",
            Format::Csv => "ossdoo.csv",
            Format::Markdown => "ossdoo.md",
            Format::Spdx => "ossdoo.spdx.json",
            Format::CycloneDx => "ossdoo.cdx.json",
            Format::Html => "ossdoo.html",
        }
    }
}

/// How a renderer should present its output.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// List every package, not only those that need attention.
    pub all: bool,
    /// Use colour (decided once, from `--color`, `NO_COLOR` and the terminal).
    pub color: bool,
    /// The output is a terminal: tables may wrap to its width.
    pub terminal: bool,
    /// Show which branch of each license expression decided the verdict.
    pub show_branch: bool,
    /// Put the current time in SBOMs (SPDX `created`, CycloneDX `metadata.timestamp`) instead of
    /// the fixed epoch (SPDX) or nothing (CycloneDX).
    pub timestamp: bool,
}

/// Renders the report in the chosen format.
pub fn render(
    report: &ScanReport,
    format: Format,
    options: RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::render(report, options, out),
        Format::Json => json::render(report, out),
        Format::Sarif => sarif::render(report, out),
        Format::Junit => junit::render(report, out),
        Format::Csv => csv::render(report, out),
        Format::Markdown => markdown::render(report, out),
        Format::Spdx => spdx::render(report, options, out),
        Format::CycloneDx => cyclonedx::render(report, options, out),
        Format::Html => html::render(report, out),
    }
}

/// A package's scope as the people's reports show it, marked when direct (`runtime (direct)`).
pub(crate) fn scope_label(evaluated: &Evaluated) -> String {
    let package = &evaluated.resolved.package;
    if package.direct {
        crate::i18n::tr!("table-direct", scope = package.scope.label())
    } else {
        package.scope.label()
    }
}

impl ScanReport {
    /// A group's members, as this report's packages, and their scopes (each once, sorted, as
    /// [`scope_label`] writes them): what a group's row shows in the table and in Markdown.
    pub(crate) fn group_members(&self, group: &Group) -> (Vec<&Evaluated>, String) {
        let members: Vec<&Evaluated> = group.members.iter().map(|&i| &self.packages[i]).collect();
        let mut scopes: Vec<String> = members.iter().map(|p| scope_label(p)).collect();
        scopes.sort();
        scopes.dedup();
        (members, scopes.join(", "))
    }

    /// The groups of repeated findings, made on first use.
    pub fn groups(&self) -> &[Group] {
        self.groups
            .get_or_init(|| groups::find(&self.packages, &self.findings, &self.today))
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            Index::new(
                &self.packages,
                &self.findings,
                &self.projects,
                self.groups(),
            )
        })
    }

    /// The package a finding is about, when it is about one (not a policy entry or the repository).
    pub fn package_of(&self, finding: &Finding) -> Option<&Evaluated> {
        if finding.purl.is_empty() {
            return None;
        }
        let &i = self.index().package_by_purl.get(&finding.purl)?;
        Some(&self.packages[i])
    }

    /// The findings about one package, most severe first.
    pub fn findings_for(&self, purl: &str) -> Vec<&Finding> {
        self.index()
            .findings_by_purl
            .get(purl)
            .map_or_else(Vec::new, |list| {
                list.iter().map(|&i| &self.findings[i]).collect()
            })
    }

    /// The group a package belongs to, when it is one of a group's members.
    pub fn group_of(&self, purl: &str) -> Option<&Group> {
        let &g = self.index().group_by_purl.get(purl)?;
        Some(&self.groups()[g])
    }

    /// The group that shows this finding, when it is a grouped package's license finding.
    pub fn group_of_finding(&self, finding: &Finding) -> Option<&Group> {
        self.group_of(&finding.purl)
            .filter(|g| g.rule == finding.rule && g.severity == finding.severity)
    }

    /// The project whose manifest brought a package in: its first manifest's project.
    pub fn project_of(&self, evaluated: &Evaluated) -> Option<&Project> {
        let manifest = evaluated.resolved.package.manifests.first()?;
        let &i = self.index().project_by_manifest.get(manifest)?;
        Some(&self.projects[i])
    }
}

/// The exit code a scan report calls for. With a baseline, only findings it does not have count.
pub fn status(report: &ScanReport) -> u8 {
    let counted = |f: &&Finding| report.baseline.as_ref().is_none_or(|b| b.is_new(f));
    let failing = report
        .findings
        .iter()
        .filter(counted)
        .any(|f| exit::finding_fails(report.fail_on, f));
    if !report.errors.is_empty() {
        exit::INPUT_ERROR
    } else if failing {
        exit::VIOLATIONS
    } else {
        exit::COMPLIANT
    }
}
