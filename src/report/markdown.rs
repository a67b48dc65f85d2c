//! `--format markdown`: a report sized for a pull-request comment (GitHub-flavoured Markdown).
//!
//! The first line is the verdict (✅ PASS, ❌ FAIL or ⚠️ ERROR, as the exit code says), then the
//! counts; "Needs attention" lists every package that is not allowed or ignored, violations first,
//! with the rule and message that decided it; then up to [`MAX_REMEDIES`] ready-to-paste policy
//! entries, findings about the policy itself, input errors and warnings; last, every package in a
//! collapsed `<details>` table. Table cells escape `|` and backticks and hold no line breaks.

use std::io::{self, Write};

use super::ScanReport;
use crate::exit;
use crate::model::{Diagnostic, display_path};
use crate::policy::eval::{Evaluated, Severity, Verdict};

/// How many remedies the comment shows; the rest are in the JSON report.
const MAX_REMEDIES: usize = 10;

/// Writes the report as Markdown.
pub fn render(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    write_verdict(report, out)?;
    write_attention(report, out)?;
    write_remedies(report, out)?;
    write_policy_findings(report, out)?;
    write_diagnostics("Input errors", &report.errors, out)?;
    write_diagnostics("Warnings", &report.warnings, out)?;
    write_all_packages(report, out)
}

/// The verdict line and the counts.
fn write_verdict(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let verdict = match exit::status(report) {
        exit::COMPLIANT => "✅ PASS",
        exit::VIOLATIONS => "❌ FAIL",
        _ => "⚠️ ERROR",
    };
    let count = |severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let s = &report.summary;
    let mut parts = vec![plural(count(Severity::Error), "violation")];
    let warnings = count(Severity::Warning) + report.warnings.len();
    if warnings > 0 {
        parts.push(plural(warnings, "warning"));
    }
    if !report.errors.is_empty() {
        parts.push(plural(report.errors.len(), "input error"));
    }
    writeln!(out, "### {verdict}: {}", parts.join(", "))?;
    writeln!(
        out,
        "\n**{}**: {} allowed, {} review, {} denied, {} unknown, {} excepted, {} ignored · policy \"{}\" (`{}`) · `{}` · ossdoo {}",
        plural(s.packages, "package"),
        s.allowed,
        s.review,
        s.denied,
        s.unknown,
        s.excepted,
        s.ignored,
        cell(&report.policy_name),
        cell(&report.policy_source),
        cell(&report.root),
        env!("CARGO_PKG_VERSION"),
    )
}

/// `1 package`, `2 packages`.
fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// The packages that are not allowed or ignored, most severe first.
fn write_attention(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let mut shown: Vec<&Evaluated> = report
        .packages
        .iter()
        .filter(|p| !matches!(p.verdict, Verdict::Allowed | Verdict::Ignored))
        .collect();
    if shown.is_empty() {
        return Ok(());
    }
    shown.sort_by_key(|p| p.verdict);
    writeln!(out, "\n#### Needs attention ({})\n", shown.len())?;
    writeln!(
        out,
        "| verdict | package | version | license | scope | why |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- | --- |")?;
    for evaluated in shown {
        let package = &evaluated.resolved.package;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            evaluated.verdict.as_str(),
            cell(&package.name),
            cell(&package.version),
            cell(&license(evaluated)),
            scope(evaluated),
            why(report, evaluated),
        )?;
    }
    Ok(())
}

/// The concluded license, else `?` and what was declared.
fn license(evaluated: &Evaluated) -> String {
    match (
        evaluated.resolved.license_text(),
        &evaluated.resolved.package.declared,
    ) {
        (Some(license), _) => license,
        (None, Some(declared)) => format!("? (declared \"{declared}\")"),
        (None, None) => "?".to_owned(),
    }
}

/// The scope, marked when direct.
fn scope(evaluated: &Evaluated) -> String {
    let package = &evaluated.resolved.package;
    if package.direct {
        format!("{} (direct)", package.scope.as_str())
    } else {
        package.scope.as_str().to_owned()
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
        return format!("`{}`: {}", finding.rule.as_str(), cell(&finding.message));
    }
    match &evaluated.exception {
        Some(exception) => match &exception.ticket {
            Some(ticket) => cell(&format!("exception {ticket}: {}", exception.reason)),
            None => cell(&format!("approved exception: {}", exception.reason)),
        },
        None => String::new(),
    }
}

/// A table cell: backslashes, `|` and backticks escaped, line breaks as spaces.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('`', "\\`")
        .replace(['\r', '\n'], " ")
}

/// Each finding's ready-to-paste policy entry, most severe first, at most [`MAX_REMEDIES`].
fn write_remedies(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let mut remedies: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.remedy.is_some())
        .collect();
    if remedies.is_empty() {
        return Ok(());
    }
    remedies.sort_by_key(|f| (f.severity, f.rule));
    writeln!(
        out,
        "\n#### Remedies\n\nOnce the OSPO agrees, each entry below settles its finding in the policy file."
    )?;
    for finding in remedies.iter().take(MAX_REMEDIES) {
        let remedy = finding.remedy.as_deref().unwrap_or_default();
        let fence = fence_for(remedy);
        writeln!(
            out,
            "\n`{}` ({}):\n\n{fence}toml\n{}\n{fence}",
            finding.purl.replace('`', "'"),
            finding.rule.as_str(),
            remedy.trim_end()
        )?;
    }
    if remedies.len() > MAX_REMEDIES {
        writeln!(
            out,
            "\n…and {} more in the JSON report (`--format json`).",
            remedies.len() - MAX_REMEDIES
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
fn write_policy_findings(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| report.package_of(f).is_none())
        .collect();
    if findings.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n#### Policy and repository\n")?;
    for finding in findings {
        writeln!(
            out,
            "- **{}** `{}`: {}",
            finding.severity.as_str(),
            finding.rule.as_str(),
            line(&finding.message)
        )?;
    }
    Ok(())
}

/// A list of diagnostics under a heading, when there are any.
fn write_diagnostics(
    title: &str,
    diagnostics: &[Diagnostic],
    out: &mut dyn Write,
) -> io::Result<()> {
    if diagnostics.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n#### {title}\n")?;
    for diagnostic in diagnostics {
        writeln!(
            out,
            "- `{}`: {}",
            display_path(&diagnostic.path).replace('`', "'"),
            line(&diagnostic.message)
        )?;
    }
    Ok(())
}

/// Text for a list item: on one line.
fn line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// Every package, collapsed.
fn write_all_packages(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    if report.packages.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\n<details><summary>All {}</summary>\n",
        plural(report.packages.len(), "package")
    )?;
    writeln!(
        out,
        "| verdict | ecosystem | package | version | license | scope |"
    )?;
    writeln!(out, "| --- | --- | --- | --- | --- | --- |")?;
    for evaluated in &report.packages {
        let package = &evaluated.resolved.package;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            evaluated.verdict.as_str(),
            package.ecosystem.as_str(),
            cell(&package.name),
            cell(&package.version),
            cell(&license(evaluated)),
            scope(evaluated),
        )?;
    }
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
