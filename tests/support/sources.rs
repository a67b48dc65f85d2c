//! What the house's source checks (`tests/layers.rs`, `tests/catalogues.rs`) read: every `.rs`
//! file under a folder, in a stable order. Shared with `#[path]`, std only.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, depth first, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    walk(dir, &mut found);
    found
}

fn walk(dir: &Path, into: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}
