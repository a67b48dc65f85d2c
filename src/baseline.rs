//! Baselines and change tracking over saved JSON reports (`--format json`, schema 1).
//!
//! - `ossdoo scan --baseline OLD.json`: findings already in the baseline do not fail the gate; the
//!   report says which findings are new, which were fixed and how many are unchanged.
//! - `ossdoo diff OLD.json NEW.json`: packages added, removed and upgraded, and license changes.
//!
//! A finding is identified by its rule and its package without the version (`pkg:npm/left-pad`),
//! so upgrading a package that was already denied does not make its finding new, while a package
//! that newly fails does.

use std::path::Path;

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use crate::i18n::tr;
use crate::policy::eval::Finding;

/// The parts of a saved JSON report that baselines and diffs need.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Snapshot {
    pub schema_version: u32,
    #[serde(default)]
    pub packages: Vec<SnapshotPackage>,
    #[serde(default)]
    pub findings: Vec<SnapshotFinding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SnapshotPackage {
    pub ecosystem: String,
    pub name: String,
    pub version: String,
    pub purl: String,
    pub license: Option<String>,
    pub verdict: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SnapshotFinding {
    pub rule: String,
    pub severity: String,
    pub purl: String,
    pub message: String,
}

/// Reads a saved report; the error says what the file must be.
pub fn load(path: &Path) -> anyhow::Result<Snapshot> {
    let bytes = std::fs::read(path).with_context(|| tr!("baseline-cannot-read", path = path))?;
    let snapshot: Snapshot = serde_json::from_slice(&bytes)
        .with_context(|| tr!("baseline-not-a-report", path = path))?;
    if snapshot.schema_version != crate::model::SCHEMA_VERSION {
        bail!(
            "{}",
            tr!(
                "baseline-other-schema",
                path = path,
                schema = snapshot.schema_version,
                supported = crate::model::SCHEMA_VERSION
            )
        );
    }
    Ok(snapshot)
}

/// A finding's identity across runs: its rule and its package without the version.
fn key(rule: &str, purl: &str) -> (String, String) {
    (rule.to_owned(), crate::model::purl::split(purl).0)
}

/// How this scan's findings compare with the baseline's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// The baseline file, as given.
    pub baseline: String,
    /// Findings of this scan that the baseline does not have: only these can fail the gate.
    pub new: Vec<SnapshotFinding>,
    /// Findings of the baseline that this scan no longer has.
    pub fixed: Vec<SnapshotFinding>,
    /// Findings in both.
    pub unchanged: usize,
}

impl Comparison {
    /// Whether a finding of this scan is new.
    pub fn is_new(&self, finding: &Finding) -> bool {
        let wanted = key(finding.rule.as_str(), &finding.purl);
        self.new.iter().any(|f| key(&f.rule, &f.purl) == wanted)
    }
}

/// Compares this scan's findings with a baseline.
pub fn compare(baseline: &Snapshot, name: &str, findings: &[Finding]) -> Comparison {
    let old: Vec<(String, String)> = baseline
        .findings
        .iter()
        .map(|f| key(&f.rule, &f.purl))
        .collect();
    let current: Vec<(String, String)> = findings
        .iter()
        .map(|f| key(f.rule.as_str(), &f.purl))
        .collect();
    let mut comparison = Comparison {
        baseline: name.to_owned(),
        ..Comparison::default()
    };
    for (finding, k) in findings.iter().zip(&current) {
        if old.contains(k) {
            comparison.unchanged += 1;
        } else {
            comparison.new.push(SnapshotFinding {
                rule: finding.rule.as_str().to_owned(),
                severity: finding.severity.as_str().to_owned(),
                purl: finding.purl.clone(),
                message: finding.message.clone(),
            });
        }
    }
    comparison.fixed = baseline
        .findings
        .iter()
        .filter(|f| !current.contains(&key(&f.rule, &f.purl)))
        .cloned()
        .collect();
    comparison
}

/// A license change for people: `npm left-pad: 1.0.0 MIT → 2.0.0 WTFPL`.
pub fn license_change(old: &SnapshotPackage, new: &SnapshotPackage) -> String {
    format!(
        "{} {}: {} {} → {} {}",
        new.ecosystem,
        new.name,
        old.version,
        old.license
            .clone()
            .unwrap_or_else(|| tr!("verdict-word-unknown")),
        new.version,
        new.license
            .clone()
            .unwrap_or_else(|| tr!("verdict-word-unknown"))
    )
}

/// What changed between two reports.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub added: Vec<SnapshotPackage>,
    pub removed: Vec<SnapshotPackage>,
    /// Same package, another version: (old, new).
    pub upgraded: Vec<(SnapshotPackage, SnapshotPackage)>,
    /// Same package (any version), another license: (old, new). The change an office must catch:
    /// a dependency that moved from Apache-2.0 to BUSL-1.1 between versions.
    pub license_changed: Vec<(SnapshotPackage, SnapshotPackage)>,
    /// Findings of the new report that the old one does not have.
    pub new_findings: Vec<SnapshotFinding>,
    /// Findings of the old report that the new one no longer has.
    pub fixed_findings: Vec<SnapshotFinding>,
}

impl Diff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.upgraded.is_empty()
            && self.license_changed.is_empty()
            && self.new_findings.is_empty()
            && self.fixed_findings.is_empty()
    }

    /// Whether the change introduces a violation (a new finding of severity `error`).
    pub fn introduces_violation(&self) -> bool {
        self.new_findings.iter().any(|f| f.severity == "error")
    }
}

/// Compares two reports, package by package (by ecosystem and name).
pub fn diff(old: &Snapshot, new: &Snapshot) -> Diff {
    let id = |p: &SnapshotPackage| (p.ecosystem.clone(), p.name.clone());
    let mut result = Diff::default();
    for package in &new.packages {
        let before: Vec<&SnapshotPackage> = old
            .packages
            .iter()
            .filter(|o| id(o) == id(package))
            .collect();
        if before.is_empty() {
            result.added.push(package.clone());
            continue;
        }
        if before.iter().any(|o| o.version == package.version) {
            if let Some(o) = before
                .iter()
                .find(|o| o.version == package.version && o.license != package.license)
            {
                result.license_changed.push(((*o).clone(), package.clone()));
            }
            continue;
        }
        // Another version: the nearest old one (the last, in report order) is what it replaced,
        // unless that version is still there too.
        let previous = before[before.len() - 1];
        if !new
            .packages
            .iter()
            .any(|n| id(n) == id(previous) && n.version == previous.version)
        {
            result.upgraded.push((previous.clone(), package.clone()));
            if previous.license != package.license {
                result
                    .license_changed
                    .push((previous.clone(), package.clone()));
            }
        } else {
            result.added.push(package.clone());
        }
    }
    for package in &old.packages {
        let replaced = result.upgraded.iter().any(|(o, _)| o == package);
        let kept = new
            .packages
            .iter()
            .any(|n| id(n) == id(package) && n.version == package.version);
        if !kept && !replaced {
            result.removed.push(package.clone());
        }
    }
    let old_keys: Vec<_> = old.findings.iter().map(|f| key(&f.rule, &f.purl)).collect();
    let new_keys: Vec<_> = new.findings.iter().map(|f| key(&f.rule, &f.purl)).collect();
    result.new_findings = new
        .findings
        .iter()
        .filter(|f| !old_keys.contains(&key(&f.rule, &f.purl)))
        .cloned()
        .collect();
    result.fixed_findings = old
        .findings
        .iter()
        .filter(|f| !new_keys.contains(&key(&f.rule, &f.purl)))
        .cloned()
        .collect();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn package(name: &str, version: &str, license: &str) -> SnapshotPackage {
        SnapshotPackage {
            ecosystem: "npm".into(),
            name: name.into(),
            version: version.into(),
            purl: format!("pkg:npm/{name}@{version}"),
            license: Some(license.into()),
            verdict: "allowed".into(),
        }
    }

    fn finding(rule: &str, purl: &str, severity: &str) -> SnapshotFinding {
        SnapshotFinding {
            rule: rule.into(),
            severity: severity.into(),
            purl: purl.into(),
            message: "m".into(),
        }
    }

    #[test]
    fn diffs_packages_and_licenses() {
        let old = Snapshot {
            schema_version: 1,
            packages: vec![
                package("a", "1.0.0", "MIT"),
                package("b", "2.0.0", "Apache-2.0"),
                package("c", "1.0.0", "MIT"),
            ],
            findings: vec![finding("license-review", "pkg:npm/c@1.0.0", "warning")],
        };
        let new = Snapshot {
            schema_version: 1,
            packages: vec![
                package("a", "1.0.0", "MIT"),
                package("b", "3.0.0", "BUSL-1.1"),
                package("d", "1.0.0", "ISC"),
            ],
            findings: vec![finding("license-denied", "pkg:npm/b@3.0.0", "error")],
        };
        let diff = diff(&old, &new);
        assert_eq!(diff.added, [package("d", "1.0.0", "ISC")]);
        assert_eq!(diff.removed, [package("c", "1.0.0", "MIT")]);
        assert_eq!(diff.upgraded.len(), 1);
        assert_eq!(
            diff.license_changed[0].1.license.as_deref(),
            Some("BUSL-1.1")
        );
        assert!(diff.introduces_violation());
        assert_eq!(diff.fixed_findings.len(), 1);
    }

    #[test]
    fn findings_are_matched_without_versions() {
        let baseline = Snapshot {
            schema_version: 1,
            findings: vec![finding("license-denied", "pkg:npm/x@1.0.0", "error")],
            ..Snapshot::default()
        };
        let now = [Finding {
            purl: "pkg:npm/x@1.1.0".into(),
            rule: crate::policy::eval::Rule::LicenseDenied,
            severity: crate::policy::eval::Severity::Error,
            message: "m".into(),
            remedy: None,
        }];
        let comparison = compare(&baseline, "old.json", &now);
        assert_eq!(comparison.unchanged, 1);
        assert!(comparison.new.is_empty() && comparison.fixed.is_empty());
        assert!(!comparison.is_new(&now[0]));
    }
}
