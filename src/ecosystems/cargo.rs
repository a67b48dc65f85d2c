//! Cargo adapter: the resolved dependency graph from `cargo metadata`.
//!
//! Runs `cargo metadata --format-version 1 --offline` (plus `--locked` when a `Cargo.lock` exists),
//! which reads manifests and the lockfile and never builds or runs build scripts. Workspace members
//! are the project's own packages; every other package is a dependency whose scope comes from the
//! graph: reachable through normal edges → runtime, else through a build edge → build, else only
//! through a member's dev edge → dev.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use cargo_metadata::{DependencyKind, Metadata, MetadataCommand, PackageId};

use crate::context::Context;
use crate::license::files;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

/// Collects one Cargo workspace (or single package).
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let metadata = run_cargo_metadata(root, ctx)?;
    Ok(from_metadata(&metadata, root))
}

fn run_cargo_metadata(root: &ProjectRoot, ctx: &Context) -> Result<Metadata, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let mut command = MetadataCommand::new();
    command
        .cargo_path(&ctx.cargo)
        .manifest_path(ctx.root.join(&root.manifest))
        // Cargo reads its configuration (source replacement for vendored crates) from here.
        .current_dir(&dir);
    let mut options = vec!["--offline".to_owned()];
    if root.lockfile.is_some() {
        options.push("--locked".to_owned());
    }
    command.other_options(options);
    let result = command.exec();
    // Without a lockfile, cargo writes one; a scan must leave the scanned tree as it found it.
    if root.lockfile.is_none() {
        let _ = std::fs::remove_file(dir.join("Cargo.lock"));
    }
    result.map_err(|err| Diagnostic::new(&root.manifest, explain(err, root, ctx)))
}

/// Turns a `cargo metadata` failure into a message that says what to do.
fn explain(err: cargo_metadata::Error, root: &ProjectRoot, ctx: &Context) -> String {
    let stderr = match err {
        cargo_metadata::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound => {
            return format!(
                "`{}` was not found; install Rust (https://rustup.rs) to scan Cargo projects",
                ctx.cargo.display()
            );
        }
        cargo_metadata::Error::CargoMetadata { stderr } => stderr,
        other => return format!("`cargo metadata` failed: {other}"),
    };
    let dir = crate::model::display_path(&root.dir);
    let cargo_said = tidy_cargo_stderr(&stderr, &ctx.root);
    if stderr.contains("--locked was passed") {
        format!(
            "Cargo.lock is missing entries or out of date; run `cargo update --workspace` in `{dir}` and scan again\ncargo said: {cargo_said}"
        )
    } else if stderr.contains("--offline") || stderr.contains("failed to download") {
        format!(
            "dependencies are not in the local cargo cache and ossdoo does not use the network; run `cargo fetch` in `{dir}` and scan again\ncargo said: {cargo_said}"
        )
    } else {
        format!("`cargo metadata` failed\ncargo said: {cargo_said}")
    }
}

/// Cargo's error text, without blank lines and with the scanned root's absolute path removed.
fn tidy_cargo_stderr(stderr: &str, root: &Path) -> String {
    let prefix = format!("{}/", root.display());
    let whole = root.display().to_string();
    stderr
        .lines()
        .map(|line| line.trim_end().replace(&prefix, "").replace(&whole, "."))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n  ")
}

fn from_metadata(metadata: &Metadata, root: &ProjectRoot) -> Collected {
    let members: HashSet<&PackageId> = metadata.workspace_members.iter().collect();
    let scopes = metadata
        .resolve
        .as_ref()
        .map(|r| scopes(r, &members))
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
        collected.packages.push(Package {
            ecosystem: Ecosystem::Cargo,
            purl: crate::purl::build(Ecosystem::Cargo, &name, &version),
            name,
            version,
            scope,
            direct: direct.contains(&package.id),
            declared: package.license.clone(),
            license_files: license_files(package),
            manifests: vec![root.manifest.clone()],
        });
    }
    collected.members.sort();
    collected
}

fn license_files(package: &cargo_metadata::Package) -> Vec<PathBuf> {
    let dir = package
        .manifest_path
        .parent()
        .map(|d| d.as_std_path())
        .unwrap_or(Path::new("."));
    let mut found = files::find(dir);
    if let Some(declared) = package.license_file() {
        let declared = declared.into_std_path_buf();
        if !found.contains(&declared) {
            found.push(declared);
        }
    }
    found
}

/// The scope of every package reachable from the workspace members.
fn scopes<'a>(
    resolve: &'a cargo_metadata::Resolve,
    members: &HashSet<&'a PackageId>,
) -> HashMap<&'a PackageId, Scope> {
    let graph: HashMap<&PackageId, &cargo_metadata::Node> =
        resolve.nodes.iter().map(|n| (&n.id, n)).collect();
    let edges = |id: &PackageId, kind: DependencyKind| -> Vec<&'a PackageId> {
        graph
            .get(id)
            .into_iter()
            .flat_map(|node| &node.deps)
            .filter(|dep| {
                dep.dep_kinds.is_empty() || dep.dep_kinds.iter().any(|k| same_kind(k.kind, kind))
            })
            .map(|dep| &dep.pkg)
            .collect()
    };
    let mut scope: HashMap<&PackageId, Scope> = HashMap::new();
    let member_ids: Vec<&PackageId> = members.iter().copied().collect();

    // Runtime: members and everything reachable from them through normal edges.
    let runtime = reach(member_ids.clone(), |id| edges(id, DependencyKind::Normal));
    assign(&mut scope, &runtime, members, Scope::Runtime);

    // Build: the build dependencies of anything compiled for runtime, and what they need.
    let build_seeds: Vec<_> = runtime
        .iter()
        .flat_map(|id| edges(id, DependencyKind::Build))
        .collect();
    let build = reach(build_seeds, |id| {
        let mut next = edges(id, DependencyKind::Normal);
        next.extend(edges(id, DependencyKind::Build));
        next
    });
    assign(&mut scope, &build, members, Scope::Build);

    // Dev: what the members' dev-dependencies pull in, and nothing else reaches.
    let dev_seeds: Vec<_> = member_ids
        .iter()
        .flat_map(|id| edges(id, DependencyKind::Development))
        .collect();
    let dev = reach(dev_seeds, |id| {
        let mut next = edges(id, DependencyKind::Normal);
        next.extend(edges(id, DependencyKind::Build));
        next
    });
    assign(&mut scope, &dev, members, Scope::Dev);
    scope
}

fn same_kind(a: DependencyKind, b: DependencyKind) -> bool {
    let normalize = |k| {
        if k == DependencyKind::Unknown {
            DependencyKind::Normal
        } else {
            k
        }
    };
    normalize(a) == normalize(b)
}

/// Breadth-first reach from `seeds` (included) along `next`.
fn reach<'a>(
    seeds: Vec<&'a PackageId>,
    mut next: impl FnMut(&'a PackageId) -> Vec<&'a PackageId>,
) -> Vec<&'a PackageId> {
    let mut seen: HashSet<&PackageId> = HashSet::new();
    let mut queue: VecDeque<&PackageId> = seeds.into_iter().collect();
    let mut order = Vec::new();
    while let Some(id) = queue.pop_front() {
        if seen.insert(id) {
            order.push(id);
            queue.extend(next(id));
        }
    }
    order
}

/// Gives `scope` to the reached packages that have none yet (earlier passes win).
fn assign<'a>(
    scope: &mut HashMap<&'a PackageId, Scope>,
    reached: &[&'a PackageId],
    members: &HashSet<&'a PackageId>,
    value: Scope,
) {
    for id in reached.iter().filter(|id| !members.contains(*id)) {
        scope.entry(id).or_insert(value);
    }
}
