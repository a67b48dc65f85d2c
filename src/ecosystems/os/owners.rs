//! One package, not two: a language package that an OS package installed (Debian's
//! `python3-six` ships `six-1.16.0.egg-info`; `libcommons-lang3-java` ships a jar) is reported
//! once, as the OS package, whose copyright file the distribution maintains. The language
//! package's name, version and declared license stay on it as a note.
//!
//! Ownership comes from the package databases' file lists: dpkg's `info/<package>.list` (and
//! distroless's `status.d/<package>.md5sums`), apk's `F:`/`R:` lines, rpm's file tags. Paths are
//! compared after `usrmerge` (`/lib/…` and `/usr/lib/…` are one file).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::model::{Collection, Ecosystem};
use crate::read::in_root;

/// Folds every language package whose `installed_at` an OS package owns into that OS package.
pub fn fold(collection: &mut Collection, root: &Path) {
    let mut wanted: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, package) in collection.packages.iter().enumerate() {
        if is_os(package.ecosystem) {
            continue;
        }
        if let Some(at) = package.installed_at.as_deref().and_then(Path::to_str) {
            wanted.entry(canonical(at)).or_default().push(index);
        }
    }
    if wanted.is_empty() {
        return;
    }
    // language package → (OS ecosystem, OS package name)
    let mut owner: HashMap<usize, (Ecosystem, String)> = HashMap::new();
    let mut record = |ecosystem: Ecosystem, package: &str, file: &str| {
        if let Some(indexes) = wanted.get(&canonical(file)) {
            for &index in indexes {
                owner
                    .entry(index)
                    .or_insert_with(|| (ecosystem, package.to_owned()));
            }
        }
    };
    read_dpkg(root, &mut |package, file| {
        record(Ecosystem::Deb, package, file)
    });
    for db in ["lib/apk/db/installed", "usr/lib/apk/db/installed"] {
        if let Some(text) = in_root(root, Path::new(db)).and_then(|p| crate::read::text(&p).ok()) {
            super::apk::owned_files(&text, &mut |package, file| {
                record(Ecosystem::Apk, package, file)
            });
            break;
        }
    }
    for db in [
        "usr/lib/sysimage/rpm/rpmdb.sqlite",
        "var/lib/rpm/rpmdb.sqlite",
    ] {
        if let Some(path) = in_root(root, Path::new(db)).filter(|p| p.is_file()) {
            // An unreadable database was already reported by the rpm adapter.
            let _ = super::rpm::owned_files(&path, &mut |package, file| {
                record(Ecosystem::Rpm, package, file)
            });
            break;
        }
    }
    if owner.is_empty() {
        return;
    }
    let os_index: HashMap<(Ecosystem, &str), usize> = collection
        .packages
        .iter()
        .enumerate()
        .filter(|(_, p)| is_os(p.ecosystem))
        .map(|(i, p)| ((p.ecosystem, p.name.as_str()), i))
        .collect();
    let mut folded: Vec<(usize, usize)> = owner
        .iter()
        .filter_map(|(&language, (ecosystem, name))| {
            Some((language, *os_index.get(&(*ecosystem, name.as_str()))?))
        })
        .collect();
    folded.sort_unstable();
    for &(language, os) in &folded {
        let package = &collection.packages[language];
        let at = package.installed_at.as_deref().unwrap_or(Path::new(""));
        let note = match package.declared.as_deref() {
            Some(declared) => crate::i18n::tr!(
                "os-also-installed-declares",
                ecosystem = package.ecosystem.as_str(),
                name = &package.name,
                version = &package.version,
                path = at,
                declared = declared
            ),
            None => crate::i18n::tr!(
                "os-also-installed",
                ecosystem = package.ecosystem.as_str(),
                name = &package.name,
                version = &package.version,
                path = at
            ),
        };
        collection.packages[os].notes.push(note);
    }
    let gone: std::collections::HashSet<usize> = folded.iter().map(|&(l, _)| l).collect();
    let mut index = 0;
    collection.packages.retain(|_| {
        index += 1;
        !gone.contains(&(index - 1))
    });
    // What each project still reports.
    for project in &mut collection.projects {
        let manifest = &project.root.manifest;
        project.packages = collection
            .packages
            .iter()
            .filter(|p| p.manifests.contains(manifest))
            .count();
    }
}

fn is_os(ecosystem: Ecosystem) -> bool {
    matches!(ecosystem, Ecosystem::Deb | Ecosystem::Apk | Ecosystem::Rpm)
}

/// dpkg's file lists: `info/<package>[:<arch>].list`, else distroless's
/// `status.d/<package>.md5sums` (`<md5>  <path>`).
fn read_dpkg(root: &Path, each: &mut dyn FnMut(&str, &str)) {
    let lists: Vec<(PathBuf, &str)> = [
        ("var/lib/dpkg/info", ".list"),
        ("var/lib/dpkg/status.d", ".md5sums"),
    ]
    .into_iter()
    .filter_map(|(dir, suffix)| Some((in_root(root, Path::new(dir))?, suffix)))
    .collect();
    for (dir, suffix) in lists {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let Some(package) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(suffix))
                .map(|n| n.split(':').next().unwrap_or(n).to_owned())
            else {
                continue;
            };
            let Ok(text) = crate::read::text(&path) else {
                continue;
            };
            for line in text.lines() {
                let file = match suffix {
                    ".md5sums" => line.split_once("  ").map_or("", |(_, file)| file),
                    _ => line,
                };
                if !file.is_empty() {
                    each(&package, file);
                }
            }
        }
    }
}

/// A path as the file lists and `installed_at` are compared: relative, and with the top
/// folders that `usrmerge` moved under `usr/` (`lib/…` is `usr/lib/…`).
fn canonical(path: &str) -> String {
    let path = path.trim().trim_start_matches("./").trim_start_matches('/');
    let top = path.split('/').next().unwrap_or("");
    match top {
        "bin" | "sbin" | "lib" | "lib32" | "lib64" | "libx32" => format!("usr/{path}"),
        _ => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_paths_after_usrmerge() {
        assert_eq!(
            canonical("/lib/python3/dist-packages/six.py"),
            "usr/lib/python3/dist-packages/six.py"
        );
        assert_eq!(canonical("usr/lib/x"), "usr/lib/x");
        assert_eq!(canonical("./opt/app.jar"), "opt/app.jar");
        assert_eq!(canonical("/library/x"), "library/x");
    }
}
