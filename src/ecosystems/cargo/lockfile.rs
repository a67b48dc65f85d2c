//! Fallback for machines without `cargo`: read `Cargo.lock`, then each crate's own `Cargo.toml`
//! from the project's vendored sources (`.cargo/config.toml` `directory` sources) or the cargo
//! registry cache (`$CARGO_HOME/registry/src/*/<name>-<version>`).
//!
//! The lockfile gives the packages and the edges; the manifests give each edge's kind (normal,
//! build, dev) and each crate's license. Packages without a `source` are the project's own.
//! A crate whose manifest cannot be found keeps its lockfile edges as normal ones and has no
//! license, and one warning says how many there are.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use walkdir::WalkDir;

use super::scope::{self, Kind};
use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot};

#[derive(Debug, Deserialize)]
struct Lockfile {
    #[serde(default)]
    package: Vec<LockPackage>,
}

#[derive(Debug, Default, Deserialize)]
struct LockPackage {
    name: String,
    version: String,
    source: Option<String>,
    #[serde(default)]
    dependencies: Vec<String>,
}

/// What the fallback needs from a crate's `Cargo.toml`.
#[derive(Debug, Default)]
struct CrateManifest {
    dir: PathBuf,
    license: Option<String>,
    license_file: Option<PathBuf>,
    /// Dependency (real package name) → the kinds it is declared with.
    kinds: HashMap<String, Vec<Kind>>,
}

pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let Some(lock_rel) = root.lockfile.as_ref() else {
        return Err(Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("cargo-no-lockfile"),
        ));
    };
    let text = crate::ecosystems::read_text(&ctx.root.join(lock_rel), lock_rel)?;
    let lock: Lockfile = toml::from_str(&text).map_err(|e| {
        Diagnostic::new(
            lock_rel,
            crate::i18n::tr!(
                "read-invalid-named",
                file = "Cargo.lock",
                error = e.to_string().trim_end()
            ),
        )
    })?;
    let project_dir = ctx.root.join(&root.dir);
    let local = local_manifests(&project_dir);
    let vendor_dirs = vendor_dirs(&project_dir, &ctx.root);
    let manifests: Vec<Option<CrateManifest>> = lock
        .package
        .iter()
        .map(|p| match &p.source {
            None => find_local(&local, p).and_then(read_manifest),
            Some(_) => find_registry_manifest(p, &vendor_dirs, ctx.cargo_home.as_deref())
                .and_then(|m| read_manifest(&m)),
        })
        .collect();
    let deps: Vec<Vec<usize>> = lock
        .package
        .iter()
        .map(|p| resolve_deps(p, &lock.package))
        .collect();
    let members: Vec<usize> = (0..lock.package.len())
        .filter(|&i| lock.package[i].source.is_none())
        .collect();
    let scopes = scope::scopes(&members, |id, kind| {
        deps[id]
            .iter()
            .copied()
            .filter(|&dep| match &manifests[id] {
                Some(manifest) => manifest
                    .kinds
                    .get(&lock.package[dep].name)
                    .is_some_and(|k| k.contains(&kind)),
                None => kind == Kind::Normal,
            })
            .collect()
    });
    let direct: HashSet<usize> = members
        .iter()
        .flat_map(|&m| deps[m].iter().copied())
        .collect();

    let mut collected = Collected::default();
    let mut missing = 0;
    for (i, package) in lock.package.iter().enumerate() {
        let manifest = manifests[i].as_ref();
        if package.source.is_none() {
            collected.members.push(Member {
                name: package.name.clone(),
                version: package.version.clone(),
                declared: manifest.and_then(|m| m.license.clone()),
                license: None,
            });
            continue;
        }
        let Some(&scope) = scopes.get(&i) else {
            continue;
        };
        missing += usize::from(manifest.is_none());
        collected.packages.push(Package {
            ecosystem: Ecosystem::Cargo,
            purl: crate::model::purl::build(Ecosystem::Cargo, &package.name, &package.version),
            name: package.name.clone(),
            version: package.version.clone(),
            scope,
            direct: direct.contains(&i),
            declared: manifest.and_then(|m| m.license.clone()),
            declared_in: None,
            not_found: None,
            source_dir: manifest.map(|m| m.dir.clone()),
            archive: None,
            license_files: manifest
                .map(|m| {
                    let name = m.license_file.as_deref().and_then(Path::to_str);
                    super::license_files(&m.dir, name, &mut collected.warnings)
                })
                .unwrap_or_default(),
            license_texts: Vec::new(),
            manifests: vec![root.manifest.clone()],
            notes: Vec::new(),
            installed_at: None,
        });
    }
    collected.members.sort();
    if missing > 0 {
        collected.warnings.push(Diagnostic::new(
            lock_rel,
            crate::i18n::tr!("cargo-not-cached", missing = missing),
        ));
    }
    Ok(collected)
}

/// Resolves `"name"`, `"name version"` or `"name version (source)"` to lockfile indexes.
fn resolve_deps(package: &LockPackage, all: &[LockPackage]) -> Vec<usize> {
    package
        .dependencies
        .iter()
        .filter_map(|dep| {
            let mut parts = dep.split_whitespace();
            let name = parts.next()?;
            let version = parts.next();
            let source = parts
                .next()
                .map(|s| s.trim_start_matches('(').trim_end_matches(')'));
            all.iter().position(|p| {
                p.name == name
                    && version.is_none_or(|v| p.version == v)
                    && source.is_none_or(|s| p.source.as_deref() == Some(s))
            })
        })
        .collect()
}

/// The project's own `Cargo.toml` files: name → (version, when written out; path).
type LocalManifests = HashMap<String, Vec<(Option<String>, PathBuf)>>;

fn local_manifests(project_dir: &Path) -> LocalManifests {
    let walker = WalkDir::new(project_dir)
        .max_depth(crate::discover::MAX_DEPTH)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !crate::discover::is_skipped_dir(e));
    let mut local = LocalManifests::new();
    for entry in walker.filter_map(Result::ok) {
        if entry.file_name() != "Cargo.toml" || !entry.file_type().is_file() {
            continue;
        }
        let Some(table) = read_toml(entry.path()) else {
            continue;
        };
        let Some(package) = table.get("package").and_then(|p| p.as_table()) else {
            continue;
        };
        let Some(name) = package.get("name").and_then(|n| n.as_str()) else {
            continue;
        };
        // `version.workspace = true` (a table) is inherited: matched by name alone.
        let version = package
            .get("version")
            .and_then(|v| v.as_str())
            .map(str::to_owned);
        local
            .entry(name.to_owned())
            .or_default()
            .push((version, entry.path().to_path_buf()));
    }
    local
}

fn find_local<'a>(local: &'a LocalManifests, package: &LockPackage) -> Option<&'a Path> {
    let candidates = local.get(&package.name)?;
    candidates
        .iter()
        .find(|(version, _)| version.as_deref() == Some(package.version.as_str()))
        .or_else(|| candidates.iter().find(|(version, _)| version.is_none()))
        .map(|(_, path)| path.as_path())
}

fn read_toml(path: &Path) -> Option<toml::Table> {
    toml::from_str(&crate::read::text(path).ok()?).ok()
}

/// Vendored-source folders named by `.cargo/config.toml` (`[source.*] directory = "…"`) in the
/// project folder or any folder above it up to the scanned root.
fn vendor_dirs(project_dir: &Path, scan_root: &Path) -> Vec<PathBuf> {
    let inside = project_dir.starts_with(scan_root);
    let mut dirs = Vec::new();
    for (folder, config) in super::config_files(project_dir) {
        if inside && !folder.starts_with(scan_root) {
            break;
        }
        let sources = config.get("source").and_then(|s| s.as_table());
        for source in sources.into_iter().flat_map(|s| s.values()) {
            if let Some(directory) = source.get("directory").and_then(|d| d.as_str()) {
                dirs.push(folder.join(directory));
            }
        }
    }
    dirs
}

/// Where a registry crate's `Cargo.toml` is: vendored (`vendor/<name>` or `vendor/<name>-<version>`)
/// or unpacked in the registry cache.
fn find_registry_manifest(
    package: &LockPackage,
    vendor_dirs: &[PathBuf],
    cargo_home: Option<&Path>,
) -> Option<PathBuf> {
    let versioned = format!("{}-{}", package.name, package.version);
    let vendored = vendor_dirs
        .iter()
        .flat_map(|dir| [dir.join(&versioned), dir.join(&package.name)])
        .map(|dir| dir.join("Cargo.toml"))
        .find(|manifest| manifest_version(manifest).as_deref() == Some(package.version.as_str()));
    vendored.or_else(|| {
        let registries = std::fs::read_dir(cargo_home?.join("registry").join("src")).ok()?;
        let mut candidates: Vec<PathBuf> = registries
            .filter_map(Result::ok)
            .map(|index| index.path().join(&versioned).join("Cargo.toml"))
            .filter(|manifest| manifest.is_file())
            .collect();
        candidates.sort();
        candidates.into_iter().next()
    })
}

/// A crate of the registry cache (`$CARGO_HOME/registry/src/*/<name>-<version>`): a package
/// with its source folder, declared license and license files; `None` when it is not there.
pub(crate) fn from_registry(
    cargo_home: &Path,
    name: &str,
    version: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Option<(PathBuf, Option<String>, Vec<PathBuf>)> {
    let wanted = LockPackage {
        name: name.to_owned(),
        version: version.to_owned(),
        ..LockPackage::default()
    };
    let manifest = read_manifest(&find_registry_manifest(&wanted, &[], Some(cargo_home))?)?;
    let license_file = manifest.license_file.as_deref().and_then(Path::to_str);
    let files = super::license_files(&manifest.dir, license_file, warnings);
    Some((manifest.dir, manifest.license, files))
}

fn manifest_version(manifest: &Path) -> Option<String> {
    let table = read_toml(manifest)?;
    Some(table.get("package")?.get("version")?.as_str()?.to_owned())
}

fn read_manifest(path: &Path) -> Option<CrateManifest> {
    let table = read_toml(path)?;
    let package = table.get("package").and_then(|p| p.as_table());
    let text = |key: &str| {
        package
            .and_then(|p| p.get(key))
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let mut manifest = CrateManifest {
        dir: path.parent()?.to_path_buf(),
        license: text("license"),
        license_file: text("license-file").map(PathBuf::from),
        kinds: HashMap::new(),
    };
    let targets = table.get("target").and_then(|t| t.as_table());
    let scopes = std::iter::once(&table).chain(
        targets
            .into_iter()
            .flat_map(|t| t.values().filter_map(|v| v.as_table())),
    );
    for scope in scopes {
        for (key, kind) in [
            ("dependencies", Kind::Normal),
            ("build-dependencies", Kind::Build),
            ("build_dependencies", Kind::Build),
            ("dev-dependencies", Kind::Dev),
            ("dev_dependencies", Kind::Dev),
        ] {
            for (name, spec) in scope
                .get(key)
                .and_then(|d| d.as_table())
                .into_iter()
                .flatten()
            {
                // `foo = { package = "real-name", … }` renames a dependency.
                let real = spec.get("package").and_then(|p| p.as_str()).unwrap_or(name);
                manifest
                    .kinds
                    .entry(real.to_owned())
                    .or_default()
                    .push(kind);
            }
        }
    }
    Some(manifest)
}
