//! The inventory at the office's scale: `cargo bench --bench inventory`.
//!
//! A portfolio of 1,000 repositories × 1,000 packages is built from real reports: the fixtures'
//! own scans (`polyglot`, `monorepo`, `npm-messy-licenses`, `cargo-workspace`, `image-debian`,
//! `image-apps`, …), made by the built `ossdoo`, their packages pooled, and each repository given
//! 1,000 of them, a share at other versions (as a real portfolio drifts), with three exceptions.
//! Then `add` of one more report, `who-uses` and `exceptions --expiring-within 90d` are timed on
//! SQLite, and on PostgreSQL when OSSDOO_TEST_POSTGRES names a server
//! (`bash .ci/with-postgres cargo bench --bench inventory`). The databases' sizes and the time to
//! build them are printed first. docs/performance.md keeps the figures.

#![allow(clippy::print_stdout)] // a benchmark reports what it built on standard output

use std::path::Path;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use divan::Bencher;
use ossdoo::inventory::add::ScanMeta;
use ossdoo::inventory::query::{self, Needle};
use ossdoo::inventory::{self, Create, Database, Target};
use serde_json::{Value, json};

const REPOSITORIES: usize = 1_000;
const PACKAGES: usize = 1_000;

fn main() {
    divan::main();
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The real reports the portfolio is made from: the fixtures scanned by the built binary.
fn real_packages() -> Vec<Value> {
    let scans: &[&[&str]] = &[
        &["fixtures/polyglot"],
        &["fixtures/monorepo"],
        &["fixtures/npm-messy-licenses"],
        &["fixtures/cargo-workspace"],
        &["fixtures/npm-lockfile-v3"],
        &["fixtures/maven-multimodule"],
        &["fixtures/python-uv"],
        &["fixtures/nuget"],
        &["fixtures/composer"],
        &["fixtures/pnpm-v9"],
        &["fixtures/go-modcache"],
        &["fixtures/python-poetry"],
        &["fixtures/npm-workspaces"],
        &["fixtures/gradle-lockfile"],
        &["fixtures/python-pdm"],
        &[".", "--image", "fixtures/image-debian/oci"],
        &[".", "--image", "fixtures/image-apps/oci"],
    ];
    let mut pool: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for args in scans {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_ossdoo"))
            .current_dir(repo())
            .arg("scan")
            .args(*args)
            .args(["--format", "json", "--no-cache", "--quiet"])
            .output()
            .expect("ossdoo runs");
        let Ok(report) = serde_json::from_slice::<Value>(&output.stdout) else {
            continue;
        };
        for package in report["packages"].as_array().into_iter().flatten() {
            if seen.insert(package["purl"].as_str().unwrap_or_default().to_owned()) {
                pool.push(package.clone());
            }
        }
    }
    assert!(pool.len() >= 150, "only {} real packages", pool.len());
    pool
}

/// Repository `r`'s report: 1,000 packages from the pool (a window that moves with `r`), every
/// seventh at a later version, with their findings and three exceptions.
fn report(template: &Value, pool: &[Value], r: usize, commit: usize) -> Vec<u8> {
    let mut packages = Vec::with_capacity(PACKAGES);
    let mut findings = Vec::new();
    for i in 0..PACKAGES {
        let mut package = pool[(r * 37 + i) % pool.len()].clone();
        // Copies beyond the pool's size are other versions of the same packages.
        let lap = (r * 37 + i) / pool.len();
        if lap > 0 || (r + i) % 7 == 0 {
            let version = package["version"].as_str().unwrap_or("0").to_owned();
            let bumped = format!("{version}.{}", lap * 7 + (r + i) % 7);
            let purl = package["purl"].as_str().unwrap_or_default().replacen(
                &format!("@{version}"),
                &format!("@{bumped}"),
                1,
            );
            package["version"] = bumped.into();
            package["purl"] = purl.into();
        }
        if let Some(rule) = match package["verdict"].as_str() {
            Some("denied") => Some("license-denied"),
            Some("unknown") => Some("license-unknown"),
            _ => None,
        } {
            findings.push(json!({
                "rule": rule, "severity": "error", "purl": package["purl"],
                "message": "generated", "remedy": null,
            }));
        }
        packages.push(package);
    }
    packages.sort_by(|a, b| a["purl"].as_str().cmp(&b["purl"].as_str()));
    packages.dedup_by(|a, b| a["purl"] == b["purl"]);
    let mut report = template.clone();
    report["packages"] = Value::Array(packages);
    report["findings"] = Value::Array(findings);
    report["summary"]["packages"] = PACKAGES.into();
    report["exceptions"] = json!([
        {"package": format!("pkg:npm/internal-{r}"), "license": "LicenseRef-Proprietary", "reason": "ours",
         "approved_by": "ospo@example.gc.ca", "ticket": format!("OSPO-{r}"),
         "expires": format!("2027-{:02}-{:02}", r % 12 + 1, r % 28 + 1), "status": "in-force", "used_by": ["pkg:npm/x@1"]},
        {"package": "pkg:npm/left-pad", "license": "WTFPL", "reason": "old", "approved_by": "legal@example.gc.ca",
         "ticket": null, "expires": null, "status": "unused", "used_by": []},
        {"package": format!("pkg:maven/org.example/lib-{r}"), "license": "GPL-2.0-only", "reason": "tool",
         "approved_by": null, "ticket": null, "expires": "2026-06-30", "status": "expired", "used_by": []},
    ]);
    report["tool"]["version"] = format!("bench-{commit}").into();
    serde_json::to_vec_pretty(&report).unwrap()
}

struct Portfolio {
    db: Mutex<Database>,
    template: Value,
    pool: Vec<Value>,
    next_commit: Mutex<usize>,
    /// A name every repository uses.
    popular: String,
}

fn build(target: &Target, what: &str) -> Portfolio {
    static POOL: OnceLock<(Value, Vec<Value>)> = OnceLock::new();
    let (template, pool) = POOL.get_or_init(|| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_ossdoo"))
            .current_dir(repo())
            .args([
                "scan",
                "fixtures/cargo-workspace",
                "--format",
                "json",
                "--no-cache",
            ])
            .output()
            .unwrap();
        (
            serde_json::from_slice(&output.stdout).unwrap(),
            real_packages(),
        )
    });
    let mut db = inventory::open(target, Create::Yes).unwrap();
    let start = Instant::now();
    for r in 0..REPOSITORIES {
        let bytes = report(template, pool, r, 0);
        let meta = ScanMeta {
            repository: format!("dept/app-{r:04}"),
            commit: format!("{r:040x}"),
            scanned_at: format!("2026-11-{:02}T12:00:00Z", r % 28 + 1),
        };
        let checked = inventory::Checked::read(Path::new("generated.json"), &bytes).unwrap();
        inventory::add_report(&mut db, &checked, &meta).unwrap();
    }
    let built = start.elapsed();
    // A live server's autovacuum gathers the planner's statistics after a bulk load like this
    // one; here it would not have caught up yet, and without them PostgreSQL reads
    // `scan_packages` whole for `who-uses` (106 ms instead of 27 ms). SQLite has no such daemon,
    // and its planner does well without statistics: it is measured as it is.
    if let Target::Postgres(_) = target {
        db.write(|tx| tx.batch("ANALYZE")).unwrap();
    }
    let size = match target {
        Target::Sqlite(path) => {
            if let Database::Sqlite(conn) = &db {
                conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
                    .unwrap();
            }
            std::fs::metadata(path).unwrap().len()
        }
        Target::Postgres(_) => db
            .read(|tx| {
                Ok(tx
                    .query_one("SELECT pg_database_size(current_database())", &[])?
                    .map_or(0, |row| row.int(0)))
            })
            .unwrap() as u64,
    };
    let components = db
        .read(|tx| {
            Ok(tx
                .query_one("SELECT COUNT(*) FROM components", &[])?
                .map_or(0, |r| r.int(0)))
        })
        .unwrap();
    println!(
        "{what}: {REPOSITORIES} repositories × {PACKAGES} packages ({} real packages pooled, {components} distinct versions): built in {:.1} s, {:.1} MB",
        pool.len(),
        built.as_secs_f64(),
        size as f64 / 1e6
    );
    Portfolio {
        db: Mutex::new(db),
        template: template.clone(),
        pool: pool.clone(),
        next_commit: Mutex::new(1),
        popular: pool[0]["name"].as_str().unwrap().to_owned(),
    }
}

fn sqlite() -> &'static Portfolio {
    static PORTFOLIO: OnceLock<Portfolio> = OnceLock::new();
    PORTFOLIO.get_or_init(|| {
        let dir =
            std::env::temp_dir().join(format!("ossdoo-bench-inventory-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        build(&Target::Sqlite(dir.join("inventory.db")), "SQLite")
    })
}

fn postgres() -> Option<&'static Portfolio> {
    static PORTFOLIO: OnceLock<Option<Portfolio>> = OnceLock::new();
    PORTFOLIO
        .get_or_init(|| {
            let Ok(admin) = std::env::var("OSSDOO_TEST_POSTGRES") else {
                println!("!!! PostgreSQL skipped: set OSSDOO_TEST_POSTGRES, or run `bash .ci/with-postgres cargo bench --bench inventory`");
                return None;
            };
            let name = format!("ossdoo_bench_{}", std::process::id());
            let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
            client.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
            let base = admin.rsplit_once('/').unwrap().0;
            // Loopback, and the database is what is measured, not TLS (`.ci/with-postgres` serves
            // both).
            Some(build(
                &Target::Postgres(format!("{base}/{name}?sslmode=disable")),
                "PostgreSQL",
            ))
        })
        .as_ref()
}

fn add_one(portfolio: &Portfolio, bencher: Bencher) {
    bencher
        .with_inputs(|| {
            let mut next = portfolio.next_commit.lock().unwrap();
            *next += 1;
            let r = *next % REPOSITORIES;
            (
                report(&portfolio.template, &portfolio.pool, r, *next),
                r,
                *next,
            )
        })
        .bench_local_values(|(bytes, r, commit)| {
            let meta = ScanMeta {
                repository: format!("dept/app-{r:04}"),
                commit: format!("{commit:040x}"),
                scanned_at: "2026-12-01T12:00:00Z".to_owned(),
            };
            let checked = inventory::Checked::read(Path::new("generated.json"), &bytes).unwrap();
            let mut db = portfolio.db.lock().unwrap();
            inventory::add_report(&mut db, &checked, &meta).unwrap()
        });
}

fn who_uses(portfolio: &Portfolio, bencher: Bencher) {
    let needle = Needle::parse(&portfolio.popular).unwrap();
    bencher.bench_local(|| {
        let mut db = portfolio.db.lock().unwrap();
        let uses = db.read(|tx| query::who_uses(tx, &needle, false)).unwrap();
        assert!(uses.len() >= REPOSITORIES / 2, "{} uses", uses.len());
        uses
    });
}

fn exceptions(portfolio: &Portfolio, bencher: Bencher) {
    let today: jiff::civil::Date = "2026-12-05".parse().unwrap();
    let until = inventory::date_within(today, "90d").unwrap();
    bencher.bench_local(|| {
        let mut db = portfolio.db.lock().unwrap();
        db.read(|tx| query::exceptions(tx, today, Some(until), None))
            .unwrap()
    });
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn sqlite_add_one_report(bencher: Bencher) {
    add_one(sqlite(), bencher);
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn sqlite_who_uses(bencher: Bencher) {
    who_uses(sqlite(), bencher);
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn sqlite_exceptions_expiring(bencher: Bencher) {
    exceptions(sqlite(), bencher);
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn postgres_add_one_report(bencher: Bencher) {
    match postgres() {
        Some(portfolio) => add_one(portfolio, bencher),
        None => bencher.bench_local(|| ()),
    }
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn postgres_who_uses(bencher: Bencher) {
    match postgres() {
        Some(portfolio) => who_uses(portfolio, bencher),
        None => bencher.bench_local(|| ()),
    }
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn postgres_exceptions_expiring(bencher: Bencher) {
    match postgres() {
        Some(portfolio) => exceptions(portfolio, bencher),
        None => bencher.bench_local(|| ()),
    }
}
