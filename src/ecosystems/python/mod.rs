//! Python adapter: the package list from a lockfile (`uv.lock`, `poetry.lock`, `pdm.lock`,
//! `Pipfile.lock`) or pinned `requirements*.txt`, direct dependencies and groups from
//! `pyproject.toml` / requirements / `Pipfile`, and licenses from an installed virtualenv next to
//! the project (`.venv`, `venv`, `env`: a folder with `pyvenv.cfg`), read from each
//! `*.dist-info/METADATA` or `*.egg-info/PKG-INFO`. Nothing is run; names are compared per PEP 503.

pub(crate) mod envs;
mod lockfiles;
mod markers;
pub(crate) mod metadata;
pub(crate) mod pyproject;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::ecosystems::caches::python::{self as caches, Lookup};
use crate::i18n::tr;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope, Source};

pub use self::metadata::Installed;

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
    /// The environment markers under which it is installed (`python_version < "3.11"`).
    markers: Option<String>,
    /// The sha256 (hex) of its archives, where the lockfile records them.
    hashes: Vec<String>,
    scope: Scope,
}

/// Collects one Python project.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let declared = pyproject::read_declared(&dir, &root.dir)?;
    let locked = match &root.lockfile {
        Some(lock) => lockfiles::read(&ctx.root.join(lock), lock)?,
        None => lockfiles::Locked {
            pinned: lockfiles::read_requirements(&dir, &root.dir, &declared.requirement_files)?,
            requires_python: None,
        },
    };
    let pinned = locked.pinned;
    // `--python-env` for every project; else the environment, wherever the tools put it, whose
    // installed versions match the most pins.
    let (env, how, installed) = match &ctx.python_env {
        Some(env) => (
            Some(env.clone()),
            "--python-env",
            metadata::read_environment(env),
        ),
        None => {
            let name = declared.project.as_ref().map(|p| p.name.as_str());
            let candidates = envs::candidates(&dir, find_env(&dir), name, &ctx.caches.python);
            let pins = envs::pins(pinned.iter().map(|p| (p.name.as_str(), p.version.as_str())));
            match envs::choose(candidates, &pins) {
                Some((chosen, installed)) => (Some(chosen.dir), chosen.how, installed),
                None => (None, "", BTreeMap::new()),
            }
        }
    };
    let mut collected = Collected::default();
    collected.sources.extend(env.as_ref().map(|env| Source {
        what: envs::described(how),
        path: ctx.display(env),
    }));
    // Where one name is locked at several versions under markers, the one this environment uses.
    let target = match &env {
        Some(env) => envs::interpreter(env),
        None => None,
    }
    .unwrap_or_else(|| {
        markers::Target::requiring(
            locked
                .requires_python
                .as_deref()
                .or(declared.requires_python.as_deref()),
        )
    });
    let shown = root.lockfile.as_ref().unwrap_or(&root.manifest);
    let pinned = applying(pinned, &installed, &target, shown, &mut collected.warnings);
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
                markers: None,
                hashes: Vec::new(),
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
                markers: None,
                hashes: Vec::new(),
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
    // Packages the environment does not have (or there is none): from the managers' caches.
    let wanted: Vec<(String, &str, &[String])> = pinned
        .iter()
        .filter(|pin| !pin.version.is_empty())
        .map(|pin| (normalize_name(&pin.name), pin))
        .filter(|(key, pin)| {
            own_name.as_deref() != Some(key.as_str())
                && installed.get(key).is_none_or(|i| i.version != pin.version)
        })
        .map(|(key, pin)| (key, pin.version.as_str(), pin.hashes.as_slice()))
        .collect();
    let places = &ctx.caches.python;
    let no_caches = places.uv.is_empty() && places.pip.is_empty() && places.poetry_cache.is_empty();
    let cached: std::collections::HashMap<(String, String), Lookup> = if no_caches {
        std::collections::HashMap::new()
    } else {
        use rayon::prelude::*;
        wanted
            .par_iter()
            .map(|(key, version, hashes)| {
                let found = caches::lookup(places, key, version, hashes);
                ((key.clone(), (*version).to_owned()), found)
            })
            .collect()
    };
    let mut missing = 0;
    let mut damaged = Vec::new();
    let mut used_caches = BTreeSet::new();
    let not_found: std::sync::Arc<str> = match &env {
        Some(_) => tr!("python-not-in-env-or-cache").into(),
        None => tr!("python-no-env-not-in-cache").into(),
    };
    for pin in pinned {
        let key = normalize_name(&pin.name);
        if own_name.as_deref() == Some(key.as_str()) {
            continue;
        }
        let found = installed
            .get(&key)
            .filter(|i| pin.version.is_empty() || i.version == pin.version);
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
        let mut package = Package {
            ecosystem: Ecosystem::Python,
            purl: crate::model::purl::build(Ecosystem::Python, &key, &version),
            name: found.map_or(pin.name.clone(), |i| i.name.clone()),
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
            notes: Vec::new(),
            installed_at: None,
            version,
        };
        if found.is_none() {
            match cached.get(&(key, package.version.clone())) {
                Some(Lookup::Found(cached)) => {
                    used_caches.insert(cached.cache);
                    package.name.clone_from(&cached.described.name);
                    package.declared.clone_from(&cached.described.declared);
                    package.declared_in = Some(cached.metadata.clone());
                    package.source_dir.clone_from(&cached.dir);
                    package.license_files.clone_from(&cached.license_files);
                    package.license_texts.clone_from(&cached.license_texts);
                }
                Some(Lookup::Damaged { path, why }) => {
                    missing += 1;
                    package.not_found =
                        Some(tr!("python-cache-damaged", why = why.to_string()).into());
                    damaged.push((package.name.clone(), path.clone(), why.clone()));
                }
                Some(Lookup::Missing) | None => {
                    missing += 1;
                    package.not_found = Some(not_found.clone());
                }
            }
        }
        collected.packages.push(package);
    }
    for cache in used_caches {
        let dirs = match cache {
            "uv" => &places.uv,
            "poetry" => &places.poetry_cache,
            _ => &places.pip,
        };
        collected.sources.extend(dirs.iter().map(|dir| Source {
            what: tr!("python-read-from-cache", cache = cache),
            path: ctx.display(dir),
        }));
    }
    collected.sources.dedup();
    if let Some((name, path, why)) = damaged.first() {
        collected.warnings.push(Diagnostic::new(
            shown,
            tr!(
                "python-damaged-packages",
                count = damaged.len(),
                name = name,
                path = ctx.display(path),
                why = why.to_string()
            ),
        ));
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
        collected
            .warnings
            .push(Diagnostic::new(&root.manifest, tr!("python-setup-py")));
    }
    if missing > 0 {
        let install = match root.lockfile.as_ref().and_then(|l| l.file_name()?.to_str()) {
            Some("poetry.lock") => tr!(
                "python-install-command",
                command = "poetry install --no-root"
            ),
            Some("uv.lock") => tr!("python-install-command", command = "uv sync --frozen"),
            Some("pdm.lock") => tr!(
                "python-install-command",
                command = "pdm install --frozen-lockfile"
            ),
            Some("Pipfile.lock") => tr!("python-install-command", command = "pipenv sync"),
            _ if !declared.requirement_files.is_empty() => tr!("python-install-requirements"),
            _ => tr!("python-install-venv"),
        };
        let hint = match &env {
            Some(env) => tr!(
                "python-not-installed-in-env",
                missing = missing,
                env = ctx.display(env),
                install = install
            ),
            None => tr!("python-no-env-found", missing = missing, install = install),
        };
        collected.warnings.push(Diagnostic::new(shown, hint));
    }
    Ok(collected)
}

/// Of the versions a lockfile pins for one name under environment markers (`packaging` 23.2 for
/// Python < 3.11, 24.2 for the others), those that apply: the one installed in the environment
/// if it is one of them; else those whose markers hold (or may hold) for the target. When
/// nothing decides, all are kept.
fn applying(
    pinned: Vec<Pinned>,
    installed: &BTreeMap<String, Installed>,
    target: &markers::Target,
    lockfile: &Path,
    warnings: &mut Vec<Diagnostic>,
) -> Vec<Pinned> {
    let mut versions: std::collections::HashMap<String, BTreeSet<&str>> =
        std::collections::HashMap::new();
    for pin in &pinned {
        versions
            .entry(normalize_name(&pin.name))
            .or_default()
            .insert(pin.version.as_str());
    }
    let several: BTreeSet<String> = versions
        .into_iter()
        .filter(|(_, versions)| versions.len() > 1)
        .map(|(name, _)| name)
        .collect();
    if several.is_empty() {
        return pinned;
    }
    let (mut kept, forked): (Vec<Pinned>, Vec<Pinned>) = pinned
        .into_iter()
        .partition(|pin| !several.contains(&normalize_name(&pin.name)));
    for name in several {
        let group: Vec<&Pinned> = forked
            .iter()
            .filter(|pin| normalize_name(&pin.name) == name)
            .collect();
        let in_env = installed
            .get(&name)
            .filter(|i| group.iter().any(|pin| pin.version == i.version));
        let applies: Vec<Option<bool>> = group
            .iter()
            .map(|pin| match (in_env, &pin.markers) {
                (Some(i), _) => Some(pin.version == i.version),
                (None, None) => None,
                (None, Some(marker)) => target.evaluate(marker).unwrap_or_else(|why| {
                    warnings.push(Diagnostic::new(
                        lockfile,
                        tr!(
                            "python-marker-unreadable",
                            name = &pin.name,
                            version = &pin.version,
                            marker = marker.to_string(),
                            why = why.to_string()
                        ),
                    ));
                    None
                }),
            })
            .collect();
        let choice = if applies.contains(&Some(true)) {
            Some(true)
        } else if applies.contains(&None) {
            None
        } else {
            // None applies here (a package for another platform): all are kept.
            Some(false)
        };
        kept.extend(
            group
                .iter()
                .zip(&applies)
                .filter(|(_, applies)| choice == Some(false) || **applies == choice)
                .map(|(pin, _)| (*pin).clone()),
        );
    }
    kept
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

/// PEP 503 names; the rule lives with the package URLs, which need it too.
pub use crate::model::purl::pypi_name as normalize_name;

/// What the project declares about its own dependencies.
#[derive(Debug, Default)]
pub struct Declared {
    pub project: Option<OwnProject>,
    /// Normalised name → how the project uses it (runtime, optional extra, dev group).
    pub direct: BTreeMap<String, Scope>,
    /// `requirements*.txt` files at the project root, read when there is no lockfile.
    pub requirement_files: BTreeSet<PathBuf>,
    /// The Python versions the project supports (`requires-python`, Poetry's `python`).
    pub requires_python: Option<String>,
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
