//! License notices: a file that names its license in prose instead of holding its text.
//!
//! "Licensed under the Apache License, Version 2.0 or the MIT license, at your option",
//! "dual-licensed under the Unlicense and MIT licenses", "Licensed under the terms of GNU General
//! Public License Version 2 or later, or commercial license terms from the vendor". The detector
//! reads such a file when no license text matched it: license *names* (SPDX ids, the common
//! names and abbreviations, with their versions and "or later"), license URLs (through the alias
//! table's `urls`), exceptions ("with the LLVM Exception"), commercial terms
//! (`LicenseRef-Proprietary`) and public-domain dedications, and the words around them decide the
//! operator: a choice ("either", "at your option", "dual-licensed", "any of these licenses")
//! is `OR`, licenses that apply to different parts are `AND`.
//!
//! Only statements count: a sentence about bundled third-party code ("This product includes
//! software from …", an Apache NOTICE file) names licenses without granting them, and a bare
//! abbreviation (`MIT`, `Apache 2.0`) counts only in a sentence that speaks of licensing. A name
//! that could be several licenses (`BSD`, `GPL` without a version) makes the whole notice
//! undecided: it is never guessed.

use crate::text::line_of;

/// How sure a notice is: a sentence names the license, but no text was compared.
pub const CONFIDENCE: f32 = 0.95;

/// Notices are short and come first: only the start of a text is read for one, and only texts
/// no longer than [`MAX_TEXT`] (a README that mentions its license is not a notice).
const READ: usize = 4096;
const MAX_TEXT: usize = 16 * 1024;

/// The longest quote kept as evidence.
const MAX_QUOTE: usize = 320;

/// A license notice found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// The SPDX expression the notice grants.
    pub license: String,
    /// The sentences that say so, whitespace collapsed.
    pub quote: String,
    /// Their first and last line (1-based).
    pub lines: (u32, u32),
}

/// The license a notice in `text` grants, if the text is one.
pub fn find(text: &str) -> Option<Notice> {
    if text.len() > MAX_TEXT {
        return None;
    }
    let text = crate::text::prefix(text, READ);
    if let Some(found) = bare_expression(text).or_else(|| identifier_line(text)) {
        return Some(found);
    }
    let sentences = sentences(text);
    let mut clauses: Vec<Clause> = Vec::new();
    let mut choice_everywhere = false;
    // A list's items are read in the words of the sentence that opens it ("The following files
    // are licensed under different terms:" then "* random-inl.h: CC0 1.0 Universal").
    let mut list_about_licensing = false;
    for sentence in &sentences {
        let body = text[sentence.range.clone()].trim();
        let words = words(body);
        // The package's own grant comes first; from the first sentence about bundled code on
        // ("The following libraries are included …" and the list after it), the file
        // attributes others' code.
        if is_third_party(&words) {
            break;
        }
        // "As a contributor, you agree that your code can be used under either …": the terms
        // contributions come in under, not the package's.
        if about_contributions(&words) {
            continue;
        }
        let cue = offers_choice(&words);
        let item = body.starts_with(['-', '*', '•']);
        let context = item && list_about_licensing;
        if !item {
            list_about_licensing = body.ends_with(':') && speaks_of_licensing(&words);
        }
        match mentions(&words, context)? {
            found if found.is_empty() => choice_everywhere |= cue,
            found => clauses.push(Clause {
                choice: cue || joined_by_or(&words, &found),
                ids: found.into_iter().map(|m| m.id).collect(),
                sentence: sentence.clone(),
            }),
        }
    }
    let clauses = without_lone_public_domain(clauses);
    if clauses.is_empty() {
        return None;
    }
    let license = expression(&clauses, choice_everywhere);
    spdx::Expression::parse_mode(&license, spdx::ParseMode::LAX).ok()?;
    let first = &clauses[0].sentence;
    let last = &clauses[clauses.len() - 1].sentence;
    Some(Notice {
        license,
        quote: quote(&text[first.range.start..last.range.end]),
        lines: (first.lines.0, last.lines.1),
    })
}

/// A file whose whole text is one SPDX expression (`MIT OR Apache-2.0`), as some crates ship.
fn bare_expression(text: &str) -> Option<Notice> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.contains('\n') || trimmed.len() > 200 {
        return None;
    }
    let expression = spdx::Expression::parse(trimmed).ok()?;
    let line = line_of(text, text.find(trimmed).unwrap_or(0));
    Some(Notice {
        license: expression.to_string(),
        quote: trimmed.to_owned(),
        lines: (line, line),
    })
}

/// An `SPDX-License-Identifier: ISC AND (Apache-2.0 OR ISC)` line (aws-lc-rs's LICENSE starts
/// with one): the expression its first tag states.
fn identifier_line(text: &str) -> Option<Notice> {
    let (number, value) = spdx_tags(text).into_iter().next()?;
    let expression = spdx::Expression::parse(&value).ok()?;
    let line = u32::try_from(number).unwrap_or(u32::MAX);
    Some(Notice {
        license: expression.to_string(),
        quote: text
            .lines()
            .nth(number - 1)
            .unwrap_or_default()
            .trim()
            .to_owned(),
        lines: (line, line),
    })
}

/// The `SPDX-License-Identifier: <expression>` tags of a text (SPDX 2.3 Annex E), in any comment
/// style (`//`, `/* … */`, `#`, `--`, `<!-- … -->`): each tag's line (1-based) and its value as
/// written. A value that cannot be an expression (`%s` in a format string) is not a tag.
pub fn spdx_tags(text: &str) -> Vec<(usize, String)> {
    const TAG: &str = "SPDX-License-Identifier:";
    let mut tags = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let Some(at) = line.find(TAG) else {
            continue;
        };
        let value = line[at + TAG.len()..].trim();
        let value = value.strip_suffix("*/").unwrap_or(value).trim();
        let value = value.strip_suffix("-->").unwrap_or(value).trim();
        let expression_like = !value.is_empty()
            && value.len() <= 200
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || " .+-()_:".contains(c));
        if expression_like {
            tags.push((index + 1, value.to_owned()));
        }
    }
    tags
}

/// One sentence that names licenses, and how they combine within it.
struct Clause {
    ids: Vec<String>,
    choice: bool,
    sentence: Sentence,
}

/// Sentences joined: a choice stated anywhere in the file ("You may use this software under the
/// terms of any of these licenses, at your option") makes every license named an alternative;
/// otherwise each sentence is a part (`(Apache-2.0 OR MIT) AND BSD-3-Clause`: the crate's own
/// code, and the data it includes).
fn expression(clauses: &[Clause], choice_everywhere: bool) -> String {
    let join = |ids: &[String], or: bool| {
        let mut ids = ids.to_vec();
        ids.sort();
        ids.dedup();
        let operator = if or { " OR " } else { " AND " };
        (ids.join(operator), ids.len() > 1)
    };
    if choice_everywhere {
        let all: Vec<String> = clauses.iter().flat_map(|c| c.ids.clone()).collect();
        return join(&all, true).0;
    }
    // Licenses named again, outside a choice, that the choice offers are that choice's: a title
    // above a text ("Apache License 2.0" under "your choice of either the Apache License 2.0 or
    // …"), a pointer ("[1]: <http://opensource.org/licenses/MIT>, which is reproduced below"),
    // where to get copies ("You may obtain copies of the Licenses at: <URL> <URL>").
    let offered: Vec<&String> = clauses
        .iter()
        .filter(|c| c.choice && c.ids.len() > 1)
        .flat_map(|c| &c.ids)
        .collect();
    let mut parts: Vec<(String, bool)> = clauses
        .iter()
        .filter(|c| c.choice || !c.ids.iter().all(|id| offered.contains(&id)))
        .map(|c| join(&c.ids, c.choice))
        .collect();
    parts.sort();
    parts.dedup();
    if parts.len() == 1 {
        return parts.remove(0).0;
    }
    let parts: Vec<String> = parts
        .into_iter()
        .map(|(part, compound)| if compound { format!("({part})") } else { part })
        .collect();
    parts.join(" AND ")
}

/// A public-domain dedication counts when it is the notice, not beside other licenses ("Test
/// code is dedicated to the Public Domain when so designated" is about some files).
fn without_lone_public_domain(clauses: Vec<Clause>) -> Vec<Clause> {
    let others = clauses
        .iter()
        .flat_map(|c| &c.ids)
        .any(|id| id != PUBLIC_DOMAIN);
    if !others {
        return clauses;
    }
    clauses
        .into_iter()
        .filter_map(|mut clause| {
            clause.ids.retain(|id| id != PUBLIC_DOMAIN);
            (!clause.ids.is_empty()).then_some(clause)
        })
        .collect()
}

const PUBLIC_DOMAIN: &str = "LicenseRef-Public-Domain";
const COMMERCIAL: &str = "LicenseRef-Proprietary";

/// A sentence of the text: its bytes and its lines.
#[derive(Debug, Clone)]
struct Sentence {
    range: std::ops::Range<usize>,
    lines: (u32, u32),
}

/// The text cut into sentences: at a full stop, colon or semicolon followed by a space and a
/// capital (or the end), at blank lines and at list items.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut cuts = vec![0];
    for (at, c) in text.char_indices() {
        let rest = &text[at + c.len_utf8()..];
        let cut = match c {
            '.' | ';' | '!' | '?' => {
                let next = rest.trim_start();
                let spaced = rest.len() > next.len() || rest.is_empty();
                spaced && next.chars().next().is_none_or(|n| !n.is_lowercase())
            }
            '\n' => {
                let line = rest.split('\n').next().unwrap_or("").trim_start();
                let item = ["- ", "* ", "• "].iter().any(|mark| line.starts_with(mark));
                item || line.is_empty()
            }
            _ => false,
        };
        if cut {
            cuts.push(at + c.len_utf8());
        }
    }
    cuts.push(text.len());
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| !text[w[0]..w[1]].trim().is_empty())
        .map(|w| {
            let body = &text[w[0]..w[1]];
            let first = w[0] + leading_space(body);
            let last = w[0] + body.trim_end().len().saturating_sub(1);
            Sentence {
                range: w[0]..w[1],
                lines: (line_of(text, first), line_of(text, last)),
            }
        })
        .collect()
}

fn leading_space(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// A sentence quoted for people: whitespace collapsed, cut at [`MAX_QUOTE`] characters.
fn quote(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match collapsed.char_indices().nth(MAX_QUOTE) {
        Some((at, _)) => format!("{}…", &collapsed[..at]),
        None => collapsed,
    }
}

/// One word of a sentence: lower case, or a URL as written.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    text: String,
    /// As written (an SPDX id's case matters).
    original: String,
    url: bool,
}

/// The words of a sentence: URLs whole, other runs of letters, digits and `.+-` split off,
/// `licence`/`licenses` read as `license`.
fn words(sentence: &str) -> Vec<Word> {
    let mut words = Vec::new();
    // A Markdown link's text and target are two chunks: `[GNU … or later](https://…)`.
    let unlinked = sentence.replace("](", "] (");
    for chunk in unlinked.split_whitespace() {
        let bare = chunk.trim_matches(|c: char| "<>()[]{},;:'\"`*.".contains(c));
        if bare.contains("://") || bare.starts_with("www.") {
            words.push(Word {
                text: bare.trim_end_matches('.').to_owned(),
                original: bare.to_owned(),
                url: true,
            });
            continue;
        }
        for part in chunk.split(|c: char| !(c.is_alphanumeric() || ".+-_".contains(c))) {
            let part = part
                .trim_end_matches(['.', '-', '_'])
                .trim_start_matches(['-', '.']);
            if part.is_empty() {
                continue;
            }
            let lower = part.to_lowercase();
            let text = match lower.as_str() {
                "licence" | "licenses" | "licences" => "license".to_owned(),
                _ => lower,
            };
            words.push(Word {
                text,
                original: part.to_owned(),
                url: false,
            });
        }
    }
    words
}

/// A license named in a sentence: its id and the words it spans.
#[derive(Debug, Clone, PartialEq)]
struct Mention {
    id: String,
    words: std::ops::Range<usize>,
}

/// How a family of licenses is named and versioned.
#[derive(Clone, Copy)]
enum Family {
    /// One license, no version to read.
    One(&'static str),
    /// `Apache-2.0`: a version must follow.
    Versioned(&'static str, &'static [&'static str]),
    /// GPL, LGPL, AGPL: a version, then "or later" or not.
    Gnu(&'static str),
    /// BSD: the number of clauses must be said.
    Bsd,
}

/// License names, as words (`license` stands for its spellings). Longer names first.
const NAMES: &[(&[&str], Family)] = &[
    (
        &["gnu", "affero", "general", "public", "license"],
        Family::Gnu("AGPL"),
    ),
    (
        &["affero", "general", "public", "license"],
        Family::Gnu("AGPL"),
    ),
    (
        &["gnu", "lesser", "general", "public", "license"],
        Family::Gnu("LGPL"),
    ),
    (
        &["gnu", "library", "general", "public", "license"],
        Family::Gnu("LGPL"),
    ),
    (
        &["lesser", "general", "public", "license"],
        Family::Gnu("LGPL"),
    ),
    (&["gnu", "general", "public", "license"], Family::Gnu("GPL")),
    (&["general", "public", "license"], Family::Gnu("GPL")),
    (&["gnu", "agpl"], Family::Gnu("AGPL")),
    (&["gnu", "lgpl"], Family::Gnu("LGPL")),
    (&["gnu", "gpl"], Family::Gnu("GPL")),
    (&["agpl"], Family::Gnu("AGPL")),
    (&["lgpl"], Family::Gnu("LGPL")),
    (&["gpl"], Family::Gnu("GPL")),
    (&["apache", "software", "license"], APACHE),
    (&["apache", "license"], APACHE),
    (&["apache"], APACHE),
    (&["mozilla", "public", "license"], MPL),
    (&["mpl"], MPL),
    (&["eclipse", "public", "license"], EPL),
    (&["epl"], EPL),
    (&["boost", "software", "license"], Family::One("BSL-1.0")),
    (
        &["python", "software", "foundation", "license"],
        Family::One("PSF-2.0"),
    ),
    (&["mit", "license"], Family::One("MIT")),
    (&["expat", "license"], Family::One("MIT")),
    (&["mit"], Family::One("MIT")),
    (&["isc", "license"], Family::One("ISC")),
    (&["isc"], Family::One("ISC")),
    (&["the", "unlicense"], Family::One("Unlicense")),
    (&["unlicense"], Family::One("Unlicense")),
    (&["zlib", "license"], Family::One("Zlib")),
    (&["creative", "commons", "zero"], Family::One("CC0-1.0")),
    (&["cc0"], Family::One("CC0-1.0")),
    (&["bsd", "license"], Family::Bsd),
    (&["bsd"], Family::Bsd),
];

const APACHE: Family = Family::Versioned("Apache", &["1.0", "1.1", "2.0"]);
const MPL: Family = Family::Versioned("MPL", &["1.0", "1.1", "2.0"]);
const EPL: Family = Family::Versioned("EPL", &["1.0", "2.0"]);

/// Every license a sentence names, in order; `None` when one of them cannot be decided (`BSD`,
/// a GPL without its version): the notice is then not read at all.
fn mentions(words: &[Word], context: bool) -> Option<Vec<Mention>> {
    let speaks_of_licensing = context || speaks_of_licensing(words);
    let mut found: Vec<Mention> = Vec::new();
    let mut at = 0;
    while at < words.len() {
        match mention_at(words, at, speaks_of_licensing) {
            Reading::Found(mention) => {
                at = mention.words.end;
                // The same license named twice in a row (its name, then its URL) is one mention.
                if found.last().is_none_or(|last| last.id != mention.id) {
                    found.push(mention);
                } else if let Some(last) = found.last_mut() {
                    last.words.end = mention.words.end;
                }
            }
            Reading::Undecided => return None,
            Reading::Nothing => at += 1,
        }
    }
    Some(found)
}

/// Whether a sentence is about licensing: "licensed", "license", "terms", "distributed under" …
/// (a bare `MIT` elsewhere is a university, or an abbreviation in a list of authors).
fn speaks_of_licensing(words: &[Word]) -> bool {
    words.iter().enumerate().any(|(at, w)| {
        let text = w.text.as_str();
        text.starts_with("licen")
            || text == "terms"
            || text.ends_with("-licensed")
            || (matches!(
                text,
                "distributed" | "released" | "available" | "published" | "provided" | "offered"
            ) && words.get(at + 1).is_some_and(|next| next.text == "under"))
    })
}

enum Reading {
    Found(Mention),
    /// A license is named, but which one cannot be told.
    Undecided,
    Nothing,
}

fn mention_at(words: &[Word], at: usize, speaks_of_licensing: bool) -> Reading {
    let word = &words[at];
    if word.url {
        return match super::normalize::normalize(&word.text) {
            super::normalize::Normalized::Expression { expression, .. } => {
                found(expression, at..at + 1)
            }
            _ => Reading::Nothing,
        };
    }
    if let Some(id) = spdx_id(&word.original) {
        let (id, end) = with_exception(words, id, at + 1);
        return found(id, at..end);
    }
    if let Some(id) = gnu_word(&word.text) {
        return gnu(
            words,
            id.0,
            id.1.map(str::to_owned),
            at,
            at + 1,
            speaks_of_licensing,
        );
    }
    if let Some(found) = special(words, at) {
        return found;
    }
    for (name, family) in NAMES {
        let end = at + name.len();
        if end > words.len() || !name.iter().zip(&words[at..end]).all(|(n, w)| *n == w.text) {
            continue;
        }
        // An abbreviation alone (`MIT`, `Apache 2.0`) is a license only where licensing is the
        // subject; a full name (`MIT License`) says so itself.
        let named = name.last() == Some(&"license");
        if !named && !speaks_of_licensing {
            return Reading::Nothing;
        }
        return match *family {
            Family::One(id) => {
                let (id, end) = with_exception(words, id.to_owned(), end);
                found(id, at..end)
            }
            Family::Versioned(prefix, versions) => match version_after(words, end) {
                Some((version, after)) if versions.contains(&version.as_str()) => {
                    let (id, after) = with_exception(words, format!("{prefix}-{version}"), after);
                    found(id, at..after)
                }
                _ => Reading::Nothing,
            },
            Family::Gnu(family) => gnu(words, family, None, at, end, speaks_of_licensing),
            Family::Bsd => bsd(words, at, end),
        };
    }
    Reading::Nothing
}

fn found(id: String, words: std::ops::Range<usize>) -> Reading {
    Reading::Found(Mention { id, words })
}

/// Phrases that are not a name followed by a version: commercial terms, public-domain
/// dedications, SQLite's blessing.
fn special(words: &[Word], at: usize) -> Option<Reading> {
    let text = |i: usize| words.get(i).map_or("", |w| w.text.as_str());
    match text(at) {
        "commercial" | "proprietary"
            if matches!(
                text(at + 1),
                "license" | "licensing" | "licensed" | "terms" | "agreement"
            ) =>
        {
            Some(found(COMMERCIAL.to_owned(), at..at + 2))
        }
        "public" if text(at + 1) == "domain" => {
            let before: Vec<&str> = (at.saturating_sub(6)..at).map(text).collect();
            let dedicated = before.iter().any(|w| {
                w.starts_with("dedicat")
                    || matches!(*w, "released" | "placed" | "put" | "into" | "is" | "are")
            });
            // "This library is not in the public domain."
            let negated = (at.saturating_sub(3)..at).any(|i| text(i) == "not");
            (dedicated && !negated).then(|| found(PUBLIC_DOMAIN.to_owned(), at..at + 2))
        }
        // "The author disclaims copyright to this source code. In place of a legal notice, here
        // is a blessing:" (SQLite): SPDX's `blessing`.
        "blessing" if (at.saturating_sub(4)..at).any(|i| text(i) == "here") => {
            Some(found("blessing".to_owned(), at..at + 1))
        }
        _ => None,
    }
}

/// `GPLv2`, `LGPLv2.1+`, `AGPLv3`: a family and its version in one word.
fn gnu_word(word: &str) -> Option<(&'static str, Option<&str>)> {
    for (prefix, family) in [("agplv", "AGPL"), ("lgplv", "LGPL"), ("gplv", "GPL")] {
        if let Some(version) = word.strip_prefix(prefix) {
            if version.starts_with(|c: char| c.is_ascii_digit()) {
                return Some((family, Some(version)));
            }
        }
    }
    None
}

/// A GNU license: its version (`2`, `2.1`, `v3`), then "or later" (`2+`, "or any later
/// version", "or (at your option) any later version") or not.
fn gnu(
    words: &[Word],
    family: &str,
    version: Option<String>,
    at: usize,
    end: usize,
    speaks_of_licensing: bool,
) -> Reading {
    if !speaks_of_licensing && version.is_none() && words[end - 1].text != "license" {
        return Reading::Nothing;
    }
    let (version, after) = match version {
        Some(version) => (version, end),
        None => match version_after(words, end) {
            Some(found) => found,
            None => return Reading::Undecided,
        },
    };
    let (number, plus) = match version.strip_suffix('+') {
        Some(number) => (number.to_owned(), true),
        None => (version, false),
    };
    let number = match number.as_str() {
        "1" => "1.0".to_owned(),
        "2" => "2.0".to_owned(),
        "3" => "3.0".to_owned(),
        other => other.to_owned(),
    };
    let rest: Vec<&str> = words[after..]
        .iter()
        .take(8)
        .map(|w| w.text.as_str())
        .filter(|w| !matches!(*w, "of" | "the" | "license"))
        .collect();
    let later = plus
        || [
            &["or", "later"][..],
            &["or", "any", "later"],
            &["or", "at", "your", "option", "any", "later"],
            &["or", "newer"],
            &["or", "any", "newer"],
        ]
        .iter()
        .any(|phrase| rest.starts_with(phrase));
    let id = format!(
        "{family}-{number}-{}",
        if later { "or-later" } else { "only" }
    );
    if spdx::license_id(&id).is_none() {
        return Reading::Undecided;
    }
    let (id, after) = with_exception(words, id, after);
    found(id, at..after)
}

/// BSD with its clauses said: `3-clause BSD`, `BSD 2-Clause`, `new BSD`, `simplified BSD`.
fn bsd(words: &[Word], at: usize, end: usize) -> Reading {
    let text = |i: usize| words.get(i).map_or("", |w| w.text.as_str());
    let before = if at > 0 { text(at - 1) } else { "" };
    let after = text(end);
    let three = ["3-clause", "new", "revised", "modified", "three-clause"];
    let two = ["2-clause", "simplified", "freebsd", "two-clause"];
    let id = if three.contains(&before) || three.contains(&after) || after == "3" {
        "BSD-3-Clause"
    } else if two.contains(&before) || two.contains(&after) || after == "2" {
        "BSD-2-Clause"
    } else {
        return Reading::Undecided;
    };
    let end = if [three.as_slice(), two.as_slice()].concat().contains(&after) {
        end + 1
    } else {
        end
    };
    found(id.to_owned(), at..end)
}

/// The version after a license's name: `Version 2.0`, `v2`, `2`, `(Version 2.0)`.
fn version_after(words: &[Word], from: usize) -> Option<(String, usize)> {
    let mut at = from;
    while let Some(word) = words.get(at) {
        let text = word.text.as_str();
        if matches!(text, "license" | "version" | "the") && at < from + 3 {
            at += 1;
            continue;
        }
        let number = text.strip_prefix('v').unwrap_or(text);
        let (digits, plus) = match number.strip_suffix('+') {
            Some(digits) => (digits, "+"),
            None => (number, ""),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return None;
        }
        let version = match digits {
            "1" | "2" | "3" if !plus.is_empty() || !is_gnu_family(words, from) => {
                format!("{digits}.0{plus}")
            }
            _ => format!("{digits}{plus}"),
        };
        return Some((version, at + 1));
    }
    None
}

/// Whether the name before `from` is a GNU license's (their versions are read as written).
fn is_gnu_family(words: &[Word], from: usize) -> bool {
    words[..from]
        .iter()
        .rev()
        .take(5)
        .any(|w| w.text.contains("gpl") || w.text == "general")
}

/// "… with the LLVM Exception", "… with the Classpath exception" after a license.
fn with_exception(words: &[Word], id: String, from: usize) -> (String, usize) {
    let text = |i: usize| words.get(i).map_or("", |w| w.text.as_str());
    if text(from) != "with" {
        return (id, from);
    }
    let skip = usize::from(text(from + 1) == "the");
    let name = text(from + 1 + skip);
    let exception = match name {
        "llvm" | "llvm-exception" => "LLVM-exception",
        "classpath" => "Classpath-exception-2.0",
        _ => return (id, from),
    };
    let end = from + 2 + skip + usize::from(text(from + 2 + skip) == "exception");
    (format!("{id} WITH {exception}"), end)
}

/// An SPDX id as written (`Apache-2.0`, `BSD-3-Clause`, `GPL-2.0-or-later`): ids that are also
/// words (`MIT`, `Zlib`) are read by name, with the sentence's subject checked.
fn spdx_id(word: &str) -> Option<String> {
    if !word.contains('-') || !word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let id = spdx::license_id(word)?;
    if id.is_deprecated() {
        return spdx::Expression::canonicalize(word).ok().flatten();
    }
    Some(id.name.to_owned())
}

/// Whether prose (a file's words outside the license texts it holds) offers those licenses as
/// a choice.
pub fn offers_choice_in(prose: &str) -> bool {
    for sentence in sentences(prose) {
        let words = words(&prose[sentence.range]);
        if is_third_party(&words) {
            return false;
        }
        if !about_contributions(&words) && offers_choice(&words) {
            return true;
        }
    }
    false
}

/// A sentence about contributions ("Contributions to cryptography are made under the terms of
/// both these licenses"): inbound terms.
fn about_contributions(words: &[Word]) -> bool {
    words.iter().any(|w| {
        matches!(
            w.text.as_str(),
            "contributor" | "contribution" | "contributions" | "contributing"
        )
    })
}

/// Words that offer a choice among the licenses named (the GNU "or (at your option) any later
/// version" is not one).
fn offers_choice(words: &[Word]) -> bool {
    let text: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
    let phrase = |at: usize, phrase: &[&str]| text[at..].starts_with(phrase);
    let both = |at: usize| text[at..].iter().take(8).any(|w| *w == "both");
    (0..text.len()).any(|at| {
        let later = (at + 3..at + 7).any(|i| text.get(i) == Some(&"later"));
        match text[at] {
            // "either of the licenses", "under either license", not Apache's "either express or
            // implied" nor GNU's "either version 3".
            "either" => matches!(
                text.get(at + 1),
                Some(&("of" | "license" | "the" | "under" | "a" | "at"))
            ),
            // OpenSSL's "stays under a dual license, i.e. both the conditions … apply" is not one.
            "dual-licensed" | "triple-licensed" | "multi-licensed" | "dual-license" => !both(at),
            "dual" | "triple" => {
                matches!(text.get(at + 1), Some(w) if w.starts_with("licen")) && !both(at)
            }
            "alternatively" | "whichever" => true,
            // "you may choose either license", not Apache's "You may choose to offer".
            "choose" => !matches!(text.get(at + 1), Some(&"to")),
            "choice" => at > 0 && matches!(text[at - 1], "your" | "their"),
            "at" => {
                (phrase(at, &["at", "your", "option"]) || phrase(at, &["at", "their", "option"]))
                    && !later
            }
            "any" | "one" => {
                phrase(at + 1, &["of", "these"]) || phrase(at + 1, &["of", "the", "following"])
            }
            // stb's "ALTERNATIVE A - MIT License … ALTERNATIVE B - Public Domain".
            "alternative" => text.get(at + 1).is_some_and(|next| next.len() == 1),
            _ => false,
        }
    })
}

/// Licenses in one sentence separated by "or" and never by "and" are alternatives.
fn joined_by_or(words: &[Word], mentions: &[Mention]) -> bool {
    mentions.len() > 1
        && mentions.windows(2).all(|pair| {
            let between = &words[pair[0].words.end..pair[1].words.start];
            between.iter().any(|w| w.text == "or") && !between.iter().any(|w| w.text == "and")
        })
}

/// A sentence about code the package bundles ("This product includes software from …", "The
/// following libraries are included …"): it names their licenses, not the package's.
fn is_third_party(words: &[Word]) -> bool {
    let text: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
    text.windows(2).any(|pair| {
        matches!(
            pair,
            ["product", "includes"]
                | ["includes", "software"]
                | ["included", "in"]
                | ["third", "party"]
                | ["third-party", _]
                | [_, "third-party"]
                | ["bundled", _]
                | ["incorporates", _]
                | ["component" | "components", _]
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn license(text: &str) -> Option<String> {
        find(text).map(|n| n.license)
    }

    #[test]
    fn statements_of_one_license() {
        for (text, want) in [
            ("Released under the MIT license.", "MIT"),
            (
                "This project is licensed under the Apache License, Version 2.0 — see LICENSE-APACHE.",
                "Apache-2.0",
            ),
            (
                "Licensed under the Apache License (Version 2.0).",
                "Apache-2.0",
            ),
            ("Licensed under GPLv2+.", "GPL-2.0-or-later"),
            (
                "Licensed under the terms of GNU General Public License Version 2 or later.",
                "GPL-2.0-or-later",
            ),
            ("Distributed under the GNU LGPL v2.1.", "LGPL-2.1-only"),
            (
                "This library is licensed under the new BSD license.",
                "BSD-3-Clause",
            ),
            ("MIT OR Apache-2.0\n", "MIT OR Apache-2.0"),
            (
                "Licensed under the BSD 3-Clause License <LICENSE>.",
                "BSD-3-Clause",
            ),
            (
                "SPDX-License-Identifier: ISC AND (Apache-2.0 OR ISC)\n\n\nApache 2.0 license\n",
                "ISC AND (Apache-2.0 OR ISC)",
            ),
            ("/* SPDX-License-Identifier: MIT */\n", "MIT"),
        ] {
            assert_eq!(license(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn choices_and_parts() {
        // encoding_rs's COPYRIGHT (trimmed).
        let encoding = "Licensed under the Apache License, Version 2.0\n<LICENSE-APACHE or\nhttps://www.apache.org/licenses/LICENSE-2.0> or the MIT\nlicense <LICENSE-MIT or https://opensource.org/licenses/MIT>,\nat your option. All files in the project carrying such\nnotice may not be copied.\n\nThis crate includes data derived from the data files supplied\nwith the WHATWG Encoding Standard, which, when incorporated into\nsource code, are licensed under the BSD 3-Clause License\n<LICENSE-WHATWG>.\n\nTest code within encoding_rs is dedicated to the Public Domain when so\ndesignated.\n";
        assert_eq!(
            license(encoding).as_deref(),
            Some("(Apache-2.0 OR MIT) AND BSD-3-Clause")
        );
        // rustls's LICENSE: the choice is its own sentence.
        let rustls = "Rustls is distributed under the following three licenses:\n\n- Apache License version 2.0.\n- MIT license.\n- ISC license.\n\nThese are included as LICENSE-APACHE, LICENSE-MIT and LICENSE-ISC\nrespectively.  You may use this software under the terms of any\nof these licenses, at your option.\n";
        assert_eq!(license(rustls).as_deref(), Some("Apache-2.0 OR ISC OR MIT"));
        assert_eq!(
            license("This project is dual-licensed under the Unlicense and MIT licenses.\n\nYou may use this code under the terms of either license.\n").as_deref(),
            Some("MIT OR Unlicense")
        );
        assert_eq!(
            license("`rustix` is triple-licensed under Apache 2.0 with the LLVM Exception,\nApache 2.0, and MIT terms.\n").as_deref(),
            Some("Apache-2.0 OR Apache-2.0 WITH LLVM-exception OR MIT")
        );
        assert_eq!(
            license("Licensed under a dual-license model, this software is available under:\n\n* the GNU General Public License Version 2 or later (see COPYING.GPL),\n* or commercial license terms from CKSource Holding sp. z o.o.\n").as_deref(),
            Some("GPL-2.0-or-later OR LicenseRef-Proprietary")
        );
        // ckeditor5 44.3.0's LICENSE.md (trimmed): Markdown links, then the bundled libraries.
        assert_eq!(
            license("Licensed under a dual-license model, this software is available under:\n\n* the [GNU General Public License Version 2 or later](https://www.gnu.org/licenses/gpl.html),\n* or commercial license terms from CKSource Holding sp. z o.o.\n\nSources of Intellectual Property Included in CKEditor\n-----\n\nThe following libraries are included in CKEditor under the [MIT license](https://opensource.org/licenses/MIT):\n\n* BlurHash - Copyright (c) 2018 Wolt Enterprises (MIT license).\n").as_deref(),
            Some("GPL-2.0-or-later OR LicenseRef-Proprietary")
        );
        // libm's LICENSE.txt (trimmed): the terms contributions come in under are not the
        // package's license.
        assert_eq!(
            license("rust-lang/libm as a whole is available for use under the MIT license:\n\nAs a contributor, you agree that your code can be used under either the MIT\nlicense or the Apache-2.0 license:\n").as_deref(),
            Some("MIT")
        );
        assert!(!offers_choice_in(
            "As a contributor, you agree that your code can be used under either the MIT\nlicense or the Apache-2.0 license:\n"
        ));
        // Mozilla's COPYRIGHT (trimmed): the URLs where the licenses are restate the choice.
        assert_eq!(
            license("Licensed under the Apache License (Version 2.0), or the MIT license,\n(the \"Licenses\") at your option. You may obtain copies of the\nLicenses at:\n\n   https://www.apache.org/licenses/LICENSE-2.0\n   https://opensource.org/licenses/MIT\n").as_deref(),
            Some("Apache-2.0 OR MIT")
        );
        // ring's LICENSE: parts, not a choice.
        assert_eq!(
            license("*ring* uses an \"ISC\" license, like BoringSSL used to use, for new code\nfiles. See LICENSE-other-bits for the text of that license.\n\nSee LICENSE-BoringSSL for code that was sourced from BoringSSL under the\nApache 2.0 license.\n").as_deref(),
            Some("Apache-2.0 AND ISC")
        );
    }

    #[test]
    fn public_domain_and_blessings() {
        assert_eq!(
            license("This software is released into the public domain.").as_deref(),
            Some(PUBLIC_DOMAIN)
        );
        assert_eq!(
            license("To the extent possible under law, the author has dedicated all copyright\nand related and neighboring rights to this software to the public domain\nworldwide. This software is distributed without any warranty.\n\nSee <http://creativecommons.org/publicdomain/zero/1.0/>.\n").as_deref(),
            Some("CC0-1.0")
        );
        assert_eq!(
            license("The author disclaims copyright to this source code.  In place of\na legal notice, here is a blessing:\n\n   May you do good and not evil.\n").as_deref(),
            Some("blessing")
        );
    }

    #[test]
    fn not_notices() {
        for text in [
            // An Apache NOTICE file (pyarrow's, trimmed): attributions of bundled code.
            "Apache Arrow\nCopyright 2016-2026 The Apache Software Foundation\n\nThis product includes software from the SFrame project (BSD, 3-clause).\n\nThis product includes software from the Feather project (Apache 2.0)\nhttps://github.com/wesm/feather\n",
            "boto3\nCopyright 2013-2017 Amazon.com, Inc. or its affiliates. All Rights Reserved.\n",
            "Authors\n=======\n\n- Jane Doe, MIT\n",
            "../LICENSE\n",
            "",
            // Undecided: which BSD, which GPL?
            "Licensed under the BSD license.",
            "This program is licensed under the GPL.",
        ] {
            assert_eq!(license(text), None, "{text}");
        }
    }

    #[test]
    fn quotes_the_sentence_with_its_lines() {
        let notice =
            find("Copyright 2020 Foo\n\nThis project is licensed under the\nMIT license.\n")
                .unwrap();
        assert_eq!(
            notice.quote,
            "This project is licensed under the MIT license."
        );
        assert_eq!(notice.lines, (3, 4));
        let long = format!("Licensed under the MIT license. {}", "word ".repeat(200));
        assert!(find(&long).unwrap().quote.chars().count() <= MAX_QUOTE + 1);
        // Multi-byte text near the read limit does not split a character.
        let text = format!("{}\nLicensed under the MIT license.", "é".repeat(READ));
        let _ = find(&text);
    }
}
