//! pnpm's content-addressed store, read for packages that are not installed. pnpm keeps no
//! tarballs: each file of a package is stored once under the hash of its bytes
//! (`files/ab/cdef…`), and a package's index maps its file names to those hashes. The index is
//! named by the lockfile's `integrity` (the tarball's SHA-512): `index/<2 hex>/<62 hex>-<name>@<version>.json`
//! (the first 64 hex digits, pnpm 10's store `v10`) or `files/<2 hex>/<rest>-index.json` (the
//! whole digest, pnpm 7 to 9's store `v3`).
//!
//! What is verified: the index is the one the lockfile's integrity names (and, when it records
//! them, for the locked name and version); each file read (`package.json`, the license files) is
//! checked against its SHA-512 in the index, as pnpm checks its store. The tarball's own hash
//! cannot be checked: pnpm does not keep the tarball.

use std::path::{Path, PathBuf};

use base64::Engine as _;

use super::npm::{Cached, Lookup};
use crate::license::files::{IN_ARCHIVE, PnpmIndex, is_license_file_name};

/// Where the index of a package would be in one store version folder, for each layout.
fn index_paths(store: &Path, name: &str, version: &str, integrity: &str) -> Vec<PathBuf> {
    let Some(digest) = integrity
        .split_ascii_whitespace()
        .find_map(|one| one.strip_prefix("sha512-"))
        .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
        .filter(|digest| digest.len() == 64)
    else {
        return Vec::new();
    };
    let hex = crate::model::hex(&digest);
    // pnpm 10 names it by package too (the same tarball may be published under several names),
    // with the characters Windows forbids in file names made `+`.
    let id: String = format!("{name}@{version}")
        .chars()
        .map(|c| match c {
            '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '+',
            c => c,
        })
        .collect();
    vec![
        store
            .join("index")
            .join(&hex[..2])
            .join(format!("{}-{id}.json", &hex[2..64])),
        store
            .join("files")
            .join(&hex[..2])
            .join(format!("{}-index.json", &hex[2..])),
    ]
}

/// Looks a locked package up in pnpm's stores (version folders) by its integrity, and reads its
/// `package.json` and license files when it is there.
pub fn lookup(stores: &[PathBuf], name: &str, version: &str, integrity: &str) -> Lookup {
    for store in stores {
        for index_path in index_paths(store, name, version, integrity) {
            let index = match PnpmIndex::read(&index_path) {
                Ok(index) => index,
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => {
                    let why = crate::i18n::tr!("caches-not-pnpm-index", error = err.to_string());
                    return Lookup::Damaged {
                        path: index_path,
                        why,
                    };
                }
            };
            let recorded = (index.name.as_deref(), index.version.as_deref());
            if matches!(recorded, (Some(n), Some(v)) if n != name || v != version) {
                // The same tarball under another name or version (a v3 index is named by the
                // hash alone): not this package's record.
                continue;
            }
            return match read(&index_path, &index) {
                Ok(cached) => Lookup::Found(cached),
                Err(why) => Lookup::Damaged {
                    path: index_path,
                    why,
                },
            };
        }
    }
    Lookup::Missing
}

/// The package's `package.json` and top-level license files, each read through the index and
/// checked against its hash; shown as `<index>!/<file>`.
fn read(index_path: &Path, index: &PnpmIndex) -> Result<Cached, String> {
    let entry = |name: &str| PathBuf::from(format!("{}{IN_ARCHIVE}{name}", index_path.display()));
    let read = |name: &str| match index.file(index_path, name) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(crate::i18n::tr!("caches-pnpm-not-in-index", name = name)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            Err(crate::i18n::tr!("caches-pnpm-not-in-store", name = name))
        }
        Err(err) => Err(err.to_string()),
    };
    let manifest = match index.files.contains_key("package.json") {
        true => Some((entry("package.json"), read("package.json")?)),
        false => None,
    };
    let mut cached = Cached {
        manifest,
        license_files: Vec::new(),
        license_texts: Vec::new(),
    };
    let license_files = index
        .files
        .keys()
        .filter(|file| !file.contains(['/', '\\']) && is_license_file_name(file));
    for file in license_files.take(crate::license::files::MAX_PER_PACKAGE) {
        let bytes = read(file)?;
        cached.license_files.push(entry(file));
        cached.license_texts.push((entry(file), bytes));
    }
    Ok(cached)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_file_names() {
        let integrity = "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==";
        let paths = index_paths(Path::new("s"), "ms", "2.1.3", integrity);
        assert_eq!(
            paths[0],
            Path::new(
                "s/index/e8/5973b9b4cb646dc9d9afcd542025784863ceae68c601f268253dc985ef70bb-ms@2.1.3.json"
            )
        );
        assert_eq!(
            paths[1],
            Path::new(
                "s/files/e8/5973b9b4cb646dc9d9afcd542025784863ceae68c601f268253dc985ef70bb2fa1568726afece715c8ebf5d73fab73ed1f7100eb479d23bfb57b45dd645394-index.json"
            )
        );
        let scoped = index_paths(Path::new("s"), "@isaacs/x", "1.0.0", integrity);
        assert!(
            scoped[0]
                .to_str()
                .unwrap()
                .ends_with("-@isaacs+x@1.0.0.json")
        );
        assert!(
            index_paths(
                Path::new("s"),
                "ms",
                "1",
                "sha1-V0yBOM4dK1hh8LRFedut1gxmFbI="
            )
            .is_empty()
        );
    }
}
