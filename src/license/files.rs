//! Finding the license files of an installed or vendored package: `LICENSE`, `LICENCE`,
//! `COPYING`, `UNLICENSE`, `LICENSE-MIT`, `license.md`, `MIT-LICENSE.txt` …
//!
//! Only the package's own folder is looked at (not subfolders), symlinks are not followed, and the
//! result is sorted.

use std::path::{Path, PathBuf};

/// The most license files read for one package (a real package has one to a few; a hostile one
/// could ship thousands for the scanner to score).
pub const MAX_PER_PACKAGE: usize = 16;

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

/// A license file that a package's metadata names (Cargo's `license-file`, Python's
/// `License-File`, npm's `SEE LICENSE IN`), relative to the package folder `dir`: the file if it
/// is there, `None` if it is not. A name that leaves the folder (`../../etc/shadow`, an absolute
/// path, or a symbolic link whose target is outside the folder) is refused with the reason
/// ([`Refused::message`]: `… points outside the package; not read`), and nothing is read: a
/// scanned package must not make ossdoo copy a file of the machine's into a report or NOTICE.
pub fn named_in(dir: &Path, name: &str) -> Result<Option<PathBuf>, Refused> {
    stays_inside(name)?;
    let path = dir.join(name);
    let Ok(real) = path.canonicalize() else {
        return Ok(None);
    };
    match dir.canonicalize() {
        Ok(base) if real.starts_with(&base) => Ok(real.is_file().then_some(path)),
        _ => Err(Refused::LinkOut),
    }
}

/// Why a license file a package names is not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// A symbolic link whose target is outside the package.
    LinkOut,
    /// A name with `..`, absolute, or empty.
    Outside,
}

impl Refused {
    /// The warning, after the metadata that names the file (`named`: `` `License-File: x` ``).
    pub fn message(self, named: &str) -> String {
        let why = match self {
            Refused::LinkOut => "link",
            Refused::Outside => "outside",
        };
        crate::i18n::tr!("license-file-refused", named = named, why = why)
    }
}

/// Whether a relative file name stays inside the folder it is relative to by its words alone: no
/// `..`, not absolute, not empty. (Links are [`named_in`]'s to check.)
pub fn stays_inside(name: &str) -> Result<(), Refused> {
    use std::path::Component;
    let plain = Path::new(name)
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    match plain && !name.is_empty() {
        true => Ok(()),
        false => Err(Refused::Outside),
    }
}

/// Separates an archive from a file inside it in a license file path:
/// `…/commons-io-2.11.0.jar!/META-INF/LICENSE.txt`, as Java tools write it.
pub const IN_ARCHIVE: &str = "!/";

/// The largest archive entry read (license texts and manifests are far smaller).
const MAX_ENTRY: u64 = 4 << 20;

/// Reads a license file: a plain file, or an entry of a zip archive (`x.jar!/META-INF/LICENSE`).
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    let text = path.to_string_lossy();
    match text.split_once(IN_ARCHIVE) {
        Some((archive, entry)) => archive_entry(Path::new(archive), entry)?.ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::NotFound,
                crate::i18n::tr!("license-archive-missing-entry", entry = entry),
            )
        }),
        None => crate::read::bytes(path),
    }
}

/// One entry of an archive, if it is there: a zip (a jar, a Yarn cache zip) or a gzip-compressed
/// tarball (a package in npm's cache), told apart by their first bytes.
pub fn archive_entry(archive: &Path, entry: &str) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut magic = [0u8; 2];
    let is_gzip = std::fs::File::open(archive)
        .and_then(|mut file| file.read_exact(&mut magic))
        .is_ok()
        && magic == [0x1f, 0x8b];
    if is_gzip {
        return crate::archive::tgz_entry(&crate::read::bytes(archive)?, entry);
    }
    if magic[0] == b'{' {
        return pnpm_index_entry(archive, entry);
    }
    let mut zip = open_archive(archive)?;
    let Ok(file) = zip.by_name(entry) else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    file.take(MAX_ENTRY).read_to_end(&mut bytes)?;
    Ok(Some(bytes))
}

/// The largest pnpm index file read (one of a package of thousands of files is a few hundred KiB).
const MAX_PNPM_INDEX: u64 = 32 << 20;

/// A package's index in pnpm's store (`index/ab/cdef…-name@1.0.0.json`, or
/// `files/ab/cdef…-index.json` before pnpm 10): each of its files' content hash and mode.
#[derive(Debug, serde::Deserialize)]
pub struct PnpmIndex {
    pub name: Option<String>,
    pub version: Option<String>,
    #[serde(default)]
    pub files: std::collections::BTreeMap<String, PnpmFile>,
}

#[derive(Debug, serde::Deserialize)]
pub struct PnpmFile {
    /// `sha512-<base64>` of the file's bytes: its address in the store.
    pub integrity: String,
    #[serde(default)]
    pub mode: u32,
}

impl PnpmIndex {
    /// Reads an index file (at most `MAX_PNPM_INDEX` bytes).
    pub fn read(index: &Path) -> std::io::Result<Self> {
        use std::io::Read;
        let mut bytes = Vec::new();
        std::fs::File::open(index)?
            .take(MAX_PNPM_INDEX + 1)
            .read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_PNPM_INDEX {
            return Err(invalid(crate::i18n::tr!(
                "license-pnpm-index-too-large",
                count = MAX_PNPM_INDEX >> 20
            )));
        }
        serde_json::from_slice(&bytes).map_err(|e| invalid(e.to_string()))
    }

    /// The bytes of one of the package's files, from the store the index is in (`<store>/index/ab/…`
    /// or `<store>/files/ab/…`): `files/<2 hex>/<rest>` of its hash (`-exec` for an executable),
    /// at most `MAX_ENTRY` bytes, checked against that hash. `None` when the index has no such
    /// file.
    pub fn file(&self, index: &Path, name: &str) -> std::io::Result<Option<Vec<u8>>> {
        use base64::Engine as _;
        use sha2::Digest as _;
        use std::io::Read;
        let Some(file) = self.files.get(name) else {
            return Ok(None);
        };
        let digest = file
            .integrity
            .strip_prefix("sha512-")
            .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
            .filter(|digest| digest.len() == 64)
            .ok_or_else(|| invalid(crate::i18n::tr!("license-pnpm-no-sha512", name = name)))?;
        let hex = crate::model::hex(&digest);
        let exec = if file.mode & 0o111 != 0 { "-exec" } else { "" };
        let store = index
            .ancestors()
            .nth(3)
            .ok_or_else(|| invalid(crate::i18n::tr!("license-pnpm-not-in-store")))?;
        let content = store
            .join("files")
            .join(&hex[..2])
            .join(format!("{}{exec}", &hex[2..]));
        let mut bytes = Vec::new();
        std::fs::File::open(&content)?
            .take(MAX_ENTRY)
            .read_to_end(&mut bytes)?;
        if sha2::Sha512::digest(&bytes).as_slice() != digest.as_slice() {
            return Err(invalid(crate::i18n::tr!(
                "license-pnpm-hash-mismatch",
                name = name
            )));
        }
        Ok(Some(bytes))
    }
}

/// One file of a package in pnpm's store, through its index (`…/index/ab/…-ms@2.1.3.json!/LICENSE`).
fn pnpm_index_entry(index: &Path, entry: &str) -> std::io::Result<Option<Vec<u8>>> {
    PnpmIndex::read(index)?.file(index, entry)
}

fn invalid(message: String) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, message)
}

/// The license files directly inside a folder of an archive (`META-INF` of a jar,
/// `node_modules/lodash` of a Yarn cache zip), as `archive!/entry` paths, sorted. An archive that
/// cannot be read has none.
pub fn find_in_archive(archive: &Path, folder: &str) -> Vec<PathBuf> {
    files_in_archive(archive, folder, is_license_file_name)
}

/// The NOTICE files directly inside a folder of an archive (`META-INF/NOTICE.txt` of a jar), as
/// `archive!/entry` paths, sorted.
pub fn find_notices_in_archive(archive: &Path, folder: &str) -> Vec<PathBuf> {
    files_in_archive(archive, folder, is_notice_file_name)
}

/// `NOTICE`, `NOTICE.txt` or `NOTICE.md`, in any case: an attribution notice (Apache-2.0 §4(d)).
pub fn is_notice_file_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    upper == "NOTICE" || upper == "NOTICE.TXT" || upper == "NOTICE.MD"
}

/// The files directly inside a folder of an archive whose names `keep` accepts.
fn files_in_archive(archive: &Path, folder: &str, keep: fn(&str) -> bool) -> Vec<PathBuf> {
    let prefix = format!("{}/", folder.trim_end_matches('/'));
    let Ok(zip) = open_archive(archive) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = zip
        .file_names()
        .filter_map(|name| {
            let file = name.strip_prefix(prefix.as_str())?;
            (!file.contains('/') && keep(file))
                .then(|| PathBuf::from(format!("{}{IN_ARCHIVE}{name}", archive.display())))
        })
        .collect();
    files.sort();
    files
}

fn open_archive(archive: &Path) -> std::io::Result<zip::ZipArchive<std::fs::File>> {
    let file = std::fs::File::open(archive)?;
    zip::ZipArchive::new(file).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// Whether a file name looks like the package's own license text. Third-party notices
/// (`LICENSE-3RD-PARTY.txt`, `ThirdPartyNotices.txt`) and the licenses of bundled components
/// (`LICENSE.esprima`, `LICENSE-jquery`) are not: they would be read as the package's license.
pub fn is_license_file_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    if upper.contains("THIRD") || upper.contains("3RD") || upper.contains("NOTICE") {
        return false;
    }
    let (stem, ext) = match upper.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, ext),
        _ => (upper.as_str(), ""),
    };
    if NOT_TEXT.iter().any(|code| code.eq_ignore_ascii_case(ext)) {
        return false;
    }
    const PREFIXES: &[&str] = &["UNLICENSE", "LICENSE", "LICENCE", "COPYING"];
    match PREFIXES.iter().find_map(|p| upper.strip_prefix(p)) {
        // `LICENSE`, `LICENSE.md`, `LICENSE-MIT`, `COPYING.LESSER`, `LICENSE.APACHE2`, `LICENSES`
        Some(rest) => names_a_license_or_format(rest),
        None => {
            stem.ends_with("-LICENSE") || stem.ends_with("_LICENSE") || stem.ends_with("-LICENCE")
        }
    }
}

/// What may follow `LICENSE`: nothing, a text format, or a license's name (`-MIT`, `.APACHE2`,
/// `-Apache-2.0_WITH_LLVM-exception`) — not another project's name (`.esprima`).
fn names_a_license_or_format(rest: &str) -> bool {
    const FORMATS: &[&str] = &["", "S", "TXT", "MD", "MARKDOWN", "RST", "HTML", "TEXT"];
    const WORDS: &[&str] = &[
        "MIT",
        "APACHE",
        "APACHE2",
        "BSD",
        "ISC",
        "GPL",
        "LGPL",
        "AGPL",
        "MPL",
        "ZLIB",
        "BOOST",
        "CC0",
        "UNLICENSE",
        "X11",
        "LESSER",
        "LIB",
        "GPL2",
        "GPL3",
        "LGPL2",
        "LGPL3",
        "UNICODE",
        "OFL",
        "EPL",
        "WTFPL",
        "0BSD",
        "BSL",
        "CC-BY",
        "ZERO",
    ];
    let mut parts = rest
        .trim_start_matches(['-', '_', '.', ' '])
        .split(['.', '-', '_', ' ']);
    let first = parts.next().unwrap_or_default();
    FORMATS.contains(&first)
        || WORDS.contains(&first)
        || spdx::license_id(
            &rest
                .trim_start_matches(['-', '_', '.', ' '])
                .replace('_', " "),
        )
        .is_some()
        || spdx::identifiers::LICENSES
            .iter()
            .any(|l| l.name.eq_ignore_ascii_case(first))
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

    #[test]
    fn license_names_versus_bundled_and_third_party_files() {
        for yes in [
            "LICENSE-Apache-2.0_WITH_LLVM-exception",
            "LICENSE.BSD-3-Clause",
            "LICENSE-UNICODE",
            "COPYING.LIB",
            "LICENSE-ZLIB",
            "LICENSES",
        ] {
            assert!(is_license_file_name(yes), "{yes} should be a license file");
        }
        for no in [
            "LICENSE.esprima",
            "LICENSE-3RD-PARTY.txt",
            "ThirdPartyNotices.txt",
            "LICENSE-jquery",
            "NOTICE.md",
        ] {
            assert!(
                !is_license_file_name(no),
                "{no} should not be a license file"
            );
        }
    }
}
