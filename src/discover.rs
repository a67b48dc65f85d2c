//! Discovery: walk the scanned tree and find every project root by its manifest and lockfile.
//!
//! Contract: symlinks are never followed (so the walk cannot leave the tree or loop), `.git`,
//! `target`, `node_modules` and hidden folders are never entered, vendored crates (folders holding a
//! `.cargo-checksum.json`) are not projects, and the members of a Cargo workspace belong to the
//! workspace rather than being projects of their own. Problems become diagnostics; the walk goes on.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::i18n::tr;
use crate::model::{Diagnostic, Discovered, ProjectKind, ProjectRoot};

/// How deep the walk goes below the scanned root.
pub const MAX_DEPTH: usize = 64;

/// Files that matter to discovery, per directory (root-relative directory → file names); folders
/// named like vendor folders get the [`VENDORED`] marker in their own entry.
type Listing = BTreeMap<PathBuf, BTreeSet<&'static str>>;

/// Marks a folder named like a vendor folder (`third_party`, …) in its own listing entry.
const VENDORED: &str = "<vendor folder>";

const INTERESTING: &[&str] = &[
    "Cargo.toml",
    "package.json",
    "package-lock.json",
    "npm-shrinkwrap.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "pyproject.toml",
    "Pipfile",
    "Pipfile.lock",
    "poetry.lock",
    "uv.lock",
    "pdm.lock",
    "setup.cfg",
    "setup.py",
    "go.mod",
    "go.sum",
    "pom.xml",
    "gradle.lockfile",
    "settings.gradle",
    "settings.gradle.kts",
    "build.gradle",
    "build.gradle.kts",
    "composer.json",
    "composer.lock",
    "Gemfile",
    "Gemfile.lock",
    "gems.rb",
    "gems.locked",
    "packages.lock.json",
    "packages.config",
];

/// Stands for any .NET project file (`*.csproj`, `*.fsproj`, `*.vbproj`) in a listing.
const DOTNET_PROJECT: &str = "*.csproj";

/// Folder names that usually hold copies of other projects' code.
pub const VENDOR_DIRS: &[&str] = &[
    "third_party",
    "third-party",
    "thirdparty",
    "3rdparty",
    "vendor",
    "external",
    "extern",
    "deps",
];

/// Stands for any `requirements*.txt` in a listing.
const REQUIREMENTS: &str = "requirements*.txt";

/// The Python lockfiles the adapter reads, most precise first.
pub const PYTHON_LOCKFILES: &[&str] = &["uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock"];

/// The OS package databases of the image or root file system at `root` (`--image`,
/// `--rootfs`): dpkg's (`var/lib/dpkg/status`, else distroless's `var/lib/dpkg/status.d/`),
/// apk's and rpm's. The rest of the system is not walked for projects: it is not a source tree.
pub fn find_system_roots(root: &Path) -> Discovered {
    let mut found = Discovered::default();
    let exists = |rel: &str| {
        crate::read::in_root(root, Path::new(rel)).filter(|p| p.is_file() || p.is_dir())
    };
    let databases = [
        (
            ProjectKind::Dpkg,
            &["var/lib/dpkg/status", "var/lib/dpkg/status.d"][..],
        ),
        (
            ProjectKind::Apk,
            &["lib/apk/db/installed", "usr/lib/apk/db/installed"][..],
        ),
        // sqlite first; the older Berkeley DB and ndb ones are found to be refused by name.
        (
            ProjectKind::Rpm,
            &[
                "usr/lib/sysimage/rpm/rpmdb.sqlite",
                "var/lib/rpm/rpmdb.sqlite",
                "usr/lib/sysimage/rpm/Packages.db",
                "var/lib/rpm/Packages.db",
                "usr/lib/sysimage/rpm/Packages",
                "var/lib/rpm/Packages",
            ][..],
        ),
    ];
    for (kind, places) in databases {
        if let Some(rel) = places.iter().find(|rel| exists(rel).is_some()) {
            found.roots.push(ProjectRoot {
                kind,
                dir: PathBuf::new(),
                manifest: PathBuf::from(rel),
                lockfile: None,
            });
        }
    }
    if found.roots.is_empty() {
        found
            .warnings
            .push(Diagnostic::new("", tr!("discover-no-package-database")));
    }
    find_installed(root, &mut found);
    found
}

/// The folders of a system that are not files on a disk (`/proc`, `/sys`) or hold nothing
/// installed (`/tmp`, caches); never entered when a system is scanned.
const NOT_INSTALLED: &[&str] = &[
    "proc",
    "sys",
    "dev",
    "run",
    "tmp",
    "var/tmp",
    "var/cache",
    "var/run",
];

/// The language packages installed in a system (`--image`, `--rootfs`): Python's
/// `site-packages` and `dist-packages`, `node_modules` folders, jars (one project per folder),
/// gem homes (`specifications/`), and Go and `cargo auditable` Rust binaries, found by their
/// ELF sections among the executable files.
fn find_installed(root: &Path, found: &mut Discovered) {
    let mut jar_folders = BTreeSet::new();
    let mut walker = WalkDir::new(root)
        .follow_links(false)
        .max_depth(MAX_DEPTH)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            // The folders not entered are at most two deep: no path is made for the others.
            !(entry.file_type().is_dir()
                && ((entry.depth() <= 2
                    && NOT_INSTALLED
                        .iter()
                        .any(|skip| relative(root, entry.path()) == Path::new(skip)))
                    || entry.file_name().to_string_lossy().starts_with(".git")))
        });
    while let Some(entry) = walker.next() {
        let Ok(entry) = entry else {
            continue;
        };
        let rel = relative(root, entry.path());
        let parent = rel.parent().map(Path::to_path_buf).unwrap_or_default();
        let name = entry.file_name().to_string_lossy();
        let file_type = entry.file_type();
        let installed = if file_type.is_dir() {
            match &*name {
                "site-packages" | "dist-packages" => {
                    Some(installed_root(ProjectKind::SitePackages, rel.clone(), rel))
                }
                "node_modules" => {
                    // The application's package.json names it; a global folder has none.
                    let manifest = parent.join("package.json");
                    let manifest = match root.join(&manifest).is_file() {
                        true => manifest,
                        false => rel,
                    };
                    Some(installed_root(ProjectKind::NodeModules, parent, manifest))
                }
                "specifications" if holds_gemspecs(entry.path()) => {
                    Some(installed_root(ProjectKind::Gems, parent, rel))
                }
                _ => None,
            }
        } else if !file_type.is_file() {
            None
        } else if is_jar(&name) {
            jar_folders.insert(parent);
            None
        } else if is_program(&entry) {
            match crate::binary::classify_file(entry.path()) {
                Some(crate::binary::Kind::Go) => {
                    Some(installed_root(ProjectKind::GoBinary, parent, rel))
                }
                Some(crate::binary::Kind::Rust) => {
                    Some(installed_root(ProjectKind::RustBinary, parent, rel))
                }
                None => None,
            }
        } else {
            None
        };
        if let Some(installed) = installed {
            // The collector reads the whole folder.
            if file_type.is_dir() {
                walker.skip_current_dir();
            }
            found.roots.push(installed);
        }
    }
    for folder in jar_folders {
        found
            .roots
            .push(installed_root(ProjectKind::Jars, folder.clone(), folder));
    }
}

/// A jar, war or ear, by its file name: a Java archive read for the artifacts it holds.
pub fn is_jar(name: &str) -> bool {
    [".jar", ".war", ".ear"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

/// Installed packages have no lockfile.
fn installed_root(kind: ProjectKind, dir: PathBuf, manifest: PathBuf) -> ProjectRoot {
    ProjectRoot {
        kind,
        dir,
        manifest,
        lockfile: None,
    }
}

/// A gem home's `specifications/` (or Debian's `rubygems-integration/all/specifications/`).
fn holds_gemspecs(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().ends_with(".gemspec"))
    })
}

/// An executable file large enough to be a compiled program.
fn is_program(entry: &walkdir::DirEntry) -> bool {
    use std::os::unix::fs::PermissionsExt;
    entry
        .metadata()
        .is_ok_and(|m| m.permissions().mode() & 0o111 != 0 && m.len() >= 1024)
}

/// Finds every project root below `root`.
pub fn find_roots(root: &Path) -> Discovered {
    let mut found = Discovered::default();
    let listing = walk(root, &mut found);
    find_cargo_roots(root, &listing, &mut found);
    find_npm_roots(root, &listing, &mut found);
    find_python_roots(root, &listing, &mut found);
    find_go_roots(&listing, &mut found);
    find_maven_roots(&listing, &mut found);
    find_gradle_roots(&listing, &mut found);
    find_single_file_roots(&listing, &mut found);
    find_dotnet_roots(root, &listing, &mut found);
    find_vendored_roots(root, &listing, &mut found);
    found.roots.sort();
    found.errors.sort();
    found.warnings.sort();
    found
}

fn walk(root: &Path, found: &mut Discovered) -> Listing {
    let mut listing = Listing::new();
    let walker = WalkDir::new(root)
        .follow_links(false)
        .max_depth(MAX_DEPTH)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_skipped_dir(entry));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().map(|p| relative(root, p)).unwrap_or_default();
                found.warnings.push(Diagnostic::new(
                    path,
                    tr!("discover-skipped", error = err.to_string()),
                ));
                continue;
            }
        };
        if entry.depth() == MAX_DEPTH && entry.file_type().is_dir() {
            found.warnings.push(Diagnostic::new(
                relative(root, entry.path()),
                tr!("discover-too-deep", max = MAX_DEPTH),
            ));
            continue;
        }
        let Some(name) = entry.file_name().to_str() else {
            continue;
        };
        if entry.depth() > 0 && entry.file_type().is_dir() && VENDOR_DIRS.contains(&name) {
            let dir = relative(root, entry.path());
            listing.entry(dir).or_default().insert(VENDORED);
            continue;
        }
        let known = match INTERESTING.iter().find(|&&k| k == name) {
            Some(&known) => known,
            None if is_requirements_file(name) => REQUIREMENTS,
            None if is_dotnet_project(name) => DOTNET_PROJECT,
            None => continue,
        };
        let file_type = entry.file_type();
        if !file_type.is_file() {
            if !file_type.is_dir() {
                let message = if file_type.is_symlink() {
                    tr!("discover-symlink-not-read")
                } else {
                    tr!("discover-special-not-read")
                };
                found
                    .warnings
                    .push(Diagnostic::new(relative(root, entry.path()), message));
            }
            continue;
        }
        let dir = entry
            .path()
            .parent()
            .map(|p| relative(root, p))
            .unwrap_or_default();
        listing.entry(dir).or_default().insert(known);
    }
    listing
}

/// Whether a file name is a .NET project file.
fn is_dotnet_project(name: &str) -> bool {
    [".csproj", ".fsproj", ".vbproj"]
        .iter()
        .any(|ext| name.len() > ext.len() && name.ends_with(ext))
}

/// Folders never entered: hidden ones, build output, `node_modules`, vendored crates, virtualenvs,
/// caches tagged as such (`CACHEDIR.TAG`), and the `vendor/` folders that Go, Composer and Bundler fill (their adapters read them).
pub fn is_skipped_dir(entry: &walkdir::DirEntry) -> bool {
    if !entry.file_type().is_dir() {
        return false;
    }
    let name = entry.file_name().to_string_lossy();
    if name == "vendor" {
        let parent = entry.path().parent().unwrap_or(Path::new(""));
        let managed = ["go.mod", "composer.json", "Gemfile", "gems.rb"];
        if managed.iter().any(|m| parent.join(m).is_file()) {
            return true;
        }
    }
    name.starts_with('.')
        || name == "target"
        || name == "node_modules"
        || name == "__pycache__"
        || name == "site-packages"
        || entry.path().join(".cargo-checksum.json").is_file()
        // A virtualenv: its packages are read by the project next to it, not as projects.
        || entry.path().join("pyvenv.cfg").is_file()
        // A cache (the Cache Directory Tagging spec: uv's, a CI's restored caches): what it holds
        // is read as a cache, for the projects that lock it.
        || entry.path().join("CACHEDIR.TAG").is_file()
}

/// A path relative to the scanned root (empty for the root itself).
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

// ---------------------------------------------------------------------------------------------
// Cargo

/// What discovery needs to know about a `Cargo.toml`.
enum CargoManifest {
    /// Has a `[workspace]` table: a root, whose excluded paths are given (root-relative).
    Workspace { exclude: Vec<PathBuf> },
    /// A package that names its workspace explicitly (`package.workspace = "…"`).
    ExplicitMember,
    /// A package that belongs to the nearest enclosing workspace, if any.
    Package,
    /// Neither (e.g. an empty file): not a project.
    Other,
}

fn find_cargo_roots(root: &Path, listing: &Listing, found: &mut Discovered) {
    let mut manifests = BTreeMap::new();
    for (dir, files) in listing {
        if !files.contains("Cargo.toml") {
            continue;
        }
        let path = dir.join("Cargo.toml");
        match read_cargo_manifest(root, dir, &path) {
            Ok(CargoManifest::Other) => found
                .warnings
                .push(Diagnostic::new(path, tr!("discover-not-cargo-project"))),
            Ok(manifest) => {
                manifests.insert(dir.clone(), manifest);
            }
            Err(message) => found.errors.push(Diagnostic::new(path, message)),
        }
    }
    for (dir, manifest) in &manifests {
        let is_root = match manifest {
            CargoManifest::Workspace { .. } => true,
            CargoManifest::ExplicitMember | CargoManifest::Other => false,
            CargoManifest::Package => !in_enclosing_workspace(dir, &manifests),
        };
        if is_root {
            let lock = dir.join("Cargo.lock");
            found.roots.push(ProjectRoot {
                kind: ProjectKind::Cargo,
                dir: dir.clone(),
                manifest: dir.join("Cargo.toml"),
                lockfile: root.join(&lock).is_file().then_some(lock),
            });
        }
    }
}

fn read_cargo_manifest(root: &Path, dir: &Path, path: &Path) -> Result<CargoManifest, String> {
    let text = crate::read::text(root.join(path))
        .map_err(|e| tr!("read-cannot-read", error = e.to_string()))?;
    let table: toml::Table = toml::from_str(&text)
        .map_err(|e| tr!("read-invalid-toml", error = e.to_string().trim_end()))?;
    if let Some(workspace) = table.get("workspace").and_then(|w| w.as_table()) {
        let exclude = workspace
            .get("exclude")
            .and_then(|e| e.as_array())
            .into_iter()
            .flatten()
            .filter_map(|e| e.as_str())
            .map(|e| normalize(&dir.join(e)))
            .collect();
        return Ok(CargoManifest::Workspace { exclude });
    }
    match table.get("package").and_then(|p| p.as_table()) {
        Some(package) if package.contains_key("workspace") => Ok(CargoManifest::ExplicitMember),
        Some(_) => Ok(CargoManifest::Package),
        None => Ok(CargoManifest::Other),
    }
}

/// Cargo's rule: a package belongs to the nearest enclosing workspace unless that workspace
/// excludes it.
fn in_enclosing_workspace(dir: &Path, manifests: &BTreeMap<PathBuf, CargoManifest>) -> bool {
    dir.ancestors().skip(1).any(|ancestor| {
        matches!(
            manifests.get(ancestor),
            Some(CargoManifest::Workspace { exclude }) if !exclude.iter().any(|e| dir.starts_with(e))
        )
    })
}

/// Resolves `.` and `..` lexically (the paths come from manifests, not from the filesystem).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// npm

fn find_npm_roots(root: &Path, listing: &Listing, found: &mut Discovered) {
    let mut npm_dirs: Vec<&PathBuf> = Vec::new();
    for (dir, files) in listing {
        if !files.contains("package.json") {
            continue;
        }
        // npm prefers the shrinkwrap when both exist; Yarn's and pnpm's lockfiles go to the same adapter.
        let lockfile = [
            "npm-shrinkwrap.json",
            "package-lock.json",
            "yarn.lock",
            "pnpm-lock.yaml",
        ]
        .into_iter()
        .find(|lock| files.contains(lock));
        if lockfile.is_none() {
            // Without a lockfile of its own, a package.json below another npm project is one of
            // its workspaces or a nested package, which the enclosing lockfile covers.
            if npm_dirs.iter().any(|parent| dir.starts_with(parent)) {
                continue;
            }
        }
        // Without a lockfile, npm ≥ 7 still keeps one (v3 shape) inside node_modules.
        let hidden = Path::new("node_modules").join(".package-lock.json");
        let lockfile = match lockfile {
            Some(lock) => Some(dir.join(lock)),
            None => Some(dir.join(&hidden)).filter(|lock| root.join(lock).is_file()),
        };
        npm_dirs.push(dir);
        found.roots.push(ProjectRoot {
            kind: ProjectKind::Npm,
            dir: dir.clone(),
            manifest: dir.join("package.json"),
            lockfile,
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Python

fn find_python_roots(root: &Path, listing: &Listing, found: &mut Discovered) {
    for (dir, files) in listing {
        let lockfile = PYTHON_LOCKFILES.iter().find(|lock| files.contains(*lock));
        let manifest = if files.contains("pyproject.toml") {
            Some("pyproject.toml".to_owned())
        } else if files.contains("Pipfile") {
            Some("Pipfile".to_owned())
        } else if files.contains("setup.cfg") {
            Some("setup.cfg".to_owned())
        } else if files.contains("setup.py") {
            Some("setup.py".to_owned())
        } else if files.contains(REQUIREMENTS) {
            first_requirements_file(&root.join(dir))
        } else {
            lockfile.map(|lock| (*lock).to_owned())
        };
        let Some(manifest) = manifest else {
            continue;
        };
        found.roots.push(ProjectRoot {
            kind: ProjectKind::Python,
            dir: dir.clone(),
            manifest: dir.join(manifest),
            lockfile: lockfile.map(|lock| dir.join(lock)),
        });
    }
}

/// `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, `requirements/base.txt`…
pub fn is_requirements_file(name: &str) -> bool {
    name.ends_with(".txt") && name.contains("requirements")
}

/// `requirements.txt` if it exists, else the first `requirements*.txt` by name.
fn first_requirements_file(dir: &Path) -> Option<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| is_requirements_file(n))
        .collect();
    names.sort_by_key(|n| (n != "requirements.txt", n.clone()));
    names.into_iter().next()
}

// ---------------------------------------------------------------------------------------------
// Go, Maven, Gradle, Composer, Bundler, NuGet, vendored code

/// Every `go.mod` is a module of its own (Go treats nested modules as separate).
fn find_go_roots(listing: &Listing, found: &mut Discovered) {
    for (dir, files) in listing {
        if files.contains("go.mod") {
            found.roots.push(ProjectRoot {
                kind: ProjectKind::Go,
                dir: dir.clone(),
                manifest: dir.join("go.mod"),
                lockfile: files.contains("go.sum").then(|| dir.join("go.sum")),
            });
        }
    }
}

/// A `pom.xml` below another one is a module of that build, which its adapter reads.
fn find_maven_roots(listing: &Listing, found: &mut Discovered) {
    let mut builds: Vec<&PathBuf> = Vec::new();
    for (dir, files) in listing {
        if !files.contains("pom.xml") || builds.iter().any(|b| dir.starts_with(b)) {
            continue;
        }
        builds.push(dir);
        found.roots.push(ProjectRoot {
            kind: ProjectKind::Maven,
            dir: dir.clone(),
            manifest: dir.join("pom.xml"),
            lockfile: None,
        });
    }
}

/// A Gradle build: a folder with `settings.gradle(.kts)`, or a `build.gradle(.kts)` or
/// `gradle.lockfile` outside every such build. Subprojects' lockfiles belong to the build.
fn find_gradle_roots(listing: &Listing, found: &mut Discovered) {
    const SETTINGS: &[&str] = &["settings.gradle", "settings.gradle.kts"];
    const BUILD: &[&str] = &["build.gradle", "build.gradle.kts", "gradle.lockfile"];
    let mut builds: Vec<&PathBuf> = Vec::new();
    for (dir, files) in listing {
        let settings = SETTINGS.iter().find(|s| files.contains(*s));
        let build = BUILD.iter().find(|s| files.contains(*s));
        let Some(manifest) = settings.or(build) else {
            continue;
        };
        if builds.iter().any(|b| dir.starts_with(b)) {
            continue;
        }
        builds.push(dir);
        found.roots.push(ProjectRoot {
            kind: ProjectKind::Gradle,
            dir: dir.clone(),
            manifest: dir.join(manifest),
            lockfile: files
                .contains("gradle.lockfile")
                .then(|| dir.join("gradle.lockfile")),
        });
    }
}

/// Composer and Bundler: one manifest and its lockfile per folder.
fn find_single_file_roots(listing: &Listing, found: &mut Discovered) {
    const KINDS: &[(ProjectKind, &[&str], &[&str])] = &[
        (
            ProjectKind::Composer,
            &["composer.json"],
            &["composer.lock"],
        ),
        (
            ProjectKind::Bundler,
            &["Gemfile", "gems.rb"],
            &["Gemfile.lock", "gems.locked"],
        ),
    ];
    for (dir, files) in listing {
        for (kind, manifests, lockfiles) in KINDS {
            let manifest = manifests.iter().find(|m| files.contains(*m));
            let lockfile = lockfiles.iter().find(|l| files.contains(*l));
            let Some(manifest) = manifest.or(lockfile) else {
                continue;
            };
            found.roots.push(ProjectRoot {
                kind: *kind,
                dir: dir.clone(),
                manifest: dir.join(manifest),
                lockfile: lockfile.map(|l| dir.join(l)),
            });
        }
    }
}

/// Every .NET project file is a project; its lockfile is `packages.lock.json`, else the legacy
/// `packages.config` beside it.
fn find_dotnet_roots(root: &Path, listing: &Listing, found: &mut Discovered) {
    for (dir, files) in listing {
        if !files.contains(DOTNET_PROJECT) {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut projects: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| is_dotnet_project(n))
            .collect();
        projects.sort();
        let lockfile = ["packages.lock.json", "packages.config"]
            .into_iter()
            .find(|l| files.contains(l));
        for project in projects {
            found.roots.push(ProjectRoot {
                kind: ProjectKind::Nuget,
                dir: dir.clone(),
                manifest: dir.join(project),
                lockfile: lockfile.map(|l| dir.join(l)),
            });
        }
    }
}

/// Every folder named like a vendor folder (`third_party/`, `external/`, …) that discovery
/// entered: its subfolders are the vendored packages.
fn find_vendored_roots(root: &Path, listing: &Listing, found: &mut Discovered) {
    for (dir, files) in listing {
        let holds_copies = || copies(&root.join(dir)).is_ok_and(|c| !c.is_empty());
        if files.contains(VENDORED) && holds_copies() {
            found.roots.push(ProjectRoot {
                kind: ProjectKind::Vendored,
                dir: dir.clone(),
                manifest: dir.clone(),
                lockfile: None,
            });
        }
    }
}

/// The copies in a vendor folder, sorted: its subfolders, except hidden ones and crates that
/// `cargo vendor` put there.
pub fn copies(dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut copies: Vec<(String, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
        .filter(|(name, path)| {
            !name.starts_with('.') && !path.join(".cargo-checksum.json").is_file()
        })
        .collect();
    copies.sort();
    Ok(copies)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree deeper than the walk goes: the folder where it stops is a warning, and projects
    /// above it are still found.
    #[test]
    fn the_walk_depth_limit_is_reported() {
        let tree = tempfile::tempdir().unwrap();
        std::fs::write(tree.path().join("requirements.txt"), "six==1.16.0\n").unwrap();
        let mut deep = tree.path().to_path_buf();
        for level in 0..MAX_DEPTH + 5 {
            deep.push(format!("d{level}"));
        }
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(deep.join("requirements.txt"), "six==1.16.0\n").unwrap();
        let found = find_roots(tree.path());
        assert_eq!(found.roots.len(), 1, "{:?}", found.roots);
        let warned: Vec<String> = found
            .warnings
            .iter()
            .map(|w| format!("{}: {}", crate::model::display_path(&w.path), w.message))
            .collect();
        assert_eq!(warned.len(), 1, "{warned:?}");
        assert!(
            warned[0]
                .ends_with("/d63: not entered: deeper than 64 folders below the scanned folder"),
            "{warned:?}"
        );
    }

    /// A cache restored into the project (a CI's `.cache/`-like folder, uv's own) holds unpacked
    /// packages with manifests of their own: never projects.
    #[test]
    fn tagged_caches_are_not_entered() {
        let tree = tempfile::tempdir().unwrap();
        std::fs::write(tree.path().join("requirements.txt"), "six==1.16.0\n").unwrap();
        let cache = tree.path().join("uv-cache/archive-v0/abc/pkg");
        std::fs::create_dir_all(&cache).unwrap();
        std::fs::write(cache.join("package.json"), "{}").unwrap();
        std::fs::write(
            tree.path().join("uv-cache/CACHEDIR.TAG"),
            "Signature: 8a477f597d28d172789f06886806bc55\n",
        )
        .unwrap();
        let found = find_roots(tree.path());
        assert_eq!(found.roots.len(), 1, "{:?}", found.roots);
    }
}
