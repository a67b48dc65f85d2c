//! The bad-input catalogue (`fixtures/bad-inputs/cases`, written by its `generate.py`) and the
//! hostile file system: every damaged file is an error that names it and says what is wrong, the
//! scan goes on with the other projects, the exit code is 2, and nothing panics or hangs.

use std::fs;
use std::path::Path;

use crate::{repo, run, run_with};

/// Cases that are not errors, and why: the damage leaves a well-formed file.
const ACCEPTED: &[(&str, &str)] = &[
    // Not a project at all: a warning says it is skipped.
    ("cargo-manifest-empty", "no [package] or [workspace]"),
    // Cut at a line boundary, these line-based files are well-formed, shorter lockfiles.
    ("gradle-lockfile-truncated", "cut between lines"),
    ("pnpm-lockfile-truncated", "cut between lines"),
    ("python-requirements-truncated", "cut between lines"),
    ("yarn-lockfile-truncated", "cut between lines"),
    // Deeper indentation in Gemfile.lock reads as dependency lines of the spec above.
    ("ruby-lockfile-deeply-nested", "well-formed"),
    // Empty is allowed: nothing declared, nothing required.
    ("python-pyproject-empty", "declares nothing"),
    ("python-requirements-empty", "requires nothing"),
];

fn catalogue_scan() -> (crate::Run, serde_json::Value) {
    let cases = repo().join("fixtures/bad-inputs/cases");
    let mut args: Vec<String> = ["scan", "fixtures/bad-inputs/cases", "--format", "json"]
        .map(String::from)
        .to_vec();
    let mut sboms: Vec<_> = fs::read_dir(cases.join("sbom"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    sboms.sort();
    for sbom in sboms {
        args.push("--sbom".into());
        args.push(format!("fixtures/bad-inputs/cases/sbom/{sbom}"));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&args);
    let json = serde_json::from_str(&out.stdout).expect("JSON report even with broken inputs");
    (out, json)
}

#[test]
fn every_damaged_file_is_an_error_naming_it_and_the_scan_goes_on() {
    let (out, json) = catalogue_scan();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    let errors: Vec<(String, String)> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let path = e["path"].as_str().unwrap().to_owned();
            (path, e["message"].as_str().unwrap().to_owned())
        })
        .collect();
    let cases = repo().join("fixtures/bad-inputs/cases");
    let mut names: Vec<String> = fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    for name in names.iter().filter(|n| *n != "sound") {
        let prefix = format!("{name}/");
        let reported = errors.iter().any(|(path, _)| path.starts_with(&prefix));
        let accepted = ACCEPTED.iter().any(|(case, _)| case == name);
        if name == "sbom" {
            let count = errors
                .iter()
                .filter(|(p, _)| p.starts_with(&prefix))
                .count();
            assert_eq!(count, 7, "every damaged SBOM is an error");
        } else {
            assert_eq!(
                reported, !accepted,
                "{name}: an error only when the file is damaged"
            );
        }
    }
    // The sound project is reported whole, beside all the broken ones.
    let sound = json["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| {
            p["manifests"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m == "sound/package.json")
        })
        .count();
    assert_eq!(sound, 12);
    // The exact messages: each names the file, says what is wrong, and where the format has
    // lines, the line and column.
    let listing: String = errors
        .iter()
        .map(|(path, message)| format!("{path}: {message}\n"))
        .collect();
    insta::assert_snapshot!(listing);
}

#[test]
fn a_file_over_the_size_limit_is_an_error_for_that_file_only() {
    let out = run(&[
        "scan",
        "fixtures/monorepo",
        "--format",
        "json",
        "--max-file-size",
        "2KB",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    // `broken/package-lock.json` is broken on purpose; every other error is the limit's.
    let errors: Vec<_> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["path"] != "broken/package-lock.json")
        .collect();
    assert!(!errors.is_empty());
    for error in errors {
        let message = error["message"].as_str().unwrap();
        assert!(
            message.contains("over the 2 KB limit for one file (raise it with --max-file-size)"),
            "{message}"
        );
    }
    // The projects whose files are small are still reported.
    assert!(!json["packages"].as_array().unwrap().is_empty());

    let bad = run(&["scan", "fixtures/monorepo", "--max-file-size", "lots"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("`lots` is not a size"),
        "{}",
        bad.stderr
    );
}

/// A tree built at test time (git cannot hold a FIFO): a named pipe and a symlink to a device
/// where lockfiles belong, a folder whose name is not UTF-8, a symlink loop, and packages whose
/// metadata names license files outside themselves — none may hang the scan, crash it, or copy
/// the outside file into a report.
#[cfg(unix)]
#[test]
fn a_hostile_file_system_is_refused_file_by_file() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::symlink;

    let (outside, secret, tree) = secret_beside_a_tree();
    let root = tree.path();
    let write = |path: &str, text: &str| write_file(root, path, text);
    // A named pipe and a device where lockfiles are expected.
    write(
        "fifo/package.json",
        r#"{"name": "fifo", "version": "1.0.0"}"#,
    );
    let status = std::process::Command::new("mkfifo")
        .arg(root.join("fifo/package-lock.json"))
        .status()
        .unwrap();
    assert!(status.success());
    write(
        "device/package.json",
        r#"{"name": "device", "version": "1.0.0"}"#,
    );
    symlink("/dev/zero", root.join("device/package-lock.json")).unwrap();
    // A symlink loop.
    fs::create_dir_all(root.join("loop")).unwrap();
    symlink("..", root.join("loop/again")).unwrap();
    // A project in a folder whose name is not UTF-8.
    let odd = root.join(std::ffi::OsStr::from_bytes(b"odd\xffname"));
    fs::create_dir_all(&odd).unwrap();
    let sound = repo().join("fixtures/bad-inputs/cases/sound");
    for file in ["package.json", "package-lock.json"] {
        fs::copy(sound.join(file), odd.join(file)).unwrap();
    }
    // npm: `SEE LICENSE IN` a symlink to the secret, and one climbing out with `..`.
    write(
        "app/package.json",
        r#"{"name": "app", "version": "1.0.0", "dependencies": {"sly": "1.0.0", "climber": "1.0.0", "linked": "1.0.0"}}"#,
    );
    write(
        "app/package-lock.json",
        r#"{"name": "app", "lockfileVersion": 3, "packages": {
            "": {"name": "app", "version": "1.0.0", "dependencies": {"sly": "1.0.0", "climber": "1.0.0", "linked": "1.0.0"}},
            "node_modules/sly": {"version": "1.0.0"},
            "node_modules/climber": {"version": "1.0.0"},
            "node_modules/linked": {"version": "1.0.0"}}}"#,
    );
    write(
        "app/node_modules/sly/package.json",
        r#"{"name": "sly", "version": "1.0.0", "license": "SEE LICENSE IN LICENSE.txt"}"#,
    );
    symlink(&secret, root.join("app/node_modules/sly/LICENSE.txt")).unwrap();
    // npm: a package folder that is a link out of the tree (`npm link`) is not read at all.
    let linked = outside.path().join("linked");
    fs::create_dir_all(&linked).unwrap();
    let manifest = r#"{"name": "linked", "version": "1.0.0", "license": "MIT"}"#;
    fs::write(linked.join("package.json"), manifest).unwrap();
    fs::copy(&secret, linked.join("LICENSE")).unwrap();
    symlink(&linked, root.join("app/node_modules/linked")).unwrap();
    write(
        "app/node_modules/climber/package.json",
        r#"{"name": "climber", "version": "1.0.0", "license": "SEE LICENSE IN ../../../../secret.txt"}"#,
    );
    // Python: a `License-File` that climbs out of the dist-info.
    write("py/requirements.txt", "sneaky==1.0\n");
    write(
        "py/.venv/lib/python3.12/site-packages/sneaky-1.0.dist-info/METADATA",
        "Metadata-Version: 2.4\nName: sneaky\nVersion: 1.0\nLicense-File: ../../../../../../secret.txt\n",
    );
    write("py/.venv/pyvenv.cfg", "home = /usr/bin\n");

    let home = tempfile::tempdir().unwrap();
    let scan = |format: &str| {
        run_with(
            &["scan", root.to_str().unwrap(), "--format", format],
            home.path(),
            |_| {},
        )
    };
    let out = scan("json");
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let warnings: Vec<String> = json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            format!(
                "{}: {}",
                w["path"].as_str().unwrap(),
                w["message"].as_str().unwrap()
            )
        })
        .collect();
    let has = |needle: &str| warnings.iter().any(|w| w.contains(needle));
    assert!(
        has("fifo/package-lock.json: not read: not a regular file"),
        "{warnings:#?}"
    );
    assert!(
        has("device/package-lock.json: not read: a symbolic link"),
        "{warnings:#?}"
    );
    assert!(
        has("app/node_modules/linked: a symbolic link out of the scanned folder"),
        "{warnings:#?}"
    );
    assert!(
        has(
            "METADATA: `License-File: ../../../../../../secret.txt` points outside the package; not read"
        ),
        "{warnings:#?}"
    );
    // The project in the oddly named folder is scanned like any other.
    let projects = json["projects"].as_array().unwrap();
    assert!(
        projects.iter().any(|p| p["manifest"]
            .as_str()
            .unwrap()
            .starts_with("odd\u{FFFD}name/")),
        "{projects:#?}"
    );
    let evidence = |name: &str| {
        json["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["evidence"].to_string())
            .unwrap_or_default()
    };
    assert!(
        evidence("sly").contains("is a symbolic link out of the package; not read"),
        "{}",
        evidence("sly")
    );
    assert!(
        evidence("climber").contains("points outside the package; not read"),
        "{}",
        evidence("climber")
    );
    // Nothing of the outside file reaches any report or the notices.
    for format in ["json", "html", "spdx", "cyclonedx"] {
        assert!(!scan(format).stdout.contains("TOP SECRET"), "{format}");
    }
    let notice = run_with(&["notice", root.to_str().unwrap()], home.path(), |_| {});
    assert!(!notice.stdout.contains("TOP SECRET"));
}

/// A Cargo path dependency whose `license-file` climbs out of the crate: refused with a warning
/// about that crate's manifest, and the file's text is in no report.
#[test]
fn cargo_license_file_outside_the_crate_is_refused() {
    let (_outside, secret, tree) = secret_beside_a_tree();
    let root = tree.path();
    let write = |path: &str, text: &str| write_file(root, path, text);
    write(
        "Cargo.toml",
        "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\nlicense = \"MIT\"\n\n[dependencies]\nevil = { path = \"evil\" }\n",
    );
    write("src/lib.rs", "");
    write(
        "evil/Cargo.toml",
        &format!(
            "[package]\nname = \"evil\"\nversion = \"0.1.0\"\nedition = \"2021\"\nlicense-file = \"{}\"\n",
            secret.display()
        ),
    );
    write("evil/src/lib.rs", "");
    let home = tempfile::tempdir().unwrap();
    let out = run_with(
        &["scan", root.to_str().unwrap(), "--format", "json"],
        home.path(),
        |_| {},
    );
    assert!(!out.stdout.contains("TOP SECRET"));
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let warnings = json["warnings"].to_string();
    assert!(
        warnings.contains("evil/Cargo.toml")
            && warnings.contains("points outside the package; not read"),
        "{warnings}"
    );
    let notice = run_with(&["notice", root.to_str().unwrap()], home.path(), |_| {});
    assert!(!notice.stdout.contains("TOP SECRET"));
}

/// Proxy variables that point nowhere change nothing: no scan needs the network.
#[test]
fn scanning_needs_no_network() {
    let args = ["scan", "fixtures/polyglot", "--format", "json"];
    let home = tempfile::tempdir().unwrap();
    let plain = run_with(&args, home.path(), |_| {});
    let offline = run_with(&args, home.path(), |cmd| {
        for var in [
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "ALL_PROXY",
            "http_proxy",
            "https_proxy",
            "all_proxy",
        ] {
            cmd.env(var, "http://127.0.0.1:9");
        }
        cmd.env("NO_PROXY", "").env("CARGO_NET_OFFLINE", "false");
    });
    assert_eq!(offline.code, plain.code, "{}", offline.stderr);
    assert_eq!(offline.stdout, plain.stdout);
    assert_eq!(offline.stderr, plain.stderr);

    // Where the machine lets a process have a network namespace of its own (no interface but
    // loopback, which is down), the scan runs there too and gives the same answer.
    let unshare = |cmd: &mut std::process::Command| {
        crate::isolate(cmd, home.path());
        cmd.arg("-n");
    };
    let mut probe = std::process::Command::new("unshare");
    unshare(&mut probe);
    if !probe.arg("true").status().is_ok_and(|s| s.success()) {
        #[allow(clippy::print_stderr)] // says why half the test did not run
        {
            eprintln!("skipped the network-namespace half: `unshare -n` is not allowed here");
        }
        return;
    }
    let mut cmd = std::process::Command::new("unshare");
    unshare(&mut cmd);
    let output = cmd
        .arg(assert_cmd::cargo::cargo_bin!("ossdoo"))
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(plain.code));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), plain.stdout);
}

/// A "secret" file (a license text that starts `TOP SECRET`) in a temporary folder, whose text
/// must reach no report, and an empty temporary tree to scan beside it.
fn secret_beside_a_tree() -> (tempfile::TempDir, std::path::PathBuf, tempfile::TempDir) {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    fs::write(&secret, format!("TOP SECRET\n\n{}", mit_text())).unwrap();
    (outside, secret, tempfile::tempdir().unwrap())
}

/// Writes `text` to `root/path`, making the folders.
fn write_file(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn mit_text() -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/license-texts/mit-crlf__crossterm.txt"),
    )
    .unwrap_or_else(|_| "MIT License\n".to_owned())
}
