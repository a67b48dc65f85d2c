//! Both official languages: the words people read, from Project Fluent message catalogues, one
//! file per language (`en.ftl`, `fr.ftl`), compiled into the binary.
//!
//! The language is chosen once per process ([`set`]): `--lang`, else `OSSDOO_LANG`, else the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: `fr_CA.UTF-8` is French), else English
//! ([`from_env`]). Renderers ask for a message by id with the `tr!` macro (`tr!("id")`,
//! `tr!("id", count = n)`); machine fields (JSON keys and values, rule ids, SPDX ids, purls, exit codes) never
//! go through here.
//!
//! Fluent handles plurals (`{ $count -> [one] … *[other] … }`) and arguments; its bidirectional
//! isolation marks are off (the output is terminals, CSV and HTML, all left-to-right). A unit test
//! checks that both catalogues have the same messages with the same arguments.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language ossdoo speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// French (Canadian usage).
    Fr,
}

impl Lang {
    pub const ALL: &[Lang] = &[Lang::En, Lang::Fr];

    /// The language's code: `en`, `fr` (the JSON report's `language`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// A language from a code or a locale: `fr`, `FR`, `fr-CA`, `fr_CA.UTF-8`, `en_US`;
    /// `C` and `POSIX` are English. `None` for another language.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim();
        let language = text
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "fr" => Some(Lang::Fr),
            "en" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Fr => include_str!("fr.ftl"),
        }
    }
}

/// The language the environment asks for: `OSSDOO_LANG`, then the locale's `LC_ALL`,
/// `LC_MESSAGES` and `LANG` (the first one set wins, as for any POSIX program), or `None`.
/// A locale of another language (`de_DE`) is English.
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let set = |name: &str| get(name).filter(|v| !v.trim().is_empty());
    if let Some(chosen) = set("OSSDOO_LANG") {
        return Lang::parse(&chosen);
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| set(name))
        .map(|locale| Lang::parse(&locale).unwrap_or(Lang::En))
}

static CURRENT: AtomicU8 = AtomicU8::new(0);
static EXPLICIT: AtomicBool = AtomicBool::new(false);

/// Chooses the language of everything this process writes for people.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// Chooses the language at start-up: `--lang` (`flag`), else `OSSDOO_LANG` — both explicit
/// choices that a policy cannot override — else the locale, else English.
pub fn choose(flag: Option<Lang>, get: impl Fn(&str) -> Option<String>) {
    let chosen = get("OSSDOO_LANG").filter(|v| !v.trim().is_empty());
    let explicit = flag.or_else(|| chosen.as_deref().and_then(Lang::parse));
    EXPLICIT.store(explicit.is_some(), Ordering::Relaxed);
    set(explicit.or_else(|| from_env(get)).unwrap_or(Lang::En));
}

/// A policy's `[policy] language`: the language of the reports it asks for, unless the user
/// chose one (`--lang`, `OSSDOO_LANG`); it comes before the locale.
pub fn prefer(lang: Lang) {
    if !EXPLICIT.load(Ordering::Relaxed) {
        set(lang);
    }
}

/// The language chosen.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Fr,
        _ => Lang::En,
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let resource = FluentResource::try_new(lang.source().to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
        let id: unic_langid::LanguageIdentifier =
            lang.code().parse().expect("a valid language code");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{}.ftl repeats a message: {errors:?}", lang.code()));
        bundle
    })
}

/// A message of the current language with its arguments. A message missing from a catalogue
/// (which the unit tests forbid) shows its id rather than nothing.
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    message_in(current(), id, args)
}

/// A message in a given language.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A message of a given language, or `None` when the catalogue has no such message.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    bundle(lang).get_message(id)?.value()?;
    Some(message_in(lang, id, &[]))
}

/// A message without arguments (what `tr!("id")` calls).
pub fn text(id: &str) -> String {
    message(id, &[])
}

/// `tr!("id")` or `tr!("id", name = value, …)`: a message of the current language. Numbers stay
/// numbers (for plurals); everything else is passed as text. Used as `crate::i18n::tr!`.
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value).0)),+],
        )
    };
}

pub(crate) use tr;

/// A figure meant for people with `places` decimals: `3.5` in English, `3,5` in French (the
/// decimal comma). Machine outputs (JSON, SBOMs, CSV) never use this.
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match current() {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A message argument: integers as Fluent numbers (plural rules apply), the rest as text.
pub struct Arg<'a>(pub FluentValue<'a>);

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n as f64))
            }
        }
    )*};
}
number_args!(usize, u64, u32, i64, i32);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg(FluentValue::from(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg(FluentValue::from(text.as_str()))
    }
}

impl From<&std::path::Path> for Arg<'_> {
    fn from(path: &std::path::Path) -> Self {
        Arg(FluentValue::from(path.display().to_string()))
    }
}

impl From<&std::path::PathBuf> for Arg<'_> {
    fn from(path: &std::path::PathBuf) -> Self {
        Arg(FluentValue::from(path.display().to_string()))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg(FluentValue::from(text))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Every message of a catalogue with the variables it uses.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(lang.source())
            .unwrap_or_else(|(_, errors)| panic!("{}.ftl: {errors:?}", lang.code()));
        let mut found = BTreeMap::new();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                found.insert(message.id.name.to_owned(), variables);
            }
        }
        found
    }

    fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for variant in variants {
                    pattern_variables(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out)
            }
            _ => {}
        }
    }

    #[test]
    fn both_languages_have_every_message_with_the_same_arguments() {
        let english = messages(Lang::En);
        let mut french = messages(Lang::Fr);
        // The command line's help in English is its doc comments (`cli.rs`); `cli::tests`
        // checks that every command and argument has its `clihelp-` message in French.
        french.retain(|id, _| !id.starts_with("clihelp-"));
        let only_english: Vec<_> = english
            .keys()
            .filter(|k| !french.contains_key(*k))
            .collect();
        let only_french: Vec<_> = french
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            only_english.is_empty(),
            "missing in fr.ftl: {only_english:?}"
        );
        assert!(only_french.is_empty(), "missing in en.ftl: {only_french:?}");
        for (id, variables) in &english {
            assert_eq!(
                variables, &french[id],
                "`{id}` takes different arguments in en.ftl and fr.ftl"
            );
        }
    }

    #[test]
    fn french_typography() {
        let source = Lang::Fr.source();
        for (number, line) in source.lines().enumerate() {
            if line.starts_with('#') || !line.contains('=') {
                continue;
            }
            let text = line.split_once('=').map_or(line, |(_, text)| text);
            // Before `:` `;` `?` `!` in prose: a no-break space (U+00A0 or U+202F), never a plain
            // one, never none (a `{ $x }:` placeable followed by a colon is prose too).
            let mut code = false;
            for (at, c) in text.char_indices() {
                // Code (`SPDX-License-Identifier:`, `[[clarify]]`) keeps its own punctuation.
                if c == '`' {
                    code = !code;
                }
                if matches!(c, ':' | ';' | '?' | '!') && at > 0 && !code {
                    let before = text[..at].chars().last().unwrap_or(' ');
                    // `help:`-like labels and `[[clarify]]`-like code are not prose.
                    if text[..at].ends_with('`') || text[at..].starts_with("://") {
                        continue;
                    }
                    assert!(
                        before == '\u{a0}' || before == '\u{202f}',
                        "fr.ftl line {}: `{c}` without a no-break space before it: {line}",
                        number + 1
                    );
                }
            }
            assert!(
                !text.contains("« ") && !text.contains(" »"),
                "fr.ftl line {}: « guillemets » take no-break spaces inside: {line}",
                number + 1
            );
            assert!(
                !text.contains('"'),
                "fr.ftl line {}: use « guillemets »: {line}",
                number + 1
            );
        }
    }

    #[test]
    fn languages_from_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(from_env(env(&[("LANG", "fr_CA.UTF-8")])), Some(Lang::Fr));
        assert_eq!(
            from_env(env(&[("LANG", "fr_CA.UTF-8"), ("LC_ALL", "en_CA.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            from_env(env(&[("LC_MESSAGES", "fr_FR"), ("LANG", "en_US")])),
            Some(Lang::Fr)
        );
        assert_eq!(
            from_env(env(&[("OSSDOO_LANG", "fr"), ("LC_ALL", "en_CA")])),
            Some(Lang::Fr)
        );
        assert_eq!(from_env(env(&[("LANG", "de_DE.UTF-8")])), Some(Lang::En));
        assert_eq!(from_env(env(&[("LANG", "C.UTF-8")])), Some(Lang::En));
        assert_eq!(from_env(env(&[])), None);
    }

    #[test]
    fn plurals_and_arguments() {
        let n = |count: usize| {
            message_in(
                Lang::Fr,
                "table-violations",
                &[("count", FluentValue::from(count as f64))],
            )
        };
        assert_eq!(n(1), "1 violation");
        assert_eq!(n(2), "2 violations");
        assert_eq!(n(0), "0 violation");
        let e = |count: usize| {
            message_in(
                Lang::En,
                "table-violations",
                &[("count", FluentValue::from(count as f64))],
            )
        };
        assert_eq!(e(1), "1 violation");
        assert_eq!(e(0), "0 violations");
    }
}
