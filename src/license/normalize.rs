//! The normaliser: a declared license string that is not valid SPDX → an SPDX expression, an
//! ambiguity that must not be guessed, a pointer to a license file, or nothing.
//!
//! The string is split into terms at `OR` / `AND` / `WITH` (any case), `/`, `|`, `&` and
//! parentheses; each term is resolved as an SPDX id (any case; deprecated GNU ids become `-only`),
//! then through the alias table (`aliases.toml`: names, URLs, trove classifiers). Whole-string
//! lookups come first, so names holding an operator character (`zlib/libpng`) still resolve.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// What the normaliser made of a declared string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Normalized {
    /// A valid SPDX expression (canonical text) and the rules that produced it.
    Expression {
        expression: String,
        rules: Vec<String>,
    },
    /// A name that could mean several licenses (`BSD`, `GPL`): never guessed.
    Ambiguous {
        term: String,
        reason: String,
        candidates: Vec<String>,
    },
    /// `SEE LICENSE IN <file>`: the answer is in that file.
    FileRef(String),
    /// Not a license the normaliser knows.
    Unknown { term: String },
}

/// Normalises a declared license string.
pub fn normalize(declared: &str) -> Normalized {
    let text = declared.trim();
    if text.is_empty() {
        return Normalized::Unknown {
            term: String::new(),
        };
    }
    if let Some(file) = see_license_in(text) {
        return Normalized::FileRef(file);
    }
    let mut rules = Vec::new();
    match resolve_term(text, &mut rules) {
        Term::License(expression) => return Normalized::Expression { expression, rules },
        Term::Ambiguous(entry) => return ambiguous(text, entry),
        Term::Unknown => {}
    }
    // Several trove classifiers (from Python metadata) joined by ` OR `: each is one term.
    if text.starts_with("License ::") {
        return classifier_list(text);
    }
    // An unknown URL is one term: its `/` are not operators.
    if url_key(text).is_some() && !text.contains(char::is_whitespace) {
        return Normalized::Unknown {
            term: text.to_owned(),
        };
    }
    // `LICENSE.txt`: the name of a license file, as some packages declare.
    let file_like = text.contains('.') || text.chars().all(|c| !c.is_lowercase());
    if file_like && !text.contains(' ') && crate::license::files::is_license_file_name(text) {
        return Normalized::FileRef(text.to_owned());
    }
    let tokens = tokenize(&protect_slash_names(&mark_or_later(text)));
    let mut parser = Parser {
        tokens: &tokens,
        pos: 0,
        rules: Vec::new(),
        depth: 0,
    };
    match parser.expression() {
        Ok(expr) if parser.pos == tokens.len() => Normalized::Expression {
            expression: expr.text,
            rules: parser.rules,
        },
        Ok(_) => Normalized::Unknown {
            term: text.to_owned(),
        },
        Err(failure) => comma_list(text).unwrap_or(failure),
    }
}

/// `License :: OSI Approved :: MIT License OR License :: OSI Approved :: Apache Software License`:
/// a project that lists several license classifiers offers each of them.
fn classifier_list(text: &str) -> Normalized {
    let mut rules = Vec::new();
    let mut ids = Vec::new();
    for classifier in text.split(" OR ") {
        match resolve_term(classifier, &mut rules) {
            Term::License(id) if id.contains(' ') => ids.push(format!("({id})")),
            Term::License(id) => ids.push(id),
            Term::Ambiguous(entry) => return ambiguous(classifier, entry),
            Term::Unknown => {
                return Normalized::Unknown {
                    term: classifier.to_owned(),
                };
            }
        }
    }
    ids.dedup();
    Normalized::Expression {
        expression: ids.join(" OR "),
        rules,
    }
}

/// `MIT, BSD`: several licenses, without saying whether they are alternatives or all apply.
fn comma_list(text: &str) -> Option<Normalized> {
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    let mut candidates = Vec::new();
    for part in &parts {
        match normalize(part) {
            Normalized::Expression { expression, .. } => candidates.push(expression),
            Normalized::Ambiguous {
                candidates: more, ..
            } => candidates.extend(more),
            _ => return None,
        }
    }
    Some(Normalized::Ambiguous {
        term: text.to_owned(),
        reason: crate::i18n::tr!("license-comma-list"),
        candidates,
    })
}

/// Hides the `/` inside known names (`MIT/X11`) and inside URLs (`EPL-1.0 OR
/// http://www.gnu.org/licenses/lgpl-2.1.html`) from the tokenizer; `resolve_term` restores it.
fn protect_slash_names(text: &str) -> String {
    let mut out = text
        .split(' ')
        .map(|word| {
            if word.contains("://") {
                word.replace('/', SLASH)
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    for name in &table().slash_names {
        let mut from = 0;
        while let Some(at) = out.to_lowercase()[from..]
            .find(name.as_str())
            .map(|i| i + from)
        {
            let end = at + name.len();
            let hidden = out[at..end].replace('/', SLASH);
            out.replace_range(at..end, &hidden);
            from = at + hidden.len();
        }
    }
    out
}

/// Stands for a `/` that belongs to a name.
const SLASH: &str = "\u{1}";

fn ambiguous(term: &str, entry: &Ambiguity) -> Normalized {
    Normalized::Ambiguous {
        term: term.to_owned(),
        reason: match crate::i18n::current() {
            crate::i18n::Lang::Fr => entry.reason_fr.clone(),
            crate::i18n::Lang::En => entry.reason.clone(),
        },
        candidates: entry.candidates.clone(),
    }
}

/// `SEE LICENSE IN LICENSE.md` (npm), also spelled `SEE LICENCE IN`.
fn see_license_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    ["see license in ", "see licence in "] // i18n: declared text, matched
        .iter()
        .find_map(|prefix| {
            lower
                .strip_prefix(prefix)
                .map(|_| text[prefix.len()..].trim())
        })
        .filter(|file| !file.is_empty())
        .map(str::to_owned)
}

// ---------------------------------------------------------------------------------------------
// Terms

enum Term<'a> {
    License(String),
    Ambiguous(&'a Ambiguity),
    Unknown,
}

/// Resolves one term (no operators) to an SPDX id or expression. A trailing `+` asks for this
/// version or any later one.
fn resolve_term<'a>(raw: &str, rules: &mut Vec<String>) -> Term<'a> {
    let restored = raw.replace(SLASH, "/");
    let raw = restored.trim();
    let (term, or_later) = match raw.strip_suffix('+') {
        Some(base) if !base.trim().is_empty() => (base.trim(), true),
        _ => (raw, false),
    };
    let table = table();
    let found = spdx_id(term)
        .map(|id| (id, "spdx-id"))
        .or_else(|| table.names.get(&key(term)).map(|id| (id.clone(), "alias")))
        .or_else(|| {
            url_key(term)
                .and_then(|url| table.urls.get(&url))
                .map(|id| (id.clone(), "url"))
        })
        .or_else(|| {
            table
                .classifiers
                .get(&classifier_key(term))
                .map(|id| (id.clone(), "classifier"))
        });
    let Some((id, how)) = found else {
        let ambiguity = table
            .ambiguous_names
            .get(&key(term))
            .or_else(|| table.ambiguous_classifiers.get(&classifier_key(term)))
            .or_else(|| url_key(term).and_then(|url| table.ambiguous_urls.get(&url)))
            .map(|&i| &table.ambiguous[i]);
        return ambiguity.map_or(Term::Unknown, Term::Ambiguous);
    };
    let id = if or_later { or_later_id(&id) } else { id };
    if how != "spdx-id" || id != raw {
        rules.push(format!("{how}: `{raw}` → `{id}`"));
    }
    Term::License(id)
}

/// An SPDX license id in any case; deprecated GNU ids (`GPL-2.0`) become their `-only` form.
fn spdx_id(term: &str) -> Option<String> {
    let id = spdx::license_id(term).or_else(|| {
        table()
            .lowercase_ids
            .get(&term.to_ascii_lowercase())
            .copied()
    })?;
    if id.is_gnu() && id.is_deprecated() {
        if let Some(current) = spdx::gnu_license_id(id.name.trim_end_matches("+"), false) {
            return Some(current.name.to_owned());
        }
    }
    Some(id.name.to_owned())
}

/// `GPL-2.0-only` + later → `GPL-2.0-or-later`; other ids get SPDX's `+`.
fn or_later_id(id: &str) -> String {
    if let Some(base) = id.strip_suffix("-only") {
        let later = format!("{base}-or-later");
        if spdx::license_id(&later).is_some() {
            return later;
        }
    }
    if id.ends_with("-or-later") || id.contains(' ') || id.starts_with("LicenseRef-") {
        id.to_owned()
    } else {
        format!("{id}+")
    }
}

/// Replaces the ways people write "or later" with a `+` on the term before it.
fn mark_or_later(text: &str) -> String {
    let mut out = text.to_owned();
    for phrase in [
        " or any later version", // i18n: declared text, matched
        " or any later",         // i18n: declared text, matched
        " or later",
        " or newer",
        " and later",
        " or-later",
    ] {
        while let Some(at) = out.to_ascii_lowercase().find(phrase) {
            out.replace_range(at..at + phrase.len(), "+");
        }
    }
    out
}

/// The comparison key of a license name: see the header of `aliases.toml`.
pub fn key(name: &str) -> String {
    let lower = name.to_lowercase();
    let spaced: String = lower
        .chars()
        .map(|c| if "_,;:()\"'-".contains(c) { ' ' } else { c })
        .collect();
    let mut words: Vec<String> = Vec::new();
    for word in spaced.split_whitespace() {
        let word = word.trim_end_matches('.');
        if word.is_empty()
            || ["license", "licence", "licensed", "version", "ver", "v"].contains(&word)
        {
            continue;
        }
        let word = match word.strip_prefix('v') {
            Some(number) if number.starts_with(|c: char| c.is_ascii_digit()) => number,
            _ => word,
        };
        if word.chars().all(|c| c.is_ascii_digit()) {
            words.push(format!("{word}.0"));
        } else {
            words.push(word.to_owned());
        }
    }
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    words.join(" ")
}

/// A license URL without scheme, `www.`, trailing `/` and `.html` / `.htm` / `.txt` / `.php`.
fn url_key(term: &str) -> Option<String> {
    let lower = term.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .or_else(|| lower.starts_with("www.").then_some(lower.as_str()))?;
    let mut url = rest
        .strip_prefix("www.")
        .unwrap_or(rest)
        .trim_end_matches('/');
    for ext in [".html", ".htm", ".txt", ".php"] {
        url = url.strip_suffix(ext).unwrap_or(url);
    }
    Some(url.to_owned())
}

/// Trove classifiers compare with single spaces around `::`.
fn classifier_key(term: &str) -> String {
    term.split("::")
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" :: ")
}

// ---------------------------------------------------------------------------------------------
// Expressions

#[derive(Debug)]
enum Token {
    Word(String),
    Or,
    And,
    With,
    Open,
    Close,
}

/// Splits at operators and parentheses; consecutive other words form one term.
fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut term = String::new();
    let flush = |term: &mut String, tokens: &mut Vec<Token>| {
        let word = term.trim();
        if !word.is_empty() {
            tokens.push(Token::Word(word.to_owned()));
        }
        term.clear();
    };
    for piece in text.split_inclusive(|c: char| c.is_whitespace() || "()/|&".contains(c)) {
        let (word, sep) = match piece.char_indices().last() {
            Some((i, c)) if c.is_whitespace() || "()/|&".contains(c) => (&piece[..i], Some(c)),
            _ => (piece, None),
        };
        let operator = match word.to_ascii_lowercase().as_str() {
            "or" => Some(Token::Or),
            "and" => Some(Token::And),
            "with" => Some(Token::With),
            _ => None,
        };
        match operator {
            Some(op) => {
                flush(&mut term, &mut tokens);
                tokens.push(op);
            }
            None => {
                term.push_str(word);
                term.push(' ');
            }
        }
        match sep {
            Some('(') => {
                flush(&mut term, &mut tokens);
                tokens.push(Token::Open);
            }
            Some(')') => {
                flush(&mut term, &mut tokens);
                tokens.push(Token::Close);
            }
            Some('/' | '|') => {
                flush(&mut term, &mut tokens);
                tokens.push(Token::Or);
            }
            Some('&') => {
                flush(&mut term, &mut tokens);
                tokens.push(Token::And);
            }
            _ => {}
        }
    }
    flush(&mut term, &mut tokens);
    tokens
}

/// An expression's canonical text and how tightly it binds (for parentheses).
struct Expr {
    text: String,
    precedence: u8,
}

struct Parser<'t> {
    tokens: &'t [Token],
    pos: usize,
    rules: Vec<String>,
    /// How many parentheses are open: the parser recurses into each, so their depth is bounded.
    depth: usize,
}

/// The deepest nesting of parentheses read; deeper is not a license (and would exhaust the stack).
const MAX_DEPTH: usize = 64;

const OR: u8 = 1;
const AND: u8 = 2;
const TERM: u8 = 3;

impl Parser<'_> {
    fn expression(&mut self) -> Result<Expr, Normalized> {
        self.binary(OR)
    }

    fn binary(&mut self, level: u8) -> Result<Expr, Normalized> {
        let mut parts = vec![if level == OR {
            self.binary(AND)?
        } else {
            self.with()?
        }];
        loop {
            let matches = matches!(
                (level, self.tokens.get(self.pos)),
                (OR, Some(Token::Or)) | (AND, Some(Token::And))
            );
            if !matches {
                break;
            }
            self.pos += 1;
            parts.push(if level == OR {
                self.binary(AND)?
            } else {
                self.with()?
            });
        }
        if parts.len() == 1 {
            return Ok(parts.pop().unwrap_or(Expr {
                text: String::new(),
                precedence: TERM,
            }));
        }
        let op = if level == OR { " OR " } else { " AND " };
        let text = parts
            .iter()
            .map(|p| {
                if p.precedence < level {
                    format!("({})", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(op);
        Ok(Expr {
            text,
            precedence: level,
        })
    }

    fn with(&mut self) -> Result<Expr, Normalized> {
        let license = self.primary()?;
        if !matches!(self.tokens.get(self.pos), Some(Token::With)) {
            return Ok(license);
        }
        self.pos += 1;
        let Some(Token::Word(exception)) = self.tokens.get(self.pos) else {
            return Err(Normalized::Unknown {
                term: "WITH".to_owned(),
            });
        };
        self.pos += 1;
        let exception = spdx::exception_id(exception)
            .map(|e| e.name.to_owned())
            .ok_or_else(|| Normalized::Unknown {
                term: exception.clone(),
            })?;
        let text = if license.precedence < TERM {
            format!("({}) WITH {exception}", license.text)
        } else {
            format!("{} WITH {exception}", license.text)
        };
        Ok(Expr {
            text,
            precedence: TERM,
        })
    }

    fn primary(&mut self) -> Result<Expr, Normalized> {
        match self.tokens.get(self.pos) {
            Some(Token::Open) if self.depth < MAX_DEPTH => {
                self.pos += 1;
                self.depth += 1;
                let inner = self.expression()?;
                self.depth -= 1;
                if !matches!(self.tokens.get(self.pos), Some(Token::Close)) {
                    return Err(Normalized::Unknown {
                        term: "(".to_owned(),
                    });
                }
                self.pos += 1;
                Ok(inner)
            }
            Some(Token::Word(word)) => {
                self.pos += 1;
                let mut term = word.clone();
                // `The MIT License (MIT)`, `GNU GPL v2 (GPLv2)`: a parenthesised single word right
                // after a term is part of its name, not a sub-expression.
                if let (Some(Token::Open), Some(Token::Word(alias)), Some(Token::Close)) = (
                    self.tokens.get(self.pos),
                    self.tokens.get(self.pos + 1),
                    self.tokens.get(self.pos + 2),
                ) {
                    term = format!("{term} ({alias})");
                    self.pos += 3;
                }
                match resolve_term(&term, &mut self.rules) {
                    Term::License(id) => {
                        let precedence = if id.contains(" OR ") {
                            OR
                        } else if id.contains(" AND ") {
                            AND
                        } else {
                            TERM
                        };
                        Ok(Expr {
                            text: id,
                            precedence,
                        })
                    }
                    Term::Ambiguous(entry) => Err(ambiguous(&term, entry)),
                    Term::Unknown => Err(Normalized::Unknown { term }),
                }
            }
            _ => Err(Normalized::Unknown {
                term: String::new(),
            }),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The alias table

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[serde(default)]
    license: Vec<RawAlias>,
    #[serde(default)]
    ambiguous: Vec<Ambiguity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlias {
    id: String,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    urls: Vec<String>,
    #[serde(default)]
    classifiers: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Ambiguity {
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    urls: Vec<String>,
    #[serde(default)]
    classifiers: Vec<String>,
    candidates: Vec<String>,
    reason: String,
    /// The reason in French (required: `aliases.toml` does not parse without it).
    #[serde(rename = "reason-fr")]
    reason_fr: String,
}

/// The alias table, indexed for lookup.
struct Table {
    names: HashMap<String, String>,
    urls: HashMap<String, String>,
    classifiers: HashMap<String, String>,
    ambiguous: Vec<Ambiguity>,
    ambiguous_names: HashMap<String, usize>,
    ambiguous_classifiers: HashMap<String, usize>,
    ambiguous_urls: HashMap<String, usize>,
    /// Names holding a `/` (`MIT/X11`, `zlib/libpng`), lower case: not an operator there.
    slash_names: Vec<String>,
    lowercase_ids: HashMap<String, spdx::LicenseId>,
}

const ALIASES: &str = include_str!("aliases.toml");

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let raw: RawTable =
            toml::from_str(ALIASES).expect("aliases.toml is valid (checked by a test)");
        let mut table = Table {
            names: HashMap::new(),
            urls: HashMap::new(),
            classifiers: HashMap::new(),
            ambiguous_names: HashMap::new(),
            ambiguous_classifiers: HashMap::new(),
            ambiguous_urls: HashMap::new(),
            slash_names: Vec::new(),
            ambiguous: Vec::new(),
            lowercase_ids: spdx::identifiers::LICENSES
                .iter()
                .filter_map(|l| Some((l.name.to_ascii_lowercase(), spdx::license_id(l.name)?)))
                .collect(),
        };
        for alias in raw.license {
            for name in &alias.names {
                table.names.insert(key(name), alias.id.clone());
                if name.contains('/') {
                    table.slash_names.push(name.to_lowercase());
                }
            }
            for url in &alias.urls {
                table
                    .urls
                    .insert(url.to_ascii_lowercase(), alias.id.clone());
            }
            for classifier in &alias.classifiers {
                table
                    .classifiers
                    .insert(classifier_key(classifier), alias.id.clone());
            }
        }
        for (i, entry) in raw.ambiguous.iter().enumerate() {
            for name in &entry.names {
                table.ambiguous_names.insert(key(name), i);
            }
            for classifier in &entry.classifiers {
                table
                    .ambiguous_classifiers
                    .insert(classifier_key(classifier), i);
            }
            for url in &entry.urls {
                table.ambiguous_urls.insert(url.to_ascii_lowercase(), i);
            }
        }
        table.ambiguous = raw.ambiguous;
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expr(declared: &str) -> String {
        match normalize(declared) {
            Normalized::Expression { expression, .. } => expression,
            other => panic!("`{declared}` did not normalise: {other:?}"),
        }
    }

    macro_rules! norm {
        ($declared:literal => $expected:literal) => {
            assert_eq!(expr($declared), $expected, "{}", $declared);
        };
    }

    #[test]
    fn keys() {
        assert_eq!(key("Apache License, Version 2.0"), "apache 2.0");
        assert_eq!(key("Apache-2"), "apache 2.0");
        assert_eq!(key("The MIT License (MIT)"), "mit mit");
        assert_eq!(key("GPL v3"), "gpl 3.0");
    }

    /// What npm's adapter makes of old `licenses` arrays: alternatives, one of them maybe a URL
    /// or a public-domain dedication beside a real license.
    #[test]
    fn legacy_npm_arrays() {
        norm!("http://www.gnu.org/licenses/gpl-2.0.html OR MIT" => "GPL-2.0-only OR MIT");
        norm!("MIT OR (Public Domain)" => "MIT OR LicenseRef-Public-Domain");
        norm!("http://opensource.org/licenses/MIT" => "MIT");
    }

    #[test]
    fn spdx_ids_in_any_case_and_deprecated_gnu_ids() {
        norm!("mit" => "MIT");
        norm!("apache-2.0" => "Apache-2.0");
        norm!("GPL-2.0" => "GPL-2.0-only");
        norm!("GPL-2.0+" => "GPL-2.0-or-later");
        norm!("LGPL-2.1+" => "LGPL-2.1-or-later");
        norm!("AGPL-3.0" => "AGPL-3.0-only");
        norm!("GPL-3.0 or later" => "GPL-3.0-or-later");
        norm!("MPL-1.1+" => "MPL-1.1+");
    }

    #[test]
    fn operators_and_parentheses() {
        norm!("MIT/Apache-2.0" => "MIT OR Apache-2.0");
        norm!("MIT / Apache-2.0" => "MIT OR Apache-2.0");
        norm!("mit or apache-2.0" => "MIT OR Apache-2.0");
        norm!("(MIT or Apache-2.0) and ISC" => "(MIT OR Apache-2.0) AND ISC");
        norm!("MIT AND (ISC OR 0BSD)" => "MIT AND (ISC OR 0BSD)");
        norm!("Apache-2.0 with LLVM-exception" => "Apache-2.0 WITH LLVM-exception");
        norm!("MIT | ISC" => "MIT OR ISC");
    }

    #[test]
    fn names_with_slashes_and_comma_lists() {
        norm!("MIT/X11 OR (MPL 2.0)" => "MIT OR MPL-2.0");
        norm!("zlib/libpng" => "Zlib");
        norm!("(Eclipse Public License - v 1.0) OR http://www.gnu.org/licenses/old-licenses/lgpl-2.1.html" => "EPL-1.0 OR LGPL-2.1-only");
        assert!(matches!(
            normalize("MIT, BSD-3-Clause"),
            Normalized::Ambiguous { .. }
        ));
        assert_eq!(
            normalize("LICENSE.txt"),
            Normalized::FileRef("LICENSE.txt".into())
        );
    }

    #[test]
    fn classifier_lists() {
        norm!("License :: OSI Approved :: MIT License" => "MIT");
        norm!("License :: OSI Approved :: MIT License OR License :: OSI Approved :: ISC License (ISCL)" => "MIT OR ISC");
        assert!(matches!(
            normalize(
                "License :: OSI Approved :: MIT License OR License :: OSI Approved :: BSD License"
            ),
            Normalized::Ambiguous { .. }
        ));
    }

    #[test]
    fn file_pointers() {
        assert_eq!(
            normalize("SEE LICENSE IN LICENSE.md"),
            Normalized::FileRef("LICENSE.md".into())
        );
        assert_eq!(
            normalize("see licence in COPYING"),
            Normalized::FileRef("COPYING".into())
        );
    }

    #[test]
    fn nonsense_is_unknown() {
        assert!(matches!(
            normalize("Copyright Foo Corp, do not distribute"),
            Normalized::Unknown { .. }
        ));
        assert!(matches!(normalize(""), Normalized::Unknown { .. }));
        assert!(matches!(
            normalize("MIT OR (ISC"),
            Normalized::Unknown { .. }
        ));
        assert!(matches!(
            normalize("MIT WITH nothing-exception"),
            Normalized::Unknown { .. }
        ));
    }

    #[test]
    fn alias_table_is_valid_and_every_entry_resolves() {
        let raw: RawTable = toml::from_str(ALIASES).expect("aliases.toml parses");
        let mode = spdx::ParseMode {
            allow_deprecated: true,
            ..spdx::ParseMode::STRICT
        };
        for alias in &raw.license {
            spdx::Expression::parse_mode(&alias.id, mode)
                .unwrap_or_else(|e| panic!("alias id `{}` is not SPDX: {e}", alias.id));
            for name in &alias.names {
                let got = expr(name);
                assert_eq!(got, alias.id, "name `{name}`");
            }
            for url in &alias.urls {
                assert_eq!(expr(&format!("https://{url}")), alias.id, "url `{url}`");
            }
            for classifier in &alias.classifiers {
                assert_eq!(expr(classifier), alias.id, "classifier `{classifier}`");
            }
        }
        for entry in &raw.ambiguous {
            for candidate in &entry.candidates {
                assert!(
                    spdx::license_id(candidate).is_some(),
                    "candidate `{candidate}` is not an SPDX id"
                );
            }
            let urls = entry.urls.iter().map(|u| format!("https://{u}"));
            for name in entry
                .names
                .iter()
                .cloned()
                .chain(entry.classifiers.iter().cloned())
                .chain(urls)
            {
                assert!(
                    matches!(normalize(&name), Normalized::Ambiguous { .. }),
                    "`{name}` should be ambiguous, got {:?}",
                    normalize(&name)
                );
            }
        }
    }
}
