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

/// Machine fields never change with the language: keys, enum values, ids, purls, licenses and
/// the order of everything. Only what a person reads (messages, help, evidence's words) and
/// `language` do.
#[test]
fn json_machine_fields_do_not_change_with_the_language() {
    let english = run(&["scan", "fixtures/npm-messy-licenses", "--format", "json"]);
    let french = run(&[
        "scan",
        "fixtures/npm-messy-licenses",
        "--format",
        "json",
        "--lang",
        "fr",
    ]);
    let english: serde_json::Value = serde_json::from_str(&english.stdout).unwrap();
    let french: serde_json::Value = serde_json::from_str(&french.stdout).unwrap();
    assert_eq!(english["language"], "en");
    assert_eq!(french["language"], "fr");
    assert_eq!(machine(&english), machine(&french));
    let messages = |report: &serde_json::Value| -> Vec<String> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["message"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(
        messages(&english)
            .iter()
            .any(|m| m.contains("needs review"))
    );
    assert!(
        messages(&french)
            .iter()
            .any(|m| m.contains("est à examiner"))
    );
}

/// The report without its human texts: every string under a key that people read is blanked.
fn machine(report: &serde_json::Value) -> serde_json::Value {
    const HUMAN: &[&str] = &["language", "message", "help", "value", "reason", "remedy"];
    match report {
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(key, value)| {
                let value = if HUMAN.contains(&key.as_str()) {
                    serde_json::Value::Null
                } else {
                    machine(value)
                };
                (key.clone(), value)
            })
            .collect(),
        serde_json::Value::Array(items) => items.iter().map(machine).collect(),
        other => other.clone(),
    }
}

/// `[policy] language` chooses the language of the reports written under the policy: before the
/// locale (a CI runner's `C.UTF-8` does not undo the office's choice), after `--lang` and
/// `OSSDOO_LANG` (a person's explicit choice).
#[test]
fn the_policy_chooses_the_language_unless_the_user_does() {
    let home = tempfile::tempdir().unwrap();
    let policy = home.path().join("francais.toml");
    std::fs::write(
        &policy,
        "extends = \"default\"\n\n[policy]\nname = \"politique du Bureau\"\nlanguage = \"fr\"\n",
    )
    .unwrap();
    let policy = policy.to_str().unwrap().to_owned();
    let scan = |vars: &[(&str, &str)], args: &[&str]| {
        let mut all = vec!["scan", "fixtures/cargo-workspace", "--policy", &policy];
        all.extend_from_slice(args);
        let out = run_with(&all, home.path(), |cmd| {
            for (k, v) in vars {
                cmd.env(k, v);
            }
        });
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
    };
    let last = |out: String| out.lines().last().unwrap_or_default().to_owned();
    let french = "CONFORME\u{a0}: 0 violation, 1 avertissement";
    let english = "PASS: 0 violations, 1 warning";
    assert_eq!(last(scan(&[], &[])), french);
    assert_eq!(last(scan(&[("LANG", "C.UTF-8")], &[])), french);
    assert_eq!(last(scan(&[("LANG", "en_CA.UTF-8")], &[])), french);
    assert_eq!(last(scan(&[], &["--lang", "en"])), english);
    assert_eq!(last(scan(&[("OSSDOO_LANG", "en")], &[])), english);
    let json = scan(&[], &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["language"], "fr");
}

#[test]
fn a_policy_language_ossdoo_does_not_speak_is_an_error_with_its_position() {
    let home = tempfile::tempdir().unwrap();
    let policy = home.path().join("ossdoo.toml");
    std::fs::write(&policy, "[policy]\nlanguage = \"de\"\n").unwrap();
    let out = run(&[
        "scan",
        "fixtures/cargo-workspace",
        "--policy",
        policy.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(out.stderr.contains("ossdoo.toml"), "{}", out.stderr);
    assert!(
        out.stderr.contains("2:12") || out.stderr.contains("line 2"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("`en`") && out.stderr.contains("`fr`"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_help_speaks_french_when_asked() {
    let french = run(&["--lang", "fr", "scan", "--help"]);
    assert_eq!(french.code, 0, "{}", french.stderr);
    assert!(
        french.stdout.starts_with("Analyser un dossier"),
        "{}",
        french.stdout
    );
    assert!(
        french.stdout.contains("Utilisation\u{a0}: ossdoo scan"),
        "{}",
        french.stdout
    );
    assert!(
        french.stdout.contains("Écrire le rapport dans ce fichier"),
        "{}",
        french.stdout
    );
    let home = tempfile::tempdir().unwrap();
    let from_locale = run_with(&["--help"], home.path(), |cmd| {
        cmd.env("LANG", "fr_CA.UTF-8");
    });
    assert!(
        from_locale.stdout.contains("Commandes"),
        "{}",
        from_locale.stdout
    );
    assert!(
        from_locale.stdout.contains("Analyser un dossier"),
        "{}",
        from_locale.stdout
    );
    let english = run(&["scan", "--help"]);
    assert!(
        english.stdout.starts_with("Scan a folder"),
        "{}",
        english.stdout
    );
    assert!(
        english.stdout.contains("Usage: ossdoo scan"),
        "{}",
        english.stdout
    );
}

/// Errors keep `file:line:column`, the line and the caret; only the words change.
#[test]
fn policy_errors_in_french_keep_their_position() {
    let home = tempfile::tempdir().unwrap();
    let policy = home.path().join("ossdoo.toml");
    std::fs::write(&policy, "[licenses]\nallow = [\"MTI\"]\n").unwrap();
    let out = run(&["--lang", "fr", "policy", "check", policy.to_str().unwrap()]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr.starts_with("erreur\u{a0}: politique `"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("ossdoo.toml:2:11: `MTI` dans `licenses.allow`\u{a0}:"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("2 | allow = [\"MTI\"]"),
        "{}",
        out.stderr
    );
}

#[test]
fn explain_in_french() {
    let out = run(&["explain", "GPLv2+ OR MIT", "--lang", "fr"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!("explain-fr", out.snapshot());
}
