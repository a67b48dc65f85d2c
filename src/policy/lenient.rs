//! A policy file's TOML read leniently, so that one mistake does not hide the next.
//!
//! The text is parsed once into a spanned tree (`toml::de::DeTable`). A syntax error stops
//! there: it is the file's one problem. Otherwise the tree is deserialised into the strict
//! mirrors of `raw.rs`; each serde error (an unknown key, a wrong type, an unknown value, a
//! missing key) becomes a [`Problem`] at its own span, the entry it points at is taken out of the
//! tree, and the tree is deserialised again, until it reads. What is left is what could be read,
//! and the checks of `layer.rs` run on it.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue, ValueDeserializer};

use super::layer::{Problem, suggest};
use crate::i18n::tr;

/// How many errors one document may have before the rest of it is given up: each retry takes
/// one entry out, so only a pathological file gets there.
const MAX_ERRORS: usize = 200;

/// What a document's text gave: the value read (the type's default when nothing could be read)
/// and the problems met on the way, in the order found. `syntax` is set when the text is not
/// TOML at all; then nothing else was checked.
pub(super) struct Read<T> {
    pub value: T,
    pub problems: Vec<Problem>,
    pub syntax: bool,
}

/// Reads `text` into `T`, collecting every deserialisation error.
pub(super) fn read<T: DeserializeOwned + Default>(text: &str) -> Read<T> {
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(err) => {
            return Read {
                value: T::default(),
                problems: vec![Problem {
                    offset: err.span().map_or(0, |s| s.start),
                    message: one_line(err.message()),
                }],
                syntax: true,
            };
        }
    };
    let span = root.span();
    let mut tree = Spanned::new(span, DeValue::Table(root.into_inner()));
    let mut problems = Vec::new();
    // The tables an entry was taken out of: a key they then miss was already reported.
    let mut pruned: Vec<Range<usize>> = Vec::new();
    for _ in 0..MAX_ERRORS {
        let err = match T::deserialize(ValueDeserializer::from(tree.clone())) {
            Ok(value) => {
                return Read {
                    value,
                    problems,
                    syntax: false,
                };
            }
            Err(err) => err,
        };
        let Some(at) = err.span() else {
            problems.push(Problem {
                offset: 0,
                message: one_line(err.message()),
            });
            break;
        };
        let tree_span = tree.span();
        // An empty span (the document's own) points at no entry to take out.
        let removed = (at.start < at.end)
            .then(|| remove_at(tree.get_mut(), tree_span, &at, ""))
            .flatten();
        let missing = err.message().starts_with("missing field `");
        if !(missing && pruned.contains(&at)) {
            problems.push(Problem {
                offset: at.start,
                message: message(err.message(), removed.as_ref()),
            });
        }
        match removed {
            Some(removed) => pruned.push(removed.table),
            None => break,
        }
    }
    Read {
        value: T::default(),
        problems,
        syntax: false,
    }
}

/// The entry taken out of the tree after an error.
struct Removed {
    /// The span of the table (or array) it was in.
    table: Range<usize>,
    /// Its dotted key from the document's root (`licenses.allow`; array indexes are left out).
    path: String,
    /// What it was: `string`, `integer`, `float`, `boolean`, `datetime`, `array`, `table`.
    kind: &'static str,
}

fn contains(outer: &Range<usize>, inner: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && outer.start < outer.end
}

/// Takes out the deepest entry of `node` (whose span is `span`) that holds `at`: the key or
/// value the error points at, or the table or array that misses something. `None` when no entry
/// holds it (the error is about `node` itself).
///
/// The whole tree is searched, children first: a table opened by a header (`[licenses]`) spans
/// its header only, not the entries under it.
fn remove_at(
    node: &mut DeValue<'_>,
    span: Range<usize>,
    at: &Range<usize>,
    path: &str,
) -> Option<Removed> {
    match node {
        DeValue::Table(table) => {
            let mut found = None;
            for (key, child) in table.iter_mut() {
                let full = if path.is_empty() {
                    key.get_ref().to_string()
                } else {
                    format!("{path}.{}", key.get_ref())
                };
                let child_span = child.span();
                if let Some(deeper) = remove_at(child.get_mut(), child_span.clone(), at, &full) {
                    return Some(deeper);
                }
                if contains(&key.span(), at) || contains(&child_span, at) {
                    found = Some((key.clone(), full));
                    break;
                }
            }
            let (key, path) = found?;
            let value = table.remove(&key)?;
            Some(Removed {
                table: span,
                path,
                kind: value.get_ref().type_str(),
            })
        }
        DeValue::Array(array) => {
            let mut found = None;
            for (index, child) in array.as_mut().iter_mut().enumerate() {
                let child_span = child.span();
                if let Some(deeper) = remove_at(child.get_mut(), child_span.clone(), at, path) {
                    return Some(deeper);
                }
                if contains(&child_span, at) {
                    found = Some(index);
                    break;
                }
            }
            let index = found?;
            let items = std::mem::replace(array, DeArray::new());
            let mut kind = "";
            for (i, item) in items.into_iter().enumerate() {
                if i == index {
                    kind = item.get_ref().type_str();
                } else {
                    array.push(item);
                }
            }
            Some(Removed {
                table: span,
                path: path.to_owned(),
                kind,
            })
        }
        _ => None,
    }
}

/// The words for one serde error, with a suggestion where one helps; an error this does not
/// know keeps serde's own message.
fn message(raw: &str, removed: Option<&Removed>) -> String {
    let raw = one_line(raw);
    let key = removed.map_or("", |r| r.path.as_str());
    if let Some(rest) = raw.strip_prefix("unknown field `")
        && let Some((name, expected)) = rest.split_once('`')
    {
        let candidates = quoted(expected);
        return tr!(
            "policy-unknown-key",
            key = name,
            hint = suggest(name, candidates.iter().copied()),
            keys = listed(&candidates)
        );
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `")
        && let Some((value, expected)) = rest.split_once('`')
    {
        let candidates = quoted(expected);
        return tr!(
            "policy-unknown-value",
            value = value,
            key = key,
            hint = suggest(value, candidates.iter().copied()),
            values = listed(&candidates)
        );
    }
    if let Some(rest) = raw.strip_prefix("missing field `")
        && let Some((name, _)) = rest.split_once('`')
    {
        return tr!("policy-missing-key", key = name, table = key);
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ")
        && let Some((_, expected)) = rest.rsplit_once(", expected ")
        && let (Some(expected), Some(found)) = (
            type_words(expected_kind(expected)),
            type_words(removed.map_or("", |r| r.kind)),
        )
    {
        return tr!(
            "policy-wrong-type",
            key = key,
            expected = expected,
            found = found
        );
    }
    raw
}

/// The names between backquotes in serde's "expected one of `a`, `b`".
fn quoted(expected: &str) -> Vec<&str> {
    expected.split('`').skip(1).step_by(2).collect()
}

fn listed(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The TOML type serde's "expected …" asks for, when it names one.
fn expected_kind(expected: &str) -> &'static str {
    let e = expected.to_ascii_lowercase();
    if e.contains("sequence") {
        "array"
    } else if e.contains("map") || e.starts_with("struct") {
        "table"
    } else if e.contains("string") {
        "string"
    } else if e.contains("bool") {
        "boolean"
    } else if e.contains("f64") || e.contains("f32") || e.contains("float") {
        "float"
    } else if e.contains("date") {
        "datetime"
    } else if e.contains("integer")
        || [
            "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "usize",
        ]
        .contains(&e.as_str())
    {
        "integer"
    } else {
        ""
    }
}

/// A TOML type in words, with its article (`a string`, `une chaîne`).
fn type_words(kind: &str) -> Option<String> {
    let id = match kind {
        "string" => "toml-type-string",
        "integer" => "toml-type-integer",
        "float" => "toml-type-float",
        "boolean" => "toml-type-boolean",
        "datetime" => "toml-type-datetime",
        "array" => "toml-type-array",
        "table" => "toml-type-table",
        _ => return None,
    };
    Some(crate::i18n::message(id, &[]))
}

fn one_line(message: &str) -> String {
    message.trim_end().replace('\n', "; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::raw::RawPolicy;

    fn problems(text: &str) -> Vec<(usize, String)> {
        let read: Read<RawPolicy> = read(text);
        read.problems
            .into_iter()
            .map(|p| (p.offset, p.message))
            .collect()
    }

    #[test]
    fn every_error_is_reported_and_the_rest_is_read() {
        let text = "[policy]\nname = \"x\"\ndistribution = \"sass\"\n\n[licenses]\nallwo = [\"MIT\"]\ndeny = [\"GPL-3.0-only\", 3]\nunknown = \"reveiw\"\n";
        let read: Read<RawPolicy> = read(text);
        let found: Vec<&str> = read.problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(
            found
                .iter()
                .any(|m| m.starts_with("unknown value `sass` for `policy.distribution`")),
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|m| m.starts_with("unknown key `allwo` (did you mean `allow`?)")),
            "{found:#?}"
        );
        assert!(
            found.contains(&"`licenses.deny` takes a string, not an integer"),
            "{found:#?}"
        );
        assert!(
            found
                .iter()
                .any(|m| m.contains("`reveiw`") && m.contains("did you mean `review`?")),
            "{found:#?}"
        );
        assert_eq!(read.value.policy.name.as_deref(), Some("x"));
        assert_eq!(read.value.licenses.deny.len(), 1);
        assert!(!read.syntax);
    }

    #[test]
    fn a_bad_entry_of_an_array_of_tables_does_not_hide_the_others() {
        let text = "[[exceptions]]\npackage = \"pkg:npm/a\"\nlicense = \"MIT\"\nreasn = \"r\"\n\n[[exceptions]]\npackage = \"pkg:npm/b\"\nlicense = \"MIT\"\nreason = \"r\"\n\n[[exceptions]]\npackage = \"pkg:npm/c\"\nlicense = \"MIT\"\n";
        let found = problems(text);
        // The first entry's mistyped key, and the third's missing reason; not the first's
        // missing reason, which the mistyped key already explains.
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(
            found[0]
                .1
                .starts_with("unknown key `reasn` (did you mean `reason`?)"),
            "{found:#?}"
        );
        assert_eq!(&text[found[0].0..found[0].0 + 5], "reasn");
        assert_eq!(found[1].1, "this `exceptions` entry needs `reason`");
        let read: Read<RawPolicy> = read(text);
        assert_eq!(read.value.exceptions.len(), 1);
        assert_eq!(read.value.exceptions[0].package.get_ref(), "pkg:npm/b");
    }

    #[test]
    fn a_syntax_error_is_the_only_problem() {
        let read: Read<RawPolicy> = read("[licenses\nallwo = 3\n");
        assert!(read.syntax);
        assert_eq!(read.problems.len(), 1);
        assert_eq!(read.problems[0].offset, 9);
    }

    #[test]
    fn nested_tables_lose_only_the_bad_key() {
        let text = "[checklist]\nrequire-files = [\"LICENSE\"]\ncrown = true\n[checklist.spdx-headers]\ninclude = [\"src/**\"]\nexclude = \"x\"\n";
        let read: Read<RawPolicy> = read(text);
        assert_eq!(read.problems.len(), 2, "{:#?}", read.problems);
        let checklist = read.value.checklist.expect("the checklist is read");
        assert_eq!(checklist.require_files, Some(vec!["LICENSE".to_owned()]));
        assert_eq!(checklist.spdx_headers.expect("headers").include.len(), 1);
    }
}
