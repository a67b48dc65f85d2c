//! NuGet adapter (.NET): packages from `packages.lock.json` (every target framework merged, the
//! graph giving scopes), else the legacy `packages.config`, else the project file's
//! `<PackageReference>` items (direct only, with versions from `Directory.Packages.props` under
//! central package management). Licenses come from each package's `.nuspec` in the global
//! packages folder: `<license type="expression">`, `<license type="file">` (that file is
//! detected), or the legacy `<licenseUrl>`, which goes through the normaliser.
//!
//! The packages folder is `--nuget-packages`, else `NUGET_PACKAGES`, else `globalPackagesFolder`
//! of the nearest `nuget.config` above the project, else `~/.nuget/packages`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::xml::{self, Element};
use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

/// The placeholder `licenseUrl` that `nuget pack` writes next to a `<license>` element.
const DEPRECATED_URL: &str = "https://aka.ms/deprecateLicenseUrl";

#[derive(Debug, Deserialize)]
struct LockFile {
    /// Target framework (`net8.0`, `net8.0/linux-x64`) → package name → entry.
    dependencies: BTreeMap<String, BTreeMap<String, LockEntry>>,
}

#[derive(Debug, Deserialize)]
struct LockEntry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    resolved: Option<String>,
    #[serde(default)]
    dependencies: BTreeMap<String, String>,
}

/// A package the project uses, before its license is looked up.
#[derive(Debug, Clone)]
struct Used {
    name: String,
    version: String,
    scope: Scope,
    direct: bool,
}

/// What the project file says.
#[derive(Debug, Default)]
struct ProjectFile {
    member: Option<Member>,
    /// `PackageReference` name → (version, build-only: `PrivateAssets="all"`).
    references: BTreeMap<String, (Option<String>, bool)>,
}

/// Collects one .NET project.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let project = read_project(&ctx.root, &root.manifest)?;
    let mut collected = Collected::default();
    collected.members.extend(project.member.clone());
    let lock_name = root
        .lockfile
        .as_ref()
        .and_then(|l| l.file_name())
        .and_then(|n| n.to_str());
    let used = match (lock_name, &root.lockfile) {
        (Some("packages.lock.json"), Some(lock)) => from_lockfile(&ctx.root, lock, &project)?,
        (Some("packages.config"), Some(config)) => from_packages_config(&ctx.root, config)?,
        _ => {
            let versions = central_versions(&ctx.root, &dir);
            if !project.references.is_empty() {
                collected.warnings.push(Diagnostic::new(
                    &root.manifest,
                    crate::i18n::tr!("nuget-no-lockfile"),
                ));
            }
            project
                .references
                .iter()
                .map(|(name, (version, build_only))| Used {
                    name: name.clone(),
                    version: version
                        .clone()
                        .or_else(|| versions.get(&name.to_ascii_lowercase()).cloned())
                        .unwrap_or_default(),
                    scope: if *build_only {
                        Scope::Build
                    } else {
                        Scope::Runtime
                    },
                    direct: true,
                })
                .collect()
        }
    };
    let folder = packages_folder(&dir, ctx);
    let lockfile = root.lockfile.as_ref().unwrap_or(&root.manifest);
    let mut missing = 0;
    for used in used {
        let mut package = Package::new(Ecosystem::Nuget, used.name, used.version, lockfile);
        package.scope = used.scope;
        package.direct = used.direct;
        let nuspec = folder
            .as_deref()
            .and_then(|f| find_nuspec(f, &package.name, &package.version));
        match nuspec {
            Some(path) => {
                let license = read_nuspec_license(&path);
                let package_dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
                package = super::with_source(package, package_dir.clone());
                match license {
                    NuspecLicense::Declared(declared) => package.declared = Some(declared),
                    NuspecLicense::File(file) => {
                        let file = package_dir.join(file);
                        if file.is_file() && !package.license_files.contains(&file) {
                            package.license_files.push(file);
                        }
                    }
                    NuspecLicense::None => {}
                }
            }
            None => missing += 1,
        }
        collected.packages.push(package);
    }
    if missing > 0 {
        let hint = match &folder {
            Some(folder) => crate::i18n::tr!(
                "nuget-not-in-folder",
                missing = missing,
                folder = ctx.display(folder)
            ),
            None => crate::i18n::tr!("nuget-no-folder", missing = missing),
        };
        collected.warnings.push(Diagnostic::new(lockfile, hint));
    }
    Ok(collected)
}

fn read_xml(root: &Path, path: &Path) -> Result<Element, Diagnostic> {
    let bytes = crate::read::bytes(root.join(path)).map_err(|e| {
        Diagnostic::new(
            path,
            crate::i18n::tr!("read-cannot-read", error = e.to_string()),
        )
    })?;
    xml::parse(&String::from_utf8_lossy(&bytes)).map_err(|e| Diagnostic::new(path, e))
}

fn read_project(root: &Path, path: &Path) -> Result<ProjectFile, Diagnostic> {
    let xml = read_xml(root, path)?;
    let mut project = ProjectFile::default();
    let property = |name: &str| {
        xml.children("PropertyGroup")
            .find_map(|group| group.text_of(name))
            .map(str::to_owned)
    };
    let name = property("PackageId")
        .or_else(|| property("AssemblyName"))
        .or_else(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()));
    project.member = name.map(|name| Member {
        name,
        version: property("Version").unwrap_or_default(),
        declared: property("PackageLicenseExpression"),
        license: None,
    });
    for reference in xml
        .children("ItemGroup")
        .flat_map(|group| group.children("PackageReference"))
    {
        let Some(name) = reference
            .attribute("Include")
            .or_else(|| reference.attribute("Update"))
            .filter(|name| !name.trim().is_empty())
        else {
            return Err(Diagnostic::new(
                path,
                crate::i18n::tr!("nuget-nameless-reference"),
            ));
        };
        let version = reference
            .attribute("Version")
            .or_else(|| reference.text_of("Version"))
            .or_else(|| reference.attribute("VersionOverride"))
            .map(|v| plain_version(v).to_owned());
        let private = reference
            .attribute("PrivateAssets")
            .or_else(|| reference.text_of("PrivateAssets"))
            .is_some_and(|p| p.eq_ignore_ascii_case("all"));
        project
            .references
            .insert(name.to_owned(), (version, private));
    }
    Ok(project)
}

/// `[1.2.3]` or `[1.2.3, )` → `1.2.3`: the lowest version a range allows, which NuGet picks.
fn plain_version(range: &str) -> &str {
    let inner = range.trim().trim_start_matches(['[', '(']);
    inner.split([',', ']', ')']).next().unwrap_or(inner).trim()
}

fn from_lockfile(root: &Path, lock: &Path, project: &ProjectFile) -> Result<Vec<Used>, Diagnostic> {
    let parsed: LockFile = super::read_json(&root.join(lock), lock)?;
    // Every target framework and runtime merged: name → (version, dependencies, direct).
    let mut entries: BTreeMap<String, (String, Vec<String>, bool)> = BTreeMap::new();
    for packages in parsed.dependencies.values() {
        for (name, entry) in packages {
            if entry.kind == "Project" {
                continue;
            }
            let item = entries.entry(name.clone()).or_insert_with(|| {
                (
                    entry.resolved.clone().unwrap_or_default(),
                    Vec::new(),
                    false,
                )
            });
            item.1.extend(entry.dependencies.keys().cloned());
            item.2 |= entry.kind == "Direct";
        }
    }
    let build_only = |name: &String| {
        project
            .references
            .get(name)
            .is_some_and(|(_, private)| *private)
    };
    let direct: Vec<String> = entries
        .iter()
        .filter(|(_, (_, _, direct))| *direct)
        .map(|(name, _)| name.clone())
        .collect();
    let passes = [
        (
            Scope::Runtime,
            direct.iter().filter(|n| !build_only(n)).cloned().collect(),
        ),
        (
            Scope::Build,
            direct.iter().filter(|n| build_only(n)).cloned().collect(),
        ),
    ];
    let scopes = super::first_reach_scopes(passes, |name: &String| {
        entries.get(name).map(|e| e.1.clone()).unwrap_or_default()
    });
    Ok(entries
        .iter()
        .map(|(name, (version, _, direct))| Used {
            name: name.clone(),
            version: version.clone(),
            scope: scopes.get(name).copied().unwrap_or(Scope::Runtime),
            direct: *direct,
        })
        .collect())
}

fn from_packages_config(root: &Path, config: &Path) -> Result<Vec<Used>, Diagnostic> {
    let xml = read_xml(root, config)?;
    Ok(xml
        .children("package")
        .filter_map(|p| {
            let dev = p
                .attribute("developmentDependency")
                .is_some_and(|d| d.eq_ignore_ascii_case("true"));
            Some(Used {
                name: p.attribute("id")?.to_owned(),
                version: p.attribute("version").unwrap_or_default().to_owned(),
                scope: if dev { Scope::Dev } else { Scope::Runtime },
                direct: true,
            })
        })
        .collect())
}

/// Central package management: `<PackageVersion Include Version>` of the nearest
/// `Directory.Packages.props` at or above the project, inside the scanned tree (lower-case names).
fn central_versions(root: &Path, dir: &Path) -> HashMap<String, String> {
    let props = dir
        .ancestors()
        .take_while(|d| d.starts_with(root))
        .map(|d| d.join("Directory.Packages.props"))
        .find(|p| p.is_file());
    let Some(xml) = props
        .and_then(|p| crate::read::bytes(p).ok())
        .and_then(|b| xml::parse(&String::from_utf8_lossy(&b)).ok())
    else {
        return HashMap::new();
    };
    xml.children("ItemGroup")
        .flat_map(|g| g.children("PackageVersion"))
        .filter_map(|p| {
            let name = p.attribute("Include")?.to_ascii_lowercase();
            let version = p.attribute("Version")?;
            Some((name, plain_version(version).to_owned()))
        })
        .collect()
}

/// The global packages folder for a project.
fn packages_folder(dir: &Path, ctx: &Context) -> Option<PathBuf> {
    if let Some(folder) = &ctx.nuget_packages {
        return Some(folder.clone());
    }
    for ancestor in dir.ancestors() {
        for name in ["nuget.config", "NuGet.config", "NuGet.Config"] {
            let config = ancestor.join(name);
            if !config.is_file() {
                continue;
            }
            if let Some(folder) = config_folder(&config) {
                return Some(ancestor.join(folder));
            }
        }
    }
    ctx.home
        .as_ref()
        .map(|home| home.join(".nuget").join("packages"))
}

/// `globalPackagesFolder` in a `nuget.config`'s `<config>` section.
fn config_folder(config: &Path) -> Option<String> {
    let bytes = crate::read::bytes(config).ok()?;
    let xml = xml::parse(&String::from_utf8_lossy(&bytes)).ok()?;
    xml.child("config")?
        .children("add")
        .find(|add| {
            add.attribute("key")
                .is_some_and(|k| k.eq_ignore_ascii_case("globalPackagesFolder"))
        })
        .and_then(|add| add.attribute("value"))
        .map(str::to_owned)
}

/// `<folder>/<id>/<version>/<id>.nuspec`, all lower case; versions also tried NuGet-normalised
/// (`1.0` → `1.0.0`, `1.0.0.0` → `1.0.0`).
fn find_nuspec(folder: &Path, id: &str, version: &str) -> Option<PathBuf> {
    let id = id.to_ascii_lowercase();
    let version = version.to_ascii_lowercase();
    let mut candidates = vec![version.clone()];
    let (core, suffix) = version.split_once('-').unwrap_or((&version, ""));
    let mut parts: Vec<&str> = core.split('.').collect();
    while parts.len() < 3 {
        parts.push("0");
    }
    if parts.len() == 4 && parts[3] == "0" {
        parts.pop();
    }
    let normalized = parts.join(".");
    candidates.push(if suffix.is_empty() {
        normalized
    } else {
        format!("{normalized}-{suffix}")
    });
    candidates
        .into_iter()
        .map(|v| folder.join(&id).join(v).join(format!("{id}.nuspec")))
        .find(|p| p.is_file())
}

/// What a nuspec says about its license.
#[derive(Debug, PartialEq, Eq)]
enum NuspecLicense {
    /// An SPDX expression or a license URL, for the normaliser.
    Declared(String),
    /// A license file inside the package.
    File(String),
    None,
}

fn read_nuspec_license(path: &Path) -> NuspecLicense {
    let Ok(bytes) = crate::read::bytes(path) else {
        return NuspecLicense::None;
    };
    match xml::parse(&String::from_utf8_lossy(&bytes)) {
        Ok(xml) => nuspec_license(&xml),
        Err(_) => NuspecLicense::None,
    }
}

fn nuspec_license(xml: &Element) -> NuspecLicense {
    let Some(metadata) = xml.child("metadata") else {
        return NuspecLicense::None;
    };
    if let Some(license) = metadata.child("license").filter(|l| !l.text.is_empty()) {
        return match license.attribute("type") {
            Some(t) if t.eq_ignore_ascii_case("file") => NuspecLicense::File(license.text.clone()),
            _ => NuspecLicense::Declared(license.text.clone()),
        };
    }
    match metadata.text_of("licenseUrl") {
        Some(url) if url != DEPRECATED_URL => NuspecLicense::Declared(
            // licenses.nuget.org/<expression> is an SPDX expression in a URL.
            match url
                .strip_prefix("https://licenses.nuget.org/")
                .or_else(|| url.strip_prefix("http://licenses.nuget.org/"))
            {
                Some(expression) => expression.replace("%20", " ").replace('+', " "),
                None => url.to_owned(),
            },
        ),
        _ => NuspecLicense::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn license_of(nuspec: &str) -> NuspecLicense {
        nuspec_license(&xml::parse(nuspec).unwrap())
    }

    #[test]
    fn reads_nuspec_licenses() {
        assert_eq!(
            license_of(
                "<package><metadata><license type=\"expression\">MIT</license><licenseUrl>https://licenses.nuget.org/MIT</licenseUrl></metadata></package>"
            ),
            NuspecLicense::Declared("MIT".to_owned())
        );
        assert_eq!(
            license_of(
                "<package><metadata><license type=\"file\">LICENSE.txt</license><licenseUrl>https://aka.ms/deprecateLicenseUrl</licenseUrl></metadata></package>"
            ),
            NuspecLicense::File("LICENSE.txt".to_owned())
        );
        assert_eq!(
            license_of(
                "<package><metadata><licenseUrl>https://licenses.nuget.org/MIT%20OR%20Apache-2.0</licenseUrl></metadata></package>"
            ),
            NuspecLicense::Declared("MIT OR Apache-2.0".to_owned())
        );
        assert_eq!(
            license_of(
                "<package><metadata><licenseUrl>http://logging.apache.org/log4net/license.html</licenseUrl></metadata></package>"
            ),
            NuspecLicense::Declared("http://logging.apache.org/log4net/license.html".to_owned())
        );
        assert_eq!(
            license_of("<package><metadata/></package>"),
            NuspecLicense::None
        );
    }

    #[test]
    fn version_ranges_and_folders() {
        assert_eq!(plain_version("[13.0.3, )"), "13.0.3");
        assert_eq!(plain_version("[1.0]"), "1.0");
        assert_eq!(plain_version("8.0.0"), "8.0.0");
        let dir = tempfile::tempdir().unwrap();
        let spec = dir
            .path()
            .join("newtonsoft.json/13.0.0/newtonsoft.json.nuspec");
        std::fs::create_dir_all(spec.parent().unwrap()).unwrap();
        std::fs::write(&spec, "<package/>").unwrap();
        assert_eq!(
            find_nuspec(dir.path(), "Newtonsoft.Json", "13.0"),
            Some(spec.clone())
        );
        assert_eq!(
            find_nuspec(dir.path(), "Newtonsoft.Json", "13.0.0.0"),
            Some(spec)
        );
        assert_eq!(find_nuspec(dir.path(), "Newtonsoft.Json", "12.0.0"), None);
    }
}
