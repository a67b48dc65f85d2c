//! The detection cache kept between runs (`--cache-dir`, `--no-cache`).
//!
//! Every text detected is kept, keyed by the SHA-256 of its normalised text (so a license file
//! with another copyright line is the same entry): a warm run answers each license file with a
//! hash and a lookup, without the engine (about a millisecond a text, see `engine/`). The file is
//! versioned by ossdoo's version and a detection revision (a release that detects differently
//! starts over), written atomically, and ignored with a warning when it cannot be read.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::detect::Detection;

/// The file in the cache folder.
const FILE: &str = "detections-v1.json";

/// Bump when detection answers a text differently (a new template, a new rule): entries written
/// under another revision, or another ossdoo version, are not used.
const DETECTION_REVISION: u32 = 3;

/// What a cache file must say it was written by for its entries to be used.
fn writer() -> String {
    format!(
        "{}+detection.{DETECTION_REVISION}",
        env!("CARGO_PKG_VERSION")
    )
}

/// The most entries kept: far more distinct non-standard license texts than any tree holds.
const MAX_ENTRIES: usize = 200_000;

/// What the file holds.
#[derive(Serialize, Deserialize)]
struct Stored {
    /// The ossdoo version and detection revision that wrote it ([`writer`]).
    ossdoo: String,
    /// Key → detection (`null`: the text is no license).
    detections: BTreeMap<String, Option<Detection>>,
}

/// The cache of one run: what the file held when the run started, and what the run added.
pub struct DiskCache {
    path: PathBuf,
    known: HashMap<String, Option<Detection>>,
    added: Mutex<BTreeMap<String, Option<Detection>>>,
}

impl DiskCache {
    /// Opens the cache in `dir` (the folder need not exist yet). A file that cannot be read or
    /// parsed is ignored, with a warning, and replaced at the end of the run.
    pub fn open(dir: &Path) -> (DiskCache, Option<String>) {
        let path = dir.join(FILE);
        let mut cache = DiskCache {
            path,
            known: HashMap::new(),
            added: Mutex::new(BTreeMap::new()),
        };
        let text = match std::fs::read(&cache.path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return (cache, None),
            Err(err) => {
                let warning = crate::i18n::tr!("license-cache-unreadable", error = err.to_string());
                return (cache, Some(warning));
            }
        };
        match serde_json::from_slice::<Stored>(&text) {
            Ok(stored) if stored.ossdoo == writer() => {
                cache.known = stored.detections.into_iter().collect();
                (cache, None)
            }
            // Written by another version: start over, silently.
            Ok(_) => (cache, None),
            Err(err) => (
                cache,
                Some(crate::i18n::tr!(
                    "license-cache-corrupt",
                    error = err.to_string()
                )),
            ),
        }
    }

    /// The cache file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The key of a normalised text.
    pub fn key(normalized: &str) -> String {
        let digest = Sha256::digest(normalized.as_bytes());
        digest[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// What an earlier run (or this one) detected for the key, if anything.
    pub fn get(&self, key: &str) -> Option<Option<Detection>> {
        if let Some(known) = self.known.get(key) {
            return Some(known.clone());
        }
        self.lock().get(key).cloned()
    }

    /// Remembers a detection for later runs.
    pub fn insert(&self, key: String, detection: Option<Detection>) {
        if !self.known.contains_key(&key) {
            self.lock().insert(key, detection);
        }
    }

    /// Writes the cache when the run added entries: atomically, so a concurrent run reads either
    /// the old file or the new one. A cache that cannot be written only costs time: the error is
    /// returned as a warning.
    pub fn save(&self) -> Option<String> {
        let added = std::mem::take(&mut *self.lock());
        if added.is_empty() {
            return None;
        }
        let mut detections: BTreeMap<String, Option<Detection>> = self
            .known
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        detections.extend(added);
        while detections.len() > MAX_ENTRIES {
            detections.pop_first();
        }
        let stored = Stored {
            ossdoo: writer(),
            detections,
        };
        let write = || -> std::io::Result<()> {
            let dir = self.path.parent().unwrap_or(Path::new("."));
            std::fs::create_dir_all(dir)?;
            let mut file = tempfile::NamedTempFile::new_in(dir)?;
            serde_json::to_writer(std::io::BufWriter::new(file.as_file_mut()), &stored)?;
            file.persist(&self.path).map_err(|e| e.error)?;
            Ok(())
        };
        write().err().map(|err| {
            crate::i18n::tr!(
                "license-cache-unwritable",
                path = &self.path,
                error = err.to_string()
            )
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Option<Detection>>> {
        self.added.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The default cache folder: `$XDG_CACHE_HOME/ossdoo`, else `~/.cache/ossdoo` (`%LOCALAPPDATA%`
/// on Windows).
pub fn default_dir() -> Option<PathBuf> {
    let non_empty = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = non_empty("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("ossdoo"));
    }
    if cfg!(windows) {
        if let Some(dir) = non_empty("LOCALAPPDATA") {
            return Some(PathBuf::from(dir).join("ossdoo"));
        }
    }
    non_empty("HOME").map(|home| PathBuf::from(home).join(".cache").join("ossdoo"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::license::detect::Method;

    fn detection(license: &str) -> Option<Detection> {
        Some(Detection {
            license: license.to_owned(),
            confidence: 0.93,
            method: Method::Scored,
            matches: Vec::new(),
            quote: None,
        })
    }

    #[test]
    fn entries_survive_a_run() {
        let dir = tempfile::tempdir().unwrap();
        let (cache, warning) = DiskCache::open(&dir.path().join("new"));
        assert!(warning.is_none());
        let key = DiskCache::key("permission is hereby granted");
        assert_eq!(cache.get(&key), None);
        cache.insert(key.clone(), detection("MIT"));
        cache.insert(DiskCache::key("not a license"), None);
        assert_eq!(cache.save(), None);
        let (again, warning) = DiskCache::open(&dir.path().join("new"));
        assert!(warning.is_none());
        assert_eq!(again.get(&key), Some(detection("MIT")));
        assert_eq!(again.get(&DiskCache::key("not a license")), Some(None));
        // Nothing new: the file is left alone.
        assert_eq!(again.save(), None);
    }

    #[test]
    fn a_corrupt_file_is_ignored_with_a_warning_and_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "{ not json").unwrap();
        let (cache, warning) = DiskCache::open(dir.path());
        assert!(warning.unwrap().contains("corrupt"));
        cache.insert(DiskCache::key("text"), detection("ISC"));
        assert_eq!(cache.save(), None);
        let (again, warning) = DiskCache::open(dir.path());
        assert!(warning.is_none());
        assert_eq!(again.get(&DiskCache::key("text")), Some(detection("ISC")));
    }

    #[test]
    fn another_versions_file_starts_over() {
        let dir = tempfile::tempdir().unwrap();
        let key = DiskCache::key("text");
        let old = format!(r#"{{"ossdoo": "0.0.0-old", "detections": {{"{key}": null}}}}"#);
        std::fs::write(dir.path().join(FILE), old).unwrap();
        let (cache, warning) = DiskCache::open(dir.path());
        assert!(warning.is_none());
        assert_eq!(cache.get(&key), None);
    }
}
