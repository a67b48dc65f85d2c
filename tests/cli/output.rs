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

#[test]
fn output_dir_writes_one_file_per_format_from_one_scan() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports/nested");
    let out = run(&[
        "scan",
        "fixtures/npm-messy-licenses",
        "--format",
        "json,sarif,html,markdown,json",
        "--output-dir",
        reports.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    let mut written: Vec<String> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        ["ossdoo.html", "ossdoo.json", "ossdoo.md", "ossdoo.sarif"]
    );
    // Each file is what the single-format run prints.
    for (format, file) in [
        ("json", "ossdoo.json"),
        ("sarif", "ossdoo.sarif"),
        ("markdown", "ossdoo.md"),
    ] {
        let single = run(&["scan", "fixtures/npm-messy-licenses", "--format", format]);
        let text = std::fs::read_to_string(reports.join(file)).unwrap();
        assert_eq!(text, single.stdout, "{format}");
    }
    // Every file is announced once, in the order asked for.
    let announced: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("wrote "))
        .collect();
    assert_eq!(announced.len(), 4, "{}", out.stderr);
    assert!(announced[0].ends_with("ossdoo.json"));
    assert!(announced[3].ends_with("ossdoo.md"));
}

#[test]
fn several_formats_need_an_output_dir() {
    let out = run(&["scan", "fixtures/npm-lockfile-v3", "--format", "json,sarif"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("add `--output-dir DIR`"),
        "{}",
        out.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let both = run(&[
        "scan",
        "fixtures/npm-lockfile-v3",
        "--output",
        "x.json",
        "--output-dir",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(both.code, 2);
    assert!(
        both.stderr.contains("cannot be used with"),
        "{}",
        both.stderr
    );
}

#[test]
fn output_dir_table_has_no_colour() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "scan",
        "fixtures/npm-lockfile-v3",
        "--output-dir",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0);
    let table = std::fs::read_to_string(dir.path().join("ossdoo.txt")).unwrap();
    assert_eq!(table, run(&["scan", "fixtures/npm-lockfile-v3"]).stdout);
}
