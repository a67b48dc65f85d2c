//! `--format spdx`: an SPDX 2.3 JSON document.
//!
//! The field names are the ones `ecosystems/sbom.rs` reads, so ossdoo can evaluate its own SBOM
//! with `--sbom`. Deterministic like the JSON report: packages and relationships are sorted,
//! `creationInfo.created` is the Unix epoch unless `--timestamp` is given, and
//! `documentNamespace` is derived from a SHA-256 of the document's content. Documented in
//! `docs/output-formats.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::bom::{self, Subject, UniqueIds};
use super::{RenderOptions, ScanReport};
use crate::model::Scope;
use crate::policy::eval::Evaluated;

/// What the document says where it knows nothing.
const NOASSERTION: &str = "NOASSERTION";

/// The `extractedText` of a `LicenseRef-` whose text ossdoo does not have.
const TEXT_NOT_INCLUDED: &str =
    // i18n: an SBOM field, in the SBOM's language
    "The license text is not included; see the package's license files.";

/// The whole document.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Document {
    spdx_version: &'static str,
    data_license: &'static str,
    #[serde(rename = "SPDXID")]
    spdx_id: &'static str,
    name: String,
    document_namespace: String,
    creation_info: CreationInfo,
    document_describes: Vec<String>,
    packages: Vec<Package>,
    relationships: Vec<Relationship>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    has_extracted_licensing_infos: Vec<ExtractedLicense>,
}

/// Who made the document, and when.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreationInfo {
    created: String,
    creators: Vec<String>,
    /// The SPDX license list version of the ids ossdoo knows (`3.29`).
    license_list_version: String,
}

/// One package: a subject (the scanned projects' own packages) or a third-party package.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Package {
    #[serde(rename = "SPDXID")]
    spdx_id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    version_info: Option<String>,
    download_location: &'static str,
    files_analyzed: bool,
    license_concluded: String,
    license_declared: String,
    copyright_text: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    external_refs: Vec<ExternalRef>,
    primary_package_purpose: &'static str,
    /// A declared license that is no SPDX expression (`BSD-style`, `SEE LICENSE IN …`): it is
    /// written as a `LicenseRef-` of its own, once the document's ids are known.
    #[serde(skip)]
    declared_text: Option<String>,
}

/// A package's purl.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ExternalRef {
    reference_category: &'static str,
    reference_type: &'static str,
    reference_locator: String,
}

/// One relationship between two SPDX elements.
#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "camelCase")]
struct Relationship {
    spdx_element_id: String,
    relationship_type: &'static str,
    related_spdx_element: String,
}

/// A `LicenseRef-` used in the document.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ExtractedLicense {
    license_id: String,
    extracted_text: String,
    name: String,
}

/// Writes the report as an SPDX 2.3 JSON document followed by a newline.
pub fn render(report: &ScanReport, options: RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut document = document(report);
    // The namespace is derived from everything else, rendered with the fixed creation time, so
    // it names this content whatever `--timestamp` says.
    let content = serde_json::to_vec(&document)?;
    let digest = Sha256::digest(&content);
    let hash = crate::model::hex(&digest[..8]);
    document.document_namespace = format!(
        "https://spdx.org/spdxdocs/ossdoo-{}-{hash}",
        sanitize(&document.name)
    );
    document.creation_info.created = bom::creation_time(options.timestamp);
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

/// The document with an empty namespace and the fixed creation time.
fn document(report: &ScanReport) -> Document {
    let subjects = bom::subjects(report);
    let mut ids = UniqueIds::default();
    let mut packages = Vec::new();
    let mut subject_ids = Vec::new();
    for subject in &subjects {
        let id = ids.claim(format!(
            "SPDXRef-Project-{}",
            sanitize(&joined(&[&subject.name, subject.version]))
        ));
        packages.push(subject_package(subject, id.clone()));
        subject_ids.push(id);
    }
    let name = document_name(report, &subjects);
    if subject_ids.is_empty() {
        // Nothing was collected (no project, or every one failed): the document still describes
        // the scanned folder, as SPDX validators require.
        let id = ids.claim(format!("SPDXRef-Project-{}", sanitize(&name)));
        packages.push(folder_package(&name, id.clone()));
        subject_ids.push(id);
    }
    let mut package_ids = Vec::new();
    for evaluated in &report.packages {
        let p = &evaluated.resolved.package;
        let id = ids.claim(format!(
            "SPDXRef-Package-{}",
            sanitize(&joined(&[p.ecosystem.as_str(), &p.name, &p.version]))
        ));
        packages.push(third_party_package(evaluated, id.clone()));
        package_ids.push(id);
    }
    let declared = declared_refs(&mut packages);
    let mut relationships = Vec::new();
    for subject_id in &subject_ids {
        relationships.push(Relationship {
            spdx_element_id: "SPDXRef-DOCUMENT".to_owned(),
            relationship_type: "DESCRIBES",
            related_spdx_element: subject_id.clone(),
        });
    }
    for (subject, subject_id) in subjects.iter().zip(&subject_ids) {
        for (evaluated, package_id) in report.packages.iter().zip(&package_ids) {
            if !bom::uses(subject.project, evaluated) {
                continue;
            }
            let (from, kind, to) = match evaluated.resolved.package.scope {
                Scope::Runtime => (subject_id, "DEPENDS_ON", package_id),
                Scope::Optional => (package_id, "OPTIONAL_DEPENDENCY_OF", subject_id),
                Scope::Build => (package_id, "BUILD_DEPENDENCY_OF", subject_id),
                Scope::Dev => (package_id, "DEV_DEPENDENCY_OF", subject_id),
                // An image or root file system holds its OS packages.
                Scope::Os => (subject_id, "CONTAINS", package_id),
            };
            relationships.push(Relationship {
                spdx_element_id: from.clone(),
                relationship_type: kind,
                related_spdx_element: to.clone(),
            });
        }
    }
    relationships.sort();
    relationships.dedup();
    Document {
        spdx_version: "SPDX-2.3",
        data_license: "CC0-1.0",
        spdx_id: "SPDXRef-DOCUMENT",
        name,
        document_namespace: String::new(),
        creation_info: CreationInfo {
            created: bom::FIXED_TIME.to_owned(),
            creators: vec![format!("Tool: ossdoo-{}", env!("CARGO_PKG_VERSION"))],
            license_list_version: license_list_version(),
        },
        document_describes: subject_ids,
        has_extracted_licensing_infos: extracted_licenses(&packages, declared),
        packages,
        relationships,
    }
}

/// The package of a subject: what the project declares, shown as concluded too (ossdoo does not
/// judge a project's own license).
fn subject_package(subject: &Subject<'_>, spdx_id: String) -> Package {
    Package {
        spdx_id,
        name: subject.name.clone(),
        version_info: Some(subject.version.to_owned()).filter(|v| !v.is_empty()),
        download_location: NOASSERTION,
        files_analyzed: false,
        license_concluded: or_noassertion(bom::spdx_text(subject.license)),
        license_declared: or_noassertion(bom::declared_spdx(subject.declared)),
        copyright_text: NOASSERTION,
        external_refs: subject.purl.iter().map(|purl| purl_ref(purl)).collect(),
        primary_package_purpose: "APPLICATION",
        declared_text: not_spdx(subject.declared),
    }
}

/// The package of the scanned folder, when no project was collected.
fn folder_package(name: &str, spdx_id: String) -> Package {
    Package {
        spdx_id,
        name: name.to_owned(),
        version_info: None,
        download_location: NOASSERTION,
        files_analyzed: false,
        license_concluded: NOASSERTION.to_owned(),
        license_declared: NOASSERTION.to_owned(),
        copyright_text: NOASSERTION,
        external_refs: Vec::new(),
        primary_package_purpose: "SOURCE",
        declared_text: None,
    }
}

/// The package of a third-party dependency.
fn third_party_package(evaluated: &Evaluated, spdx_id: String) -> Package {
    let resolved = &evaluated.resolved;
    let p = &resolved.package;
    let concluded = resolved
        .license
        .as_ref()
        .filter(|e| bom::fits_spdx_2_3(e))
        .map(ToString::to_string);
    Package {
        spdx_id,
        name: p.name.clone(),
        version_info: Some(p.version.clone()).filter(|v| !v.is_empty()),
        download_location: NOASSERTION,
        files_analyzed: false,
        license_concluded: or_noassertion(concluded),
        license_declared: or_noassertion(bom::declared_spdx(p.declared.as_deref())),
        copyright_text: NOASSERTION,
        external_refs: vec![purl_ref(&p.purl)],
        primary_package_purpose: "LIBRARY",
        declared_text: not_spdx(p.declared.as_deref()),
    }
}

fn purl_ref(purl: &str) -> ExternalRef {
    ExternalRef {
        reference_category: "PACKAGE-MANAGER",
        reference_type: "purl",
        reference_locator: purl.to_owned(),
    }
}

fn or_noassertion(license: Option<String>) -> String {
    license.unwrap_or_else(|| NOASSERTION.to_owned())
}

/// A declared license, trimmed, when it is not empty and SPDX cannot say it.
fn not_spdx(declared: Option<&str>) -> Option<String> {
    let declared = declared.map(str::trim).filter(|d| !d.is_empty())?;
    bom::declared_spdx(Some(declared))
        .is_none()
        .then(|| declared.to_owned())
}

/// Gives each declared text that is no SPDX expression a `LicenseRef-` of its own, written as
/// the packages' `licenseDeclared`: one per distinct text, made of the text's letters and digits
/// (`BSD-style`), with `-2`, `-3`, … when two texts (or a `LicenseRef-` the document already
/// uses) would share one. Returns the ids and their texts.
fn declared_refs(packages: &mut [Package]) -> BTreeMap<String, String> {
    let mut ids = UniqueIds::default();
    for package in packages.iter() {
        for expression in [&package.license_concluded, &package.license_declared] {
            for id in bom::license_refs(expression) {
                ids.reserve(id);
            }
        }
    }
    let texts: BTreeSet<String> = packages
        .iter()
        .filter_map(|p| p.declared_text.clone())
        .collect();
    let by_text: BTreeMap<String, String> = texts
        .into_iter()
        .map(|text| {
            let id = ids.claim(format!("LicenseRef-{}", ref_name(&text)));
            (text, id)
        })
        .collect();
    for package in packages.iter_mut() {
        if let Some(id) = package.declared_text.as_ref().and_then(|t| by_text.get(t)) {
            package.license_declared = id.clone();
        }
    }
    by_text.into_iter().map(|(text, id)| (id, text)).collect()
}

/// The idstring of a declared text's `LicenseRef-`: its letters, digits and dots, other runs
/// of characters as one `-`, at most 64 characters; `declared` when nothing is left.
fn ref_name(text: &str) -> String {
    let mut name = String::new();
    for c in sanitize(text).chars() {
        if c == '-' && (name.is_empty() || name.ends_with('-')) {
            continue;
        }
        if name.len() >= 64 {
            break;
        }
        name.push(c);
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "declared".to_owned()
    } else {
        name.to_owned()
    }
}

/// Every `LicenseRef-` the packages use, sorted, each once. A declared text's carries that text
/// (`declared`: id → text); ossdoo has no texts for the others.
fn extracted_licenses(
    packages: &[Package],
    declared: BTreeMap<String, String>,
) -> Vec<ExtractedLicense> {
    let mut refs = BTreeMap::new();
    for package in packages {
        for expression in [&package.license_concluded, &package.license_declared] {
            for id in bom::license_refs(expression) {
                if declared.contains_key(&id) {
                    continue;
                }
                let name = id.trim_start_matches("LicenseRef-").replace('-', " ");
                refs.entry(id)
                    .or_insert_with(|| (TEXT_NOT_INCLUDED.to_owned(), name));
            }
        }
    }
    for (id, text) in declared {
        refs.insert(id, (text.clone(), text));
    }
    refs.into_iter()
        .map(|(license_id, (extracted_text, name))| ExtractedLicense {
            license_id,
            extracted_text,
            name,
        })
        .collect()
}

/// The document's name: the scanned folder's name (`polyglot` for `fixtures/polyglot`), else the
/// first subject's, else `ossdoo-scan`.
fn document_name(report: &ScanReport, subjects: &[Subject<'_>]) -> String {
    std::path::Path::new(&report.root)
        .components()
        .next_back()
        .and_then(|c| match c {
            std::path::Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        })
        .or_else(|| subjects.first().map(|s| s.name.clone()))
        .unwrap_or_else(|| "ossdoo-scan".to_owned())
}

/// The license list version (`3.29`) of the spdx crate's ids: SPDX wants `major.minor`.
fn license_list_version() -> String {
    let mut parts = spdx::identifiers::VERSION.split('.');
    match (parts.next(), parts.next()) {
        (Some(major), Some(minor)) => format!("{major}.{minor}"),
        _ => spdx::identifiers::VERSION.to_owned(),
    }
}

/// The non-empty parts, joined with `-`.
fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("-")
}

/// An SPDX id's idstring (also safe in a URI path): letters, digits, `.` and `-`; anything
/// else becomes `-`.
fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_sanitized() {
        assert_eq!(sanitize("npm-@babel/core-7.26.0"), "npm--babel-core-7.26.0");
        assert_eq!(
            sanitize("maven-org.slf4j:slf4j-api-2.0.16"),
            "maven-org.slf4j-slf4j-api-2.0.16"
        );
    }

    #[test]
    fn declared_texts_get_refs_of_their_own() {
        assert_eq!(ref_name("BSD-style"), "BSD-style");
        assert_eq!(
            ref_name("SEE LICENSE IN LICENSE.txt"),
            "SEE-LICENSE-IN-LICENSE.txt"
        );
        assert_eq!(ref_name(" (c) Acme, Inc. "), "c-Acme-Inc.");
        assert_eq!(ref_name("©"), "declared");
        assert_eq!(ref_name(&"x ".repeat(100)).len(), 63);
        assert_eq!(not_spdx(Some("MIT")), None);
        assert_eq!(not_spdx(Some("MIT/Apache-2.0")), None);
        assert_eq!(not_spdx(Some(" BSD ")).as_deref(), Some("BSD"));
        assert_eq!(not_spdx(Some("  ")), None);

        let package = |declared: Option<&str>, concluded: &str| Package {
            spdx_id: String::new(),
            name: String::new(),
            version_info: None,
            download_location: NOASSERTION,
            files_analyzed: false,
            license_concluded: concluded.to_owned(),
            license_declared: or_noassertion(bom::declared_spdx(declared)),
            copyright_text: NOASSERTION,
            external_refs: Vec::new(),
            primary_package_purpose: "LIBRARY",
            declared_text: not_spdx(declared),
        };
        let mut packages = vec![
            package(Some("BSD style"), NOASSERTION),
            package(Some("MIT"), "MIT"),
            package(Some("BSD/style"), "LicenseRef-Acme"),
            package(Some("BSD style"), NOASSERTION),
            package(Some("Acme"), NOASSERTION),
        ];
        let declared = declared_refs(&mut packages);
        let written: Vec<&str> = packages
            .iter()
            .map(|p| p.license_declared.as_str())
            .collect();
        assert_eq!(
            written,
            [
                "LicenseRef-BSD-style",
                "MIT",
                "LicenseRef-BSD-style-2",
                "LicenseRef-BSD-style",
                "LicenseRef-Acme-2"
            ]
        );
        let extracted = extracted_licenses(&packages, declared);
        let infos: Vec<(&str, &str, &str)> = extracted
            .iter()
            .map(|e| {
                (
                    e.license_id.as_str(),
                    e.extracted_text.as_str(),
                    e.name.as_str(),
                )
            })
            .collect();
        assert_eq!(
            infos,
            [
                ("LicenseRef-Acme", TEXT_NOT_INCLUDED, "Acme"),
                ("LicenseRef-Acme-2", "Acme", "Acme"),
                ("LicenseRef-BSD-style", "BSD style", "BSD style"),
                ("LicenseRef-BSD-style-2", "BSD/style", "BSD/style"),
            ]
        );
    }

    #[test]
    fn list_version_is_major_minor() {
        let version = license_list_version();
        assert_eq!(version.split('.').count(), 2, "{version}");
    }
}
