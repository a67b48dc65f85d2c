//! `ossdoo diff OLD.json NEW.json`: what changed between two saved reports. Exit 1 when the
//! change introduces a violation (a new finding of severity `error`), else 0.

use std::io::Write;

use crate::baseline::{self, Diff, SnapshotPackage};
use crate::cli::{DiffArgs, DiffFormat};
use crate::exit;

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
        p.license.as_deref().unwrap_or("unknown license")
    )
}

fn write_text(diff: &Diff, out: &mut dyn Write) -> std::io::Result<()> {
    let sections: [(&str, Vec<String>); 6] = [
        (
            "license changes",
            diff.license_changed
                .iter()
                .map(|(o, n)| baseline::license_change(o, n))
                .collect(),
        ),
        ("added", diff.added.iter().map(label).collect()),
        ("removed", diff.removed.iter().map(label).collect()),
        (
            "upgraded",
            diff.upgraded
                .iter()
                .map(|(o, n)| format!("{} {}: {} → {}", n.ecosystem, n.name, o.version, n.version))
                .collect(),
        ),
        (
            "new findings",
            diff.new_findings
                .iter()
                .map(|f| format!("{} [{}] {}: {}", f.severity, f.rule, f.purl, f.message))
                .collect(),
        ),
        (
            "fixed findings",
            diff.fixed_findings
                .iter()
                .map(|f| format!("[{}] {}", f.rule, f.purl))
                .collect(),
        ),
    ];
    for (title, lines) in &sections {
        writeln!(out, "{title} ({}):", lines.len())?;
        for line in lines {
            writeln!(out, "  {line}")?;
        }
    }
    let verdict = if diff.introduces_violation() {
        "FAIL: the change introduces a violation"
    } else {
        "PASS: no new violation"
    };
    writeln!(out, "\n{verdict}")
}

fn write_markdown(diff: &Diff, out: &mut dyn Write) -> std::io::Result<()> {
    let cell = |s: &str| s.replace('|', "\\|");
    let verdict = if diff.introduces_violation() {
        "❌ **ossdoo**: this change introduces a license violation"
    } else {
        "✅ **ossdoo**: no new license violation"
    };
    writeln!(out, "{verdict}\n")?;
    if !diff.license_changed.is_empty() {
        writeln!(
            out,
            "**License changes**\n\n| package | from | to |\n| --- | --- | --- |"
        )?;
        for (o, n) in &diff.license_changed {
            writeln!(
                out,
                "| {} `{}` | {} `{}` | {} `{}` |",
                n.ecosystem,
                cell(&n.name),
                o.version,
                cell(o.license.as_deref().unwrap_or("unknown")),
                n.version,
                cell(n.license.as_deref().unwrap_or("unknown"))
            )?;
        }
        writeln!(out)?;
    }
    if !diff.new_findings.is_empty() {
        writeln!(out, "**New findings**\n")?;
        for f in &diff.new_findings {
            writeln!(
                out,
                "- {} `{}` {}: {}",
                f.severity,
                f.rule,
                cell(&f.purl),
                cell(&f.message)
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} added, {} removed, {} upgraded, {} findings fixed.",
        diff.added.len(),
        diff.removed.len(),
        diff.upgraded.len(),
        diff.fixed_findings.len()
    )
}
