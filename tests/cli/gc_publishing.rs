//! The Government of Canada publishing checklist (`--policy gc-publishing`) on layouts trimmed
//! from real Government of Canada repositories (`fixtures/gc-publishing/`, whose README says where
//! each file comes from): in English and in French, the exit codes, the JSON items, the scan's
//! findings, the shipped policy by name and as a template.

use crate::{repo, run};

fn checklist(fixture: &str, more: &[&str]) -> crate::Run {
    let path = format!("fixtures/gc-publishing/{fixture}");
    let mut args = vec!["checklist", path.as_str(), "--policy", "gc-publishing"];
    args.extend(more);
    run(&args)
}

/// `(check, subject, passed, has a warning)` of each item of a JSON run.
fn items(run: &crate::Run) -> Vec<(String, String, bool, bool)> {
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    json.as_array()
        .expect("an array of items")
        .iter()
        .map(|item| {
            (
                item["check"].as_str().unwrap().to_owned(),
                item["subject"].as_str().unwrap().to_owned(),
                item["passed"].as_bool().unwrap(),
                item.get("warning").is_some(),
            )
        })
        .collect()
}

fn row(check: &str, subject: &str, passed: bool, warning: bool) -> (String, String, bool, bool) {
    (check.to_owned(), subject.to_owned(), passed, warning)
}

/// canada-ca/aia-eia-js: every item passes.
#[test]
fn a_ready_repository_passes() {
    let out = checklist("aia-eia-js", &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    insta::assert_snapshot!(out.stdout);
    let json = checklist("aia-eia-js", &["--format", "json"]);
    assert_eq!(json.code, 0);
    assert_eq!(
        items(&json),
        [
            row("require-file", "LICENCE", true, false),
            row("project-license", "the repository's license", true, false),
            row("crown-copyright", "the Crown copyright notice", true, false),
            row("bilingual", "README.md", true, false),
            row("bilingual", "CONTRIBUTING.md", true, false),
            row("bilingual", "SECURITY.md", true, false),
            row("bilingual", "CODE_OF_CONDUCT.md", true, false),
            row(
                "outbound-rights",
                "outbound rights (every dependency's licence)",
                true,
                false
            ),
        ]
    );
}

/// StatCan/boathouse: the "Her Majesty the Queen" notice is a warning (the item passes); the
/// missing community files fail.
#[test]
fn the_former_notice_is_a_warning() {
    let out = checklist("boathouse", &["--format", "json"]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let crown = &json[2];
    assert_eq!(crown["check"], "crown-copyright");
    assert_eq!(crown["passed"], true);
    assert_eq!(
        crown["warning"],
        "update the notice in `LICENSE` to `Copyright (c) His Majesty the King in Right of \
         Canada, as represented by the Minister of Statistics Canada, 2020`"
    );
    assert_eq!(crown["files"], serde_json::json!(["LICENSE"]));
    let failed: Vec<String> = items(&out)
        .into_iter()
        .filter(|(_, _, passed, _)| !passed)
        .map(|(_, subject, _, _)| subject)
        .collect();
    assert_eq!(
        failed,
        ["CONTRIBUTING.md", "SECURITY.md", "CODE_OF_CONDUCT.md"]
    );
    let table = checklist("boathouse", &[]);
    assert!(
        table
            .stdout
            .contains("NOT READY: 5 of 8 items pass, 1 with a warning"),
        "{}",
        table.stdout
    );
}

/// canada-ca/fondations-github-foundations: "Copyright (c) 2024 Government of Canada" is not the
/// Crown copyright notice; the message gives the line to add.
#[test]
fn a_licence_without_the_crown_notice_fails() {
    let out = checklist("github-foundations", &["--format", "json"]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json[2]["check"], "crown-copyright");
    assert_eq!(json[2]["passed"], false);
    assert_eq!(
        json[2]["message"],
        "no Crown copyright notice in `LICENSE`; add the line `Copyright (c) His Majesty the King \
         in Right of Canada, as represented by the Minister of <department>, <year>`"
    );
    assert_eq!(json[3]["subject"], "README.md");
    assert_eq!(json[3]["passed"], true, "the README is bilingual");
}

/// canada-ca/template-gabarit with its French halves moved or removed: an English-only README
/// fails even with a `README.fr.md` beside it (whose text is English); the code of conduct passes
/// as a pair (`CODE_DE_CONDUITE.md` is French).
#[test]
fn languages_are_told_from_the_text() {
    let out = checklist("template-unilingual", &["--format", "json"]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let readme = &json[3];
    assert_eq!(readme["subject"], "README.md");
    assert_eq!(readme["passed"], false);
    assert_eq!(
        readme["message"],
        "`README.md` is in English only; add the French text to it, or a French version beside it \
         (`README.fr.md` or `LISEZMOI.md`); `README.fr.md` is not in the other language"
    );
    assert_eq!(
        readme["files"],
        serde_json::json!(["README.md", "README.fr.md"])
    );
    let conduct = &json[6];
    assert_eq!(conduct["subject"], "CODE_OF_CONDUCT.md");
    assert_eq!(conduct["passed"], true);
    assert_eq!(
        conduct["files"],
        serde_json::json!(["CODE_OF_CONDUCT.md", "CODE_DE_CONDUITE.md"])
    );
}

/// The same runs in French: every word of the checklist's own, the machine ids unchanged.
#[test]
fn in_french() {
    let out = checklist("template-unilingual", &["--lang", "fr"]);
    assert_eq!(out.code, 1);
    insta::assert_snapshot!(out.stdout);
    for text in [
        "\u{e0} la racine du d\u{e9}p\u{f4}t",
        "`README.md` est en anglais seulement\u{a0}; ajoutez-y le texte fran\u{e7}ais",
        "`CODE_OF_CONDUCT.md` et `CODE_DE_CONDUITE.md` couvrent ensemble l'anglais et le fran\u{e7}ais",
        "PAS PR\u{ca}T\u{a0}: 5 \u{e9}l\u{e9}ments sur 8 sont conformes",
        "bilingual",
    ] {
        assert!(out.stdout.contains(text), "{text:?} in\n{}", out.stdout);
    }
    let boathouse = checklist("boathouse", &["--lang", "fr"]);
    assert!(
        boathouse
            .stdout
            .contains("porte un avis de droit d'auteur de la Couronne dans son ancienne forme"),
        "{}",
        boathouse.stdout
    );
    assert!(
        boathouse.stdout.contains("dont 1 avec un avertissement"),
        "{}",
        boathouse.stdout
    );
    let missing = checklist("github-foundations", &["--lang", "fr", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&missing.stdout).unwrap();
    assert_eq!(json[2]["check"], "crown-copyright");
    assert_eq!(
        json[2]["message"],
        "aucun avis de droit d'auteur de la Couronne dans `LICENSE`\u{a0}; ajoutez la ligne \
         `Copyright (c) His Majesty the King in Right of Canada, as represented by the Minister \
         of <minist\u{e8}re>, <ann\u{e9}e>`"
    );
    let none = run(&["checklist", "fixtures/checklist-ready", "--lang", "fr"]);
    assert_eq!(none.code, 2);
    assert!(
        none.stderr.contains("n'a pas de table [checklist]"),
        "{}",
        none.stderr
    );
}

/// The outbound-rights item scans the dependencies: an Apache-2.0 project cannot take in
/// `punycode`'s GPL-2.0 (the fixture `npm-messy-licenses`), the same as `[compatibility]` in a
/// scan.
#[test]
fn outbound_rights_come_from_compatibility() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("gc.toml");
    std::fs::write(
        &policy,
        "extends = \"gc-publishing\"\n[compatibility]\nproject-license = \"Apache-2.0\"\n",
    )
    .unwrap();
    let out = run(&[
        "checklist",
        "fixtures/npm-messy-licenses",
        "--policy",
        policy.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let outbound = json.as_array().unwrap().last().unwrap();
    assert_eq!(outbound["check"], "outbound-rights");
    assert_eq!(outbound["passed"], false);
    assert_eq!(
        outbound["files"],
        // ej2-base's `license` file offers "a commercial license": proprietary, not combinable.
        serde_json::json!([
            "pkg:npm/%40syncfusion/ej2-base@35.1.37",
            "pkg:npm/punycode@1.2.4"
        ])
    );
    assert!(
        outbound["message"]
            .as_str()
            .unwrap()
            .starts_with("2 dependencies' licences do not allow releasing the project under Apache-2.0: pkg:npm/%40syncfusion/ej2-base@35.1.37 ("),
        "{}",
        outbound["message"]
    );
}

/// `ossdoo scan` with the policy reports the failed items as warnings, and the former notice as a
/// warning too; `policy init --template gc-publishing` writes a starter that extends it.
#[test]
fn scan_and_template() {
    let scan = run(&[
        "scan",
        "fixtures/gc-publishing/boathouse",
        "--policy",
        "gc-publishing",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&scan.stdout).unwrap();
    let findings: Vec<(String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        findings
            .iter()
            .any(|(rule, message)| rule == "checklist-project-license"
                && message
                    .starts_with("the Crown copyright notice: update the notice in `LICENSE`")),
        "{findings:?}"
    );
    assert_eq!(
        findings
            .iter()
            .filter(|(rule, _)| rule == "checklist-file")
            .count(),
        3,
        "{findings:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ossdoo.toml");
    let init = run(&[
        "policy",
        "init",
        "--template",
        "gc-publishing",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("extends = \"gc-publishing\""), "{text}");
    let show = run(&["policy", "show", "gc-publishing"]);
    assert_eq!(show.code, 0, "{}", show.stderr);
    for key in [
        "crown-copyright = true",
        "outbound-rights = true",
        "bilingual = [",
    ] {
        assert!(show.stdout.contains(key), "{key} in\n{}", show.stdout);
    }
    assert!(repo().join("policies/gc-publishing.toml").is_file());
}
