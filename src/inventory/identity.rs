//! Which repository and commit a scan is of, when the command line does not say: `OSSDOO_REPO`
//! and `OSSDOO_COMMIT`, then the image a report names, then the CI system's variables (GitHub
//! Actions, GitLab CI, Azure Pipelines, Bitbucket), then the Git repository of the folder (its
//! `origin` remote and `HEAD`, read from `.git` without running git), then the folder's name.

use crate::i18n::tr;
use std::path::{Path, PathBuf};

/// The CI systems' variables: (repository, commit).
const CI: &[(&str, &str)] = &[
    ("GITHUB_REPOSITORY", "GITHUB_SHA"),
    ("CI_PROJECT_PATH", "CI_COMMIT_SHA"),
    ("BUILD_REPOSITORY_NAME", "BUILD_SOURCEVERSION"),
    ("BITBUCKET_REPO_FULL_NAME", "BITBUCKET_COMMIT"),
];

fn var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The repository's name, and where it came from (for the message when it was guessed).
pub fn repository(image: Option<&str>, dir: &Path) -> (String, String) {
    if let Some(name) = var("OSSDOO_REPO") {
        return (name, "OSSDOO_REPO".to_owned());
    }
    if let Some(image) = image {
        return (image_name(image).to_owned(), tr!("inv-from-image"));
    }
    if let Some(name) = CI.iter().find_map(|(repo, _)| var(repo)) {
        return (name, tr!("inv-from-ci"));
    }
    if let Some(git) = git_dir(dir)
        && let Some(name) = origin_name(&git)
    {
        return (name, tr!("inv-from-git"));
    }
    let folder = std::fs::canonicalize(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "unnamed".to_owned());
    (folder, tr!("inv-from-folder"))
}

/// The commit: `OSSDOO_COMMIT`, the image's digest, the CI system's, else Git's `HEAD`; `''` when
/// none is known.
pub fn commit(image_digest: Option<&str>, dir: &Path) -> String {
    if let Some(commit) = var("OSSDOO_COMMIT") {
        return commit;
    }
    if let Some(digest) = image_digest {
        return digest.to_owned();
    }
    if let Some(commit) = CI.iter().find_map(|(_, commit)| var(commit)) {
        return commit;
    }
    git_dir(dir).and_then(|git| head(&git)).unwrap_or_default()
}

/// `registry.example/team/app:1.2` → `registry.example/team/app`.
fn image_name(image: &str) -> &str {
    let image = image.split('@').next().unwrap_or(image);
    let name_start = image.rfind('/').map_or(0, |i| i + 1);
    match image[name_start..].rfind(':') {
        Some(colon) => &image[..name_start + colon],
        None => image,
    }
}

/// The `.git` folder of the repository holding `dir` (a worktree's `.git` file followed).
fn git_dir(dir: &Path) -> Option<PathBuf> {
    let dir = std::fs::canonicalize(dir).ok()?;
    for folder in dir.ancestors() {
        let dot_git = folder.join(".git");
        if dot_git.is_dir() {
            return Some(dot_git);
        }
        if dot_git.is_file() {
            let text = crate::read::text(&dot_git).ok()?;
            let target = text.trim().strip_prefix("gitdir:")?.trim();
            return Some(folder.join(target));
        }
    }
    None
}

/// `HEAD`'s commit: a detached id, or the branch's, from its ref file or `packed-refs`.
fn head(git: &Path) -> Option<String> {
    let head = crate::read::text(git.join("HEAD")).ok()?;
    let head = head.trim();
    let Some(reference) = head.strip_prefix("ref:").map(str::trim) else {
        return is_object_id(head).then(|| head.to_owned());
    };
    let common = common_dir(git);
    for base in [git, common.as_path()] {
        if let Ok(id) = crate::read::text(base.join(reference)) {
            let id = id.trim();
            if is_object_id(id) {
                return Some(id.to_owned());
            }
        }
        if let Ok(packed) = crate::read::text(base.join("packed-refs")) {
            for line in packed.lines() {
                if let Some((id, name)) = line.split_once(' ')
                    && name.trim() == reference
                    && is_object_id(id)
                {
                    return Some(id.to_owned());
                }
            }
        }
    }
    None
}

/// Where a worktree's shared refs and config are: the main repository's `.git` (`commondir`),
/// or the folder itself.
fn common_dir(git: &Path) -> PathBuf {
    crate::read::text(git.join("commondir"))
        .ok()
        .map(|c| git.join(c.trim()))
        .unwrap_or_else(|| git.to_owned())
}

fn is_object_id(text: &str) -> bool {
    matches!(text.len(), 40 | 64) && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The `origin` remote's URL as `owner/name`: `https://github.com/org/app.git`,
/// `git@gitlab.example:group/sub/app.git` → `org/app`, `group/sub/app`.
fn origin_name(git: &Path) -> Option<String> {
    let config = crate::read::text(common_dir(git).join("config")).ok()?;
    let mut in_origin = false;
    for line in config.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_origin = line.replace(' ', "") == "[remote\"origin\"]";
            continue;
        }
        if in_origin
            && let Some((key, value)) = line.split_once('=')
            && key.trim() == "url"
        {
            return repository_path(value.trim());
        }
    }
    None
}

fn repository_path(url: &str) -> Option<String> {
    let path = match url.split_once("://") {
        // `https://host/path`, `ssh://git@host:22/path`.
        Some((_, rest)) => rest.split_once('/')?.1,
        // `git@host:path`.
        None => url.split_once(':')?.1,
    };
    let path = path.trim_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    (!path.is_empty()).then(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            image_name("registry.example:5000/team/app:1.2"),
            "registry.example:5000/team/app"
        );
        assert_eq!(image_name("app@sha256:abc"), "app");
        assert_eq!(
            repository_path("https://github.com/cds-snc/notification-api.git").as_deref(),
            Some("cds-snc/notification-api")
        );
        assert_eq!(
            repository_path("git@gitlab.example:group/sub/app.git").as_deref(),
            Some("group/sub/app")
        );
        assert_eq!(
            repository_path("ssh://git@host:22/org/app").as_deref(),
            Some("org/app")
        );
    }

    #[test]
    fn reads_git_without_running_it() {
        let dir = tempfile::tempdir().unwrap();
        let git = dir.path().join(".git");
        std::fs::create_dir_all(git.join("refs/heads")).unwrap();
        std::fs::write(git.join("HEAD"), "ref: refs/heads/main\n").unwrap();
        std::fs::write(
            git.join("config"),
            "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = https://gitlab.example/ospo/app.git\n",
        )
        .unwrap();
        let id = "0123456789abcdef0123456789abcdef01234567";
        std::fs::write(
            git.join("packed-refs"),
            format!("# pack-refs\n{id} refs/heads/main\n"),
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("src/deep")).unwrap();
        let inner = dir.path().join("src/deep");
        assert_eq!(head(&git_dir(&inner).unwrap()).as_deref(), Some(id));
        assert_eq!(
            origin_name(&git_dir(&inner).unwrap()).as_deref(),
            Some("ospo/app")
        );
    }
}
