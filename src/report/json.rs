//! `--format json`: the stable machine-readable report, schema version 1.
//!
//! Typed serde structs, not ad-hoc values, so the schema is visible in one place. Every list is
//! sorted and nothing depends on time or the machine: the same input gives the same bytes.
//! Documented in `docs/output-formats.md`.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use super::{ScanReport, Summary};
use crate::model::display_path;
use crate::policy::eval::Verdict;

/// Bumped on any incompatible change to the shape below.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    tool: Tool,
    root: &'a str,
    policy: PolicyRef<'a>,
    summary: Summary,
    projects: Vec<JsonProject<'a>>,
    /// Filled in apart, in parallel batches ([`write_array`]): a 150,000-package report never
    /// holds its JSON form whole.
    packages: Slot,
    findings: Slot,
    errors: Vec<JsonDiagnostic<'a>>,
    warnings: Vec<JsonDiagnostic<'a>>,
    /// Present with `--baseline`: the findings that are new and fixed since the baseline.
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<&'a crate::baseline::Comparison>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct PolicyRef<'a> {
    name: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonProject<'a> {
    kind: &'static str,
    manifest: String,
    lockfile: Option<String>,
    members: Vec<JsonMember<'a>>,
    packages: usize,
}

#[derive(Serialize)]
struct JsonMember<'a> {
    name: &'a str,
    version: &'a str,
    declared: Option<&'a str>,
    license: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonPackage<'a> {
    ecosystem: &'static str,
    name: &'a str,
    version: &'a str,
    purl: &'a str,
    scope: &'static str,
    direct: bool,
    declared: Option<&'a str>,
    license: Option<String>,
    license_source: &'static str,
    evidence: &'a [crate::license::Evidence],
    verdict: &'static str,
    /// The branch of the license expression that satisfied the policy (allowed or excepted).
    satisfied_by: Option<String>,
    /// The terms that failed it (denied or review).
    failing_terms: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exception: Option<JsonException<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ignored: Option<&'a str>,
    manifests: Vec<String>,
}

#[derive(Serialize)]
struct JsonException<'a> {
    package: &'a str,
    license: &'a str,
    reason: &'a str,
    approved_by: Option<&'a str>,
    ticket: Option<&'a str>,
    expires: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'static str,
    severity: &'static str,
    purl: &'a str,
    message: &'a str,
    remedy: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    path: String,
    message: &'a str,
}

/// Where a list rendered apart goes: written as `[]` and replaced by [`render`].
struct Slot;

impl Serialize for Slot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(std::iter::empty::<()>())
    }
}

/// Writes the report as pretty-printed JSON followed by a newline.
pub fn render(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    let json = JsonReport {
        schema_version: SCHEMA_VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        root: &report.root,
        policy: PolicyRef {
            name: &report.policy_name,
            source: &report.policy_source,
        },
        summary: report.summary,
        projects: report.projects.iter().map(project).collect(),
        packages: Slot,
        findings: Slot,
        errors: report.errors.iter().map(diagnostic).collect(),
        warnings: report.warnings.iter().map(diagnostic).collect(),
        baseline: report.baseline.as_ref(),
    };
    let mut document = Vec::new();
    serde_json::to_writer_pretty(&mut document, &json)?;
    // The top-level `"packages": []` and `"findings": []` (two spaces in: nothing else is at that
    // depth), filled with the lists rendered apart.
    let mut rest: &[u8] = &document;
    for name in ["packages", "findings"] {
        let slot = format!("\n  \"{name}\": []");
        let at = rest
            .windows(slot.len())
            .position(|w| w == slot.as_bytes())
            .map(|at| at + slot.len() - 2)
            .ok_or_else(|| io::Error::other(format!("the {name} slot is missing")))?;
        out.write_all(&rest[..at])?;
        match name {
            "packages" => write_array(&report.packages, package, out)?,
            _ => write_array(&report.findings, finding, out)?,
        }
        rest = &rest[at + 2..];
    }
    out.write_all(rest)?;
    writeln!(out)
}

/// How many elements are rendered at once: enough to keep both cores busy, few enough that a
/// 150,000-package report never holds more than a megabyte of JSON.
const BATCH: usize = 1024;

/// A top-level array exactly as `serde_json`'s pretty printer writes it (each element on its own
/// lines, indented four spaces), its elements rendered in parallel batches and written in order.
fn write_array<'a, T: Sync, J: Serialize>(
    items: &'a [T],
    render: impl Fn(&'a T) -> J + Sync,
    out: &mut dyn Write,
) -> io::Result<()> {
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    for (number, batch) in items.chunks(BATCH).enumerate() {
        let rendered: Vec<Vec<u8>> = batch
            .par_iter()
            .map(|item| {
                let mut bytes = Vec::with_capacity(1024);
                serde_json::to_writer_pretty(&mut bytes, &render(item))?;
                Ok(indented(&bytes))
            })
            .collect::<io::Result<_>>()?;
        for (i, bytes) in rendered.iter().enumerate() {
            let first = number == 0 && i == 0;
            out.write_all(if first { b"\n    " } else { b",\n    " })?;
            out.write_all(bytes)?;
        }
    }
    out.write_all(b"\n  ]")
}

/// A pretty-printed JSON value moved two levels in (JSON strings hold no raw newline).
fn indented(bytes: &[u8]) -> Vec<u8> {
    let mut moved = Vec::with_capacity(bytes.len() + bytes.len() / 8);
    for &byte in bytes {
        moved.push(byte);
        if byte == b'\n' {
            moved.extend_from_slice(b"    ");
        }
    }
    moved
}

fn project(project: &crate::ecosystems::Project) -> JsonProject<'_> {
    JsonProject {
        kind: project.root.kind.as_str(),
        manifest: display_path(&project.root.manifest),
        lockfile: project.root.lockfile.as_deref().map(display_path),
        members: project
            .members
            .iter()
            .map(|m| JsonMember {
                name: &m.name,
                version: &m.version,
                declared: m.declared.as_deref(),
                license: m.license.as_deref(),
            })
            .collect(),
        packages: project.packages,
    }
}

fn package(evaluated: &crate::policy::eval::Evaluated) -> JsonPackage<'_> {
    let resolved = &evaluated.resolved;
    let p = &resolved.package;
    JsonPackage {
        ecosystem: p.ecosystem.as_str(),
        name: &p.name,
        version: &p.version,
        purl: &p.purl,
        scope: p.scope.as_str(),
        direct: p.direct,
        declared: p.declared.as_deref(),
        license: resolved.license_text(),
        license_source: resolved.source.as_str(),
        evidence: &resolved.evidence,
        verdict: evaluated.verdict.as_str(),
        satisfied_by: matches!(evaluated.verdict, Verdict::Allowed | Verdict::Excepted)
            .then(|| evaluated.decided_by.join(" AND "))
            .filter(|s| !s.is_empty()),
        failing_terms: if matches!(evaluated.verdict, Verdict::Denied | Verdict::Review) {
            evaluated.decided_by.iter().map(String::as_str).collect()
        } else {
            Vec::new()
        },
        ignored: evaluated.ignored.as_deref(),
        exception: evaluated.exception.as_ref().map(|e| JsonException {
            package: &e.package.text,
            license: &e.license,
            reason: &e.reason,
            approved_by: e.approved_by.as_deref(),
            ticket: e.ticket.as_deref(),
            expires: e.expires.as_deref(),
        }),
        manifests: p.manifests.iter().map(|m| display_path(m)).collect(),
    }
}

fn finding(f: &crate::policy::eval::Finding) -> JsonFinding<'_> {
    JsonFinding {
        rule: f.rule.as_str(),
        severity: f.severity.as_str(),
        purl: &f.purl,
        message: &f.message,
        remedy: f.remedy.as_deref(),
    }
}

fn diagnostic(d: &crate::model::Diagnostic) -> JsonDiagnostic<'_> {
    JsonDiagnostic {
        path: display_path(&d.path),
        message: &d.message,
    }
}
