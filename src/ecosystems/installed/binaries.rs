//! Programs of a system whose dependency lists are compiled in: a Go binary's modules
//! (`binary::go`) and a Rust binary's crates recorded by `cargo auditable` (`binary::auditable`).
//!
//! A binary holds no license text. Each module or crate is looked up where its source may be on
//! this machine: Go's module cache (`GOMODCACHE`, `GOPATH`), Cargo's registry cache
//! (`CARGO_HOME`); a CI job that has just built the image usually has both. When neither holds
//! it, the package says so, and its license is unknown.

use std::sync::Arc;

use crate::binary::{auditable, go};
use crate::context::Context;
use crate::ecosystems::cargo::lockfile;
use crate::ecosystems::go::cache_dir;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

/// Collects the modules compiled into the Go binary `root.manifest`.
pub fn collect_go(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let path = ctx.root.join(&root.manifest);
    let info = go::read_file(&path).map_err(|e| Diagnostic::new(&root.manifest, e))?;
    let mut collected = Collected::default();
    let main = info.main.as_ref();
    collected.members.push(Member {
        name: main.map_or(info.path.clone(), |m| m.path.clone()),
        version: main.map(|m| m.version.clone()).unwrap_or_default(),
        declared: None,
        license: None,
    });
    if main.is_none() {
        collected.warnings.push(Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("binary-go-without-modules", go = &info.go_version),
        ));
    }
    let not_found = not_found(&root.manifest, "go", ctx.go_modcache.is_some());
    for module in &info.deps {
        // The replacement is the code compiled in.
        let used = module.replace.as_deref().unwrap_or(module);
        let mut package = Package::new(
            Ecosystem::Go,
            used.path.clone(),
            used.version.clone(),
            &root.manifest,
        );
        if let Some(cache) = &ctx.go_modcache {
            package =
                super::super::with_source(package, cache_dir(cache, &used.path, &used.version));
        }
        if package.source_dir.is_none() {
            package.not_found = Some(Arc::clone(&not_found));
        }
        if module.replace.is_some() {
            package.notes.push(crate::i18n::tr!(
                "binary-replaces",
                module = &module.path,
                version = &module.version
            ));
        }
        package.installed_at = Some(root.manifest.clone());
        collected.packages.push(package);
    }
    warn_missing(&mut collected, root, "go");
    Ok(collected)
}

/// Collects the crates compiled into the Rust binary `root.manifest`.
pub fn collect_rust(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let path = ctx.root.join(&root.manifest);
    let crates = auditable::read_file(&path).map_err(|e| Diagnostic::new(&root.manifest, e))?;
    let mut collected = Collected::default();
    let not_found = not_found(&root.manifest, "rust", ctx.cargo_home.is_some());
    let direct: std::collections::HashSet<usize> = crates
        .iter()
        .filter(|c| c.root)
        .flat_map(|c| c.dependencies.iter().copied())
        .collect();
    for (index, krate) in crates.iter().enumerate() {
        if krate.root {
            collected.members.push(Member {
                name: krate.name.clone(),
                version: krate.version.clone(),
                declared: None,
                license: None,
            });
            continue;
        }
        let mut package = Package::new(
            Ecosystem::Cargo,
            krate.name.clone(),
            krate.version.clone(),
            &root.manifest,
        );
        package.direct = direct.contains(&index);
        // Build scripts' and proc-macros' crates run at build time; they are not linked in.
        if krate.kind.as_deref() == Some("build") {
            package.scope = Scope::Build;
        }
        let registry = ctx
            .cargo_home
            .as_deref()
            .filter(|_| krate.source == "crates.io");
        match registry.and_then(|home| {
            lockfile::from_registry(home, &krate.name, &krate.version, &mut collected.warnings)
        }) {
            Some((dir, declared, files)) => {
                package.declared = declared;
                package.license_files = files;
                package.source_dir = Some(dir);
            }
            None => package.not_found = Some(Arc::clone(&not_found)),
        }
        if krate.source != "crates.io" && !krate.source.is_empty() {
            package.notes.push(crate::i18n::tr!(
                "binary-crate-source",
                source = &krate.source
            ));
        }
        package.installed_at = Some(root.manifest.clone());
        collected.packages.push(package);
    }
    warn_missing(&mut collected, root, "rust");
    Ok(collected)
}

/// One warning per program whose compiled-in packages were found nowhere on this machine
/// (`language`: `go`, `rust`, as the catalogue's messages select it).
fn warn_missing(collected: &mut Collected, root: &ProjectRoot, language: &str) {
    let missing = collected
        .packages
        .iter()
        .filter(|p| p.not_found.is_some())
        .count();
    if missing > 0 {
        collected.warnings.push(Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("binary-not-cached", missing = missing, language = language),
        ));
    }
}

/// Why a package compiled into a binary has no license: where ossdoo looked.
fn not_found(binary: &std::path::Path, language: &str, has_cache: bool) -> Arc<str> {
    let cache = if has_cache { "yes" } else { "no" };
    Arc::from(crate::i18n::tr!(
        "binary-not-found",
        binary = binary,
        language = language,
        cache = cache
    ))
}
