//! Package patterns of the policy: a purl that names packages, with
//! - no version: every version (`pkg:npm/caniuse-lite`),
//! - a version: that one (`pkg:npm/caniuse-lite@1.0.30001`),
//! - a range: comparators joined by `,` (`pkg:npm/caniuse-lite@>=1.0.3000,<2`),
//! - a glob: `*` in the name or namespace matches any characters (`pkg:npm/@myorg/*`).

use std::cmp::Ordering;

use crate::i18n::tr;

/// A validated package pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackagePattern {
    /// As written in the policy.
    pub text: String,
    /// `pkg:type/namespace/name`, `%40` read as `@`; may hold `*`.
    base: String,
    version: VersionReq,
}

/// Which versions a pattern takes: the part after its `@`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionReq {
    Any,
    Exact(String),
    Range(Vec<(Comparator, String)>),
}

/// One bound's comparison: `<`, `<=`, `>`, `>=` or `=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl PackagePattern {
    /// Parses a pattern; the error says what a pattern looks like.
    pub fn parse(text: &str) -> Result<PackagePattern, String> {
        let text = text.trim();
        let Some(rest) = text.strip_prefix("pkg:") else {
            return Err(tr!("pattern-not-a-purl", pattern = text));
        };
        let Some((purl_type, path)) = rest.split_once('/') else {
            return Err(tr!("pattern-no-name", pattern = text));
        };
        if purl_type.is_empty()
            || !purl_type
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return Err(tr!("pattern-no-type", pattern = text));
        }
        let name_start = path.rfind('/').map_or(0, |i| i + 1);
        let (path, version) = match path[name_start..].find('@') {
            Some(at) => (&path[..name_start + at], Some(&path[name_start + at + 1..])),
            None => (path, None),
        };
        if path.is_empty() || path.ends_with('/') {
            return Err(tr!("pattern-no-name", pattern = text));
        }
        let version = match version {
            None => VersionReq::Any,
            Some("") => return Err(tr!("pattern-empty-version", pattern = text)),
            Some(v) => VersionReq::parse(v)?,
        };
        Ok(PackagePattern {
            text: text.to_owned(),
            base: format!(
                "pkg:{}/{}",
                purl_type.to_ascii_lowercase(),
                path.replace("%40", "@")
            ),
            version,
        })
    }

    /// Whether a package's purl matches.
    pub fn matches(&self, purl: &str) -> bool {
        let (base, version) = crate::model::purl::split(purl);
        if !glob_matches(&self.base, &base) {
            return false;
        }
        match version {
            Some(have) => self.version.matches(&decode(have)),
            None => self.version == VersionReq::Any,
        }
    }

    /// Whether a package matches, given apart: its purl without the version (as
    /// [`crate::model::purl::split`] gives it) and its version as the package states it.
    pub fn matches_parts(&self, base: &str, version: &str) -> bool {
        glob_matches(&self.base, base) && self.version.matches(version)
    }

    /// `pkg:type/namespace/name` (`%40` read as `@`), with any `*` of the pattern.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Whether the pattern names one exact package version.
    pub fn is_exact(&self) -> bool {
        matches!(self.version, VersionReq::Exact(_)) && !self.base.contains('*')
    }
}

impl VersionReq {
    /// A version (`1.2.3`) or a range of comparators joined by `,` (`>=1.0,<2`).
    pub fn parse(text: &str) -> Result<VersionReq, String> {
        Ok(if text.starts_with(['<', '>', '=']) {
            VersionReq::Range(parse_range(text)?)
        } else {
            VersionReq::Exact(text.to_owned())
        })
    }

    /// Whether a version (decoded, as a package states it) is one of these.
    pub fn matches(&self, have: &str) -> bool {
        match self {
            VersionReq::Any => true,
            VersionReq::Exact(want) => want == have,
            VersionReq::Range(comparators) => comparators.iter().all(|(op, bound)| {
                let order = compare_versions(have, bound);
                match op {
                    Comparator::Lt => order == Ordering::Less,
                    Comparator::Le => order != Ordering::Greater,
                    Comparator::Gt => order == Ordering::Greater,
                    Comparator::Ge => order != Ordering::Less,
                    Comparator::Eq => order == Ordering::Equal,
                }
            }),
        }
    }
}

fn parse_range(text: &str) -> Result<Vec<(Comparator, String)>, String> {
    text.split(',')
        .map(|part| {
            let part = part.trim();
            let (op, rest) = [
                (">=", Comparator::Ge),
                ("<=", Comparator::Le),
                (">", Comparator::Gt),
                ("<", Comparator::Lt),
                ("=", Comparator::Eq),
            ]
            .iter()
            .find_map(|(prefix, op)| part.strip_prefix(prefix).map(|rest| (*op, rest.trim())))
            .ok_or_else(|| tr!("pattern-bound-operator", bound = part))?;
            if rest.is_empty() {
                return Err(tr!("pattern-bound-no-version", bound = part));
            }
            Ok((op, rest.to_owned()))
        })
        .collect()
}

/// Percent-decoding of a purl version (`1.0.0%2Bbuild` → `1.0.0+build`).
fn decode(version: &str) -> String {
    if !version.contains('%') {
        return version.to_owned();
    }
    crate::model::purl::parse(&format!("pkg:generic/x@{version}"))
        .and_then(|p| p.version)
        .unwrap_or_else(|| version.to_owned())
}

/// `*` matches any run of characters (also `/`); everything else matches itself.
fn glob_matches(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || !text[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(at) => rest = &rest[at + middle.len()..],
            None => return false,
        }
    }
    true
}

/// Orders versions of any ecosystem: dot-, dash- and plus-separated parts, numbers by value,
/// other parts by text (`v` prefixes ignored), a pre-release (`1.0.0-rc.1`) before its release.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    fn split(v: &str) -> (Vec<&str>, Option<&str>) {
        let v = v.trim().trim_start_matches(['v', 'V']);
        let v = v.split('+').next().unwrap_or(v);
        match v.split_once('-') {
            Some((core, pre)) => (core.split('.').collect(), Some(pre)),
            None => (v.split('.').collect(), None),
        }
    }
    fn part(a: &str, b: &str) -> Ordering {
        match (a.parse::<u64>(), b.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            (Ok(_), Err(_)) => Ordering::Greater,
            (Err(_), Ok(_)) => Ordering::Less,
            (Err(_), Err(_)) => a.cmp(b),
        }
    }
    let ((core_a, pre_a), (core_b, pre_b)) = (split(a), split(b));
    for i in 0..core_a.len().max(core_b.len()) {
        let order = part(core_a.get(i).unwrap_or(&"0"), core_b.get(i).unwrap_or(&"0"));
        if order != Ordering::Equal {
            return order;
        }
    }
    match (pre_a, pre_b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => {
            let (xs, ys): (Vec<&str>, Vec<&str>) = (x.split('.').collect(), y.split('.').collect());
            for (p, q) in xs.iter().zip(&ys) {
                let order = part(p, q);
                if order != Ordering::Equal {
                    return order;
                }
            }
            xs.len().cmp(&ys.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, purl: &str) -> bool {
        PackagePattern::parse(pattern).unwrap().matches(purl)
    }

    #[test]
    fn versions_ranges_and_globs() {
        assert!(matches(
            "pkg:npm/caniuse-lite",
            "pkg:npm/caniuse-lite@1.0.30001"
        ));
        assert!(matches(
            "pkg:npm/caniuse-lite@1.0.30001",
            "pkg:npm/caniuse-lite@1.0.30001"
        ));
        assert!(!matches(
            "pkg:npm/caniuse-lite@1.0.30001",
            "pkg:npm/caniuse-lite@1.0.30002"
        ));
        assert!(matches(
            "pkg:npm/caniuse-lite@>=1.0.3000,<2",
            "pkg:npm/caniuse-lite@1.0.30001"
        ));
        assert!(!matches(
            "pkg:npm/caniuse-lite@>=1.0.3000,<2",
            "pkg:npm/caniuse-lite@2.0.0"
        ));
        assert!(!matches(
            "pkg:npm/caniuse-lite@>=1.0.3000,<2",
            "pkg:npm/caniuse-lite"
        ));
        assert!(matches("pkg:npm/@myorg/*", "pkg:npm/%40myorg/utils@1.2.3"));
        assert!(!matches("pkg:npm/@myorg/*", "pkg:npm/%40other/utils@1.2.3"));
        assert!(matches(
            "pkg:cargo/windows*",
            "pkg:cargo/windows_x86_64_gnu@0.52.6"
        ));
        assert!(matches(
            "pkg:maven/org.apache.commons/*",
            "pkg:maven/org.apache.commons/commons-lang3@3.12.0"
        ));
        assert!(matches(
            "pkg:npm/x@1.0.0+build.5",
            "pkg:npm/x@1.0.0%2Bbuild.5"
        ));
    }

    #[test]
    fn family_patterns_of_the_reports() {
        // The patterns `report/groups.rs` writes: a namespace as `%40`, then a name prefix.
        let libvips = "pkg:npm/%40img/sharp-libvips-*";
        assert!(matches(
            libvips,
            "pkg:npm/%40img/sharp-libvips-linux-x64@1.2.3"
        ));
        assert!(matches(
            libvips,
            "pkg:npm/@img/sharp-libvips-darwin-arm64@1.2.3"
        ));
        assert!(!matches(libvips, "pkg:npm/%40img/sharp-linux-x64@0.34.4"));
        assert!(matches(
            "pkg:npm/%40aws-sdk/*",
            "pkg:npm/%40aws-sdk/client-s3@3.0.0"
        ));
        assert!(!matches("pkg:npm/%40aws-sdk/*", "pkg:npm/aws-sdk@2.1.0"));
        assert!(matches("pkg:pypi/azure-*", "pkg:pypi/azure-core@1.41.0"));
        assert!(!matches("pkg:pypi/azure-*", "pkg:pypi/azure@4.0.0"));
        assert!(matches(
            "pkg:maven/com.fasterxml.jackson.core/jackson-*",
            "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.0?type=jar"
        ));
        let pattern = PackagePattern::parse(libvips).unwrap();
        assert_eq!(pattern.base(), "pkg:npm/@img/sharp-libvips-*");
        assert!(!pattern.is_exact());
    }

    #[test]
    fn bad_patterns_say_what_to_write() {
        for bad in [
            "npm/x",
            "pkg:npm/",
            "pkg:/x",
            "pkg:npm/x@",
            "pkg:npm/x@>=",
            "pkg:npm/x@>=1,~2",
        ] {
            let err = PackagePattern::parse(bad).unwrap_err();
            assert!(!err.is_empty(), "{bad}");
        }
    }

    #[test]
    fn version_order() {
        assert_eq!(compare_versions("1.10.0", "1.9.0"), Ordering::Greater);
        assert_eq!(compare_versions("1.0.0-rc.1", "1.0.0"), Ordering::Less);
        assert_eq!(compare_versions("v2", "2.0.0"), Ordering::Equal);
        assert_eq!(compare_versions("31.1-jre", "31.1"), Ordering::Less);
    }
}
