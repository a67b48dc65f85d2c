//! `ossdoo inventory …`: open the database (migrating it on first use), ask, print. Exit 0 when
//! the question was answered, 2 when a report, the database or an argument is wrong.

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;

use crate::cli::{InventoryArgs, InventoryCommand};
use crate::exit;
use crate::i18n::tr;
use crate::inventory::add::ScanMeta;
use crate::inventory::query::{self, Needle};
use crate::inventory::render::{self, Portfolio};
use crate::inventory::{self, Create, Target, identity};

pub fn run(
    args: &InventoryArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let target = Target::parse(&args.database);
    match &args.command {
        InventoryCommand::Add(add) => {
            // Every report is read and checked before the database is touched.
            let mut reports = Vec::with_capacity(add.reports.len());
            for path in &add.reports {
                let bytes = crate::read::bytes(path)
                    .with_context(|| tr!("inv-cannot-read-report", path = path))?;
                reports.push(inventory::Checked::read(path, &bytes)?);
            }
            let scanned_at = match &add.scanned_at {
                Some(text) => inventory::normalise_time(text).map_err(anyhow::Error::msg)?,
                None => crate::context::utc_now(),
            };
            let mut db = inventory::open(&target, Create::Yes)?;
            let mut added = Vec::new();
            for checked in &reports {
                let image = checked.report.image.as_ref();
                let repository = match &add.repo {
                    Some(name) => name.clone(),
                    None => {
                        let (name, from) =
                            identity::repository(image.map(|i| i.name.as_str()), Path::new("."));
                        writeln!(
                            stderr,
                            "{}",
                            tr!(
                                "inv-note-repository",
                                path = &checked.path,
                                name = &name,
                                from = from
                            )
                        )?;
                        name
                    }
                };
                let commit = match &add.commit {
                    Some(commit) => commit.clone(),
                    None => {
                        identity::commit(image.and_then(|i| i.digest.as_deref()), Path::new("."))
                    }
                };
                let meta = ScanMeta {
                    repository,
                    commit,
                    scanned_at: scanned_at.clone(),
                };
                added.push(inventory::add_report(&mut db, checked, &meta)?);
            }
            render::added(&added, add.format, stdout)?;
        }
        InventoryCommand::WhoUses(who) => {
            let needle = Needle::parse(&who.package).map_err(anyhow::Error::msg)?;
            let mut db = inventory::open(&target, Create::No)?;
            let uses = db.read(|tx| query::who_uses(tx, &needle, who.history))?;
            render::who_uses(&who.package, who.history, &uses, who.format, stdout)?;
        }
        InventoryCommand::Licenses(licenses) => {
            let mut db = inventory::open(&target, Create::No)?;
            let answer = db.read(|tx| query::licenses(tx, licenses.repo.as_deref()))?;
            render::licenses(&answer, licenses.format, stdout)?;
        }
        InventoryCommand::Exceptions(exceptions) => {
            let today = inventory::today()?;
            let until = exceptions
                .expiring_within
                .as_deref()
                .map(|span| inventory::date_within(today, span))
                .transpose()
                .map_err(anyhow::Error::msg)?;
            let mut db = inventory::open(&target, Create::No)?;
            let list =
                db.read(|tx| query::exceptions(tx, today, until, exceptions.repo.as_deref()))?;
            render::exceptions(&list, exceptions.format, stdout)?;
        }
        InventoryCommand::Changes(changes) => {
            let since = changes
                .since
                .as_deref()
                .map(inventory::normalise_time)
                .transpose()
                .map_err(anyhow::Error::msg)?;
            let mut db = inventory::open(&target, Create::No)?;
            let answer =
                db.read(|tx| query::changes(tx, since.as_deref(), changes.repo.as_deref()))?;
            render::changes(&answer, changes.format, stdout)?;
        }
        InventoryCommand::Report(report) => {
            let mut db = inventory::open(&target, Create::No)?;
            // The CSV is every package; only the page needs the distributions and watches.
            enum Content {
                Packages(Vec<query::Usage>),
                Page(Portfolio, render::PageFormat),
            }
            let content = match report.format.page() {
                None => Content::Packages(db.read(query::all_packages)?),
                Some(format) => Content::Page(portfolio(&mut db)?, format),
            };
            let write = |out: &mut dyn Write| match &content {
                Content::Packages(packages) => render::packages_csv(packages, out),
                Content::Page(portfolio, format) => render::portfolio(portfolio, *format, out),
            };
            match &report.output {
                Some(path) => super::scan::write_atomically(path, |out| write(out))?,
                None => write(stdout)?,
            }
        }
    }
    Ok(exit::COMPLIANT)
}

/// The portfolio page's content, as of today: exceptions that expire within 90 days (or have).
fn portfolio(db: &mut inventory::Database) -> anyhow::Result<Portfolio> {
    let today = inventory::today()?;
    let until = inventory::date_within(today, "90d")
        .map_err(anyhow::Error::msg)?
        .to_string();
    db.read(|tx| {
        let mut exceptions = query::exceptions(tx, today, None, None)?;
        exceptions.retain(|e| {
            e.exception
                .expires
                .as_deref()
                .is_some_and(|d| d <= until.as_str())
        });
        Ok(Portfolio {
            date: today.to_string(),
            repositories: query::repositories(tx)?,
            licenses: query::licenses(tx, None)?,
            exceptions,
            relicensed: query::relicensed(tx, None)?,
        })
    })
}

/// `scan --inventory DB`: stores the scan just made.
pub fn add_scan(
    database: &str,
    report: &crate::report::ScanReport,
    scanned: &Path,
    stderr: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut json = Vec::new();
    crate::report::json::render(report, &mut json)?;
    let system = report.system.as_ref();
    let image = system.map(|s| s.name.as_str()).filter(|n| !n.is_empty());
    let (repository, _) = identity::repository(image, scanned);
    let meta = ScanMeta {
        repository,
        commit: identity::commit(system.and_then(|s| s.digest.as_deref()), scanned),
        scanned_at: crate::context::utc_now(),
    };
    let target = Target::parse(database);
    let mut db = inventory::open(&target, Create::Yes)?;
    let checked = inventory::Checked::read(Path::new(&tr!("inv-this-scan")), &json)?;
    let added = inventory::add_report(&mut db, &checked, &meta)?;
    let id = if added.added {
        "inv-scan-added"
    } else {
        "inv-scan-known"
    };
    let line = crate::i18n::message(
        id,
        &[
            ("scan", crate::i18n::Arg::from(added.scan_id).0),
            ("repository", added.repository.as_str().into()),
            ("target", target.describe().into()),
        ],
    );
    writeln!(stderr, "{line}")?;
    Ok(())
}
