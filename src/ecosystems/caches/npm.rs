//! npm's cache (`_cacache`): every tarball npm downloaded, stored under the hash of its content,
//! which is the `integrity` that `package-lock.json` records. The tarball of a locked package is
//! found by that hash alone (`content-v2/sha512/ab/cd/ef…`, no index needed), its bytes checked
//! against it, and its `package.json` and license files read straight out of the `.tgz`.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::Digest as _;

use crate::license::files::{IN_ARCHIVE, is_license_file_name};
use crate::places::npm::Index;

/// A package's tarball found in the cache.
#[derive(Debug)]
pub struct Cached {
    /// Its `package.json`: the path shown in evidence (`tarball!/package/package.json`) and bytes.
    pub manifest: Option<(PathBuf, Vec<u8>)>,
    /// License files at the top of the package, as `tarball!/package/LICENSE` paths, sorted.
    pub license_files: Vec<PathBuf>,
    /// Their bytes, read in the same pass.
    pub license_texts: Vec<(PathBuf, Vec<u8>)>,
}

/// What the cache holds for one integrity.
#[derive(Debug)]
pub enum Lookup {
    Found(Cached),
    /// In no cache.
    Missing,
    /// There, but unusable: its bytes do not match the hash, or it is not a readable tarball.
    Damaged {
        /// The file that failed: the tarball, zip archive or index.
        path: PathBuf,
        why: String,
    },
}

/// The hash algorithms of Subresource Integrity strings that npm writes, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Algorithm {
    Sha512,
    Sha384,
    Sha256,
    Sha1,
}

impl Algorithm {
    fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "sha512" => Algorithm::Sha512,
            "sha384" => Algorithm::Sha384,
            "sha256" => Algorithm::Sha256,
            "sha1" => Algorithm::Sha1,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Algorithm::Sha512 => "sha512",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha1 => "sha1",
        }
    }

    fn digest(self, bytes: &[u8]) -> Vec<u8> {
        match self {
            Algorithm::Sha512 => sha2::Sha512::digest(bytes).to_vec(),
            Algorithm::Sha384 => sha2::Sha384::digest(bytes).to_vec(),
            Algorithm::Sha256 => sha2::Sha256::digest(bytes).to_vec(),
            Algorithm::Sha1 => sha1::Sha1::digest(bytes).to_vec(),
        }
    }
}

/// The hashes of an integrity string (`sha512-<base64> sha1-<base64>`), strongest first; options
/// after `?` are ignored, unknown algorithms and bad base64 skipped.
fn hashes(integrity: &str) -> Vec<(Algorithm, Vec<u8>)> {
    let mut hashes: Vec<(Algorithm, Vec<u8>)> = integrity
        .split_ascii_whitespace()
        .filter_map(|one| {
            let (algorithm, rest) = one.split_once('-')?;
            let digest = rest.split('?').next()?;
            let digest = base64::engine::general_purpose::STANDARD
                .decode(digest)
                .ok()?;
            Some((Algorithm::parse(algorithm)?, digest))
        })
        .collect();
    hashes.sort_by_key(|(algorithm, _)| *algorithm);
    hashes
}

/// Whether `bytes` match an integrity string, by its strongest hash; `None` when it names no
/// hash ossdoo knows.
pub(super) fn check(integrity: &str, bytes: &[u8]) -> Option<bool> {
    let (algorithm, digest) = hashes(integrity).into_iter().next()?;
    Some(algorithm.digest(bytes) == digest)
}

/// Whether two integrity strings share a hash (same algorithm, same digest).
pub(super) fn same_content(a: &str, b: &str) -> bool {
    let b = hashes(b);
    hashes(a).iter().any(|hash| b.contains(hash))
}

/// Where cacache keeps the content of a hash: `content-v2/<algorithm>/<2 hex>/<2 hex>/<rest>`.
fn content_path(cache: &Path, algorithm: Algorithm, digest: &[u8]) -> PathBuf {
    let hex = crate::model::hex(digest);
    let mut path = cache.join("content-v2");
    path.push(algorithm.name());
    path.push(&hex[..2]);
    path.push(&hex[2..4]);
    path.push(&hex[4..]);
    path
}

/// Whether any of the caches may hold a tarball of this integrity: the first bytes of each hash
/// against the folders that exist, without decoding whole hashes (a 150,000-package lockfile
/// with a small cache asks this 150,000 times).
pub fn may_be_cached(caches: &[Index], integrity: &str) -> bool {
    integrity.split_ascii_whitespace().any(|one| {
        let Some((algorithm, digest)) = one.split_once('-') else {
            return false;
        };
        let (Some(algorithm), Some(head)) = (Algorithm::parse(algorithm), digest.get(..4)) else {
            return false;
        };
        let Ok(head) = base64::engine::general_purpose::STANDARD_NO_PAD.decode(head) else {
            return false;
        };
        caches
            .iter()
            .any(|cache| cache.may_hold(algorithm.name(), &head))
    })
}

/// Looks a locked package up in the caches by its integrity, and reads it when it is there.
pub fn lookup(caches: &[Index], integrity: &str) -> Lookup {
    if !may_be_cached(caches, integrity) {
        return Lookup::Missing;
    }
    let hashes = hashes(integrity);
    let mut damaged = None;
    for cache in caches {
        for (algorithm, digest) in &hashes {
            if !cache.may_hold(algorithm.name(), digest) {
                continue;
            }
            let tarball = content_path(cache.dir(), *algorithm, digest);
            let bytes = match crate::read::bytes(&tarball) {
                Ok(bytes) => bytes,
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => {
                    damaged.get_or_insert((
                        tarball,
                        crate::i18n::tr!("read-cannot-read", error = err.to_string()),
                    ));
                    continue;
                }
            };
            if algorithm.digest(&bytes) != *digest {
                damaged.get_or_insert((
                    tarball,
                    crate::i18n::tr!(
                        "caches-npm-integrity-mismatch",
                        algorithm = algorithm.name()
                    ),
                ));
                continue;
            }
            match read_tarball(&tarball, &bytes) {
                Ok(cached) => return Lookup::Found(cached),
                Err(err) => {
                    damaged.get_or_insert((
                        tarball,
                        crate::i18n::tr!("caches-not-npm-tarball", error = err.to_string()),
                    ));
                }
            }
        }
    }
    match damaged {
        Some((path, why)) => Lookup::Damaged { path, why },
        None => Lookup::Missing,
    }
}

/// Reads the package's `package.json` and lists its license files. npm packs a package under
/// `package/`; a few old tarballs use another top folder, the one that holds `package.json`.
pub(super) fn read_tarball(tarball: &Path, bytes: &[u8]) -> std::io::Result<Cached> {
    // The top folder's `package.json` and license files, whatever the top folder is called:
    // one pass over the archive (it is compressed as a whole, so every pass is a full one).
    let top_level = |name: &str| {
        name.split_once('/')
            .filter(|(_, file)| !file.contains('/'))
            .map(|(_, file)| file.to_owned())
    };
    let contents = crate::archive::read_tgz(bytes, |name| {
        top_level(name).is_some_and(|file| file == "package.json" || is_license_file_name(&file))
    })?;
    let (manifests, texts): (Vec<_>, Vec<_>) = contents
        .read
        .into_iter()
        .partition(|(name, _)| top_level(name).as_deref() == Some("package.json"));
    let top = manifests
        .iter()
        .map(|(name, _)| name.split('/').next().unwrap_or_default())
        .min_by_key(|top| *top != "package")
        .map(str::to_owned);
    let Some(top) = top else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            crate::i18n::tr!("caches-no-package-json"),
        ));
    };
    let entry = |name: &str| PathBuf::from(format!("{}{IN_ARCHIVE}{name}", tarball.display()));
    let mut license_files: Vec<PathBuf> = contents
        .files
        .iter()
        .filter(|name| {
            name.split_once('/').is_some_and(|(dir, file)| {
                dir == top && !file.contains('/') && is_license_file_name(file)
            })
        })
        .map(|name| entry(name))
        .collect();
    license_files.sort();
    license_files.dedup();
    let license_texts = texts
        .into_iter()
        .map(|(name, bytes)| (entry(&name), bytes))
        .filter(|(path, _)| license_files.contains(path))
        .collect();
    let manifest = manifests
        .into_iter()
        .find(|(name, _)| name.split('/').next() == Some(top.as_str()))
        .map(|(name, bytes)| (entry(&name), bytes));
    Ok(Cached {
        manifest,
        license_files,
        license_texts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_strings() {
        let both = "sha1-2jmEBBBMpgqiY9OkiJnBt1TpHKI= sha512-MvZ9IBuSFZ1NhBuxvVOY7/pH1ptVR1QOY5fj/X6cbaiRAw3U9Pdt4wmvkLr4Pqz8/m3KAFqFR8zA64kZHTTM9w==";
        let hashes = hashes(both);
        assert_eq!(hashes.len(), 2);
        assert_eq!(hashes[0].0, Algorithm::Sha512);
        assert_eq!(hashes[0].1.len(), 64);
        assert_eq!(hashes[1].0, Algorithm::Sha1);
        assert!(super::hashes("md5-abc sha512-!!!").is_empty());
        assert_eq!(
            content_path(Path::new("c"), Algorithm::Sha1, &[0xab, 0xcd, 0xef, 0x01]),
            Path::new("c/content-v2/sha1/ab/cd/ef01")
        );
    }
}
