//! The Crown copyright notice of a Government of Canada licence file.
//!
//! The *Guide for Publishing Open Source Code* asks for this form:
//! `Copyright (c) His Majesty the King in Right of Canada, as represented by the Minister of
//! <department>, <year>`. [`find`] reads the notices found in real repositories: `©`, `(C)` or no
//! mark, the year before or after, no comma before "as represented by", a line break anywhere, // i18n: words matched in a notice
//! the French form (`Sa Majesté le Roi du chef du Canada, représenté par …`), and the former
//! "Her Majesty the Queen" / "Sa Majesté la Reine" forms, which name the Sovereign of before
//! September 2022 and are to be updated.

/// Which Sovereign a notice names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// His Majesty the King (since September 2022): the Guide's form.
    King,
    /// Her Majesty the Queen: the former form, to be updated.
    Queen,
}

/// A Crown copyright notice found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub form: Form,
    /// Who the Crown is represented by, as written: "the Minister of Health", "the Treasury Board
    /// of Canada Secretariat"; `None` when the notice does not say.
    pub represented_by: Option<String>,
    /// The year or years of publication, as written (`2024`, `2021-2024`); `None` when missing.
    pub year: Option<String>,
}

impl Notice {
    /// Whether the notice has everything the Guide's form has.
    pub fn is_complete(&self) -> bool {
        self.form == Form::King && self.represented_by.is_some() && self.year.is_some()
    }
}

/// The Guide's form of the notice, with placeholders a person fills in.
pub fn guide_form(department: &str, year: &str) -> String {
    format!(
        // i18n: the notice itself, in the Guide's English form
        "Copyright (c) His Majesty the King in Right of Canada, as represented by {department}, {year}"
    )
}

/// The ways the Crown is named, lower case, with their form.
const CROWN: &[(&str, Form)] = &[
    ("his majesty the king in right of canada", Form::King), // i18n: words matched in a notice
    ("sa majesté le roi du chef du canada", Form::King),     // i18n: words matched in a notice
    ("her majesty the queen in right of canada", Form::Queen), // i18n: words matched in a notice
    ("sa majesté la reine du chef du canada", Form::Queen),  // i18n: words matched in a notice
];

/// How the representing department is introduced, lower case.
const REPRESENTED: &[&str] = &[
    "as represented by", // i18n: words matched in a notice
    "represented by",
    "représenté par",
    "représentée par",
];

/// How far before the Crown's name a year still belongs to the notice (`Copyright © 2020 Her
/// Majesty …`), in characters.
const YEAR_BEFORE: usize = 40;

/// How far after the Crown's name the notice may run, in characters.
const NOTICE_AFTER: usize = 240;

/// The best Crown copyright notice in a text: a complete one in the Guide's form if there is one,
/// else the first found.
pub fn find(text: &str) -> Option<Notice> {
    let flat = flatten(text);
    let lower = lower_case(&flat);
    let mut notices = Vec::new();
    for (name, form) in CROWN {
        let mut from = 0;
        while let Some(at) = lower[from..].find(name) {
            let start = from + at;
            let end = start + name.len();
            notices.push((start, parse(&flat, &lower, start, end, *form)));
            from = end;
        }
    }
    notices.sort_by_key(|(start, _)| *start);
    let mut notices: Vec<Notice> = notices.into_iter().map(|(_, n)| n).collect();
    let best = notices
        .iter()
        .position(Notice::is_complete)
        .or_else(|| notices.iter().position(|n| n.form == Form::King))
        .unwrap_or(0);
    (!notices.is_empty()).then(|| notices.swap_remove(best))
}

/// The notice around one mention of the Crown (`start..end`, byte offsets that are the same in
/// the text and its lower-case copy).
fn parse(text: &str, lower: &str, start: usize, end: usize, form: Form) -> Notice {
    let tail = window(lower, end, NOTICE_AFTER);
    let sentence_end = sentence_end(tail);
    let tail = &tail[..sentence_end];
    let represented_by = REPRESENTED.iter().find_map(|intro| {
        let at = tail.find(intro)?;
        let from = end + at + intro.len();
        let rest = &text[from..end + tail.len()];
        let cut = rest.find([',', ';']).unwrap_or(rest.len());
        let department = strip_year(rest[..cut].trim());
        (!department.is_empty()).then(|| department.to_owned())
    });
    let before_start = crate::text::floor_char_boundary(lower, start.saturating_sub(YEAR_BEFORE));
    let before = &lower[before_start..start];
    let year = year_in(tail).or_else(|| year_in(before));
    Notice {
        form,
        represented_by,
        year,
    }
}

/// The text with comment marks at line starts dropped and every run of white space made one space,
/// so that a notice wrapped over lines reads as one; a blank line ends a sentence (`. `), so that a
/// notice without a full stop does not run into the next paragraph.
fn flatten(text: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        let line = line
            .trim()
            .trim_start_matches(['#', '*', '/', ';', '>'])
            .trim_end_matches(['*', '/'])
            .trim();
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    paragraphs
        .iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(". ")
}

/// The text in lower case, character by character, keeping each character's length in bytes (a
/// character whose lower case is longer stays as it is), so offsets found in it hold in the text.
fn lower_case(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// Up to `chars` characters of `text` from byte `at`.
fn window(text: &str, at: usize, chars: usize) -> &str {
    let rest = &text[at..];
    let end = rest
        .char_indices()
        .nth(chars)
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// Where the notice's sentence ends: a `.` followed by a space or the end, not inside a year
/// range or an abbreviation such as "Gov." (rare; the window bounds the damage).
fn sentence_end(tail: &str) -> usize {
    let bytes = tail.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' && bytes.get(i + 1).is_none_or(|&next| next == b' ') {
            return i;
        }
    }
    tail.len()
}

/// A department written with the year run into it ("the Minister of Health 2024") loses the year.
fn strip_year(department: &str) -> &str {
    match department.rsplit_once(' ') {
        Some((head, last)) if year_in(last).is_some() && last.len() <= 9 => head.trim_end(),
        _ => department,
    }
}

/// The first year (1900–2099) or year range (`2021-2024`, `2008–2020`) in a text.
fn year_in(text: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let is_digit = |k: usize| chars.get(k).is_some_and(|(_, c)| c.is_ascii_digit());
    let mut k = 0;
    while k < chars.len() {
        let run = (k..).take_while(|&j| is_digit(j)).count();
        if run == 4 && (k == 0 || !chars[k - 1].1.is_alphanumeric()) {
            let first = &text[chars[k].0..chars[k].0 + 4];
            if first.starts_with("19") || first.starts_with("20") {
                let after = k + 4;
                let range = matches!(chars.get(after), Some((_, '-' | '–')))
                    && (after + 1..after + 5).all(is_digit);
                let end = if range { after + 5 } else { after };
                let end_byte = chars.get(end).map_or(text.len(), |(i, _)| *i);
                return Some(text[chars[k].0..end_byte].to_owned());
            }
        }
        k += run.max(1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice(text: &str) -> Notice {
        find(text).unwrap_or_else(|| panic!("no notice in {text:?}"))
    }

    #[test]
    fn the_guides_form() {
        let found = notice(
            "Copyright (c) His Majesty the King in Right of Canada, as represented by the \
             Minister of Health, 2024",
        );
        assert_eq!(
            found,
            Notice {
                form: Form::King,
                represented_by: Some("the Minister of Health".into()),
                year: Some("2024".into()),
            }
        );
        assert!(found.is_complete());
    }

    #[test]
    fn real_variants() {
        // canada-ca/template-gabarit's LICENSE: a secretariat, not a minister.
        let found = notice(
            "MIT License\n\nCopyright (c) His Majesty the King in Right of Canada, as represented \
             by the Treasury Board of Canada Secretariat, 2018\n\nPermission is hereby granted",
        );
        assert!(found.is_complete(), "{found:?}");
        assert_eq!(
            found.represented_by.as_deref(),
            Some("the Treasury Board of Canada Secretariat")
        );
        // ©, no comma before "as represented by", a year range at the end, in a C comment. // i18n: words matched in a notice
        let found = notice(
            "/* Copyright (c) His Majesty the King in Right of Canada as represented by the \
             Minister of Natural Resources, 2021-2024. */",
        );
        assert!(found.is_complete(), "{found:?}");
        assert_eq!(found.year.as_deref(), Some("2021-2024"));
        // The year first, wrapped over lines with comment marks.
        let found = notice(
            "# Copyright © 2026 His Majesty the King in Right of Canada,\n# as represented by the \
             Minister of Fisheries and Oceans.",
        );
        assert!(found.is_complete(), "{found:?}");
        assert_eq!(found.year.as_deref(), Some("2026"));
        assert_eq!(
            found.represented_by.as_deref(),
            Some("the Minister of Fisheries and Oceans")
        );
        // The French form.
        let found = notice(
            "© Sa Majesté le Roi du chef du Canada, représenté par le ministre de la Santé, 2024",
        );
        assert!(found.is_complete(), "{found:?}");
    }

    #[test]
    fn the_former_queen_form() {
        // StatCan/boathouse's LICENSE.
        let found = notice(
            "The MIT License (MIT)\n\nCopyright © 2020 Her Majesty the Queen in Right of Canada, \
             as represented by the Minister of Statistics Canada\n\nPermission is hereby granted",
        );
        assert_eq!(found.form, Form::Queen);
        assert_eq!(
            found.represented_by.as_deref(),
            Some("the Minister of Statistics Canada")
        );
        assert_eq!(found.year.as_deref(), Some("2020"));
        assert!(!found.is_complete());
        assert_eq!(
            notice("Copyright (C) Her Majesty The Queen in Right of Canada, Environment Canada, 2008-2020").form,
            Form::Queen
        );
    }

    #[test]
    fn incomplete_and_missing() {
        let found = notice("Copyright (c) His Majesty the King in Right of Canada");
        assert_eq!((found.represented_by, found.year), (None, None));
        // "Crown Copyright" alone is not the notice.
        assert_eq!(
            find(
                "the source code of this project is covered under Crown Copyright, Government of Canada"
            ),
            None
        );
        assert_eq!(find("Copyright (c) 2024 Government of Canada"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn a_complete_notice_wins_over_an_earlier_one() {
        let found = notice(
            "Portions Copyright (c) Her majesty the Queen in right of Canada as represented by \
             the Minister of National Defence, 2006.\nCopyright (c) His Majesty the King in Right \
             of Canada, as represented by the Minister of National Defence, 2024",
        );
        assert!(found.is_complete(), "{found:?}");
    }

    #[test]
    fn years() {
        assert_eq!(year_in("as represented by x, 2019."), Some("2019".into()));
        assert_eq!(year_in("2008–2020"), Some("2008–2020".into()));
        assert_eq!(year_in("version 12345 or 1850"), None);
    }
}
