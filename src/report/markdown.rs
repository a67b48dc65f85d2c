//! `--format markdown`: a report sized for a pull-request comment (GitHub-flavoured Markdown).
//!
//! The first line is the verdict (✅ PASS, ❌ FAIL or ⚠️ ERROR, as the exit code says), then the
//! counts; "Needs attention" lists every package that is not allowed or ignored, violations first,
//! with the rule and message that decided it (a group of repeated findings, `super::groups`, is
//! one row with its packages in a `<details>`); then up to `MAX_REMEDIES` ready-to-paste policy
//! entries (one per group first), findings about the policy itself, input errors and warnings;
//! last, every package in a collapsed `<details>` table. Table cells escape `|` and backticks and hold no line breaks.
//!
//! A comment on GitHub holds at most 65,536 characters, so the report stays under [`MAX_BYTES`]:
//! when the whole report is longer, the collapsed table lists as many packages as fit, and when
//! even that is too long, every list is cut to the same number of rows. A cut list ends with how
//! many rows it left out and where to find them.

use std::io::{self, Write};

use super::groups::Row;
use super::{Group, ScanReport};
use crate::exit;
use crate::i18n::tr;
use crate::model::{Diagnostic, display_path};
use crate::policy::eval::{Evaluated, Severity, Verdict};

/// How many remedies the comment shows; the rest are in the JSON report.
const MAX_REMEDIES: usize = 10;

/// The most bytes the report takes: under GitHub's 65,536-character comment limit, with room for
/// a heading a workflow may add.
pub const MAX_BYTES: usize = 60_000;

/// The fewest bytes a row of any list takes (`| x | y | z | w | v | u |` and a line break).
const MIN_ROW_BYTES: usize = 24;

/// How many rows each list may show.
#[derive(Debug, Clone, Copy)]
struct Limits {
    /// Rows of the collapsed table of every package.
    packages: usize,
    /// Rows of every other list (needs attention, policy findings, input errors, warnings).
    rows: usize,
}

impl Limits {
    const NONE: Limits = Limits {
        packages: usize::MAX,
        rows: usize::MAX,
    };
}

/// Writes the report as Markdown, at most [`MAX_BYTES`] long.
pub fn render(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let text = render_within(report, MAX_BYTES)?;
    out.write_all(text.as_bytes())
}

/// The whole report when it fits in `max_bytes`; else the longest cut one that fits: first fewer
/// rows of the collapsed package table, then fewer rows in every list.
fn render_within(report: &ScanReport, max_bytes: usize) -> io::Result<String> {
    let whole = render_limited(report, Limits::NONE)?;
    if whole.len() <= max_bytes {
        return Ok(whole);
    }
    let fits = |limits| -> io::Result<Option<String>> {
        let text = render_limited(report, limits)?;
        Ok((text.len() <= max_bytes).then_some(text))
    };
    let longest = |limit: &dyn Fn(usize) -> Limits, most: usize| -> io::Result<Option<String>> {
        // Nothing fits when even no rows do.
        let Some(none) = fits(limit(0))? else {
            return Ok(None);
        };
        // Binary search for the largest count that fits: the text grows with the count, and a
        // row takes at least MIN_ROW_BYTES, which bounds the count.
        let (mut low, mut high, mut best) = (1, most.min(max_bytes / MIN_ROW_BYTES), Some(none));
        while low <= high {
            let mid = low + (high - low) / 2;
            match fits(limit(mid))? {
                Some(text) => {
                    best = Some(text);
                    low = mid + 1;
                }
                None => high = mid - 1,
            }
        }
        Ok(best)
    };
    let packages = |n| Limits {
        packages: n,
        rows: usize::MAX,
    };
    if let Some(text) = longest(&packages, report.packages.len())? {
        return Ok(text);
    }
    let rows = |n| Limits {
        packages: 0,
        rows: n,
    };
    let most = report
        .packages
        .len()
        .max(report.findings.len())
        .max(report.errors.len())
        .max(report.warnings.len());
    match longest(&rows, most)? {
        Some(text) => Ok(text),
        // Even the verdict and the remedies alone are too long: say so rather than break the limit.
        None => render_limited(
            report,
            Limits {
                packages: 0,
                rows: 0,
            },
        ),
    }
}

/// Renders the report with each list cut to `limits`.
fn render_limited(report: &ScanReport, limits: Limits) -> io::Result<String> {
    let mut buffer = Vec::new();
    let out = &mut buffer;
    write_verdict(report, out)?;
    write_attention(report, limits.rows, out)?;
    write_remedies(report, out)?;
    write_policy_findings(report, limits.rows, out)?;
    write_diagnostics(
        &tr!("report-input-errors"),
        &report.errors,
        limits.rows,
        out,
    )?;
    write_diagnostics(&tr!("report-warnings"), &report.warnings, limits.rows, out)?;
    write_all_packages(report, limits.packages, out)?;
    Ok(String::from_utf8(buffer).expect("the renderer writes UTF-8"))
}

/// The line that ends a cut list.
fn write_cut(shown: usize, total: usize, out: &mut dyn Write) -> io::Result<()> {
    if shown < total {
        writeln!(out, "\n{}", tr!("md-cut", count = total - shown))?;
    }
    Ok(())
}

/// The verdict line and the counts.
fn write_verdict(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let verdict = match super::status(report) {
        exit::COMPLIANT => format!("✅ {}", tr!("verdict-pass")),
        exit::VIOLATIONS => format!("❌ {}", tr!("verdict-fail")),
        _ => format!("⚠️ {}", tr!("verdict-error")),
    };
    let count = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let s = &report.summary;
    let mut parts = vec![tr!("table-violations", count = count(Severity::Error))];
    let warnings = count(Severity::Warning) + report.warnings.len();
    if warnings > 0 {
        parts.push(tr!("table-warnings", count = warnings));
    }
    if !report.errors.is_empty() {
        parts.push(tr!("report-input-error-count", count = report.errors.len()));
    }
    writeln!(
        out,
        "### {}",
        tr!(
            "table-verdict-line",
            verdict = verdict,
            parts = parts.join(", ")
        )
    )?;
    writeln!(
        out,
        "\n{}",
        tr!(
            "md-counts",
            packages = tr!("report-packages", count = s.packages),
            allowed = s.allowed,
            review = s.review,
            denied = s.denied,
            unknown = s.unknown,
            excepted = s.excepted,
            ignored = s.ignored,
            policy = cell(&report.policy_name),
            source = cell(&report.policy_source),
            root = cell(&report.root),
            version = env!("CARGO_PKG_VERSION"),
        )
    )
}

/// A table's header row and its separator row, from catalogue ids.
fn header(ids: &[&str]) -> String {
    let names: Vec<String> = ids.iter().map(|id| crate::i18n::text(id)).collect();
    format!("| {} |\n|{}", names.join(" | "), " --- |".repeat(ids.len()))
}

/// The packages that are not allowed or ignored, most severe first.
fn write_attention(report: &ScanReport, limit: usize, out: &mut dyn Write) -> io::Result<()> {
    let mut shown: Vec<&Evaluated> = report
        .packages
        .iter()
        .filter(|p| !matches!(p.verdict, Verdict::Allowed | Verdict::Ignored))
        .collect();
    if shown.is_empty() {
        return Ok(());
    }
    shown.sort_by_key(|p| p.verdict);
    writeln!(
        out,
        "\n#### {}\n",
        tr!("table-needs-attention", count = shown.len())
    )?;
    writeln!(
        out,
        "{}",
        header(&[
            "col-verdict",
            "col-package",
            "col-version",
            "col-license",
            "col-scope",
            "col-why"
        ])
    )?;
    // Each group of repeated findings is one row, its members in a `<details>`.
    let rows = super::groups::fold(report, &shown);
    for row in rows.iter().take(limit) {
        let (evaluated, name, version, scope) = match *row {
            Row::Package(evaluated) => {
                let package = &evaluated.resolved.package;
                (
                    evaluated,
                    cell(&package.name),
                    cell(&package.version),
                    super::scope_label(evaluated),
                )
            }
            Row::Group(group) => {
                let (members, scopes) = report.group_members(group);
                (
                    members[0],
                    group_cell(group, &members),
                    String::new(),
                    scopes,
                )
            }
        };
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            evaluated.verdict.label(),
            name,
            version,
            cell(&license(evaluated)),
            scope,
            why(report, evaluated),
        )?;
    }
    write_cut(limit.min(rows.len()), rows.len(), out)
}

/// A group's package cell: its family and count as a `<details>` summary over every member
/// (`name version`, one a line), on one line as a table cell needs.
fn group_cell(group: &Group, members: &[&Evaluated]) -> String {
    let names: Vec<String> = members
        .iter()
        .map(|p| {
            let package = &p.resolved.package;
            cell(&super::html::escape(&format!(
                "{} {}",
                package.name, package.version
            )))
        })
        .collect();
    format!(
        "<details><summary>{}</summary>{}</details>",
        cell(&super::html::escape(&tr!(
            "group-name",
            family = &group.family,
            packages = tr!("report-packages", count = members.len())
        ))),
        names.join("<br>")
    )
}

/// The concluded license, else `?` and what was declared.
fn license(evaluated: &Evaluated) -> String {
    match (
        evaluated.resolved.license_text(),
        &evaluated.resolved.package.declared,
    ) {
        (Some(license), _) => license,
        (None, Some(declared)) => format!("? {}", tr!("table-declared", declared = declared)),
        (None, None) => "?".to_owned(),
    }
}

/// Why the package got its verdict: its most severe finding (rule id in a code span, and the
/// message), its exception, or why it is ignored; as an escaped table cell.
fn why(report: &ScanReport, evaluated: &Evaluated) -> String {
    if let Some(reason) = &evaluated.ignored {
        return cell(reason);
    }
    if let Some(finding) = report
        .findings_for(&evaluated.resolved.package.purl)
        .first()
    {
        return tr!(
            "md-labelled",
            label = format!("`{}`", finding.rule.as_str()),
            text = cell(&finding.message)
        );
    }
    match &evaluated.exception {
        Some(exception) => match &exception.ticket {
            Some(ticket) => cell(&tr!(
                "report-exception-ticket-reason",
                ticket = ticket,
                reason = &exception.reason
            )),
            None => cell(&tr!("report-exception-reason", reason = &exception.reason)),
        },
        None => String::new(),
    }
}

/// A table cell: backslashes, `|` and backticks escaped, line breaks as spaces.
pub fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('`', "\\`")
        .replace(['\r', '\n'], " ")
}

/// Each finding's ready-to-paste policy entry, at most [`MAX_REMEDIES`]: a group of repeated
/// findings has one entry for all its packages, and groups come first; then most severe first.
fn write_remedies(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let mut placed = std::collections::HashSet::new();
    let mut remedies: Vec<(&crate::policy::eval::Finding, Option<&Group>)> = Vec::new();
    for finding in report.findings.iter().filter(|f| f.remedy.is_some()) {
        match report.group_of_finding(finding) {
            Some(group) => {
                if placed.insert(group.pattern.as_str()) {
                    remedies.push((finding, Some(group)));
                }
            }
            None => remedies.push((finding, None)),
        }
    }
    if remedies.is_empty() {
        return Ok(());
    }
    // A group's entry settles several findings at once: groups first, then most severe first.
    remedies.sort_by_key(|(f, group)| (group.is_none(), f.severity, f.rule));
    writeln!(
        out,
        "\n#### {}\n\n{}",
        tr!("md-remedies"),
        tr!("md-remedies-intro")
    )?;
    for (finding, group) in remedies.iter().take(MAX_REMEDIES) {
        let (label, remedy) = match group {
            Some(group) => (
                tr!(
                    "md-remedy-for-group",
                    count = group.members.len(),
                    pattern = group.pattern.replace('`', "'"),
                    rule = group.rule.as_str()
                ),
                group.remedy.as_str(),
            ),
            None => (
                tr!(
                    "md-remedy-for",
                    purl = finding.purl.replace('`', "'"),
                    rule = finding.rule.as_str()
                ),
                finding.remedy.as_deref().unwrap_or_default(),
            ),
        };
        let fence = fence_for(remedy);
        writeln!(
            out,
            "\n{label}\n\n{fence}toml\n{}\n{fence}",
            remedy.trim_end()
        )?;
    }
    if remedies.len() > MAX_REMEDIES {
        writeln!(
            out,
            "\n{}",
            tr!("md-more-remedies", count = remedies.len() - MAX_REMEDIES)
        )?;
    }
    Ok(())
}

/// A code fence longer than any run of backticks in the text.
fn fence_for(text: &str) -> String {
    let longest = text
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    "`".repeat(longest.max(2) + 1)
}

/// Findings about the policy or the repository, which no package row shows.
fn write_policy_findings(report: &ScanReport, limit: usize, out: &mut dyn Write) -> io::Result<()> {
    let findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| report.package_of(f).is_none())
        .collect();
    if findings.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n#### {}\n", tr!("md-policy-findings"))?;
    for finding in findings.iter().take(limit) {
        writeln!(
            out,
            "- {}",
            tr!(
                "md-labelled",
                label = format!(
                    "**{}** `{}`",
                    finding.severity.label(),
                    finding.rule.as_str()
                ),
                text = line(&finding.message)
            )
        )?;
    }
    write_cut(limit.min(findings.len()), findings.len(), out)
}

/// A list of diagnostics under a heading, when there are any.
fn write_diagnostics(
    title: &str,
    diagnostics: &[Diagnostic],
    limit: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    if diagnostics.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n#### {title}\n")?;
    for diagnostic in diagnostics.iter().take(limit) {
        writeln!(
            out,
            "- {}",
            tr!(
                "md-labelled",
                label = format!("`{}`", display_path(&diagnostic.path).replace('`', "'")),
                text = line(&diagnostic.message)
            )
        )?;
    }
    write_cut(limit.min(diagnostics.len()), diagnostics.len(), out)
}

/// Text for a list item: on one line.
fn line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// Every package, collapsed.
fn write_all_packages(report: &ScanReport, limit: usize, out: &mut dyn Write) -> io::Result<()> {
    if report.packages.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\n<details><summary>{}</summary>\n",
        tr!("md-all-packages", count = report.packages.len())
    )?;
    if limit == 0 {
        write_cut(0, report.packages.len(), out)?;
        return writeln!(out, "\n</details>");
    }
    writeln!(
        out,
        "{}",
        header(&[
            "col-verdict",
            "report-col-ecosystem",
            "col-package",
            "col-version",
            "col-license",
            "col-scope"
        ])
    )?;
    for evaluated in report.packages.iter().take(limit) {
        let package = &evaluated.resolved.package;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            evaluated.verdict.label(),
            package.ecosystem.as_str(),
            cell(&package.name),
            cell(&package.version),
            cell(&license(evaluated)),
            super::scope_label(evaluated),
        )?;
    }
    write_cut(limit.min(report.packages.len()), report.packages.len(), out)?;
    writeln!(out, "\n</details>")
}

#[cfg(test)]
mod tests {
    use super::{cell, fence_for};

    #[test]
    fn cells_escape_pipes_and_backticks() {
        assert_eq!(cell("a|b"), "a\\|b");
        assert_eq!(cell("`x` y"), "\\`x\\` y");
        assert_eq!(cell("two\nlines"), "two lines");
    }

    #[test]
    fn fences_outgrow_backticks() {
        assert_eq!(fence_for("plain"), "```");
        assert_eq!(fence_for("has ```` four"), "`````");
    }
}
