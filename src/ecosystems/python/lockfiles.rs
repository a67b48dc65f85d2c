//! Pinned Python packages: `uv.lock`, `poetry.lock`, `pdm.lock`, `Pipfile.lock`, or the
//! `name==version` lines of requirements files (following `-r` includes).

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::path::{Path, PathBuf};

use toml::Value;

use super::{Pinned, normalize_name};
use crate::model::{Diagnostic, Scope};

/// What a lockfile pins.
#[derive(Debug, Default)]
pub struct Locked {
    pub pinned: Vec<Pinned>,
    /// The Python versions it was locked for (uv's `requires-python`, Poetry's
    /// `[metadata] python-versions`, PDM's `[metadata] requires_python`).
    pub requires_python: Option<String>,
}

/// Reads the lockfile at `path` (root-relative `rel`), by its file name.
pub fn read(path: &Path, rel: &Path) -> Result<Locked, Diagnostic> {
    let text = crate::ecosystems::read_text(path, rel)?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if name == "Pipfile.lock" {
        serde_json::from_str::<shape::Pipfile>(&text).map_err(|e| {
            Diagnostic::new(
                rel,
                crate::i18n::tr!(
                    "read-invalid-named",
                    file = "Pipfile.lock",
                    error = e.to_string()
                ),
            )
        })?;
        let lock: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
            Diagnostic::new(
                rel,
                crate::i18n::tr!("read-invalid-json", error = e.to_string()),
            )
        })?;
        let requires_python = lock
            .pointer("/_meta/requires/python_version")
            .and_then(|v| v.as_str())
            .map(|v| format!("=={v}.*"));
        return Ok(Locked {
            pinned: pipfile_lock(&lock),
            requires_python,
        });
    }
    let invalid = |e: toml::de::Error| {
        Diagnostic::new(
            rel,
            crate::i18n::tr!("read-invalid-toml", error = e.to_string().trim_end()),
        )
    };
    let shape: shape::TomlLock = toml::from_str(&text).map_err(invalid)?;
    shape.check(name).map_err(|e| {
        Diagnostic::new(
            rel,
            crate::i18n::tr!("read-invalid-named", file = name, error = e),
        )
    })?;
    let lock: toml::Table = toml::from_str(&text).map_err(invalid)?;
    let packages: &[Value] = lock
        .get("package")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice);
    let metadata = |key: &str| lock.get("metadata")?.get(key)?.as_str().map(str::to_owned);
    Ok(match name {
        "uv.lock" => Locked {
            pinned: uv_lock(packages),
            requires_python: lock
                .get("requires-python")
                .and_then(Value::as_str)
                .map(str::to_owned),
        },
        _ => Locked {
            pinned: flat_lock(packages),
            requires_python: metadata("python-versions").or_else(|| metadata("requires_python")),
        },
    })
}

/// The sha256 of a package's archives: Poetry's and PDM's `files = [{ file, hash }]`, uv's
/// `sdist = { hash }` and `wheels = [{ hash }]`.
fn hashes_of(package: &Value) -> Vec<String> {
    let files = ["files", "wheels"]
        .iter()
        .filter_map(|key| package.get(*key)?.as_array())
        .flatten()
        .chain(package.get("sdist"));
    files
        .filter_map(|file| sha256(file.get("hash")?.as_str()?))
        .collect()
}

/// `sha256:<hex>` → `<hex>` in lower case; other algorithms are not kept.
fn sha256(hash: &str) -> Option<String> {
    let hex = hash.strip_prefix("sha256:")?;
    (hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| hex.to_ascii_lowercase())
}

/// The environment markers under which a locked package is installed, as one expression:
/// Poetry's `markers` (a string, or one per group), PDM's `marker`, uv's `resolution-markers`
/// (any of them).
fn markers_of(package: &Value) -> Option<String> {
    let any_of = |all: Vec<&str>| match all.len() {
        0 => None,
        1 => Some(all[0].to_owned()),
        _ => Some(
            all.iter()
                .map(|m| format!("({m})"))
                .collect::<Vec<_>>()
                .join(" or "),
        ),
    };
    if let Some(value) = package.get("markers").or_else(|| package.get("marker")) {
        return match value {
            Value::String(marker) => Some(marker.clone()),
            Value::Table(per_group) => {
                any_of(per_group.values().filter_map(Value::as_str).collect())
            }
            _ => None,
        };
    }
    let resolution = package.get("resolution-markers")?.as_array()?;
    any_of(resolution.iter().filter_map(Value::as_str).collect())
}

/// `poetry.lock` (`category = "dev"`, or `groups` without `main`) and `pdm.lock` (`groups`
/// without `default`).
fn flat_lock(packages: &[Value]) -> Vec<Pinned> {
    packages
        .iter()
        .filter_map(|p| {
            let text = |key: &str| p.get(key).and_then(Value::as_str);
            let groups: Vec<&str> = p
                .get("groups")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let dev = text("category") == Some("dev")
                || (!groups.is_empty() && !groups.iter().any(|g| matches!(*g, "main" | "default")));
            let optional = p.get("optional").and_then(Value::as_bool).unwrap_or(false);
            Some(Pinned {
                name: text("name")?.to_owned(),
                version: text("version").unwrap_or_default().to_owned(),
                markers: markers_of(p),
                hashes: hashes_of(p),
                scope: if dev {
                    Scope::Dev
                } else if optional {
                    Scope::Optional
                } else {
                    Scope::Runtime
                },
            })
        })
        .collect()
}

/// `uv.lock`: scopes by reachability from the project's own entry (`source = { editable = "." }`
/// or `{ virtual = "." }`) through `dependencies`, `optional-dependencies` and `dev-dependencies`.
fn uv_lock(packages: &[Value]) -> Vec<Pinned> {
    let name_of = |p: &Value| p.get("name").and_then(Value::as_str).map(normalize_name);
    let is_root = |p: &Value| {
        p.get("source").and_then(Value::as_table).is_some_and(|s| {
            ["editable", "virtual"]
                .iter()
                .any(|k| s.get(*k).and_then(Value::as_str) == Some("."))
        })
    };
    let by_name: HashMap<String, &Value> = packages
        .iter()
        .filter_map(|p| Some((name_of(p)?, p)))
        .collect();
    let deps_in = |value: Option<&Value>| -> Vec<String> {
        value
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|d| d.get("name")?.as_str().map(normalize_name))
            .collect()
    };
    let grouped = |p: &Value, key: &str| -> Vec<String> {
        p.get(key)
            .and_then(Value::as_table)
            .into_iter()
            .flat_map(|t| t.values())
            .flat_map(|v| deps_in(Some(v)))
            .collect()
    };
    let roots: Vec<&Value> = packages.iter().filter(|p| is_root(p)).collect();
    let seeds = [
        (
            Scope::Runtime,
            roots
                .iter()
                .flat_map(|r| deps_in(r.get("dependencies")))
                .collect::<Vec<_>>(),
        ),
        (
            Scope::Optional,
            roots
                .iter()
                .flat_map(|r| grouped(r, "optional-dependencies"))
                .collect(),
        ),
        (
            Scope::Dev,
            roots
                .iter()
                .flat_map(|r| grouped(r, "dev-dependencies"))
                .collect(),
        ),
    ];
    let scope = crate::ecosystems::first_reach_scopes(seeds, |name| {
        let package = by_name.get(name);
        let mut next = package
            .map(|p| deps_in(p.get("dependencies")))
            .unwrap_or_default();
        next.extend(
            package
                .map(|p| grouped(p, "optional-dependencies"))
                .unwrap_or_default(),
        );
        next
    });
    packages
        .iter()
        .filter(|p| !is_root(p))
        .filter_map(|p| {
            let name = p.get("name")?.as_str()?.to_owned();
            Some(Pinned {
                scope: scope
                    .get(&normalize_name(&name))
                    .copied()
                    .unwrap_or(Scope::Runtime),
                version: p
                    .get("version")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                markers: markers_of(p),
                hashes: hashes_of(p),
                name,
            })
        })
        .collect()
}

/// `Pipfile.lock`: `default` (runtime) and `develop` (dev), versions as `==1.2.3`.
fn pipfile_lock(lock: &serde_json::Value) -> Vec<Pinned> {
    let mut pinned = Vec::new();
    for (section, scope) in [("default", Scope::Runtime), ("develop", Scope::Dev)] {
        for (name, entry) in lock
            .get(section)
            .and_then(|s| s.as_object())
            .into_iter()
            .flatten()
        {
            let version = entry
                .get("version")
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            pinned.push(Pinned {
                name: name.clone(),
                version: version.trim_start_matches("==").to_owned(),
                markers: entry
                    .get("markers")
                    .and_then(|m| m.as_str())
                    .map(str::to_owned),
                hashes: entry
                    .get("hashes")
                    .and_then(|h| h.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|h| sha256(h.as_str()?))
                    .collect(),
                scope,
            });
        }
    }
    pinned
}

/// The `name==version` pins of requirements files, following `-r` / `--requirement` includes
/// (each file once). Unpinned lines are left to the installed environment.
pub fn read_requirements(
    dir: &Path,
    rel: &Path,
    files: &BTreeSet<PathBuf>,
) -> Result<Vec<Pinned>, Diagnostic> {
    let mut pinned = Vec::new();
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<PathBuf> = files.iter().cloned().collect();
    while let Some(file) = queue.pop_front() {
        if !seen.insert(file.clone()) {
            continue;
        }
        let shown = rel.join(file.strip_prefix(dir).unwrap_or(&file));
        let text = crate::ecosystems::read_text(&file, &shown)?;
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let scope = super::pyproject::requirements_scope(name);
        for line in text.lines() {
            let line = line.split(" #").next().unwrap_or_default().trim();
            let include = line
                .strip_prefix("-r ")
                .or_else(|| line.strip_prefix("--requirement "));
            if let Some(include) = include {
                queue.push_back(file.parent().unwrap_or(dir).join(include.trim()));
                continue;
            }
            if let Some(pin) = pin(line, scope) {
                pinned.push(pin);
            }
        }
    }
    Ok(pinned)
}

/// `requests[socks]==2.32.3 ; python_version < "3.12" \` → requests 2.32.3.
fn pin(line: &str, scope: Scope) -> Option<Pinned> {
    let name = super::pyproject::requirement_name(line)?;
    let spec = line.split(';').next()?.trim_end_matches('\\').trim();
    let (_, version) = spec.split_once("==")?;
    let version = version.split([',', ' ']).next()?.trim();
    let markers = line
        .split_once(';')
        .map(|(_, m)| m.trim().trim_end_matches('\\').trim().to_owned())
        .filter(|m| !m.is_empty());
    (!version.is_empty() && !version.contains('*')).then(|| Pinned {
        name,
        version: version.to_owned(),
        markers,
        hashes: Vec::new(),
        scope,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins() {
        let p = pin(
            "requests[socks]==2.32.3 ; python_version < \"3.12\" \\",
            Scope::Runtime,
        )
        .unwrap();
        assert_eq!(
            (p.name.as_str(), p.version.as_str()),
            ("requests", "2.32.3")
        );
        assert!(pin("django>=4.2", Scope::Runtime).is_none());
        assert!(pin("foo==1.*", Scope::Runtime).is_none());
    }

    #[test]
    fn poetry_and_pdm_groups() {
        let lock: toml::Table = toml::from_str(
            "[[package]]\nname = \"a\"\nversion = \"1\"\ncategory = \"dev\"\n\
             [[package]]\nname = \"b\"\nversion = \"2\"\ngroups = [\"default\"]\n\
             [[package]]\nname = \"c\"\nversion = \"3\"\ngroups = [\"test\"]\noptional = false\n",
        )
        .unwrap();
        let pins = flat_lock(lock["package"].as_array().unwrap());
        let scopes: Vec<_> = pins.iter().map(|p| (p.name.as_str(), p.scope)).collect();
        assert_eq!(
            scopes,
            [("a", Scope::Dev), ("b", Scope::Runtime), ("c", Scope::Dev)]
        );
    }
}

/// The shapes of the lockfiles, checked before they are read leniently: a value of the wrong type
/// is an error with its line and column rather than a package silently left out.
mod shape {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    #[derive(Deserialize)]
    #[allow(dead_code)] // `package` is read for its types only
    pub struct TomlLock {
        metadata: Option<toml::Table>,
        version: Option<i64>,
        #[serde(default)]
        package: Vec<Package>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)] // read for their types only
    struct Package {
        name: String,
        version: Option<String>,
    }

    impl TomlLock {
        /// What every lockfile of that name has (uv writes `version = 1`; Poetry and PDM a
        /// `[metadata]` table), so that an empty or foreign file is not read as "no packages".
        pub fn check(&self, file_name: &str) -> Result<(), String> {
            let (present, what, tool) = match file_name {
                "uv.lock" => (self.version.is_some(), "`version`", "uv lock"),
                "pdm.lock" => (self.metadata.is_some(), "`[metadata]`", "pdm lock"),
                _ => (self.metadata.is_some(), "`[metadata]`", "poetry lock"),
            };
            match present {
                true => Ok(()),
                false => Err(crate::i18n::tr!(
                    "python-lockfile-not-recognised",
                    what = what,
                    file = file_name,
                    tool = tool
                )),
            }
        }
    }

    #[derive(Deserialize)]
    #[allow(dead_code)] // read for their types only
    pub struct Pipfile {
        #[serde(rename = "_meta")]
        meta: serde_json::Map<String, serde_json::Value>,
        #[serde(default)]
        default: BTreeMap<String, Pinned>,
        #[serde(default)]
        develop: BTreeMap<String, Pinned>,
    }

    #[derive(Deserialize)]
    #[allow(dead_code)] // read for their types only
    struct Pinned {
        version: Option<String>,
    }
}
