//! `--format cyclonedx`: a CycloneDX 1.6 JSON BOM.
//!
//! The field names are the ones `ecosystems/sbom.rs` reads, so ossdoo can evaluate its own BOM
//! with `--sbom`. Deterministic like the JSON report: components and dependencies are sorted,
//! `metadata.timestamp` is written only with `--timestamp`, and there is no `serialNumber` (the
//! specification wants one unique to every generated BOM, which byte-identical output cannot
//! have; it is optional). Documented in `docs/output-formats.md`.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::bom::{self, Subject, UniqueIds};
use super::{RenderOptions, ScanReport};
use crate::model::{Ecosystem, Scope};
use crate::policy::eval::Evaluated;

/// The whole BOM.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bom {
    #[serde(rename = "$schema")]
    schema: &'static str,
    bom_format: &'static str,
    spec_version: &'static str,
    version: u32,
    metadata: Metadata,
    components: Vec<Component>,
    dependencies: Vec<Dependency>,
}

/// The tool, the time (with `--timestamp`) and what the BOM describes.
#[derive(Serialize)]
struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: Option<String>,
    tools: Tools,
    #[serde(skip_serializing_if = "Option::is_none")]
    component: Option<Component>,
}

/// The tools that made the BOM (CycloneDX 1.5+ form).
#[derive(Serialize)]
struct Tools {
    components: Vec<Tool>,
}

/// ossdoo itself.
#[derive(Serialize)]
struct Tool {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
    version: &'static str,
}

/// A component: a subject (`application`) or a third-party package (`library`).
#[derive(Serialize)]
struct Component {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "bom-ref")]
    bom_ref: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    licenses: Vec<LicenseChoice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    purl: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    properties: Vec<Property>,
    /// The other subjects, nested under the one `metadata.component` names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    components: Vec<Component>,
}

/// One entry of `licenses`: a single license, or one SPDX expression.
#[derive(Serialize)]
#[serde(untagged)]
enum LicenseChoice {
    /// `{"license": {"id": "MIT"}}` or `{"license": {"name": "LicenseRef-Proprietary"}}`.
    License { license: License },
    /// `{"expression": "MIT OR Apache-2.0"}`.
    Expression {
        expression: String,
        acknowledgement: &'static str,
    },
}

/// A single license: an SPDX id, or a name for anything else.
#[derive(Serialize)]
struct License {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    acknowledgement: &'static str,
}

/// A name-value pair (`ossdoo:verdict`).
#[derive(Serialize)]
struct Property {
    name: &'static str,
    value: &'static str,
}

/// What one component depends on.
#[derive(Serialize)]
struct Dependency {
    #[serde(rename = "ref")]
    reference: String,
    #[serde(rename = "dependsOn")]
    depends_on: Vec<String>,
}

/// Writes the report as a CycloneDX 1.6 JSON BOM followed by a newline.
pub fn render(report: &ScanReport, options: RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let bom = bom(report, options);
    serde_json::to_writer_pretty(&mut *out, &bom)?;
    writeln!(out)
}

fn bom(report: &ScanReport, options: RenderOptions) -> Bom {
    let subjects = bom::subjects(report);
    let mut refs = UniqueIds::default();
    // Packages claim their purls first: a subject's ref yields to a package's.
    let package_refs: Vec<String> = report
        .packages
        .iter()
        .map(|e| refs.claim(e.resolved.package.purl.clone()))
        .collect();
    let subject_refs: Vec<String> = subjects
        .iter()
        .map(|s| {
            refs.claim(s.purl.clone().unwrap_or_else(|| {
                format!(
                    "{}#{}",
                    crate::model::display_path(&s.project.root.manifest),
                    s.name
                )
            }))
        })
        .collect();
    let mut dependencies: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (subject, subject_ref) in subjects.iter().zip(&subject_refs) {
        let depends_on = dependencies.entry(subject_ref.clone()).or_default();
        depends_on.extend(
            report
                .packages
                .iter()
                .zip(&package_refs)
                .filter(|(e, _)| bom::uses(subject.project, e))
                .map(|(_, r)| r.clone()),
        );
        depends_on.sort();
        depends_on.dedup();
    }
    let mut subject_components = subjects
        .iter()
        .zip(subject_refs)
        .map(|(s, r)| subject_component(s, r));
    let component = subject_components.next().map(|mut first| {
        first.components = subject_components.collect();
        first
    });
    Bom {
        schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
        bom_format: "CycloneDX",
        spec_version: "1.6",
        version: 1,
        metadata: Metadata {
            timestamp: options.timestamp.then(crate::context::utc_now),
            tools: Tools {
                components: vec![Tool {
                    kind: "application",
                    name: env!("CARGO_PKG_NAME"),
                    version: env!("CARGO_PKG_VERSION"),
                }],
            },
            component,
        },
        components: report
            .packages
            .iter()
            .zip(package_refs)
            .map(|(e, r)| package_component(e, r))
            .collect(),
        dependencies: dependencies
            .into_iter()
            .map(|(reference, depends_on)| Dependency {
                reference,
                depends_on,
            })
            .collect(),
    }
}

/// A subject as an `application` component; its license is the one it declares.
fn subject_component(subject: &Subject<'_>, bom_ref: String) -> Component {
    let (group, name) = match &subject.purl {
        Some(_) => split_name(subject.project.root.kind, &subject.name),
        None => (None, subject.name.clone()),
    };
    Component {
        kind: "application",
        bom_ref,
        group,
        name,
        version: Some(subject.version.to_owned()).filter(|v| !v.is_empty()),
        scope: None,
        licenses: match subject.license.and_then(bom::parse_lenient) {
            Some(expression) => licenses(&expression, "declared"),
            None => declared_licenses(subject.declared),
        },
        purl: subject.purl.clone(),
        properties: Vec::new(),
        components: Vec::new(),
    }
}

/// A third-party package as a `library` component, with ossdoo's verdict as properties.
fn package_component(evaluated: &Evaluated, bom_ref: String) -> Component {
    let resolved = &evaluated.resolved;
    let p = &resolved.package;
    let (group, name) = split(p.ecosystem, &p.name);
    Component {
        kind: "library",
        bom_ref,
        group,
        name,
        version: Some(p.version.clone()).filter(|v| !v.is_empty()),
        scope: Some(match p.scope {
            Scope::Runtime | Scope::Build | Scope::Os => "required",
            Scope::Optional => "optional",
            Scope::Dev => "excluded",
        }),
        licenses: match &resolved.license {
            Some(expression) => licenses(expression, "concluded"),
            None => declared_licenses(p.declared.as_deref()),
        },
        purl: Some(p.purl.clone()),
        properties: vec![
            Property {
                name: "ossdoo:license_source",
                value: resolved.source.as_str(),
            },
            Property {
                name: "ossdoo:verdict",
                value: evaluated.verdict.as_str(),
            },
        ],
        components: Vec::new(),
    }
}

/// `licenses` for an expression: one SPDX id as `license.id`, one `LicenseRef-` as
/// `license.name`, anything else (`OR`, `AND`, `WITH`, `+`) as an `expression`.
/// `acknowledgement` is `concluded` (what ossdoo resolved) or `declared` (a project's own).
fn licenses(expression: &spdx::Expression, acknowledgement: &'static str) -> Vec<LicenseChoice> {
    let mut requirements = expression.requirements();
    let single = match (requirements.next(), requirements.next()) {
        (Some(only), None) if only.req.addition.is_none() => match &only.req.license {
            spdx::LicenseItem::Spdx {
                id,
                or_later: false,
            } => Some(License {
                id: Some(id.name.to_owned()),
                name: None,
                acknowledgement,
            }),
            spdx::LicenseItem::Other(_) => Some(License {
                id: None,
                name: Some(expression.to_string()),
                acknowledgement,
            }),
            spdx::LicenseItem::Spdx { .. } => None,
        },
        _ => None,
    };
    vec![match single {
        Some(license) => LicenseChoice::License { license },
        None => LicenseChoice::Expression {
            expression: expression.to_string(),
            acknowledgement,
        },
    }]
}

/// `licenses` for what a package declares when nothing better is known: its SPDX form as
/// [`licenses`] writes it, else the declared text as a license `name`; both `declared`.
fn declared_licenses(declared: Option<&str>) -> Vec<LicenseChoice> {
    let Some(declared) = declared.map(str::trim).filter(|d| !d.is_empty()) else {
        return Vec::new();
    };
    match bom::declared_spdx(Some(declared)).and_then(|d| bom::parse_lenient(&d)) {
        Some(expression) => licenses(&expression, "declared"),
        None => vec![LicenseChoice::License {
            license: License {
                id: None,
                name: Some(declared.to_owned()),
                acknowledgement: "declared",
            },
        }],
    }
}

/// A subject's group and name, by the registry of its project.
fn split_name(kind: crate::model::ProjectKind, name: &str) -> (Option<String>, String) {
    use crate::model::ProjectKind;
    let ecosystem = match kind {
        ProjectKind::Maven | ProjectKind::Gradle => Ecosystem::Maven,
        ProjectKind::Npm => Ecosystem::Npm,
        _ => Ecosystem::Generic,
    };
    split(ecosystem, name)
}

/// Group and name: Maven `group:artifact` → `group`, `artifact`; npm `@scope/name` → `@scope`,
/// `name`; any other name is whole.
fn split(ecosystem: Ecosystem, name: &str) -> (Option<String>, String) {
    let parts = match ecosystem {
        Ecosystem::Maven => name.split_once(':'),
        Ecosystem::Npm => name.split_once('/').filter(|(s, _)| s.starts_with('@')),
        _ => None,
    };
    match parts {
        Some((group, rest)) if !group.is_empty() && !rest.is_empty() => {
            (Some(group.to_owned()), rest.to_owned())
        }
        _ => (None, name.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_split() {
        assert_eq!(
            split(Ecosystem::Maven, "org.slf4j:slf4j-api"),
            (Some("org.slf4j".into()), "slf4j-api".into())
        );
        assert_eq!(
            split(Ecosystem::Npm, "@babel/core"),
            (Some("@babel".into()), "core".into())
        );
        assert_eq!(split(Ecosystem::Npm, "left-pad"), (None, "left-pad".into()));
        assert_eq!(
            split(Ecosystem::Go, "github.com/spf13/cobra"),
            (None, "github.com/spf13/cobra".into())
        );
    }

    fn shape(expression: &str) -> String {
        let expr = bom::parse_lenient(expression).unwrap();
        serde_json::to_string(&licenses(&expr, "concluded")).unwrap()
    }

    #[test]
    fn declared_shapes() {
        let shape = |declared| serde_json::to_string(&declared_licenses(declared)).unwrap();
        assert_eq!(
            shape(Some(" BSD-style ")),
            r#"[{"license":{"name":"BSD-style","acknowledgement":"declared"}}]"#
        );
        assert_eq!(
            shape(Some("MIT/Apache-2.0")),
            r#"[{"expression":"MIT OR Apache-2.0","acknowledgement":"declared"}]"#
        );
        assert_eq!(shape(Some(" ")), "[]");
        assert_eq!(shape(None), "[]");
    }

    #[test]
    fn license_shapes() {
        assert_eq!(
            shape("MIT"),
            r#"[{"license":{"id":"MIT","acknowledgement":"concluded"}}]"#
        );
        assert_eq!(
            shape("LicenseRef-Proprietary"),
            r#"[{"license":{"name":"LicenseRef-Proprietary","acknowledgement":"concluded"}}]"#
        );
        assert_eq!(
            shape("MIT OR Apache-2.0"),
            r#"[{"expression":"MIT OR Apache-2.0","acknowledgement":"concluded"}]"#
        );
        assert_eq!(
            shape("Apache-2.0 WITH LLVM-exception"),
            r#"[{"expression":"Apache-2.0 WITH LLVM-exception","acknowledgement":"concluded"}]"#
        );
    }
}
