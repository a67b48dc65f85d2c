//! Yarn's caches, read for packages that are not installed.
//!
//! - **Classic (v1)**: `<cache>/v6/npm-<slug>-<version>-<sha1>-integrity/node_modules/<name>/`
//!   holds the package unpacked, its original tarball (`.yarn-tarball.tgz`, byte for byte what
//!   the registry served) and `.yarn-metadata.json`. The tarball is what is read: its bytes are
//!   checked against the lockfile's `integrity` (else the `#<sha1>` of its `resolved` URL, which
//!   older lockfiles carry alone), then `package.json` and the license files come out of it as
//!   from npm's cache. A folder without the tarball (a cache filled from an offline mirror) is
//!   read unpacked when its `.yarn-metadata.json` records the lockfile's hash: the package's
//!   identity is checked then, not the bytes of its files.
//! - **Berry (v2+)**: one zip per package, `<slug>-npm-<version>-<locator hash>-<suffix>.zip`
//!   holding `node_modules/<name>/`; the suffix is the first 10 hex digits of the checksum in a
//!   project's cache, the cache key (`10c0`) in the global one. The lockfile's
//!   `checksum: 10c0/<hex>` is the SHA-512 of the zip file (the part before `/` is the cache key,
//!   not hashed), checked before anything is read.
//!
//! Zip entries are read under the limits of [`crate::archive`]: at most `MAX_ENTRIES` entries, an
//! entry's first `MAX_ENTRY` bytes, only `node_modules/<name>/<file>` names (no `..`).

use std::io::Read as _;
use std::path::{Path, PathBuf};

use sha2::Digest as _;

use super::npm::{Cached, Lookup, check, read_tarball, same_content};
use crate::license::files::{IN_ARCHIVE, is_license_file_name};
use crate::model::hex;
use crate::places::js::Listed;

/// The cache folder name Yarn classic gives a package, up to its version:
/// `npm-<name>-<version>-`, where every run of characters of the name other than `@`, `a-z` and
/// `0-9` is one `-` (Yarn's `generateUniquePackageSlug`; capitals are replaced too).
fn classic_prefix(name: &str, version: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars() {
        if c == '@' || c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("npm-{}-{version}-", slug.trim_matches('-'))
}

/// The `#<sha1>` of a `resolved` URL, which Yarn classic names the cache folder with.
fn resolved_hash(resolved: &str) -> Option<&str> {
    let (_, hash) = resolved.rsplit_once('#')?;
    is_hex(hash, 40).then_some(hash)
}

fn is_hex(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether the rest of a folder name after [`classic_prefix`] is Yarn's `<sha1>-integrity`,
/// `<sha1>` or `integrity`, with the lockfile's sha1 when it records one.
fn classic_rest_matches(rest: &str, hash: Option<&str>) -> bool {
    let folder_hash = rest.strip_suffix("-integrity").unwrap_or(rest);
    if folder_hash == "integrity" {
        return true;
    }
    is_hex(folder_hash, 40) && hash.is_none_or(|hash| hash.eq_ignore_ascii_case(folder_hash))
}

/// One locked package of a `yarn.lock` v1, as the classic cache is searched for it.
pub struct ClassicEntry<'a> {
    pub name: &'a str,
    pub version: &'a str,
    pub resolved: Option<&'a str>,
    pub integrity: Option<&'a str>,
}

/// Looks a package up in Yarn classic's caches and reads it when it is there.
pub fn classic_lookup(caches: &[&Listed], entry: &ClassicEntry) -> Lookup {
    let hash = entry.resolved.and_then(resolved_hash);
    let prefix = classic_prefix(entry.name, entry.version);
    let mut damaged = None;
    for cache in caches {
        for folder in cache.starting_with(&prefix) {
            if !classic_rest_matches(&folder[prefix.len()..], hash) {
                continue;
            }
            let dir = cache.dir.join(folder).join("node_modules").join(entry.name);
            match read_classic(&dir, hash, entry.integrity) {
                Ok(Some(cached)) => return Lookup::Found(cached),
                Ok(None) => {}
                Err(fault) => {
                    damaged.get_or_insert(fault);
                }
            }
        }
    }
    match damaged {
        Some((path, why)) => Lookup::Damaged { path, why },
        None => Lookup::Missing,
    }
}

/// Reads one classic cache folder: its tarball, verified, else its unpacked files when its
/// metadata names the locked package. `None` when the folder holds no package.
fn read_classic(
    dir: &Path,
    hash: Option<&str>,
    integrity: Option<&str>,
) -> Result<Option<Cached>, (PathBuf, String)> {
    let tarball = dir.join(".yarn-tarball.tgz");
    let bytes = match crate::read::bytes(&tarball) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return read_unpacked(dir, hash, integrity);
        }
        Err(err) => {
            return Err((
                tarball,
                crate::i18n::tr!("read-cannot-read", error = err.to_string()),
            ));
        }
    };
    let verified = match (integrity.and_then(|i| check(i, &bytes)), hash) {
        (Some(matches), _) => matches,
        (None, Some(hash)) => hex(&sha1::Sha1::digest(&bytes)).eq_ignore_ascii_case(hash),
        // The lockfile records no hash (a `file:` tarball): nothing to check against.
        (None, None) => true,
    };
    if !verified {
        return Err((tarball, crate::i18n::tr!("caches-yarn-integrity-mismatch")));
    }
    read_tarball(&tarball, &bytes).map(Some).map_err(|err| {
        (
            tarball,
            crate::i18n::tr!("caches-not-npm-tarball", error = err.to_string()),
        )
    })
}

/// `.yarn-metadata.json`, as far as the package's identity goes.
#[derive(serde::Deserialize)]
struct Metadata {
    remote: Remote,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Remote {
    hash: Option<String>,
    integrity: Option<String>,
    cache_integrity: Option<String>,
}

/// A classic cache folder without its tarball: `package.json` and the license files as they were
/// unpacked, when `.yarn-metadata.json` records the lockfile's integrity (or `resolved` sha1).
fn read_unpacked(
    dir: &Path,
    hash: Option<&str>,
    integrity: Option<&str>,
) -> Result<Option<Cached>, (PathBuf, String)> {
    let manifest_path = dir.join("package.json");
    let Ok(manifest) = crate::read::bytes(&manifest_path) else {
        return Ok(None);
    };
    let metadata_path = dir.join(".yarn-metadata.json");
    let remote = crate::read::bytes(&metadata_path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Metadata>(&bytes).ok())
        .map(|metadata| metadata.remote);
    let recorded = remote.is_some_and(|remote| {
        let by_integrity = integrity.is_some_and(|lock| {
            [&remote.integrity, &remote.cache_integrity]
                .into_iter()
                .flatten()
                .any(|cached| same_content(lock, cached))
        });
        let by_hash = hash.is_some_and(|hash| remote.hash.as_deref() == Some(hash));
        by_integrity || by_hash
    });
    if !recorded {
        return Err((
            metadata_path,
            crate::i18n::tr!("caches-yarn-metadata-unrecorded"),
        ));
    }
    Ok(Some(Cached {
        manifest: Some((manifest_path, manifest)),
        license_files: crate::license::files::find(dir),
        license_texts: Vec::new(),
    }))
}

/// A Berry `checksum`: `10c0/<sha512 hex>` (cache key, then the zip's hash), or the bare hash of
/// older lockfiles, whose cache key is the one in `__metadata`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checksum<'a> {
    pub cache_key: Option<&'a str>,
    pub hex: &'a str,
}

impl<'a> Checksum<'a> {
    pub fn parse(checksum: &'a str, lock_cache_key: Option<&'a str>) -> Option<Self> {
        let (cache_key, hex) = match checksum.rsplit_once('/') {
            Some((key, hex)) => (Some(key), hex),
            None => (lock_cache_key, checksum),
        };
        is_hex(hex, 128).then_some(Checksum { cache_key, hex })
    }
}

/// The zip caches of one Berry project: its own `cacheFolder` first, then the global ones.
pub struct BerryCache<'a> {
    pub local: Listed,
    pub global: &'a [Listed],
}

impl<'a> BerryCache<'a> {
    /// A project's caches: its `.yarnrc.yml`'s `cacheFolder` (else `.yarn/cache`), then the
    /// global ones.
    pub fn for_project(dir: &Path, home: Option<&Path>, js: &'a crate::places::js::Js) -> Self {
        use crate::places::js::{project_yarn_berry, yarnrc_yml};
        let rc = yarnrc_yml(&dir.join(".yarnrc.yml"), home.unwrap_or(dir));
        BerryCache {
            local: project_yarn_berry(dir, &rc),
            global: js.berry(),
        }
    }

    /// The folders, in the order they are searched.
    pub fn folders(&self) -> impl Iterator<Item = &Listed> {
        std::iter::once(&self.local)
            .filter(|local| !local.is_empty())
            .chain(self.global)
    }

    /// The zip of `name` at `version`, and the package's folder inside it
    /// (`node_modules/<name>`). With a checksum, only a file named for it (its first 10 hex
    /// digits, or its cache key) is taken.
    pub fn locate(
        &self,
        name: &str,
        version: &str,
        checksum: Option<Checksum>,
    ) -> Option<(PathBuf, String)> {
        // `@scope/name` is `@scope-name` in file names.
        let prefix = format!("{}-npm-{version}-", name.replace('/', "-"));
        let named_for = |rest: &str| {
            let Some((locator, suffix)) = rest.strip_suffix(".zip").and_then(|r| r.split_once('-'))
            else {
                return false;
            };
            is_hex(locator, 10)
                && checksum.is_none_or(|c| {
                    suffix == &c.hex[..10] || c.cache_key.is_some_and(|key| suffix == key)
                })
        };
        self.folders().find_map(|folder| {
            let file = folder
                .starting_with(&prefix)
                .find(|file| named_for(&file[prefix.len()..]))?;
            Some((folder.dir.join(file), format!("node_modules/{name}")))
        })
    }

    /// Looks a package up and reads it, its zip checked against the lockfile's checksum when
    /// `verify` is set and the lockfile has one.
    pub fn lookup(
        &self,
        name: &str,
        version: &str,
        checksum: Option<Checksum>,
        verify: bool,
    ) -> Lookup {
        let Some((zip, inner)) = self.locate(name, version, checksum) else {
            return Lookup::Missing;
        };
        if let Some(checksum) = checksum.filter(|_| verify) {
            match sha512_of_file(&zip) {
                Ok(hash) if hash.eq_ignore_ascii_case(checksum.hex) => {}
                Ok(_) => {
                    return Lookup::Damaged {
                        path: zip,
                        why: crate::i18n::tr!("caches-yarn-checksum-mismatch"),
                    };
                }
                Err(err) => {
                    let why = crate::i18n::tr!("read-cannot-read", error = err.to_string());
                    return Lookup::Damaged { path: zip, why };
                }
            }
        }
        match read_zip(&zip, &inner) {
            Ok(cached) => Lookup::Found(cached),
            Err(err) => Lookup::Damaged {
                why: crate::i18n::tr!("caches-not-zip", error = err.to_string()),
                path: zip,
            },
        }
    }
}

/// The SHA-512 of a file in hex, read in a stream (a Berry zip is stored uncompressed and may be
/// large). The zip is opened again to be read: a file changed between the two is not defended
/// against, since only a process of the user's own could change it.
fn sha512_of_file(path: &Path) -> std::io::Result<String> {
    let mut hasher = sha2::Sha512::new();
    std::io::copy(&mut std::fs::File::open(path)?, &mut hasher)?;
    Ok(hex(&hasher.finalize()))
}

/// Reads `<inner>/package.json` and the license files directly in `<inner>/` of a zip, each entry
/// at most [`crate::archive::MAX_ENTRY`] bytes; paths shown as `zip!/<inner>/<file>`.
pub fn read_zip(path: &Path, inner: &str) -> std::io::Result<Cached> {
    let invalid =
        |e: zip::result::ZipError| std::io::Error::new(std::io::ErrorKind::InvalidData, e);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path)?).map_err(invalid)?;
    if zip.len() > crate::archive::MAX_ENTRIES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            crate::i18n::tr!("caches-too-many-entries", max = crate::archive::MAX_ENTRIES),
        ));
    }
    let prefix = format!("{inner}/");
    let wanted: Vec<String> = zip
        .file_names()
        .filter(|name| {
            name.strip_prefix(&prefix).is_some_and(|file| {
                !file.contains(['/', '\\'])
                    && file != ".."
                    && (file == "package.json" || is_license_file_name(file))
            })
        })
        .map(str::to_owned)
        .collect();
    let entry = |name: &str| PathBuf::from(format!("{}{IN_ARCHIVE}{name}", path.display()));
    let mut cached = Cached {
        manifest: None,
        license_files: Vec::new(),
        license_texts: Vec::new(),
    };
    for name in wanted {
        let file = zip.by_name(&name).map_err(invalid)?;
        if !file.is_file() {
            continue;
        }
        let mut bytes = Vec::new();
        file.take(crate::archive::MAX_ENTRY)
            .read_to_end(&mut bytes)?;
        if name.ends_with("/package.json") {
            cached.manifest = Some((entry(&name), bytes));
        } else {
            cached.license_files.push(entry(&name));
            cached.license_texts.push((entry(&name), bytes));
        }
    }
    cached.license_files.sort();
    Ok(cached)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classic_folder_names() {
        assert_eq!(classic_prefix("ms", "2.1.3"), "npm-ms-2.1.3-");
        assert_eq!(
            classic_prefix("@isaacs/string-locale-compare", "1.1.0"),
            "npm-@isaacs-string-locale-compare-1.1.0-"
        );
        // Yarn's slug keeps `@`, `a-z` and `0-9` only: capitals are replaced too.
        assert_eq!(classic_prefix("JSONStream", "1.3.5"), "npm-tream-1.3.5-");
        assert_eq!(
            classic_prefix("lodash.get", "4.4.2"),
            "npm-lodash-get-4.4.2-"
        );
        let sha1 = "574c8138ce1d2b5861f0b44579dbadd60c6615b2";
        let resolved = format!("https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz#{sha1}");
        assert_eq!(resolved_hash(&resolved), Some(sha1));
        assert_eq!(resolved_hash("https://x/ms-2.1.3.tgz"), None);
        assert!(classic_rest_matches(
            &format!("{sha1}-integrity"),
            Some(sha1)
        ));
        assert!(classic_rest_matches(sha1, None));
        assert!(classic_rest_matches("integrity", Some(sha1)));
        assert!(!classic_rest_matches(
            "0000000000000000000000000000000000000000-integrity",
            Some(sha1)
        ));
        // `npm-ms-2.1.3-` is also the start of 2.1.3-beta's folders.
        assert!(!classic_rest_matches(&format!("beta-{sha1}"), None));
    }

    #[test]
    fn berry_checksums() {
        let hex = "d924b57e7312b3b63ad21fc5b3dc0af5e78d61a1fc7cfb5457edaf26326bf62be5307cc87ffb6862ef1c2b33b0233cdb5d4f01c4c958cc0d660948b65a287a48";
        let with_key = format!("10c0/{hex}");
        assert_eq!(
            Checksum::parse(&with_key, Some("8")),
            Some(Checksum {
                cache_key: Some("10c0"),
                hex
            })
        );
        assert_eq!(
            Checksum::parse(hex, Some("8")).and_then(|c| c.cache_key),
            Some("8")
        );
        assert_eq!(Checksum::parse("10c0/abc", None), None);
    }

    #[test]
    fn zip_entries_are_bounded_and_stay_in_the_package() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x-npm-1.0.0-0123456789-10c0.zip");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let big = vec![b'a'; (crate::archive::MAX_ENTRY + 10) as usize];
        for (name, bytes) in [
            (
                "node_modules/x/package.json",
                &b"{\"license\": \"MIT\"}"[..],
            ),
            ("node_modules/x/LICENSE", &big[..]),
            ("node_modules/x/../../LICENSE", b"outside"),
            ("node_modules/x/sub/LICENSE", b"nested"),
            ("node_modules/y/LICENSE", b"another package"),
        ] {
            zip.start_file(name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
        let cached = read_zip(&path, "node_modules/x").unwrap();
        let shown = |entry: &str| PathBuf::from(format!("{}!/{entry}", path.display()));
        assert_eq!(
            cached.manifest.as_ref().map(|(p, _)| p.clone()),
            Some(shown("node_modules/x/package.json"))
        );
        assert_eq!(cached.license_files, [shown("node_modules/x/LICENSE")]);
        assert_eq!(
            cached.license_texts[0].1.len() as u64,
            crate::archive::MAX_ENTRY
        );
        std::fs::write(&path, b"PK\x03\x04 not a zip").unwrap();
        assert!(read_zip(&path, "node_modules/x").is_err());
    }

    #[test]
    fn berry_file_names() {
        let hex = "d924b57e7312b3b63ad21fc5b3dc0af5e78d61a1fc7cfb5457edaf26326bf62be5307cc87ffb6862ef1c2b33b0233cdb5d4f01c4c958cc0d660948b65a287a48";
        let dir = tempfile::tempdir().unwrap();
        for file in [
            "ms-npm-2.1.3-81ff3cfac1-10c0.zip",
            "ms-npm-2.1.3-beta-0000000000-10c0.zip",
            "@s-x-npm-1.0.0-0123456789-8.zip",
        ] {
            std::fs::write(dir.path().join(file), b"").unwrap();
        }
        let listed = Listed::list(dir.path(), |n| n.ends_with(".zip"));
        let cache = BerryCache {
            local: listed,
            global: &[],
        };
        let key = Checksum {
            cache_key: Some("10c0"),
            hex,
        };
        let (zip, inner) = cache.locate("ms", "2.1.3", Some(key)).unwrap();
        assert!(zip.ends_with("ms-npm-2.1.3-81ff3cfac1-10c0.zip"));
        assert_eq!(inner, "node_modules/ms");
        let other_key = Checksum {
            cache_key: Some("9"),
            hex,
        };
        assert!(cache.locate("ms", "2.1.3", Some(other_key)).is_none());
        assert!(cache.locate("ms", "2.1", None).is_none());
        assert!(cache.locate("@s/x", "1.0.0", None).is_some());
    }
}
