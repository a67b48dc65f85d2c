//! End-to-end tests: run the built `ossdoo` binary on fixtures and check its exact output.
//!
//! Every run gets an empty `CARGO_HOME` (so Cargo fixtures must resolve from their vendored
//! crates, exactly as on a fresh offline machine), `NO_COLOR`, and a fixed date.

mod bad_inputs;
mod baseline;
mod cache_variables;
mod caches;
mod ci_recipes;
mod commands;
mod errors;
mod fixtures;
mod formats;
mod gc_publishing;
mod groups;
mod html;
mod images;
mod inventory;
mod js_caches;
mod languages;
mod languages_input;
mod languages_reports;
mod licenses;
mod notice;
mod output;
mod performance;
mod policy;
mod python_caches;
mod sbom_output;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root; fixture paths in commands are relative to it.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A command for the built binary, isolated from the machine it runs on: the empty temporary
/// folder is also the home folder and every package manager's cache, so nothing installed on
/// the machine (`~/.m2`, `~/go/pkg/mod`, system gems) leaks into the results.
pub fn ossdoo(cargo_home: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("ossdoo"));
    isolate(&mut cmd, cargo_home);
    cmd
}

/// Gives a command (ossdoo, or a shell that runs it) the isolated environment of [`ossdoo`].
pub fn isolate(cmd: &mut Command, cargo_home: &Path) {
    cmd.current_dir(repo())
        .env("CARGO_HOME", cargo_home)
        .env("HOME", cargo_home)
        .env("GOMODCACHE", cargo_home.join("go"))
        .env("GRADLE_USER_HOME", cargo_home.join("gradle"))
        .env("GEM_PATH", cargo_home.join("gems"))
        .env("NO_COLOR", "1")
        .env("OSSDOO_TODAY", "2026-11-23")
        .env_remove("GOPATH")
        .env_remove("XDG_CACHE_HOME")
        .env_remove("GEM_HOME")
        .env_remove("NUGET_PACKAGES")
        .env_remove("npm_config_cache")
        .env_remove("VIRTUAL_ENV")
        .env_remove("CONDA_PREFIX")
        .env_remove("POETRY_VIRTUALENVS_PATH")
        .env_remove("POETRY_CACHE_DIR")
        .env_remove("UV_CACHE_DIR")
        .env_remove("PIP_CACHE_DIR")
        .env_remove("WORKON_HOME")
        .env_remove("HATCH_DATA_DIR")
        .env_remove("XDG_DATA_HOME")
        .env_remove("NPM_CONFIG_CACHE")
        .env_remove("YARN_CACHE_FOLDER")
        .env_remove("YARN_GLOBAL_FOLDER")
        .env_remove("npm_config_store_dir")
        .env_remove("NPM_CONFIG_STORE_DIR")
        .env_remove("PNPM_HOME")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("LOCALAPPDATA")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("OSSDOO_DATABASE")
        .env_remove("OSSDOO_REPO")
        .env_remove("OSSDOO_COMMIT")
        // English unless a test asks: the snapshots are in English.
        .env_remove("OSSDOO_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        // The CI systems' names for the repository and commit (the inventory reads them).
        .env_remove("GITHUB_REPOSITORY")
        .env_remove("GITHUB_SHA")
        .env_remove("CI_PROJECT_PATH")
        .env_remove("CI_COMMIT_SHA")
        .env_remove("BUILD_REPOSITORY_NAME")
        .env_remove("BUILD_SOURCEVERSION")
        .env_remove("BITBUCKET_REPO_FULL_NAME")
        .env_remove("BITBUCKET_COMMIT");
}

/// Exit code, stdout and stderr of one run, in one string for a snapshot.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn snapshot(&self) -> String {
        format!(
            "exit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Runs `ossdoo ARGS` with an empty cargo home.
pub fn run(args: &[&str]) -> Run {
    let home = tempfile::tempdir().unwrap();
    run_with(args, home.path(), |_| {})
}

/// Scanning a Cargo project without Cargo.lock makes cargo write one for a moment (ossdoo
/// removes it again); two such scans of one folder at once would see each other's lockfile, so
/// they take turns. Hold this guard to look at the folder between scans.
pub fn no_lockfile_turn() -> std::sync::MutexGuard<'static, ()> {
    static NO_LOCKFILE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    NO_LOCKFILE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `ossdoo ARGS`, letting the caller adjust the command first.
pub fn run_with(args: &[&str], cargo_home: &Path, adjust: impl FnOnce(&mut Command)) -> Run {
    let _turn = args
        .iter()
        .any(|a| a.contains("cargo-no-lockfile"))
        .then(no_lockfile_turn);
    run_unserialized(args, cargo_home, adjust)
}

/// [`run_with`] for a caller that already holds [`no_lockfile_turn`].
pub fn run_unserialized(
    args: &[&str],
    cargo_home: &Path,
    adjust: impl FnOnce(&mut Command),
) -> Run {
    let mut cmd = ossdoo(cargo_home);
    cmd.args(args);
    adjust(&mut cmd);
    let output = cmd.output().expect("ossdoo runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// A copy of `fixtures/NAME` in a temporary folder, file modes kept (for tests that let the scan
/// or a script write next to the project).
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("fixtures").join(name), dir.path());
    dir
}

/// Copies the folder `from` to `to`, file modes kept.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Fixture folders that hold data for the license tests, not projects to scan.
const DATA_FIXTURES: &[&str] = &[
    "bad-inputs",
    "fuzz-regressions",
    "gc-publishing",
    "image-hostile",
    "license-strings",
    "license-texts",
];

/// Every project fixture folder, sorted (`fixtures/<name>`).
pub fn fixture_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .filter(|p| !DATA_FIXTURES.iter().any(|d| p.ends_with(d)))
        .collect();
    dirs.sort();
    dirs
}

/// Debian's Chromium, or `None` (said loudly) when it is not installed; `.ci/run` installs it and
/// sets OSSDOO_REQUIRE_BROWSER, so CI never skips.
#[allow(clippy::print_stderr)]
pub fn chromium(test: &str) -> Option<PathBuf> {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("OSSDOO_REQUIRE_BROWSER").is_none(),
            "OSSDOO_REQUIRE_BROWSER is set but Chromium is not installed"
        );
        eprintln!("!!! SKIPPED in a browser: {test} (install Debian's chromium)");
    }
    found
}

pub fn headless(chromium: &Path, home: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            // Nothing may be fetched: every host resolves nowhere.
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!(
            "--user-data-dir={}",
            home.join("profile").display()
        ))
        .args(args)
        .env("HOME", home)
        .output()
        .expect("chromium runs")
}

/// A screenshot of `url` in a `width,height` window, checked to be a real picture: a PNG of more
/// than 20 kB (a blank page is a few kB).
pub fn screenshot(chromium: &Path, home: &Path, url: &str, window: &str) -> Vec<u8> {
    let shot = home.join("shot.png");
    let out = headless(
        chromium,
        home,
        &[
            &format!("--screenshot={}", shot.display()),
            &format!("--window-size={window}"),
            url,
        ],
    );
    let png = std::fs::read(&shot)
        .unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&out.stderr)));
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        png.len() > 20_000,
        "a near-empty screenshot ({} bytes)",
        png.len()
    );
    png
}
