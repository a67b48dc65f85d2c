//! Fuzzing entry points: one function per input parser, each taking arbitrary bytes. None may
//! panic, hang or allocate without bound on any input; returning an error is the expected answer
//! to most of them, and errors are ignored here.
//!
//! The `fuzz/` crate (`cargo +nightly fuzz run <target>`) has one fuzz target per function, of
//! the same name; the tests below replay every input saved under
//! `fixtures/fuzz-regressions/<target>/`, so that each crash the fuzzer found stays fixed. See
//! `docs/fuzzing.md`.
//!
//! Pure parsers are called directly (fast). Adapters that read their files from disk get the
//! input written under the right file name in a fresh temporary folder, next to small fixed
//! companion files (a `package.json` for a lockfile, a lockfile for a manifest), and are called
//! through their `collect` with a [`Context`] that points at nothing outside that folder
//! (no home, no caches, no `cargo` run). Targets that cover several files take the first byte of
//! the input as a selector: `data[0] % n` picks the file the rest of the input becomes.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::context::Context;
use crate::ecosystems;
use crate::model::{Collected, Diagnostic, ProjectKind, ProjectRoot};

/// A target: its name (the fuzz target's and the regression folder's), its function, and how many
/// files the selector byte chooses from (1: no selector byte, the whole input is the file).
pub type Target = (&'static str, fn(&[u8]), usize);

/// Every target.
pub const TARGETS: &[Target] = &[
    ("npm_lock", npm_lock, 1),
    ("yarn_lock", yarn_lock, 1),
    ("pnpm_lock", pnpm_lock, 1),
    ("cargo_lock", cargo_lock, 1),
    ("cargo_manifest", cargo_manifest, 1),
    ("cargo_config", cargo_config, 1),
    ("python_metadata", python_metadata, PYTHON_METADATA_FILES),
    ("python_lock", python_lock, PYTHON_LOCK_FILES.len()),
    ("pyproject", pyproject, PYPROJECT_FILES),
    ("go_mod", go_mod, GO_FILES),
    ("pom", pom, 1),
    ("gradle_lock", gradle_lock, GRADLE_FILES),
    ("gemfile_lock", gemfile_lock, RUBY_FILES),
    ("composer_lock", composer_lock, COMPOSER_FILES),
    ("nuget", nuget, NUGET_FILES),
    ("sbom", sbom, 1),
    ("license", license, 1),
    ("policy", policy, 1),
];

// ---------------------------------------------------------------------------------------------
// Helpers

/// The selector byte (`data[0] % n`) and the rest of the input; an empty input selects 0.
fn select(data: &[u8], n: usize) -> (usize, &[u8]) {
    match data.split_first() {
        Some((&first, rest)) => (usize::from(first) % n, rest),
        None => (0, data),
    }
}

/// The input as text the way most readers take it (invalid UTF-8 replaced, not rejected, so that
/// the parser still sees the rest).
fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// A scan context that looks nowhere outside the scanned folder: no home folder, no package
/// manager caches, and a `cargo` that does not exist. Built once (parsing the default policy is
/// not free) and cloned per input.
fn context(root: &Path) -> Context {
    static BASE: OnceLock<Context> = OnceLock::new();
    let base = BASE.get_or_init(|| {
        let policy = crate::policy::Policy::parse(
            crate::policy::shipped("default").unwrap_or_default(),
            "embedded:default",
        )
        .expect("the shipped default policy is valid");
        let mut ctx = Context::new(PathBuf::new(), ".".to_owned(), policy);
        ctx.home = None;
        ctx.cargo = PathBuf::from("/nonexistent/ossdoo-fuzz/cargo");
        ctx.cargo_home = None;
        ctx.go_modcache = None;
        ctx.gradle_home = None;
        ctx.nuget_packages = None;
        ctx.maven_repo = None;
        ctx.gem_home = None;
        ctx.python_env = None;
        ctx
    });
    let mut ctx = base.clone();
    ctx.root = root.to_path_buf();
    ctx
}

/// Writes `files` (paths relative to a fresh temporary folder) and runs `collect` on the project
/// described by `kind`, `manifest` and `lockfile`; `setup` may adjust the context.
fn collect_in(
    files: &[(&str, &[u8])],
    kind: ProjectKind,
    manifest: &str,
    lockfile: Option<&str>,
    setup: impl FnOnce(&mut Context),
    collect: fn(&ProjectRoot, &Context) -> Result<Collected, Diagnostic>,
) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            if std::fs::create_dir_all(parent).is_err() {
                return;
            }
        }
        if std::fs::write(&path, bytes).is_err() {
            return;
        }
    }
    let mut ctx = context(dir.path());
    setup(&mut ctx);
    let root = ProjectRoot {
        kind,
        dir: PathBuf::new(),
        manifest: PathBuf::from(manifest),
        lockfile: lockfile.map(PathBuf::from),
    };
    let _ = collect(&root, &ctx);
}

// ---------------------------------------------------------------------------------------------
// JavaScript

const NPM_MANIFEST: &[u8] = br#"{"name":"fuzz-app","version":"1.0.0","license":"MIT",
"dependencies":{"a":"^1.0.0","@s/b":"1.0.0"},"devDependencies":{"d":"*"},
"optionalDependencies":{"o":"1"},"peerDependencies":{"p":"2"}}"#;

/// `package-lock.json` / `npm-shrinkwrap.json` (v1, v2, v3): the npm adapter.
pub fn npm_lock(data: &[u8]) {
    collect_in(
        &[("package.json", NPM_MANIFEST), ("package-lock.json", data)],
        ProjectKind::Npm,
        "package.json",
        Some("package-lock.json"),
        |_| {},
        ecosystems::npm::collect,
    );
}

/// `yarn.lock`, classic and Berry: the parser, then (when it parses) the npm adapter's walk.
pub fn yarn_lock(data: &[u8]) {
    let text = text(data);
    let Ok(lock) = ecosystems::yarn::parse(&text) else {
        return;
    };
    for entry in &lock.entries {
        for (name, range) in &entry.dependencies {
            let _ = lock.resolve(name, range);
        }
    }
    collect_in(
        &[("package.json", NPM_MANIFEST), ("yarn.lock", data)],
        ProjectKind::Npm,
        "package.json",
        Some("yarn.lock"),
        |_| {},
        ecosystems::npm::collect,
    );
}

/// `pnpm-lock.yaml` (v6, v9): the parser and the graph, then (when it parses) the npm adapter.
pub fn pnpm_lock(data: &[u8]) {
    let text = text(data);
    let Ok(lock) = ecosystems::pnpm::parse(&text) else {
        return;
    };
    let _ = ecosystems::pnpm::graph(&lock);
    collect_in(
        &[("package.json", NPM_MANIFEST), ("pnpm-lock.yaml", data)],
        ProjectKind::Npm,
        "package.json",
        Some("pnpm-lock.yaml"),
        |_| {},
        ecosystems::npm::collect,
    );
}

// ---------------------------------------------------------------------------------------------
// Cargo

const CARGO_MANIFEST: &[u8] = br#"[package]
name = "fuzz-app"
version = "0.1.0"
license = "MIT"

[dependencies]
serde = "1"

[dev-dependencies]
rand = "0.8"

[build-dependencies]
cc = "1"
"#;

const CARGO_REGISTRY_PACKAGES: &str = r#"
[[package]]
name = "serde"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "rand"
version = "0.8.5"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = ["serde"]

[[package]]
name = "cc"
version = "1.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;

/// `Cargo.lock`, read by the fallback used when `cargo` is not installed.
pub fn cargo_lock(data: &[u8]) {
    collect_in(
        &[("Cargo.toml", CARGO_MANIFEST), ("Cargo.lock", data)],
        ProjectKind::Cargo,
        "Cargo.toml",
        Some("Cargo.lock"),
        |_| {},
        ecosystems::cargo::lockfile::collect,
    );
}

/// A crate's `Cargo.toml`, as the `Cargo.lock` fallback reads it (license, dependency kinds,
/// `[target.*]` tables, renamed dependencies). The lockfile is written to name the manifest's own
/// package, so that the manifest is always found and read in full.
pub fn cargo_manifest(data: &[u8]) {
    let manifest: Option<toml::Table> = std::str::from_utf8(data)
        .ok()
        .and_then(|t| toml::from_str(t).ok());
    let field = |key: &str, default: &str| {
        let value = manifest
            .as_ref()
            .and_then(|m| m.get("package")?.get(key)?.as_str().map(str::to_owned))
            .unwrap_or_else(|| default.to_owned());
        toml::Value::String(value).to_string()
    };
    let lock = format!(
        "version = 3\n\n[[package]]\nname = {}\nversion = {}\ndependencies = [\"serde\", \"rand\", \"cc\"]\n{CARGO_REGISTRY_PACKAGES}",
        field("name", "fuzz-app"),
        field("version", "0.1.0"),
    );
    collect_in(
        &[("Cargo.toml", data), ("Cargo.lock", lock.as_bytes())],
        ProjectKind::Cargo,
        "Cargo.toml",
        Some("Cargo.lock"),
        |_| {},
        ecosystems::cargo::lockfile::collect,
    );
}

/// A scanned tree's `.cargo/config.toml`: the source-replacement settings ossdoo passes on to
/// `cargo metadata` (only `[source.*]` and `[registries.*].index`, paths made absolute), and the
/// vendor folders the `Cargo.lock` fallback finds through it.
pub fn cargo_config(data: &[u8]) {
    let lock = format!(
        "version = 3\n\n[[package]]\nname = \"fuzz-app\"\nversion = \"0.1.0\"\ndependencies = [\"serde\", \"rand\", \"cc\"]\n{CARGO_REGISTRY_PACKAGES}"
    );
    let files: &[(&str, &[u8])] = &[
        ("Cargo.toml", CARGO_MANIFEST),
        ("Cargo.lock", lock.as_bytes()),
        (".cargo/config.toml", data),
    ];
    collect_in(
        files,
        ProjectKind::Cargo,
        "Cargo.toml",
        Some("Cargo.lock"),
        |_| {},
        ecosystems::cargo::lockfile::collect,
    );
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let config = dir.path().join(".cargo");
    if std::fs::create_dir_all(&config).is_ok()
        && std::fs::write(config.join("config.toml"), data).is_ok()
    {
        let _ = ecosystems::cargo::source_settings(dir.path());
    }
}

// ---------------------------------------------------------------------------------------------
// Python

const PYTHON_METADATA_FILES: usize = 2;

/// `METADATA` / `PKG-INFO` headers. Selector 0: the header parser alone; 1: an installed
/// distribution in a virtualenv (`License-File`, `Requires-Dist`, classifiers).
pub fn python_metadata(data: &[u8]) {
    let (which, data) = select(data, PYTHON_METADATA_FILES);
    let _ = ecosystems::python::metadata::parse_headers(&text(data));
    if which == 1 {
        let Ok(dir) = tempfile::tempdir() else {
            return;
        };
        let dist = dir
            .path()
            .join("lib/python3.12/site-packages/fuzz-1.0.dist-info");
        if std::fs::create_dir_all(&dist).is_ok()
            && std::fs::write(dist.join("METADATA"), data).is_ok()
            && std::fs::write(dist.join("LICENSE"), "MIT License").is_ok()
        {
            let _ = ecosystems::python::metadata::read_environment(dir.path());
        }
    }
}

/// The files the `python_lock` selector chooses from (`None`: no lockfile, requirements files).
const PYTHON_LOCK_FILES: &[(&str, bool)] = &[
    ("requirements.txt", false),
    ("poetry.lock", true),
    ("Pipfile.lock", true),
    ("pdm.lock", true),
    ("uv.lock", true),
];

const PYPROJECT: &[u8] = br#"[project]
name = "fuzz-app"
version = "1.0"
license = "MIT"
dependencies = ["requests>=2", "Flask_Login"]

[project.optional-dependencies]
extra = ["rich"]

[dependency-groups]
dev = ["pytest"]
"#;

/// Requirements files and Python lockfiles, through the Python adapter (which also reads a fixed
/// `pyproject.toml`).
pub fn python_lock(data: &[u8]) {
    let (which, data) = select(data, PYTHON_LOCK_FILES.len());
    let (name, is_lock) = PYTHON_LOCK_FILES[which];
    collect_in(
        &[("pyproject.toml", PYPROJECT), (name, data)],
        ProjectKind::Python,
        "pyproject.toml",
        is_lock.then_some(name),
        |_| {},
        ecosystems::python::collect,
    );
}

const PYPROJECT_FILES: usize = 3;

/// What a Python project declares. Selector 0: `pyproject.toml` (PEP 621, Poetry, PDM, uv and
/// PEP 735 tables); 1: `setup.cfg`; 2: `Pipfile` (read from a folder, with the others absent).
pub fn pyproject(data: &[u8]) {
    use ecosystems::python::{Declared, pyproject};
    let (which, data) = select(data, PYPROJECT_FILES);
    let mut declared = Declared::default();
    match which {
        0 => {
            if let Some(table) = std::str::from_utf8(data)
                .ok()
                .and_then(|t| toml::from_str::<toml::Table>(t).ok())
            {
                pyproject::read_pyproject(&table, &mut declared);
            }
        }
        1 => pyproject::read_setup_cfg(&text(data), &mut declared),
        _ => {
            let Ok(dir) = tempfile::tempdir() else {
                return;
            };
            if std::fs::write(dir.path().join("Pipfile"), data).is_ok() {
                let _ = pyproject::read_declared(dir.path(), Path::new(""));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Go

const GO_FILES: usize = 3;

const GO_MOD_116: &[u8] = b"module example.com/fuzz

go 1.16

require (
\texample.com/a v1.2.3
\texample.com/b v0.1.0 // indirect
)

replace example.com/b => ./local/b
";

const GO_SUM: &[u8] = b"example.com/a v1.2.3 h1:aaaa=
example.com/a v1.2.3/go.mod h1:bbbb=
example.com/c v1.0.0 h1:cccc=
example.com/c v1.10.0-rc.1 h1:dddd=
";

/// Selector 0: `go.mod`; 1: `go.sum` (with a Go 1.16 `go.mod`, so that it is read); 2:
/// `vendor/modules.txt`. The parser alone, then the Go adapter (build list, replacements).
pub fn go_mod(data: &[u8]) {
    let (which, data) = select(data, GO_FILES);
    let text = text(data);
    let files: [(&str, &[u8]); 2] = match which {
        0 => {
            if ecosystems::go::parse_go_mod(&text).is_err() {
                return;
            }
            [("go.mod", data), ("go.sum", GO_SUM)]
        }
        1 => {
            let _ = ecosystems::go::parse_go_sum(&text);
            [("go.mod", GO_MOD_116), ("go.sum", data)]
        }
        _ => {
            let _ = ecosystems::go::parse_modules_txt(&text);
            [("go.mod", GO_MOD_116), ("vendor/modules.txt", data)]
        }
    };
    collect_in(
        &files,
        ProjectKind::Go,
        "go.mod",
        Some("go.sum"),
        |_| {},
        ecosystems::go::collect,
    );
}

// ---------------------------------------------------------------------------------------------
// Java

/// `pom.xml`: the XML reader, then (when it is XML) the Maven adapter: modules, parents,
/// properties, dependency management, against an empty local repository.
pub fn pom(data: &[u8]) {
    // Poms that are not UTF-8 are read as Latin-1, as the adapter does.
    let text: String = match std::str::from_utf8(data) {
        Ok(text) => text.to_owned(),
        Err(_) => data.iter().map(|&b| char::from(b)).collect(),
    };
    if ecosystems::xml::parse(&text).is_err() {
        return;
    }
    collect_in(
        &[("pom.xml", data)],
        ProjectKind::Maven,
        "pom.xml",
        None,
        |ctx| ctx.maven_repo = Some(ctx.root.join(".m2").join("repository")),
        ecosystems::maven::collect,
    );
}

const GRADLE_FILES: usize = 2;

const GRADLE_LOCKFILE: &[u8] = b"# This is a Gradle generated file for dependency locking.
com.example:lib:1.0=compileClasspath,runtimeClasspath
junit:junit:4.13.2=testCompileClasspath,testRuntimeClasspath
empty=annotationProcessor
";

const BUILD_GRADLE: &[u8] = b"dependencies {
    implementation 'com.example:lib:1.0'
    testImplementation \"junit:junit:4.13.2\"
}
";

/// Selector 0: `gradle.lockfile`; 1: `build.gradle` (direct dependencies). The Gradle adapter.
pub fn gradle_lock(data: &[u8]) {
    let (which, data) = select(data, GRADLE_FILES);
    let files: [(&str, &[u8]); 2] = if which == 0 {
        [("build.gradle", BUILD_GRADLE), ("gradle.lockfile", data)]
    } else {
        [("build.gradle", data), ("gradle.lockfile", GRADLE_LOCKFILE)]
    };
    collect_in(
        &files,
        ProjectKind::Gradle,
        "build.gradle",
        Some("gradle.lockfile"),
        |ctx| ctx.maven_repo = Some(ctx.root.join(".m2").join("repository")),
        ecosystems::maven::collect_gradle,
    );
}

// ---------------------------------------------------------------------------------------------
// Ruby, PHP, .NET

const RUBY_FILES: usize = 2;

const GEMFILE: &[u8] = b"source \"https://rubygems.org\"
gem \"rails\", \"~> 7.0\"
group :development, :test do
  gem \"rspec\"
end
gem 'pry', group: :development
";

const GEMFILE_LOCK: &[u8] = b"GEM
  remote: https://rubygems.org/
  specs:
    rails (7.0.0)
      rack (>= 2)
    rack (2.2.0)
    rspec (3.12.0)
    pry (0.14.0)

PLATFORMS
  ruby

DEPENDENCIES
  pry
  rails (~> 7.0)
  rspec

BUNDLED WITH
   2.4.0
";

/// Selector 0: `Gemfile.lock`; 1: `Gemfile` (groups). The parser alone, then the Bundler adapter.
pub fn gemfile_lock(data: &[u8]) {
    let (which, data) = select(data, RUBY_FILES);
    let text = text(data);
    let files: [(&str, &[u8]); 2] = if which == 0 {
        if ecosystems::ruby::parse_lockfile(&text).is_err() {
            return;
        }
        [("Gemfile", GEMFILE), ("Gemfile.lock", data)]
    } else {
        let _ = ecosystems::ruby::gemfile_groups(&text);
        [("Gemfile", data), ("Gemfile.lock", GEMFILE_LOCK)]
    };
    collect_in(
        &files,
        ProjectKind::Bundler,
        "Gemfile",
        Some("Gemfile.lock"),
        |ctx| ctx.gem_home = Some(ctx.root.join("gems")),
        ecosystems::ruby::collect,
    );
}

const COMPOSER_FILES: usize = 3;

const COMPOSER_JSON: &[u8] = br#"{"name":"fuzz/app","version":"1.0.0","license":"MIT",
"require":{"php":">=8.1","monolog/monolog":"^3"},"require-dev":{"phpunit/phpunit":"^10"}}"#;

const COMPOSER_LOCK: &[u8] = br#"{"packages":[{"name":"monolog/monolog","version":"3.0.0",
"license":["MIT"]}],"packages-dev":[{"name":"phpunit/phpunit","version":"10.0.0",
"license":"BSD-3-Clause"}]}"#;

/// Selector 0: `composer.lock`; 1: `composer.json`; 2: `vendor/composer/installed.json` (no
/// lockfile). The Composer adapter.
pub fn composer_lock(data: &[u8]) {
    let (which, data) = select(data, COMPOSER_FILES);
    let (files, lockfile): ([(&str, &[u8]); 2], _) = match which {
        0 => (
            [("composer.json", COMPOSER_JSON), ("composer.lock", data)],
            Some("composer.lock"),
        ),
        1 => (
            [("composer.json", data), ("composer.lock", COMPOSER_LOCK)],
            Some("composer.lock"),
        ),
        _ => (
            [
                ("composer.json", COMPOSER_JSON),
                ("vendor/composer/installed.json", data),
            ],
            None,
        ),
    };
    collect_in(
        &files,
        ProjectKind::Composer,
        "composer.json",
        lockfile,
        |_| {},
        ecosystems::composer::collect,
    );
}

const NUGET_FILES: usize = 4;

const CSPROJ: &[u8] = br#"<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <PackageId>Fuzz.App</PackageId>
    <Version>1.0.0</Version>
    <PackageLicenseExpression>MIT</PackageLicenseExpression>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Newtonsoft.Json" Version="13.0.1" />
    <PackageReference Include="StyleCop.Analyzers" Version="[1.1.118, )" PrivateAssets="all" />
  </ItemGroup>
</Project>
"#;

const NUSPEC: &[u8] = br#"<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>Newtonsoft.Json</id>
    <version>13.0.1</version>
    <license type="expression">MIT</license>
    <licenseUrl>https://licenses.nuget.org/MIT</licenseUrl>
  </metadata>
</package>
"#;

/// Selector 0: `App.csproj` (no lockfile); 1: `packages.lock.json`; 2: `packages.config`; 3: a
/// `.nuspec` in the packages folder. The NuGet adapter.
pub fn nuget(data: &[u8]) {
    let (which, data) = select(data, NUGET_FILES);
    const SPEC: &str = "packages/newtonsoft.json/13.0.1/newtonsoft.json.nuspec";
    let (files, lockfile): ([(&str, &[u8]); 2], _) = match which {
        0 => ([("App.csproj", data), (SPEC, NUSPEC)], None),
        1 => (
            [("App.csproj", CSPROJ), ("packages.lock.json", data)],
            Some("packages.lock.json"),
        ),
        2 => (
            [("App.csproj", CSPROJ), ("packages.config", data)],
            Some("packages.config"),
        ),
        _ => ([("App.csproj", CSPROJ), (SPEC, data)], None),
    };
    collect_in(
        &files,
        ProjectKind::Nuget,
        "App.csproj",
        lockfile,
        |ctx| ctx.nuget_packages = Some(ctx.root.join("packages")),
        ecosystems::nuget::collect,
    );
}

// ---------------------------------------------------------------------------------------------
// SBOMs, licenses, policies

/// An SBOM given with `--sbom`: SPDX JSON or CycloneDX JSON (XML and tag-value are refused).
pub fn sbom(data: &[u8]) {
    collect_in(
        &[("bom.json", data)],
        ProjectKind::Sbom,
        "bom.json",
        None,
        |_| {},
        ecosystems::sbom::collect,
    );
}

/// A declared license string: the normaliser and the parser that decides strict / normalised /
/// ambiguous / unrecognised.
pub fn license(data: &[u8]) {
    let text = text(data);
    let _ = crate::license::normalize::normalize(&text);
    let _ = crate::license::parse_declared(&text);
}

/// A policy file (`ossdoo.toml`), loaded from a folder as `--policy` would (`extends` included),
/// and its error message rendered.
pub fn policy(data: &[u8]) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("ossdoo.toml");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    if let Err(err) = crate::policy::load_file(&path) {
        let _ = format!("{err:#}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `run` on every file under `fixtures/fuzz-regressions/<target>/`; fails naming the
    /// inputs that panic.
    fn replay(target: &str) {
        let (_, run, _) = TARGETS
            .iter()
            .find(|(name, _, _)| *name == target)
            .expect("a known target");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/fuzz-regressions")
            .join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        files.sort();
        let failed: Vec<String> = files
            .iter()
            .filter(|f| f.is_file())
            .filter(|f| {
                let bytes = std::fs::read(f).expect("readable regression input");
                std::panic::catch_unwind(|| run(&bytes)).is_err()
            })
            .map(|f| f.display().to_string())
            .collect();
        assert!(failed.is_empty(), "{target} panicked on: {failed:#?}");
    }

    macro_rules! regressions {
        ($($target:ident),* $(,)?) => {
            mod regressions {
                $(
                    #[test]
                    fn $target() {
                        super::replay(stringify!($target));
                    }
                )*
            }

            #[test]
            fn every_target_has_a_regression_test() {
                let tested = [$(stringify!($target)),*];
                for (name, _, _) in TARGETS {
                    assert!(tested.contains(name), "{name} has no regression test");
                }
            }
        };
    }

    regressions!(
        npm_lock,
        yarn_lock,
        pnpm_lock,
        cargo_lock,
        cargo_manifest,
        cargo_config,
        python_metadata,
        python_lock,
        pyproject,
        go_mod,
        pom,
        gradle_lock,
        gemfile_lock,
        composer_lock,
        nuget,
        sbom,
        license,
        policy,
    );

    /// A real input of each target (selector byte, fixture), truncated by the test.
    const SAMPLES: &[(&str, u8, &str)] = &[
        ("npm_lock", 0, "npm-lockfile-v3/package-lock.json"),
        ("yarn_lock", 0, "yarn-berry/yarn.lock"),
        ("pnpm_lock", 0, "pnpm-v9/pnpm-lock.yaml"),
        ("cargo_lock", 0, "cargo-workspace/Cargo.lock"),
        ("cargo_manifest", 0, "cargo-workspace/Cargo.toml"),
        ("cargo_config", 0, "cargo-hostile-config/.cargo/config.toml"),
        (
            "python_metadata",
            1,
            "python-venv/.venv/lib/python3.11/site-packages/urllib3-2.8.0.dist-info/METADATA",
        ),
        ("python_lock", 4, "python-uv/uv.lock"),
        ("pyproject", 0, "python-uv/pyproject.toml"),
        ("go_mod", 0, "go-vendor/go.mod"),
        ("pom", 0, "maven-multimodule/pom.xml"),
        ("gradle_lock", 0, "gradle-lockfile/gradle.lockfile"),
        ("gemfile_lock", 0, "ruby-bundler/Gemfile.lock"),
        ("composer_lock", 0, "composer/composer.lock"),
        ("nuget", 1, "nuget/src/Api/packages.lock.json"),
        ("sbom", 0, "sbom-input/npm-cyclonedx.json"),
        ("license", 0, "license-strings/declared.tsv"),
        ("policy", 0, "../policies/default.toml"),
    ];

    #[test]
    fn nasty_inputs_do_not_panic() {
        let deep = |open: &str| open.repeat(100_000).into_bytes();
        let inputs: Vec<(String, Vec<u8>)> = vec![
            ("empty".into(), Vec::new()),
            ("UTF-16 byte-order mark".into(), b"\xff\xfe".to_vec()),
            ("100,000 [".into(), deep("[")),
            ("100,000 {".into(), deep("{")),
            (
                "a = 100,000 [".into(),
                [b"a = ".to_vec(), deep("[")].concat(),
            ),
            (
                "a = 100,000 {".into(),
                [b"a = ".to_vec(), deep("{ a = ")].concat(),
            ),
            ("100,000 <a>".into(), deep("<a>")),
            ("100,000 (".into(), deep("(")),
        ];
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut failed = Vec::new();
        for (name, run, selectors) in TARGETS {
            let (_, selector, sample) = SAMPLES
                .iter()
                .find(|(target, _, _)| target == name)
                .expect("every target has a sample");
            let full = std::fs::read(fixtures.join(sample)).expect("the sample fixture exists");
            let mut own = inputs.clone();
            own.push((
                format!("{sample}, truncated"),
                [&[*selector][..], &full[..full.len() / 2]].concat(),
            ));
            for (what, input) in &own {
                // Every selector value in front of each input (and the input as it is).
                let variants = (0..*selectors)
                    .map(|s| [&[s as u8][..], input].concat())
                    .chain(std::iter::once(input.clone()));
                for variant in variants {
                    if std::panic::catch_unwind(|| run(&variant)).is_err() {
                        failed.push(format!("{name}: {what}"));
                    }
                }
            }
        }
        assert!(failed.is_empty(), "panicked: {failed:#?}");
    }
}
