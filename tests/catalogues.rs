//! Everything a person reads goes through the message catalogues (`src/i18n/en.ftl`,
//! `src/i18n/fr.ftl`): this test reads the sources (std only) and fails on a string literal
//! that looks like words for people — three words in a row, `cannot read the file` — outside
//! them.
//!
//! Not checked: tests (from `#[cfg(test)]` to the end of a file, the house's habit), comments,
//! attributes, and the messages of bugs (`expect`, `unreachable!`, `panic!`, asserts). A literal
//! that is not for people (a SQL statement, a file's fixed English content, data) says so with an
//! `// i18n: <why>` comment on its line or the line above; a whole file, in `NOT_FOR_PEOPLE`.

use std::path::Path;

#[path = "support/sources.rs"]
mod sources;

/// Files whose literals are not for people, and why.
const NOT_FOR_PEOPLE: &[(&str, &str)] = &[
    ("src/i18n/", "the catalogues' own code"),
    (
        "src/fuzz.rs",
        "a developer's tool: its messages are for ossdoo's engineers",
    ),
    (
        "src/license/template.rs",
        "license templates: the texts the engine matches",
    ),
    (
        "src/license/engine/",
        "the matching engine's reference texts",
    ),
];

/// Calls whose messages are about bugs in ossdoo, not about the input.
const BUG_CALLS: &[&str] = &[
    "expect(",
    "unreachable!(",
    "panic!(",
    "assert!(",
    "assert_eq!(",
    "debug_assert!(",
    "debug_assert_eq!(",
    "unimplemented!(",
];

struct Literal {
    line: usize,
    text: String,
}

/// The string literals of Rust source, with their first line (1-based); comments skipped.
fn literals(source: &str) -> Vec<Literal> {
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => line += 1,
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == Some('*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            '\'' => {
                // A char literal ('"', '\n', '\'') or a lifetime ('a).
                if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 2;
                }
            }
            'r' | 'b' if !is_ident(chars.get(i.wrapping_sub(1)).copied()) => {
                // r"…", r#"…"#, br"…", b"…"
                let mut j = i + 1;
                if c == 'b' && chars.get(j) == Some(&'r') {
                    j += 1;
                }
                let raw = c == 'r' || j == i + 2;
                let mut hashes = 0;
                while raw && chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) == Some(&'"') && (raw || c == 'b') {
                    let start_line = line;
                    let mut text = String::new();
                    j += 1;
                    while let Some(&d) = chars.get(j) {
                        if d == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                            j += 1 + hashes;
                            break;
                        }
                        if d == '\\' && !raw {
                            text.push(d);
                            j += 1;
                            text.push(chars.get(j).copied().unwrap_or(' '));
                            j += 1;
                            continue;
                        }
                        if d == '\n' {
                            line += 1;
                        }
                        text.push(d);
                        j += 1;
                    }
                    found.push(Literal {
                        line: start_line,
                        text,
                    });
                    i = j;
                    continue;
                }
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        // A `\` at the end of a line continues the string.
                        if chars.get(i) == Some(&'\n') {
                            line += 1;
                            i += 1;
                            continue;
                        }
                    } else if chars[i] == '\n' {
                        line += 1;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                found.push(Literal {
                    line: start_line,
                    text,
                });
            }
            _ => {}
        }
        i += 1;
    }
    found
}

fn is_ident(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Three words in a row, the second and third in lower case: `cannot read the file`,
/// `Unknown license id`. Code (`SELECT name FROM`, `pkg:npm/x`) rarely is.
fn reads_as_words(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    words.windows(3).any(|w| {
        let word = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_alphabetic() || c == '\'');
        let lower = |s: &str| s.chars().all(|c| !c.is_uppercase());
        word(w[0]) && word(w[1]) && word(w[2]) && lower(w[1]) && lower(w[2])
    })
}

#[test]
fn words_for_people_come_from_the_catalogues() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = sources::rust_files(&root.join("src"));
    let mut bypassing = Vec::new();
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_FOR_PEOPLE.iter().any(|(p, _)| relative.starts_with(p)) {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        // Tests are at the end of a file, after `#[cfg(test)]`.
        let code = match source.find("\n#[cfg(test)]") {
            Some(at) => &source[..at],
            None => &source,
        };
        let lines: Vec<&str> = code.lines().collect();
        for literal in literals(code) {
            if !reads_as_words(&literal.text) {
                continue;
            }
            let here = lines.get(literal.line - 1).copied().unwrap_or("");
            let above = lines
                .get(literal.line.wrapping_sub(2))
                .copied()
                .unwrap_or("");
            let trimmed = here.trim_start();
            let exempt = here.contains("// i18n:")
                || above.trim_start().starts_with("// i18n:")
                || trimmed.starts_with("#[")
                || trimmed.starts_with("#![")
                || BUG_CALLS
                    .iter()
                    .any(|call| here.contains(call) || above.contains(call));
            if !exempt {
                bypassing.push(format!("{relative}:{}: \"{}\"", literal.line, literal.text));
            }
        }
    }
    assert!(
        bypassing.is_empty(),
        "{} literals look like words for people but bypass the catalogues (use `tr!`, or say \
         why not with `// i18n: …`):\n{}",
        bypassing.len(),
        bypassing.join("\n")
    );
}

#[test]
fn the_scanner_of_literals_reads_rust() {
    let found = literals(
        "let a = '\"'; // \"not this one\"\nlet b = \"cannot read the file\";\n\
         let c = r#\"raw \"text\" here\"#; let d: &'static str = \"x\";\n/* \"no\" */",
    );
    let texts: Vec<(usize, &str)> = found.iter().map(|l| (l.line, l.text.as_str())).collect();
    assert_eq!(
        texts,
        [
            (2, "cannot read the file"),
            (3, "raw \"text\" here"),
            (3, "x")
        ]
    );
    assert!(reads_as_words("cannot read the file `{}`"));
    assert!(!reads_as_words("SELECT name FROM repositories"));
    assert!(!reads_as_words("pkg:npm/x@1.0"));
}
