//! The human report: what was scanned, what needs attention (violations first), and the verdict.
//!
//! Input errors and warnings go to stderr (they are diagnostics, not results); this renderer
//! only counts them in its closing line.

use std::io::{self, Write};

use crate::i18n::tr;
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

use super::groups::Row;
use super::{Group, RenderOptions, ScanReport};
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
        "{}",
        tr!(
            "table-header",
            tool = env!("CARGO_PKG_NAME"),
            version = env!("CARGO_PKG_VERSION"),
            policy = &report.policy_name,
            source = &report.policy_source,
            root = &report.root,
        )
    )?;
    if let Some(platform) = report.system.as_ref().and_then(|s| s.platform.as_deref()) {
        writeln!(out, "{}", tr!("table-image-for", platform = platform))?;
    }
    if !report.projects.is_empty() {
        writeln!(
            out,
            "\n{}",
            style.heading(&tr!("table-projects", count = report.projects.len()))
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
            tr!("table-packages", count = shown.len())
        } else {
            tr!("table-needs-attention", count = shown.len())
        };
        writeln!(out, "\n{}", style.heading(&title))?;
        // Every package with --all; else each group of repeated findings is one row.
        let rows = if options.all {
            shown.iter().map(|&p| Row::Package(p)).collect()
        } else {
            super::groups::fold(report, &shown)
        };
        writeln!(
            out,
            "{}",
            packages_table(&rows, report, style, options.show_branch)
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
        tr!("col-kind"),
        tr!("col-manifest"),
        tr!("col-lockfile"),
        tr!("col-own-packages"),
        tr!("col-dependencies"),
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
                    .map_or_else(|| tr!("table-no-license"), str::to_owned);
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

fn packages_table(rows: &[Row], report: &ScanReport, style: Style, show_branch: bool) -> Table {
    let mut table = style.table();
    let mut header: Vec<String> = [
        "col-verdict",
        "col-package",
        "col-version",
        "col-license",
        "col-scope",
        "col-why",
        "col-manifest",
    ]
    .into_iter()
    .map(crate::i18n::text)
    .collect();
    if show_branch {
        header.insert(4, tr!("col-decided-by"));
    }
    table.set_header(header);
    for row in rows {
        let (evaluated, name, version, scope, manifest) = match *row {
            Row::Package(evaluated) => {
                let package = &evaluated.resolved.package;
                (
                    evaluated,
                    package.name.clone(),
                    package.version.clone(),
                    super::scope_label(evaluated),
                    manifests(&package.manifests),
                )
            }
            Row::Group(group) => {
                let (members, scopes) = report.group_members(group);
                let mut all: Vec<std::path::PathBuf> = members
                    .iter()
                    .flat_map(|p| p.resolved.package.manifests.iter().cloned())
                    .collect();
                all.sort();
                all.dedup();
                (
                    members[0],
                    group_name(group, &members),
                    String::new(),
                    scopes,
                    manifests(&all),
                )
            }
        };
        let package = &evaluated.resolved.package;
        let license = match (evaluated.resolved.license_text(), &package.declared) {
            (Some(license), _) => license + marker(evaluated.resolved.source),
            (None, Some(declared)) => format!("? {}", tr!("table-declared", declared = declared)),
            (None, None) => "?".to_owned(),
        };
        let mut verdict = Cell::new(evaluated.verdict.label());
        if style.color {
            verdict = verdict
                .fg(verdict_color(evaluated.verdict))
                .add_attribute(Attribute::Bold);
        }
        let mut row = vec![
            verdict,
            Cell::new(name),
            Cell::new(version),
            Cell::new(license),
            Cell::new(scope),
            Cell::new(why(evaluated, finding_for(report, &package.purl))),
            Cell::new(manifest),
        ];
        if show_branch {
            row.insert(4, Cell::new(evaluated.decided_by.join(" AND ")));
        }
        table.add_row(row);
    }
    table
}

/// How many members a group's row names before "and N more".
const GROUP_NAMES: usize = 3;

/// A group's package cell: its family and count, its first members, how many more.
fn group_name(group: &Group, members: &[&Evaluated]) -> String {
    let mut lines = vec![tr!(
        "group-name",
        family = &group.family,
        packages = tr!("report-packages", count = members.len())
    )];
    lines.extend(members.iter().take(GROUP_NAMES).map(|p| {
        let package = &p.resolved.package;
        format!("{} {}", package.name, package.version)
    }));
    if members.len() > GROUP_NAMES {
        lines.push(tr!("group-more", count = members.len() - GROUP_NAMES));
    }
    lines.join("\n")
}

fn finding_for<'a>(report: &'a ScanReport, purl: &str) -> Option<&'a Finding> {
    report
        .findings
        .iter()
        .find(|f| f.purl == purl && f.rule.judges_a_package())
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
            Some(ticket) => tr!("why-exception-ticket", ticket = ticket),
            None => tr!("why-exception"),
        };
    }
    match finding.map(|f| f.rule) {
        Some(Rule::LicenseDenied) => tr!("why-denied"),
        Some(Rule::IncompatibleLicense) => tr!("why-incompatible"),
        Some(Rule::LicenseNotListed) => tr!("why-not-listed"),
        Some(Rule::LicenseReview) => tr!("why-review"),
        Some(Rule::LicenseMismatch) => tr!("why-mismatch"),
        Some(Rule::LicenseUnknown) => {
            let evidence = &evaluated.resolved.evidence;
            if evidence.iter().any(|e| e.kind == EvidenceKind::Ambiguous) {
                tr!("why-ambiguous")
            } else if evaluated.resolved.package.declared.is_some() {
                tr!("why-not-known")
            } else if !evaluated.resolved.package.license_files.is_empty() {
                tr!("why-file-not-recognised")
            } else if evaluated.resolved.package.source_dir.is_some() {
                tr!("why-none-found")
            } else if evaluated.resolved.package.not_found.is_some() {
                // The package's own files were not read: it may well declare one.
                tr!("why-not-installed")
            } else {
                tr!("why-none-declared")
            }
        }
        _ => String::new(),
    }
}

fn manifests(manifests: &[std::path::PathBuf]) -> String {
    match manifests {
        [] => String::new(),
        [one] => display_path(one),
        [first, rest @ ..] => tr!(
            "table-more-manifests",
            first = display_path(first),
            count = rest.len()
        ),
    }
}

/// Explains the license markers that appear in the table.
fn write_legend(shown: &[&Evaluated], out: &mut dyn Write) -> io::Result<()> {
    let has = |source| shown.iter().any(|p| p.resolved.source == source);
    if has(LicenseSource::Normalized) {
        writeln!(out, "{}", tr!("legend-normalized"))?;
    }
    if has(LicenseSource::Detected) {
        writeln!(out, "{}", tr!("legend-detected"))?;
    }
    if has(LicenseSource::Clarified) {
        writeln!(out, "{}", tr!("legend-clarified"))?;
    }
    Ok(())
}

/// Findings about the policy itself (an unused or expired exception), which no package row shows.
fn write_policy_findings(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    for finding in report
        .findings
        .iter()
        .filter(|f| !f.rule.judges_a_package())
    {
        let line = tr!(
            "table-policy-finding",
            severity = finding.severity.label(),
            rule = finding.rule.as_str(),
            message = &finding.message
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// One `help:` line per rule that fired, so every finding says what to do.
fn write_help(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let mut rules: Vec<Rule> = report.findings.iter().map(|f| f.rule).collect();
    rules.sort();
    rules.dedup();
    for rule in rules {
        writeln!(
            out,
            "{}",
            tr!("help-rule", rule = rule.as_str(), text = rule.help())
        )?;
    }
    // One entry per group of repeated findings, settling all its packages.
    for group in report.groups() {
        writeln!(
            out,
            "{}",
            tr!(
                "help-remedy-group",
                count = group.members.len(),
                pattern = &group.pattern,
                rule = group.rule.as_str()
            )
        )?;
        for line in group.remedy.lines() {
            writeln!(out, "  {line}")?;
        }
    }
    // One ready-to-paste entry, for the most severe finding outside the groups that has one (all
    // are in the JSON).
    if let Some(finding) = report
        .findings
        .iter()
        .filter(|f| f.remedy.is_some() && report.group_of_finding(f).is_none())
        .min_by_key(|f| (f.severity, f.rule))
    {
        let remedy = finding.remedy.as_deref().unwrap_or_default();
        writeln!(out, "{}", tr!("help-remedy", purl = &finding.purl))?;
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
            "{}",
            tr!(
                "summary-baseline",
                baseline = &baseline.baseline,
                new = baseline.new.len(),
                fixed = baseline.fixed.len(),
                unchanged = baseline.unchanged,
            )
        )?;
    }
    let s = &report.summary;
    writeln!(
        out,
        "{}",
        tr!(
            "summary-packages",
            count = s.packages,
            allowed = s.allowed,
            review = s.review,
            denied = s.denied,
            unknown = s.unknown,
            excepted = s.excepted,
        )
    )?;
    let count = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let verdict = match super::status(report) {
        exit::COMPLIANT => style.paint(&tr!("verdict-pass"), "1;32"),
        exit::VIOLATIONS => style.paint(&tr!("verdict-fail"), "1;31"),
        _ => style.paint(&tr!("verdict-error"), "1;31"),
    };
    let mut parts = vec![tr!("table-violations", count = count(Severity::Error))];
    let warnings = count(Severity::Warning) + report.warnings.len();
    if warnings > 0 {
        parts.push(tr!("table-warnings", count = warnings));
    }
    if !report.errors.is_empty() {
        parts.push(tr!("table-input-errors", count = report.errors.len()));
    }
    writeln!(
        out,
        "{}",
        tr!(
            "table-verdict-line",
            verdict = verdict,
            parts = parts.join(", ")
        )
    )
}
