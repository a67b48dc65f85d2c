//! Cargo adapter: the resolved dependency graph from `cargo metadata`.
//!
//! Runs `cargo metadata --format-version 1 --offline` (plus `--locked` when a `Cargo.lock` exists),
//! which reads manifests and the lockfile and never builds or runs build scripts. Workspace members
//! are the project's own packages; every other package is a dependency whose scope comes from the
//! graph: reachable through normal edges → runtime, else through a build edge → build, else only
//! through a member's dev edge → dev.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use cargo_metadata::{DependencyKind, Metadata, MetadataCommand, PackageId};

pub(crate) mod lockfile;
mod scope;

use self::scope::Kind;
use crate::context::Context;
use crate::license::files;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

/// Collects one Cargo workspace (or single package).
///
/// Without `cargo` on the machine, a project with a `Cargo.lock` is still read: from the lockfile
/// and the crates' own manifests (see `lockfile.rs`).
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    match run_cargo_metadata(root, ctx) {
        Ok(metadata) => Ok(from_metadata(&metadata, root)),
        Err(err) if is_not_installed(&err) && root.lockfile.is_some() => {
            let mut collected = lockfile::collect(root, ctx)?;
            collected.warnings.push(Diagnostic::new(
                &root.manifest,
                crate::i18n::tr!("cargo-not-found-lockfile-read", cargo = &ctx.cargo),
            ));
            Ok(collected)
        }
        Err(err) => Err(Diagnostic::new(&root.manifest, explain(err, root, ctx))),
    }
}

fn is_not_installed(err: &cargo_metadata::Error) -> bool {
    matches!(err, cargo_metadata::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound)
}

fn run_cargo_metadata(
    root: &ProjectRoot,
    ctx: &Context,
) -> Result<Metadata, cargo_metadata::Error> {
    let dir = ctx.root.join(&root.dir);
    let mut command = MetadataCommand::new();
    command
        .cargo_path(&ctx.cargo)
        .manifest_path(ctx.root.join(&root.manifest))
        // Not from inside the scanned tree: cargo would load its `.cargo/config.toml` (a `rustc`
        // or `rustc-wrapper` that `cargo metadata` runs, `[env]` for it) and rustup its
        // `rust-toolchain.toml` (a toolchain to download, or a `path` to run). The source
        // replacement those files hold is passed on below; nothing else is.
        .current_dir(neutral_dir());
    let mut options = vec!["--offline".to_owned()];
    for setting in source_settings(&dir) {
        options.push("--config".to_owned());
        options.push(setting);
    }
    if root.lockfile.is_some() {
        options.push("--locked".to_owned());
    }
    command.other_options(options);
    let result = command.exec();
    // Without a lockfile, cargo writes one; a scan must leave the scanned tree as it found it.
    if root.lockfile.is_none() {
        let _ = std::fs::remove_file(dir.join("Cargo.lock"));
    }
    result
}

/// A folder outside any scanned tree to run cargo in: the root of the file system, whose
/// `.cargo/config.toml` (if any) only an administrator can write.
fn neutral_dir() -> PathBuf {
    let temp = std::env::temp_dir();
    temp.ancestors().last().unwrap_or(&temp).to_path_buf()
}

/// The keys of `[source.NAME]` and `[registries.NAME]` that resolution needs: where crates come
/// from (vendored folders, mirrors, alternative registries). Nothing here makes cargo run a
/// program.
const SOURCE_KEYS: &[&str] = &[
    "replace-with",
    "directory",
    "local-registry",
    "registry",
    "git",
    "branch",
    "tag",
    "rev",
];
const PATH_KEYS: &[&str] = &["directory", "local-registry"];

/// The `.cargo/config.toml` (and legacy `.cargo/config`) files cargo would read for a project in
/// `dir`, nearest folder first, each with the folder that holds its `.cargo/` (what relative paths
/// in it are relative to). Files that cannot be read or parsed are skipped, as cargo's errors
/// about them are not ossdoo's to report.
pub(crate) fn config_files(dir: &Path) -> Vec<(&Path, toml::Table)> {
    dir.ancestors()
        .flat_map(|folder| {
            ["config.toml", "config"]
                .into_iter()
                .filter_map(move |name| {
                    let text = crate::read::text(folder.join(".cargo").join(name)).ok()?;
                    Some((folder, text.parse::<toml::Table>().ok()?))
                })
        })
        .collect()
}

/// The source replacement and registry settings of the config files cargo would read for a
/// project in `dir`, as `--config` values: outermost first, so that the nearest file wins as it
/// would in cargo. Relative paths become absolute.
pub(crate) fn source_settings(dir: &Path) -> Vec<String> {
    let is_plain = |name: &str| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
    };
    let mut settings = Vec::new();
    for (folder, table) in config_files(dir).into_iter().rev() {
        for (section, keys) in [("source", SOURCE_KEYS), ("registries", &["index"][..])] {
            let entries = table.get(section).and_then(toml::Value::as_table);
            for (entry, values) in entries.into_iter().flatten() {
                let Some(values) = values.as_table().filter(|_| is_plain(entry)) else {
                    continue;
                };
                for (key, value) in values {
                    let Some(text) = value.as_str().filter(|_| keys.contains(&key.as_str())) else {
                        continue;
                    };
                    let text = if PATH_KEYS.contains(&key.as_str()) {
                        folder.join(text).display().to_string()
                    } else {
                        text.to_owned()
                    };
                    let value = toml::Value::String(text);
                    settings.push(format!("{section}.{entry}.{key}={value}"));
                }
            }
        }
    }
    settings
}

/// Turns a `cargo metadata` failure into a message that says what to do.
fn explain(err: cargo_metadata::Error, root: &ProjectRoot, ctx: &Context) -> String {
    let stderr = match err {
        err if is_not_installed(&err) => {
            return crate::i18n::tr!("cargo-not-found", cargo = &ctx.cargo);
        }
        cargo_metadata::Error::CargoMetadata { stderr } => stderr,
        other => return crate::i18n::tr!("cargo-metadata-failed", error = other.to_string()),
    };
    let dir = crate::model::display_path(&root.dir);
    let cargo_said = tidy_cargo_stderr(&stderr, &ctx.root);
    if stderr.contains("--locked was passed") {
        crate::i18n::tr!(
            "cargo-lockfile-outdated",
            dir = dir,
            cargo_said = cargo_said
        )
    // i18n: cargo's own message, matched
    } else if stderr.contains("--offline") || stderr.contains("failed to download") {
        crate::i18n::tr!("cargo-offline", dir = dir, cargo_said = cargo_said)
    } else {
        crate::i18n::tr!("cargo-metadata-failed-said", cargo_said = cargo_said)
    }
}

/// Cargo's error text, without blank lines and with the scanned root's absolute path removed.
fn tidy_cargo_stderr(stderr: &str, root: &Path) -> String {
    let prefix = format!("{}/", root.display());
    let whole = root.display().to_string();
    // Cargo runs from the file system's root, so it also shows paths relative to `/`.
    let from_slash = prefix.trim_start_matches('/').to_owned();
    stderr
        .lines()
        .map(|line| {
            let line = line.trim_end().replace(&prefix, "").replace(&whole, ".");
            match line.trim_start().strip_prefix("--> ") {
                Some(path) if path.starts_with(&from_slash) => line.replacen(&from_slash, "", 1),
                _ => line,
            }
        })
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n  ")
}

fn from_metadata(metadata: &Metadata, root: &ProjectRoot) -> Collected {
    let members: HashSet<&PackageId> = metadata.workspace_members.iter().collect();
    let scopes = metadata
        .resolve
        .as_ref()
        .map(|r| graph_scopes(r, &metadata.workspace_members))
        .unwrap_or_default();
    let direct: HashSet<&PackageId> = metadata
        .resolve
        .iter()
        .flat_map(|r| &r.nodes)
        .filter(|node| members.contains(&node.id))
        .flat_map(|node| node.deps.iter().map(|dep| &dep.pkg))
        .collect();
    let mut collected = Collected::default();
    for package in &metadata.packages {
        if members.contains(&package.id) {
            collected.members.push(Member {
                name: package.name.to_string(),
                version: package.version.to_string(),
                declared: package.license.clone(),
                license: None,
            });
            continue;
        }
        // Packages outside the resolve graph (none in practice) are not dependencies.
        let Some(&scope) = scopes.get(&package.id) else {
            continue;
        };
        let name = package.name.to_string();
        let version = package.version.to_string();
        let dir = package
            .manifest_path
            .parent()
            .map_or(Path::new("."), |d| d.as_std_path());
        collected.packages.push(Package {
            ecosystem: Ecosystem::Cargo,
            purl: crate::model::purl::build(Ecosystem::Cargo, &name, &version),
            name,
            version,
            scope,
            direct: direct.contains(&package.id),
            declared: package.license.clone(),
            declared_in: None,
            not_found: None,
            source_dir: Some(dir.to_path_buf()),
            archive: None,
            license_files: license_files(
                dir,
                package.license_file.as_ref().map(|f| f.as_str()),
                &mut collected.warnings,
            ),
            license_texts: Vec::new(),
            manifests: vec![root.manifest.clone()],
            notes: Vec::new(),
            installed_at: None,
        });
    }
    collected.members.sort();
    collected
}

/// The license files in a crate's folder, plus the one its manifest names (`license-file`) if
/// that is inside the folder; one outside it is a warning about the crate's manifest.
fn license_files(
    dir: &Path,
    license_file: Option<&str>,
    warnings: &mut Vec<Diagnostic>,
) -> Vec<PathBuf> {
    let mut found = files::find(dir);
    let Some(name) = license_file else {
        return found;
    };
    match files::named_in(dir, name) {
        Ok(Some(declared)) if !found.contains(&declared) => found.push(declared),
        Ok(_) => {}
        Err(refused) => warnings.push(Diagnostic::new(
            dir.join("Cargo.toml"),
            refused.message(&format!("`license-file = \"{name}\"`")),
        )),
    }
    found
}

/// Scopes from the resolve graph of `cargo metadata`.
fn graph_scopes<'a>(
    resolve: &'a cargo_metadata::Resolve,
    members: &'a [PackageId],
) -> HashMap<&'a PackageId, Scope> {
    let graph: HashMap<&PackageId, &cargo_metadata::Node> =
        resolve.nodes.iter().map(|n| (&n.id, n)).collect();
    let member_ids: Vec<&PackageId> = members.iter().collect();
    scope::scopes(&member_ids, |id, kind| {
        graph
            .get(id)
            .into_iter()
            .flat_map(|node| &node.deps)
            .filter(|dep| {
                dep.dep_kinds.is_empty() || dep.dep_kinds.iter().any(|k| kind_of(k.kind) == kind)
            })
            .map(|dep| &dep.pkg)
            .collect()
    })
}

fn kind_of(kind: DependencyKind) -> Kind {
    match kind {
        DependencyKind::Build => Kind::Build,
        DependencyKind::Development => Kind::Dev,
        DependencyKind::Normal | DependencyKind::Unknown => Kind::Normal,
    }
}
