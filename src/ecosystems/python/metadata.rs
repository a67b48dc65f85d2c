//! Installed Python packages: `*.dist-info/METADATA` and `*.egg-info/PKG-INFO` in a virtualenv's
//! site-packages. The files are RFC 822 style headers with indented continuation lines, in no
//! promised encoding (read leniently).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::normalize_name;
use crate::license::files;

/// One installed distribution.
#[derive(Debug, Clone)]
pub struct Installed {
    pub name: String,
    pub version: String,
    /// `License-Expression` (PEP 639), else a short `License`, else the license classifiers
    /// joined by `OR`, else a long `License` text.
    pub declared: Option<String>,
    /// The metadata folder (`*.dist-info`), where the license files are.
    pub dir: PathBuf,
    pub license_files: Vec<PathBuf>,
    /// `License-File` entries that point outside the metadata folder, refused: (file, why).
    pub refused: Vec<(PathBuf, String)>,
    /// What it requires (`Requires-Dist` without an `extra == …` marker), PEP 503 names.
    pub requires: Vec<String>,
}

/// Every distribution installed in a virtualenv, by PEP 503 name.
pub fn read_environment(env: &Path) -> BTreeMap<String, Installed> {
    let mut installed = BTreeMap::new();
    for site_packages in site_packages(env) {
        let Ok(entries) = std::fs::read_dir(&site_packages) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if let Some(found) = read_distribution(&path) {
                installed
                    .entry(normalize_name(&found.name))
                    .or_insert(found);
            }
        }
    }
    installed
}

/// `lib/python3.X/site-packages` (POSIX) and `Lib/site-packages` (Windows).
fn site_packages(env: &Path) -> Vec<PathBuf> {
    let mut found = vec![env.join("Lib").join("site-packages")];
    for lib in ["lib", "lib64"] {
        let Ok(entries) = std::fs::read_dir(env.join(lib)) else {
            continue;
        };
        found.extend(
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with("python"))
                .map(|e| e.path().join("site-packages")),
        );
    }
    found.retain(|p| p.is_dir());
    found.sort();
    found.dedup();
    found
}

/// One distribution from its metadata folder (`*.dist-info`, `*.egg-info`) or single-file
/// `*.egg-info`, with its license files.
pub fn read_distribution(path: &Path) -> Option<Installed> {
    let name = path.file_name()?.to_str()?;
    let (metadata_file, dir) = if name.ends_with(".dist-info") {
        (path.join("METADATA"), path.to_path_buf())
    } else if name.ends_with(".egg-info") && path.is_dir() {
        (path.join("PKG-INFO"), path.to_path_buf())
    } else if name.ends_with(".egg-info") {
        // An old-style single-file egg-info is the PKG-INFO itself.
        (path.to_path_buf(), path.parent()?.to_path_buf())
    } else {
        return None;
    };
    let bytes = crate::read::bytes(&metadata_file).ok()?;
    let described = describe(&bytes)?;
    let mut license_files = files::find(&dir);
    license_files.extend(files::find(&dir.join("licenses")));
    // PEP 639 `License-File` paths are relative to `licenses/` (older tools: the dist-info).
    let mut refused = Vec::new();
    for file in &described.license_file_names {
        let found = match files::named_in(&dir.join("licenses"), file) {
            Ok(None) => files::named_in(&dir, file),
            found => found,
        };
        match found {
            Ok(found) => license_files.extend(found),
            Err(why) => refused.push((
                metadata_file.clone(),
                why.message(&format!("`License-File: {file}`")),
            )),
        }
    }
    license_files.sort();
    license_files.dedup();
    Some(Installed {
        requires: described.requires,
        name: described.name,
        version: described.version,
        declared: described.declared,
        dir,
        license_files,
        refused,
    })
}

/// What a `METADATA` or `PKG-INFO` file says, wherever it was read from.
#[derive(Debug, Clone)]
pub struct Described {
    pub name: String,
    pub version: String,
    /// As [`Installed::declared`].
    pub declared: Option<String>,
    /// Its `License-File` entries (PEP 639).
    pub license_file_names: Vec<String>,
    /// As [`Installed::requires`].
    pub requires: Vec<String>,
}

/// Reads the headers of a `METADATA` or `PKG-INFO` file; `None` without a `Name`.
pub fn describe(bytes: &[u8]) -> Option<Described> {
    let headers = parse_headers(&String::from_utf8_lossy(bytes));
    let first = |key: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.trim())
    };
    let all = |key: &'static str| {
        headers
            .iter()
            .filter(move |(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.trim())
    };
    let classifiers: Vec<&str> = all("Classifier")
        .filter(|c| c.starts_with("License ::"))
        .collect();
    // `UNKNOWN` (old setuptools' default) and RST rules (`=====`) are not a license.
    let license = first("License")
        .filter(|l| l.chars().any(char::is_alphanumeric) && !l.eq_ignore_ascii_case("UNKNOWN"));
    let declared = first("License-Expression")
        .map(str::to_owned)
        .or_else(|| {
            license
                .filter(|l| l.len() <= 200 && !l.contains('\n'))
                .map(str::to_owned)
        })
        .or_else(|| (!classifiers.is_empty()).then(|| classifiers.join(" OR ")))
        .or_else(|| license.map(str::to_owned));
    Some(Described {
        name: first("Name")?.to_owned(),
        version: first("Version").unwrap_or_default().to_owned(),
        declared,
        license_file_names: all("License-File").map(str::to_owned).collect(),
        requires: all("Requires-Dist")
            .filter(|r| !r.contains("extra =="))
            .filter_map(super::pyproject::requirement_name)
            .collect(),
    })
}

/// RFC 822 headers up to the first blank line; continuation lines (leading whitespace, or the
/// `       |` that setuptools writes) join the previous value with a newline.
pub(crate) fn parse_headers(text: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        // Only a truly empty line ends the headers: a blank line inside a multi-line `License`
        // is written as indentation.
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                let continued = line.trim_start();
                value.push('\n');
                value.push_str(continued.strip_prefix('|').unwrap_or(continued));
            }
            continue;
        }
        if let Some((key, value)) = line.split_once(':') {
            headers.push((key.trim().to_owned(), value.trim().to_owned()));
        }
    }
    headers
}

#[cfg(test)]
mod tests {
    use super::parse_headers;

    #[test]
    fn headers_with_continuations() {
        let text = "Metadata-Version: 2.1\nName: foo\nLicense: Copyright 2020\n        |\n        \n        | Permission is granted\nClassifier: License :: OSI Approved :: MIT License\n\nLong description: not a header\n";
        let headers = parse_headers(text);
        assert_eq!(headers[1], ("Name".to_owned(), "foo".to_owned()));
        assert_eq!(headers[2].1, "Copyright 2020\n\n\n Permission is granted");
        assert_eq!(headers.len(), 4);
    }
}
