//! Package URLs (purl), the identifier every report uses for a package.
//!
//! Spec: <https://github.com/package-url/purl-spec>. Namespace, name and version are
//! percent-encoded; only the unreserved characters `A-Z a-z 0-9 . - _ ~` stay as they are.

use crate::model::Ecosystem;

/// Builds the purl of an operating-system package: the distribution as the namespace and
/// qualifiers in the order given, e.g.
/// `pkg:deb/debian/openssl@3.0.15-1~deb12u1?arch=amd64&distro=debian-12`.
pub fn build_os(
    ecosystem: Ecosystem,
    namespace: &str,
    name: &str,
    version: &str,
    qualifiers: &[(&str, &str)],
) -> String {
    let mut purl = format!("pkg:{}/", ecosystem.purl_type());
    if !namespace.is_empty() {
        encode_into(&mut purl, namespace);
        purl.push('/');
    }
    encode_into(&mut purl, name);
    if !version.is_empty() {
        purl.push('@');
        encode_into(&mut purl, version);
    }
    let mut separator = '?';
    for (key, value) in qualifiers.iter().filter(|(_, v)| !v.is_empty()) {
        purl.push(separator);
        purl.push_str(key);
        purl.push('=');
        encode_into(&mut purl, value);
        separator = '&';
    }
    purl
}

/// Builds the purl of a package, e.g. `pkg:npm/%40babel/core@7.26.0` or `pkg:cargo/serde@1.0.210`.
pub fn build(ecosystem: Ecosystem, name: &str, version: &str) -> String {
    let mut purl = String::with_capacity(8 + name.len() + version.len());
    purl.push_str("pkg:");
    purl.push_str(ecosystem.purl_type());
    purl.push('/');
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
        Ecosystem::Cargo
        | Ecosystem::Gem
        | Ecosystem::Nuget
        | Ecosystem::Deb
        | Ecosystem::Apk
        | Ecosystem::Rpm
        | Ecosystem::Generic => encode_into(&mut purl, name),
        // `github.com/spf13/cobra`, `symfony/console`: namespace segments stay separate.
        Ecosystem::Go | Ecosystem::Composer => encode_path(&mut purl, name.split('/')),
        // `org.slf4j:slf4j-api` → `org.slf4j/slf4j-api`.
        Ecosystem::Maven => encode_path(&mut purl, name.split(':')),
        // PEP 503 normalised, as the purl spec asks for pypi names.
        Ecosystem::Python => encode_into(&mut purl, &pypi_name(name)),
    }
    if !version.is_empty() {
        purl.push('@');
        encode_into(&mut purl, version);
    }
    purl
}

fn encode_path<'a>(out: &mut String, segments: impl Iterator<Item = &'a str>) {
    for (i, segment) in segments.enumerate() {
        if i > 0 {
            out.push('/');
        }
        encode_into(out, segment);
    }
}

fn encode_into(out: &mut String, segment: &str) {
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xF)] as char);
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

/// A parsed package URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The ecosystem of its type; [`Ecosystem::Generic`] for types ossdoo has no adapter for.
    pub ecosystem: Ecosystem,
    pub namespace: Option<String>,
    pub name: String,
    pub version: Option<String>,
    /// The purl without qualifiers and subpath.
    pub base: String,
}

impl Parsed {
    /// The package's name as its ecosystem writes it: `group:artifact` for Maven,
    /// `@scope/name`, `github.com/x/y`, `vendor/name` with a namespace, else the name.
    pub fn package_name(&self) -> String {
        match (&self.namespace, self.ecosystem) {
            (Some(namespace), Ecosystem::Maven) => format!("{namespace}:{}", self.name),
            // The distribution (`debian`, `alpine`) is not part of an OS package's name.
            (Some(_), Ecosystem::Deb | Ecosystem::Apk | Ecosystem::Rpm) => self.name.clone(),
            (Some(namespace), _) => format!("{namespace}/{}", self.name),
            (None, _) => self.name.clone(),
        }
    }
}

/// Parses `pkg:type/namespace/name@version?qualifiers#subpath`; `None` if it is not a purl.
pub fn parse(purl: &str) -> Option<Parsed> {
    let rest = purl.trim().strip_prefix("pkg:")?;
    let base = rest.split(['?', '#']).next().unwrap_or(rest);
    let (purl_type, path) = base.trim_start_matches('/').split_once('/')?;
    let (path, version) = match path.rfind('@') {
        Some(at) if at > path.rfind('/').map_or(0, |s| s + 1) || !path.contains('/') => {
            (&path[..at], Some(decode(&path[at + 1..])))
        }
        _ => (path, None),
    };
    let mut segments: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(decode)
        .collect();
    let name = segments.pop().filter(|n| !n.is_empty())?;
    let ecosystem = Ecosystem::from_purl_type(&purl_type.to_ascii_lowercase());
    Some(Parsed {
        ecosystem,
        namespace: (!segments.is_empty()).then(|| segments.join("/")),
        name,
        version: version.filter(|v| !v.is_empty()),
        base: format!("pkg:{base}"),
    })
}

/// Percent-decoding (invalid escapes are kept as they are).
fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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

/// A Python package name as PyPI compares it (PEP 503, and the purl spec): lower case, runs of
/// `-`, `_` and `.` become one `-`.
pub fn pypi_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut separator = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            separator = true;
            continue;
        }
        if separator && !out.is_empty() {
            out.push('-');
        }
        separator = false;
        out.extend(c.to_lowercase());
    }
    out
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
        purl!(Go, "github.com/BurntSushi/toml", "v1.3.2" => "pkg:golang/github.com/BurntSushi/toml@v1.3.2");
        purl!(Maven, "org.slf4j:slf4j-api", "2.0.9" => "pkg:maven/org.slf4j/slf4j-api@2.0.9");
        purl!(Composer, "symfony/console", "v6.4.1" => "pkg:composer/symfony/console@v6.4.1");
        purl!(Gem, "rack", "3.0.8" => "pkg:gem/rack@3.0.8");
        purl!(Nuget, "Newtonsoft.Json", "13.0.3" => "pkg:nuget/Newtonsoft.Json@13.0.3");
        purl!(Generic, "zlib", "" => "pkg:generic/zlib");
    }

    #[test]
    fn builds_os_purls() {
        assert_eq!(
            build_os(
                Ecosystem::Deb,
                "debian",
                "openssl",
                "3.0.15-1~deb12u1",
                &[("arch", "amd64"), ("distro", "debian-12")]
            ),
            "pkg:deb/debian/openssl@3.0.15-1~deb12u1?arch=amd64&distro=debian-12"
        );
        assert_eq!(
            build_os(
                Ecosystem::Apk,
                "alpine",
                "musl",
                "1.2.5-r0",
                &[("arch", ""), ("distro", "alpine-3.20.3")]
            ),
            "pkg:apk/alpine/musl@1.2.5-r0?distro=alpine-3.20.3"
        );
        assert_eq!(
            build_os(Ecosystem::Rpm, "", "bash", "5.1", &[]),
            "pkg:rpm/bash@5.1"
        );
    }

    #[test]
    fn parses_purls() {
        let p = parse("pkg:maven/org.slf4j/slf4j-api@2.0.9?type=jar").unwrap();
        assert_eq!(
            (p.ecosystem, p.package_name()),
            (Ecosystem::Maven, "org.slf4j:slf4j-api".to_owned())
        );
        assert_eq!(p.version.as_deref(), Some("2.0.9"));
        assert_eq!(p.base, "pkg:maven/org.slf4j/slf4j-api@2.0.9");
        let p = parse("pkg:npm/%40babel/core@7.26.0").unwrap();
        assert_eq!(p.package_name(), "@babel/core");
        let p = parse("pkg:golang/github.com/go-chi/chi/v5@v5.2.0").unwrap();
        assert_eq!(p.package_name(), "github.com/go-chi/chi/v5");
        let p = parse("pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64").unwrap();
        assert_eq!(
            (p.ecosystem, p.package_name()),
            (Ecosystem::Deb, "openssl".to_owned())
        );
        assert_eq!(parse("pkg:pypi/requests").unwrap().version, None);
        assert_eq!(parse("npm/x"), None);
        assert_eq!(parse("pkg:npm/"), None);
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
        assert!(is_known_type("pkg:gem/rails"));
        assert!(!is_known_type("pkg:hex/phoenix"));
    }
}
