//! License resolution measured on real data: `fixtures/license-texts` (license files from real
//! packages, with the answer a compliance engineer gives) and `fixtures/license-strings` (declared
//! license strings from the registries).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use ossdoo::license::detect::Detector;

use crate::repo;

/// The license ids of an expression, operators and `-only`/`-or-later` aside: a file's text shows
/// which licenses it holds, not whether they are alternatives, nor "or later".
fn ids(expression: &str) -> BTreeSet<String> {
    expression
        .replace(['(', ')'], " ")
        .split_whitespace()
        .filter(|w| !matches!(*w, "AND" | "OR" | "NONE"))
        .map(|w| w.replace("-or-later", "-only"))
        .collect()
}

/// An expression with its operator kept (`-or-later` read as `-only`, as in [`ids`]): the same
/// licenses joined by the same operator, in any order, are the same answer.
fn shape(expression: &str) -> String {
    let expression = expression.replace("-or-later", "-only");
    if expression.contains('(') {
        return expression;
    }
    for operator in [" OR ", " AND "] {
        if expression.contains(operator) {
            let mut terms: Vec<&str> = expression.split(operator).collect();
            terms.sort_unstable();
            return terms.join(operator);
        }
    }
    expression
}

/// Every file of `fixtures/license-texts` is detected; the whole table is a snapshot, so any
/// change in what ossdoo reads is reviewed, and the agreement count may only go up.
#[test]
fn license_texts_are_detected() {
    let dir = repo().join("fixtures/license-texts");
    let expected = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let detector = Detector::new();
    let (mut table, mut agree, mut total, mut exact) = (String::new(), 0, 0, 0);
    for line in expected.lines().skip(1) {
        let mut fields = line.split('\t');
        let (file, want) = (fields.next().unwrap(), fields.next().unwrap());
        let found = detector.detect_file(&dir.join(file)).unwrap();
        let got = found
            .as_ref()
            .map_or("NONE".to_owned(), |d| d.license.clone());
        let same = ids(&got) == ids(want);
        total += 1;
        agree += usize::from(same);
        exact += usize::from(shape(&got) == shape(want));
        let mark = if same { "ok" } else { "DIFFERENT" };
        let confidence = found.map_or("-".to_owned(), |d| format!("{:.2}", d.confidence));
        writeln!(
            table,
            "{mark:9} {file} | expected {want} | detected {got} ({confidence})"
        )
        .unwrap();
    }
    writeln!(table, "{agree} of {total} agree").unwrap();
    writeln!(table, "{exact} of {total} with the same operators").unwrap();
    insta::assert_snapshot!(table);
    assert!(agree >= 60, "{agree} of {total}");
}

/// What ossdoo makes of one declared string, in the vocabulary of `declared.tsv`.
fn conclusion(declared: &str) -> String {
    use ossdoo::license::{Parsed, parse_declared};
    match parse_declared(declared) {
        Parsed::Strict(expr) | Parsed::Normalized(expr, _) => expr.to_string(),
        Parsed::Ambiguous(..) => "AMBIGUOUS".to_owned(),
        Parsed::Unrecognized(_) => "UNKNOWN".to_owned(),
        Parsed::FileRef(_) => "FILE".to_owned(),
    }
}

/// Every real declared string of `fixtures/license-strings` is normalised; the table of what
/// differs from the expected answer is a snapshot, and the agreement may only go up.
#[test]
fn declared_strings_are_normalised() {
    let text =
        std::fs::read_to_string(repo().join("fixtures/license-strings/declared.tsv")).unwrap();
    let (mut differences, mut agree, mut total, mut guessed) = (String::new(), 0, 0, 0);
    for line in text.lines().skip(1) {
        let mut fields = line.split('\t');
        let (ecosystem, declared, want) = (
            fields.next().unwrap(),
            fields.next().unwrap(),
            fields.next().unwrap(),
        );
        let got = conclusion(declared);
        total += 1;
        let same = got == want
            || (!matches!(want, "AMBIGUOUS" | "UNKNOWN" | "FILE")
                && spdx::Expression::parse_mode(want, spdx::ParseMode::LAX).ok()
                    == spdx::Expression::parse_mode(&got, spdx::ParseMode::LAX).ok());
        if same {
            agree += 1;
        } else {
            // A guess where the answer is "cannot know" is the one error that must not happen.
            guessed += usize::from(
                matches!(want, "AMBIGUOUS" | "UNKNOWN")
                    && !matches!(got.as_str(), "AMBIGUOUS" | "UNKNOWN"),
            );
            writeln!(
                differences,
                "{ecosystem}\t{declared}\texpected {want}\tgot {got}"
            )
            .unwrap();
        }
    }
    writeln!(
        differences,
        "{agree} of {total} agree; {guessed} guessed where the answer cannot be known"
    )
    .unwrap();
    insta::assert_snapshot!(differences);
    assert_eq!(guessed, 0, "{differences}");
}
