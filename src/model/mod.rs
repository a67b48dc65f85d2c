//! Plain data exchanged between the pipeline stages.
//!
//! Every stage takes values from this module and returns values from this module; no stage reaches
//! into another stage's internals. Paths stored here are relative to the scanned root and use `/`
//! separators, so that reports are identical on every machine.

pub mod purl;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// A package ecosystem: the registry a package comes from, which names its purl type. Adding one
/// makes the compiler list every `match` to extend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ecosystem {
    Cargo,
    Npm,
    Python,
    Go,
    Maven,
    Composer,
    Gem,
    Nuget,
    /// Debian's and Ubuntu's packages (dpkg).
    Deb,
    /// Alpine's packages (apk).
    Apk,
    /// The Red Hat family's packages (rpm).
    Rpm,
    /// Code without a registry: vendored copies, or SBOM entries of an unknown type.
    Generic,
}

impl Ecosystem {
    pub const ALL: &[Ecosystem] = &[
        Ecosystem::Cargo,
        Ecosystem::Npm,
        Ecosystem::Python,
        Ecosystem::Go,
        Ecosystem::Maven,
        Ecosystem::Composer,
        Ecosystem::Gem,
        Ecosystem::Nuget,
        Ecosystem::Deb,
        Ecosystem::Apk,
        Ecosystem::Rpm,
        Ecosystem::Generic,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Ecosystem::Cargo => "cargo",
            Ecosystem::Npm => "npm",
            Ecosystem::Python => "python",
            Ecosystem::Go => "go",
            Ecosystem::Maven => "maven",
            Ecosystem::Composer => "composer",
            Ecosystem::Gem => "gem",
            Ecosystem::Nuget => "nuget",
            Ecosystem::Deb => "deb",
            Ecosystem::Apk => "apk",
            Ecosystem::Rpm => "rpm",
            Ecosystem::Generic => "generic",
        }
    }

    /// The package URL type (`pkg:<type>/…`).
    pub fn purl_type(self) -> &'static str {
        match self {
            Ecosystem::Cargo => "cargo",
            Ecosystem::Npm => "npm",
            Ecosystem::Python => "pypi",
            Ecosystem::Go => "golang",
            Ecosystem::Maven => "maven",
            Ecosystem::Composer => "composer",
            Ecosystem::Gem => "gem",
            Ecosystem::Nuget => "nuget",
            Ecosystem::Deb => "deb",
            Ecosystem::Apk => "apk",
            Ecosystem::Rpm => "rpm",
            Ecosystem::Generic => "generic",
        }
    }

    /// The ecosystem of a purl type (`pypi` → Python); unknown types are generic.
    pub fn from_purl_type(purl_type: &str) -> Ecosystem {
        Ecosystem::ALL
            .iter()
            .copied()
            .find(|e| e.purl_type() == purl_type)
            .unwrap_or(Ecosystem::Generic)
    }
}

/// What manages a project, which decides the adapter that reads it. Yarn and pnpm projects are
/// `npm` projects; Gradle builds hold Maven packages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectKind {
    Cargo,
    Npm,
    Python,
    Go,
    Maven,
    Gradle,
    Composer,
    Bundler,
    Nuget,
    /// Copied-in code under `third_party/`, `vendor/`, `external/`, `deps/`.
    Vendored,
    /// An SBOM given with `--sbom`.
    Sbom,
    /// dpkg's database of an image or root file system (`var/lib/dpkg/status`, or distroless's
    /// `var/lib/dpkg/status.d/`).
    Dpkg,
    /// apk's database (`lib/apk/db/installed`).
    Apk,
    /// rpm's database (`var/lib/rpm/rpmdb.sqlite`).
    Rpm,
    /// Python distributions installed in a system's `site-packages` or `dist-packages` folder.
    SitePackages,
    /// Packages installed in a system's `node_modules` folder (an application's, or a global one).
    NodeModules,
    /// The jars (and the jars nested in them) of one folder of a system.
    Jars,
    /// Gems installed in a gem home of a system (`specifications/*.gemspec`).
    Gems,
    /// A Go program: the modules compiled into it.
    GoBinary,
    /// A Rust program built with `cargo auditable`: the crates compiled into it.
    RustBinary,
}

impl ProjectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProjectKind::Cargo => "cargo",
            ProjectKind::Npm => "npm",
            ProjectKind::Python => "python",
            ProjectKind::Go => "go",
            ProjectKind::Maven => "maven",
            ProjectKind::Gradle => "gradle",
            ProjectKind::Composer => "composer",
            ProjectKind::Bundler => "bundler",
            ProjectKind::Nuget => "nuget",
            ProjectKind::Vendored => "vendored",
            ProjectKind::Sbom => "sbom",
            ProjectKind::Dpkg => "dpkg",
            ProjectKind::Apk => "apk",
            ProjectKind::Rpm => "rpm",
            ProjectKind::SitePackages => "site-packages",
            ProjectKind::NodeModules => "node-modules",
            ProjectKind::Jars => "jars",
            ProjectKind::Gems => "gems",
            ProjectKind::GoBinary => "go-binary",
            ProjectKind::RustBinary => "rust-binary",
        }
    }
}

impl fmt::Display for ProjectKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a dependency is used. Ordered from most to least significant: when a package is reached in
/// several ways, the smallest value wins (a crate used at runtime and in tests is `runtime`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Runtime,
    Optional,
    Build,
    Dev,
    /// A package of the operating system of an image or root file system: shipped beside the
    /// application, not built into it (`[scopes.os]` in the policy).
    Os,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Runtime => "runtime",
            Scope::Optional => "optional",
            Scope::Build => "build",
            Scope::Dev => "dev",
            Scope::Os => "os",
        }
    }

    /// The scope in the current language, for people (`scope-<scope>`).
    pub fn label(self) -> String {
        crate::i18n::text(&format!("scope-{}", self.as_str()))
    }
}

/// A project root found by discovery: one manifest, and the lockfile that pins it when there is one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ProjectRoot {
    pub kind: ProjectKind,
    /// The project's directory, relative to the scanned root (`""` for the root itself).
    pub dir: PathBuf,
    /// The manifest (`Cargo.toml`, `package.json`), relative to the scanned root.
    pub manifest: PathBuf,
    /// The lockfile, relative to the scanned root, when the project has one.
    pub lockfile: Option<PathBuf>,
}

/// An image or root file system scanned instead of a source tree (`--image`, `--rootfs`).
#[derive(Debug, Clone, Default)]
pub struct System {
    /// What the reports call it: the image's name (`registry.example/app:1.4`, its title label,
    /// or the file given), or the folder given with `--rootfs`.
    pub name: String,
    /// The image's tag or version label, when it has one.
    pub version: String,
    /// The digest of the image's manifest, when read from an image.
    pub digest: Option<String>,
    /// The platform read (`linux/amd64`), when the image names one.
    pub platform: Option<String>,
    /// The image's own license (`org.opencontainers.image.licenses`), the project license for
    /// `[compatibility]`.
    pub licenses: Option<String>,
    /// What unpacking the image refused (unsafe entries, links out of the root).
    pub warnings: Vec<Diagnostic>,
    /// Layers that could not be read to their end, or at all: the scan is incomplete.
    pub errors: Vec<Diagnostic>,
}

/// The version of the JSON report's shape (`schema_version`), bumped on any incompatible change
/// to it: the JSON renderer writes it and baselines, which are JSON reports, are checked against it.
pub const SCHEMA_VERSION: u32 = 1;

/// The outcome of discovery: the project roots found under the scanned folder.
#[derive(Debug, Default)]
pub struct Discovered {
    pub roots: Vec<ProjectRoot>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// A third-party package, as an ecosystem adapter found it. Licenses are recorded, not interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub ecosystem: Ecosystem,
    pub name: String,
    pub version: String,
    /// Package URL, e.g. `pkg:npm/%40babel/core@7.26.0`.
    pub purl: String,
    pub scope: Scope,
    /// A direct dependency of one of the project's own packages.
    pub direct: bool,
    /// The license exactly as the package declares it, untouched.
    pub declared: Option<String>,
    /// Where the declaration was read when it was not the project's manifest or lockfile: the
    /// `package.json` inside a cached tarball (`…tgz!/package/package.json`).
    pub declared_in: Option<PathBuf>,
    /// Why nothing of the package itself could be read, when nothing could: where ossdoo looked
    /// and what would let it read more. The reason given for an unknown license.
    pub not_found: Option<std::sync::Arc<str>>,
    /// The package's installed or vendored source folder (absolute), when it is on disk.
    pub source_dir: Option<PathBuf>,
    /// The jar the package ships as, when it is on disk: its `META-INF/` holds the NOTICE files.
    pub archive: Option<PathBuf>,
    /// License files found in the package's source folder (absolute paths).
    pub license_files: Vec<PathBuf>,
    /// The bytes of those of [`Package::license_files`] that were read out of an archive while
    /// collecting (a tarball in npm's cache), so that resolution does not decompress it again.
    pub license_texts: Vec<(PathBuf, Vec<u8>)>,
    /// The manifests (root-relative) of the projects that depend on this package.
    pub manifests: Vec<PathBuf>,
    /// What the adapter read beside the declaration, kept as evidence for reviewers: a Debian
    /// copyright file's stanzas, an exception SPDX cannot name.
    pub notes: Vec<String>,
    /// In an image or root file system: the file that shows the package installed (its
    /// `METADATA`, `package.json`, jar, gemspec or the binary it is compiled into), relative to
    /// the system's root. A file that an OS package owns makes the two one package.
    pub installed_at: Option<PathBuf>,
}

impl Package {
    /// A package found in `manifest`, with nothing known yet about its use or license: runtime,
    /// transitive, no declared license, no source folder.
    pub fn new(ecosystem: Ecosystem, name: String, version: String, manifest: &Path) -> Self {
        Package {
            purl: purl::build(ecosystem, &name, &version),
            ecosystem,
            name,
            version,
            scope: Scope::Runtime,
            direct: false,
            declared: None,
            declared_in: None,
            not_found: None,
            source_dir: None,
            archive: None,
            license_files: Vec::new(),
            license_texts: Vec::new(),
            manifests: vec![manifest.to_path_buf()],
            notes: Vec::new(),
            installed_at: None,
        }
    }
}

/// A first-party package: a Cargo workspace member, an npm root or workspace package.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Member {
    pub name: String,
    pub version: String,
    pub declared: Option<String>,
    /// The concluded SPDX expression, filled in by the resolve stage.
    pub license: Option<String>,
}

/// What one adapter found for one project root.
#[derive(Debug, Clone, Default)]
pub struct Collected {
    pub members: Vec<Member>,
    pub packages: Vec<Package>,
    /// Problems that did not stop the collection (a package.json that could not be read, …).
    pub warnings: Vec<Diagnostic>,
    /// Where the packages were read from, outside the lockfile (the environment chosen).
    pub sources: Vec<Source>,
}

/// A project after collection.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: ProjectRoot,
    /// The project's own packages (workspace members, the npm root package).
    pub members: Vec<Member>,
    /// How many third-party packages it depends on.
    pub packages: usize,
    /// Where its packages were read from, outside the lockfile.
    pub sources: Vec<Source>,
}

/// Everything collected from every project, packages merged across projects.
#[derive(Debug, Default)]
pub struct Collection {
    pub projects: Vec<Project>,
    pub packages: Vec<Package>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    /// Time spent per kind of project (`--timings`).
    pub per_kind: crate::timings::PerKind,
}

/// Where a project's packages were read from, for reviewers: `Python environment (Poetry's)`
/// at `~/.cache/pypoetry/virtualenvs/app-AbCd1234-py3.11`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    pub what: String,
    /// As messages show it: relative to the scanned folder, `~/…`, or absolute.
    pub path: String,
}

/// A problem with the input, tied to the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Root-relative path of the file (or folder) concerned.
    pub path: PathBuf,
    /// What is wrong and, where known, what to do about it.
    pub message: String,
}

impl Diagnostic {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Bytes as lower-case hexadecimal (a digest in a content-addressed path, a fingerprint).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        hex.push(DIGITS[usize::from(byte >> 4)] as char);
        hex.push(DIGITS[usize::from(byte & 0xF)] as char);
    }
    hex
}

/// Renders a root-relative path with `/` separators, `.` for the root itself.
pub fn display_path(path: &std::path::Path) -> String {
    display_path_str(path).into_owned()
}

/// [`display_path`], borrowed when the path is already written that way (as nearly every path
/// ossdoo builds is): reports name a manifest for each of 150,000 packages.
pub fn display_path_str(path: &std::path::Path) -> std::borrow::Cow<'_, str> {
    if let Some(text) = path.to_str().filter(|text| is_plain(text)) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(normalized_path(path))
}

/// A path whose text its components would give back unchanged: not empty, `/` between names,
/// none of them empty or `.` (but a leading `./`, which components keep).
fn is_plain(text: &str) -> bool {
    !text.is_empty()
        && !text.contains('\\')
        && text
            .split('/')
            .enumerate()
            .all(|(i, part)| part != "." || i == 0)
        && !text.contains("//")
        && (text == "/" || !text.ends_with('/'))
}

fn normalized_path(path: &std::path::Path) -> String {
    use std::path::Component;
    // An absolute path keeps one leading `/` (and a Windows drive), not `//root/…`.
    let mut start = String::new();
    let mut parts = Vec::new();
    for component in path.components() {
        match component {
            Component::Prefix(prefix) => start.push_str(&prefix.as_os_str().to_string_lossy()),
            Component::RootDir => start.push('/'),
            other => parts.push(other.as_os_str().to_string_lossy()),
        }
    }
    let s = start + &parts.join("/");
    if s.is_empty() { ".".to_owned() } else { s }
}

#[cfg(test)]
mod tests {
    use super::display_path;
    use std::path::Path;

    #[test]
    fn paths_are_shown_with_slashes() {
        assert_eq!(display_path(Path::new("")), ".");
        assert_eq!(display_path(Path::new("a/b/Cargo.toml")), "a/b/Cargo.toml");
        assert_eq!(
            display_path(Path::new("/root/.cache/ossdoo")),
            "/root/.cache/ossdoo"
        );
        // The borrowed fast path gives what the components give.
        for path in [
            "a", "a/b", "./a", "a/./b", "a/.", "a//b", "a/", "/", "//a", "/a/", ".", "./", "..",
            "../a", "a/..", ".a/b.", "a\\b", "/root/x",
        ] {
            assert_eq!(
                super::display_path_str(Path::new(path)),
                super::normalized_path(Path::new(path)),
                "{path}"
            );
        }
    }
}
