//! `--format json`: the stable machine-readable report, schema version 1.
//!
//! Typed serde structs, not ad-hoc values, so the schema is visible in one place. Every list is
//! sorted and nothing depends on time or the machine: the same input gives the same bytes.
//! Documented in `docs/output-formats.md`.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use super::{ScanReport, Summary};
use crate::model::{SCHEMA_VERSION, display_path};
use crate::policy::eval::Verdict;

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    tool: Tool,
    /// The language the report's texts (messages, help) were written in: `en` or `fr`.
    language: &'static str,
    root: &'a str,
    /// Present for `--image` and `--rootfs`: what was scanned.
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<JsonSystem<'a>>,
    policy: PolicyRef<'a>,
    summary: Summary,
    projects: Vec<JsonProject<'a>>,
    /// Filled in apart, in parallel batches ([`write_array`]): a 150,000-package report never
    /// holds its JSON form whole.
    packages: Slot,
    findings: Slot,
    errors: Vec<JsonDiagnostic<'a>>,
    warnings: Vec<JsonDiagnostic<'a>>,
    /// The policy's exceptions and what each did (present when the policy has any).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    exceptions: &'a [super::ExceptionStatus],
    /// Present with `--baseline`: the findings that are new and fixed since the baseline.
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<&'a crate::baseline::Comparison>,
}

#[derive(Serialize)]
struct JsonSystem<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    digest: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    licenses: Option<&'a str>,
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
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [crate::model::Source],
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
    license: Option<Text<&'a spdx::Expression>>,
    license_source: &'static str,
    evidence: &'a [crate::license::Evidence],
    verdict: &'static str,
    /// The branch of the license expression that satisfied the policy (allowed or excepted).
    satisfied_by: Option<Text<Joined<'a>>>,
    /// The terms that failed it (denied or review).
    failing_terms: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    exception: Option<JsonException<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ignored: Option<&'a str>,
    manifests: Paths<'a>,
}

/// A value written as its `Display` text, straight into the output (no `String` per package).
struct Text<T>(T);

impl<T: std::fmt::Display> Serialize for Text<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// Requirements joined with ` AND `.
struct Joined<'a>(&'a [String]);

impl std::fmt::Display for Joined<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, term) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" AND ")?;
            }
            f.write_str(term)?;
        }
        Ok(())
    }
}

/// Root-relative paths, written with `/` separators ([`display_path`]).
struct Paths<'a>(&'a [std::path::PathBuf]);

impl Serialize for Paths<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.0
                .iter()
                .map(|path| crate::model::display_path_str(path)),
        )
    }
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
        language: crate::i18n::current().code(),
        root: &report.root,
        image: report.system.as_ref().map(|s| JsonSystem {
            name: &s.name,
            version: &s.version,
            digest: s.digest.as_deref(),
            platform: s.platform.as_deref(),
            licenses: s.licenses.as_deref(),
        }),
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
        exceptions: &report.exceptions,
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
            // i18n: a bug: the slots are ossdoo's own
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

/// How many elements one thread renders into one buffer.
const CHUNK: usize = 128;

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
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(i, chunk)| {
                let mut bytes = Vec::with_capacity(CHUNK * 1024);
                for (j, item) in chunk.iter().enumerate() {
                    let first = number == 0 && i == 0 && j == 0;
                    bytes.extend_from_slice(if first { b"\n    " } else { b",\n    " });
                    let mut serializer =
                        serde_json::Serializer::with_formatter(&mut bytes, Indented::at(2));
                    render(item).serialize(&mut serializer)?;
                }
                Ok(bytes)
            })
            .collect::<io::Result<_>>()?;
        for bytes in &rendered {
            out.write_all(bytes)?;
        }
    }
    out.write_all(b"\n  ]")
}

/// `serde_json`'s pretty printer (two spaces a level) starting some levels in, as an element of
/// the top-level arrays is: the same bytes as the whole document pretty-printed at once.
/// (`PrettyFormatter` always starts at the left margin.)
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    fn at(depth: usize) -> Self {
        Indented {
            depth,
            has_value: false,
        }
    }

    fn new_line<W: ?Sized + Write>(&self, out: &mut W, first: bool) -> io::Result<()> {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(out)
    }

    fn indent<W: ?Sized + Write>(&self, out: &mut W) -> io::Result<()> {
        for _ in 0..self.depth {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            out.write_all(b"\n")?;
            self.indent(out)?;
        }
        out.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> io::Result<()> {
        self.new_line(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

fn project(project: &crate::model::Project) -> JsonProject<'_> {
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
        sources: &project.sources,
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
        license: resolved.license.as_deref().map(Text),
        license_source: resolved.source.as_str(),
        evidence: &resolved.evidence,
        verdict: evaluated.verdict.as_str(),
        satisfied_by: (matches!(evaluated.verdict, Verdict::Allowed | Verdict::Excepted)
            && evaluated.decided_by.iter().any(|term| !term.is_empty()))
        .then(|| Text(Joined(&evaluated.decided_by))),
        failing_terms: if matches!(evaluated.verdict, Verdict::Denied | Verdict::Review) {
            &evaluated.decided_by
        } else {
            &[]
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
        manifests: Paths(&p.manifests),
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
