//! Where Python environments may be outside the projects: the activated ones and the central
//! folders of Poetry and pipenv. Which of them is a project's is `ecosystems::python::envs`.

use std::path::{Path, PathBuf};

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
}

impl Places {
    /// The places the environment variables name, else the tools' defaults under `home`.
    pub fn find(env: impl Fn(&str) -> Option<String>, home: Option<&Path>) -> Self {
        let path = |name: &str| env(name).map(PathBuf::from);
        let cache = path("XDG_CACHE_HOME").or_else(|| home.map(|h| h.join(".cache")));
        let data = path("XDG_DATA_HOME").or_else(|| home.map(|h| h.join(".local").join("share")));
        let mut poetry: Vec<PathBuf> = path("POETRY_VIRTUALENVS_PATH").into_iter().collect();
        poetry.extend(path("POETRY_CACHE_DIR").map(|dir| dir.join("virtualenvs")));
        poetry.extend(cache.map(|dir| dir.join("pypoetry").join("virtualenvs")));
        poetry.extend(home.map(|h| h.join("Library/Caches/pypoetry/virtualenvs")));
        let mut pipenv: Vec<PathBuf> = path("WORKON_HOME").into_iter().collect();
        pipenv.extend(data.map(|dir| dir.join("virtualenvs")));
        poetry.retain(|dir| dir.is_dir());
        pipenv.retain(|dir| dir.is_dir());
        Places {
            active: path("VIRTUAL_ENV").filter(|dir| dir.is_dir()),
            conda: path("CONDA_PREFIX").filter(|dir| dir.is_dir()),
            poetry,
            pipenv,
        }
    }
}
