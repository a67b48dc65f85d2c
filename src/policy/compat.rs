//! Outbound license compatibility: may a dependency's license go into a project released under
//! the project's own (outbound) license, given how the project reaches its users?
//!
//! The data is `compatibility.toml` (its header says where the rules come from, how they are read
//! and how to update them), compiled in and parsed once on first use. [`check`] judges one
//! dependency requirement, [`check_expression`] a whole dependency expression;
//! docs/compatibility.md explains the rules in plain words.

use std::collections::HashSet;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::Deserialize;
use spdx::expression::{ExprNode, Operator};

use crate::license::catalog::{self, Category};

/// The compatibility table as shipped.
const COMPATIBILITY_TOML: &str = include_str!("compatibility.toml");

pub use super::raw::Distribution;

/// Why a dependency's license cannot go into the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// One sentence for humans, from the deciding rule.
    pub why: String,
    /// Where the rule comes from (an https URL).
    pub source: String,
}

/// Checks one dependency requirement against the project's (outbound) license expression. The
/// project expression may itself be `A OR B` (the project offers a choice: compatible if
/// compatible with ANY outbound branch) or `A AND B` (all must be compatible). Returns None when
/// compatible.
///
/// When every branch of an `OR` conflicts, the conflict reported is the left-most branch's.
pub fn check(
    project: &spdx::Expression,
    dependency: &spdx::LicenseReq,
    distribution: Distribution,
) -> Option<Conflict> {
    fold(project, |outbound| {
        decide(outbound, dependency, distribution)
            .into_iter()
            .collect()
    })
    .into_iter()
    .next()
}

/// Checks a whole dependency expression: `OR` → compatible if any branch is; `AND` → every term
/// must be. Returns the conflicts of the deciding branch (empty = compatible).
///
/// When every branch of an `OR` conflicts, the branch with the fewest conflicts decides (the
/// left-most of equals). A conflict is listed once even if several terms share it.
pub fn check_expression(
    project: &spdx::Expression,
    dependency: &spdx::Expression,
    distribution: Distribution,
) -> Vec<Conflict> {
    fold(dependency, |req| {
        check(project, req, distribution).into_iter().collect()
    })
}

/// The verdict of the first rule that matches one outbound and one inbound requirement.
fn decide(
    outbound: &spdx::LicenseReq,
    inbound: &spdx::LicenseReq,
    distribution: Distribution,
) -> Option<Conflict> {
    let project = Term::outbound(outbound);
    let dependency = Term::inbound(inbound);
    let rule = deciding_rule(&project, &dependency, distribution)?;
    (rule.verdict == Verdict::Incompatible).then(|| rule.conflict())
}

/// The first rule that matches, or None for a dependency under the project's own license (family)
/// and for one no rule names.
fn deciding_rule(
    project: &Term,
    dependency: &Term,
    distribution: Distribution,
) -> Option<&'static Rule> {
    if project.family() == dependency.family() {
        return None;
    }
    rules()
        .iter()
        .find(|rule| rule.applies(project, dependency, distribution))
}

/// Evaluates an expression bottom-up: each requirement gives its conflicts (`leaf`), `AND` keeps
/// those of both sides, `OR` the side with fewer (an empty side makes the `OR` compatible).
fn fold(
    expression: &spdx::Expression,
    mut leaf: impl FnMut(&spdx::LicenseReq) -> Vec<Conflict>,
) -> Vec<Conflict> {
    let mut stack: Vec<Vec<Conflict>> = Vec::new();
    for node in expression.iter() {
        match node {
            ExprNode::Req(req) => stack.push(leaf(&req.req)),
            ExprNode::Op(op) => {
                // A parsed expression always has two operands here; a missing one counts as none.
                let right = stack.pop().unwrap_or_default();
                let left = stack.pop().unwrap_or_default();
                stack.push(combine(*op, left, right));
            }
        }
    }
    stack.pop().unwrap_or_default()
}

/// The conflicts of `left OP right`.
fn combine(op: Operator, mut left: Vec<Conflict>, right: Vec<Conflict>) -> Vec<Conflict> {
    match op {
        Operator::And => {
            for conflict in right {
                if !left.contains(&conflict) {
                    left.push(conflict);
                }
            }
            left
        }
        Operator::Or if right.len() < left.len() => right,
        Operator::Or => left,
    }
}

/// One requirement as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    /// The catalog category (outbound: `other` counts as proprietary).
    category: Category,
    /// The license id, GNU ids in their `-only` / `-or-later` spelling, refs as `LicenseRef-X`.
    id: String,
    /// The `WITH` addition as written, if any.
    exception: Option<String>,
}

impl Term {
    /// The project's side: a license the catalog cannot place is judged as closed source.
    fn outbound(req: &spdx::LicenseReq) -> Term {
        let mut term = Term::inbound(req);
        if term.category == Category::Other {
            term.category = Category::Proprietary;
        }
        term
    }

    /// The dependency's side.
    fn inbound(req: &spdx::LicenseReq) -> Term {
        let id = match &req.license {
            spdx::LicenseItem::Spdx { id, or_later } => canonical_name(*id, *or_later).to_owned(),
            spdx::LicenseItem::Other(other) => other.to_string(),
        };
        Term {
            category: catalog::category_of(req),
            id,
            exception: req.addition.as_ref().map(ToString::to_string),
        }
    }

    /// The license without its version suffix: `GPL-2.0-only` and `GPL-2.0-or-later` are one
    /// family, and a dependency under the project's own family is always compatible.
    fn family(&self) -> &str {
        self.id
            .strip_suffix("-only")
            .or_else(|| self.id.strip_suffix("-or-later"))
            .unwrap_or(&self.id)
    }
}

/// A GNU id in its `-only` / `-or-later` spelling (deprecated `GPL-2.0` → `GPL-2.0-only`, `GPL-2.0+`
/// or an `or_later` flag → `GPL-2.0-or-later`); any other id as it is (a non-GNU `X+` stays `X`).
fn canonical_name(id: spdx::LicenseId, or_later: bool) -> &'static str {
    if !id.is_gnu() {
        return id.name;
    }
    let (stem, later) = match id.name.strip_suffix('+') {
        Some(stem) => (stem, true),
        None => (id.name, or_later),
    };
    if stem.ends_with("-or-later") {
        return id.name;
    }
    let stem = stem.strip_suffix("-only").unwrap_or(stem);
    spdx::gnu_license_id(stem, later).map_or(id.name, |gnu| gnu.name)
}

/// Whether a matching rule allows or forbids the combination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Verdict {
    /// Carves an exception out of a later, broader rule.
    Compatible,
    /// The dependency cannot go into the project.
    Incompatible,
}

/// One entry of a rule's `outbound` or `inbound` list.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    /// Any license of this catalog category.
    Category(Category),
    /// This license (exact id), with any `WITH` addition or only the one named.
    License {
        /// The SPDX id or `LicenseRef-` id.
        id: String,
        /// When set, only requirements with this exception match.
        exception: Option<String>,
    },
    /// Any license with this SPDX exception (`WITH EXC`).
    Exception(String),
}

impl Pattern {
    /// Parses and validates one entry (see the header of `compatibility.toml`).
    fn parse(text: &str) -> Result<Pattern, String> {
        if let Some(exception) = text.strip_prefix("WITH ") {
            return exception_name(exception).map(Pattern::Exception);
        }
        if let Ok(category) = Category::from_str(text) {
            return Ok(Pattern::Category(category));
        }
        let (license, exception) = match text.split_once(" WITH ") {
            Some((license, exception)) => (license, Some(exception_name(exception)?)),
            None => (text, None),
        };
        Ok(Pattern::License {
            id: license_name(license)?,
            exception,
        })
    }

    /// Whether a requirement matches this entry.
    fn matches(&self, term: &Term) -> bool {
        match self {
            Pattern::Category(category) => term.category == *category,
            Pattern::License { id, exception } => {
                term.id == *id
                    && exception
                        .as_ref()
                        .is_none_or(|e| term.exception.as_ref() == Some(e))
            }
            Pattern::Exception(exception) => term.exception.as_ref() == Some(exception),
        }
    }
}

/// An SPDX exception id, exactly as the spdx crate spells it.
fn exception_name(text: &str) -> Result<String, String> {
    match spdx::exception_id(text) {
        Some(id) => Ok(id.name.to_owned()),
        // i18n: checks of the shipped table, for ossdoo's engineers
        None => Err(format!("`{text}` is not an SPDX exception id")),
    }
}

/// A license id a requirement can carry: an exact SPDX id in its canonical spelling, or a
/// `LicenseRef-`.
fn license_name(text: &str) -> Result<String, String> {
    if text.starts_with("LicenseRef-") {
        return spdx::Licensee::parse(text)
            .map(|_| text.to_owned())
            .map_err(|e| format!("`{text}`: {}", e.reason));
    }
    let id = spdx::license_id(text)
        .filter(|id| id.name == text)
        .ok_or_else(|| {
            // i18n: checks of the shipped table, for ossdoo's engineers
            format!("`{text}` is neither a license category nor an exact SPDX license id")
        })?;
    match canonical_name(id, false) {
        name if name == text => Ok(text.to_owned()),
        name => Err(format!(
            // i18n: checks of the shipped table, for ossdoo's engineers
            "`{text}` never matches: requirements are read as `{name}` (write `-only` or `-or-later`)"
        )),
    }
}

/// One parsed rule.
#[derive(Debug, Clone)]
struct Rule {
    /// The rule's name in docs/compatibility.md.
    #[cfg_attr(
        not(test),
        expect(
            dead_code,
            // i18n: a lint's reason, for ossdoo's engineers
            reason = "findings carry `why` and `source`; tests name rules"
        )
    )]
    id: String,
    /// Matches the project's license.
    outbound: Vec<Pattern>,
    /// Matches the dependency's license.
    inbound: Vec<Pattern>,
    /// The modes in which the rule applies.
    distribution: Vec<Distribution>,
    /// What the rule decides.
    verdict: Verdict,
    /// One sentence for humans, in English and in French.
    why: String,
    why_fr: String,
    /// An https URL backing the rule.
    source: String,
}

impl Rule {
    /// Whether the rule decides this project / dependency / mode.
    fn applies(&self, project: &Term, dependency: &Term, distribution: Distribution) -> bool {
        self.distribution.contains(&distribution)
            && self.outbound.iter().any(|p| p.matches(project))
            && self.inbound.iter().any(|p| p.matches(dependency))
    }

    /// The finding an incompatible rule reports.
    fn conflict(&self) -> Conflict {
        Conflict {
            why: match crate::i18n::current() {
                crate::i18n::Lang::En => self.why.clone(),
                crate::i18n::Lang::Fr => self.why_fr.clone(),
            },
            source: self.source.clone(),
        }
    }
}

/// `compatibility.toml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    /// The rules, in precedence order.
    rule: Vec<RawRule>,
}

/// One `[[rule]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    /// Unique name.
    id: String,
    /// Patterns for the project's license.
    outbound: Vec<String>,
    /// Patterns for the dependency's license.
    inbound: Vec<String>,
    /// Modes the rule applies in.
    distribution: Vec<Distribution>,
    /// What the rule decides.
    verdict: Verdict,
    /// One sentence for humans.
    why: String,
    /// The same sentence in French.
    #[serde(rename = "why-fr")]
    why_fr: String,
    /// An https URL.
    source: String,
}

/// Parses the table, reporting every problem (unknown ids, empty lists, duplicate rule ids, ...).
fn parse_table(text: &str) -> Result<Vec<Rule>, Vec<String>> {
    let raw: RawTable = toml::from_str(text).map_err(|e| vec![e.to_string()])?;
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut rules = Vec::new();
    for raw in raw.rule {
        if !seen.insert(raw.id.clone()) {
            // i18n: checks of the shipped table, for ossdoo's engineers
            problems.push(format!("rule `{}`: the id is used twice", raw.id));
        }
        if let Some(rule) = parse_rule(raw, &mut problems) {
            rules.push(rule);
        }
    }
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}

/// Validates one rule; None (with its problems recorded) when it is not usable.
fn parse_rule(raw: RawRule, problems: &mut Vec<String>) -> Option<Rule> {
    let before = problems.len();
    let mut patterns = |list: &[String], key: &str| -> Vec<Pattern> {
        if list.is_empty() {
            problems.push(format!("rule `{}`: `{key}` is empty", raw.id));
        }
        list.iter()
            .filter_map(|text| {
                Pattern::parse(text)
                    .map_err(|e| problems.push(format!("rule `{}`, `{key}`: {e}", raw.id)))
                    .ok()
            })
            .collect()
    };
    let outbound = patterns(&raw.outbound, "outbound");
    let inbound = patterns(&raw.inbound, "inbound");
    if raw.distribution.is_empty() {
        problems.push(format!("rule `{}`: `distribution` is empty", raw.id));
    }
    if raw.why.trim().is_empty() {
        problems.push(format!("rule `{}`: `why` is empty", raw.id));
    }
    if raw.why_fr.trim().is_empty() {
        problems.push(format!("rule `{}`: `why-fr` is empty", raw.id));
    }
    if !raw.source.starts_with("https://") {
        // i18n: checks of the shipped table, for ossdoo's engineers
        problems.push(format!("rule `{}`: `source` must be an https URL", raw.id));
    }
    if problems.len() != before {
        return None;
    }
    Some(Rule {
        id: raw.id,
        outbound,
        inbound,
        distribution: raw.distribution,
        verdict: raw.verdict,
        why: raw.why,
        why_fr: raw.why_fr,
        source: raw.source,
    })
}

/// The parsed table.
fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        parse_table(COMPATIBILITY_TOML).unwrap_or_else(|problems| {
            panic!(
                "src/policy/compatibility.toml is invalid (the compat tests say where): {problems:?}"
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use Distribution::{Distributed, Internal, NetworkService};

    /// The plain-words documentation of the table.
    const DOCS: &str = include_str!("../../docs/compatibility.md");

    /// The one requirement of `text` (lax, so that `GPL-2.0+` parses too).
    fn req(text: &str) -> spdx::LicenseReq {
        let expr = spdx::Expression::parse_mode(text, spdx::ParseMode::LAX).expect(text);
        let reqs: Vec<_> = expr.requirements().map(|r| r.req.clone()).collect();
        assert_eq!(reqs.len(), 1, "{text} has one requirement");
        reqs.into_iter().next().unwrap()
    }

    /// A strict expression.
    fn expr(text: &str) -> spdx::Expression {
        spdx::Expression::parse(text).expect(text)
    }

    /// The rule id that decides a case, or None when no rule matches.
    fn rule_id(project: &str, dependency: &str, mode: Distribution) -> Option<&'static str> {
        let project = Term::outbound(&req(project));
        let dependency = Term::inbound(&req(dependency));
        deciding_rule(&project, &dependency, mode).map(|r| r.id.as_str())
    }

    #[test]
    fn table_is_valid() {
        // Every id, exception and category named in the table is checked by `parse_table`.
        if let Err(problems) = parse_table(COMPATIBILITY_TOML) {
            panic!("compatibility.toml:\n  {}", problems.join("\n  "));
        }
        assert!(!rules().is_empty());
    }

    #[test]
    fn every_named_license_and_category_is_known() {
        for rule in rules() {
            for pattern in rule.outbound.iter().chain(&rule.inbound) {
                match pattern {
                    Pattern::Category(c) => assert_eq!(Category::from_str(c.as_str()), Ok(*c)),
                    Pattern::License { id, exception } => {
                        let with = exception
                            .as_ref()
                            .map_or(String::new(), |e| format!(" WITH {e}"));
                        let text = format!("{id}{with}");
                        let known = spdx::license_id(id).is_some_and(|l| l.name == id)
                            || spdx::Licensee::parse(&text).is_ok();
                        assert!(known, "rule `{}`: {text}", rule.id);
                    }
                    Pattern::Exception(e) => {
                        assert!(spdx::exception_id(e).is_some(), "rule `{}`: {e}", rule.id)
                    }
                }
            }
        }
    }

    #[test]
    fn bad_entries_are_reported() {
        for (text, expected) in [
            ("weak copyleft", "neither a license category"),
            ("NOPE-1.0", "neither a license category"),
            ("MIT+", "neither a license category"),
            ("GPL-2.0", "write `-only` or `-or-later`"),
            ("WITH NOPE", "not an SPDX exception id"),
            ("MIT WITH NOPE", "not an SPDX exception id"),
        ] {
            let err = Pattern::parse(text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
        let table = "[[rule]]\nid = \"a\"\noutbound = []\ninbound = [\"NOPE\"]\ndistribution = []\nverdict = \"compatible\"\nwhy = \"\"\nwhy-fr = \"\"\nsource = \"http://x\"\n";
        let problems = parse_table(&format!("{table}\n{table}")).unwrap_err();
        assert_eq!(problems.len(), 13, "{problems:#?}");
    }

    #[test]
    fn internal_use_is_never_incompatible() {
        for rule in rules() {
            assert!(
                !(rule.verdict == Verdict::Incompatible && rule.distribution.contains(&Internal)),
                "rule `{}` makes internal use incompatible",
                rule.id
            );
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in rules() {
            assert!(
                DOCS.contains(&format!("`{}`", rule.id)),
                "docs/compatibility.md does not describe rule `{}`",
                rule.id
            );
        }
    }

    #[test]
    fn ids_are_read_in_their_gnu_spelling() {
        for (text, id) in [
            ("GPL-2.0", "GPL-2.0-only"),
            ("GPL-2.0+", "GPL-2.0-or-later"),
            ("GPL-2.0-or-later", "GPL-2.0-or-later"),
            ("LGPL-2.1+", "LGPL-2.1-or-later"),
            ("Apache-1.1+", "Apache-1.1"),
            ("LicenseRef-Acme", "LicenseRef-Acme"),
        ] {
            assert_eq!(Term::inbound(&req(text)).id, id, "{text}");
        }
        let or_later = spdx::LicenseReq {
            license: spdx::LicenseItem::Spdx {
                id: spdx::license_id("GPL-3.0-only").unwrap(),
                or_later: true,
            },
            addition: None,
        };
        assert_eq!(Term::inbound(&or_later).id, "GPL-3.0-or-later");
        assert_eq!(
            Term::outbound(&req("LicenseRef-Acme")).category,
            Category::Proprietary
        );
    }

    /// (project, dependency, mode, deciding rule or None, conflict?)
    #[rustfmt::skip]
    const CASES: &[(&str, &str, Distribution, Option<&str>, bool)] = &[
        // Strong copyleft into non-copyleft projects.
        ("Apache-2.0", "GPL-3.0-only", Distributed, Some("strong-copyleft-into-non-copyleft"), true),
        ("Apache-2.0", "GPL-3.0-only", Internal, None, false),
        ("Apache-2.0", "GPL-3.0-only", NetworkService, None, false),
        ("LicenseRef-Proprietary", "GPL-2.0-or-later", Distributed, Some("strong-copyleft-into-non-copyleft"), true),
        ("MPL-2.0", "GPL-2.0-only", Distributed, Some("strong-copyleft-into-non-copyleft"), true),
        ("LGPL-2.1-or-later", "GPL-3.0-only", Distributed, Some("strong-copyleft-into-non-copyleft"), true),
        // Network copyleft.
        ("Apache-2.0", "AGPL-3.0-only", NetworkService, Some("network-copyleft"), true),
        ("Apache-2.0", "AGPL-3.0-only", Distributed, Some("network-copyleft"), true),
        ("Apache-2.0", "AGPL-3.0-only", Internal, None, false),
        ("GPL-2.0-only", "AGPL-3.0-only", NetworkService, Some("network-copyleft"), true),
        ("GPL-3.0-only", "AGPL-3.0-or-later", NetworkService, Some("agpl3-into-gpl3"), false),
        ("AGPL-3.0-only", "AGPL-3.0-or-later", NetworkService, None, false),
        ("AGPL-3.0-or-later", "SSPL-1.0", NetworkService, Some("network-copyleft"), true),
        ("AGPL-3.0-only", "GPL-2.0-only", NetworkService, Some("agpl3-network"), true),
        ("AGPL-3.0-only", "LicenseRef-Proprietary", NetworkService, Some("agpl3-network"), true),
        // GPL-2.0-only projects (FSF list).
        ("GPL-2.0-only", "Apache-2.0", Distributed, Some("gpl2-only-vs-v3"), true),
        ("GPL-2.0-only", "Apache-2.0", NetworkService, None, false),
        ("GPL-2.0-only", "GPL-3.0-only", Distributed, Some("gpl2-only-vs-v3"), true),
        ("GPL-2.0-only", "GPL-3.0-or-later", Distributed, Some("gpl2-only-vs-v3"), true),
        ("GPL-2.0-only", "LGPL-3.0-only", Distributed, Some("gpl2-only-vs-v3"), true),
        ("GPL-2.0-only", "AGPL-3.0-only", Distributed, Some("gpl2-only-vs-v3"), true),
        ("GPL-2.0-only", "MPL-1.1", Distributed, Some("gpl-incompatible"), true),
        ("GPL-2.0-only", "CDDL-1.0", Distributed, Some("gpl-incompatible"), true),
        ("GPL-2.0-only", "EPL-1.0", Distributed, Some("gpl-incompatible"), true),
        ("GPL-2.0-only", "EPL-2.0", Distributed, Some("gpl-incompatible"), true),
        ("GPL-2.0", "Apache-2.0", Distributed, Some("gpl2-only-vs-v3"), true),
        ("GPL-2.0-only", "Apache-2.0 WITH LLVM-exception", Distributed, Some("llvm-exception-gpl2"), false),
        ("GPL-2.0-only", "GPL-2.0-or-later", Distributed, None, false),
        ("GPL-2.0-only", "LGPL-2.1-only", Distributed, None, false),
        ("GPL-2.0-only", "MIT", Distributed, None, false),
        ("LGPL-2.1-only", "Apache-2.0", Distributed, Some("gpl2-only-vs-v3"), true),
        ("LGPL-2.1-only", "LGPL-3.0-or-later", Distributed, Some("gpl2-only-vs-v3"), true),
        // GPL-2.0-or-later projects: take version-3 code as GPL-3.0.
        ("GPL-2.0-or-later", "Apache-2.0", Distributed, Some("apache2-into-gpl3"), false),
        ("GPL-2.0+", "GPL-3.0-only", Distributed, Some("or-later-takes-v3"), false),
        ("GPL-2.0-or-later", "GPL-2.0-only", Distributed, None, false),
        ("GPL-2.0-or-later", "CDDL-1.0", Distributed, Some("gpl-incompatible"), true),
        ("LGPL-2.1-or-later", "LGPL-3.0-only", Distributed, Some("lgpl-or-later-takes-v3"), false),
        // GPL-3.0 projects.
        ("GPL-3.0-only", "Apache-2.0", Distributed, Some("apache2-into-gpl3"), false),
        ("GPL-3.0-only", "GPL-2.0-only", Distributed, Some("gpl3-vs-gpl2-only"), true),
        ("GPL-3.0-or-later", "GPL-2.0-or-later", Distributed, None, false),
        ("GPL-3.0-only", "LGPL-2.1-only", Distributed, None, false),
        ("GPL-3.0-only", "CDDL-1.0", Distributed, Some("gpl-incompatible"), true),
        ("GPL-3.0-only", "EPL-1.0", Distributed, Some("gpl-incompatible"), true),
        ("GPL-3.0-only", "MPL-1.1", Distributed, Some("gpl-incompatible"), true),
        ("LGPL-3.0-only", "GPL-2.0-only", Distributed, Some("gpl3-vs-gpl2-only"), true),
        ("LGPL-3.0-or-later", "EPL-2.0", Distributed, Some("gpl-incompatible"), true),
        // MPL-2.0 and its secondary licenses.
        ("GPL-3.0-only", "MPL-2.0", Distributed, Some("mpl2-secondary-license"), false),
        ("GPL-2.0-only", "MPL-2.0", Distributed, Some("mpl2-secondary-license"), false),
        ("AGPL-3.0-only", "MPL-2.0", NetworkService, Some("mpl2-secondary-license"), false),
        ("GPL-2.0-only", "MPL-2.0-no-copyleft-exception", Distributed, Some("gpl-incompatible"), true),
        // LGPL and linking exceptions.
        ("MIT", "LGPL-2.1-only", Distributed, Some("lgpl-linked"), false),
        ("LicenseRef-Proprietary", "LGPL-3.0-or-later", Distributed, Some("lgpl-linked"), false),
        ("MIT", "GPL-2.0-only WITH Classpath-exception-2.0", Distributed, Some("linking-exception"), false),
        ("GPL-3.0-only", "GPL-2.0-only WITH Classpath-exception-2.0", Distributed, Some("linking-exception"), false),
        ("LicenseRef-Proprietary", "GPL-3.0-or-later WITH GCC-exception-3.1", Distributed, Some("linking-exception"), false),
        ("MIT", "GPL-3.0-or-later WITH Bison-exception-2.2", Distributed, Some("generated-output-exception"), false),
        ("MIT", "GPL-3.0-only WITH GPL-3.0-linking-exception", Distributed, Some("strong-copyleft-into-non-copyleft"), true),
        // Closed dependencies.
        ("LicenseRef-Proprietary", "MIT", Distributed, None, false),
        ("LicenseRef-Proprietary", "LicenseRef-Commercial", Distributed, None, false),
        ("MIT", "LicenseRef-Proprietary", Distributed, Some("closed-into-open"), true),
        ("MIT", "LicenseRef-Proprietary", NetworkService, None, false),
        ("GPL-3.0-only", "BUSL-1.1", Distributed, Some("closed-into-open"), true),
        ("LicenseRef-Proprietary", "BUSL-1.1", Distributed, None, false),
        ("LicenseRef-Proprietary", "Elastic-2.0", NetworkService, Some("source-available-service"), true),
        ("MIT", "CC-BY-NC-4.0", Distributed, Some("non-commercial"), true),
        ("LicenseRef-Proprietary", "CC-BY-NC-4.0", NetworkService, Some("non-commercial"), true),
        ("LicenseRef-Proprietary", "CC-BY-NC-4.0", Internal, None, false),
        ("CC-BY-NC-SA-4.0", "CC-BY-NC-4.0", Distributed, None, false),
        // An unplaceable project license is judged as closed source.
        ("LicenseRef-Acme", "GPL-3.0-only", Distributed, Some("strong-copyleft-into-non-copyleft"), true),
    ];

    #[test]
    fn rule_families() {
        for &(project, dependency, mode, rule, conflict) in CASES {
            let case = format!("{project} ← {dependency} ({})", mode.as_str());
            assert_eq!(rule_id(project, dependency, mode), rule, "{case}");
            let found = check(&expr_lax(project), &req(dependency), mode);
            assert_eq!(found.is_some(), conflict, "{case}: {found:?}");
        }
    }

    /// A lax expression (the cases use deprecated spellings too).
    fn expr_lax(text: &str) -> spdx::Expression {
        spdx::Expression::parse_mode(text, spdx::ParseMode::LAX).expect(text)
    }

    #[test]
    fn internal_use_finds_nothing_for_any_case() {
        for &(project, dependency, _, _, _) in CASES {
            assert_eq!(check(&expr_lax(project), &req(dependency), Internal), None);
        }
    }

    #[test]
    fn conflicts_carry_why_and_source() {
        let conflict = check(&expr("Apache-2.0"), &req("GPL-3.0-only"), Distributed).unwrap();
        assert!(conflict.why.contains("strong-copyleft"), "{conflict:?}");
        assert_eq!(
            conflict.source,
            "https://www.gnu.org/licenses/gpl-faq.html#GPLInProprietarySystem"
        );
    }

    #[test]
    fn project_expressions() {
        // `OR`: the project offers a choice; the GPL branch takes the GPL dependency.
        let choice = expr("Apache-2.0 OR GPL-2.0-only");
        assert_eq!(check(&choice, &req("GPL-2.0-only"), Distributed), None);
        assert!(check(&choice, &req("CDDL-1.0"), Distributed).is_none());
        let both = check(
            &expr("MIT OR Apache-2.0"),
            &req("GPL-2.0-only"),
            Distributed,
        );
        assert!(both.is_some());
        // `AND`: every part of the project must accept the dependency.
        let all = expr("MIT AND GPL-2.0-only");
        let conflict = check(&all, &req("Apache-2.0"), Distributed).unwrap();
        assert!(conflict.why.contains("version-2-only"), "{conflict:?}");
        assert_eq!(check(&all, &req("BSD-3-Clause"), Distributed), None);
    }

    #[test]
    fn dependency_expressions() {
        let mit = expr("MIT");
        let check_dep = |dep: &str, mode| check_expression(&mit, &expr(dep), mode);
        assert!(check_dep("MIT OR GPL-3.0-only", Distributed).is_empty());
        assert!(check_dep("GPL-3.0-only OR MIT", Distributed).is_empty());
        assert_eq!(check_dep("MIT AND GPL-3.0-only", Distributed).len(), 1);
        // Both terms conflict for the same reason: listed once.
        assert_eq!(
            check_dep("GPL-2.0-only AND GPL-3.0-only", Distributed).len(),
            1
        );
        assert_eq!(
            check_dep("GPL-3.0-only AND LicenseRef-Proprietary", Distributed).len(),
            2
        );
        // `OR` of two failing branches: the one with fewer conflicts decides.
        let fewer = check_dep(
            "(GPL-3.0-only AND LicenseRef-Proprietary) OR AGPL-3.0-only",
            Distributed,
        );
        assert_eq!(fewer.len(), 1);
        assert!(fewer[0].why.contains("network"), "{fewer:?}");
        assert!(check_dep("MIT AND GPL-3.0-only", Internal).is_empty());
        let gpl2 = expr("GPL-2.0-only");
        assert!(
            check_expression(
                &gpl2,
                &expr("EPL-2.0 OR GPL-2.0-or-later WITH Classpath-exception-2.0"),
                Distributed
            )
            .is_empty()
        );
    }

    #[test]
    fn distribution_names() {
        for mode in Distribution::ALL {
            let json = serde_json::to_string(mode).unwrap();
            assert_eq!(json, format!("\"{}\"", mode.as_str()));
        }
        assert_eq!(Distribution::default(), Distributed);
    }
}
