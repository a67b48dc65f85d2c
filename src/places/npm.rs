//! What npm's cache (`_cacache`) holds, as far as finding a tarball goes: which content folders
//! exist. Reading the tarballs is `ecosystems::caches::npm`.

use std::path::{Path, PathBuf};

/// The hash algorithms whose content folders cacache makes (`content-v2/<algorithm>/…`).
const ALGORITHMS: [&str; 4] = ["sha512", "sha384", "sha256", "sha1"];

/// One npm cache and the first two levels of its content folders (`sha512/ab/cd`) that exist:
/// listed once (257 folder reads at most), so that a lockfile of 150,000 packages, few of them
/// cached, costs 150,000 set lookups rather than as many failed file-system lookups.
#[derive(Debug, Clone)]
pub struct Index {
    dir: PathBuf,
    /// (algorithm, first byte, second byte) of the content folders that exist.
    present: std::collections::HashSet<(&'static str, u8, u8)>,
}

impl Index {
    /// The `_cacache` folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Lists the content folders of the `_cacache` folder `dir`.
    pub fn list(dir: &Path) -> Self {
        let mut present = std::collections::HashSet::new();
        for algorithm in ALGORITHMS {
            let base = dir.join("content-v2").join(algorithm);
            for first in hex_folders(&base) {
                for second in hex_folders(&base.join(format!("{first:02x}"))) {
                    present.insert((algorithm, first, second));
                }
            }
        }
        Index {
            dir: dir.to_path_buf(),
            present,
        }
    }

    /// Whether a content folder exists for a hash (`algorithm` as cacache names its folder).
    pub fn may_hold(&self, algorithm: &str, digest: &[u8]) -> bool {
        digest.len() >= 2
            && ALGORITHMS
                .iter()
                .find(|known| **known == algorithm)
                .is_some_and(|known| self.present.contains(&(*known, digest[0], digest[1])))
    }
}

/// The two-hex-digit folders in `dir`, as bytes.
fn hex_folders(dir: &Path) -> Vec<u8> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name();
            let name = name.to_str()?;
            (name.len() == 2)
                .then(|| u8::from_str_radix(name, 16).ok())
                .flatten()
        })
        .collect()
}
