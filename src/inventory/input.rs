//! A saved `ossdoo scan --format json` report, as the inventory reads it: only the fields it
//! stores, every one checked, and the schema version checked before anything else.

use std::path::Path;

use crate::i18n::tr;
use anyhow::bail;
use serde::Deserialize;

use crate::model::SCHEMA_VERSION;

/// The parts of a JSON report the inventory stores.
#[derive(Debug, Clone, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub tool: Tool,
    pub root: String,
    #[serde(default)]
    pub image: Option<Image>,
    pub policy: Policy,
    pub summary: Summary,
    pub packages: Vec<Package>,
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub errors: Vec<serde_json::Value>,
    /// Every exception of the policy with what it did; absent from reports of ossdoo before the
    /// inventory, where the packages' own `exception` say which were in force.
    #[serde(default)]
    pub exceptions: Option<Vec<Exception>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Tool {
    pub version: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Image {
    pub name: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub digest: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Policy {
    pub name: String,
    pub source: String,
}

/// Package counts per verdict, as the report's `summary` has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct Summary {
    pub packages: i64,
    pub allowed: i64,
    pub review: i64,
    pub denied: i64,
    pub unknown: i64,
    pub excepted: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Package {
    pub ecosystem: String,
    pub name: String,
    pub version: String,
    pub purl: String,
    pub scope: String,
    pub direct: bool,
    pub declared: Option<String>,
    pub license: Option<String>,
    pub license_source: String,
    pub verdict: String,
    #[serde(default)]
    pub exception: Option<crate::report::ExceptionRecord>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub severity: String,
    pub purl: String,
    pub message: String,
}

/// An exception of the policy, as a report states it.
pub use crate::report::ExceptionStatus as Exception;

/// Just the version, read first: a report of another schema is refused by name, not by the first
/// field that moved.
#[derive(Deserialize)]
struct Version {
    schema_version: Option<u32>,
}

/// Reads and checks a report; the error names the file, and the line and column where the JSON
/// goes wrong.
pub fn parse(path: &Path, bytes: &[u8]) -> anyhow::Result<Report> {
    let shown = path.display();
    let version: Version = serde_json::from_slice(bytes).map_err(|err| {
        anyhow::anyhow!(
            "{shown}:{}:{}: {}",
            err.line(),
            err.column(),
            tr!("inv-not-json", error = strip_position(&err))
        )
    })?;
    match version.schema_version {
        None => bail!("{shown}: {}", tr!("inv-no-schema-version")),
        Some(v) if v != SCHEMA_VERSION => bail!(
            "{shown}: {}",
            tr!("inv-other-schema", version = v, supported = SCHEMA_VERSION)
        ),
        Some(_) => {}
    }
    let report: Report = serde_json::from_slice(bytes).map_err(|err| {
        anyhow::anyhow!(
            "{shown}:{}:{}: {}",
            err.line(),
            err.column(),
            tr!("inv-edited-report", error = strip_position(&err))
        )
    })?;
    Ok(report)
}

/// serde_json's message without its own ` at line L column C`.
fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

impl Report {
    /// The policy's exceptions with their status. Reports that predate the top-level list give
    /// the exceptions their packages name, in force.
    pub fn exceptions(&self) -> Vec<Exception> {
        if let Some(list) = &self.exceptions {
            return list.clone();
        }
        let mut found: Vec<Exception> = Vec::new();
        for package in &self.packages {
            let Some(exception) = &package.exception else {
                continue;
            };
            match found.iter_mut().find(|e| {
                e.exception.package == exception.package && e.exception.license == exception.license
            }) {
                Some(known) => known.used_by.push(package.purl.clone()),
                None => found.push(Exception {
                    exception: exception.clone(),
                    status: "in-force".to_owned(),
                    used_by: vec![package.purl.clone()],
                }),
            }
        }
        found
    }

    /// Findings of severity error: any fails the gate.
    pub fn failing_findings(&self) -> i64 {
        self.findings
            .iter()
            .filter(|f| f.severity == "error")
            .count() as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_file_and_position() {
        let path = Path::new("r.json");
        let err = parse(path, b"{\n  \"schema_version\": 1,\n  \"tool\": 3\n}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.json:3:11: invalid type: integer `3`, expected struct Tool; is it an unedited `ossdoo scan --format json` report?"
        );
        let err = parse(path, b"{\"schema_version\": 9}").unwrap_err();
        assert!(
            err.to_string().starts_with("r.json: a schema 9 report"),
            "{err}"
        );
        let err = parse(path, b"[1,").unwrap_err();
        assert!(
            err.to_string().starts_with("r.json:1:3: not a JSON report"),
            "{err}"
        );
        let err = parse(path, b"{\"bomFormat\": \"CycloneDX\"}").unwrap_err();
        assert!(err.to_string().contains("no `schema_version`"), "{err}");
    }
}
