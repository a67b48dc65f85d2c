use super::reference::Tables;
use super::*;

fn reference(id: &str) -> &'static str {
    spdx::text::LICENSE_TEXTS
        .iter()
        .find(|(i, _)| *i == id)
        .expect("a reference text")
        .1
}

/// The MIT license's text without title or copyright line (shared with `detect.rs`'s tests).
pub(crate) const MIT_BODY: &str =
    "Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the \"Software\"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
";

#[test]
fn the_build_tables_are_the_reference_texts_tokenised_here() {
    let usable = spdx::text::LICENSE_TEXTS
        .iter()
        .filter(|(id, _)| spdx::license_id(id).is_some_and(|l| !l.is_deprecated()))
        .chain(super::reference::HEADERS)
        .copied();
    let exceptions = spdx::text::EXCEPTION_TEXTS
        .iter()
        .filter(|(id, _)| spdx::exception_id(id).is_some_and(|e| !e.is_deprecated()))
        .copied();
    let tables = Tables::new(usable, exceptions);
    let engine = Engine::get();
    assert_eq!(engine.references(), tables.entries.len());
    assert_eq!(WORDS.lines().count(), tables.words.len());
    for (number, entry) in tables.entries.iter().enumerate() {
        assert_eq!(engine.entries[number].license, entry.license);
        assert!(engine.tokens(number).eq(entry.tokens.iter().copied()));
    }
    // Every distinct trigram is indexed, and finds its texts.
    let index = tables.index();
    assert_eq!(KEYS.len() / 8, index.len());
    for (key, entries) in index.iter().step_by(97) {
        let found: Vec<usize> = engine.postings(*key).collect();
        let want: Vec<usize> = entries.iter().map(|&e| usize::from(e)).collect();
        assert_eq!(found, want);
    }
    assert_eq!(engine.postings(trigram(UNKNOWN - 1, 0, 0)).count(), 0);
}

#[test]
fn every_reference_text_is_an_exact_match_of_a_text_like_it() {
    let engine = Engine::get();
    for (id, text) in spdx::text::LICENSE_TEXTS {
        if spdx::license_id(id).is_none_or(|l| l.is_deprecated()) {
            continue;
        }
        let query = engine.query(text);
        if query.len() < 20 {
            continue;
        }
        let found = engine.exact(&query).unwrap_or_else(|| panic!("{id}"));
        // Texts shared by several ids answer the first (GPL-2.0-only for GPL-2.0-or-later).
        assert_eq!(engine.query(reference(found)).tokens, query.tokens, "{id}");
    }
}

#[test]
fn a_changed_word_is_found_with_a_lower_score() {
    let engine = Engine::get();
    let text = format!("MIT License\n\nCopyright (c) 2020 Jane\n\n{MIT_BODY}").replace(
        "IN NO EVENT SHALL THE\nAUTHORS",
        "IN NO EVENT SHALL ACME\nCORP",
    );
    let query = engine.query(&text);
    assert_eq!(engine.exact(&query), None);
    let found = engine.find_all(&query, 0.8);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].license, "MIT");
    assert!(
        found[0].score > 0.97 && found[0].score < 1.0,
        "{}",
        found[0].score
    );
    assert_eq!(found[0].lines, (5, 21));
}

#[test]
fn two_texts_in_one_file_are_split_by_where_they_match() {
    let engine = Engine::get();
    let apache = reference("Apache-2.0");
    let text = format!(
        "This package is under MIT:\n\n{MIT_BODY}\n\nand bundles code under the Apache License:\n\n{apache}"
    );
    let query = engine.query(&text);
    let found = engine.find_all(&query, 0.8);
    let ids: Vec<&str> = found.iter().map(|m| m.license).collect();
    assert_eq!(ids, ["MIT", "Apache-2.0"], "{found:?}");
    assert_eq!(found[0].lines, (3, 19));
    assert!(found[1].lines.0 > 20, "{found:?}");
    assert!(found.iter().all(|m| m.score > 0.97), "{found:?}");
}

#[test]
fn a_shorter_form_of_a_reference_text_is_exact() {
    let engine = Engine::get();
    // Apache-2.0 without the "how to apply" appendix.
    let apache = reference("Apache-2.0");
    let end = apache
        .find("END OF TERMS AND CONDITIONS")
        .expect("the appendix");
    let query = engine.query(&apache[..end + "END OF TERMS AND CONDITIONS".len()]);
    assert_eq!(engine.exact(&query), Some("Apache-2.0"));
}

#[test]
fn close_relatives_are_told_apart() {
    let engine = Engine::get();
    for id in [
        "BSD-2-Clause",
        "BSD-3-Clause",
        "MIT-0",
        "ISC",
        "BSD-4-Clause",
        "X11",
    ] {
        // A word changed so that the exact match cannot answer.
        let text = reference(id).replacen("the", "thee", 1);
        let query = engine.query(&text);
        let found = engine.find_all(&query, 0.8);
        let ids: Vec<&str> = found.iter().map(|m| m.license).collect();
        assert_eq!(ids, [id], "{found:?}");
    }
}

#[test]
fn prose_is_no_license() {
    let engine = Engine::get();
    let readme = "# my-project\n\nA small library that parses things. It is licensed under the MIT \
                  license; see the LICENSE file for the full text. Contributions are welcome: \
                  open an issue first, then a pull request with tests.\n";
    let query = engine.query(readme);
    assert!(engine.find_all(&query, 0.8).is_empty());
    assert_eq!(engine.exact(&query), None);
    assert_eq!(engine.best(&engine.query(""), 0..0, 0.8), None);
}

#[test]
fn hostile_texts_are_bounded_and_never_panic() {
    let engine = Engine::get();
    // A hundred copies: at most `MAX_MATCHES` are reported, each at its own place.
    let many = MIT_BODY.repeat(100);
    let found = engine.find_all(&engine.query(&many), 0.8);
    assert_eq!(found.len(), MAX_MATCHES);
    assert!(found.iter().all(|m| m.license == "MIT" && m.score > 0.99));
    assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    // Words no reference holds, one word repeated, a text cut mid-sentence, punctuation only.
    for text in [
        "zzq ".repeat(5_000),
        "the ".repeat(5_000),
        MIT_BODY[..MIT_BODY.len() / 2].to_owned(),
        "!!! --- ,,, ".repeat(1_000),
        String::new(),
    ] {
        let query = engine.query(&text);
        let found = engine.find_all(&query, 0.8);
        assert!(found.iter().all(|m| m.span.end <= query.len()), "{found:?}");
        assert!(found.len() <= 1, "{found:?}");
    }
}

#[test]
fn copies_one_line_apart_are_found_one_by_one() {
    // lxml's LICENSES.txt: libxml2's MIT text, a one-line heading, libxslt's; words hyphenated
    // across lines ("fur-\nnished") cost only themselves.
    let hyphenated = MIT_BODY
        .replace("is\nfurnished", "is fur-\nnished")
        .replace("FITNESS FOR", "FIT-\nNESS FOR");
    let text = format!("{hyphenated}\n**libxslt**: MIT\n\n{MIT_BODY}");
    let engine = Engine::get();
    let found = engine.find_all(&engine.query(&text), 0.8);
    let ids: Vec<&str> = found.iter().map(|m| m.license).collect();
    assert_eq!(ids, ["MIT", "MIT"], "{found:?}");
    assert!(found[0].span.end <= found[1].span.start);
    // Known limit: the window found first straddles the two copies (the hyphenated one holds
    // fewer distinct trigrams), so the second copy's alignment may miss its last lines.
    assert!(found.iter().all(|m| m.score > 0.85), "{found:?}");
}
