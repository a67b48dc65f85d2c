//! The reports people read, in French: the Markdown PR comment, the HTML page, JUnit and SARIF
//! texts, the notices and the inventory. The HTML page, the Markdown comment (rendered as GitHub
//! renders it, GFM tables and all) and the portfolio page are loaded in headless Chromium: the
//! French words are on the page and no message id was left untranslated. Without Chromium those
//! tests say loudly that they were skipped (and fail when OSSDOO_REQUIRE_BROWSER is set).

use std::path::{Path, PathBuf};

use crate::{Run, chromium, headless, repo, run, run_with, screenshot};

const MESSY: &str = "fixtures/npm-messy-licenses";

fn french(args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--lang", "fr"]);
    run(&all)
}

/// Every message id of the reports' catalogue sections (and the table's, which they reuse).
fn message_ids() -> Vec<String> {
    let catalogue = std::fs::read_to_string(repo().join("src/i18n/en.ftl")).unwrap();
    let prefixes = [
        "md-", "html-", "junit-", "sarif-", "notice-", "inv-", "report-", "table-", "col-", "why-",
        "verdict-", "summary-", "legend-", "help-",
    ];
    catalogue
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| prefixes.iter().any(|p| id.starts_with(p)) && !id.contains(' '))
        .map(str::to_owned)
        .collect()
}

/// Panics when `text` shows a message id rather than its message.
fn no_message_ids(what: &str, text: &str) {
    let left: Vec<String> = message_ids()
        .into_iter()
        .filter(|id| text.contains(id.as_str()))
        .collect();
    assert!(left.is_empty(), "{what} shows message ids {left:?}");
}

#[test]
fn markdown_comment_in_french() {
    let out = french(&["scan", MESSY, "--format", "markdown"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    no_message_ids("the Markdown comment", &out.stdout);
    insta::assert_snapshot!("markdown-fr-npm-messy-licenses", out.snapshot());
}

#[test]
fn junit_in_french() {
    let out = french(&["scan", MESSY, "--format", "junit"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("une fois l'accord de l'OSPO obtenu"));
    insta::assert_snapshot!("junit-fr-npm-messy-licenses", out.snapshot());
}

/// The texts of the SARIF log people read (rule descriptions, help, messages); its ids, levels
/// and locations are the same in both languages.
#[test]
fn sarif_texts_in_french() {
    let english = run(&["scan", MESSY, "--format", "sarif"]);
    let out = french(&["scan", MESSY, "--format", "sarif"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let log: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let english: serde_json::Value = serde_json::from_str(&english.stdout).unwrap();
    let run = &log["runs"][0];
    let mut texts = String::new();
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        texts.push_str(&format!(
            "## {}\n{}\n{}\n{}\n\n",
            rule["id"].as_str().unwrap(),
            rule["shortDescription"]["text"].as_str().unwrap(),
            rule["fullDescription"]["text"].as_str().unwrap(),
            rule["help"]["markdown"].as_str().unwrap(),
        ));
    }
    let results = run["results"].as_array().unwrap();
    let english_results = english["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), english_results.len());
    for (result, english) in results.iter().zip(english_results) {
        for machine in [
            "ruleId",
            "ruleIndex",
            "level",
            "locations",
            "partialFingerprints",
        ] {
            assert_eq!(result[machine], english[machine], "{machine} changed");
        }
        texts.push_str(&format!(
            "## result {}\n{}\n\n",
            result["ruleId"].as_str().unwrap(),
            result["message"]["text"].as_str().unwrap()
        ));
    }
    assert!(texts.contains("**Que faire\u{a0}:**"), "{texts}");
    no_message_ids("the SARIF log", &texts);
    insta::assert_snapshot!("sarif-texts-fr-npm-messy-licenses", texts);
}

#[test]
fn notices_in_french() {
    let out = french(&["notice", "fixtures/cargo-workspace"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .starts_with("AVIS RELATIFS AUX LOGICIELS DE TIERS\n\ncargo-workspace comprend"),
        "{}",
        out.stdout
    );
    let html = french(&["notice", "fixtures/cargo-workspace", "--format", "html"]);
    assert!(
        html.stdout.contains("<html lang=\"fr\">"),
        "{}",
        html.stdout
    );
    assert!(
        html.stdout
            .contains("<h1>Avis relatifs aux logiciels de tiers</h1>")
    );
    let markdown = french(&["notice", "fixtures/cargo-workspace", "--format", "markdown"]);
    assert!(
        markdown
            .stdout
            .starts_with("# Avis relatifs aux logiciels de tiers\n")
    );
    for out in [&out, &html, &markdown] {
        no_message_ids("the notices", &out.stdout);
    }
}

#[test]
fn html_page_in_french() {
    let out = french(&["scan", MESSY, "--format", "html"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let page = &out.stdout;
    assert!(page.contains("<html lang=\"fr\">"));
    assert!(page.contains("<h1>Rapport de conformité des licences</h1>"));
    // The script's words, as JavaScript strings.
    assert!(page.contains("b.textContent='Copier'"), "{page}");
    assert!(
        page.contains("n+' paquets affichés sur '+rows.length"),
        "{page}"
    );
    no_message_ids("the HTML page", page);
    // English stays English.
    let english = run(&["scan", MESSY, "--format", "html"]).stdout;
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains("n+' of '+rows.length+' packages shown'"));
}

#[test]
fn inventory_messages_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.db");
    let out = french(&[
        "inventory",
        "who-uses",
        "lodash",
        "--database",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("il n'y a pas d'inventaire à"),
        "{}",
        out.stderr
    );
    let out = french(&[
        "inventory",
        "exceptions",
        "--expiring-within",
        "bientôt",
        "--database",
        missing.to_str().unwrap(),
    ]);
    assert!(
        out.stderr.contains("`bientôt` n'est pas une durée\u{a0};"),
        "{}",
        out.stderr
    );
}

/// Headless Chromium on a local file, with no network: the DOM after its scripts ran, and a
/// screenshot (checked to be a real picture). With OSSDOO_SCREENSHOTS=DIR the screenshot is kept
/// as `DIR/<name>.png` (how the ones in docs/ are made).
fn in_browser(chromium: &Path, home: &Path, page: &Path, name: &str) -> String {
    let url = format!("file://{}", page.display());
    let dom = headless(chromium, home, &["--dump-dom", &url]);
    let png = screenshot(chromium, home, &url, "1280,2000");
    if let Some(dir) = std::env::var_os("OSSDOO_SCREENSHOTS") {
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), &png).unwrap();
    }
    // Chromium writes a no-break space as `&nbsp;`.
    String::from_utf8_lossy(&dom.stdout).replace("&nbsp;", "\u{a0}")
}

#[test]
fn french_html_report_in_a_real_browser() {
    let Some(chromium) = chromium("french_html_report_in_a_real_browser") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let out = french(&[
        "scan",
        MESSY,
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let dom = in_browser(&chromium, dir.path(), &page, "report-fr");
    for words in [
        "<html lang=\"fr\">",
        "<h1>Rapport de conformité des licences</h1>",
        "NON CONFORME",
        "<h2>Résumé</h2>",
        "<h2>Paquets par catégorie de licence</h2>",
        "Que faire\u{a0}:",
        // The script made the column headings sort buttons.
        "class=\"sort\">licence</button>",
        // Written by the script, so it ran, in French.
        "19 paquets affichés sur 19",
        ">Copier</button>",
    ] {
        assert!(dom.contains(words), "no `{words}` in the page");
    }
    no_message_ids("the HTML page in Chromium", &dom);
}

#[test]
fn french_markdown_comment_in_a_real_browser() {
    let Some(chromium) = chromium("french_markdown_comment_in_a_real_browser") else {
        return;
    };
    let out = french(&["scan", MESSY, "--format", "markdown"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("comment.html");
    std::fs::write(&page, github_page(&out.stdout)).unwrap();
    let dom = in_browser(&chromium, dir.path(), &page, "pr-comment-fr");
    for words in [
        "<h3>❌ NON CONFORME\u{a0}: 7 violations, 2 avertissements</h3>",
        "<h4>À examiner (9)</h4>",
        "<th>paquet</th>",
        "<td>refusé</td>",
        "<h4>Corrections proposées</h4>",
        "<summary>Tous les paquets (19)</summary>",
    ] {
        assert!(dom.contains(words), "no `{words}` in {dom}");
    }
    no_message_ids("the Markdown comment in Chromium", &dom);
}

/// The Markdown as GitHub renders a comment (CommonMark with GFM tables, raw `<details>`), in a
/// page with GitHub's look.
pub fn github_page(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.render.unsafe_ = true;
    let body = comrak::markdown_to_html(markdown, &options);
    format!(
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>PR</title>\n<style>\
         body{{font:14px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2328;max-width:900px;margin:24px auto;padding:0 16px}}\
         table{{border-collapse:collapse;margin:12px 0;display:block;overflow:auto}}\
         th,td{{border:1px solid #d1d9e0;padding:6px 13px}}th{{font-weight:600}}tr:nth-child(2n){{background:#f6f8fa}}\
         code{{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}}\
         pre{{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto}}pre code{{background:none;padding:0}}\
         h3,h4{{margin:24px 0 16px}}\
         </style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

/// An inventory of two repositories (`polyglot`, `npm-messy-licenses`), added in French.
fn french_inventory(dir: &Path) -> PathBuf {
    let home = tempfile::tempdir().unwrap();
    let db = dir.join("inventory.db");
    for (fixture, repository) in [
        ("polyglot", "team-a/app"),
        ("npm-messy-licenses", "team-b/web"),
    ] {
        let report = dir.join(format!("{fixture}.json"));
        let out = run_with(
            &[
                "scan",
                &format!("fixtures/{fixture}"),
                "--format",
                "json",
                "--output",
                report.to_str().unwrap(),
            ],
            home.path(),
            |_| {},
        );
        assert!(out.code <= 1, "{}", out.stderr);
        let out = french(&[
            "inventory",
            "add",
            report.to_str().unwrap(),
            "--repo",
            repository,
            "--database",
            db.to_str().unwrap(),
        ]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stdout
                .starts_with("analyse 1 de team-a/app ajoutée (121 paquets)")
                || out
                    .stdout
                    .starts_with("analyse 2 de team-b/web ajoutée (19 paquets)"),
            "{}",
            out.stdout
        );
    }
    db
}

#[test]
fn inventory_answers_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let db = french_inventory(dir.path());
    let db = db.to_str().unwrap();
    let licenses = french(&["inventory", "licenses", "--database", db]);
    assert_eq!(licenses.code, 0, "{}", licenses.stderr);
    assert!(
        licenses
            .stdout
            .starts_with("140 paquets dans 2 dépôts (dernières analyses)\n"),
        "{}",
        licenses.stdout
    );
    // Shares with a decimal comma and a no-break space before `%`.
    assert!(
        licenses.stdout.contains("78,6\u{a0}%"),
        "{}",
        licenses.stdout
    );
    let who = french(&["inventory", "who-uses", "punycode", "--database", db]);
    assert!(who.stdout.contains("refusé"), "{}", who.stdout);
    assert!(
        who.stdout
            .ends_with("1 utilisation dans 1 dépôt (dernières analyses)\n"),
        "{}",
        who.stdout
    );
    let none = french(&["inventory", "who-uses", "nothing-at-all", "--database", db]);
    assert_eq!(
        none.stdout,
        "aucun dépôt n'utilise nothing-at-all dans sa dernière analyse\n"
    );
    let markdown = french(&[
        "inventory",
        "report",
        "--format",
        "markdown",
        "--database",
        db,
    ]);
    assert!(
        markdown.stdout.starts_with("# Portefeuille de logiciels libres, 2026-11-23\n\n2 dépôts\u{a0}: 0 conforme, 2 non conformes"),
        "{}",
        markdown.stdout
    );
    for out in [&licenses, &who, &markdown] {
        no_message_ids("the inventory's answers", &out.stdout);
    }
    // Machine formats do not change with the language.
    let json = |lang: &str| {
        run(&[
            "inventory",
            "licenses",
            "--format",
            "json",
            "--database",
            db,
            "--lang",
            lang,
        ])
        .stdout
    };
    assert_eq!(json("fr"), json("en"));
}

#[test]
fn french_portfolio_page_in_a_real_browser() {
    let Some(chromium) = chromium("french_portfolio_page_in_a_real_browser") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = french_inventory(dir.path());
    let page = dir.path().join("portfolio.html");
    let out = french(&[
        "inventory",
        "report",
        "--database",
        db.to_str().unwrap(),
        "--output",
        page.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let dom = in_browser(&chromium, dir.path(), &page, "inventory-report-fr");
    for words in [
        "<html lang=\"fr\">",
        "<h1>Portefeuille de logiciels libres</h1>",
        "<h2>Dépôts</h2>",
        "<h2>Catégories de licences</h2>",
        "non conforme</span>",
    ] {
        assert!(dom.contains(words), "no `{words}` in {dom}");
    }
    no_message_ids("the portfolio page in Chromium", &dom);
}
