//! Where a Python project's installed environment is: next to the project (`.venv`, as uv, PDM
//! and Poetry's in-project setting make it), the activated one (`VIRTUAL_ENV`), conda's
//! (`CONDA_PREFIX`), or in a tool's central folder: Poetry's (`<name>-<hash>-py3.X` under
//! `POETRY_VIRTUALENVS_PATH`, `POETRY_CACHE_DIR/virtualenvs`, `~/.cache/pypoetry/virtualenvs`),
//! Hatch's (`<name>/<hash>/<environment>` under `HATCH_DATA_DIR/env/virtual`,
//! `~/.local/share/hatch/env/virtual`) and pipenv's (`<folder>-<hash>` under `WORKON_HOME`,
//! `~/.local/share/virtualenvs`).
//!
//! The hash in a central folder's name is of the project's path when the environment was made,
//! which a moved or re-cloned project no longer has; so every environment named for the project
//! is a candidate, and the one whose installed versions match the most locked versions wins.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::markers::Target;
use super::metadata::{Installed, read_environment};
use super::normalize_name;
use crate::places::python::Places;

/// An environment that may be the project's, and which tool's it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub dir: PathBuf,
    pub how: &'static str,
    /// In the project's folder, or named for it (Poetry's, pipenv's); not merely activated.
    pub its_own: bool,
}

/// How reports name an environment found `how` (a [`Candidate`]'s, or `--python-env`):
/// `Python environment (Poetry's)`, in the language chosen.
pub fn described(how: &str) -> String {
    let key = match how {
        "--python-env" => "option",
        // i18n: a key; `described` gives its words
        "next to the project" => "project",
        "activated (VIRTUAL_ENV)" => "activated",
        "conda's (CONDA_PREFIX)" => "conda",
        "Poetry's" => "poetry",
        "Hatch's" => "hatch",
        "pipenv's" => "pipenv",
        _ => "other",
    };
    crate::i18n::tr!("python-environment", how = key)
}

/// The environments that may be the project's, most likely first: in the project, activated,
/// conda's, then those of the central folders named for the project (`name`: its declared name,
/// for Poetry; its folder's name, for pipenv).
pub fn candidates(
    project_dir: &Path,
    in_project: Option<PathBuf>,
    name: Option<&str>,
    places: &Places,
) -> Vec<Candidate> {
    let mut found = Vec::new();
    let mut add = |dir: PathBuf, how, its_own| {
        if !found.iter().any(|c: &Candidate| c.dir == dir) {
            found.push(Candidate { dir, how, its_own });
        }
    };
    if let Some(dir) = in_project {
        // i18n: a key; `described` gives its words
        add(dir, "next to the project", true);
    }
    if let Some(dir) = &places.active {
        add(dir.clone(), "activated (VIRTUAL_ENV)", false);
    }
    if let Some(dir) = &places.conda {
        add(dir.clone(), "conda's (CONDA_PREFIX)", false);
    }
    if let Some(name) = name {
        // Poetry: `<name, lower case, some characters as _>-<8 characters>-py<version>`.
        let prefix = format!("{}-", sanitized(&name.to_lowercase()));
        for dir in &places.poetry {
            for env in named_like(dir, &prefix, |rest| {
                rest.len() > 9 && rest.as_bytes()[8] == b'-' && rest[9..].starts_with("py")
            }) {
                add(env, "Poetry's", true);
            }
        }
    }
    if let Some(name) = name {
        // Hatch: `<project name>/<8 characters>/<environment name>`, the default environment
        // named for the project, before the project's other environments.
        for dir in &places.hatch {
            let mut envs: Vec<(bool, PathBuf)> = Vec::new();
            for project in subfolders(dir).into_iter().filter(|p| same_name(p, name)) {
                for checksum in subfolders(&project) {
                    for env in subfolders(&checksum) {
                        if env.join("pyvenv.cfg").is_file() {
                            envs.push((!same_name(&env, name), env));
                        }
                    }
                }
            }
            envs.sort();
            for (_, env) in envs {
                add(env, "Hatch's", true);
            }
        }
    }
    if let Some(folder) = project_dir.file_name().and_then(|n| n.to_str()) {
        // pipenv: `<folder name, some characters as _>-<8 characters>`.
        let prefix = format!("{}-", sanitized(folder));
        for dir in &places.pipenv {
            for env in named_like(dir, &prefix, |rest| rest.len() == 8) {
                add(env, "pipenv's", true);
            }
        }
    }
    found
}

/// The candidate whose installed versions match the most pins (`(name, version)`, PEP 503
/// names), the first of equals; its packages, read. An environment that is only activated (or
/// conda's) must match at least one pin: the shell may have activated another project's. With
/// no pins, nothing can tell, so only the project's own environments are taken, the first.
pub fn choose(
    candidates: Vec<Candidate>,
    pins: &[(String, String)],
) -> Option<(Candidate, BTreeMap<String, Installed>)> {
    let mut best: Option<(usize, Candidate, BTreeMap<String, Installed>)> = None;
    for candidate in candidates {
        if pins.is_empty() && !candidate.its_own {
            continue;
        }
        let installed = read_environment(&candidate.dir);
        let matching = pins
            .iter()
            .filter(|(name, version)| {
                installed
                    .get(name)
                    .is_some_and(|i| version.is_empty() || i.version == *version)
            })
            .count();
        if pins.is_empty() {
            return Some((candidate, installed));
        }
        if matching == 0 && !candidate.its_own {
            continue;
        }
        if best.as_ref().is_none_or(|(most, ..)| matching > *most) {
            best = Some((matching, candidate, installed));
        }
    }
    best.map(|(_, candidate, installed)| (candidate, installed))
}

/// Whether a folder is named for the project, as PEP 503 compares names.
fn same_name(dir: &Path, name: &str) -> bool {
    dir.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| normalize_name(n) == normalize_name(name))
}

/// The folders in `dir`, sorted; none when it cannot be read.
pub(crate) fn subfolders(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// The environments in `dir` whose names are `prefix` followed by what `rest` accepts.
fn named_like(dir: &Path, prefix: &str, rest: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| {
            entry
                .file_name()
                .to_str()
                .and_then(|name| name.strip_prefix(prefix))
                .is_some_and(&rest)
        })
        .map(|entry| entry.path())
        .filter(|env| env.join("pyvenv.cfg").is_file())
        .collect();
    found.sort();
    found
}

/// Poetry's and pipenv's rule for a name in a path: characters a shell would trip on become `_`,
/// at most 42 characters.
fn sanitized(name: &str) -> String {
    name.chars()
        .map(|c| {
            if " $`!*@\"\\\r\n\t&()[]".contains(c) {
                '_'
            } else {
                c
            }
        })
        .take(42)
        .collect()
}

/// The interpreter of an environment, for its markers: `pyvenv.cfg`'s `version_info` or
/// `version` (virtualenv, venv, uv) and `implementation`, else the `lib/python3.X` folder's name
/// (a conda environment); CPython unless the environment says otherwise.
pub fn interpreter(env: &Path) -> Option<Target> {
    let cfg = crate::read::text(env.join("pyvenv.cfg")).unwrap_or_default();
    let setting = |key: &str| {
        cfg.lines().find_map(|line| {
            let (k, v) = line.split_once('=')?;
            (k.trim() == key).then(|| v.trim().to_owned())
        })
    };
    let lib_python = || {
        let entries = std::fs::read_dir(env.join("lib")).ok()?;
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        names.sort();
        names.into_iter().find_map(|name| {
            let (implementation, version) = if let Some(v) = name.strip_prefix("python") {
                ("CPython", v.to_owned())
            } else {
                ("PyPy", name.strip_prefix("pypy")?.to_owned())
            };
            Some((version, implementation))
        })
    };
    let implementation = setting("implementation");
    let version = setting("version_info")
        .or_else(|| setting("version"))
        .map(|v| {
            // `3.11.7.final.0` → `3.11.7`
            v.split('.')
                .take_while(|part| part.bytes().all(|b| b.is_ascii_digit()))
                .collect::<Vec<_>>()
                .join(".")
        });
    let (version, guessed) = match version {
        Some(version) => (version, "CPython"),
        None => lib_python()?,
    };
    Target::interpreter(&version, implementation.as_deref().unwrap_or(guessed))
}

/// The pins to compare environments with: PEP 503 names and versions.
pub fn pins<'a>(pinned: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(String, String)> {
    pinned
        .map(|(name, version)| (normalize_name(name), version.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_activated_environment_must_match_a_pin() {
        let dir = tempfile::tempdir().unwrap();
        let env = |name: &str, dists: &[(&str, &str)]| {
            let site = dir.path().join(name).join("lib/python3.11/site-packages");
            for (dist, version) in dists {
                let info = site.join(format!("{dist}-{version}.dist-info"));
                std::fs::create_dir_all(&info).unwrap();
                std::fs::write(
                    info.join("METADATA"),
                    format!("Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n"),
                )
                .unwrap();
            }
            dir.path().join(name)
        };
        let other = Candidate {
            dir: env("other", &[("flask", "3.0.0")]),
            how: "activated (VIRTUAL_ENV)",
            its_own: false,
        };
        let own = Candidate {
            dir: env("own", &[("six", "1.15.0")]),
            how: "Poetry's",
            its_own: true,
        };
        let pins = vec![("six".to_owned(), "1.16.0".to_owned())];
        // Neither matches: the activated one is never taken, the project's own still is.
        let chosen = choose(vec![other.clone(), own.clone()], &pins).unwrap().0;
        assert_eq!(chosen, own);
        assert!(choose(vec![other.clone()], &pins).is_none());
        // No pins: nothing tells, so not another project's activated environment.
        assert!(choose(vec![other.clone()], &[]).is_none());
        // It matches a pin: taken.
        let pins = vec![("flask".to_owned(), "3.0.0".to_owned())];
        assert_eq!(choose(vec![own, other.clone()], &pins).unwrap().0, other);
    }

    #[test]
    fn names_as_the_tools_make_them() {
        assert_eq!(sanitized("my app (beta)"), "my_app__beta_");
        assert_eq!(sanitized(&"x".repeat(50)).len(), 42);
    }

    #[test]
    fn central_environments_named_for_the_project_are_candidates() {
        let home = tempfile::tempdir().unwrap();
        let poetry = home.path().join("poetry");
        let pipenv = home.path().join("pipenv");
        let hatch = home.path().join("hatch");
        for env in [
            poetry.join("demo-AbCd1234-py3.11"),
            poetry.join("demo-Zz9_-xY0-py3.12"),
            poetry.join("demo-extra-AbCd1234-py3.11"),
            poetry.join("other-AbCd1234-py3.11"),
            pipenv.join("project-Qw3_rT9x"),
            pipenv.join("project-too-long-hash"),
            hatch.join("demo/Ab12Cd34/test"),
            hatch.join("demo/Ab12Cd34/demo"),
            hatch.join("other/Ab12Cd34/other"),
        ] {
            std::fs::create_dir_all(&env).unwrap();
            std::fs::write(env.join("pyvenv.cfg"), "home = /usr/bin\n").unwrap();
        }
        let mut places = Places::default();
        places.poetry = vec![poetry.clone()];
        places.pipenv = vec![pipenv.clone()];
        places.hatch = vec![hatch.clone()];
        let found = candidates(Path::new("/src/project"), None, Some("Demo"), &places);
        let names: Vec<(&str, &str)> = found
            .iter()
            .map(|c| (c.dir.file_name().unwrap().to_str().unwrap(), c.how))
            .collect();
        assert_eq!(
            names,
            [
                ("demo-AbCd1234-py3.11", "Poetry's"),
                ("demo-Zz9_-xY0-py3.12", "Poetry's"),
                ("demo", "Hatch's"),
                ("test", "Hatch's"),
                ("project-Qw3_rT9x", "pipenv's"),
            ]
        );
    }
}
