//! The embedded license catalog: a [`Category`] and the main [`Obligation`]s of every license and
//! exception id the spdx crate knows, plus a few common `LicenseRef-` ids.
//!
//! The data is `catalog.toml` (its header says where the categories come from and how to update
//! it), compiled in and parsed once on first use. [`category_of`] places one expression requirement.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The catalog as shipped.
const CATALOG_TOML: &str = include_str!("catalog.toml");

/// What kind of license an id is, for compliance triage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Permissive,
    PublicDomain,
    WeakCopyleft,
    StrongCopyleft,
    NetworkCopyleft,
    SourceAvailable,
    NonCommercial,
    Proprietary,
    Other,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: &[Category] = &[
        Category::Permissive,
        Category::PublicDomain,
        Category::WeakCopyleft,
        Category::StrongCopyleft,
        Category::NetworkCopyleft,
        Category::SourceAvailable,
        Category::NonCommercial,
        Category::Proprietary,
        Category::Other,
    ];

    /// The kebab-case name, as in `catalog.toml` and serialized output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Permissive => "permissive",
            Category::PublicDomain => "public-domain",
            Category::WeakCopyleft => "weak-copyleft",
            Category::StrongCopyleft => "strong-copyleft",
            Category::NetworkCopyleft => "network-copyleft",
            Category::SourceAvailable => "source-available",
            Category::NonCommercial => "non-commercial",
            Category::Proprietary => "proprietary",
            Category::Other => "other",
        }
    }

    /// One sentence for humans (reports, `--help`-style listings), in the language chosen (the
    /// catalogue's `license-category-<name>`).
    pub fn description(self) -> &'static str {
        let at = Category::ALL.iter().position(|&c| c == self).unwrap_or(0);
        described(
            &CATEGORY_TEXTS,
            "license-category-",
            Category::ALL,
            Category::as_str,
        )[at]
            .as_str()
    }

    /// How restrictive the category is for a distributor, least first. Unlike the derived `Ord`
    /// (declaration order), this puts public-domain before permissive.
    pub fn restrictiveness(self) -> u8 {
        match self {
            Category::PublicDomain => 0,
            Category::Permissive => 1,
            Category::WeakCopyleft => 2,
            Category::StrongCopyleft => 3,
            Category::NetworkCopyleft => 4,
            Category::SourceAvailable => 5,
            Category::NonCommercial => 6,
            Category::Proprietary => 7,
            Category::Other => 8,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is not a [`Category`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCategoryError(String);

impl fmt::Display for ParseCategoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let valid: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        f.write_str(&crate::i18n::tr!(
            "license-unknown-category",
            name = &self.0,
            valid = valid.join(", ")
        ))
    }
}

impl std::error::Error for ParseCategoryError {}

impl FromStr for Category {
    type Err = ParseCategoryError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| ParseCategoryError(s.to_owned()))
    }
}

/// Something a distributor must do (or refrain from) under a license.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Obligation {
    Attribution,
    IncludeLicense,
    StateChanges,
    DiscloseSource,
    SameLicense,
    NetworkUseDisclosure,
    PatentTerms,
    NoEndorsement,
    /// Field-of-use, competition, audience, platform or no-modification limits.
    UseRestrictions,
}

impl Obligation {
    /// Every obligation, in declaration order (the order entries list them in).
    pub const ALL: &[Obligation] = &[
        Obligation::Attribution,
        Obligation::IncludeLicense,
        Obligation::StateChanges,
        Obligation::DiscloseSource,
        Obligation::SameLicense,
        Obligation::NetworkUseDisclosure,
        Obligation::PatentTerms,
        Obligation::NoEndorsement,
        Obligation::UseRestrictions,
    ];

    /// The kebab-case name, as in `catalog.toml` and serialized output.
    pub fn as_str(self) -> &'static str {
        match self {
            Obligation::Attribution => "attribution",
            Obligation::IncludeLicense => "include-license",
            Obligation::StateChanges => "state-changes",
            Obligation::DiscloseSource => "disclose-source",
            Obligation::SameLicense => "same-license",
            Obligation::NetworkUseDisclosure => "network-use-disclosure",
            Obligation::PatentTerms => "patent-terms",
            Obligation::NoEndorsement => "no-endorsement",
            Obligation::UseRestrictions => "use-restrictions",
        }
    }

    /// One sentence for humans, in the language chosen (the catalogue's
    /// `license-obligation-<name>`).
    pub fn description(self) -> &'static str {
        let at = Obligation::ALL.iter().position(|&o| o == self).unwrap_or(0);
        described(
            &OBLIGATION_TEXTS,
            "license-obligation-",
            Obligation::ALL,
            Obligation::as_str,
        )[at]
            .as_str()
    }
}

/// The descriptions of a kind of value (`all` of them, named by `name`), in the current
/// language, rendered once per language per process so that they can be `&'static str`.
fn described<T: Copy>(
    texts: &'static [OnceLock<Vec<String>>; 2],
    prefix: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> &'static [String] {
    let lang = crate::i18n::current();
    texts[lang as usize].get_or_init(|| {
        all.iter()
            .map(|&value| crate::i18n::message_in(lang, &format!("{prefix}{}", name(value)), &[]))
            .collect()
    })
}

static CATEGORY_TEXTS: [OnceLock<Vec<String>>; 2] = [OnceLock::new(), OnceLock::new()];
static OBLIGATION_TEXTS: [OnceLock<Vec<String>>; 2] = [OnceLock::new(), OnceLock::new()];

impl fmt::Display for Obligation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The catalog's entry for one id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub category: Category,
    pub obligations: Vec<Obligation>,
}

/// Entry for a license id (SPDX id or one of the `LicenseRef-` ids in `[refs]`); None if unknown.
///
/// Ids match exactly (case-sensitive), as the spdx crate spells them.
pub fn license(id: &str) -> Option<&'static Entry> {
    let catalog = catalog();
    catalog.licenses.get(id).or_else(|| catalog.refs.get(id))
}

/// Entry for an SPDX exception id (the part after `WITH`); None if unknown.
pub fn exception(id: &str) -> Option<&'static Entry> {
    catalog().exceptions.get(id)
}

/// Category of one requirement of an expression: the license's category, lowered by a `WITH`
/// exception when the exception lifts copyleft.
///
/// - An SPDX license id takes its entry's category; `or_later` (`GPL-2.0+`) changes nothing.
/// - `LicenseRef-X` takes its `[refs]` entry; any other ref (and any `DocumentRef-`) is `Other`.
/// - A `WITH` exception applies only if it is categorised weak-copyleft or less restrictive (it
///   lets linked/combined works or generated output escape the copyleft) and is less restrictive
///   than the license: then the requirement takes the exception's category
///   (`GPL-2.0-only WITH Classpath-exception-2.0` → weak-copyleft). Narrow exceptions (linking
///   with OpenSSL, …) are categorised as the copyleft they leave in place and never lower
///   anything. An `Other` license stays `Other`; `AdditionRef-` exceptions are ignored.
pub fn category_of(req: &spdx::LicenseReq) -> Category {
    let base = match &req.license {
        spdx::LicenseItem::Spdx { id, .. } => license(id.name).map(|e| e.category),
        spdx::LicenseItem::Other(lic) if lic.doc_ref.is_none() => {
            license(&format!("LicenseRef-{}", lic.lic_ref)).map(|e| e.category)
        }
        spdx::LicenseItem::Other(_) => None,
    }
    .unwrap_or(Category::Other);
    let relaxed = req
        .addition
        .as_ref()
        .and_then(spdx::AdditionItem::id)
        .and_then(|exc| exception(exc.name))
        .map(|e| e.category)
        .filter(|&exc| {
            base != Category::Other
                && exc.restrictiveness() <= Category::WeakCopyleft.restrictiveness()
                && exc.restrictiveness() < base.restrictiveness()
        });
    relaxed.unwrap_or(base)
}

/// The category an expression is counted under in charts and distributions: the most restrictive
/// of any of its terms (so `MIT OR GPL-3.0-only` counts as strong-copyleft: what a package may
/// bring in, not which branch a policy took).
pub fn most_restrictive(expression: &spdx::Expression) -> Category {
    expression
        .requirements()
        .map(|r| category_of(&r.req))
        .max_by_key(|c| c.restrictiveness())
        .unwrap_or(Category::Other)
}

/// The parsed catalog.
struct Catalog {
    licenses: HashMap<String, Entry>,
    exceptions: HashMap<String, Entry>,
    refs: HashMap<String, Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    licenses: HashMap<String, RawEntry>,
    exceptions: HashMap<String, RawEntry>,
    refs: HashMap<String, RawEntry>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    category: Category,
    obligations: Vec<Obligation>,
}

impl From<RawEntry> for Entry {
    fn from(raw: RawEntry) -> Self {
        Entry {
            category: raw.category,
            obligations: raw.obligations,
        }
    }
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let raw: RawCatalog = toml::from_str(CATALOG_TOML)
            .expect("src/license/catalog.toml is invalid (the catalog tests say where)");
        let convert = |map: HashMap<String, RawEntry>| -> HashMap<String, Entry> {
            map.into_iter().map(|(id, e)| (id, e.into())).collect()
        };
        Catalog {
            licenses: convert(raw.licenses),
            exceptions: convert(raw.exceptions),
            refs: convert(raw.refs),
        }
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// The most `other` entries (licenses and exceptions) the catalog may hold. Today: 1
    /// (NOASSERTION). Raising it needs a reason in the commit message.
    const MAX_OTHER: usize = 5;

    fn req(expr: &str) -> spdx::LicenseReq {
        // Lax, so that deprecated spellings like `GPL-2.0+` parse too.
        let expr = spdx::Expression::parse_mode(expr, spdx::ParseMode::LAX).expect(expr);
        let reqs: Vec<_> = expr.requirements().map(|r| r.req.clone()).collect();
        assert_eq!(reqs.len(), 1, "{expr} has one requirement");
        reqs.into_iter().next().unwrap()
    }

    fn cat(expr: &str) -> Category {
        category_of(&req(expr))
    }

    #[test]
    fn catalog_parses() {
        let raw: Result<RawCatalog, _> = toml::from_str(CATALOG_TOML);
        if let Err(err) = raw {
            panic!("catalog.toml: {err}");
        }
        assert!(!catalog().licenses.is_empty());
    }

    #[test]
    fn every_spdx_license_has_an_entry() {
        let missing: Vec<&str> = spdx::identifiers::LICENSES
            .iter()
            .map(|l| l.name)
            .filter(|name| !catalog().licenses.contains_key(*name))
            .collect();
        assert!(
            missing.is_empty(),
            "add to [licenses] in catalog.toml: {missing:?}"
        );
    }

    #[test]
    fn every_spdx_exception_has_an_entry() {
        let missing: Vec<&str> = spdx::identifiers::EXCEPTIONS
            .iter()
            .map(|e| e.name)
            .filter(|name| !catalog().exceptions.contains_key(*name))
            .collect();
        assert!(
            missing.is_empty(),
            "add to [exceptions] in catalog.toml: {missing:?}"
        );
    }

    #[test]
    fn every_entry_is_a_known_id() {
        let licenses: HashSet<&str> = spdx::identifiers::LICENSES.iter().map(|l| l.name).collect();
        let exceptions: HashSet<&str> = spdx::identifiers::EXCEPTIONS
            .iter()
            .map(|e| e.name)
            .collect();
        let mut unknown: Vec<&str> = catalog()
            .licenses
            .keys()
            .filter(|id| !licenses.contains(id.as_str()))
            .chain(
                catalog()
                    .exceptions
                    .keys()
                    .filter(|id| !exceptions.contains(id.as_str())),
            )
            .map(String::as_str)
            .collect();
        unknown.sort_unstable();
        assert!(
            unknown.is_empty(),
            "not in the spdx crate's list: {unknown:?}"
        );
        for id in catalog().refs.keys() {
            let r = req(id);
            let is_ref =
                matches!(&r.license, spdx::LicenseItem::Other(lic) if lic.doc_ref.is_none());
            assert!(
                id.starts_with("LicenseRef-") && is_ref,
                "[refs] holds LicenseRef- ids only: {id}"
            );
        }
    }

    #[test]
    fn entries_are_one_line_each_and_sorted() {
        let mut section = None;
        let mut previous: Option<&str> = None;
        let mut sections = Vec::new();
        for (n, line) in CATALOG_TOML.lines().enumerate() {
            let n = n + 1;
            if line.starts_with('[') {
                section = Some(line);
                sections.push(line);
                previous = None;
                continue;
            }
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            assert!(section.is_some(), "line {n}: data before the first table");
            let key = line
                .strip_prefix('"')
                .and_then(|rest| rest.split_once('"'))
                .map(|(key, _)| key)
                .unwrap_or_else(|| panic!("line {n}: expected `\"ID\" = {{ ... }}`: {line}"));
            assert!(
                line.ends_with(" }")
                    && line.contains("category = ")
                    && line.contains("obligations = ["),
                "line {n}: one entry per line, `\"ID\" = {{ category = ..., obligations = [...] }}`"
            );
            if let Some(previous) = previous {
                assert!(
                    previous < key,
                    "line {n}: `{key}` must come before `{previous}` (sorted by id, byte order)"
                );
            }
            previous = Some(key);
        }
        assert_eq!(sections, ["[licenses]", "[exceptions]", "[refs]"]);
    }

    #[test]
    fn obligations_are_listed_once_in_declaration_order() {
        let all = catalog()
            .licenses
            .iter()
            .chain(&catalog().exceptions)
            .chain(&catalog().refs);
        for (id, entry) in all {
            assert!(
                entry.obligations.windows(2).all(|w| w[0] < w[1]),
                "{id}: obligations out of order or repeated: {:?}",
                entry.obligations
            );
        }
    }

    #[test]
    fn deprecated_and_versioned_twins_agree() {
        // `GPL-2.0` = `GPL-2.0-only`, `GPL-2.0+` = `GPL-2.0-or-later`; `-only` and `-or-later` share
        // a category (an `or_later` flag does not change it).
        let licenses = &catalog().licenses;
        for (id, entry) in licenses {
            if let Some(stem) = id.strip_suffix("-or-later") {
                let only = &licenses[&format!("{stem}-only")];
                assert_eq!(entry.category, only.category, "{id} vs {stem}-only");
                if let Some(plus) = licenses.get(&format!("{stem}+")) {
                    assert_eq!(plus, entry, "{stem}+ vs {id}");
                }
                if let Some(bare) = licenses.get(stem) {
                    assert_eq!(bare, only, "{stem} vs {stem}-only");
                }
            }
        }
    }

    #[test]
    fn spot_checks() {
        use Category::*;
        use Obligation::*;
        let entry = |id: &str| license(id).unwrap_or_else(|| panic!("{id} in catalog"));
        assert_eq!(entry("MIT").category, Permissive);
        assert_eq!(entry("MIT").obligations, [Attribution, IncludeLicense]);
        assert_eq!(entry("Apache-2.0").category, Permissive);
        assert!(entry("Apache-2.0").obligations.contains(&PatentTerms));
        assert_eq!(entry("GPL-2.0-only").category, StrongCopyleft);
        assert_eq!(entry("GPL-3.0-only").category, StrongCopyleft);
        assert!(entry("GPL-3.0-only").obligations.contains(&DiscloseSource));
        assert_eq!(entry("LGPL-2.1-or-later").category, WeakCopyleft);
        assert_eq!(entry("MPL-2.0").category, WeakCopyleft);
        assert_eq!(entry("AGPL-3.0-only").category, NetworkCopyleft);
        assert!(
            entry("AGPL-3.0-only")
                .obligations
                .contains(&NetworkUseDisclosure)
        );
        assert_eq!(entry("SSPL-1.0").category, NetworkCopyleft);
        assert_eq!(entry("CC-BY-NC-4.0").category, NonCommercial);
        assert_eq!(entry("CC-BY-NC-SA-4.0").category, NonCommercial);
        assert_eq!(entry("BUSL-1.1").category, SourceAvailable);
        assert_eq!(entry("Elastic-2.0").category, SourceAvailable);
        assert_eq!(entry("CC0-1.0").category, PublicDomain);
        assert_eq!(entry("0BSD").category, PublicDomain);
        assert_eq!(entry("Unlicense").category, PublicDomain);
        assert_eq!(entry("CC-BY-4.0").category, Permissive);
        assert_eq!(entry("CC-BY-SA-4.0").category, StrongCopyleft);
        assert_eq!(entry("OFL-1.1").category, WeakCopyleft);
        assert_eq!(entry("EUPL-1.2").category, StrongCopyleft);
        assert_eq!(entry("NOASSERTION").category, Other);
        assert_eq!(entry("LicenseRef-Proprietary").category, Proprietary);
        assert_eq!(entry("LicenseRef-Public-Domain").category, PublicDomain);
        assert!(license("LicenseRef-Acme").is_none());
        assert!(license("mit").is_none(), "ids match exactly");
        assert!(license("Classpath-exception-2.0").is_none());

        assert_eq!(exception("LLVM-exception").unwrap().category, Permissive);
        assert_eq!(
            exception("Classpath-exception-2.0").unwrap().category,
            WeakCopyleft
        );
        assert!(exception("MIT").is_none());
    }

    #[test]
    fn category_of_requirements() {
        use Category::*;
        assert_eq!(cat("MIT"), Permissive);
        assert_eq!(
            cat("GPL-2.0-only WITH Classpath-exception-2.0"),
            WeakCopyleft
        );
        assert_eq!(cat("GPL-3.0-or-later WITH GCC-exception-3.1"), WeakCopyleft);
        assert_eq!(cat("Apache-2.0 WITH LLVM-exception"), Permissive);
        assert_eq!(
            cat("GPL-3.0-or-later WITH Autoconf-exception-generic-3.0"),
            Permissive
        );
        // `or_later` changes nothing.
        let or_later = |id: &str| spdx::LicenseReq {
            license: spdx::LicenseItem::Spdx {
                id: spdx::license_id(id).unwrap(),
                or_later: true,
            },
            addition: None,
        };
        assert_eq!(category_of(&or_later("GPL-2.0-only")), StrongCopyleft);
        assert_eq!(category_of(&or_later("LGPL-2.1-only")), WeakCopyleft);
        assert_eq!(cat("GPL-2.0+"), StrongCopyleft);
        assert_eq!(cat("GPL-2.0-or-later"), StrongCopyleft);
        assert_eq!(cat("Apache-1.0+"), Permissive);
        // A narrow exception leaves the copyleft in place, also on a stronger license.
        assert_eq!(
            cat("GPL-2.0-or-later WITH openvpn-openssl-exception"),
            StrongCopyleft
        );
        assert_eq!(cat("AGPL-3.0-only WITH GPL-CC-1.0"), NetworkCopyleft);
        // An exception never makes a license more restrictive.
        assert_eq!(cat("MIT WITH Classpath-exception-2.0"), Permissive);
        assert_eq!(cat("AGPL-3.0-or-later WITH romic-exception"), WeakCopyleft);
        // References.
        assert_eq!(cat("LicenseRef-Proprietary"), Proprietary);
        assert_eq!(cat("LicenseRef-Commons-Clause"), SourceAvailable);
        assert_eq!(cat("LicenseRef-Acme"), Other);
        assert_eq!(cat("LicenseRef-Acme WITH Classpath-exception-2.0"), Other);
        assert_eq!(cat("DocumentRef-spdx-tool:LicenseRef-Proprietary"), Other);
        assert_eq!(cat("GPL-2.0-only WITH AdditionRef-Acme"), StrongCopyleft);
    }

    #[test]
    fn category_names_round_trip() {
        assert_eq!(Category::ALL.len(), 9);
        for &c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>(), Ok(c));
            assert_eq!(c.to_string(), c.as_str());
            assert!(!c.description().is_empty());
            let raw = RawEntry {
                category: c,
                obligations: Vec::new(),
            };
            let text = toml::to_string(&raw).expect("serialize");
            assert!(
                text.contains(&format!("category = \"{}\"", c.as_str())),
                "{text}"
            );
        }
        let err = "Permissive".parse::<Category>().unwrap_err().to_string();
        assert!(err.contains("`Permissive`"), "{err}");
        for &c in Category::ALL {
            assert!(err.contains(c.as_str()), "{err} lists {c}");
        }
    }

    #[test]
    fn obligation_names_match_serde() {
        for &o in Obligation::ALL {
            let raw = RawEntry {
                category: Category::Permissive,
                obligations: vec![o],
            };
            let text = toml::to_string(&raw).expect("serialize");
            assert!(text.contains(&format!("\"{}\"", o.as_str())), "{text}");
            assert_eq!(o.to_string(), o.as_str());
            assert!(!o.description().is_empty());
        }
    }

    #[test]
    fn other_stays_rare() {
        let mut other: Vec<&str> = catalog()
            .licenses
            .iter()
            .chain(&catalog().exceptions)
            .filter(|(_, e)| e.category == Category::Other)
            .map(|(id, _)| id.as_str())
            .collect();
        other.sort_unstable();
        assert!(
            other.len() <= MAX_OTHER,
            "{} ids are `other` (at most {MAX_OTHER}): {other:?}",
            other.len()
        );
    }
}
