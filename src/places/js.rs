//! Where Yarn and pnpm keep packages outside the projects: Yarn classic's cache (`…/yarn/v6`, one
//! folder per package), Yarn Berry's zip cache (`~/.yarn/berry/cache`) and pnpm's
//! content-addressed store (`…/pnpm/store/v10`). The global places are found once per scan
//! ([`Js::find`]); a project's own settings (`.yarnrc`, `.yarnrc.yml`, `.npmrc`,
//! `pnpm-workspace.yaml`) are read per project by the `project_*` functions. Reading what is
//! there is `ecosystems::caches::{yarn, pnpm}`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Yarn's and pnpm's places that exist, found once per scan.
#[derive(Debug, Clone, Default)]
pub struct Js {
    /// Yarn classic's cache folders (the `v6` folders, holding `npm-<name>-<version>-…`).
    pub yarn_classic: Vec<PathBuf>,
    /// Yarn Berry's global zip caches (`<name>-npm-<version>-<hash>-<key>.zip`).
    pub yarn_berry: Vec<PathBuf>,
    /// pnpm's stores, as their version folders (`…/store/v10`, `…/store/v3`).
    pub pnpm: Vec<PathBuf>,
    /// The file names in each Yarn folder, listed once per scan on first use.
    classic_listing: OnceLock<Vec<Listed>>,
    berry_listing: OnceLock<Vec<Listed>>,
}

/// A folder and the names in it, sorted: a lockfile's packages are looked up by name (and name
/// prefix) without a file-system lookup each.
#[derive(Debug, Clone)]
pub struct Listed {
    pub dir: PathBuf,
    names: Vec<String>,
}

impl Listed {
    /// The names in `dir` that `keep` accepts; a folder that cannot be read is empty.
    pub fn list(dir: &Path, keep: fn(&str) -> bool) -> Self {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| keep(name))
            .collect();
        names.sort_unstable();
        Listed {
            dir: dir.to_path_buf(),
            names,
        }
    }

    /// The names that start with `prefix`, in order.
    pub fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let from = self.names.partition_point(|name| name.as_str() < prefix);
        self.names[from..]
            .iter()
            .take_while(move |name| name.starts_with(prefix))
            .map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Yarn classic's package folders: `npm-<slug>-<version>-<hash>[-integrity]`.
fn classic_entry(name: &str) -> bool {
    name.starts_with("npm-")
}

/// Berry's cache files.
fn berry_entry(name: &str) -> bool {
    name.ends_with(".zip")
}

impl Js {
    /// The folders under each `--cache-root` folder first, then the ones the environment and the
    /// user's configuration name, then the managers' defaults; those that exist, each once.
    pub fn find(
        cache_roots: &[PathBuf],
        env: &impl Fn(&str) -> Option<String>,
        home: Option<&Path>,
    ) -> Self {
        let path = |name: &str| env(name).map(PathBuf::from);
        let local_app_data = path("LOCALAPPDATA");
        // Yarn classic appends its cache version to the folder it is given (`cache-folder`).
        let mut classic_roots: Vec<PathBuf> = Vec::new();
        for root in cache_roots {
            // As a CI restores it: the folder itself, or Yarn's folder inside it.
            for dir in ["", "yarn", ".yarn-cache", "yarn-cache", ".cache/yarn"] {
                classic_roots.push(root.join(dir));
            }
        }
        classic_roots.extend(path("YARN_CACHE_FOLDER"));
        classic_roots.extend(home.and_then(|h| rc_value(&h.join(".yarnrc"), "cache-folder", h)));
        classic_roots.extend(path("XDG_CACHE_HOME").map(|dir| dir.join("yarn")));
        if let Some(home) = home {
            classic_roots.push(home.join(".cache/yarn"));
            classic_roots.push(home.join("Library/Caches/Yarn"));
            // Yarn run as root keeps its cache here, not in `/root` (Docker images, CI).
            if home == Path::new("/root") {
                classic_roots.push(PathBuf::from("/usr/local/share/.cache/yarn"));
            }
        }
        classic_roots.extend(local_app_data.as_ref().map(|dir| dir.join("Yarn/Cache")));
        let yarn_classic = classic_roots.iter().map(|dir| dir.join("v6")).collect();

        let mut berry: Vec<PathBuf> = Vec::new();
        for root in cache_roots {
            for dir in ["", ".yarn/berry/cache", "berry/cache", ".yarn/cache"] {
                berry.push(root.join(dir));
            }
        }
        // Berry reads `YARN_CACHE_FOLDER` as its `cacheFolder`: the zips are in it directly.
        berry.extend(path("YARN_CACHE_FOLDER"));
        let home_rc = home.map(|h| yarnrc_yml(&h.join(".yarnrc.yml"), h));
        let global = path("YARN_GLOBAL_FOLDER")
            .or_else(|| home_rc.as_ref()?.global_folder.clone())
            .or_else(|| home.map(|h| h.join(".yarn/berry")));
        berry.extend(home_rc.and_then(|rc| rc.cache_folder));
        berry.extend(global.map(|dir| dir.join("cache")));
        berry.extend(
            local_app_data
                .as_ref()
                .map(|dir| dir.join("Yarn/Berry/cache")),
        );

        let mut stores: Vec<PathBuf> = Vec::new();
        for root in cache_roots {
            for dir in [
                "",
                "pnpm-store",
                ".pnpm-store",
                "pnpm/store",
                ".local/share/pnpm/store",
            ] {
                stores.push(root.join(dir));
            }
        }
        // pnpm reads its settings from the environment case-insensitively, like npm.
        stores.extend(path("npm_config_store_dir").or_else(|| path("NPM_CONFIG_STORE_DIR")));
        if let Some(home) = home {
            stores.extend(rc_value(&home.join(".npmrc"), "store-dir", home));
            let config = path("XDG_CONFIG_HOME").unwrap_or_else(|| home.join(".config"));
            stores.extend(rc_value(&config.join("pnpm/rc"), "store-dir", home));
        }
        stores.extend(path("PNPM_HOME").map(|dir| dir.join("store")));
        stores.extend(path("XDG_DATA_HOME").map(|dir| dir.join("pnpm/store")));
        if let Some(home) = home {
            stores.push(home.join(".local/share/pnpm/store"));
            stores.push(home.join("Library/pnpm/store"));
        }
        stores.extend(local_app_data.map(|dir| dir.join("pnpm/store")));

        Js {
            yarn_classic: existing(yarn_classic),
            // Only folders that hold zips: `--cache-root DIR` itself is a candidate.
            yarn_berry: existing(berry).into_iter().filter(|d| has_zip(d)).collect(),
            pnpm: existing(stores.iter().flat_map(|s| store_versions(s)).collect()),
            classic_listing: OnceLock::new(),
            berry_listing: OnceLock::new(),
        }
    }

    /// Yarn classic's caches with the package folders in each, listed on first use.
    pub fn classic(&self) -> &[Listed] {
        self.classic_listing.get_or_init(|| {
            let listed = self.yarn_classic.iter();
            listed.map(|dir| Listed::list(dir, classic_entry)).collect()
        })
    }

    /// Berry's global caches with the zip files in each, listed on first use.
    pub fn berry(&self) -> &[Listed] {
        self.berry_listing.get_or_init(|| {
            let listed = self.yarn_berry.iter();
            listed.map(|dir| Listed::list(dir, berry_entry)).collect()
        })
    }

    /// How reports name these folders, so that evidence does not depend on the machine:
    /// `[yarn cache]/npm-ms-2.1.3-…/node_modules/ms/.yarn-tarball.tgz!/package/license.md`.
    pub fn named_roots(&self) -> impl Iterator<Item = (PathBuf, String)> + '_ {
        let named = |dirs: &'static str| move |dir: &PathBuf| (dir.clone(), dirs.to_owned());
        (self.yarn_classic.iter().map(named("[yarn cache]")))
            .chain(self.yarn_berry.iter().map(named("[yarn berry cache]")))
            .chain(self.pnpm.iter().map(named("[pnpm store]")))
    }
}

/// A project's own Yarn classic cache: `cache-folder` in its `.yarnrc` (as `…/v6`).
pub fn project_yarn_classic(dir: &Path, home: Option<&Path>) -> Option<Listed> {
    let folder = rc_value(&dir.join(".yarnrc"), "cache-folder", home.unwrap_or(dir))?;
    let listed = Listed::list(&folder.join("v6"), classic_entry);
    (!listed.is_empty()).then_some(listed)
}

/// A Berry project's own settings, from its `.yarnrc.yml`.
#[derive(Debug, Default)]
pub struct YarnrcYml {
    /// Whether the file is there.
    pub exists: bool,
    /// `nodeLinker`.
    pub node_linker: Option<String>,
    /// `cacheFolder`, resolved against the file's folder.
    pub cache_folder: Option<PathBuf>,
    /// `globalFolder`, resolved likewise.
    pub global_folder: Option<PathBuf>,
    /// `pnpUnpluggedFolder`, resolved likewise.
    pub unplugged_folder: Option<PathBuf>,
}

/// Reads the top-level settings of a `.yarnrc.yml` that ossdoo uses (one `key: value` a line;
/// `~/` is the home folder, relative paths are relative to the file's folder).
pub fn yarnrc_yml(path: &Path, home: &Path) -> YarnrcYml {
    let Ok(text) = crate::read::text(path) else {
        return YarnrcYml::default();
    };
    let dir = path.parent().unwrap_or(Path::new(""));
    let setting = |key: &str| {
        text.lines().find_map(|line| {
            let value = line.strip_prefix(key)?.strip_prefix(':')?.trim();
            Some(value.trim_matches(|c| c == '"' || c == '\'').to_owned())
        })
    };
    let folder = |key: &str| setting(key).map(|value| resolve(&value, dir, home));
    YarnrcYml {
        exists: true,
        node_linker: setting("nodeLinker"),
        cache_folder: folder("cacheFolder"),
        global_folder: folder("globalFolder"),
        unplugged_folder: folder("pnpUnpluggedFolder"),
    }
}

/// A Berry project's own zip cache: `cacheFolder` of its `.yarnrc.yml`, else `.yarn/cache`.
pub fn project_yarn_berry(dir: &Path, rc: &YarnrcYml) -> Listed {
    let folder = rc.cache_folder.clone();
    Listed::list(
        &folder.unwrap_or_else(|| dir.join(".yarn/cache")),
        berry_entry,
    )
}

/// A pnpm project's own store: `store-dir` in its `.npmrc`, or `storeDir` in its
/// `pnpm-workspace.yaml` (pnpm 10), as version folders that exist.
pub fn project_pnpm(dir: &Path, home: Option<&Path>) -> Vec<PathBuf> {
    let home = home.unwrap_or(dir);
    let mut stores: Vec<PathBuf> = rc_value(&dir.join(".npmrc"), "store-dir", home)
        .into_iter()
        .collect();
    if let Ok(text) = crate::read::text(dir.join("pnpm-workspace.yaml")) {
        stores.extend(text.lines().find_map(|line| {
            let value = line.strip_prefix("storeDir:")?.trim();
            Some(resolve(value.trim_matches(['"', '\'']), dir, home))
        }));
    }
    existing(stores.iter().flat_map(|s| store_versions(s)).collect())
}

/// The version folders of a pnpm store: the folder itself when it is one (`pnpm store path`
/// prints `…/store/v10`, and CI caches that), else its `v10` (pnpm 10) and `v3` (pnpm 7 to 9).
fn store_versions(store: &Path) -> Vec<PathBuf> {
    if store.join("files").is_dir() || store.join("index").is_dir() {
        return vec![store.to_path_buf()];
    }
    vec![store.join("v10"), store.join("v3")]
}

/// A setting of an ini-like rc file (`.npmrc`: `key=value`; `.yarnrc`: `key "value"`, also
/// `--key value`), resolved as a path: `~/` against `home`, relative against the file's folder.
pub fn rc_value(rc: &Path, key: &str, home: &Path) -> Option<PathBuf> {
    let text = crate::read::text(rc).ok()?;
    let value = text.lines().find_map(|line| {
        let line = line.trim().trim_start_matches("--");
        let rest = line.strip_prefix(key)?;
        let value = match rest.trim_start().strip_prefix('=') {
            Some(value) => value,
            None if rest.starts_with([' ', '\t']) => rest,
            None => return None,
        };
        let value = value.trim().trim_matches('"');
        (!value.is_empty()).then(|| value.to_owned())
    })?;
    Some(resolve(&value, rc.parent().unwrap_or(Path::new("")), home))
}

fn resolve(value: &str, dir: &Path, home: &Path) -> PathBuf {
    match value.strip_prefix("~/") {
        Some(rest) => home.join(rest),
        None => dir.join(value),
    }
}

/// Whether a folder holds a zip file (the listing stops at the first).
fn has_zip(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .any(|entry| entry.is_ok_and(|e| e.file_name().to_str().is_some_and(berry_entry)))
}

/// The folders that exist, each once, in order.
fn existing(candidates: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    for dir in candidates {
        if dir.is_dir() && !found.contains(&dir) {
            found.push(dir);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rc_settings() {
        let dir = tempfile::tempdir().unwrap();
        let rc = dir.path().join(".yarnrc");
        let home = Path::new("/home/u");
        for (text, expected) in [
            ("cache-folder \"/ci/yarn\"\n", Some("/ci/yarn")),
            ("--cache-folder /ci/yarn\n", Some("/ci/yarn")),
            ("cache-folder=~/y\n", Some("/home/u/y")),
            ("cache-folder-x /no\n", None),
            ("# nothing\n", None),
        ] {
            std::fs::write(&rc, text).unwrap();
            let found = rc_value(&rc, "cache-folder", home);
            assert_eq!(found.as_deref(), expected.map(Path::new), "{text}");
        }
        std::fs::write(&rc, "store-dir = .pnpm-store\n").unwrap();
        assert_eq!(
            rc_value(&rc, "store-dir", home),
            Some(dir.path().join(".pnpm-store"))
        );
    }

    #[test]
    fn yarnrc_yml_settings() {
        let dir = tempfile::tempdir().unwrap();
        let rc = dir.path().join(".yarnrc.yml");
        std::fs::write(
            &rc,
            "nodeLinker: node-modules\ncacheFolder: \"./ci-cache\"\nglobalFolder: ~/g\n",
        )
        .unwrap();
        let read = yarnrc_yml(&rc, Path::new("/home/u"));
        assert!(read.exists);
        assert_eq!(read.node_linker.as_deref(), Some("node-modules"));
        assert_eq!(read.cache_folder, Some(dir.path().join("./ci-cache")));
        assert_eq!(read.global_folder, Some(PathBuf::from("/home/u/g")));
        assert!(!yarnrc_yml(&dir.path().join("none"), Path::new("/")).exists);
    }

    #[test]
    fn listed_prefixes() {
        let listed = Listed {
            dir: PathBuf::new(),
            names: [
                "a-1",
                "ms-npm-2.1.3-x",
                "ms-npm-2.1.3-y",
                "ms-npm-2.1.30-z",
                "n",
            ]
            .map(str::to_owned)
            .to_vec(),
        };
        let found: Vec<&str> = listed.starting_with("ms-npm-2.1.3-").collect();
        assert_eq!(found, ["ms-npm-2.1.3-x", "ms-npm-2.1.3-y"]);
        assert_eq!(listed.starting_with("zz").count(), 0);
    }
}
