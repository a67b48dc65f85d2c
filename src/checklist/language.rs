//! Which official languages a Markdown document is written in, told from its text.
//!
//! The document is cut into paragraphs (blank lines, headings and list items end one); what is not
//! prose is dropped first: fenced code blocks, HTML tags and comments, tables, link targets and
//! reference definitions, badges and images, inline code, URLs. Each paragraph of at least
//! [`MIN_PARAGRAPH_WORDS`] words is identified by `whatlang`, restricted to English and French,
//! and counts only when the identification is confident; a language is present when its
//! paragraphs add up to [`MIN_WORDS`] words. So a one-line "([Français](#…))" link, a French
//! heading or a project name in an English file does not make it bilingual.

use whatlang::{Detector, Lang};

/// Paragraphs shorter than this are not identified (headings, "See CONTRIBUTING.md").
pub const MIN_PARAGRAPH_WORDS: usize = 4;

/// How many words of a language a document needs for the language to count as present.
pub const MIN_WORDS: usize = 12;

/// Below this confidence a paragraph's language is not counted.
const MIN_CONFIDENCE: f64 = 0.5;

/// The words of each official language found in a document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Languages {
    pub english_words: usize,
    pub french_words: usize,
}

impl Languages {
    pub fn english(self) -> bool {
        self.english_words >= MIN_WORDS
    }

    pub fn french(self) -> bool {
        self.french_words >= MIN_WORDS
    }

    /// Both documents' words together (a file and its translation beside it).
    pub fn and(self, other: Languages) -> Languages {
        Languages {
            english_words: self.english_words + other.english_words,
            french_words: self.french_words + other.french_words,
        }
    }
}

/// The official languages of a Markdown (or plain text) document.
pub fn detect(markdown: &str) -> Languages {
    let detector = Detector::with_allowlist(vec![Lang::Eng, Lang::Fra]);
    let mut found = Languages::default();
    for paragraph in paragraphs(markdown) {
        let words = paragraph.split_whitespace().count();
        if words < MIN_PARAGRAPH_WORDS {
            continue;
        }
        let Some(info) = detector.detect(&paragraph) else {
            continue;
        };
        if info.confidence() < MIN_CONFIDENCE {
            continue;
        }
        match info.lang() {
            Lang::Eng => found.english_words += words,
            Lang::Fra => found.french_words += words,
            _ => {}
        }
    }
    found
}

/// The prose paragraphs of a Markdown document, each on one line, markup removed.
pub fn paragraphs(markdown: &str) -> Vec<String> {
    let without_comments = strip_between(markdown, "<!--", "-->");
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut fence: Option<&str> = None;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.chars().any(char::is_alphabetic) {
            paragraphs.push(text);
        }
        current.clear();
    };
    for line in without_comments.lines() {
        let trimmed = line.trim();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut current, &mut paragraphs);
            fence = Some(&trimmed[..3]);
            continue;
        }
        let is_table = trimmed.starts_with('|');
        let is_reference = trimmed.starts_with('[') && trimmed.contains("]:");
        if trimmed.is_empty() || is_table || is_reference {
            flush(&mut current, &mut paragraphs);
            continue;
        }
        let (starts_block, text) = block_start(trimmed);
        if starts_block {
            flush(&mut current, &mut paragraphs);
        }
        current.push_str(&prose(text));
        current.push(' ');
        if starts_block && trimmed.starts_with('#') {
            // A heading is a paragraph of its own.
            flush(&mut current, &mut paragraphs);
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs
}

/// Whether a line starts a block (heading, list item, quote, rule), and its text without the
/// marker.
fn block_start(line: &str) -> (bool, &str) {
    let heading = line.trim_start_matches('#');
    if heading.len() < line.len() {
        return (true, heading);
    }
    for marker in ["- ", "* ", "+ ", "> "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return (true, rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        if let Some(rest) = line[digits..].strip_prefix(". ") {
            return (true, rest);
        }
    }
    if line
        .chars()
        .all(|c| matches!(c, '-' | '_' | '*' | '=' | ' '))
    {
        return (true, "");
    }
    (false, line)
}

/// One line's prose: images dropped, links reduced to their text, HTML tags, inline code, URLs
/// and emphasis marks removed.
fn prose(line: &str) -> String {
    let line = strip_between(line, "`", "`");
    let line = strip_between(&line, "<", ">");
    let line = strip_images(&line);
    let line = strip_link_targets(&line);
    line.split_whitespace()
        .filter(|word| !word.contains("://") && !word.starts_with("www."))
        .map(|word| word.trim_matches(|c| matches!(c, '*' | '_' | '[' | ']' | '(' | ')')))
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text with every `open … close` span removed (an unclosed one runs to the end).
fn strip_between(text: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        out.push(' ');
        let after = &rest[start + open.len()..];
        match after.find(close) {
            Some(end) => rest = &after[end + close.len()..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// `![alt](src)` removed whole: a badge or a picture is not prose.
fn strip_images(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("![") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(close) = after.find("](") else {
            rest = after;
            continue;
        };
        match after[close..].find(')') {
            Some(end) => rest = &after[close + end + 1..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// `[text](target)` becomes `text`.
fn strip_link_targets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        out.push_str(&rest[..start]);
        out.push(']');
        let after = &rest[start + 2..];
        match after.find(')') {
            Some(end) => rest = &after[end + 1..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "Unless otherwise noted, the source code of this project is covered \
        under Crown Copyright, Government of Canada, and is distributed under the MIT License.";
    const FRENCH: &str = "Sauf indication contraire, le code source de ce projet est protégé par \
        le droit d'auteur de la Couronne du gouvernement du Canada et distribué sous la licence MIT.";

    #[test]
    fn one_language_each() {
        let en = detect(ENGLISH);
        assert!(en.english() && !en.french(), "{en:?}");
        let fr = detect(FRENCH);
        assert!(fr.french() && !fr.english(), "{fr:?}");
    }

    #[test]
    fn a_bilingual_file_has_both() {
        let text = format!(
            "([Français](#licence))\n\n## License\n\n{ENGLISH}\n\n______\n\n## Licence\n\n{FRENCH}\n"
        );
        let both = detect(&text);
        assert!(both.english() && both.french(), "{both:?}");
    }

    #[test]
    fn a_link_to_the_french_section_does_not_make_a_file_bilingual() {
        let text = format!(
            "[![Build](https://ci.example/badge.svg)](https://ci.example)\n\n\
             ([Français](#gabarit-pour-dépôts-de-code-source-ouvert))\n\n# Projet\n\n{ENGLISH}\n\n\
             Voir [CONTRIBUTING.md](CONTRIBUTING.md)\n"
        );
        let found = detect(&text);
        assert!(found.english() && !found.french(), "{found:?}");
    }

    #[test]
    fn code_tables_and_markup_are_not_prose() {
        let text = "```json\n{\"text\": {\"default\": \"Yes\", \"fr\": \"Oui, c'est le texte en français de la réponse\"}}\n```\n\n\
            | colonne | valeur de la cellule dans le tableau en français |\n|---|---|\n\n\
            <!-- un commentaire écrit en français dans le fichier source -->\n\n\
            See the [Wiki](../../wiki) and `la commande en français que personne ne lit`.\n";
        let paragraphs = paragraphs(text);
        assert_eq!(paragraphs, ["See the Wiki and ."]);
        let found = detect(text);
        assert_eq!(found.french_words, 0, "{found:?}");
        assert!(!found.english(), "{found:?}");
    }

    #[test]
    fn headings_and_list_items_are_paragraphs() {
        let text = "# Title here\nFirst line of text\ncontinues here.\n- one item\n- two items\n";
        assert_eq!(
            paragraphs(text),
            [
                "Title here",
                "First line of text continues here.",
                "one item",
                "two items"
            ]
        );
    }

    #[test]
    fn the_fixture_readmes() {
        let read = |path: &str| {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            detect(&std::fs::read_to_string(root.join(path)).expect("fixture"))
        };
        for bilingual in [
            "fixtures/gc-publishing/aia-eia-js/README.md",
            "fixtures/gc-publishing/aia-eia-js/SECURITY.md",
            "fixtures/gc-publishing/aia-eia-js/CONTRIBUTING.md",
            "fixtures/gc-publishing/aia-eia-js/CODE_OF_CONDUCT.md",
            "fixtures/gc-publishing/boathouse/README.md",
            "fixtures/gc-publishing/github-foundations/README.md",
        ] {
            let found = read(bilingual);
            assert!(found.english() && found.french(), "{bilingual}: {found:?}");
        }
        let english = read("fixtures/gc-publishing/template-unilingual/README.md");
        assert!(english.english() && !english.french(), "{english:?}");
        let french = read("fixtures/gc-publishing/template-unilingual/CODE_DE_CONDUITE.md");
        assert!(french.french() && !french.english(), "{french:?}");
    }
}
