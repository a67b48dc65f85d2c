//! Where the package managers keep packages outside the scanned projects: their caches and
//! central environments, found once per scan from `--cache-root`, their settings and their
//! defaults. Plain data and folder listings; the stages that read what is there are in
//! `ecosystems/caches/` and `ecosystems/python/`.

pub mod js;
pub mod npm;
pub mod python;

use std::path::{Path, PathBuf};

/// Where the caches are, found once per scan: `--cache-root` folders first, then each manager's
/// own setting, then its default place.
#[derive(Debug, Clone, Default)]
pub struct Locations {
    /// npm's `_cacache` folders that exist, in the order they are searched.
    pub npm: Vec<PathBuf>,
    /// Which of their content folders exist, listed once per scan on first use.
    npm_index: std::sync::OnceLock<Vec<npm::Index>>,
    /// Where Python environments may be, outside the projects.
    pub python: python::Places,
    /// Yarn's caches and pnpm's stores.
    pub js: js::Js,
}

impl Locations {
    /// The caches the environment says (`npm_config_cache`, `~/.npmrc`'s `cache=`) or the
    /// managers' defaults (`~/.npm`), after those under each `--cache-root` folder.
    pub fn find(
        cache_roots: &[PathBuf],
        env: impl Fn(&str) -> Option<String>,
        home: Option<&Path>,
    ) -> Self {
        let mut npm = Vec::new();
        for root in cache_roots {
            // As a CI restores them: the folder itself, or npm's folder inside it.
            for dir in ["", ".npm", "npm", "npm-cache"] {
                npm.push(root.join(dir).join("_cacache"));
            }
        }
        // npm reads its settings from the environment case-insensitively.
        let configured = env("npm_config_cache")
            .or_else(|| env("NPM_CONFIG_CACHE"))
            .map(PathBuf::from)
            .or_else(|| home.and_then(|home| npmrc_cache(&home.join(".npmrc"), home)));
        npm.extend(configured.map(|dir| dir.join("_cacache")));
        npm.extend(home.map(|home| home.join(".npm").join("_cacache")));
        Locations {
            npm: existing(npm),
            npm_index: std::sync::OnceLock::new(),
            python: python::Places::find(cache_roots, &env, home),
            js: js::Js::find(cache_roots, &env, home),
        }
    }

    /// npm's caches with what is in them, listed on first use.
    pub fn npm_caches(&self) -> &[npm::Index] {
        self.npm_index
            .get_or_init(|| self.npm.iter().map(|dir| npm::Index::list(dir)).collect())
    }
}

/// The `cache=` setting of an `.npmrc` file, `~/` and relative paths resolved.
pub fn npmrc_cache(npmrc: &Path, home: &Path) -> Option<PathBuf> {
    let text = crate::read::text(npmrc).ok()?;
    let value = text.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "cache").then(|| value.trim().trim_matches('"').to_owned())
    })?;
    let dir = npmrc.parent().unwrap_or(Path::new(""));
    Some(match value.strip_prefix("~/") {
        Some(rest) => home.join(rest),
        None => dir.join(value),
    })
}

/// The folders that exist, each once, in order.
pub(super) fn existing(candidates: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    for dir in candidates {
        if dir.is_dir() && !found.contains(&dir) {
            found.push(dir);
        }
    }
    found
}
