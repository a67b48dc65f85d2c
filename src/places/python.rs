//! Where Python environments and packages may be outside the projects: the activated
//! environments, the central folders of Poetry and pipenv, and the caches of uv, pip and Poetry.
//! Which environment is a project's is `ecosystems::python::envs`; what the caches hold is read
//! by `ecosystems::caches::python`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::existing;

/// How a distribution is kept in a cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Form {
    /// An unpacked wheel's `*.dist-info` folder (uv's `archive-v0`).
    Unpacked,
    /// A wheel file (Poetry's artifacts, pip's HTTP and wheel caches).
    Wheel,
    /// A source distribution (`.tar.gz`), of which only `PKG-INFO` and license files are read.
    Sdist,
}

/// One distribution in a cache.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Dist {
    pub form: Form,
    pub path: PathBuf,
    /// Whose cache (`uv`, `pip-wheel`, `pip-http`, `poetry`), for evidence and messages.
    pub cache: &'static str,
}

/// The distributions of the caches by (PEP 503 name, version), best form first.
pub type Dists = HashMap<(String, String), Vec<Dist>>;

/// Where the tools keep environments, from the environment variables and the home folder; found
/// once per scan.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// `VIRTUAL_ENV`: the environment the shell has activated.
    pub active: Option<PathBuf>,
    /// `CONDA_PREFIX`: the activated conda environment.
    pub conda: Option<PathBuf>,
    /// Poetry's central folders of virtualenvs.
    pub poetry: Vec<PathBuf>,
    /// pipenv's central folders of virtualenvs.
    pub pipenv: Vec<PathBuf>,
    /// Hatch's folders of virtual environments (`<data>/env/virtual`).
    pub hatch: Vec<PathBuf>,
    /// uv's caches (`UV_CACHE_DIR`, `~/.cache/uv`).
    pub uv: Vec<PathBuf>,
    /// pip's caches (`PIP_CACHE_DIR`, `~/.cache/pip`).
    pub pip: Vec<PathBuf>,
    /// Poetry's caches (`POETRY_CACHE_DIR`, `~/.cache/pypoetry`), whose `artifacts` it reads.
    pub poetry_cache: Vec<PathBuf>,
    /// What the caches hold, listed once per scan on first use.
    dists: OnceLock<Dists>,
}

impl Places {
    /// The places the environment variables name, else the tools' defaults under `home`; the
    /// caches under each `--cache-root` folder first (`DIR/uv`, `DIR/.cache/pip`, …).
    pub fn find(
        cache_roots: &[PathBuf],
        env: impl Fn(&str) -> Option<String>,
        home: Option<&Path>,
    ) -> Self {
        let path = |name: &str| env(name).map(PathBuf::from);
        let cache = path("XDG_CACHE_HOME").or_else(|| home.map(|h| h.join(".cache")));
        let data = path("XDG_DATA_HOME").or_else(|| home.map(|h| h.join(".local").join("share")));
        // Each tool's cache: under a `--cache-root`, its variable, XDG's (uv everywhere, pip and
        // Poetry on Linux), macOS's.
        let caches = |tool: &str, variable: &str| {
            let mut found = Vec::new();
            for root in cache_roots {
                found.extend([root.join(tool), root.join(".cache").join(tool)]);
            }
            found.extend(path(variable));
            found.extend(cache.as_ref().map(|dir| dir.join(tool)));
            found.extend(home.map(|h| h.join("Library/Caches").join(tool)));
            existing(found)
        };
        let poetry_cache = caches("pypoetry", "POETRY_CACHE_DIR");
        let mut poetry: Vec<PathBuf> = path("POETRY_VIRTUALENVS_PATH").into_iter().collect();
        poetry.extend(poetry_cache.iter().map(|dir| dir.join("virtualenvs")));
        let mut pipenv: Vec<PathBuf> = path("WORKON_HOME").into_iter().collect();
        pipenv.extend(data.as_ref().map(|dir| dir.join("virtualenvs")));
        // Hatch's data folder: HATCH_DATA_DIR, else the platform's (XDG's, macOS's).
        let mut hatch: Vec<PathBuf> = path("HATCH_DATA_DIR").into_iter().collect();
        hatch.extend(data.map(|dir| dir.join("hatch")));
        hatch.extend(home.map(|h| h.join("Library/Application Support/hatch")));
        let hatch = hatch
            .iter()
            .map(|dir| dir.join("env").join("virtual"))
            .collect();
        Places {
            active: path("VIRTUAL_ENV").filter(|dir| dir.is_dir()),
            conda: path("CONDA_PREFIX").filter(|dir| dir.is_dir()),
            poetry: existing(poetry),
            pipenv: existing(pipenv),
            hatch: existing(hatch),
            uv: caches("uv", "UV_CACHE_DIR"),
            pip: caches("pip", "PIP_CACHE_DIR"),
            poetry_cache,
            dists: OnceLock::new(),
        }
    }

    /// What the caches hold, listed by `list` on first use.
    pub fn dists(&self, list: impl FnOnce(&Places) -> Dists) -> &Dists {
        self.dists.get_or_init(|| list(self))
    }
}
