//! Output plumbing: `--output`, `--help`, colour.

use crate::run;

#[test]
fn output_file_is_written_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let out = run(&[
        "scan",
        "fixtures/npm-shrinkwrap",
        "--format",
        "json",
        "--output",
        report.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout, "");
    let direct = run(&["scan", "fixtures/npm-shrinkwrap", "--format", "json"]);
    assert_eq!(std::fs::read_to_string(&report).unwrap(), direct.stdout);
    // Only the report: no temporary file left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn help() {
    insta::assert_snapshot!(run(&["--help"]).stdout);
    insta::assert_snapshot!(run(&["scan", "--help"]).stdout);
}

#[test]
fn color_always_paints_verdicts() {
    let out = run(&["--color", "always", "scan", "fixtures/npm-lockfile-v3"]);
    assert!(
        out.stdout.contains("\u{1b}["),
        "no ANSI escape in:\n{}",
        out.stdout
    );
    let plain = run(&["--color", "never", "scan", "fixtures/npm-lockfile-v3"]);
    assert!(!plain.stdout.contains('\u{1b}'));
}
