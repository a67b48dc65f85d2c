//! Package URLs (purl), the identifier every report uses for a package.
//!
//! Spec: <https://github.com/package-url/purl-spec>. Namespace, name and version are
//! percent-encoded; only the unreserved characters `A-Z a-z 0-9 . - _ ~` stay as they are.

use crate::model::Ecosystem;

/// Builds the purl of a package, e.g. `pkg:npm/%40babel/core@7.26.0` or `pkg:cargo/serde@1.0.210`.
pub fn build(ecosystem: Ecosystem, name: &str, version: &str) -> String {
    let mut purl = format!("pkg:{}/", ecosystem.purl_type());
    match ecosystem {
        // npm scopes are the purl namespace: `@babel/core` → `%40babel/core`.
        Ecosystem::Npm => match name.split_once('/') {
            Some((scope, rest)) if scope.starts_with('@') => {
                encode_into(&mut purl, scope);
                purl.push('/');
                encode_into(&mut purl, rest);
            }
            _ => encode_into(&mut purl, name),
        },
        Ecosystem::Cargo => encode_into(&mut purl, name),
        // PEP 503 normalised, as the purl spec asks for pypi names.
        Ecosystem::Python => {
            encode_into(&mut purl, &crate::ecosystems::python::normalize_name(name))
        }
    }
    if !version.is_empty() {
        purl.push('@');
        encode_into(&mut purl, version);
    }
    purl
}

fn encode_into(out: &mut String, segment: &str) {
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
}

/// Splits a purl into its base (`pkg:type/namespace/name`, with `%40` decoded to `@`) and its
/// version, if it has one.
pub fn split(purl: &str) -> (String, Option<&str>) {
    let name_start = purl.rfind('/').map_or(0, |i| i + 1);
    let (base, version) = match purl[name_start..].find('@') {
        Some(at) => (&purl[..name_start + at], Some(&purl[name_start + at + 1..])),
        None => (purl, None),
    };
    (base.replace("%40", "@"), version)
}

/// Whether `purl` starts with `pkg:<type>/` for an ecosystem ossdoo knows.
pub fn is_known_type(purl: &str) -> bool {
    let Some(rest) = purl.strip_prefix("pkg:") else {
        return false;
    };
    Ecosystem::ALL.iter().any(|e| {
        rest.strip_prefix(e.purl_type())
            .is_some_and(|r| r.starts_with('/') && r.len() > 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! purl {
        ($eco:ident, $name:literal, $version:literal => $expected:literal) => {
            assert_eq!(build(Ecosystem::$eco, $name, $version), $expected);
        };
    }

    #[test]
    fn encodes_segments() {
        purl!(Cargo, "serde", "1.0.210" => "pkg:cargo/serde@1.0.210");
        purl!(Npm, "@babel/core", "7.26.0" => "pkg:npm/%40babel/core@7.26.0");
        purl!(Npm, "lodash", "4.17.21" => "pkg:npm/lodash@4.17.21");
        purl!(Cargo, "windows_x86_64_gnu", "0.52.6" => "pkg:cargo/windows_x86_64_gnu@0.52.6");
        purl!(Npm, "x", "1.0.0+build.5" => "pkg:npm/x@1.0.0%2Bbuild.5");
        purl!(Npm, "no-version", "" => "pkg:npm/no-version");
        purl!(Python, "Django_REST.framework", "3.15.2" => "pkg:pypi/django-rest-framework@3.15.2");
    }

    #[test]
    fn splits_and_checks_purls() {
        assert_eq!(
            split("pkg:npm/%40babel/core@7.26.0"),
            ("pkg:npm/@babel/core".to_owned(), Some("7.26.0"))
        );
        assert_eq!(
            split("pkg:cargo/serde"),
            ("pkg:cargo/serde".to_owned(), None)
        );
        assert!(is_known_type("pkg:cargo/serde"));
        assert!(!is_known_type("pkg:cargo/"));
        assert!(!is_known_type("npm/serde"));
        assert!(!is_known_type("pkg:gem/rails"));
    }
}
