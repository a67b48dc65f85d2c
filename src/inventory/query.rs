//! The portfolio's questions, each one function over a read transaction. "Now" is each
//! repository's latest scan (`repositories.latest_scan_id`); `history` reaches every scan.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::db::{Param, Row, Tx};
use crate::baseline::{self, Snapshot, SnapshotFinding, SnapshotPackage};
use crate::i18n::tr;
use crate::license::catalog::{self, Category};
use crate::policy::pattern::{PackagePattern, VersionReq, compare_versions};
use crate::report::ExceptionRecord;

/// What `who-uses` looks for: a package URL pattern, or a name with an optional version range.
#[derive(Debug, Clone)]
pub enum Needle {
    /// `pkg:npm/lodash`, `pkg:npm/lodash@<4.17.21`, `pkg:maven/org.apache.logging.log4j/*`.
    Purl(PackagePattern),
    /// `lodash`, `lodash@4.17.20`, `@babel/core@>=7,<8`: the name in any ecosystem.
    Name { name: String, version: VersionReq },
}

impl Needle {
    pub fn parse(text: &str) -> Result<Needle, String> {
        let text = text.trim();
        if text.starts_with("pkg:") {
            return PackagePattern::parse(text).map(Needle::Purl);
        }
        // `@scope/name@1.0`: the version's `@` is the last one after the first character.
        let first = text.chars().next().map_or(0, char::len_utf8);
        let (name, version) = match text[first..].rfind('@') {
            Some(at) => (&text[..first + at], Some(&text[first + at + 1..])),
            None => (text, None),
        };
        if name.is_empty() {
            return Err(tr!(
                "inv-needle-empty",
                examples = "`lodash`, `pkg:npm/lodash@<4.17.21`"
            ));
        }
        let version = match version {
            None => VersionReq::Any,
            Some("") => return Err(tr!("inv-needle-no-version", text = text)),
            Some(v) => VersionReq::parse(v)?,
        };
        Ok(Needle::Name {
            name: name.to_owned(),
            version,
        })
    }

    fn matches(&self, base: &str, name: &str, version: &str) -> bool {
        match self {
            Needle::Purl(pattern) => pattern.matches_parts(base, version),
            Needle::Name {
                name: want,
                version: req,
            } => want == name && req.matches(version),
        }
    }
}

/// One repository's use of one package version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Usage {
    pub repository: String,
    pub commit: String,
    pub scanned_at: String,
    pub purl: String,
    pub ecosystem: String,
    pub name: String,
    pub version: String,
    pub scope: String,
    pub direct: bool,
    pub license: Option<String>,
    pub verdict: String,
}

/// `who-uses`: who has the package, latest scans only unless `history`.
pub fn who_uses(tx: &mut Tx<'_>, needle: &Needle, history: bool) -> anyhow::Result<Vec<Usage>> {
    let join = if history {
        "r.id = s.repository_id"
    } else {
        "r.latest_scan_id = s.id"
    };
    let (filter, key) = match needle {
        Needle::Purl(pattern) if pattern.base().contains('*') => (
            "c.base LIKE $1 ESCAPE '!'",
            pattern
                .base()
                .replace('!', "!!")
                .replace('%', "!%")
                .replace('_', "!_")
                .replace('*', "%"),
        ),
        Needle::Purl(pattern) => ("c.base = $1", pattern.base().to_owned()),
        Needle::Name { name, .. } => ("c.name = $1", name.clone()),
    };
    let sql = format!(
        "SELECT r.name, s.commit_sha, s.scanned_at, c.purl, c.ecosystem, c.name, c.version, sp.scope, sp.direct, sp.license, sp.verdict, c.base \
         FROM components c JOIN scan_packages sp ON sp.component_id = c.id JOIN scans s ON s.id = sp.scan_id JOIN repositories r ON {join} \
         WHERE {filter}"
    );
    let mut found: Vec<Usage> = tx
        .query(&sql, &[key.as_str().into()])?
        .into_iter()
        .filter(|row| needle.matches(&row.text(11), &row.text(5), &row.text(6)))
        .map(|row| usage(&row))
        .collect();
    found.sort_by(|a, b| {
        (&a.repository, &b.scanned_at, &a.purl, &a.scope)
            .cmp(&(&b.repository, &a.scanned_at, &b.purl, &b.scope))
            .then_with(|| compare_versions(&a.version, &b.version))
    });
    Ok(found)
}

fn usage(row: &Row) -> Usage {
    Usage {
        repository: row.text(0),
        commit: row.text(1),
        scanned_at: row.text(2),
        purl: row.text(3),
        ecosystem: row.text(4),
        name: row.text(5),
        version: row.text(6),
        scope: row.text(7),
        direct: row.int(8) != 0,
        license: row.opt_text(9),
        verdict: row.text(10),
    }
}

/// How often one license is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LicenseCount {
    /// The concluded expression; `None` for packages whose license is unknown.
    pub license: Option<String>,
    /// Its category (the most restrictive of its terms); `None` when unknown.
    pub category: Option<&'static str>,
    /// Packages (one per repository and version) under it.
    pub packages: i64,
    pub repositories: i64,
}

/// One category's share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryCount {
    /// `unknown` for packages whose license is unknown.
    pub category: &'static str,
    pub packages: i64,
    pub repositories: i64,
}

/// One repository's distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepositoryLicenses {
    pub repository: String,
    pub packages: i64,
    pub categories: Vec<CategoryCount>,
    pub licenses: Vec<LicenseCount>,
}

/// `licenses`: the distribution in all and per repository, latest scans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Licenses {
    pub repositories: i64,
    pub packages: i64,
    pub categories: Vec<CategoryCount>,
    pub licenses: Vec<LicenseCount>,
    pub per_repository: Vec<RepositoryLicenses>,
}

/// The category of an expression as the scan report's chart counts it: its most restrictive term.
fn category(license: Option<&str>) -> Option<Category> {
    let expression = spdx::Expression::parse_mode(license?, spdx::ParseMode::LAX).ok()?;
    Some(catalog::most_restrictive(&expression))
}

/// `licenses`; `repository` narrows it to one.
pub fn licenses(tx: &mut Tx<'_>, repository: Option<&str>) -> anyhow::Result<Licenses> {
    let rows = tx.query(
        "SELECT r.name, sp.license, COUNT(*) FROM repositories r JOIN scan_packages sp ON sp.scan_id = r.latest_scan_id \
         WHERE $1 = '' OR r.name = $1 GROUP BY r.name, sp.license",
        &[repository.unwrap_or("").into()],
    )?;
    let mut categories_of: BTreeMap<Option<String>, Option<Category>> = BTreeMap::new();
    // license → (packages, repositories); category → the same; repository → its rows.
    let mut per_license: BTreeMap<Option<String>, (i64, BTreeSet<String>)> = BTreeMap::new();
    let mut per_category: BTreeMap<&'static str, (i64, BTreeSet<String>)> = BTreeMap::new();
    let mut per_repository: BTreeMap<String, Vec<(Option<String>, i64)>> = BTreeMap::new();
    for row in &rows {
        let (repo, license, count) = (row.text(0), row.opt_text(1), row.int(2));
        let category = *categories_of
            .entry(license.clone())
            .or_insert_with(|| category(license.as_deref()));
        let entry = per_license.entry(license.clone()).or_default();
        entry.0 += count;
        entry.1.insert(repo.clone());
        let entry = per_category.entry(category_name(category)).or_default();
        entry.0 += count;
        entry.1.insert(repo.clone());
        per_repository
            .entry(repo)
            .or_default()
            .push((license, count));
    }
    let mut licenses: Vec<LicenseCount> = per_license
        .into_iter()
        .map(|(license, (packages, repos))| LicenseCount {
            category: categories_of[&license].map(Category::as_str),
            license,
            packages,
            repositories: repos.len() as i64,
        })
        .collect();
    licenses.sort_by(|a, b| b.packages.cmp(&a.packages).then(a.license.cmp(&b.license)));
    let per_repository = per_repository
        .into_iter()
        .map(|(repository, rows)| {
            let mut categories: BTreeMap<&'static str, i64> = BTreeMap::new();
            for (license, count) in &rows {
                *categories
                    .entry(category_name(categories_of[license]))
                    .or_default() += count;
            }
            let mut licenses: Vec<LicenseCount> = rows
                .iter()
                .map(|(license, count)| LicenseCount {
                    license: license.clone(),
                    category: categories_of[license].map(Category::as_str),
                    packages: *count,
                    repositories: 1,
                })
                .collect();
            licenses.sort_by(|a, b| b.packages.cmp(&a.packages).then(a.license.cmp(&b.license)));
            RepositoryLicenses {
                repository,
                packages: rows.iter().map(|(_, n)| n).sum(),
                categories: ordered_categories(categories.into_iter().map(|(c, n)| (c, n, 1))),
                licenses,
            }
        })
        .collect::<Vec<_>>();
    Ok(Licenses {
        repositories: per_repository.len() as i64,
        packages: per_repository.iter().map(|r| r.packages).sum(),
        categories: ordered_categories(
            per_category
                .into_iter()
                .map(|(c, (n, repos))| (c, n, repos.len() as i64)),
        ),
        licenses,
        per_repository,
    })
}

fn category_name(category: Option<Category>) -> &'static str {
    category.map_or("unknown", Category::as_str)
}

/// Categories from least to most restrictive, `unknown` last.
fn ordered_categories(
    counts: impl Iterator<Item = (&'static str, i64, i64)>,
) -> Vec<CategoryCount> {
    let rank = |name: &str| {
        Category::ALL
            .iter()
            .find(|c| c.as_str() == name)
            .map_or(u8::MAX, |c| c.restrictiveness())
    };
    let mut list: Vec<CategoryCount> = counts
        .map(|(category, packages, repositories)| CategoryCount {
            category,
            packages,
            repositories,
        })
        .collect();
    list.sort_by_key(|c| (rank(c.category), c.category));
    list
}

/// An exception as a repository's latest scan used it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExceptionUse {
    pub repository: String,
    #[serde(flatten)]
    pub exception: ExceptionRecord,
    /// `in-force`, `unused` or `expired`, as of today.
    pub status: String,
    /// Days from today to the expiry (negative once past).
    pub days_left: Option<i64>,
    /// How many packages it excepted in that scan.
    pub used_by: i64,
}

/// `exceptions`: every exception of every repository's latest scan, soonest expiry first;
/// `until` keeps those that expire between `today` and that date.
pub fn exceptions(
    tx: &mut Tx<'_>,
    today: jiff::civil::Date,
    until: Option<jiff::civil::Date>,
    repository: Option<&str>,
) -> anyhow::Result<Vec<ExceptionUse>> {
    let today_text = today.to_string();
    let until_text = until.map(|d| d.to_string());
    let rows = tx.query(
        "SELECT r.name, e.package, e.license, e.reason, e.approved_by, e.ticket, e.expires, e.status, e.used_by \
         FROM repositories r JOIN exceptions e ON e.scan_id = r.latest_scan_id \
         WHERE ($1 = '' OR r.name = $1) AND ($2 = '' OR (e.expires IS NOT NULL AND e.expires >= $3 AND e.expires <= $2))",
        &[
            repository.unwrap_or("").into(),
            until_text.as_deref().unwrap_or("").into(),
            today_text.as_str().into(),
        ],
    )?;
    let mut list: Vec<ExceptionUse> = rows
        .iter()
        .map(|row| {
            let expires = row.opt_text(6);
            let days_left = expires
                .as_deref()
                .and_then(|e| e.parse::<jiff::civil::Date>().ok())
                .and_then(|e| today.until(e).ok())
                .map(|span| i64::from(span.get_days()));
            let stored = row.text(7);
            let status = if days_left.is_some_and(|d| d < 0) {
                "expired".to_owned()
            } else {
                stored
            };
            ExceptionUse {
                repository: row.text(0),
                exception: ExceptionRecord {
                    package: row.text(1),
                    license: row.text(2),
                    reason: row.text(3),
                    approved_by: row.opt_text(4),
                    ticket: row.opt_text(5),
                    expires,
                },
                status,
                days_left,
                used_by: row.int(8),
            }
        })
        .collect();
    list.sort_by(|a, b| {
        let (x, y) = (&a.exception, &b.exception);
        (x.expires.is_none(), &x.expires, &a.repository, &x.package).cmp(&(
            y.expires.is_none(),
            &y.expires,
            &b.repository,
            &y.package,
        ))
    });
    Ok(list)
}

/// One repository's changes between two of its scans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepositoryChanges {
    pub repository: String,
    pub from: ScanRef,
    pub to: ScanRef,
    /// What `ossdoo diff` would say of the two scans' reports.
    #[serde(flatten)]
    pub diff: baseline::Diff,
}

/// A scan, as changes name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScanRef {
    pub commit: String,
    pub scanned_at: String,
}

/// A package whose license differs between two of its versions seen in the inventory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Relicensing {
    /// The package's purl without a version.
    pub package: String,
    pub from_version: String,
    pub from_license: String,
    pub to_version: String,
    pub to_license: String,
    /// When the inventory first saw the version under the new license.
    pub first_seen: String,
    /// Repositories whose latest scan has a version before the change.
    pub repositories_before: Vec<String>,
    /// Repositories whose latest scan has the changed version or a later one.
    pub repositories_after: Vec<String>,
}

/// `changes`: per repository, its latest scan against the one before (or the last one before
/// `since`); and relicensing across the portfolio (first seen since `since`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changes {
    pub since: Option<String>,
    pub repositories: Vec<RepositoryChanges>,
    pub relicensed: Vec<Relicensing>,
}

pub fn changes(
    tx: &mut Tx<'_>,
    since: Option<&str>,
    repository: Option<&str>,
) -> anyhow::Result<Changes> {
    let since_text = since.unwrap_or("");
    // Each repository's latest scan and the scan it is compared with: the latest before `since`
    // (the scan before the latest, without `since`). Repositories not scanned since are skipped.
    let pairs = tx.query(
        "SELECT r.name, l.id, l.commit_sha, l.scanned_at, \
           (SELECT p.id FROM scans p WHERE p.repository_id = r.id AND p.id <> l.id AND (($1 = '' AND (p.scanned_at < l.scanned_at OR (p.scanned_at = l.scanned_at AND p.id < l.id))) OR ($1 <> '' AND p.scanned_at < $1)) ORDER BY p.scanned_at DESC, p.id DESC LIMIT 1) \
         FROM repositories r JOIN scans l ON l.id = r.latest_scan_id \
         WHERE ($2 = '' OR r.name = $2) AND ($1 = '' OR l.scanned_at >= $1) ORDER BY r.name",
        &[since_text.into(), repository.unwrap_or("").into()],
    )?;
    let mut repositories = Vec::new();
    for pair in &pairs {
        let (latest, previous) = (pair.int(1), pair.int(4));
        if previous == 0 {
            continue;
        }
        let (old, from) = snapshot(tx, previous)?;
        let (new, _) = snapshot(tx, latest)?;
        let diff = baseline::diff(&old, &new);
        if diff.is_empty() {
            continue;
        }
        repositories.push(RepositoryChanges {
            repository: pair.text(0),
            from,
            to: ScanRef {
                commit: pair.text(2),
                scanned_at: pair.text(3),
            },
            diff,
        });
    }
    Ok(Changes {
        since: since.map(str::to_owned),
        repositories,
        relicensed: relicensed(tx, since)?,
    })
}

/// One scan's packages and findings, as a saved report would give them.
fn snapshot(tx: &mut Tx<'_>, scan: i64) -> anyhow::Result<(Snapshot, ScanRef)> {
    let at = tx
        .query_one(
            "SELECT commit_sha, scanned_at FROM scans WHERE id = $1",
            &[scan.into()],
        )?
        .map(|row| ScanRef {
            commit: row.text(0),
            scanned_at: row.text(1),
        })
        .ok_or_else(|| anyhow::anyhow!("{}", tr!("inv-scan-missing", scan = scan)))?;
    let packages = tx
        .query(
            "SELECT c.ecosystem, c.name, c.version, c.purl, sp.license, sp.verdict FROM scan_packages sp JOIN components c ON c.id = sp.component_id WHERE sp.scan_id = $1 ORDER BY c.purl",
            &[scan.into()],
        )?
        .iter()
        .map(|row| SnapshotPackage {
            ecosystem: row.text(0),
            name: row.text(1),
            version: row.text(2),
            purl: row.text(3),
            license: row.opt_text(4),
            verdict: row.text(5),
        })
        .collect();
    let findings = tx
        .query(
            "SELECT rule, severity, purl, message FROM findings WHERE scan_id = $1 ORDER BY rule, purl",
            &[scan.into()],
        )?
        .iter()
        .map(|row| SnapshotFinding {
            rule: row.text(0),
            severity: row.text(1),
            purl: row.text(2),
            message: row.text(3),
        })
        .collect();
    Ok((
        Snapshot {
            schema_version: crate::model::SCHEMA_VERSION,
            packages,
            findings,
        },
        at,
    ))
}

/// Packages whose known license differs between consecutive versions seen anywhere.
pub fn relicensed(tx: &mut Tx<'_>, since: Option<&str>) -> anyhow::Result<Vec<Relicensing>> {
    // Only packages with two licenses or more reach Rust.
    let rows = tx.query(
        "WITH seen AS (SELECT sp.component_id, sp.license, COUNT(*) AS uses, MIN(s.scanned_at) AS first_seen \
                       FROM scan_packages sp JOIN scans s ON s.id = sp.scan_id WHERE sp.license IS NOT NULL GROUP BY sp.component_id, sp.license), \
              changed AS (SELECT c.base FROM seen JOIN components c ON c.id = seen.component_id GROUP BY c.base HAVING COUNT(DISTINCT seen.license) > 1) \
         SELECT c.base, c.version, seen.license, seen.uses, seen.first_seen \
         FROM seen JOIN components c ON c.id = seen.component_id WHERE c.base IN (SELECT base FROM changed)",
        &[],
    )?;
    // base → version → (license, uses, first seen), the most used license of a version winning.
    let mut versions: BTreeMap<String, BTreeMap<String, (String, i64, String)>> = BTreeMap::new();
    for row in &rows {
        let (base, version, license, uses, first_seen) = (
            row.text(0),
            row.text(1),
            row.text(2),
            row.int(3),
            row.text(4),
        );
        let slot = versions.entry(base).or_default().entry(version);
        let entry = slot.or_insert_with(|| (license.clone(), uses, first_seen.clone()));
        if uses > entry.1 || (uses == entry.1 && license < entry.0) {
            *entry = (license, uses, entry.2.clone().min(first_seen));
        } else if first_seen < entry.2 {
            entry.2 = first_seen;
        }
    }
    let mut found = Vec::new();
    for (base, by_version) in versions {
        let mut ordered: Vec<(String, (String, i64, String))> = by_version.into_iter().collect();
        ordered.sort_by(|a, b| compare_versions(&a.0, &b.0).then_with(|| a.0.cmp(&b.0)));
        let mut changes = Vec::new();
        for pair in ordered.windows(2) {
            let ((from_version, (from_license, ..)), (to_version, (to_license, _, first_seen))) =
                (&pair[0], &pair[1]);
            if from_license == to_license || since.is_some_and(|s| first_seen.as_str() < s) {
                continue;
            }
            changes.push((
                from_version.clone(),
                from_license.clone(),
                to_version.clone(),
                to_license.clone(),
                first_seen.clone(),
            ));
        }
        if changes.is_empty() {
            continue;
        }
        let users = tx.query(
            "SELECT r.name, c.version FROM repositories r JOIN scan_packages sp ON sp.scan_id = r.latest_scan_id JOIN components c ON c.id = sp.component_id WHERE c.base = $1",
            &[Param::from(base.as_str())],
        )?;
        for (from_version, from_license, to_version, to_license, first_seen) in changes {
            let mut before = BTreeSet::new();
            let mut after = BTreeSet::new();
            for user in &users {
                let side = if compare_versions(&user.text(1), &to_version).is_lt() {
                    &mut before
                } else {
                    &mut after
                };
                side.insert(user.text(0));
            }
            found.push(Relicensing {
                package: base.clone(),
                from_version,
                from_license,
                to_version,
                to_license,
                first_seen,
                repositories_before: before.into_iter().collect(),
                repositories_after: after.into_iter().collect(),
            });
        }
    }
    Ok(found)
}

/// A repository as its latest scan left it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepositoryStatus {
    pub repository: String,
    pub commit: String,
    pub scanned_at: String,
    pub policy: String,
    pub scans: i64,
    #[serde(flatten)]
    pub counts: super::input::Summary,
    /// `pass`, `fail` (a finding of severity error) or `error` (the scan met input errors).
    pub status: &'static str,
}

/// Every repository, by name.
pub fn repositories(tx: &mut Tx<'_>) -> anyhow::Result<Vec<RepositoryStatus>> {
    let rows = tx.query(
        "SELECT r.name, s.commit_sha, s.scanned_at, s.policy_name, (SELECT COUNT(*) FROM scans a WHERE a.repository_id = r.id), \
                s.packages, s.allowed, s.review, s.denied, s.unknown, s.excepted, s.failing_findings, s.input_errors \
         FROM repositories r JOIN scans s ON s.id = r.latest_scan_id ORDER BY r.name",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|row| RepositoryStatus {
            repository: row.text(0),
            commit: row.text(1),
            scanned_at: row.text(2),
            policy: row.text(3),
            scans: row.int(4),
            counts: super::input::Summary {
                packages: row.int(5),
                allowed: row.int(6),
                review: row.int(7),
                denied: row.int(8),
                unknown: row.int(9),
                excepted: row.int(10),
            },
            status: if row.int(12) > 0 {
                "error"
            } else if row.int(11) > 0 {
                "fail"
            } else {
                "pass"
            },
        })
        .collect())
}

/// Every package of every repository's latest scan (the CSV report), by repository and purl.
pub fn all_packages(tx: &mut Tx<'_>) -> anyhow::Result<Vec<Usage>> {
    let rows = tx.query(
        "SELECT r.name, s.commit_sha, s.scanned_at, c.purl, c.ecosystem, c.name, c.version, sp.scope, sp.direct, sp.license, sp.verdict \
         FROM repositories r JOIN scans s ON s.id = r.latest_scan_id JOIN scan_packages sp ON sp.scan_id = s.id JOIN components c ON c.id = sp.component_id \
         ORDER BY r.name, c.purl",
        &[],
    )?;
    Ok(rows.iter().map(usage).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needles() {
        let Needle::Name { name, version } = Needle::parse("@babel/core@>=7,<8").unwrap() else {
            panic!()
        };
        assert_eq!(name, "@babel/core");
        assert!(version.matches("7.24.0") && !version.matches("8.0.0"));
        let Needle::Name { name, version } = Needle::parse("@babel/core").unwrap() else {
            panic!()
        };
        assert_eq!((name.as_str(), version), ("@babel/core", VersionReq::Any));
        assert!(matches!(
            Needle::parse("pkg:npm/lodash@<4.17.21"),
            Ok(Needle::Purl(_))
        ));
        assert!(Needle::parse("lodash@").is_err());
        // A name that starts with a character of several bytes.
        let Needle::Name { name, .. } = Needle::parse("élan@1.0").unwrap() else {
            panic!()
        };
        assert_eq!(name, "élan");
        assert!(Needle::parse("pkg:npm").is_err());
    }
}
