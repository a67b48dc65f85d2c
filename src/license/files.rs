//! Finding the license files of an installed or vendored package: `LICENSE`, `LICENCE`,
//! `COPYING`, `UNLICENSE`, `LICENSE-MIT`, `license.md`, `MIT-LICENSE.txt` …
//!
//! Only the package's own folder is looked at (not subfolders), symlinks are not followed, and the
//! result is sorted.

use std::path::{Path, PathBuf};

/// Extensions that mark a file as code or data rather than a license text (`license.js`, `licenses.json`).
const NOT_TEXT: &[&str] = &[
    "js", "mjs", "cjs", "ts", "rs", "py", "go", "java", "json", "toml", "yml", "yaml",
];

/// Returns the license files directly inside `dir`, sorted by name. A folder that cannot be read
/// has none.
pub fn find(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter(|entry| entry.file_name().to_str().is_some_and(is_license_file_name))
        .map(|entry| entry.path())
        .collect();
    files.sort();
    files
}

/// Whether a file name looks like a license text.
pub fn is_license_file_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    let (stem, ext) = match upper.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, ext),
        _ => (upper.as_str(), ""),
    };
    if NOT_TEXT.iter().any(|code| code.eq_ignore_ascii_case(ext)) {
        return false;
    }
    const PREFIXES: &[&str] = &["LICENSE", "LICENCE", "COPYING", "UNLICENSE"];
    PREFIXES.iter().any(|p| upper.starts_with(p))
        || stem.ends_with("-LICENSE")
        || stem.ends_with("_LICENSE")
        || stem.ends_with("-LICENCE")
}

#[cfg(test)]
mod tests {
    use super::is_license_file_name;

    #[test]
    fn recognises_license_file_names() {
        for yes in [
            "LICENSE",
            "LICENCE",
            "license",
            "License.md",
            "LICENSE.txt",
            "LICENSE-MIT",
            "LICENSE-APACHE",
            "LICENSE.APACHE2",
            "COPYING",
            "COPYING.LESSER",
            "UNLICENSE",
            "MIT-LICENSE",
            "MIT-LICENSE.txt",
            "licenses.markdown",
        ] {
            assert!(is_license_file_name(yes), "{yes} should be a license file");
        }
        for no in [
            "README.md",
            "license.js",
            "licenses.json",
            "src",
            "Cargo.toml",
            "NOTICE",
        ] {
            assert!(
                !is_license_file_name(no),
                "{no} should not be a license file"
            );
        }
    }
}
