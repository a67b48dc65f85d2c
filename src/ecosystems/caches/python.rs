//! Python packages in the caches of uv, pip and Poetry, for a project whose environment is not
//! installed: uv's unpacked wheels (`archive-v0/<id>/<name>-<version>.dist-info`), pip's
//! downloaded wheels (`http-v2/…/<key>.body`) and the wheels it built (`wheels/…/<file>.whl`),
//! Poetry's downloaded wheels and sdists (`artifacts/…/<file>`).
//!
//! What is checked: a downloaded archive's sha256 must be one the lockfile records for the
//! package, when it records any; a wheel pip built from an sdist must come from an sdist the
//! lockfile records (its `origin.json`); uv's unpacked wheels were checked by uv when it unpacked
//! them and are read as they are. Of an sdist only `PKG-INFO` and the license files at its top
//! are read: its `setup.py` is a program, never run.

use std::path::{Path, PathBuf};

use sha2::Digest as _;

use crate::ecosystems::python::envs::subfolders;
use crate::ecosystems::python::metadata::{self, Described};
use crate::license::files::{IN_ARCHIVE, is_license_file_name};
use crate::model::hex;
use crate::model::purl::pypi_name as normalize_name;
use crate::places::python::{Dist, Dists, Form, Places};

/// The most files read under each cache's folders when listing them.
const MAX_LISTED: usize = 500_000;

/// A distribution read from a cache.
#[derive(Debug)]
pub struct Cached {
    pub described: Described,
    /// The `METADATA` or `PKG-INFO` read (`wheel!/six-1.17.0.dist-info/METADATA`).
    pub metadata: PathBuf,
    /// The unpacked `*.dist-info` folder, when it is one.
    pub dir: Option<PathBuf>,
    /// License files (`archive!/entry` paths in an archive), sorted.
    pub license_files: Vec<PathBuf>,
    /// The bytes of those read out of an archive.
    pub license_texts: Vec<(PathBuf, Vec<u8>)>,
    /// Whose cache it was in (`uv`, `pip-wheel`, `pip-http`, `poetry`: the catalogue's
    /// `python-read-from-cache` names it).
    pub cache: &'static str,
}

/// What the caches hold for one locked package.
#[derive(Debug)]
pub enum Lookup {
    Found(Box<Cached>),
    Missing,
    /// There, but unusable (its hash is not the lockfile's, or the archive cannot be read).
    Damaged {
        path: PathBuf,
        why: String,
    },
}

/// Looks `name` (PEP 503) at `version` up in the caches; `hashes` are the sha256 the lockfile
/// records for its archives (none: not checked).
pub fn lookup(places: &Places, name: &str, version: &str, hashes: &[String]) -> Lookup {
    let dists = places.dists(list);
    let Some(found) = dists.get(&(name.to_owned(), version.to_owned())) else {
        return Lookup::Missing;
    };
    let mut damaged = None;
    for dist in found {
        match read(dist, name, version, hashes) {
            Ok(cached) => return Lookup::Found(Box::new(cached)),
            Err(why) => {
                damaged.get_or_insert((dist.path.clone(), why));
            }
        }
    }
    match damaged {
        Some((path, why)) => Lookup::Damaged { path, why },
        None => Lookup::Missing,
    }
}

fn read(dist: &Dist, name: &str, version: &str, hashes: &[String]) -> Result<Cached, String> {
    if dist.form == Form::Unpacked {
        let installed = metadata::read_distribution(&dist.path)
            .ok_or_else(|| crate::i18n::tr!("caches-no-metadata"))?;
        return Ok(Cached {
            metadata: dist.path.join("METADATA"),
            dir: Some(installed.dir.clone()),
            license_files: installed.license_files.clone(),
            license_texts: Vec::new(),
            cache: dist.cache,
            described: Described {
                name: installed.name,
                version: installed.version,
                declared: installed.declared,
                license_file_names: Vec::new(),
                requires: installed.requires,
            },
        });
    }
    let bytes = crate::read::bytes(&dist.path)
        .map_err(|e| crate::i18n::tr!("read-cannot-read", error = e.to_string()))?;
    if !hashes.is_empty() {
        let checked = match origin_hash(&dist.path) {
            // A wheel pip built: the sdist it was built from.
            Some(origin) => origin,
            None => hex(&sha2::Sha256::digest(&bytes)),
        };
        if !hashes.contains(&checked) {
            return Err(crate::i18n::tr!(
                "caches-python-hash-mismatch",
                name = name,
                version = version
            ));
        }
    }
    let cached = match dist.form {
        Form::Sdist => read_sdist(&dist.path, &bytes),
        _ => read_wheel(&dist.path, &bytes, name),
    }
    .map_err(|e| crate::i18n::tr!("caches-not-archive", error = e.to_string()))?;
    let described = cached
        .0
        .ok_or_else(|| crate::i18n::tr!("caches-no-named-metadata"))?;
    if normalize_name(&described.name) != name || described.version != version {
        return Err(crate::i18n::tr!(
            "caches-python-other-package",
            found_name = &described.name,
            found_version = &described.version,
            name = name,
            version = version
        ));
    }
    let (_, metadata, license_texts) = cached;
    Ok(Cached {
        described,
        metadata,
        dir: None,
        license_files: license_texts.iter().map(|(path, _)| path.clone()).collect(),
        license_texts,
        cache: dist.cache,
    })
}

type Read = (Option<Described>, PathBuf, Vec<(PathBuf, Vec<u8>)>);

/// A wheel's `*.dist-info/METADATA` and its license files (at the top of the `.dist-info`, or
/// anywhere under its `licenses/`, PEP 639).
fn read_wheel(path: &Path, bytes: &[u8], name: &str) -> std::io::Result<Read> {
    let is_dist_info = |folder: &str| {
        folder.strip_suffix(".dist-info").is_some_and(|stem| {
            stem.rsplit_once('-')
                .is_some_and(|(n, _)| normalize_name(n) == name)
        })
    };
    let wanted = |entry: &str| {
        let Some((folder, rest)) = entry.split_once('/') else {
            return false;
        };
        is_dist_info(folder)
            && (rest == "METADATA"
                || rest.strip_prefix("licenses/").is_some()
                || (!rest.contains('/') && is_license_file_name(rest)))
    };
    let zip = crate::archive::read_zip(bytes, wanted)?;
    Ok(split(path, zip.read, |rest| rest == "METADATA"))
}

/// An sdist's `PKG-INFO` and the license files at its top (`name-version/LICENSE`).
fn read_sdist(path: &Path, bytes: &[u8]) -> std::io::Result<Read> {
    let top_level = |entry: &str| {
        entry
            .split_once('/')
            .filter(|(_, rest)| !rest.contains('/'))
            .map(|(_, rest)| rest == "PKG-INFO" || is_license_file_name(rest))
            .unwrap_or(false)
    };
    let tarball = crate::archive::read_tgz(bytes, top_level)?;
    Ok(split(path, tarball.read, |rest| rest == "PKG-INFO"))
}

/// The metadata entry (described) and the license texts, as `archive!/entry` paths.
fn split(archive: &Path, read: Vec<(String, Vec<u8>)>, is_metadata: impl Fn(&str) -> bool) -> Read {
    let shown = |entry: &str| PathBuf::from(format!("{}{IN_ARCHIVE}{entry}", archive.display()));
    let mut described = None;
    let mut metadata = archive.to_path_buf();
    let mut texts = Vec::new();
    for (entry, bytes) in read {
        let rest = entry.split_once('/').map_or("", |(_, rest)| rest);
        if is_metadata(rest) && described.is_none() {
            described = metadata::describe(&bytes);
            metadata = shown(&entry);
        } else if !is_metadata(rest) {
            texts.push((shown(&entry), bytes));
        }
    }
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    (described, metadata, texts)
}

/// The sha256 of the sdist a wheel in pip's wheel cache was built from (`origin.json` beside it).
fn origin_hash(wheel: &Path) -> Option<String> {
    let origin = crate::read::text(wheel.with_file_name("origin.json")).ok()?;
    let origin: serde_json::Value = serde_json::from_str(&origin).ok()?;
    let hash = origin.pointer("/archive_info/hashes/sha256").or_else(|| {
        origin
            .pointer("/archive_info/hash")
            .filter(|h| h.as_str().is_some_and(|h| h.starts_with("sha256=")))
    })?;
    Some(
        hash.as_str()?
            .trim_start_matches("sha256=")
            .to_ascii_lowercase(),
    )
}

/// Lists what the caches hold, by (PEP 503 name, version): file and folder names only, except
/// pip's HTTP cache, whose entries are named by a hash of their URL and are told apart by the
/// `.dist-info` folder in the wheel.
pub fn list(places: &Places) -> Dists {
    let mut dists = Dists::new();
    let mut add = |name: &str, version: &str, form, path: PathBuf, cache| {
        dists
            .entry((normalize_name(name), version.to_owned()))
            .or_default()
            .push(Dist { form, path, cache });
    };
    for dir in &places.uv {
        for archive in subfolders(dir)
            .into_iter()
            .filter(|p| name_of(p).starts_with("archive-v"))
        {
            for id in subfolders(&archive) {
                for info in subfolders(&id) {
                    if let Some((name, version)) = name_of(&info)
                        .strip_suffix(".dist-info")
                        .and_then(|stem| stem.rsplit_once('-'))
                    {
                        add(name, version, Form::Unpacked, info.clone(), "uv");
                    }
                }
            }
        }
    }
    for dir in &places.pip {
        for wheel in files_under(&dir.join("wheels"), ".whl") {
            if let Some((name, version)) = wheel_name(&name_of(&wheel)) {
                add(&name, &version, Form::Wheel, wheel.clone(), "pip-wheel");
            }
        }
        for body in files_under(&dir.join("http-v2"), ".body") {
            if let Some((name, version)) = wheel_in_body(&body) {
                add(&name, &version, Form::Wheel, body.clone(), "pip-http");
            }
        }
    }
    for dir in &places.poetry_cache {
        for file in files_under(&dir.join("artifacts"), "") {
            let file_name = name_of(&file);
            if let Some((name, version)) = wheel_name(&file_name) {
                add(&name, &version, Form::Wheel, file.clone(), "poetry");
            } else if let Some((name, version)) = file_name
                .strip_suffix(".tar.gz")
                .and_then(|stem| stem.rsplit_once('-'))
            {
                add(name, version, Form::Sdist, file.clone(), "poetry");
            }
        }
    }
    for found in dists.values_mut() {
        found.sort();
        found.dedup();
    }
    dists
}

/// `six-1.17.0-py2.py3-none-any.whl` → (`six`, `1.17.0`).
fn wheel_name(file_name: &str) -> Option<(String, String)> {
    let stem = file_name.strip_suffix(".whl")?;
    let mut parts = stem.split('-');
    let (name, version) = (parts.next()?, parts.next()?);
    // name, version, [build,] python, abi, platform
    (parts.count() >= 3).then(|| (name.to_owned(), version.to_owned()))
}

/// The (name, version) of the wheel an HTTP cache body holds, from its `.dist-info` folder;
/// `None` for anything else (index pages, sdists).
fn wheel_in_body(body: &Path) -> Option<(String, String)> {
    use std::io::Read as _;
    let mut file = std::fs::File::open(body).ok()?;
    let mut magic = [0u8; 4];
    file.read_exact(&mut magic).ok()?;
    if magic != *b"PK\x03\x04" {
        return None;
    }
    let zip = zip::ZipArchive::new(std::fs::File::open(body).ok()?).ok()?;
    zip.file_names().find_map(|entry| {
        let folder = entry
            .strip_suffix("/METADATA")?
            .strip_suffix(".dist-info")?;
        let (name, version) = folder.rsplit_once('-')?;
        (!name.contains('/')).then(|| (name.to_owned(), version.to_owned()))
    })
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The files under `dir` whose names end with `suffix`, at most [`MAX_LISTED`], links not
/// followed.
fn files_under(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .max_depth(8)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .take(MAX_LISTED)
        .filter(|e| e.file_name().to_string_lossy().ends_with(suffix))
        .map(|e| e.into_path())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wheel_file_names() {
        assert_eq!(
            wheel_name("six-1.17.0-py2.py3-none-any.whl"),
            Some(("six".to_owned(), "1.17.0".to_owned()))
        );
        assert_eq!(
            wheel_name("Foo_Bar-2.0-1-cp311-cp311-manylinux_2_17_x86_64.whl"),
            Some(("Foo_Bar".to_owned(), "2.0".to_owned()))
        );
        assert_eq!(wheel_name("six-1.17.0.tar.gz"), None);
        assert_eq!(wheel_name("six-1.17.0.whl"), None);
    }
}
