//! The run-to-run detection cache (`--cache-dir`, `--no-cache`) and `--timings`.

use crate::{run, run_with};

/// A real license file the normalised-text hash does not answer: detecting it needs the engine.
const SCORED: &str = "fixtures/license-texts/afl-2.1-or-bsd-3-clause-crlf__json-schema.txt";

#[test]
fn detections_are_cached_between_runs_and_give_the_same_answer() {
    let home = tempfile::tempdir().unwrap();
    let cache = home.path().join("cache");
    let args = [
        "detect",
        SCORED,
        "--format",
        "json",
        "--cache-dir",
        cache.to_str().unwrap(),
    ];
    let first = run_with(&args, home.path(), |_| {});
    assert_eq!(first.code, 0, "{}", first.stderr);
    let file = cache.join("detections-v1.json");
    let stored = std::fs::read_to_string(&file).expect("the cache is written");
    assert!(stored.contains("\"ossdoo\":"), "{stored}");
    let second = run_with(&args, home.path(), |_| {});
    assert_eq!(second.stdout, first.stdout);
    assert_eq!(second.stderr, "");
    // Nothing new to remember: the file is not rewritten.
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stored);
    // Without the cache the answer is the same.
    assert_eq!(
        run(&["detect", SCORED, "--format", "json", "--no-cache"]).stdout,
        first.stdout
    );
}

#[test]
fn a_corrupt_cache_is_ignored_with_a_warning_and_rewritten() {
    let home = tempfile::tempdir().unwrap();
    let cache = home.path().join("cache");
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::write(
        cache.join("detections-v1.json"),
        "{\"ossdoo\": 1, trailing garbage",
    )
    .unwrap();
    let args = ["detect", SCORED, "--cache-dir", cache.to_str().unwrap()];
    let out = run_with(&args, home.path(), |_| {});
    assert_eq!(out.code, 0);
    assert!(
        out.stderr
            .starts_with("warning: the detection cache is corrupt"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, run(&["detect", SCORED, "--no-cache"]).stdout);
    let again = run_with(&args, home.path(), |_| {});
    assert_eq!(again.stderr, "", "the cache was rewritten");
}

#[test]
fn the_default_cache_is_under_the_home_folder_and_no_cache_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let out = run_with(&["detect", SCORED, "--no-cache"], home.path(), |_| {});
    assert_eq!(out.code, 0);
    assert!(!home.path().join(".cache").exists());
    run_with(&["detect", SCORED], home.path(), |_| {});
    assert!(
        home.path()
            .join(".cache/ossdoo/detections-v1.json")
            .is_file()
    );
    let xdg = home.path().join("xdg");
    run_with(&["detect", SCORED], home.path(), |cmd| {
        cmd.env("XDG_CACHE_HOME", &xdg);
    });
    assert!(xdg.join("ossdoo/detections-v1.json").is_file());
}

#[test]
fn timings_name_every_stage_and_the_cache_hits() {
    let home = tempfile::tempdir().unwrap();
    let cache = home.path().join("cache");
    let args = [
        "scan",
        "fixtures/npm-messy-licenses",
        "--timings",
        "--cache-dir",
        cache.to_str().unwrap(),
    ];
    let first = run_with(&args, home.path(), |_| {});
    let stages: Vec<&str> = first
        .stderr
        .lines()
        .skip_while(|l| !l.starts_with("timings"))
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        stages,
        [
            "discover", "collect", "resolve", "evaluate", "assemble", "report", "total"
        ],
        "{}",
        first.stderr
    );
    assert!(first.stderr.contains("npm "), "{}", first.stderr);
    assert!(
        first.stderr.contains(" 0 from the cache"),
        "{}",
        first.stderr
    );
    // The texts the first run matched come from the cache the second time; the report is the same.
    let second = run_with(&args, home.path(), |_| {});
    assert_eq!(second.stdout, first.stdout);
    assert!(
        second.stderr.contains(" 0 matched by the engine"),
        "{}",
        second.stderr
    );
    assert!(
        !second.stderr.contains(" 0 from the cache"),
        "{}",
        second.stderr
    );
    // Without --timings, nothing about time.
    let plain = run(&["scan", "fixtures/npm-messy-licenses", "--quiet"]);
    assert!(!plain.stderr.contains("timings"));
    assert_eq!(plain.stdout, first.stdout);
}
