//! `inventory add`: one report stored as one scan, in one transaction.
//!
//! The repository's row is taken first (an upsert, which on PostgreSQL locks it until the commit),
//! so two jobs adding scans of one repository at once queue on it and each sees the other's scan
//! when it decides which is the latest. Package versions are shared between scans (`components`),
//! inserted in purl order so that two jobs inserting overlapping sets take their locks in the same
//! order and never deadlock.

use super::db::{Param, Tx};
use super::input::Report;
use crate::i18n::tr;

/// Who and when, besides what the report says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanMeta {
    pub repository: String,
    /// `''` when unknown.
    pub commit: String,
    /// RFC 3339, UTC.
    pub scanned_at: String,
}

/// What `add` did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Added {
    pub repository: String,
    pub scan_id: i64,
    /// False when the same report of the same commit was already stored: nothing was added.
    pub added: bool,
    pub packages: usize,
}

/// How many rows one `INSERT` carries (under both engines' limits on parameters).
const ROWS_PER_INSERT: usize = 250;

/// Stores a report; `sha256` is the digest of its bytes.
pub fn add(
    tx: &mut Tx<'_>,
    report: &Report,
    sha256: &str,
    meta: &ScanMeta,
) -> anyhow::Result<Added> {
    let repository_id = tx
        .query_one(
            "INSERT INTO repositories (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id",
            &[meta.repository.as_str().into()],
        )?
        .map(|row| row.int(0))
        .ok_or_else(|| anyhow::anyhow!("{}", tr!("inv-no-repository-id")))?;
    if let Some(row) = tx.query_one(
        "SELECT id FROM scans WHERE repository_id = $1 AND commit_sha = $2 AND report_sha256 = $3",
        &[
            repository_id.into(),
            meta.commit.as_str().into(),
            sha256.into(),
        ],
    )? {
        return Ok(Added {
            repository: meta.repository.clone(),
            scan_id: row.int(0),
            added: false,
            packages: report.packages.len(),
        });
    }
    let summary = report.summary;
    let image = report.image.as_ref().map(|image| match &image.digest {
        Some(digest) => format!("{}@{digest}", image.name),
        None => image.name.clone(),
    });
    let added_at = crate::context::utc_now();
    let scan_id = tx
        .query_one(
            "INSERT INTO scans (repository_id, commit_sha, report_sha256, scanned_at, added_at, tool_version, report_schema, policy_name, policy_source, root, image, packages, allowed, review, denied, unknown, excepted, failing_findings, input_errors) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id",
            &[
                repository_id.into(),
                meta.commit.as_str().into(),
                sha256.into(),
                meta.scanned_at.as_str().into(),
                added_at.as_str().into(),
                report.tool.version.as_str().into(),
                i64::from(report.schema_version).into(),
                report.policy.name.as_str().into(),
                report.policy.source.as_str().into(),
                report.root.as_str().into(),
                image.as_deref().into(),
                summary.packages.into(),
                summary.allowed.into(),
                summary.review.into(),
                summary.denied.into(),
                summary.unknown.into(),
                summary.excepted.into(),
                report.failing_findings().into(),
                (report.errors.len() as i64).into(),
            ],
        )?
        .map(|row| row.int(0))
        .ok_or_else(|| anyhow::anyhow!("{}", tr!("inv-no-scan-id")))?;

    // One row per purl (a report lists each package once; a hand-merged one might not).
    let mut packages: Vec<&super::input::Package> = report.packages.iter().collect();
    packages.sort_by(|a, b| a.purl.cmp(&b.purl));
    packages.dedup_by(|a, b| a.purl == b.purl);
    let bases: Vec<String> = packages
        .iter()
        .map(|p| crate::model::purl::split(&p.purl).0)
        .collect();
    for (chunk, bases) in packages
        .chunks(ROWS_PER_INSERT)
        .zip(bases.chunks(ROWS_PER_INSERT))
    {
        let rows: Vec<Vec<Param<'_>>> = chunk
            .iter()
            .zip(bases)
            .map(|(p, base)| {
                vec![
                    p.purl.as_str().into(),
                    base.as_str().into(),
                    p.ecosystem.as_str().into(),
                    p.name.as_str().into(),
                    p.version.as_str().into(),
                ]
            })
            .collect();
        insert(
            tx,
            "INSERT INTO components (purl, base, ecosystem, name, version) VALUES",
            &rows,
            " ON CONFLICT (purl) DO NOTHING",
        )?;
    }
    let ids = component_ids(tx, &packages)?;
    for (chunk, ids) in packages
        .chunks(ROWS_PER_INSERT)
        .zip(ids.chunks(ROWS_PER_INSERT))
    {
        let rows: Vec<Vec<Param<'_>>> = chunk
            .iter()
            .zip(ids)
            .map(|(p, &id)| {
                vec![
                    scan_id.into(),
                    id.into(),
                    p.scope.as_str().into(),
                    p.direct.into(),
                    p.declared.as_deref().into(),
                    p.license.as_deref().into(),
                    p.license_source.as_str().into(),
                    p.verdict.as_str().into(),
                ]
            })
            .collect();
        insert(
            tx,
            "INSERT INTO scan_packages (scan_id, component_id, scope, direct, declared, license, license_source, verdict) VALUES",
            &rows,
            "",
        )?;
    }
    for chunk in report.findings.chunks(ROWS_PER_INSERT) {
        let rows: Vec<Vec<Param<'_>>> = chunk
            .iter()
            .map(|f| {
                vec![
                    scan_id.into(),
                    f.rule.as_str().into(),
                    f.severity.as_str().into(),
                    f.purl.as_str().into(),
                    f.message.as_str().into(),
                ]
            })
            .collect();
        insert(
            tx,
            "INSERT INTO findings (scan_id, rule, severity, purl, message) VALUES",
            &rows,
            "",
        )?;
    }
    let exceptions = report.exceptions();
    for chunk in exceptions.chunks(ROWS_PER_INSERT) {
        let rows: Vec<Vec<Param<'_>>> = chunk
            .iter()
            .map(|e| {
                vec![
                    scan_id.into(),
                    e.exception.package.as_str().into(),
                    e.exception.license.as_str().into(),
                    e.exception.reason.as_str().into(),
                    e.exception.approved_by.as_deref().into(),
                    e.exception.ticket.as_deref().into(),
                    e.exception.expires.as_deref().into(),
                    if e.status.is_empty() {
                        "in-force"
                    } else {
                        e.status.as_str()
                    }
                    .into(),
                    (e.used_by.len() as i64).into(),
                ]
            })
            .collect();
        insert(
            tx,
            "INSERT INTO exceptions (scan_id, package, license, reason, approved_by, ticket, expires, status, used_by) VALUES",
            &rows,
            "",
        )?;
    }
    tx.execute(
        "UPDATE repositories SET latest_scan_id = (SELECT id FROM scans WHERE repository_id = $1 ORDER BY scanned_at DESC, id DESC LIMIT 1) WHERE id = $1",
        &[repository_id.into()],
    )?;
    Ok(Added {
        repository: meta.repository.clone(),
        scan_id,
        added: true,
        packages: packages.len(),
    })
}

/// `head ($1, $2), ($3, $4) tail` for the rows given, run once.
fn insert(tx: &mut Tx<'_>, head: &str, rows: &[Vec<Param<'_>>], tail: &str) -> anyhow::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut sql = String::with_capacity(head.len() + rows.len() * rows[0].len() * 5);
    sql.push_str(head);
    let mut n = 0;
    for (i, row) in rows.iter().enumerate() {
        sql.push_str(if i == 0 { " (" } else { ", (" });
        for j in 0..row.len() {
            n += 1;
            if j > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&n.to_string());
        }
        sql.push(')');
    }
    sql.push_str(tail);
    let params: Vec<Param<'_>> = rows.iter().flatten().copied().collect();
    tx.execute(&sql, &params)?;
    Ok(())
}

/// The component id of each package, in the packages' order.
fn component_ids(tx: &mut Tx<'_>, packages: &[&super::input::Package]) -> anyhow::Result<Vec<i64>> {
    let mut by_purl = std::collections::HashMap::with_capacity(packages.len());
    for chunk in packages.chunks(ROWS_PER_INSERT * 2) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT purl, id FROM components WHERE purl IN ({})",
            placeholders.join(", ")
        );
        let params: Vec<Param<'_>> = chunk.iter().map(|p| p.purl.as_str().into()).collect();
        for row in tx.query(&sql, &params)? {
            by_purl.insert(row.text(0), row.int(1));
        }
    }
    packages
        .iter()
        .map(|p| {
            by_purl
                .get(&p.purl)
                .copied()
                .ok_or_else(|| anyhow::anyhow!("{}", tr!("inv-not-stored", purl = &p.purl)))
        })
        .collect()
}
