//! Repeated findings, grouped once for the reports people read (table, Markdown, HTML).
//!
//! Packages whose one license finding has the same rule, severity and message, the same verdict
//! and the same license situation (concluded expression, declared text, the license an exception
//! would accept) and that belong to one family make one group when there are at least
//! [`MIN_MEMBERS`] of them. A family is:
//! - with a namespace (npm scope, Maven group, Go module path, Composer vendor): the namespace,
//!   `@aws-sdk/*`, except for operating-system packages, whose namespace is the distribution;
//! - otherwise (and for operating-system packages): the first part of the name up to and with its
//!   first `-`, `_` or `.`, `azure-*`; a name without one has no family.
//!
//! The group's pattern is the purl of its namespace, then the longest name prefix its members
//! share that ends at a separator, then `*` (`pkg:npm/%40img/sharp-libvips-*`). A group is made
//! only when that pattern names exactly its members among the packages the policy judged (not
//! ignored): its one remedy, a `[[clarify]]` or `[[exceptions]]` keyed by the pattern, then
//! settles the group and touches no other package of the scan. Otherwise the packages stay rows
//! of their own.
//!
//! Machine formats (JSON, SARIF, JUnit, CSV, SBOMs) never use groups: they list every package.

use std::collections::BTreeMap;

use crate::model::Ecosystem;
use crate::policy::PackagePattern;
use crate::policy::eval::{Evaluated, Finding, Rule, Severity, Verdict};

/// The fewest packages that make a group. Two rows take no more room than a group row with its
/// list, and two packages of one family sharing a situation is as often chance as a family
/// trait; from three on, one row and one policy entry save reading and pasting.
pub const MIN_MEMBERS: usize = 3;

/// Packages of one family with the same finding, shown as one row with one remedy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The policy pattern that names the members: `pkg:npm/%40img/sharp-libvips-*`.
    pub pattern: String,
    /// The family as people read it: the pattern without `pkg:<type>/`, `%40` as `@`
    /// (`@img/sharp-libvips-*`; Maven's `com.google.guava:*`).
    pub family: String,
    pub rule: Rule,
    pub severity: Severity,
    pub verdict: Verdict,
    /// The members' finding message (the same for all).
    pub message: String,
    /// The members' positions in `ScanReport::packages`, in that (sorted) order.
    pub members: Vec<usize>,
    /// The one policy entry that settles every member's finding.
    pub remedy: String,
}

/// What members of one group share.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    ecosystem: Ecosystem,
    family: String,
    rule: Rule,
    severity: Severity,
    verdict: Verdict,
    license: Option<String>,
    declared: Option<String>,
    excepted_license: String,
    message: String,
}

/// The groups of a scan, sorted by severity, rule and pattern. `packages` are the report's
/// (sorted) packages and `findings` its findings; `today` dates an exception's expiry.
pub fn find(packages: &[Evaluated], findings: &[Finding], today: &str) -> Vec<Group> {
    // Each package's license findings; a package with more than one (several mismatches) is
    // left alone: one remedy would not settle all of them.
    let mut by_purl: rustc_hash::FxHashMap<&str, Vec<&Finding>> = rustc_hash::FxHashMap::default();
    for finding in findings.iter().filter(|f| f.rule.judges_a_package()) {
        by_purl.entry(&finding.purl).or_default().push(finding);
    }
    let mut candidates: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for (i, evaluated) in packages.iter().enumerate() {
        if by_purl.is_empty() {
            break;
        }
        let purl = evaluated.resolved.package.purl.as_str();
        let Some([finding]) = by_purl.get(purl).map(Vec::as_slice) else {
            continue;
        };
        if finding.remedy.is_none() || evaluated.verdict == Verdict::Ignored {
            continue;
        }
        let Some(family) = family(purl, evaluated.resolved.package.ecosystem) else {
            continue;
        };
        let resolved = &evaluated.resolved;
        let key = Key {
            ecosystem: resolved.package.ecosystem,
            family,
            rule: finding.rule,
            severity: finding.severity,
            verdict: evaluated.verdict,
            license: resolved.license_text(),
            declared: resolved.package.declared.clone(),
            excepted_license: crate::policy::eval::exception_license(
                resolved,
                &evaluated.decided_by,
            ),
            message: finding.message.clone(),
        };
        candidates.entry(key).or_default().push(i);
    }
    // The judged packages' purls without versions (`%40` as `@`), sorted: the packages a
    // pattern `prefix*` names are one run of them.
    let mut groups: Vec<Group> = candidates
        .into_iter()
        .filter(|(_, members)| members.len() >= MIN_MEMBERS)
        .filter_map(|(key, members)| {
            let purls: Vec<&str> = members
                .iter()
                .map(|&i| packages[i].resolved.package.purl.as_str())
                .collect();
            let pattern = pattern_for(&purls, key.ecosystem)?;
            let parsed = PackagePattern::parse(&pattern).ok()?;
            if !purls.iter().all(|purl| parsed.matches(purl)) {
                return None;
            }
            let prefix = parsed.base().strip_suffix('*')?;
            // The judged packages the pattern names: exactly the members, or no group (one
            // pasted entry must not restate the license of packages nobody looked at).
            let named = packages
                .iter()
                .filter(|p| p.verdict != Verdict::Ignored)
                .filter(|p| names(&p.resolved.package.purl, prefix))
                .count();
            if named != members.len() {
                return None;
            }
            let remedy = crate::policy::eval::pattern_remedy(
                key.rule,
                &pattern,
                &packages[members[0]],
                today,
            )?;
            let family = parsed
                .base()
                .split_once('/')
                .map_or(parsed.base(), |(_, rest)| rest);
            // Maven names a package `group:artifact`, and so its family.
            let family = match (key.ecosystem, family.rsplit_once('/')) {
                (Ecosystem::Maven, Some((group, name))) => format!("{group}:{name}"),
                _ => family.to_owned(),
            };
            Some(Group {
                pattern,
                family,
                rule: key.rule,
                severity: key.severity,
                verdict: key.verdict,
                message: key.message,
                members,
                remedy,
            })
        })
        .collect();
    groups.sort_by(|a, b| (a.severity, a.rule, &a.pattern).cmp(&(b.severity, b.rule, &b.pattern)));
    groups
}

/// Whether a package's purl, without its version and with `%40` read as `@` (as
/// [`crate::model::purl::split`] gives it), starts with `prefix`: one pass over a 150,000-package
/// report allocates only for scoped names.
fn names(purl: &str, prefix: &str) -> bool {
    if purl.is_empty() {
        return false;
    }
    let name_start = purl.rfind('/').map_or(0, |i| i + 1);
    let base = match purl[name_start..].find('@') {
        Some(at) => &purl[..name_start + at],
        None => purl,
    };
    if base.contains("%40") {
        base.replace("%40", "@").starts_with(prefix)
    } else {
        base.starts_with(prefix)
    }
}

/// A row of a list of packages as people read it: a package, or a group in the place of its
/// first member.
#[derive(Debug, Clone, Copy)]
pub enum Row<'a> {
    Package(&'a Evaluated),
    Group(&'a Group),
}

/// The rows for `shown` packages (in their order): each group's members folded into one row,
/// where its first shown member was.
pub fn fold<'a>(report: &'a super::ScanReport, shown: &[&'a Evaluated]) -> Vec<Row<'a>> {
    let mut placed = std::collections::HashSet::new();
    let mut rows = Vec::new();
    for &evaluated in shown {
        match report.group_of(&evaluated.resolved.package.purl) {
            Some(group) => {
                if placed.insert(group.pattern.as_str()) {
                    rows.push(Row::Group(group));
                }
            }
            None => rows.push(Row::Package(evaluated)),
        }
    }
    rows
}

/// The separators that end a family's name prefix.
const SEPARATORS: [char; 3] = ['-', '_', '.'];

/// A package's family: its namespace, else (and for operating-system packages, whose
/// namespace is the distribution) the namespace and the first part of its name with the
/// separator after it; `None` when the name has no separator after a first part.
fn family(purl: &str, ecosystem: Ecosystem) -> Option<String> {
    let parsed = crate::model::purl::parse(purl)?;
    let os = matches!(ecosystem, Ecosystem::Deb | Ecosystem::Apk | Ecosystem::Rpm);
    match parsed.namespace {
        Some(namespace) if !os => Some(namespace),
        namespace => {
            let end = parsed.name.find(SEPARATORS).filter(|&at| at > 0)?;
            (end + 1 < parsed.name.len())
                .then(|| format!("{}/{}", namespace.unwrap_or_default(), &parsed.name[..=end]))
        }
    }
}

/// The pattern for a group's purls: their common text up to the name, then the longest name
/// prefix they share that ends at a separator, then `*`. `None` when they do not share the text
/// before the name, or when a package without a namespace would be named by its type alone.
fn pattern_for(purls: &[&str], ecosystem: Ecosystem) -> Option<String> {
    let split = |purl: &'_ str| -> Option<(String, String)> {
        let purl = purl.split(['?', '#']).next().unwrap_or(purl);
        let (base, _) = match purl.rfind('/') {
            Some(slash) => match purl[slash..].find('@') {
                Some(at) => (&purl[..slash + at], &purl[slash + at..]),
                None => (purl, ""),
            },
            None => return None,
        };
        let slash = base.rfind('/')?;
        Some((base[..=slash].to_owned(), base[slash + 1..].to_owned()))
    };
    let parts: Vec<(String, String)> = purls.iter().map(|p| split(p)).collect::<Option<_>>()?;
    let (prefix, first_name) = parts.first()?;
    if parts.iter().any(|(p, _)| p != prefix) {
        return None;
    }
    let mut shared = first_name.as_str();
    for (_, name) in &parts[1..] {
        let len = shared
            .char_indices()
            .zip(name.chars())
            .find(|((_, a), b)| a != b)
            .map_or(shared.len().min(name.len()), |((at, _), _)| at);
        shared = &shared[..len];
    }
    let name_prefix = match shared.rfind(SEPARATORS) {
        Some(at) => &shared[..=at],
        None => "",
    };
    let os = matches!(ecosystem, Ecosystem::Deb | Ecosystem::Apk | Ecosystem::Rpm);
    let has_namespace = prefix.matches('/').count() > 1;
    if name_prefix.is_empty() && (!has_namespace || os) {
        return None;
    }
    Some(format!("{prefix}{name_prefix}*"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_are_namespaces_or_name_prefixes() {
        assert_eq!(
            family("pkg:npm/%40aws-sdk/client-s3@3.0.0", Ecosystem::Npm).as_deref(),
            Some("@aws-sdk")
        );
        assert_eq!(
            family("pkg:pypi/azure-core@1.41.0", Ecosystem::Python).as_deref(),
            Some("/azure-")
        );
        assert_eq!(
            family("pkg:cargo/windows_x86_64_gnu@0.52.6", Ecosystem::Cargo).as_deref(),
            Some("/windows_")
        );
        // No separator, a separator first or last: no family.
        assert_eq!(family("pkg:pypi/msal@1.39.0", Ecosystem::Python), None);
        assert_eq!(family("pkg:npm/-x@1.0.0", Ecosystem::Npm), None);
        assert_eq!(family("pkg:npm/x-@1.0.0", Ecosystem::Npm), None);
        // The distribution is no family: the name's first part is.
        assert_eq!(
            family("pkg:deb/debian/libssl3@3.0.15-1?arch=amd64", Ecosystem::Deb),
            None
        );
        assert_eq!(
            family("pkg:deb/debian/libgcc-s1@12.2.0?arch=amd64", Ecosystem::Deb).as_deref(),
            Some("debian/libgcc-")
        );
    }

    #[test]
    fn patterns_stop_at_a_separator() {
        let p = |purls: &[&str], e| pattern_for(purls, e);
        assert_eq!(
            p(
                &[
                    "pkg:npm/%40img/sharp-libvips-darwin-arm64@1.2.3",
                    "pkg:npm/%40img/sharp-libvips-linux-x64@1.2.3",
                    "pkg:npm/%40img/sharp-libvips-linuxmusl-x64@1.2.3",
                ],
                Ecosystem::Npm
            )
            .as_deref(),
            Some("pkg:npm/%40img/sharp-libvips-*")
        );
        assert_eq!(
            p(
                &[
                    "pkg:npm/%40types/node@22.0.0",
                    "pkg:npm/%40types/express@5.0.0",
                    "pkg:npm/%40types/qs@6.9.0",
                ],
                Ecosystem::Npm
            )
            .as_deref(),
            Some("pkg:npm/%40types/*")
        );
        assert_eq!(
            p(
                &[
                    "pkg:pypi/azure-core@1.41.0",
                    "pkg:pypi/azure-identity@1.19.0",
                    "pkg:pypi/azure-identity@1.20.0",
                ],
                Ecosystem::Python
            )
            .as_deref(),
            Some("pkg:pypi/azure-*")
        );
        assert_eq!(
            p(
                &[
                    "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.0?type=jar",
                    "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.0",
                ],
                Ecosystem::Maven
            )
            .as_deref(),
            Some("pkg:maven/com.fasterxml.jackson.core/jackson-*")
        );
        // A type alone names too much.
        assert_eq!(
            p(&["pkg:pypi/ab-x@1", "pkg:pypi/cd-y@1"], Ecosystem::Python),
            None
        );
        // Different namespaces share no pattern.
        assert_eq!(
            p(
                &["pkg:npm/%40a/x-1@1", "pkg:npm/%40b/x-2@1"],
                Ecosystem::Npm
            ),
            None
        );
    }
}
