//! The human report: what was scanned, what needs attention (violations first), and the verdict.
//!
//! Input errors and warnings go to stderr (they are diagnostics, not results); this renderer
//! only counts them in its closing line.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

use super::{RenderOptions, ScanReport};
use crate::exit;
use crate::license::{EvidenceKind, LicenseSource};
use crate::model::display_path;
use crate::policy::eval::{Evaluated, Finding, Rule, Severity, Verdict};

pub fn render(report: &ScanReport, options: RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let style = Style {
        color: options.color,
        terminal: options.terminal,
    };
    writeln!(
        out,
        "{} {} · policy \"{}\" ({}) · {}",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION"),
        report.policy_name,
        report.policy_source,
        report.root,
    )?;
    if let Some(platform) = report.system.as_ref().and_then(|s| s.platform.as_deref()) {
        writeln!(out, "image for {platform}")?;
    }
    if !report.projects.is_empty() {
        writeln!(
            out,
            "\n{}",
            style.heading(&format!("Projects ({})", report.projects.len()))
        )?;
        writeln!(out, "{}", projects_table(report, style))?;
    }
    let shown: Vec<&Evaluated> = report
        .packages
        .iter()
        .filter(|p| options.all || !matches!(p.verdict, Verdict::Allowed | Verdict::Ignored))
        .collect();
    let mut shown = shown;
    shown.sort_by_key(|p| p.verdict);
    if !shown.is_empty() {
        let title = if options.all {
            "Packages"
        } else {
            "Needs attention"
        };
        writeln!(
            out,
            "\n{}",
            style.heading(&format!("{title} ({})", shown.len()))
        )?;
        writeln!(
            out,
            "{}",
            packages_table(&shown, report, style, options.show_branch)
        )?;
        write_legend(&shown, out)?;
    }
    write_policy_findings(report, out)?;
    write_help(report, out)?;
    writeln!(out)?;
    write_summary(report, style, out)
}

#[derive(Clone, Copy)]
struct Style {
    color: bool,
    terminal: bool,
}

impl Style {
    fn table(self) -> Table {
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        if self.terminal {
            // Wrap cells to the terminal's width; elsewhere (files, CI logs) never wrap.
            table.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            table.force_no_tty();
        }
        if self.color {
            table.enforce_styling();
        }
        table
    }

    fn paint(self, text: &str, code: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn heading(self, text: &str) -> String {
        self.paint(text, "1")
    }
}

fn verdict_color(verdict: Verdict) -> Color {
    match verdict {
        Verdict::Denied => Color::Red,
        Verdict::Unknown => Color::Magenta,
        Verdict::Review => Color::Yellow,
        Verdict::Excepted => Color::Cyan,
        Verdict::Ignored => Color::DarkGrey,
        Verdict::Allowed => Color::Green,
    }
}

fn projects_table(report: &ScanReport, style: Style) -> Table {
    let mut table = style.table();
    table.set_header([
        "kind",
        "manifest",
        "lockfile",
        "own packages",
        "dependencies",
    ]);
    for project in &report.projects {
        let members = project
            .members
            .iter()
            .map(|m| {
                let license = m
                    .license
                    .as_deref()
                    .or(m.declared.as_deref())
                    .unwrap_or("no license");
                match m.version.as_str() {
                    "" => format!("{} ({license})", m.name),
                    version => format!("{} {version} ({license})", m.name),
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        table.add_row([
            Cell::new(project.root.kind),
            Cell::new(display_path(&project.root.manifest)),
            Cell::new(
                std::iter::once(
                    project
                        .root
                        .lockfile
                        .as_deref()
                        .map_or_else(|| "-".to_owned(), display_path),
                )
                .chain(
                    project
                        .sources
                        .iter()
                        .map(|s| format!("{}: {}", s.what, s.path)),
                )
                .collect::<Vec<_>>()
                .join("\n"),
            ),
            Cell::new(members),
            Cell::new(project.packages),
        ]);
    }
    table
}

fn packages_table(
    packages: &[&Evaluated],
    report: &ScanReport,
    style: Style,
    show_branch: bool,
) -> Table {
    let mut table = style.table();
    let mut header = vec![
        "verdict", "package", "version", "license", "scope", "why", "manifest",
    ];
    if show_branch {
        header.insert(4, "decided by");
    }
    table.set_header(header);
    for evaluated in packages {
        let package = &evaluated.resolved.package;
        let license = match (evaluated.resolved.license_text(), &package.declared) {
            (Some(license), _) => license + marker(evaluated.resolved.source),
            (None, Some(declared)) => format!("? (declared \"{declared}\")"),
            (None, None) => "?".to_owned(),
        };
        let mut verdict = Cell::new(evaluated.verdict.as_str());
        if style.color {
            verdict = verdict
                .fg(verdict_color(evaluated.verdict))
                .add_attribute(Attribute::Bold);
        }
        let scope = if package.direct {
            format!("{} (direct)", package.scope.as_str())
        } else {
            package.scope.as_str().to_owned()
        };
        let mut row = vec![
            verdict,
            Cell::new(&package.name),
            Cell::new(&package.version),
            Cell::new(license),
            Cell::new(scope),
            Cell::new(why(evaluated, finding_for(report, &package.purl))),
            Cell::new(manifests(&package.manifests)),
        ];
        if show_branch {
            row.insert(4, Cell::new(evaluated.decided_by.join(" AND ")));
        }
        table.add_row(row);
    }
    table
}

fn finding_for<'a>(report: &'a ScanReport, purl: &str) -> Option<&'a Finding> {
    report
        .findings
        .iter()
        .find(|f| f.purl == purl && is_package_rule(f.rule))
}

/// Marks conclusions that are not the declared text as written (explained under the table).
fn marker(source: LicenseSource) -> &'static str {
    match source {
        LicenseSource::Normalized => " *",
        LicenseSource::Detected => " †",
        LicenseSource::Clarified => " ‡",
        LicenseSource::Declared | LicenseSource::None => "",
    }
}

/// A few words on why the package got its verdict.
fn why(evaluated: &Evaluated, finding: Option<&Finding>) -> String {
    if let Some(reason) = &evaluated.ignored {
        return reason.clone();
    }
    if let Some(exception) = &evaluated.exception {
        return match &exception.ticket {
            Some(ticket) => format!("exception {ticket}"),
            None => "approved exception".to_owned(),
        };
    }
    match finding.map(|f| f.rule) {
        Some(Rule::LicenseDenied) => "denied by policy".to_owned(),
        Some(Rule::IncompatibleLicense) => "incompatible".to_owned(),
        Some(Rule::LicenseNotListed) => "not in the policy".to_owned(),
        Some(Rule::LicenseReview) => "needs review".to_owned(),
        Some(Rule::LicenseMismatch) => "files disagree".to_owned(),
        Some(Rule::LicenseUnknown) => {
            let evidence = &evaluated.resolved.evidence;
            if evidence.iter().any(|e| e.kind == EvidenceKind::Ambiguous) {
                "ambiguous".to_owned()
            } else if evaluated.resolved.package.declared.is_some() {
                "not a known license".to_owned()
            } else if !evaluated.resolved.package.license_files.is_empty() {
                "license file not recognised".to_owned()
            } else if evaluated.resolved.package.source_dir.is_some() {
                "no license declared or found".to_owned()
            } else if evaluated.resolved.package.not_found.is_some() {
                // The package's own files were not read: it may well declare one.
                "not installed or cached".to_owned()
            } else {
                "no license declared".to_owned()
            }
        }
        _ => String::new(),
    }
}

fn manifests(manifests: &[std::path::PathBuf]) -> String {
    match manifests {
        [] => String::new(),
        [one] => display_path(one),
        [first, rest @ ..] => format!("{} (+{} more)", display_path(first), rest.len()),
    }
}

/// Explains the license markers that appear in the table.
fn write_legend(shown: &[&Evaluated], out: &mut dyn Write) -> io::Result<()> {
    let has = |source| shown.iter().any(|p| p.resolved.source == source);
    if has(LicenseSource::Normalized) {
        writeln!(
            out,
            "* normalised from the declared text (see `evidence` in --format json)"
        )?;
    }
    if has(LicenseSource::Detected) {
        writeln!(out, "† detected from the package's license files")?;
    }
    if has(LicenseSource::Clarified) {
        writeln!(out, "‡ clarified by the policy ([[clarify]])")?;
    }
    Ok(())
}

/// Findings about the policy itself (an unused or expired exception), which no package row shows.
fn write_policy_findings(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    for finding in report.findings.iter().filter(|f| !is_package_rule(f.rule)) {
        writeln!(
            out,
            "{} [{}]: {}",
            finding.severity.as_str(),
            finding.rule.as_str(),
            finding.message
        )?;
    }
    Ok(())
}

fn is_package_rule(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::LicenseDenied
            | Rule::LicenseNotListed
            | Rule::LicenseReview
            | Rule::LicenseUnknown
            | Rule::LicenseMismatch
            | Rule::IncompatibleLicense
    )
}

/// One `help:` line per rule that fired, so every finding says what to do.
fn write_help(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let mut rules: Vec<Rule> = report.findings.iter().map(|f| f.rule).collect();
    rules.sort();
    rules.dedup();
    for rule in rules {
        writeln!(out, "help [{}]: {}", rule.as_str(), rule.help())?;
    }
    // One ready-to-paste entry, for the most severe finding that has one (all are in the JSON).
    if let Some(finding) = report
        .findings
        .iter()
        .filter(|f| f.remedy.is_some())
        .min_by_key(|f| (f.severity, f.rule))
    {
        let remedy = finding.remedy.as_deref().unwrap_or_default();
        writeln!(
            out,
            "help: once the OSPO agrees, this policy entry settles `{}` (every finding has one in --format json):",
            finding.purl
        )?;
        for line in remedy.lines() {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

fn write_summary(report: &ScanReport, style: Style, out: &mut dyn Write) -> io::Result<()> {
    if let Some(baseline) = &report.baseline {
        writeln!(
            out,
            "baseline {}: {} new, {} fixed, {} unchanged findings (only new ones can fail the gate)",
            baseline.baseline,
            baseline.new.len(),
            baseline.fixed.len(),
            baseline.unchanged
        )?;
    }
    let s = &report.summary;
    let problems = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "{}: {} allowed, {} review, {} denied, {} unknown, {} excepted",
        problems(s.packages, "package"),
        s.allowed,
        s.review,
        s.denied,
        s.unknown,
        s.excepted
    )?;
    let count = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let verdict = match super::status(report) {
        exit::COMPLIANT => style.paint("PASS", "1;32"),
        exit::VIOLATIONS => style.paint("FAIL", "1;31"),
        _ => style.paint("ERROR", "1;31"),
    };
    let mut parts = vec![problems(count(Severity::Error), "violation")];
    let warnings = count(Severity::Warning) + report.warnings.len();
    if warnings > 0 {
        parts.push(problems(warnings, "warning"));
    }
    if !report.errors.is_empty() {
        parts.push(format!(
            "{} (see stderr)",
            problems(report.errors.len(), "input error")
        ));
    }
    writeln!(out, "{verdict}: {}", parts.join(", "))
}
