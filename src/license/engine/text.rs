//! What varies between copies of the same license and is not compared: line wrapping, case,
//! punctuation, Markdown markers, the title line and the copyright statements. One pass over a
//! text yields its words (lower case) with the line each stands on; [`normalize`] joins them, and
//! the engine's query and reference tokens are made from the same words.

/// Calls `word` with each word of `text` that is compared, lower-cased, and its line (1-based).
/// `buffer` is scratch space, reused between calls so a text costs no allocation per word.
pub fn for_each_word(text: &str, buffer: &mut String, mut word: impl FnMut(u32, &str)) {
    let mut lines = text
        .trim_start_matches('\u{feff}')
        .lines()
        .enumerate()
        .map(|(number, line)| {
            let line = line
                .trim()
                .trim_start_matches(['#', '*', '>', '=', '-', ' ']);
            (u32::try_from(number + 1).unwrap_or(u32::MAX), line)
        })
        .filter(|(_, line)| !line.is_empty())
        .peekable();
    if lines.peek().is_some_and(|(_, first)| is_title(first)) {
        lines.next();
    }
    for (number, line) in lines.filter(|(_, line)| !is_copyright_statement(line)) {
        for raw in line
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            buffer.clear();
            // Most license text is ASCII: lower-cased in place, not char by char.
            if raw.is_ascii() {
                buffer.push_str(raw);
                buffer.make_ascii_lowercase();
            } else {
                buffer.extend(raw.chars().flat_map(char::to_lowercase));
            }
            word(number, buffer);
        }
    }
}

/// The words of a license text, lower case, joined by single spaces: the key of the detection
/// caches and the input of the templates.
pub fn normalize(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    let mut buffer = String::new();
    for_each_word(text, &mut buffer, |_, word| {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    });
    words
}

/// [`normalize`], and the line (1-based) of each word.
pub fn normalize_with_lines(text: &str) -> (String, Vec<u32>) {
    let mut words = String::with_capacity(text.len());
    let mut lines = Vec::new();
    let mut buffer = String::new();
    for_each_word(text, &mut buffer, |line, word| {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
        lines.push(line);
    });
    (words, lines)
}

/// `MIT License`, `The MIT License (MIT)`, `BSD 3-Clause License`, `Apache License`.
fn is_title(line: &str) -> bool {
    let lower = line.to_lowercase();
    (lower.contains("license") || lower.contains("licence"))
        && line.split_whitespace().count() <= 6
        && !lower.contains("permission")
}

/// `Copyright (c) 2015 Foo`, `(c) Foo`, `© Foo`, `Copyright 2012 Foo`, `Copyright Joyent, Inc.`,
/// `All rights reserved.` — but not a wrapped sentence that happens to start with the word, such as
/// `copyright license to reproduce, prepare Derivative Works of` (Apache-2.0 §2).
pub fn is_copyright_statement(line: &str) -> bool {
    // Most lines start with none of the characters a statement starts with: no lower-casing.
    if !line.starts_with(['c', 'C', '(', '©', 'a', 'A', 'p', 'P']) {
        return false;
    }
    // Only the start of the line decides; lower-casing all of every line was a hot spot.
    let lower: String = line.chars().take(40).flat_map(char::to_lowercase).collect();
    // `(c) 2015 Foo`, but not a list item such as Apache-2.0 §4 `(c) You must retain, …`.
    let after_c = lower.strip_prefix("(c)").map(str::trim_start);
    if after_c.is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        || lower.starts_with('©')
        || lower.starts_with("all rights reserved")
    // i18n: license text, matched
    {
        return true;
    }
    let Some(after) = ["copyright", "portions copyright"]
        .iter()
        .find_map(|prefix| lower.strip_prefix(prefix))
        .map(str::trim_start)
    else {
        return false;
    };
    if after.starts_with("(c)")
        || after.starts_with('©')
        || after.starts_with('<')
        || after.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // `Copyright Joyent, Inc.`: a capitalised name after a capitalised `Copyright`.
    let mut words = line.split_whitespace();
    let (Some("Copyright"), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    next.starts_with(|c: char| c.is_uppercase())
        && !["Holder", "Holders", "Notice", "License", "Owner", "Owners"]
            .contains(&next.trim_end_matches([',', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_lines_are_told_from_wrapped_sentences() {
        assert!(is_copyright_statement("Copyright (c) 2015 Foo"));
        assert!(is_copyright_statement(
            "copyright 2019 The Rust Project Developers"
        ));
        assert!(is_copyright_statement("(c) 2015 Foo"));
        assert!(!is_copyright_statement(
            "(c) You must retain, in the Source form of any Derivative Works"
        ));
        assert!(is_copyright_statement("All rights reserved."));
        assert!(!is_copyright_statement(
            "copyright notice and this permission notice shall be included in all"
        ));
        assert!(!is_copyright_statement(
            "copyright notice, this list of conditions and the following disclaimer."
        ));
        assert!(!is_copyright_statement("Permission is hereby granted"));
        assert!(!is_copyright_statement(
            "copyright license to reproduce, prepare Derivative Works of,"
        ));
        assert!(!is_copyright_statement(
            "COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY EXPRESS"
        ));
        assert!(is_copyright_statement(
            "Copyright Joyent, Inc. and other Node contributors."
        ));
    }

    #[test]
    fn words_keep_their_lines() {
        let mut seen = Vec::new();
        for_each_word(
            "MIT License\n\nCopyright (c) 2020 Jane\n\nPermission is\n  Hereby GRANTED, free",
            &mut String::new(),
            |line, word| seen.push((line, word.to_owned())),
        );
        let want = [
            (5, "permission"),
            (5, "is"),
            (6, "hereby"),
            (6, "granted"),
            (6, "free"),
        ];
        let want: Vec<(u32, String)> = want.iter().map(|&(l, w)| (l, w.to_owned())).collect();
        assert_eq!(seen, want);
        assert_eq!(normalize("# Title License\nÉcole, CAFÉ!\n"), "école café");
    }
}
