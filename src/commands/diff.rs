//! `ossdoo diff OLD.json NEW.json`: what changed between two saved reports. Exit 1 when the
//! change introduces a violation (a new finding of severity `error`), else 0.

use std::io::Write;

use crate::baseline::{self, Diff, SnapshotPackage};
use crate::cli::{DiffArgs, DiffFormat};
use crate::exit;
use crate::i18n::tr;

pub fn run(args: &DiffArgs, stdout: &mut dyn Write) -> anyhow::Result<u8> {
    let old = baseline::load(&args.old)?;
    let new = baseline::load(&args.new)?;
    let diff = baseline::diff(&old, &new);
    match args.format {
        DiffFormat::Json => {
            serde_json::to_writer_pretty(&mut *stdout, &diff)?;
            writeln!(stdout)?;
        }
        DiffFormat::Table => write_text(&diff, stdout)?,
        DiffFormat::Markdown => write_markdown(&diff, stdout)?,
    }
    Ok(if diff.introduces_violation() {
        exit::VIOLATIONS
    } else {
        exit::COMPLIANT
    })
}

fn label(p: &SnapshotPackage) -> String {
    format!(
        "{} {} {} ({})",
        p.ecosystem,
        p.name,
        p.version,
        p.license
            .clone()
            .unwrap_or_else(|| tr!("diff-unknown-license"))
    )
}

/// A saved report's severity (`error`) in the current language.
fn severity_word(severity: &str) -> String {
    crate::i18n::lookup(crate::i18n::current(), &format!("severity-{severity}"))
        .unwrap_or_else(|| severity.to_owned())
}

fn write_text(diff: &Diff, out: &mut dyn Write) -> std::io::Result<()> {
    let sections: [(String, Vec<String>); 6] = [
        (
            tr!("diff-license-changes"),
            diff.license_changed
                .iter()
                .map(|(o, n)| baseline::license_change(o, n))
                .collect(),
        ),
        (tr!("diff-added"), diff.added.iter().map(label).collect()),
        (
            tr!("diff-removed"),
            diff.removed.iter().map(label).collect(),
        ),
        (
            tr!("diff-upgraded"),
            diff.upgraded
                .iter()
                .map(|(o, n)| format!("{} {}: {} → {}", n.ecosystem, n.name, o.version, n.version))
                .collect(),
        ),
        (
            tr!("diff-new-findings"),
            diff.new_findings
                .iter()
                .map(|f| {
                    let severity = severity_word(&f.severity);
                    format!("{severity} [{}] {}: {}", f.rule, f.purl, f.message)
                })
                .collect(),
        ),
        (
            tr!("diff-fixed-findings"),
            diff.fixed_findings
                .iter()
                .map(|f| format!("[{}] {}", f.rule, f.purl))
                .collect(),
        ),
    ];
    for (title, lines) in &sections {
        writeln!(
            out,
            "{}",
            tr!("diff-section", title = title, count = lines.len())
        )?;
        for line in lines {
            writeln!(out, "  {line}")?;
        }
    }
    let verdict = if diff.introduces_violation() {
        tr!("diff-verdict-fail")
    } else {
        tr!("diff-verdict-pass")
    };
    writeln!(out, "\n{verdict}")
}

fn write_markdown(diff: &Diff, out: &mut dyn Write) -> std::io::Result<()> {
    let cell = |s: &str| s.replace('|', "\\|");
    let verdict = if diff.introduces_violation() {
        tr!("diff-md-verdict-fail")
    } else {
        tr!("diff-md-verdict-pass")
    };
    writeln!(out, "{verdict}\n")?;
    if !diff.license_changed.is_empty() {
        writeln!(
            out,
            "**{}**\n\n| {} | {} | {} |\n| --- | --- | --- |",
            tr!("diff-md-license-changes"),
            tr!("col-package"),
            tr!("diff-col-from"),
            tr!("diff-col-to")
        )?;
        for (o, n) in &diff.license_changed {
            writeln!(
                out,
                "| {} `{}` | {} `{}` | {} `{}` |",
                n.ecosystem,
                cell(&n.name),
                o.version,
                cell(
                    &o.license
                        .clone()
                        .unwrap_or_else(|| tr!("verdict-word-unknown"))
                ),
                n.version,
                cell(
                    &n.license
                        .clone()
                        .unwrap_or_else(|| tr!("verdict-word-unknown"))
                )
            )?;
        }
        writeln!(out)?;
    }
    if !diff.new_findings.is_empty() {
        writeln!(out, "**{}**\n", tr!("diff-md-new-findings"))?;
        for f in &diff.new_findings {
            writeln!(
                out,
                "- {} `{}` {}: {}",
                severity_word(&f.severity),
                f.rule,
                cell(&f.purl),
                cell(&f.message)
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{}",
        tr!(
            "diff-md-summary",
            added = diff.added.len(),
            removed = diff.removed.len(),
            upgraded = diff.upgraded.len(),
            fixed = diff.fixed_findings.len()
        )
    )
}
