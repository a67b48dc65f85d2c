//! What the two SBOM renderers (`spdx`, `cyclonedx`) share: the subjects of the SBOM (the scanned
//! projects' own packages), which packages each project uses, unique identifiers, and the
//! checks that keep license expressions within what SPDX 2.3 can say.

use std::collections::HashSet;

use crate::license::{Parsed, parse_declared};
use crate::model::Project;
use crate::model::{Ecosystem, ProjectKind, display_path};
use crate::policy::eval::Evaluated;

use super::ScanReport;

/// The creation time written when `--timestamp` is not given: the Unix epoch, so that the same
/// input gives the same bytes.
pub const FIXED_TIME: &str = "1970-01-01T00:00:00Z";

/// One thing the SBOM describes: a project's own package (a workspace member, the npm root
/// package), or the project's manifest itself when the project has no member (vendored code).
pub struct Subject<'a> {
    /// The project the subject belongs to.
    pub project: &'a Project,
    /// The member's name, or the manifest's root-relative path.
    pub name: String,
    /// The member's version; empty when unknown.
    pub version: &'a str,
    /// The license as the member declares it.
    pub declared: Option<&'a str>,
    /// The member's license as SPDX, when its declaration is (or normalises to) SPDX.
    pub license: Option<&'a str>,
    /// The member's package URL, for projects whose kind names a registry.
    pub purl: Option<String>,
}

/// Every subject of the report, in project order (projects are sorted by root) and, within a
/// project, in member order.
pub fn subjects(report: &ScanReport) -> Vec<Subject<'_>> {
    let mut subjects = Vec::new();
    for project in &report.projects {
        if project.members.is_empty() {
            subjects.push(Subject {
                project,
                name: display_path(&project.root.manifest),
                version: "",
                declared: None,
                license: None,
                purl: None,
            });
            continue;
        }
        for member in &project.members {
            subjects.push(Subject {
                project,
                name: member.name.clone(),
                version: &member.version,
                declared: member.declared.as_deref(),
                license: member.license.as_deref(),
                purl: ecosystem_of(project.root.kind)
                    .map(|e| crate::model::purl::build(e, &member.name, &member.version)),
            });
        }
    }
    subjects
}

/// The registry of a project's own packages; none for vendored code and SBOM inputs.
fn ecosystem_of(kind: ProjectKind) -> Option<Ecosystem> {
    match kind {
        ProjectKind::Cargo => Some(Ecosystem::Cargo),
        ProjectKind::Npm => Some(Ecosystem::Npm),
        ProjectKind::Python => Some(Ecosystem::Python),
        ProjectKind::Go => Some(Ecosystem::Go),
        ProjectKind::Maven | ProjectKind::Gradle | ProjectKind::Jars => Some(Ecosystem::Maven),
        ProjectKind::Composer => Some(Ecosystem::Composer),
        ProjectKind::Bundler | ProjectKind::Gems => Some(Ecosystem::Gem),
        ProjectKind::SitePackages => Some(Ecosystem::Python),
        ProjectKind::NodeModules => Some(Ecosystem::Npm),
        ProjectKind::GoBinary => Some(Ecosystem::Go),
        ProjectKind::RustBinary => Some(Ecosystem::Cargo),
        ProjectKind::Nuget => Some(Ecosystem::Nuget),
        ProjectKind::Vendored
        | ProjectKind::Sbom
        | ProjectKind::Dpkg
        | ProjectKind::Apk
        | ProjectKind::Rpm => None,
    }
}

/// Whether `project` uses the package: ossdoo records the files of the projects that depend on
/// each package (the manifest, or the lockfile for Bundler and NuGet), not a dependency graph.
pub fn uses(project: &Project, package: &Evaluated) -> bool {
    package
        .resolved
        .package
        .manifests
        .iter()
        .any(|file| *file == project.root.manifest || project.root.lockfile.as_ref() == Some(file))
}

/// Hands out identifiers that are unique within one document: a taken one gets `-2`, `-3`, …
/// Deterministic, since callers ask in sorted order.
#[derive(Default)]
pub struct UniqueIds {
    taken: HashSet<String>,
}

impl UniqueIds {
    /// Marks `id` as taken without handing it out (an id the document already uses).
    pub fn reserve(&mut self, id: String) {
        self.taken.insert(id);
    }

    /// `base`, or `base-N` with the smallest N ≥ 2 that is still free.
    pub fn claim(&mut self, base: String) -> String {
        let mut id = base.clone();
        let mut n = 2;
        while self.taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(id.clone());
        id
    }
}

/// Whether an expression can be written in an SPDX 2.3 document as it stands: no
/// `DocumentRef-` (it would need an external document reference) and no `AdditionRef-` (SPDX
/// 2.3 has none).
pub fn fits_spdx_2_3(expression: &spdx::Expression) -> bool {
    expression.requirements().all(|r| {
        let plain_license = match &r.req.license {
            spdx::LicenseItem::Spdx { .. } => true,
            spdx::LicenseItem::Other(other) => other.doc_ref.is_none(),
        };
        plain_license && !matches!(r.req.addition, Some(spdx::AdditionItem::Other(_)))
    })
}

/// The SPDX form of a declared license: the declared text when it is a valid SPDX expression,
/// its normalised form when the normaliser makes one of it, else nothing.
pub fn declared_spdx(declared: Option<&str>) -> Option<String> {
    let declared = declared.map(str::trim).filter(|d| !d.is_empty())?;
    match parse_declared(declared) {
        Parsed::Strict(expr) => fits_spdx_2_3(&expr).then(|| declared.to_owned()),
        Parsed::Normalized(expr, _) => fits_spdx_2_3(&expr).then(|| expr.to_string()),
        Parsed::Ambiguous(..) | Parsed::Unrecognized(_) | Parsed::FileRef(_) => None,
    }
}

/// An SPDX expression's text, when it parses (deprecated ids allowed) and fits SPDX 2.3.
pub fn spdx_text(text: Option<&str>) -> Option<String> {
    let text = text?;
    let expr = parse_lenient(text)?;
    fits_spdx_2_3(&expr).then(|| text.to_owned())
}

/// Parses an expression ossdoo wrote: strict SPDX syntax that still accepts deprecated ids.
pub fn parse_lenient(text: &str) -> Option<spdx::Expression> {
    let mode = spdx::ParseMode {
        allow_deprecated: true,
        ..spdx::ParseMode::STRICT
    };
    spdx::Expression::parse_mode(text, mode).ok()
}

/// The `LicenseRef-` ids (local to the document) an expression uses.
pub fn license_refs(expression: &str) -> Vec<String> {
    let Some(expr) = parse_lenient(expression) else {
        return Vec::new();
    };
    expr.requirements()
        .filter_map(|r| match &r.req.license {
            spdx::LicenseItem::Other(other) if other.doc_ref.is_none() => {
                Some(format!("LicenseRef-{}", other.lic_ref))
            }
            _ => None,
        })
        .collect()
}

/// The creation time to write: the current UTC time with `--timestamp`, else [`FIXED_TIME`].
pub fn creation_time(with_timestamp: bool) -> String {
    if with_timestamp {
        crate::context::utc_now()
    } else {
        FIXED_TIME.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_ids_count_up() {
        let mut ids = UniqueIds::default();
        assert_eq!(ids.claim("a".into()), "a");
        assert_eq!(ids.claim("a".into()), "a-2");
        assert_eq!(ids.claim("a".into()), "a-3");
        assert_eq!(ids.claim("b".into()), "b");
    }

    #[test]
    fn declared_forms() {
        assert_eq!(declared_spdx(Some(" MIT ")).as_deref(), Some("MIT"));
        assert_eq!(
            declared_spdx(Some("MIT/Apache-2.0")).as_deref(),
            Some("MIT OR Apache-2.0")
        );
        assert_eq!(declared_spdx(Some("BSD")), None);
        assert_eq!(declared_spdx(Some("DocumentRef-x:LicenseRef-y")), None);
        assert_eq!(declared_spdx(None), None);
    }

    #[test]
    fn refs_are_found() {
        assert_eq!(
            license_refs("MIT AND (LicenseRef-Acme OR LicenseRef-Proprietary)"),
            ["LicenseRef-Acme", "LicenseRef-Proprietary"]
        );
        assert!(license_refs("MIT").is_empty());
    }
}
