//! Resolution: from the license a package declares to an SPDX expression, with its provenance.
//!
//! Strict SPDX parsing first, then the spdx crate's lax canonicalisation (`MIT/Apache-2.0`,
//! `Apache 2`, `GPL-2.0+`), recorded as `normalized`. Whatever still does not parse stays
//! unresolved, with the declared text kept for the report.

pub mod catalog;
pub mod detect;
pub mod files;

use serde::Serialize;

use crate::model::Package;

/// Where a package's concluded license came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LicenseSource {
    /// The declared string is a valid SPDX expression as written.
    Declared,
    /// The declared string became valid SPDX after canonicalisation (`MIT/Apache-2.0`).
    Normalized,
    /// Nothing usable was declared.
    None,
}

impl LicenseSource {
    pub fn as_str(self) -> &'static str {
        match self {
            LicenseSource::Declared => "declared",
            LicenseSource::Normalized => "normalized",
            LicenseSource::None => "none",
        }
    }
}

/// A package with its concluded license.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub package: Package,
    /// The concluded SPDX expression, `None` when it could not be determined.
    pub license: Option<spdx::Expression>,
    pub source: LicenseSource,
}

impl Resolved {
    /// The concluded expression as text (canonical SPDX syntax).
    pub fn license_text(&self) -> Option<String> {
        self.license.as_ref().map(ToString::to_string)
    }
}

/// Resolves every package's license.
pub fn resolve_all(packages: Vec<Package>) -> Vec<Resolved> {
    packages.into_iter().map(resolve).collect()
}

/// Resolves the licenses of the projects' own packages (shown, not judged).
pub fn resolve_members(projects: &mut [crate::ecosystems::Project]) {
    for member in projects.iter_mut().flat_map(|p| &mut p.members) {
        let declared = member.declared.as_deref().unwrap_or_default();
        member.license = parse_declared(declared).0.map(|e| e.to_string());
    }
}

/// Resolves one package's license.
pub fn resolve(package: Package) -> Resolved {
    let (license, source) = match package.declared.as_deref() {
        Some(declared) => parse_declared(declared),
        None => (None, LicenseSource::None),
    };
    Resolved {
        package,
        license,
        source,
    }
}

/// Parses a declared license string: strict SPDX, then canonicalised.
pub fn parse_declared(declared: &str) -> (Option<spdx::Expression>, LicenseSource) {
    let trimmed = declared.trim();
    if trimmed.is_empty() {
        return (None, LicenseSource::None);
    }
    if let Ok(expr) = spdx::Expression::parse(trimmed) {
        return (Some(expr), LicenseSource::Declared);
    }
    let canonical = spdx::Expression::canonicalize(trimmed).ok().flatten();
    match canonical.and_then(|c| spdx::Expression::parse(&c).ok()) {
        Some(expr) => (Some(expr), LicenseSource::Normalized),
        None => (None, LicenseSource::None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! resolves {
        ($declared:literal => $expected:literal, $source:ident) => {
            let (expr, source) = parse_declared($declared);
            assert_eq!(
                expr.map(|e| e.to_string()).as_deref(),
                Some($expected),
                "{}",
                $declared
            );
            assert_eq!(source, LicenseSource::$source, "{}", $declared);
        };
        ($declared:literal => none) => {
            let (expr, source) = parse_declared($declared);
            assert!(expr.is_none(), "{} should not resolve", $declared);
            assert_eq!(source, LicenseSource::None);
        };
    }

    #[test]
    fn strict_expressions_are_kept_as_written() {
        resolves!("MIT" => "MIT", Declared);
        resolves!("MIT OR Apache-2.0" => "MIT OR Apache-2.0", Declared);
        resolves!("(MIT OR Apache-2.0) AND Unicode-3.0" => "(MIT OR Apache-2.0) AND Unicode-3.0", Declared);
        resolves!("Apache-2.0 WITH LLVM-exception" => "Apache-2.0 WITH LLVM-exception", Declared);
        resolves!("  ISC " => "ISC", Declared);
    }

    #[test]
    fn lax_expressions_are_canonicalised() {
        resolves!("MIT/Apache-2.0" => "MIT OR Apache-2.0", Normalized);
        resolves!("mit" => "MIT", Normalized);
        resolves!("GPL-2.0+" => "GPL-2.0-or-later", Normalized);
        resolves!("Apache-2.0 / MIT" => "Apache-2.0 OR MIT", Normalized);
    }

    #[test]
    fn garbage_is_unresolved() {
        resolves!("" => none);
        resolves!("SEE LICENSE IN LICENSE.txt" => none);
        resolves!("Proprietary and confidential" => none);
    }
}
