//! The portfolio inventory: every repository's scans in one database, and the questions an OSPO
//! asks across them (`ossdoo inventory …`, `ossdoo scan --inventory DB`).
//!
//! - `db.rs`: SQLite and PostgreSQL behind one interface, transactions, typed parameters;
//! - `migrations.rs` (+ `migrations/*.sql`): the schema, versioned, applied on first use;
//! - `input.rs`: a saved JSON report, checked; `add.rs`: storing one;
//! - `identity.rs`: which repository and commit a scan is of, when not told;
//! - `query.rs`: who-uses, licenses, exceptions, changes, the portfolio;
//! - `render.rs`: tables, JSON, CSV, Markdown and the HTML page.
//!
//! `docs/inventory.md` documents the schema and the queries.

pub mod add;
pub mod db;
pub mod identity;
pub mod input;
pub mod migrations;
pub mod query;
pub mod render;

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::i18n::tr;
use sha2::{Digest, Sha256};

pub use db::{Create, Database, Target};

/// Opens an inventory and brings its schema up to date.
pub fn open(target: &Target, create: Create) -> anyhow::Result<Database> {
    let mut db = Database::open(target, create)?;
    migrations::migrate(&mut db)
        .with_context(|| tr!("inv-cannot-prepare", target = target.describe()))?;
    Ok(db)
}

/// A report read and checked, with the digest of its bytes: what `add` stores.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Where it was read from, for messages.
    pub path: PathBuf,
    pub report: input::Report,
    pub sha256: String,
}

impl Checked {
    /// Parses and checks a report's bytes (read from `path`, named in errors).
    pub fn read(path: &Path, bytes: &[u8]) -> anyhow::Result<Checked> {
        Ok(Checked {
            path: path.to_path_buf(),
            report: input::parse(path, bytes)?,
            sha256: format!("{:x}", Sha256::digest(bytes)),
        })
    }
}

/// Stores one checked report, in one transaction.
pub fn add_report(
    db: &mut Database,
    checked: &Checked,
    meta: &add::ScanMeta,
) -> anyhow::Result<add::Added> {
    db.write(|tx| add::add(tx, &checked.report, &checked.sha256, meta))
        .with_context(|| tr!("inv-cannot-add", path = &checked.path))
}

/// Normalises a time given on the command line to RFC 3339 UTC (`2026-12-05T09:30:00Z`): an RFC
/// 3339 time with any offset, or a date (midnight UTC).
pub fn normalise_time(text: &str) -> Result<String, String> {
    let text = text.trim();
    if let Ok(timestamp) = text.parse::<jiff::Timestamp>() {
        return Ok(timestamp.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
    }
    if let Ok(date) = text.parse::<jiff::civil::Date>() {
        return Ok(format!("{date}T00:00:00Z"));
    }
    Err(tr!(
        "inv-not-a-time",
        text = text,
        date = "`2026-11-30`",
        times = "`2026-11-30T14:05:00Z`, `2026-11-30T09:05:00-05:00`"
    ))
}

/// Today's UTC date, as the scan's exception dates use it (or `OSSDOO_TODAY`).
pub fn today() -> anyhow::Result<jiff::civil::Date> {
    let text = crate::context::today();
    text.parse()
        .with_context(|| tr!("inv-today-not-a-date", text = &text))
}

/// `90d`, `12w`, `3 months`: a span from today; returns the last day it reaches.
pub fn date_within(today: jiff::civil::Date, text: &str) -> Result<jiff::civil::Date, String> {
    let span: jiff::Span = text
        .trim()
        .parse()
        .map_err(|_| tr!("inv-not-a-span", text = text))?;
    today
        .checked_add(span)
        .map_err(|_| tr!("inv-span-too-far", text = text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert_eq!(
            normalise_time("2026-11-30T09:05:00-05:00").unwrap(),
            "2026-11-30T14:05:00Z"
        );
        assert_eq!(
            normalise_time("2026-11-30").unwrap(),
            "2026-11-30T00:00:00Z"
        );
        assert!(normalise_time("last tuesday").is_err());
        let today: jiff::civil::Date = "2026-12-05".parse().unwrap();
        assert_eq!(date_within(today, "90d").unwrap().to_string(), "2027-03-05");
        assert_eq!(
            date_within(today, "3 months").unwrap().to_string(),
            "2027-03-05"
        );
        assert_eq!(date_within(today, "2w").unwrap().to_string(), "2026-12-19");
        assert!(date_within(today, "soon").is_err());
    }
}
