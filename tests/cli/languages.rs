//! English and French: `--lang`, `OSSDOO_LANG` and the locale choose the language people read;
//! machine output does not change with it.

use crate::{run, run_with};

#[test]
fn the_table_in_french() {
    let out = run(&["scan", "fixtures/npm-messy-licenses", "--lang", "fr"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    insta::assert_snapshot!("table-fr-npm-messy-licenses", out.snapshot());
}

#[test]
fn the_locale_and_ossdoo_lang_choose_the_language() {
    let home = tempfile::tempdir().unwrap();
    let scan = |vars: &[(&str, &str)], args: &[&str]| {
        let mut all = vec!["scan", "fixtures/cargo-workspace"];
        all.extend_from_slice(args);
        let out = run_with(&all, home.path(), |cmd| {
            for (k, v) in vars {
                cmd.env(k, v);
            }
        });
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout.lines().last().unwrap_or_default().to_owned()
    };
    let french = "CONFORME\u{a0}: 0 violation, 1 avertissement";
    let english = "PASS: 0 violations, 1 warning";
    assert_eq!(scan(&[("LANG", "fr_CA.UTF-8")], &[]), french);
    assert_eq!(
        scan(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "en_CA.UTF-8")], &[]),
        french
    );
    assert_eq!(
        scan(&[("LANG", "fr_CA.UTF-8"), ("LC_ALL", "en_CA.UTF-8")], &[]),
        english
    );
    assert_eq!(
        scan(&[("OSSDOO_LANG", "en"), ("LANG", "fr_CA.UTF-8")], &[]),
        english
    );
    assert_eq!(scan(&[("OSSDOO_LANG", "fr")], &[]), french);
    assert_eq!(scan(&[("LANG", "fr_CA.UTF-8")], &["--lang", "en"]), english);
    assert_eq!(scan(&[], &[]), english);
}

#[test]
fn json_does_not_change_with_the_language() {
    let english = run(&["scan", "fixtures/npm-messy-licenses", "--format", "json"]);
    let french = run(&[
        "scan",
        "fixtures/npm-messy-licenses",
        "--format",
        "json",
        "--lang",
        "fr",
    ]);
    // Every machine field is the same; only the sentences people read (evidence, findings'
    // messages, warnings and errors) are in the language chosen.
    let machine = |stdout: &str| {
        let mut json: serde_json::Value = serde_json::from_str(stdout).unwrap();
        let blank = |items: Option<&mut serde_json::Value>, field: &str| {
            for item in items.and_then(|v| v.as_array_mut()).into_iter().flatten() {
                item[field] = serde_json::Value::Null;
            }
        };
        for package in json["packages"].as_array_mut().unwrap() {
            blank(package.get_mut("evidence"), "value");
        }
        blank(json.get_mut("findings"), "message");
        blank(json.get_mut("warnings"), "message");
        blank(json.get_mut("errors"), "message");
        json
    };
    assert_eq!(machine(&english.stdout), machine(&french.stdout));
    assert_ne!(english.stdout, french.stdout, "the evidence is in French");
}
