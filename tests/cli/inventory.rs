//! `ossdoo inventory`: every test runs on SQLite, and on PostgreSQL when OSSDOO_TEST_POSTGRES
//! names a server (`bash .ci/with-postgres cargo test` starts one; `.ci/run` does). Without one,
//! the PostgreSQL half says loudly that it was skipped, and fails when OSSDOO_REQUIRE_POSTGRES is
//! set. The reports stored are real: the fixtures' own scans.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use crate::{Run, chromium, headless, repo, run_with, screenshot};

/// One empty inventory: a SQLite file, or a new database on the PostgreSQL server.
struct Db {
    /// `--database`.
    url: String,
    engine: &'static str,
    _dir: tempfile::TempDir,
}

fn sqlite() -> Db {
    let dir = tempfile::tempdir().unwrap();
    Db {
        url: dir.path().join("inventory.db").display().to_string(),
        engine: "sqlite",
        _dir: dir,
    }
}

// A skipped half says so on the test's standard error, which cargo test shows.
#[allow(clippy::print_stderr)]
fn postgres(test: &str) -> Option<Db> {
    let Ok(admin) = std::env::var("OSSDOO_TEST_POSTGRES") else {
        assert!(
            std::env::var_os("OSSDOO_REQUIRE_POSTGRES").is_none(),
            "OSSDOO_REQUIRE_POSTGRES is set but OSSDOO_TEST_POSTGRES is not"
        );
        eprintln!(
            "!!! SKIPPED on PostgreSQL: {test} (set OSSDOO_TEST_POSTGRES, or run `bash .ci/with-postgres cargo test`)"
        );
        return None;
    };
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let name = format!(
        "ossdoo_test_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let mut client = postgres::Client::connect(&admin, postgres::NoTls)
        .unwrap_or_else(|e| panic!("OSSDOO_TEST_POSTGRES `{admin}`: {e}"));
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    let base = admin.rsplit_once('/').unwrap().0;
    Some(Db {
        url: format!("{base}/{name}"),
        engine: "postgres",
        _dir: tempfile::tempdir().unwrap(),
    })
}

/// The test server speaks TLS with a certificate from a throwaway authority
/// (`.ci/with-postgres`): the command trusts it, as an office's CI trusts its own authority.
fn trust_test_server(cmd: &mut std::process::Command) {
    if let Some(ca) = std::env::var_os("OSSDOO_TEST_POSTGRES_CA") {
        cmd.env("SSL_CERT_FILE", ca).env_remove("SSL_CERT_DIR");
    }
}

/// Runs `check` on SQLite, then on PostgreSQL when there is one.
fn on_each_engine(test: &str, check: impl Fn(&Db)) {
    check(&sqlite());
    if let Some(db) = postgres(test) {
        check(&db);
    }
}

/// `ossdoo inventory ARGS --database DB`, from `dir`.
fn inventory(db: &Db, dir: &Path, args: &[&str]) -> Run {
    let home = tempfile::tempdir().unwrap();
    let mut all = vec!["inventory"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--database", &db.url]);
    run_with(&all, home.path(), |cmd| {
        trust_test_server(cmd);
        cmd.current_dir(dir);
    })
}

fn ok(run: Run, db: &Db) -> Run {
    assert_eq!(
        run.code, 0,
        "on {}: {}{}",
        db.engine, run.stdout, run.stderr
    );
    run
}

/// A run that failed with exit code 2 and says `what` on standard error.
fn refused(run: &Run, what: &str) {
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains(what), "no `{what}` in: {}", run.stderr);
}

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// The fixtures' JSON reports, made once: `polyglot` (121 packages), `npm-messy-licenses` with
/// a policy of exceptions (one in force, one unused, one expired), `cargo-workspace`.
fn reports() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir =
            std::env::temp_dir().join(format!("ossdoo-inventory-reports-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let policy = dir.join("exceptions.toml");
        std::fs::write(
            &policy,
            r#"extends = "default"

[[exceptions]]
package = "pkg:npm/punycode@1.2.4"
license = "GPL-2.0-only AND MIT"
reason = "bundled by an old build tool only"
approved-by = "ospo@example.gc.ca"
ticket = "OSPO-7"
expires = 2027-01-15

[[exceptions]]
package = "pkg:npm/left-pad"
license = "WTFPL"
reason = "no longer used"
approved-by = "ospo@example.gc.ca"
expires = 2027-06-30

[[exceptions]]
package = "pkg:npm/jsmin2"
license = "JSON"
reason = "minifier"
approved-by = "legal@example.gc.ca"
expires = 2026-01-31
"#,
        )
        .unwrap();
        let home = tempfile::tempdir().unwrap();
        for (fixture, extra) in [
            ("polyglot", vec![]),
            (
                "npm-messy-licenses",
                vec!["--policy", policy.to_str().unwrap()],
            ),
            ("cargo-workspace", vec![]),
        ] {
            let out = dir.join(format!("{fixture}.json"));
            let mut args = vec![
                "scan".to_owned(),
                format!("fixtures/{fixture}"),
                "--format".into(),
                "json".into(),
                "--output".into(),
                out.display().to_string(),
            ];
            args.extend(extra.iter().map(|s| (*s).to_owned()));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = run_with(&args, home.path(), |_| {});
            assert!(run.code <= 1, "{}", run.stderr);
        }
        dir
    })
}

fn report(name: &str) -> String {
    reports().join(format!("{name}.json")).display().to_string()
}

/// A copy of a report with one package moved to another version and license (the way a
/// relicensing shows up in a real portfolio), written next to the others.
fn relicensed(name: &str, package: &str, version: &str, license: &str) -> String {
    let mut report: Value =
        serde_json::from_str(&std::fs::read_to_string(report(name)).unwrap()).unwrap();
    let packages = report["packages"].as_array_mut().unwrap();
    let p = packages
        .iter_mut()
        .find(|p| p["name"] == package)
        .unwrap_or_else(|| panic!("{package} is not in {name}"));
    let old = p["version"].as_str().unwrap().to_owned();
    p["version"] = version.into();
    p["purl"] = p["purl"].as_str().unwrap().replace(&old, version).into();
    p["license"] = license.into();
    let path = reports().join(format!("{name}-{package}-{version}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap()).unwrap();
    path.display().to_string()
}

#[test]
fn add_is_idempotent_and_keeps_history() {
    on_each_engine("add_is_idempotent_and_keeps_history", |db| {
        let dir = tempfile::tempdir().unwrap();
        let polyglot = report("polyglot");
        let first = ok(
            inventory(
                db,
                dir.path(),
                &[
                    "add",
                    &polyglot,
                    "--repo",
                    "ospo/polyglot",
                    "--commit",
                    "a1",
                    "--scanned-at",
                    "2026-11-01",
                ],
            ),
            db,
        );
        assert_eq!(
            first.stdout,
            "added scan 1 of ospo/polyglot (121 packages)\n"
        );
        let again = ok(
            inventory(
                db,
                dir.path(),
                &[
                    "add",
                    &polyglot,
                    "--repo",
                    "ospo/polyglot",
                    "--commit",
                    "a1",
                    "--scanned-at",
                    "2026-11-02",
                ],
            ),
            db,
        );
        assert_eq!(
            again.stdout,
            "scan 1 of ospo/polyglot is already in the inventory: nothing added\n"
        );
        ok(
            inventory(
                db,
                dir.path(),
                &[
                    "add",
                    &polyglot,
                    "--repo",
                    "ospo/polyglot",
                    "--commit",
                    "b2",
                    "--scanned-at",
                    "2026-11-20",
                    "--format",
                    "json",
                ],
            ),
            db,
        );
        let who = json(&ok(
            inventory(
                db,
                dir.path(),
                &[
                    "who-uses",
                    "pkg:npm/abbrev",
                    "--history",
                    "--format",
                    "json",
                ],
            ),
            db,
        ));
        let commits: Vec<&str> = who["uses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["commit"].as_str().unwrap())
            .collect();
        assert_eq!(commits, ["b2", "a1"], "newest first: {who}");
        let latest = json(&ok(
            inventory(
                db,
                dir.path(),
                &["who-uses", "pkg:npm/abbrev", "--format", "json"],
            ),
            db,
        ));
        assert_eq!(latest["uses"].as_array().unwrap().len(), 1);
        assert_eq!(latest["uses"][0]["commit"], "b2");
    });
}

#[test]
fn who_uses_names_versions_and_ranges() {
    on_each_engine("who_uses_names_versions_and_ranges", |db| {
        let dir = tempfile::tempdir().unwrap();
        ok(
            inventory(
                db,
                dir.path(),
                &["add", &report("polyglot"), "--repo", "team-a/app"],
            ),
            db,
        );
        ok(
            inventory(
                db,
                dir.path(),
                &["add", &report("cargo-workspace"), "--repo", "team-b/tool"],
            ),
            db,
        );
        let reports_json: Value =
            serde_json::from_str(&std::fs::read_to_string(report("polyglot")).unwrap()).unwrap();
        let serde = reports_json["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "ansi-styles")
            .unwrap();
        let version = serde["version"].as_str().unwrap();
        let by_name = json(&ok(
            inventory(
                db,
                dir.path(),
                &["who-uses", "ansi-styles", "--format", "json"],
            ),
            db,
        ));
        let repos: Vec<&str> = by_name["uses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["repository"].as_str().unwrap())
            .collect();
        assert!(repos.contains(&"team-a/app"), "{by_name}");
        let exact = json(&ok(
            inventory(
                db,
                dir.path(),
                &[
                    "who-uses",
                    &format!("ansi-styles@{version}"),
                    "--format",
                    "json",
                ],
            ),
            db,
        ));
        assert!(
            exact["uses"]
                .as_array()
                .unwrap()
                .iter()
                .all(|u| u["version"] == version)
        );
        let none = json(&ok(
            inventory(
                db,
                dir.path(),
                &[
                    "who-uses",
                    &format!("pkg:npm/ansi-styles@>{version}"),
                    "--format",
                    "json",
                ],
            ),
            db,
        ));
        assert!(
            none["uses"]
                .as_array()
                .unwrap()
                .iter()
                .all(|u| u["version"] != version),
            "{none}"
        );
        let table = ok(inventory(db, dir.path(), &["who-uses", "ansi-styles"]), db);
        assert!(table.stdout.contains("team-a/app"), "{}", table.stdout);
        assert!(table.stdout.contains("npm ansi-styles"), "{}", table.stdout);
        let nobody = ok(inventory(db, dir.path(), &["who-uses", "left-pad"]), db);
        assert_eq!(nobody.stdout, "no repository's latest scan uses left-pad\n");
        let glob = json(&ok(
            inventory(
                db,
                dir.path(),
                &["who-uses", "pkg:npm/@types/*", "--format", "json"],
            ),
            db,
        ));
        assert!(
            glob["uses"]
                .as_array()
                .unwrap()
                .iter()
                .any(|u| u["name"] == "@types/ms"),
            "{glob}"
        );
    });
}

#[test]
fn licenses_in_all_and_per_repository() {
    on_each_engine("licenses_in_all_and_per_repository", |db| {
        let dir = tempfile::tempdir().unwrap();
        ok(
            inventory(db, dir.path(), &["add", &report("polyglot"), "--repo", "a"]),
            db,
        );
        ok(
            inventory(
                db,
                dir.path(),
                &["add", &report("npm-messy-licenses"), "--repo", "b"],
            ),
            db,
        );
        let answer = json(&ok(
            inventory(db, dir.path(), &["licenses", "--format", "json"]),
            db,
        ));
        assert_eq!(answer["repositories"], 2);
        assert_eq!(answer["packages"], 121 + 19);
        let total: i64 = answer["categories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["packages"].as_i64().unwrap())
            .sum();
        assert_eq!(total, 140, "every package counted once in the categories");
        let mit = answer["licenses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["license"] == "MIT")
            .unwrap();
        assert_eq!(mit["category"], "permissive");
        assert_eq!(mit["repositories"], 2);
        assert_eq!(answer["per_repository"][0]["repository"], "a");
        let only_b = json(&ok(
            inventory(
                db,
                dir.path(),
                &["licenses", "--repo", "b", "--format", "json"],
            ),
            db,
        ));
        assert_eq!(only_b["packages"], 19);
        let csv = ok(
            inventory(db, dir.path(), &["licenses", "--format", "csv"]),
            db,
        );
        assert!(
            csv.stdout
                .starts_with("repository,license,category,packages\r\n")
        );
    });
}

#[test]
fn exceptions_in_force_unused_and_expiring() {
    on_each_engine("exceptions_in_force_unused_and_expiring", |db| {
        let dir = tempfile::tempdir().unwrap();
        ok(
            inventory(
                db,
                dir.path(),
                &["add", &report("npm-messy-licenses"), "--repo", "web"],
            ),
            db,
        );
        let all = json(&ok(
            inventory(db, dir.path(), &["exceptions", "--format", "json"]),
            db,
        ));
        let rows: Vec<(String, String, String)> = all
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["package"].as_str().unwrap().to_owned(),
                    e["status"].as_str().unwrap().to_owned(),
                    e["approved_by"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        // Soonest expiry first; the scan's date is 2026-11-23 (OSSDOO_TODAY).
        assert_eq!(
            rows,
            [
                (
                    "pkg:npm/jsmin2".into(),
                    "expired".into(),
                    "legal@example.gc.ca".into()
                ),
                (
                    "pkg:npm/punycode@1.2.4".into(),
                    "in-force".into(),
                    "ospo@example.gc.ca".into()
                ),
                (
                    "pkg:npm/left-pad".into(),
                    "unused".into(),
                    "ospo@example.gc.ca".into()
                ),
            ]
        );
        assert_eq!(all[1]["days_left"], 53);
        assert_eq!(all[1]["used_by"], 1);
        let soon = json(&ok(
            inventory(
                db,
                dir.path(),
                &["exceptions", "--expiring-within", "90d", "--format", "json"],
            ),
            db,
        ));
        assert_eq!(soon.as_array().unwrap().len(), 1, "{soon}");
        assert_eq!(soon[0]["package"], "pkg:npm/punycode@1.2.4");
        let table = ok(inventory(db, dir.path(), &["exceptions"]), db);
        assert!(
            table.stdout.contains("2027-01-15 (in 53 d)"),
            "{}",
            table.stdout
        );
        let bad = inventory(db, dir.path(), &["exceptions", "--expiring-within", "soon"]);
        assert_eq!(bad.code, 2);
        assert!(
            bad.stderr.contains("`soon` is not a length of time"),
            "{}",
            bad.stderr
        );
    });
}

#[test]
fn changes_and_relicensing_across_the_portfolio() {
    on_each_engine("changes_and_relicensing_across_the_portfolio", |db| {
        let dir = tempfile::tempdir().unwrap();
        let add = |file: &str, repo: &str, at: &str| {
            ok(
                inventory(
                    db,
                    dir.path(),
                    &[
                        "add",
                        file,
                        "--repo",
                        repo,
                        "--commit",
                        at,
                        "--scanned-at",
                        at,
                    ],
                ),
                db,
            );
        };
        // Two repositories on abbrev as the fixture has it; then one moves to a "1.999.0" that a
        // (made-up) relicensing put under BUSL-1.1.
        add(&report("polyglot"), "team-a/app", "2026-10-01");
        add(&report("polyglot"), "team-b/api", "2026-10-02");
        let busl = relicensed("polyglot", "abbrev", "1.999.0", "BUSL-1.1");
        add(&busl, "team-a/app", "2026-11-15");
        let changes = json(&ok(
            inventory(db, dir.path(), &["changes", "--format", "json"]),
            db,
        ));
        let relicensed = changes["relicensed"].as_array().unwrap();
        assert_eq!(relicensed.len(), 1, "{changes}");
        assert_eq!(relicensed[0]["package"], "pkg:npm/abbrev");
        assert_eq!(relicensed[0]["to_version"], "1.999.0");
        assert_eq!(relicensed[0]["to_license"], "BUSL-1.1");
        assert_eq!(
            relicensed[0]["repositories_before"],
            serde_json::json!(["team-b/api"])
        );
        assert_eq!(
            relicensed[0]["repositories_after"],
            serde_json::json!(["team-a/app"])
        );
        let repos = changes["repositories"].as_array().unwrap();
        assert_eq!(
            repos.len(),
            1,
            "team-b/api has one scan: nothing to compare"
        );
        assert_eq!(repos[0]["repository"], "team-a/app");
        assert_eq!(repos[0]["upgraded"].as_array().unwrap().len(), 1);
        assert_eq!(repos[0]["license_changed"].as_array().unwrap().len(), 1);
        // Since a date after the change: nothing new.
        let later = json(&ok(
            inventory(
                db,
                dir.path(),
                &["changes", "--since", "2026-12-01", "--format", "json"],
            ),
            db,
        ));
        assert_eq!(later["relicensed"].as_array().unwrap().len(), 0);
        assert_eq!(later["repositories"].as_array().unwrap().len(), 0);
        let table = ok(
            inventory(db, dir.path(), &["changes", "--since", "2026-11-01"]),
            db,
        );
        assert!(
            table.stdout.contains("pkg:npm/abbrev:") && table.stdout.contains("→ 1.999.0 BUSL-1.1"),
            "{}",
            table.stdout
        );
        assert!(
            table.stdout.contains("still before: team-b/api"),
            "{}",
            table.stdout
        );
    });
}

#[test]
fn portfolio_report_in_every_format() {
    on_each_engine("portfolio_report_in_every_format", |db| {
        let dir = tempfile::tempdir().unwrap();
        ok(
            inventory(
                db,
                dir.path(),
                &["add", &report("polyglot"), "--repo", "team-a/<app>"],
            ),
            db,
        );
        ok(
            inventory(
                db,
                dir.path(),
                &["add", &report("npm-messy-licenses"), "--repo", "team-b/web"],
            ),
            db,
        );
        let html = ok(inventory(db, dir.path(), &["report"]), db).stdout;
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(
            html.contains("<td>team-a/&lt;app&gt;</td>"),
            "names are escaped"
        );
        assert_eq!(html.matches("<tr data-status=").count(), 2);
        assert!(html.contains("<span class=\"status status-fail\">fail</span>"));
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("<link"));
        let page = dir.path().join("portfolio.html");
        ok(
            inventory(
                db,
                dir.path(),
                &["report", "--output", page.to_str().unwrap()],
            ),
            db,
        );
        assert_eq!(
            std::fs::read_to_string(&page).unwrap(),
            html,
            "the same page twice"
        );
        let csv = ok(
            inventory(db, dir.path(), &["report", "--format", "csv"]),
            db,
        )
        .stdout;
        assert_eq!(
            csv.lines().count(),
            1 + 121 + 19,
            "a header and one row per package"
        );
        let data = json(&ok(
            inventory(db, dir.path(), &["report", "--format", "json"]),
            db,
        ));
        assert_eq!(data["repositories"].as_array().unwrap().len(), 2);
        assert_eq!(
            data["exceptions"].as_array().unwrap().len(),
            2,
            "expired and expiring: {data}"
        );
        let markdown = ok(
            inventory(db, dir.path(), &["report", "--format", "markdown"]),
            db,
        )
        .stdout;
        assert!(markdown.contains("| team-b/web | fail |"), "{markdown}");
    });
}

#[test]
fn scan_adds_itself_to_the_inventory() {
    on_each_engine("scan_adds_itself_to_the_inventory", |db| {
        let home = tempfile::tempdir().unwrap();
        let scan = |commit: &str| {
            run_with(
                &["scan", "fixtures/cargo-workspace", "--inventory", &db.url],
                home.path(),
                |cmd| {
                    trust_test_server(cmd);
                    cmd.env("OSSDOO_REPO", "ospo/cargo-workspace")
                        .env("OSSDOO_COMMIT", commit);
                },
            )
        };
        let first = scan("c0ffee");
        assert_eq!(first.code, 0, "{}", first.stderr);
        assert!(
            first
                .stderr
                .contains("added scan 1 of ospo/cargo-workspace to the inventory"),
            "{}",
            first.stderr
        );
        let again = scan("c0ffee");
        assert!(
            again.stderr.contains("already has this scan"),
            "{}",
            again.stderr
        );
        let who = json(&ok(
            inventory(
                db,
                repo(),
                &["who-uses", "pkg:cargo/itoa", "--format", "json"],
            ),
            db,
        ));
        assert_eq!(who["uses"][0]["repository"], "ospo/cargo-workspace");
        assert_eq!(who["uses"][0]["commit"], "c0ffee");
    });
}

#[test]
fn concurrent_adds_from_parallel_jobs() {
    on_each_engine("concurrent_adds_from_parallel_jobs", |db| {
        let dir = tempfile::tempdir().unwrap();
        // Eight jobs at once on a new inventory: they race to create the schema too.
        let files = [
            report("polyglot"),
            report("npm-messy-licenses"),
            report("cargo-workspace"),
        ];
        let children: Vec<_> = (0..8)
            .map(|i| {
                let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("ossdoo"));
                crate::isolate(&mut cmd, dir.path());
                trust_test_server(&mut cmd);
                cmd.current_dir(dir.path())
                    .args([
                        "inventory",
                        "add",
                        &files[i % 3],
                        "--repo",
                        &format!("team/{}", i % 4),
                    ])
                    .args(["--commit", &format!("c{i}"), "--database", &db.url])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "on {}: {}",
                db.engine,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let data = json(&ok(
            inventory(db, dir.path(), &["report", "--format", "json"]),
            db,
        ));
        let scans: i64 = data["repositories"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["scans"].as_i64().unwrap())
            .sum();
        assert_eq!(scans, 8, "{data}");
    });
}

#[test]
fn bad_reports_and_databases_are_clear_errors() {
    on_each_engine("bad_reports_and_databases_are_clear_errors", |db| {
        let dir = tempfile::tempdir().unwrap();
        let add = |file: &Path, extra: &[&str]| {
            let mut args = vec!["add", file.to_str().unwrap(), "--repo", "x"];
            args.extend_from_slice(extra);
            inventory(db, dir.path(), &args)
        };
        if db.engine == "sqlite" {
            let missing = inventory(db, dir.path(), &["licenses"]);
            refused(&missing, "there is no inventory at");
        }
        let old = dir.path().join("old.json");
        std::fs::write(&old, "{\"schema_version\": 0, \"packages\": []}").unwrap();
        refused(&add(&old, &[]), "a schema 0 report");
        let broken = dir.path().join("broken.json");
        std::fs::write(&broken, "{\"schema_version\": 1,\n \"tool\": {}\n}").unwrap();
        refused(
            &add(&broken, &[]),
            "broken.json:2:11: missing field `version`",
        );
        // One bad report among good ones: nothing is stored, and the error names it.
        let good = PathBuf::from(report("polyglot"));
        let mixed = inventory(
            db,
            dir.path(),
            &[
                "add",
                &report("polyglot"),
                broken.to_str().unwrap(),
                "--repo",
                "x",
            ],
        );
        refused(&mixed, "broken.json:2:11");
        refused(
            &add(&good, &["--scanned-at", "yesterday"]),
            "`yesterday` is not a time",
        );
        // Nothing was stored: the SQLite file was not even created; PostgreSQL's inventory is
        // empty.
        if db.engine == "sqlite" {
            assert!(!Path::new(&db.url).exists(), "the database was created");
        } else {
            let data = json(&ok(
                inventory(db, dir.path(), &["report", "--format", "json"]),
                db,
            ));
            assert_eq!(
                data["repositories"],
                serde_json::json!([]),
                "nothing was stored"
            );
        }
    });
    // A damaged SQLite file: a clear error, and the file is left as it was.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("damaged.db");
    std::fs::write(&file, vec![0x42u8; 8192]).unwrap();
    let db = Db {
        url: file.display().to_string(),
        engine: "sqlite",
        _dir: tempfile::tempdir().unwrap(),
    };
    let run = inventory(
        &db,
        dir.path(),
        &["add", &report("polyglot"), "--repo", "x"],
    );
    refused(&run, "is not a readable inventory");
    assert!(run.stderr.contains("nothing was changed"), "{}", run.stderr);
    assert_eq!(std::fs::read(&file).unwrap(), vec![0x42u8; 8192]);
}

#[test]
fn portfolio_page_in_a_real_browser() {
    let Some(chromium) = chromium("portfolio_page_in_a_real_browser") else {
        return;
    };
    let db = sqlite();
    let dir = tempfile::tempdir().unwrap();
    ok(
        inventory(
            &db,
            dir.path(),
            &["add", &report("polyglot"), "--repo", "team-a/app"],
        ),
        &db,
    );
    ok(
        inventory(
            &db,
            dir.path(),
            &["add", &report("npm-messy-licenses"), "--repo", "team-b/web"],
        ),
        &db,
    );
    let page = dir.path().join("portfolio.html");
    ok(
        inventory(
            &db,
            dir.path(),
            &["report", "--output", page.to_str().unwrap()],
        ),
        &db,
    );
    let url = format!("file://{}", page.display());
    // The DOM Chromium built from the page: every section and row is there.
    let dom = headless(&chromium, dir.path(), &["--dump-dom", &url]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    for section in [
        "repositories",
        "categories",
        "licenses",
        "exceptions",
        "relicensed",
    ] {
        assert!(
            dom.contains(&format!("<section id=\"{section}\">")),
            "no {section} in {dom}"
        );
    }
    assert_eq!(dom.matches("<tr data-status=").count(), 2, "{dom}");
    // And it paints: a real picture of the first screen.
    screenshot(&chromium, dir.path(), &url, "1280,1000");
}

#[test]
#[allow(clippy::print_stderr)]
fn postgres_over_tls_with_the_certificate_checked() {
    let Some(db) = postgres("postgres_over_tls_with_the_certificate_checked") else {
        return;
    };
    if std::env::var_os("OSSDOO_TEST_POSTGRES_CA").is_none() {
        eprintln!("!!! SKIPPED: the test server has no TLS (openssl is missing)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let url = format!("{}?sslmode=require", db.url);
    let add = |trusted: bool| {
        run_with(
            &[
                "inventory",
                "add",
                &report("cargo-workspace"),
                "--repo",
                "tls",
                "--database",
                &url,
            ],
            home.path(),
            |cmd| {
                cmd.current_dir(dir.path())
                    .env_remove("SSL_CERT_FILE")
                    .env_remove("SSL_CERT_DIR");
                if trusted {
                    trust_test_server(cmd);
                }
            },
        )
    };
    // The server's authority is not one the system trusts: refused, with what to do.
    let refused = add(false);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("cannot connect to the PostgreSQL inventory")
            && refused
                .stderr
                .contains("name its certificate with SSL_CERT_FILE"),
        "{}",
        refused.stderr
    );
    let stored = add(true);
    assert_eq!(stored.code, 0, "{}", stored.stderr);
    assert!(
        stored.stdout.starts_with("added scan 1 of tls"),
        "{}",
        stored.stdout
    );
}

/// The CI recipe of docs/inventory.md: the job's report stored with the repository and commit
/// its CI system names (GitLab's and GitHub's variables), with no `--repo` or `--commit`.
#[test]
fn ci_variables_name_the_repository_and_commit() {
    let db = sqlite();
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    let scan = run_with(
        &[
            "scan",
            "fixtures/cargo-workspace",
            "--format",
            "json,sarif,html",
            "--output-dir",
            reports.to_str().unwrap(),
        ],
        home.path(),
        |_| {},
    );
    assert_eq!(scan.code, 0, "{}", scan.stderr);
    let report = reports.join("ossdoo.json").display().to_string();
    for (repo_var, commit_var, name, commit) in [
        (
            "CI_PROJECT_PATH",
            "CI_COMMIT_SHA",
            "ospo/forms-api",
            "9c1d2e3f",
        ),
        (
            "GITHUB_REPOSITORY",
            "GITHUB_SHA",
            "ospo/benefits",
            "4b5a6c7d",
        ),
    ] {
        let added = run_with(
            &["inventory", "add", &report, "--database", &db.url],
            home.path(),
            |cmd| {
                cmd.current_dir(dir.path())
                    .env(repo_var, name)
                    .env(commit_var, commit);
            },
        );
        assert_eq!(added.code, 0, "{}", added.stderr);
        assert!(
            added.stderr.contains(&format!(
                "repository `{name}`, from the CI system's variables"
            )),
            "{}",
            added.stderr
        );
    }
    let who = json(&ok(
        inventory(
            &db,
            dir.path(),
            &["who-uses", "pkg:cargo/itoa", "--format", "json"],
        ),
        &db,
    ));
    let seen: Vec<(&str, &str)> = who["uses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["repository"].as_str().unwrap(),
                u["commit"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("ospo/benefits", "4b5a6c7d"),
            ("ospo/forms-api", "9c1d2e3f")
        ]
    );
}
