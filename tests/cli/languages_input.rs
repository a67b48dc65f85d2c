//! The input side in French (`--lang fr`): what ossdoo says about the files it reads (damaged
//! lockfiles, manifests, image layers, license evidence) is in French, and still names the file,
//! the line and the column.

use crate::run;

/// The stderr of a French scan of `args`, which must end with `code`.
fn french(args: &[&str], code: i32) -> String {
    let mut all = vec!["scan"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--lang", "fr"]);
    let out = run(&all);
    assert_eq!(out.code, code, "{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    out.stderr
}

#[test]
fn a_broken_npm_lockfile_in_french_names_the_line_and_column() {
    let stderr = french(&["fixtures/npm-broken-lockfile"], 2);
    assert!(
        stderr.contains("erreur\u{a0}: package-lock.json\u{a0}: JSON invalide\u{a0}: ")
            && stderr.contains("at line 26 column 47"),
        "{stderr}"
    );
}

#[test]
fn a_broken_go_mod_in_french_names_the_line() {
    let stderr = french(&["fixtures/go-broken"], 2);
    assert!(
        stderr.contains(
            "erreur\u{a0}: bad/go.mod\u{a0}: ligne 7\u{a0}: `require <module> <version>` attendu, \
             `github.com/sirupsen/logrus` trouvé"
        ),
        "{stderr}"
    );
}

#[test]
fn a_broken_pom_in_french_names_the_line_and_column() {
    let stderr = french(&["fixtures/maven-broken"], 2);
    assert!(
        stderr.contains("erreur\u{a0}: bad/pom.xml\u{a0}: ligne 22, colonne 3\u{a0}: "),
        "{stderr}"
    );
}

#[test]
fn a_broken_yarn_lockfile_in_french() {
    let stderr = french(&["fixtures/yarn-broken-lockfile"], 2);
    assert!(
        stderr.contains(
            "yarn.lock invalide\u{a0}: ligne 13\u{a0}: une entrée comme `name@range:` est \
             attendue, `this line is not an entry` trouvé"
        ),
        "{stderr}"
    );
}

#[test]
fn a_broken_python_lockfile_in_french() {
    let stderr = french(&["fixtures/python-broken-lockfile"], 2);
    // The TOML library's own words stay English, inside the French sentence.
    assert!(
        stderr.contains("erreur\u{a0}: uv.lock\u{a0}: TOML invalide\u{a0}: TOML parse error at line 12, column 1"),
        "{stderr}"
    );
}

#[test]
fn damaged_text_files_in_french_say_where() {
    let stderr = french(&["fixtures/bad-inputs/cases/go-mod-nul-bytes"], 2);
    assert!(
        stderr.contains(
            "erreur\u{a0}: go.mod\u{a0}: lecture impossible\u{a0}: un octet NUL à la ligne 16, colonne 32\u{a0}: \
             pas un fichier texte, ou un fichier endommagé"
        ),
        "{stderr}"
    );
    let stderr = french(&["fixtures/bad-inputs/cases/cargo-manifest-utf16"], 2);
    assert!(
        stderr.contains("pas du texte UTF-8\u{a0}: le fichier est en UTF-16"),
        "{stderr}"
    );
}

#[test]
fn a_hostile_image_layer_in_french() {
    let stderr = french(&["--image", "fixtures/image-hostile/path-traversal.tar"], 0);
    assert!(
        stderr.contains("\u{a0}: couche 1 (")
            && stderr
                .contains("refusé `../../etc/evil`\u{a0}: le chemin sort de la racine de l'image"),
        "{stderr}"
    );
}

#[test]
fn license_evidence_in_french() {
    let out = run(&[
        "scan",
        "fixtures/npm-messy-licenses",
        "--format",
        "json",
        "--lang",
        "fr",
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let messages: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["message"].as_str())
        .collect();
    assert!(
        messages.contains(&"le paquet ne déclare aucune licence"),
        "{messages:?}"
    );
    assert!(
        messages.contains(
            &"`SEE LICENSE IN license`, mais ce fichier n'est pas installé avec le paquet"
        ),
        "{messages:?}"
    );
    let evidence: Vec<&str> = json["packages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["evidence"].as_array().unwrap())
        .filter_map(|e| e["value"].as_str())
        .collect();
    assert!(
        evidence.contains(&"aucune licence reconnue"),
        "{evidence:?}"
    );
    // Rules and ids stay as they are: machine values.
    assert!(
        evidence.contains(&"alias: `MIT/X11` → `MIT`"),
        "{evidence:?}"
    );
}

#[test]
fn missing_caches_in_french() {
    // Artifacts found nowhere: one French sentence, with its plural, that names the folders.
    let out = run(&[
        "scan",
        "fixtures/gradle-lockfile",
        "--lang",
        "fr",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let warnings = json["warnings"].to_string();
    assert!(
        warnings
            .contains("18 artefacts sont absents du cache de Gradle et du dépôt Maven local (`"),
        "{warnings}"
    );
    assert!(!warnings.contains("artifact(s)"), "{warnings}");
}
