//! What a Python project declares about itself and its direct dependencies: `pyproject.toml`
//! (PEP 621 `[project]`, PEP 735 `[dependency-groups]`, Poetry, uv and PDM tables), `Pipfile`, and
//! `requirements*.txt` at the project root.

use std::path::Path;

use toml::Value;

use super::{Declared, OwnProject, normalize_name};
use crate::model::{Diagnostic, Scope};

/// Reads what the project at `dir` (root-relative `rel`) declares.
pub fn read_declared(dir: &Path, rel: &Path) -> Result<Declared, Diagnostic> {
    let mut declared = Declared::default();
    if let Some(pyproject) = read_toml(&dir.join("pyproject.toml"), &rel.join("pyproject.toml"))? {
        read_pyproject(&pyproject, &mut declared);
    }
    if let Ok(setup_cfg) = crate::read::text(dir.join("setup.cfg")) {
        read_setup_cfg(&setup_cfg, &mut declared);
    }
    if let Some(pipfile) = read_toml(&dir.join("Pipfile"), &rel.join("Pipfile"))? {
        for (table, scope) in [("packages", Scope::Runtime), ("dev-packages", Scope::Dev)] {
            for name in pipfile
                .get(table)
                .and_then(Value::as_table)
                .into_iter()
                .flat_map(|t| t.keys())
            {
                add(&mut declared, name, scope);
            }
        }
    }
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for file in files
        .iter()
        .filter(|f| crate::discover::is_requirements_file(f))
    {
        let scope = requirements_scope(file);
        let text = crate::ecosystems::read_text(&dir.join(file), &rel.join(file))?;
        for name in text.lines().filter_map(requirement_name) {
            add(&mut declared, &name, scope);
        }
        declared.requirement_files.insert(dir.join(file));
    }
    Ok(declared)
}

/// How a requirements file's packages are used, from its name: `requirements-dev.txt`,
/// `test-requirements.txt`, `requirements/lint.txt`, `docs-requirements.txt` are tooling.
pub fn requirements_scope(file_name: &str) -> Scope {
    if ["dev", "test", "lint", "doc"]
        .iter()
        .any(|w| file_name.contains(w))
    {
        Scope::Dev
    } else {
        Scope::Runtime
    }
}

fn read_toml(path: &Path, rel: &Path) -> Result<Option<toml::Table>, Diagnostic> {
    let text = match crate::read::text(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Diagnostic::new(
                rel,
                crate::i18n::tr!("read-cannot-read", error = e.to_string()),
            ));
        }
    };
    let invalid = |e: toml::de::Error| {
        Diagnostic::new(
            rel,
            crate::i18n::tr!("read-invalid-toml", error = e.to_string().trim_end()),
        )
    };
    if rel.ends_with("pyproject.toml") {
        toml::from_str::<ProjectShape>(&text).map_err(invalid)?;
    }
    toml::from_str(&text).map(Some).map_err(invalid)
}

/// The types PEP 621 gives `[project]`, checked first so that a wrong one is an error with its
/// line and column rather than a dependency silently left out.
#[derive(serde::Deserialize)]
#[allow(dead_code)] // read for their types only
struct ProjectShape {
    project: Option<Project>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(dead_code)] // read for their types only
struct Project {
    name: Option<String>,
    version: Option<String>,
    dependencies: Option<Vec<String>>,
    optional_dependencies: Option<std::collections::BTreeMap<String, Vec<String>>>,
    license: Option<License>,
}

/// `license = "MIT"` (PEP 639) or `license = { text = "…" }` / `{ file = "…" }` (PEP 621).
#[derive(serde::Deserialize)]
#[serde(untagged)]
#[allow(dead_code)] // read for their types only
enum License {
    Expression(String),
    Table(toml::Table),
}

pub(crate) fn read_pyproject(pyproject: &toml::Table, declared: &mut Declared) {
    let get = |path: &[&str]| -> Option<&Value> {
        let mut value = pyproject.get(path[0])?;
        for key in &path[1..] {
            value = value.get(key)?;
        }
        Some(value)
    };
    let strings = |value: Option<&Value>| -> Vec<String> {
        value
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    };
    // PEP 621, then Poetry's own table.
    let project = get(&["project"]).or_else(|| get(&["tool", "poetry"]));
    declared.requires_python = get(&["project", "requires-python"])
        .or_else(|| get(&["tool", "poetry", "dependencies", "python"]))
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(name) = project.and_then(|p| p.get("name")).and_then(Value::as_str) {
        let license = project
            .and_then(|p| p.get("license"))
            .and_then(|l| match l {
                Value::String(s) => Some(s.clone()),
                // `license = { text = "MIT" }` (PEP 621); `{ file = "LICENSE" }` names a file.
                Value::Table(t) => t.get("text").and_then(Value::as_str).map(str::to_owned),
                _ => None,
            });
        declared.project = Some(OwnProject {
            name: name.to_owned(),
            version: project
                .and_then(|p| p.get("version"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            license,
        });
    }
    for requirement in strings(get(&["project", "dependencies"])) {
        add_requirement(declared, &requirement, Scope::Runtime);
    }
    for extra in get(&["project", "optional-dependencies"])
        .and_then(Value::as_table)
        .into_iter()
        .flat_map(|t| t.values())
    {
        for requirement in strings(Some(extra)) {
            add_requirement(declared, &requirement, Scope::Optional);
        }
    }
    // PEP 735 groups, uv's and PDM's dev dependencies: tooling, not shipped.
    let groups = [
        get(&["dependency-groups"]),
        get(&["tool", "pdm", "dev-dependencies"]),
    ];
    for group in groups
        .into_iter()
        .flatten()
        .filter_map(Value::as_table)
        .flat_map(|t| t.values())
    {
        for requirement in strings(Some(group)) {
            add_requirement(declared, &requirement, Scope::Dev);
        }
    }
    for requirement in strings(get(&["tool", "uv", "dev-dependencies"])) {
        add_requirement(declared, &requirement, Scope::Dev);
    }
    // Poetry: `[tool.poetry.dependencies]`, `[tool.poetry.group.<g>.dependencies]`, and the old
    // `[tool.poetry.dev-dependencies]`.
    let poetry_tables = |path: &[&str]| {
        get(path)
            .and_then(Value::as_table)
            .map(|t| t.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    for name in poetry_tables(&["tool", "poetry", "dependencies"])
        .iter()
        .filter(|n| *n != "python")
    {
        add(declared, name, Scope::Runtime);
    }
    for name in poetry_tables(&["tool", "poetry", "dev-dependencies"]) {
        add(declared, &name, Scope::Dev);
    }
    for group in get(&["tool", "poetry", "group"])
        .and_then(Value::as_table)
        .into_iter()
        .flat_map(|t| t.values())
    {
        for name in group
            .get("dependencies")
            .and_then(Value::as_table)
            .into_iter()
            .flat_map(|t| t.keys())
        {
            add(declared, name, Scope::Dev);
        }
    }
}

fn add_requirement(declared: &mut Declared, requirement: &str, scope: Scope) {
    if let Some(name) = requirement_name(requirement) {
        add(declared, &name, scope);
    }
}

/// The most significant way a dependency is declared wins (runtime over optional over dev).
/// setuptools' declarative `setup.cfg`: `[metadata]` name, version and license (when
/// `pyproject.toml` does not say), `[options] install_requires` (runtime),
/// `[options.extras_require]` (optional) and `tests_require` (dev). Values continue on indented
/// lines.
pub(crate) fn read_setup_cfg(text: &str, declared: &mut Declared) {
    let mut section = String::new();
    let mut values: Vec<(String, String, String)> = Vec::new();
    for line in text.lines() {
        let code = line.split(['#', ';']).next().unwrap_or("");
        if code.trim().is_empty() {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = values.last_mut() {
                last.2.push('\n');
                last.2.push_str(code.trim());
            }
            continue;
        }
        let code = code.trim();
        if let Some(name) = code.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            section = name.trim().to_owned();
            continue;
        }
        if let Some((k, v)) = code.split_once(['=', ':']) {
            values.push((section.clone(), k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let get = |s: &str, k: &str| {
        values
            .iter()
            .find(|(sec, key, _)| sec == s && key == k)
            .map(|(_, _, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    if declared.project.is_none() {
        if let Some(name) = get("metadata", "name") {
            declared.project = Some(OwnProject {
                name,
                // `attr: pkg.__version__` and `file: VERSION` need the code: unknown.
                version: get("metadata", "version")
                    .filter(|v| !v.starts_with("attr:") && !v.starts_with("file:"))
                    .unwrap_or_default(),
                license: get("metadata", "license"),
            });
        }
    }
    for (section, key, value) in &values {
        let scope = match (section.as_str(), key.as_str()) {
            ("options", "install_requires") => Scope::Runtime,
            ("options", "tests_require") => Scope::Dev,
            ("options.extras_require", _) => Scope::Optional,
            _ => continue,
        };
        for name in value.lines().filter_map(requirement_name) {
            add(declared, &name, scope);
        }
    }
}

fn add(declared: &mut Declared, name: &str, scope: Scope) {
    let entry = declared.direct.entry(normalize_name(name)).or_insert(scope);
    *entry = (*entry).min(scope);
}

/// The project name of a PEP 508 requirement line (`requests[socks]>=2 ; python_version < "3.12"`);
/// `None` for comments, options (`-r`, `--hash`), URLs and editable paths.
pub fn requirement_name(line: &str) -> Option<String> {
    let line = line.split('#').next()?.trim();
    if line.is_empty()
        || line.starts_with('-')
        || line.contains("://")
        || line.starts_with('.')
        || line.starts_with('/')
    {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(line.len());
    let name = &line[..end];
    (!name.is_empty()).then(|| normalize_name(name))
}

#[cfg(test)]
mod tests {
    use super::requirement_name;

    #[test]
    fn setup_cfg() {
        let mut declared = super::Declared::default();
        super::read_setup_cfg(
            "[metadata]\nname = legacy-app\nversion = 1.2\nlicense = BSD 3-Clause\n\n[options]\npackages = find:\ninstall_requires =\n    requests>=2.0\n    click ; python_version>'3.8'\n\n[options.extras_require]\nyaml = PyYAML\n",
            &mut declared,
        );
        let project = declared.project.unwrap();
        assert_eq!(
            (project.name.as_str(), project.license.as_deref()),
            ("legacy-app", Some("BSD 3-Clause"))
        );
        assert_eq!(declared.direct["requests"], crate::model::Scope::Runtime);
        assert_eq!(declared.direct["click"], crate::model::Scope::Runtime);
        assert_eq!(declared.direct["pyyaml"], crate::model::Scope::Optional);
    }

    #[test]
    fn requirement_names() {
        assert_eq!(
            requirement_name("requests[socks]==2.32.3 \\").as_deref(),
            Some("requests")
        );
        assert_eq!(
            requirement_name("Django>=4.2,<5 ; python_version < \"3.12\"").as_deref(),
            Some("django")
        );
        assert_eq!(
            requirement_name("zope.interface").as_deref(),
            Some("zope-interface")
        );
        assert_eq!(requirement_name("  # a comment"), None);
        assert_eq!(requirement_name("-r base.txt"), None);
        assert_eq!(requirement_name("    --hash=sha256:abc"), None);
        assert_eq!(requirement_name("-e ./local"), None);
        assert_eq!(requirement_name("https://example.org/x.whl"), None);
    }
}
