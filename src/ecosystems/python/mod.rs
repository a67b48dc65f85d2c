//! Python adapter: the package list from a lockfile (`uv.lock`, `poetry.lock`, `pdm.lock`,
//! `Pipfile.lock`) or pinned `requirements*.txt`, direct dependencies and groups from
//! `pyproject.toml` / requirements / `Pipfile`, and licenses from an installed virtualenv next to
//! the project (`.venv`, `venv`, `env`: a folder with `pyvenv.cfg`), read from each
//! `*.dist-info/METADATA` or `*.egg-info/PKG-INFO`. Nothing is run; names are compared per PEP 503.

pub(crate) mod envs;
mod lockfiles;
pub(crate) mod metadata;
pub(crate) mod pyproject;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

pub use self::metadata::Installed;
pub use self::pyproject::is_requirements_file;

/// The lockfiles the adapter reads, most precise first.
pub const LOCKFILES: &[&str] = &["uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock"];

/// Folder names where a project's virtualenv usually lives.
const ENV_DIRS: &[&str] = &[".venv", "venv", "env", ".env", "virtualenv"];

/// Installer and bootstrap packages of every virtualenv: not the project's dependencies unless a
/// lockfile or requirements file lists them.
const BOOTSTRAP: &[&str] = &["pip", "setuptools", "wheel", "distribute", "pkg-resources"];

/// A pinned package from a lockfile or requirements file.
#[derive(Debug, Clone)]
struct Pinned {
    name: String,
    version: String,
    scope: Scope,
}

/// Collects one Python project.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let declared = pyproject::read_declared(&dir, &root.dir)?;
    let pinned = match &root.lockfile {
        Some(lock) => lockfiles::read(&ctx.root.join(lock), lock)?,
        None => lockfiles::read_requirements(&dir, &root.dir, &declared.requirement_files)?,
    };
    // `--python-env` for every project; else the environment, wherever the tools put it, whose
    // installed versions match the most pins.
    let (env, installed) = match &ctx.python_env {
        Some(env) => (Some(env.clone()), metadata::read_environment(env)),
        None => {
            let name = declared.project.as_ref().map(|p| p.name.as_str());
            let candidates = envs::candidates(&dir, find_env(&dir), name, &ctx.caches.python);
            let pins = envs::pins(pinned.iter().map(|p| (p.name.as_str(), p.version.as_str())));
            match envs::choose(candidates, &pins) {
                Some((chosen, installed)) => (Some(chosen.dir), installed),
                None => (None, BTreeMap::new()),
            }
        }
    };
    let mut collected = Collected::default();
    let own_name = declared.project.as_ref().map(|p| normalize_name(&p.name));
    // Without pins, what is installed is what the project uses, and only the declarations say
    // how (a dev group's pytest is dev; a transitive package is runtime).
    let env_only = pinned.is_empty();
    let pinned: Vec<Pinned> = if env_only && env.is_none() {
        // Nothing pinned and nothing installed: the declared requirements, without versions,
        // so that they are reported (as unknown) rather than silently absent.
        declared
            .direct
            .iter()
            .map(|(name, scope)| Pinned {
                name: name.clone(),
                version: String::new(),
                scope: *scope,
            })
            .collect()
    } else if env_only {
        installed
            .values()
            .filter(|i| !BOOTSTRAP.contains(&normalize_name(&i.name).as_str()))
            .map(|i| Pinned {
                name: i.name.clone(),
                version: i.version.clone(),
                scope: Scope::Runtime,
            })
            .collect()
    } else {
        pinned
    };
    let env_scopes = if env_only {
        scopes_from_requirements(&declared, &installed)
    } else {
        std::collections::HashMap::new()
    };
    let mut missing = 0;
    for pin in pinned {
        let key = normalize_name(&pin.name);
        if own_name.as_deref() == Some(key.as_str()) {
            continue;
        }
        let found = installed
            .get(&key)
            .filter(|i| pin.version.is_empty() || i.version == pin.version);
        missing += usize::from(found.is_none());
        for (file, why) in found.iter().flat_map(|i| &i.refused) {
            collected.warnings.push(Diagnostic::new(file, why));
        }
        let version = if pin.version.is_empty() {
            found.map(|i| i.version.clone()).unwrap_or_default()
        } else {
            pin.version
        };
        let scope = match declared.scope_of(&key) {
            _ if env_only && env.is_some() => {
                env_scopes.get(&key).copied().unwrap_or(Scope::Runtime)
            }
            Some(declared_scope) => declared_scope.min(pin.scope),
            None => pin.scope,
        };
        collected.packages.push(Package {
            ecosystem: Ecosystem::Python,
            purl: crate::purl::build(Ecosystem::Python, &key, &version),
            name: found.map_or(pin.name.clone(), |i| i.name.clone()),
            version,
            scope,
            direct: declared.is_direct(&key),
            declared: found.and_then(|i| i.declared.clone()),
            declared_in: None,
            not_found: None,
            source_dir: found.map(|i| i.dir.clone()),
            archive: None,
            license_files: found.map(|i| i.license_files.clone()).unwrap_or_default(),
            license_texts: Vec::new(),
            manifests: vec![root.manifest.clone()],
        });
    }
    if let Some(project) = declared.project {
        collected.members.push(Member {
            name: project.name,
            version: project.version,
            declared: project.license,
            license: None,
        });
    }
    if env.is_none() && env_only && root.manifest.ends_with("setup.py") {
        collected.warnings.push(Diagnostic::new(
            &root.manifest,
            "setup.py is a program and ossdoo does not run it: install the project into a virtualenv next to it (`python -m venv .venv`) or pass one with --python-env, and scan again",
        ));
    }
    if missing > 0 {
        let hint = match &env {
            Some(env) => format!(
                "{missing} package(s) are not installed in `{}` at the locked version, so their licenses are unknown; install the locked dependencies there and scan again",
                crate::model::display_path(env.strip_prefix(&ctx.root).unwrap_or(env))
            ),
            None => format!(
                "{missing} package(s): no virtualenv next to this project, so their licenses are unknown; create one (`python -m venv .venv` and install the dependencies into it) or pass its folder with --python-env"
            ),
        };
        let path = root.lockfile.as_ref().unwrap_or(&root.manifest);
        collected.warnings.push(Diagnostic::new(path, hint));
    }
    Ok(collected)
}

/// Scopes of an installed environment from the installed packages' `Requires-Dist`: reachable
/// from a runtime dependency → runtime, else from an extra → optional, else from a dev group → dev.
fn scopes_from_requirements(
    declared: &Declared,
    installed: &BTreeMap<String, Installed>,
) -> std::collections::HashMap<String, Scope> {
    let passes = [Scope::Runtime, Scope::Optional, Scope::Dev].map(|scope| {
        let seeds = declared
            .direct
            .iter()
            .filter(|(_, s)| **s == scope)
            .map(|(n, _)| n.clone())
            .collect();
        (scope, seeds)
    });
    super::first_reach_scopes(passes, |name| {
        installed
            .get(name)
            .map(|p| p.requires.clone())
            .unwrap_or_default()
    })
}

/// The project's virtualenv: a known folder name holding `pyvenv.cfg`, else the first (by name)
/// of the project's folders that holds one (`.venv-3.12`, `py311`).
fn find_env(dir: &Path) -> Option<PathBuf> {
    let is_env = |env: &PathBuf| env.join("pyvenv.cfg").is_file();
    if let Some(known) = ENV_DIRS.iter().map(|name| dir.join(name)).find(is_env) {
        return Some(known);
    }
    let mut others: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .filter(is_env)
        .collect();
    others.sort();
    others.into_iter().next()
}

/// PEP 503: lower case, runs of `-`, `_` and `.` become one `-`.
pub fn normalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut separator = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            separator = true;
            continue;
        }
        if separator && !out.is_empty() {
            out.push('-');
        }
        separator = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// What the project declares about its own dependencies.
#[derive(Debug, Default)]
pub struct Declared {
    pub project: Option<OwnProject>,
    /// Normalised name → how the project uses it (runtime, optional extra, dev group).
    pub direct: BTreeMap<String, Scope>,
    /// `requirements*.txt` files at the project root, read when there is no lockfile.
    pub requirement_files: BTreeSet<PathBuf>,
}

/// The project's own package.
#[derive(Debug)]
pub struct OwnProject {
    pub name: String,
    pub version: String,
    pub license: Option<String>,
}

impl Declared {
    fn is_direct(&self, key: &str) -> bool {
        self.direct.contains_key(key)
    }

    fn scope_of(&self, key: &str) -> Option<Scope> {
        self.direct.get(key).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_name;

    #[test]
    fn pep_503_names() {
        assert_eq!(normalize_name("Django"), "django");
        assert_eq!(normalize_name("charset_normalizer"), "charset-normalizer");
        assert_eq!(normalize_name("zope.interface"), "zope-interface");
        assert_eq!(normalize_name("Foo__Bar--baz"), "foo-bar-baz");
    }
}
