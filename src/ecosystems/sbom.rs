//! SBOM input (`--sbom FILE`): the packages of an existing SBOM, evaluated like scanned ones; the
//! way an office checks a container image or a vendor delivery it cannot rebuild.
//!
//! - SPDX 2.2 / 2.3 JSON: `packages` (the purl in `externalRefs` gives ecosystem, name and
//!   version), `licenseConcluded` unless it is `NOASSERTION`, else `licenseDeclared`;
//!   `relationships` give the described root packages, direct dependencies and dev / optional /
//!   build scopes (`DEV_DEPENDENCY_OF`, …).
//! - CycloneDX 1.4–1.6 JSON: `components` (nested ones too), `licenses` (`license.id`,
//!   `license.name`, `license.url` or `expression`; several are alternatives), `scope`
//!   (`optional`, `excluded` = not shipped), `dependencies` from `metadata.component`.
//!
//! The SBOM's root component (what it describes) is the project's own package.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use serde_json::Value;

use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

/// Collects one SBOM file.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let path = ctx.root.join(&root.manifest);
    let bytes = crate::read::bytes(&path).map_err(|e| {
        Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("read-cannot-read", error = e.to_string()),
        )
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') {
        return Err(Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("sbom-xml"),
        ));
    }
    if trimmed.starts_with("SPDXVersion:") {
        return Err(Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("sbom-tag-value"),
        ));
    }
    let document: Value = serde_json::from_str(trimmed).map_err(|e| {
        Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("read-invalid-json", error = e.to_string()),
        )
    })?;
    if document.get("spdxVersion").is_some() {
        let spdx: SpdxDocument = serde_json::from_value(document).map_err(|e| {
            Diagnostic::new(
                &root.manifest,
                crate::i18n::tr!("sbom-invalid-spdx", error = e.to_string()),
            )
        })?;
        Ok(from_spdx(spdx, root))
    } else if document.get("bomFormat").and_then(Value::as_str) == Some("CycloneDX") {
        let bom: CycloneDx = serde_json::from_value(document).map_err(|e| {
            Diagnostic::new(
                &root.manifest,
                crate::i18n::tr!("sbom-invalid-cyclonedx", error = e.to_string()),
            )
        })?;
        Ok(from_cyclonedx(bom, root))
    } else {
        Err(Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("sbom-unknown-format"),
        ))
    }
}

/// A package from an SBOM entry. An entry whose purl type ossdoo has no adapter for (`deb`,
/// `apk`, …) is generic but keeps its purl.
fn sbom_package(
    purl: Option<&str>,
    name: &str,
    version: Option<&str>,
    manifest: &std::path::Path,
) -> Package {
    let (ecosystem, name, version) = identify(purl, name, version);
    let mut package = Package::new(ecosystem, name, version, manifest);
    if let Some(parsed) = purl.and_then(crate::model::purl::parse) {
        if parsed.ecosystem == Ecosystem::Generic {
            package.purl = parsed.base;
        }
    }
    package
}

/// Identity of an SBOM entry: from its purl when it has one, else its name and version.
fn identify(purl: Option<&str>, name: &str, version: Option<&str>) -> (Ecosystem, String, String) {
    match purl.and_then(crate::model::purl::parse) {
        Some(parsed) => {
            let version = parsed
                .version
                .clone()
                .or_else(|| version.map(str::to_owned))
                .unwrap_or_default();
            (parsed.ecosystem, parsed.package_name(), version)
        }
        None => (
            Ecosystem::Generic,
            name.to_owned(),
            version.unwrap_or_default().to_owned(),
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// SPDX 2

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpdxDocument {
    #[serde(rename = "documentDescribes", default)]
    describes: Vec<String>,
    #[serde(default)]
    packages: Vec<SpdxPackage>,
    #[serde(default)]
    relationships: Vec<SpdxRelationship>,
    #[serde(default)]
    has_extracted_licensing_infos: Vec<SpdxExtracted>,
    #[serde(default)]
    creation_info: Option<SpdxCreationInfo>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpdxExtracted {
    license_id: String,
    #[serde(default)]
    extracted_text: String,
    #[serde(default)]
    name: String,
}

#[derive(Debug, Deserialize)]
struct SpdxCreationInfo {
    #[serde(default)]
    creators: Vec<String>,
}

impl SpdxDocument {
    /// The declared text behind a `LicenseRef-` that ossdoo wrote for a declaration SPDX cannot
    /// express (`report::spdx`): read back, it is that text again, so the scan of an SBOM
    /// concludes what the scan that wrote it did. Other tools' `LicenseRef-` ids stay as they
    /// are, since a policy may name them.
    fn declared_text(&self, license: String) -> String {
        let by_ossdoo = self.creation_info.as_ref().is_some_and(|info| {
            info.creators
                .iter()
                .any(|creator| creator.starts_with("Tool: ossdoo-"))
        });
        if !by_ossdoo || !license.starts_with("LicenseRef-") {
            return license;
        }
        self.has_extracted_licensing_infos
            .iter()
            // A declared text's entry has that text as its name too; the entries of the
            // catalog's `LicenseRef-Proprietary` and friends do not.
            .find(|info| {
                info.license_id == license
                    && !info.extracted_text.is_empty()
                    && info.extracted_text == info.name
            })
            .map_or(license, |info| info.extracted_text.clone())
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpdxPackage {
    #[serde(rename = "SPDXID")]
    id: String,
    name: String,
    version_info: Option<String>,
    license_concluded: Option<String>,
    license_declared: Option<String>,
    #[serde(default)]
    external_refs: Vec<SpdxExternalRef>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpdxExternalRef {
    reference_type: String,
    reference_locator: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpdxRelationship {
    spdx_element_id: String,
    relationship_type: String,
    related_spdx_element: String,
}

/// `NOASSERTION` and `NONE` say nothing about the license.
fn spdx_license(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "NOASSERTION" && *v != "NONE")
        .map(str::to_owned)
}

fn from_spdx(document: SpdxDocument, root: &ProjectRoot) -> Collected {
    // Dependency edges as (from, to, scope of the edge).
    let mut edges: Vec<(String, String, Scope)> = Vec::new();
    let mut described = document.describes.clone();
    for r in &document.relationships {
        let (a, b) = (r.spdx_element_id.clone(), r.related_spdx_element.clone());
        let edge = match r.relationship_type.as_str() {
            "DESCRIBES" if a == "SPDXRef-DOCUMENT" => {
                described.push(b);
                continue;
            }
            "DESCRIBED_BY" if b == "SPDXRef-DOCUMENT" => {
                described.push(a);
                continue;
            }
            "DEPENDS_ON" | "CONTAINS" => (a, b, Scope::Runtime),
            "DEPENDENCY_OF" | "RUNTIME_DEPENDENCY_OF" | "CONTAINED_BY" => (b, a, Scope::Runtime),
            "OPTIONAL_DEPENDENCY_OF" => (b, a, Scope::Optional),
            "BUILD_DEPENDENCY_OF" | "BUILD_TOOL_OF" => (b, a, Scope::Build),
            "DEV_DEPENDENCY_OF" | "TEST_DEPENDENCY_OF" | "DEV_TOOL_OF" | "TEST_OF" => {
                (b, a, Scope::Dev)
            }
            _ => continue,
        };
        edges.push(edge);
    }
    described.sort();
    described.dedup();
    // Described packages that depend on something are the subject; described packages with no
    // dependencies (a scanner that describes everything it found) are ordinary packages.
    let roots: Vec<String> = described
        .into_iter()
        .filter(|d| edges.iter().any(|(from, _, _)| from == d))
        .collect();
    let (scopes, direct) = scopes_from_edges(&roots, &edges);
    let mut collected = Collected::default();
    for package in &document.packages {
        let purl = package
            .external_refs
            .iter()
            .find(|r| r.reference_type == "purl")
            .map(|r| r.reference_locator.as_str());
        let declared = spdx_license(package.license_concluded.as_deref())
            .or_else(|| spdx_license(package.license_declared.as_deref()))
            .map(|license| document.declared_text(license));
        let mut entry = sbom_package(
            purl,
            &package.name,
            package.version_info.as_deref(),
            &root.manifest,
        );
        if roots.contains(&package.id) {
            collected.members.push(Member {
                name: entry.name,
                version: entry.version,
                declared,
                license: None,
            });
            continue;
        }
        // A package the roots do not reach is runtime: the SBOM lists it as part of its subject.
        entry.scope = scopes.get(&package.id).copied().unwrap_or(Scope::Runtime);
        entry.direct = direct.contains_key(&package.id);
        entry.declared = declared;
        collected.packages.push(entry);
    }
    collected
}

/// Scopes by reachability from the roots (an edge's scope applies to everything below it), and
/// which packages the roots depend on directly.
fn scopes_from_edges(
    roots: &[String],
    edges: &[(String, String, Scope)],
) -> (HashMap<String, Scope>, BTreeMap<String, Scope>) {
    let mut direct: BTreeMap<String, Scope> = BTreeMap::new();
    for (from, to, scope) in edges {
        if roots.contains(from) {
            let entry = direct.entry(to.clone()).or_insert(*scope);
            *entry = (*entry).min(*scope);
        }
    }
    let passes = [Scope::Runtime, Scope::Optional, Scope::Build, Scope::Dev].map(|scope| {
        let seeds = direct
            .iter()
            .filter(|(_, s)| **s == scope)
            .map(|(id, _)| id.clone())
            .collect();
        (scope, seeds)
    });
    let scopes = super::first_reach_scopes(passes, |id: &String| {
        edges
            .iter()
            .filter(|(from, _, _)| from == id)
            .map(|(_, to, _)| to.clone())
            .collect::<Vec<_>>()
    });
    (scopes, direct)
}

// ---------------------------------------------------------------------------------------------
// CycloneDX

#[derive(Debug, Deserialize)]
struct CycloneDx {
    #[serde(default)]
    metadata: Option<CdxMetadata>,
    #[serde(default)]
    components: Vec<CdxComponent>,
    #[serde(default)]
    dependencies: Vec<CdxDependency>,
}

#[derive(Debug, Deserialize)]
struct CdxMetadata {
    component: Option<CdxComponent>,
}

#[derive(Debug, Deserialize)]
struct CdxComponent {
    #[serde(rename = "bom-ref")]
    bom_ref: Option<String>,
    group: Option<String>,
    name: String,
    version: Option<String>,
    purl: Option<String>,
    scope: Option<String>,
    #[serde(default)]
    licenses: Vec<CdxLicenseChoice>,
    #[serde(default)]
    components: Vec<CdxComponent>,
}

#[derive(Debug, Deserialize)]
struct CdxLicenseChoice {
    license: Option<CdxLicense>,
    expression: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CdxLicense {
    id: Option<String>,
    name: Option<String>,
    url: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CdxDependency {
    #[serde(rename = "ref")]
    reference: String,
    #[serde(rename = "dependsOn", default)]
    depends_on: Vec<String>,
}

impl CdxComponent {
    fn declared(&self) -> Option<String> {
        super::any_of(self.licenses.iter().filter_map(|choice| {
            choice.expression.clone().or_else(|| {
                let license = choice.license.as_ref()?;
                license
                    .id
                    .clone()
                    .or_else(|| license.name.clone())
                    .or_else(|| license.url.clone())
            })
        }))
    }

    fn package(&self, manifest: &std::path::Path) -> Package {
        let name = match &self.group {
            Some(group) if !group.is_empty() => format!("{group}:{}", self.name),
            _ => self.name.clone(),
        };
        sbom_package(
            self.purl.as_deref(),
            &name,
            self.version.as_deref(),
            manifest,
        )
    }
}

fn flatten(components: Vec<CdxComponent>, out: &mut Vec<CdxComponent>) {
    for mut component in components {
        let nested = std::mem::take(&mut component.components);
        out.push(component);
        flatten(nested, out);
    }
}

fn from_cyclonedx(bom: CycloneDx, root: &ProjectRoot) -> Collected {
    let mut collected = Collected::default();
    let subject = bom.metadata.and_then(|m| m.component);
    let subject_ref = subject.as_ref().and_then(|s| s.bom_ref.clone());
    if let Some(subject) = &subject {
        let own = subject.package(&root.manifest);
        collected.members.push(Member {
            name: own.name,
            version: own.version,
            declared: subject.declared(),
            license: None,
        });
    }
    let edges: Vec<(String, String, Scope)> = bom
        .dependencies
        .iter()
        .flat_map(|d| {
            d.depends_on
                .iter()
                .map(|to| (d.reference.clone(), to.clone(), Scope::Runtime))
        })
        .collect();
    let roots: Vec<String> = subject_ref.into_iter().collect();
    let (_, direct) = scopes_from_edges(&roots, &edges);
    let mut components = Vec::new();
    flatten(bom.components, &mut components);
    for component in components {
        let mut package = component.package(&root.manifest);
        package.scope = match component.scope.as_deref() {
            Some("optional") => Scope::Optional,
            Some("excluded") => Scope::Dev,
            _ => Scope::Runtime,
        };
        package.direct = component
            .bom_ref
            .as_ref()
            .is_some_and(|r| direct.contains_key(r));
        package.declared = component.declared();
        collected.packages.push(package);
    }
    collected
}
