//! Yarn's and pnpm's caches read on a fresh clone (a lockfile, no `node_modules`):
//! `fixtures/yarn-v1-cache`, `fixtures/yarn-berry-cache` and `fixtures/pnpm-store`, each made by
//! the real client for the same project of 8 packages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::{copy_tree, repo, run_with};

/// The packages of the three fixtures: name, version, expected license, scope, direct.
const EXPECTED: &[(&str, &str, &str, &str, bool)] = &[
    (
        "@isaacs/string-locale-compare",
        "1.1.0",
        "ISC",
        "runtime",
        true,
    ),
    ("colors", "0.6.2", "MIT", "runtime", true),
    ("inherits", "2.0.4", "ISC", "dev", true),
    ("ms", "2.1.3", "MIT", "runtime", true),
    ("spdx-correct", "3.2.0", "Apache-2.0", "runtime", true),
    ("spdx-exceptions", "2.5.0", "CC-BY-3.0", "runtime", false),
    ("spdx-expression-parse", "3.0.1", "MIT", "runtime", false),
    ("spdx-license-ids", "3.0.24", "CC0-1.0", "runtime", false),
];

fn fixture(path: &str) -> PathBuf {
    repo().join("fixtures").join(path)
}

/// One JSON scan: the exit code, the report and stderr. `home` is the home folder (an empty one
/// when `None`); `env` more variables.
fn scan(project: &Path, extra: &[&str], home: Option<&Path>, env: &[(&str, &Path)]) -> Scanned {
    let empty = tempfile::tempdir().unwrap();
    let cargo_home = tempfile::tempdir().unwrap();
    // No detection cache: it would be written into the fixture when the fixture is the home.
    let mut args = vec![
        "scan",
        project.to_str().unwrap(),
        "--format",
        "json",
        "--no-cache",
    ];
    args.extend(extra);
    let run = run_with(&args, home.unwrap_or(empty.path()), |cmd| {
        cmd.env("CARGO_HOME", cargo_home.path());
        for (name, value) in env {
            cmd.env(name, value);
        }
    });
    let report =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stderr));
    Scanned {
        code: run.code,
        report,
        stderr: run.stderr,
    }
}

struct Scanned {
    code: i32,
    report: Value,
    stderr: String,
}

impl Scanned {
    fn packages(&self) -> BTreeMap<String, &Value> {
        let packages = self.report["packages"].as_array().unwrap().iter();
        packages
            .map(|p| (p["name"].as_str().unwrap().to_owned(), p))
            .collect()
    }

    /// The files of a package's evidence, in order.
    fn evidence_files(&self, name: &str) -> Vec<String> {
        let packages = self.packages();
        let evidence = packages[name]["evidence"].as_array().unwrap();
        (evidence.iter())
            .filter_map(|e| e["file"].as_str().map(str::to_owned))
            .collect()
    }

    /// Every package resolved as the fixtures' READMEs say, nothing unknown, no warning.
    fn assert_all_resolved(&self) {
        assert_eq!(self.code, 0, "{}", self.stderr);
        assert!(!self.stderr.contains("warning:"), "{}", self.stderr);
        assert_eq!(self.report["summary"]["unknown"], 0, "{}", self.stderr);
        let packages = self.packages();
        assert_eq!(packages.len(), EXPECTED.len());
        for (name, version, license, scope, direct) in EXPECTED {
            let package = packages[*name];
            assert_eq!(package["version"], *version, "{name}");
            assert_eq!(package["license"], *license, "{name}");
            assert_eq!(package["scope"], *scope, "{name}");
            assert_eq!(package["direct"], *direct, "{name}");
        }
        // colors declares nothing: its license is detected from the file in the cache alone.
        let colors = &packages["colors"]["evidence"].as_array().unwrap();
        assert_eq!(colors.len(), 1);
        assert_eq!(colors[0]["kind"], "detected");
        assert!(
            (colors[0]["file"].as_str().unwrap()).ends_with("MIT-LICENSE.txt"),
            "{colors:?}"
        );
    }

    /// The warnings and the reasons given for unknown packages.
    fn unknown_reasons(&self) -> Vec<&str> {
        let findings = self.report["findings"].as_array().unwrap().iter();
        findings
            .filter(|f| f["rule"] == "license-unknown")
            .map(|f| f["message"].as_str().unwrap())
            .collect()
    }
}

#[test]
fn yarn_classic_s_cache_resolves_a_fresh_clone() {
    let cache = fixture("yarn-v1-cache/cache");
    let scanned = scan(
        &fixture("yarn-v1-cache/project"),
        &[],
        None,
        &[("YARN_CACHE_FOLDER", &cache)],
    );
    scanned.assert_all_resolved();
    // Evidence names the verified tarball in the cache folder, the same on every machine.
    let folder = "[yarn cache]/npm-ms-2.1.3-574c8138ce1d2b5861f0b44579dbadd60c6615b2-integrity/node_modules/ms/.yarn-tarball.tgz";
    assert_eq!(
        scanned.evidence_files("ms"),
        [
            format!("{folder}!/package/package.json"),
            format!("{folder}!/package/license.md")
        ]
    );
    // `cache-folder` in the user's `.yarnrc`, and Yarn's default, `~/.cache/yarn/v6`.
    let home = tempfile::tempdir().unwrap();
    let rc = format!("cache-folder \"{}\"\n", cache.display());
    std::fs::write(home.path().join(".yarnrc"), rc).unwrap();
    let project = fixture("yarn-v1-cache/project");
    scan(&project, &[], Some(home.path()), &[]).assert_all_resolved();
    let home = tempfile::tempdir().unwrap();
    copy_tree(&cache, &home.path().join(".cache/yarn"));
    scan(&project, &[], Some(home.path()), &[]).assert_all_resolved();
}

#[test]
fn a_classic_cache_folder_without_its_tarball_is_read_unpacked_when_its_metadata_agrees() {
    let cache = tempfile::tempdir().unwrap();
    copy_tree(&fixture("yarn-v1-cache/cache"), cache.path());
    let ms = cache
        .path()
        .join("v6/npm-ms-2.1.3-574c8138ce1d2b5861f0b44579dbadd60c6615b2-integrity/node_modules/ms");
    std::fs::remove_file(ms.join(".yarn-tarball.tgz")).unwrap();
    let project = fixture("yarn-v1-cache/project");
    let root = ["--cache-root", cache.path().to_str().unwrap()];
    let scanned = scan(&project, &root, None, &[]);
    scanned.assert_all_resolved();
    assert_eq!(
        scanned.evidence_files("ms"),
        [
            "[yarn cache]/npm-ms-2.1.3-574c8138ce1d2b5861f0b44579dbadd60c6615b2-integrity/node_modules/ms/package.json",
            "[yarn cache]/npm-ms-2.1.3-574c8138ce1d2b5861f0b44579dbadd60c6615b2-integrity/node_modules/ms/license.md"
        ]
    );
    // Metadata that records another package's hash: not read.
    let metadata = ms.join(".yarn-metadata.json");
    let text = std::fs::read_to_string(&metadata).unwrap();
    let other = text.replace("6FlzubTLZG3J2a", "AAAAAAAAAAAAAA").replace(
        "574c8138ce1d2b5861f0b44579dbadd60c6615b2",
        "0000000000000000000000000000000000000000",
    );
    std::fs::write(&metadata, other).unwrap();
    let scanned = scan(&project, &root, None, &[]);
    assert_eq!(scanned.packages()["ms"]["verdict"], "unknown");
    assert!(
        scanned
            .stderr
            .contains("does not record the lockfile's integrity"),
        "{}",
        scanned.stderr
    );
}

#[test]
fn yarn_berry_s_global_cache_resolves_a_fresh_clone() {
    let home = fixture("yarn-berry-cache/home");
    let project = fixture("yarn-berry-cache/project");
    let scanned = scan(&project, &[], Some(&home), &[]);
    scanned.assert_all_resolved();
    let zip = "[yarn berry cache]/ms-npm-2.1.3-81ff3cfac1-10c0.zip";
    assert_eq!(
        scanned.evidence_files("ms"),
        [
            format!("{zip}!/node_modules/ms/package.json"),
            format!("{zip}!/node_modules/ms/license.md")
        ]
    );
    assert_eq!(
        scanned.evidence_files("@isaacs/string-locale-compare")[1],
        "[yarn berry cache]/@isaacs-string-locale-compare-npm-1.1.0-3911094464-10c0.zip!/node_modules/@isaacs/string-locale-compare/LICENSE"
    );
    // `YARN_GLOBAL_FOLDER`.
    let global = home.join(".yarn/berry");
    scan(&project, &[], None, &[("YARN_GLOBAL_FOLDER", &global)]).assert_all_resolved();
}

/// Yarn patches some packages itself (`typescript@patch:…`, from Yarn 4's builtin compat
/// patches): the patched copy's checksum is its own zip's, not the registry zip's, so it is not
/// a damaged entry; it is the same package, version and license as its plain entry.
#[test]
fn a_patched_copy_is_not_a_damaged_zip() {
    let project = tempfile::tempdir().unwrap();
    copy_tree(&fixture("yarn-berry-cache/project"), project.path());
    let resolution =
        "ms@patch:ms@npm%3A2.1.3#~/.yarn/patches/ms-npm-2.1.3.patch::version=2.1.3&hash=0a1b2c";
    let patched = format!(
        "\n\"ms@patch:ms@npm%3A2.1.3#~/.yarn/patches/ms-npm-2.1.3.patch\":\n  version: 2.1.3\n  resolution: \"{resolution}\"\n  checksum: 10c0/{}\n  languageName: node\n  linkType: hard\n",
        "0".repeat(128)
    );
    let lock = project.path().join("yarn.lock");
    let text = std::fs::read_to_string(&lock).unwrap() + &patched;
    std::fs::write(&lock, text).unwrap();
    let home = fixture("yarn-berry-cache/home");
    scan(project.path(), &[], Some(&home), &[]).assert_all_resolved();
}

#[test]
fn a_berry_project_s_own_cache_folder_is_read() {
    // The zips as `enableGlobalCache: false` names them in the project (by checksum, not by
    // cache key): the same bytes, see the fixture's README.
    let project = tempfile::tempdir().unwrap();
    copy_tree(&fixture("yarn-berry-cache/project"), project.path());
    let local = project.path().join(".yarn/cache");
    std::fs::create_dir_all(&local).unwrap();
    let lock = std::fs::read_to_string(project.path().join("yarn.lock")).unwrap();
    for entry in std::fs::read_dir(fixture("yarn-berry-cache/home/.yarn/berry/cache")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        let stem = name.strip_suffix("-10c0.zip").unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let hash = sha512_hex(&bytes);
        assert!(lock.contains(&format!("checksum: 10c0/{hash}")), "{name}");
        std::fs::write(local.join(format!("{stem}-{}.zip", &hash[..10])), bytes).unwrap();
    }
    let scanned = scan(project.path(), &[], None, &[]);
    scanned.assert_all_resolved();
    assert_eq!(
        scanned.evidence_files("ms")[1],
        ".yarn/cache/ms-npm-2.1.3-81ff3cfac1-d924b57e73.zip!/node_modules/ms/license.md"
    );
}

fn sha512_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha512::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn pnpm_s_store_resolves_a_fresh_clone() {
    let project = fixture("pnpm-store/project");
    // pnpm 10's store (`v10`, indexes under `index/`), as `npm_config_store_dir` names it.
    let store = fixture("pnpm-store/store");
    let scanned = scan(&project, &[], None, &[("npm_config_store_dir", &store)]);
    scanned.assert_all_resolved();
    let index = "[pnpm store]/index/e8/5973b9b4cb646dc9d9afcd542025784863ceae68c601f268253dc985ef70bb-ms@2.1.3.json";
    assert_eq!(
        scanned.evidence_files("ms"),
        [
            format!("{index}!/package.json"),
            format!("{index}!/license.md")
        ]
    );
    // pnpm 9's store (`v3`, indexes beside the files), as the version folder `pnpm store path`
    // prints.
    let v3 = fixture("pnpm-store/store-pnpm9/v3");
    let scanned = scan(&project, &[], None, &[("NPM_CONFIG_STORE_DIR", &v3)]);
    scanned.assert_all_resolved();
    assert!(
        scanned.evidence_files("ms")[1].starts_with("[pnpm store]/files/e8/5973b9b4"),
        "{:?}",
        scanned.evidence_files("ms")
    );
    // `store-dir` in the project's `.npmrc`; pnpm's default, `~/.local/share/pnpm/store`.
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&project, copy.path());
    let npmrc = format!("store-dir={}\n", store.display());
    std::fs::write(copy.path().join(".npmrc"), npmrc).unwrap();
    scan(copy.path(), &[], None, &[]).assert_all_resolved();
    let home = tempfile::tempdir().unwrap();
    copy_tree(&store, &home.path().join(".local/share/pnpm/store"));
    scan(&project, &[], Some(home.path()), &[]).assert_all_resolved();
}

#[test]
fn cache_root_finds_the_caches_a_ci_restored() {
    let restored = tempfile::tempdir().unwrap();
    let dir = restored.path();
    copy_tree(&fixture("yarn-v1-cache/cache"), &dir.join(".yarn-cache"));
    copy_tree(&fixture("yarn-berry-cache/home/.yarn"), &dir.join(".yarn"));
    copy_tree(&fixture("pnpm-store/store"), &dir.join(".pnpm-store"));
    let root = ["--cache-root", dir.to_str().unwrap()];
    for project in ["yarn-v1-cache", "yarn-berry-cache", "pnpm-store"] {
        let scanned = scan(&fixture(&format!("{project}/project")), &root, None, &[]);
        scanned.assert_all_resolved();
    }
}

/// Copies a fixture's cache to a temporary folder and changes one byte of `file` in it.
fn damaged_copy(cache: &str, file: &str) -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&fixture(cache), copy.path());
    let path = copy.path().join(file);
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&path, bytes).unwrap();
    copy
}

#[test]
fn a_damaged_entry_is_a_warning_and_the_other_packages_resolve() {
    let cases = [
        (
            "yarn-v1-cache",
            "yarn-v1-cache/cache",
            "v6/npm-ms-2.1.3-574c8138ce1d2b5861f0b44579dbadd60c6615b2-integrity/node_modules/ms/.yarn-tarball.tgz",
            "1 package(s) have a damaged tarball in Yarn's cache, so they were not read; the first, `ms`",
            "does not match the lockfile's integrity",
        ),
        (
            "yarn-berry-cache",
            "yarn-berry-cache/home",
            ".yarn/berry/cache/ms-npm-2.1.3-81ff3cfac1-10c0.zip",
            "1 package(s) have a damaged zip archive in Yarn's cache, so they were not read; the first, `ms`",
            "does not match the lockfile's checksum",
        ),
        (
            "pnpm-store",
            "pnpm-store/store",
            // ms's license.md.
            "v10/files/99/536ece73c2f788fa74c42bfabc044d3966812ffb9a9d30bb9183371999bb4067b26c1b36d40738444a37c341fd5b9b5e833c9d40884b99d39147e5a9e3f3de",
            "1 package(s) have a damaged entry in pnpm's store, so they were not read; the first, `ms`",
            "the content of `license.md` does not match its hash in the index",
        ),
    ];
    for (project, cache, file, warning, why) in cases {
        let copy = damaged_copy(cache, file);
        let root = ["--cache-root", copy.path().to_str().unwrap()];
        let scanned = scan(&fixture(&format!("{project}/project")), &root, None, &[]);
        assert_eq!(scanned.code, 1, "{project}: {}", scanned.stderr);
        assert!(
            scanned.stderr.contains(warning),
            "{project}: {}",
            scanned.stderr
        );
        assert!(
            scanned.stderr.contains(why),
            "{project}: {}",
            scanned.stderr
        );
        assert_eq!(
            scanned.stderr.matches("warning:").count(),
            1,
            "{}",
            scanned.stderr
        );
        assert_eq!(scanned.report["summary"]["unknown"], 1, "{project}");
        let packages = scanned.packages();
        assert_eq!(packages["ms"]["verdict"], "unknown", "{project}");
        for (name, _, license, _, _) in EXPECTED.iter().filter(|e| e.0 != "ms") {
            assert_eq!(packages[*name]["license"], *license, "{project}: {name}");
        }
        let reasons = scanned.unknown_reasons();
        assert!(
            reasons
                .iter()
                .any(|r| r.contains("cannot be used") && r.contains(why)),
            "{project}: {reasons:?}"
        );
    }
}

#[test]
fn a_corrupt_zip_with_a_matching_name_is_damaged_not_a_crash() {
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&fixture("yarn-berry-cache/home"), copy.path());
    let zip = copy
        .path()
        .join(".yarn/berry/cache/ms-npm-2.1.3-81ff3cfac1-10c0.zip");
    std::fs::write(&zip, b"PK\x03\x04 not a zip").unwrap();
    let project = tempfile::tempdir().unwrap();
    copy_tree(&fixture("yarn-berry-cache/project"), project.path());
    // Without a checksum in the lockfile nothing can be verified: the zip is opened, fails to
    // read, and that is a warning too.
    let lock = std::fs::read_to_string(project.path().join("yarn.lock")).unwrap();
    let lock: String = lock
        .lines()
        .filter(|line| !line.contains("checksum: 10c0/d924b57e"))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(project.path().join("yarn.lock"), lock).unwrap();
    let root = ["--cache-root", copy.path().to_str().unwrap()];
    let scanned = scan(project.path(), &root, None, &[]);
    assert_eq!(scanned.code, 1, "{}", scanned.stderr);
    assert!(
        scanned.stderr.contains("not a readable zip archive"),
        "{}",
        scanned.stderr
    );
    assert_eq!(scanned.report["summary"]["unknown"], 1);
}

#[test]
fn without_the_caches_packages_are_unknown_with_one_hint_per_project() {
    let cases = [
        (
            "yarn-v1-cache",
            "no Yarn cache was found (`YARN_CACHE_FOLDER`, `.yarnrc`, `~/.cache/yarn`)",
            "yarn install --frozen-lockfile --ignore-scripts",
        ),
        (
            "yarn-berry-cache",
            "no Yarn cache was found (`.yarn/cache`, `YARN_GLOBAL_FOLDER`, `~/.yarn/berry/cache`)",
            "yarn install --immutable --mode=skip-build",
        ),
        (
            "pnpm-store",
            "no pnpm store was found (`store-dir`, `npm_config_store_dir`, `~/.local/share/pnpm/store`)",
            "pnpm install --frozen-lockfile --ignore-scripts",
        ),
    ];
    for (project, looked, install) in cases {
        let scanned = scan(&fixture(&format!("{project}/project")), &[], None, &[]);
        assert_eq!(scanned.code, 1, "{project}");
        assert_eq!(scanned.report["summary"]["unknown"], 8, "{project}");
        assert_eq!(
            scanned.stderr.matches("warning:").count(),
            1,
            "{}",
            scanned.stderr
        );
        assert!(
            scanned
                .stderr
                .contains("8 package(s) are not installed and could not be read from"),
            "{}",
            scanned.stderr
        );
        assert!(scanned.stderr.contains(install), "{}", scanned.stderr);
        let reasons = scanned.unknown_reasons();
        assert_eq!(reasons.len(), 8, "{project}");
        for reason in reasons {
            assert!(
                reason.starts_with(&format!("not installed (no node_modules) and {looked}")),
                "{reason}"
            );
            assert!(
                reason.contains(install) && reason.contains("--cache-root"),
                "{reason}"
            );
        }
    }
    // A cache that does not hold the packages is named in the reason.
    let empty = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(empty.path().join("v6")).unwrap();
    let root = ["--cache-root", empty.path().to_str().unwrap()];
    let scanned = scan(&fixture("yarn-v1-cache/project"), &root, None, &[]);
    let reasons = scanned.unknown_reasons();
    let shown = format!(
        "not in Yarn's cache ({})",
        empty.path().join("v6").display()
    );
    assert!(reasons[0].contains(&shown), "{reasons:?}");
}
