//! Language packages installed in an image or root file system (`--image`, `--rootfs`), read
//! where the package managers left them rather than from a lockfile: Python's `site-packages`
//! (`python.rs`), jars and the jars nested in them (`jars.rs`), gem homes (`gems.rs`), and the
//! dependency lists compiled into Go and Rust programs (`binaries.rs`). `node_modules` folders
//! go through the npm adapter, which already walks an installed tree.
//!
//! Each package records the file that shows it installed (`Package::installed_at`), so that a
//! package an OS package also installed (Debian's `python3-six`, `libcommons-lang3-java`) is
//! reported once, as the OS package (`os::owners`).

pub mod binaries;
pub mod gems;
pub mod jars;
pub mod python;

use std::path::{Path, PathBuf};

use crate::discover::relative;

/// A file name's package name and version, split at the first `-` that a digit follows:
/// `commons-lang3-3.12.0` is (`commons-lang3`, `3.12.0`); `None` when no version follows.
fn split_versioned(stem: &str) -> Option<(&str, &str)> {
    let (at, _) = stem
        .match_indices('-')
        .find(|(at, _)| stem[at + 1..].starts_with(|c: char| c.is_ascii_digit()))?;
    Some((&stem[..at], &stem[at + 1..]))
}

/// The entries of a folder, sorted; none when it cannot be read.
fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}
