//! The policy: the office's guidelines as data. Which licenses and license categories pass, need
//! review or are refused (per scope too), the exceptions it has approved, the clarifications it
//! has made about packages whose metadata is wrong, the packages it ignores, the release checklist
//! and the project's own license for compatibility checks.
//!
//! `load` finds the policy (`--policy`, then `ossdoo.toml` / `.ossdoo.toml` at the scanned root,
//! then the embedded default) and follows its `extends` chain; each file is validated on its own
//! (every problem at once, with line, column and the offending line), then the layers are merged
//! (`layer.rs`). `eval` judges resolved packages against the result.

pub mod compat;
pub mod eval;
mod layer;
mod lenient;
pub mod pattern;
#[cfg(test)]
mod properties;
pub mod raw;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use spdx::Licensee;

pub use crate::checklist::Checklist;
use crate::i18n::Lang;
use crate::license::catalog::Category;
use crate::model::Scope;
pub use layer::{Problem, render_problems};
pub use pattern::PackagePattern;
pub use raw::{Distribution, UnknownAction};

/// The policies shipped in `policies/`, compiled into the binary; `--policy NAME` and
/// `extends = "NAME"` select one.
pub const SHIPPED: &[(&str, &str)] = &[
    ("default", include_str!("../../policies/default.toml")),
    (
        "permissive-only",
        include_str!("../../policies/permissive-only.toml"),
    ),
    (
        "weak-copyleft-ok",
        include_str!("../../policies/weak-copyleft-ok.toml"),
    ),
    (
        "internal-use",
        include_str!("../../policies/internal-use.toml"),
    ),
    (
        "release-checklist",
        include_str!("../../policies/release-checklist.toml"),
    ),
    (
        "gc-publishing",
        include_str!("../../policies/gc-publishing.toml"),
    ),
];

/// File names looked for at the scanned root when no `--policy` is given.
pub const DISCOVERED_NAMES: &[&str] = &["ossdoo.toml", ".ossdoo.toml"];

/// How many `extends` a chain may have (a loop is reported before that).
const MAX_EXTENDS: usize = 8;

/// A validated, merged policy.
#[derive(Debug, Clone)]
pub struct Policy {
    pub name: String,
    pub version: Option<String>,
    pub owner: Option<String>,
    pub description: Option<String>,
    /// Where the policy came from: a path, or `embedded:<name>`.
    pub source: String,
    /// The sources it extends, nearest first.
    pub extends: Vec<String>,
    pub distribution: Distribution,
    /// `[policy] language`: the language of the reports (a user's `--lang` or `OSSDOO_LANG`
    /// comes first).
    pub language: Option<Lang>,
    /// The top-level `[licenses]` lists.
    pub licenses: Rules,
    /// Whether the category lists are the built-in ones for the distribution (no policy in the
    /// chain set any `*-categories` list).
    pub builtin_categories: bool,
    pub unknown: UnknownAction,
    /// License-file detections below this confidence are not used (default 0.9).
    pub detection_threshold: f32,
    /// `[scopes.<scope>]`: rules that come before the top-level ones for that scope's packages.
    pub scopes: BTreeMap<Scope, ScopeRules>,
    pub exceptions: Vec<Exception>,
    pub clarifications: Vec<Clarification>,
    pub ignores: Vec<Ignore>,
    pub checklist: Option<Checklist>,
    /// `[compatibility]`: present when outbound compatibility is checked.
    pub compatibility: Option<Compatibility>,
    /// Things that are accepted but should be fixed (deprecated SPDX ids), one sentence each.
    pub warnings: Vec<String>,
}

/// License lists of one level (the top level or one scope).
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub allow: Vec<Licensee>,
    pub review: Vec<Licensee>,
    pub deny: Vec<Licensee>,
    pub allow_categories: Vec<Category>,
    pub review_categories: Vec<Category>,
    pub deny_categories: Vec<Category>,
}

/// The rules of one scope.
#[derive(Debug, Clone, Default)]
pub struct ScopeRules {
    /// The scope's packages get no verdict (they are still listed).
    pub ignore: bool,
    pub rules: Rules,
}

/// The default `detection-threshold`: the license-text engine scores a copy of a license with
/// small edits (a changed name, a re-wrapped paragraph) above 0.95, and a different license of
/// the same family (BSD-2 against BSD-3) below 0.9.
pub const DEFAULT_DETECTION_THRESHOLD: f32 = 0.9;

/// The category lists a policy gets when it sets none, by distribution: what each kind of license
/// demands of software that reaches its users that way. (allow, review, deny).
pub fn builtin_categories(distribution: Distribution) -> [Vec<Category>; 3] {
    use Category::*;
    match distribution {
        Distribution::Internal => [
            vec![Permissive, PublicDomain, WeakCopyleft, StrongCopyleft],
            vec![NetworkCopyleft, SourceAvailable],
            vec![NonCommercial, Proprietary],
        ],
        Distribution::NetworkService => [
            vec![Permissive, PublicDomain, WeakCopyleft, StrongCopyleft],
            vec![],
            vec![NetworkCopyleft, SourceAvailable, NonCommercial, Proprietary],
        ],
        Distribution::Distributed => [
            vec![Permissive, PublicDomain],
            vec![WeakCopyleft],
            vec![
                StrongCopyleft,
                NetworkCopyleft,
                SourceAvailable,
                NonCommercial,
                Proprietary,
            ],
        ],
    }
}

/// An approved exception: these packages may use this license.
#[derive(Debug, Clone)]
pub struct Exception {
    /// Which packages: a purl, with a version, a range or a glob.
    pub package: PackagePattern,
    /// The license (expression) as written.
    pub license: String,
    /// The licenses the exception accepts for the package.
    pub licensees: Vec<Licensee>,
    pub reason: String,
    pub approved_by: Option<String>,
    pub ticket: Option<String>,
    /// Last day the exception is valid (inclusive), as `YYYY-MM-DD`.
    pub expires: Option<String>,
}

impl Exception {
    /// Whether the exception has lapsed on `today` (`YYYY-MM-DD`; ISO dates compare as strings).
    pub fn is_expired(&self, today: &str) -> bool {
        self.expires.as_deref().is_some_and(|e| e < today)
    }
}

/// The office's statement of a package's license, where its metadata is wrong or missing.
#[derive(Debug, Clone)]
pub struct Clarification {
    pub package: PackagePattern,
    /// The license as written.
    pub license: String,
    pub expression: spdx::Expression,
    pub reason: Option<String>,
    /// Files (relative to the package's folder) and the SHA-256 they had when the office looked;
    /// when one differs, the clarification lapses.
    pub license_files: Vec<(String, String)>,
}

/// Packages the office has decided not to judge (first-party code published to a registry, …).
#[derive(Debug, Clone)]
pub struct Ignore {
    pub package: PackagePattern,
    pub reason: String,
}

/// `[compatibility]`.
#[derive(Debug, Clone, Default)]
pub struct Compatibility {
    /// The project's own license; `None` means: detect it from the repository's license files.
    pub project_license: Option<String>,
}

/// Finds and loads the policy for a scan of `root`.
pub fn load(explicit: Option<&str>, root: &Path) -> anyhow::Result<Policy> {
    if let Some(arg) = explicit {
        let path = PathBuf::from(arg);
        if !path.exists() {
            if let Some(text) = shipped(arg) {
                return Policy::parse(text, &format!("embedded:{arg}"));
            }
            bail!(
                "policy file `{arg}` does not exist (shipped policies: {})",
                shipped_names().join(", ")
            );
        }
        return load_file(&path);
    }
    for name in DISCOVERED_NAMES {
        let path = root.join(name);
        if path.is_file() {
            return load_file(&path);
        }
    }
    Policy::parse(SHIPPED[0].1, "embedded:default")
}

/// The text of a shipped policy.
pub fn shipped(name: &str) -> Option<&'static str> {
    SHIPPED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

pub fn shipped_names() -> Vec<&'static str> {
    SHIPPED.iter().map(|(n, _)| *n).collect()
}

/// Loads a policy file (and what it extends).
pub fn load_file(path: &Path) -> anyhow::Result<Policy> {
    let text = crate::read::text(path)
        .with_context(|| format!("cannot read policy file `{}`", path.display()))?;
    Policy::parse_at(&text, &path.display().to_string(), path.parent())
}

impl Policy {
    /// Parses and validates a policy text that has no file location (`extends` may then only
    /// name shipped policies).
    pub fn parse(text: &str, source: &str) -> anyhow::Result<Policy> {
        Policy::parse_at(text, source, None)
    }

    /// Parses and validates a policy; `dir` is the folder relative paths in `extends` start from.
    pub fn parse_at(text: &str, source: &str, dir: Option<&Path>) -> anyhow::Result<Policy> {
        let mut chain = Vec::new();
        layer::load_chain(text, source, dir, &mut chain, &mut Vec::new())?;
        Ok(layer::merge(chain))
    }

    /// Every problem of a policy file, for `ossdoo policy check` (empty when it is valid), and the
    /// warnings it would print.
    pub fn check(text: &str, source: &str, dir: Option<&Path>) -> (Vec<String>, Vec<String>) {
        match Policy::parse_at(text, source, dir) {
            Ok(policy) => (Vec::new(), policy.warnings),
            Err(err) => (vec![format!("{err:#}")], Vec::new()),
        }
    }

    /// The rules that apply to a scope: the scope's own, if any.
    pub fn scope(&self, scope: Scope) -> Option<&ScopeRules> {
        self.scopes.get(&scope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_policies_are_valid() {
        for (name, text) in SHIPPED {
            let policy = Policy::parse(text, name).unwrap_or_else(|e| panic!("{name}: {e:#}"));
            assert!(policy.warnings.is_empty(), "{name}: {:?}", policy.warnings);
        }
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let text = "[licenses]\nallow = [\"MIT\", \"Apache2\"]\ndeny = [\"MIT\", \"NOPE-1.0\"]\n";
        let err = Policy::parse(text, "p.toml").unwrap_err().to_string();
        assert_eq!(
            err,
            "invalid policy `p.toml`:\n\
             p.toml:2:18: `Apache2` in `licenses.allow`: unknown term (did you mean `Apache-2.0`?)\n  \
             |\n\
             2 | allow = [\"MIT\", \"Apache2\"]\n  \
             |                  ^\n\
             p.toml:3:9: `MIT` is in both `licenses.allow` and `licenses.deny`; keep it in one\n  \
             |\n\
             3 | deny = [\"MIT\", \"NOPE-1.0\"]\n  \
             |         ^\n\
             p.toml:3:17: `NOPE-1.0` in `licenses.deny`: unknown term\n  \
             |\n\
             3 | deny = [\"MIT\", \"NOPE-1.0\"]\n  \
             |                 ^"
        );
    }

    #[test]
    fn reading_and_checking_problems_come_together_in_file_order() {
        let text = "[policy]\nlanguage = \"fr-CA\"\n\n[licenses]\nallwo = [\"MIT\"]\ndeny = [\"GPL3\"]\nunknown = \"reveiw\"\n\n[checklist]\nrequire-file = [\"LICENSE\"]\nproject-license = [\"Apache2\"]\n";
        let err = Policy::parse(text, "p.toml").unwrap_err().to_string();
        let places: Vec<&str> = err
            .lines()
            .filter(|l| l.starts_with("p.toml:"))
            .map(|l| l.split(": ").next().unwrap_or(""))
            .collect();
        assert_eq!(
            places,
            [
                "p.toml:2:12",
                "p.toml:5:1",
                "p.toml:6:10",
                "p.toml:7:11",
                "p.toml:10:1",
                "p.toml:11:21"
            ],
            "{err}"
        );
        assert!(
            err.contains("unknown value `fr-CA` for `policy.language`"),
            "{err}"
        );
        assert!(
            err.contains("unknown key `allwo` (did you mean `allow`?)"),
            "{err}"
        );
        // The normaliser's reading of a license name is the suggestion.
        assert!(
            err.contains("`GPL3` in `licenses.deny`: unknown term (did you mean `GPL-3.0-only`?)"),
            "{err}"
        );
        assert!(
            err.contains("`reveiw` for `licenses.unknown` (did you mean `review`?)"),
            "{err}"
        );
        assert!(
            err.contains("unknown key `require-file` (did you mean `require-files`?)"),
            "{err}"
        );
        assert!(
            err.contains("`Apache2` in `checklist.project-license`"),
            "{err}"
        );
    }

    #[test]
    fn a_syntax_error_is_reported_alone() {
        let err = Policy::parse("[licenses]\nallwo = [\"MIT\"\n", "p.toml")
            .unwrap_err()
            .to_string();
        assert_eq!(err.matches("p.toml:").count(), 1, "{err}");
        assert!(!err.contains("allwo`"), "{err}");
    }

    #[test]
    fn unknown_keys_are_errors_with_a_suggestion() {
        let err = Policy::parse("[licenses]\nallwo = []\n", "p.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("p.toml:2:1: unknown key `allwo`"), "{err}");
        assert!(err.contains("did you mean `allow`?"), "{err}");
    }

    #[test]
    fn exceptions_are_checked() {
        let text = "[[exceptions]]\npackage = \"npm/x\"\nlicense = \"CC-BY-4\"\nreason = \"\"\nexpires = 2027-01-01T00:00:00Z\n";
        let err = Policy::parse(text, "p.toml").unwrap_err().to_string();
        assert!(
            err.contains("p.toml:2:12: `npm/x` is not a package URL"),
            "{err}"
        );
        assert!(
            err.contains("p.toml:3:12: exception license `CC-BY-4`"),
            "{err}"
        );
        assert!(err.contains("needs a `reason`"), "{err}");
        assert!(
            err.contains("p.toml:5:11: `expires` must be a date"),
            "{err}"
        );
    }

    #[test]
    fn exception_matching_and_expiry() {
        let text = "[[exceptions]]\npackage = \"pkg:npm/@babel/core@7.1.0\"\nlicense = \"CC-BY-4.0\"\nreason = \"r\"\nexpires = 2027-06-30\n";
        let policy = Policy::parse(text, "p.toml").unwrap();
        let exc = &policy.exceptions[0];
        assert!(exc.package.matches("pkg:npm/%40babel/core@7.1.0"));
        assert!(!exc.package.matches("pkg:npm/%40babel/core@7.1.1"));
        assert!(!exc.is_expired("2027-06-30"));
        assert!(exc.is_expired("2027-07-01"));
        let quoted =
            Policy::parse(&text.replace("2027-06-30", "\"2027-06-30\""), "p.toml").unwrap();
        assert_eq!(quoted.exceptions[0].expires.as_deref(), Some("2027-06-30"));
    }

    #[test]
    fn deprecated_ids_are_accepted_with_a_warning() {
        let policy =
            Policy::parse("[licenses]\ndeny = [\"GPL-2.0\", \"GPL-2.0+\"]\n", "p").unwrap();
        assert_eq!(policy.licenses.deny[0].to_string(), "GPL-2.0-only");
        assert_eq!(policy.licenses.deny[1].to_string(), "GPL-2.0-or-later");
        assert_eq!(
            policy.warnings,
            [
                "p:2:10: `GPL-2.0` in `licenses.deny` is a deprecated SPDX id; read as `GPL-2.0-only`, write that instead",
                "p:2:21: `GPL-2.0+` in `licenses.deny` is a deprecated SPDX id; read as `GPL-2.0-or-later`, write that instead",
            ]
        );
    }

    #[test]
    fn extends_merges_child_over_parent() {
        let policy = Policy::parse(
            "extends = \"default\"\n[policy]\nname = \"child\"\n[licenses]\nallow = [\"MPL-2.0\"]\n",
            "p",
        )
        .unwrap();
        assert_eq!(policy.name, "child");
        assert_eq!(policy.extends, ["embedded:default"]);
        assert!(
            policy
                .licenses
                .allow
                .iter()
                .any(|l| l.to_string() == "MPL-2.0")
        );
        assert!(
            !policy
                .licenses
                .review
                .iter()
                .any(|l| l.to_string() == "MPL-2.0")
        );
        assert!(!policy.licenses.deny_categories.is_empty());
        let err = Policy::parse("extends = \"nope\"\n", "p")
            .unwrap_err()
            .to_string();
        assert!(err.contains("p:1:11: `extends = \"nope\"`"), "{err}");
    }

    #[test]
    fn builtin_categories_follow_the_distribution() {
        let policy = Policy::parse("[policy]\ndistribution = \"internal\"\n", "p").unwrap();
        assert!(policy.builtin_categories);
        assert!(
            policy
                .licenses
                .allow_categories
                .contains(&Category::StrongCopyleft)
        );
        let policy =
            Policy::parse("[licenses]\nallow-categories = [\"permissive\"]\n", "p").unwrap();
        assert!(!policy.builtin_categories);
        assert!(policy.licenses.deny_categories.is_empty());
        let err = Policy::parse("[licenses]\nallow-categories = [\"permisive\"]\n", "p")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown category `permisive` (did you mean `permissive`?)"),
            "{err}"
        );
    }
}
