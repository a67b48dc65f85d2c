//! Composer adapter (PHP): packages from `composer.lock` (`packages` are runtime, `packages-dev`
//! are dev), else from Composer's install record `vendor/composer/installed.json`; direct
//! dependencies from `composer.json`'s `require` / `require-dev`. Licenses are declared in the
//! lockfile as an array whose entries are alternatives (`["LGPL-2.1-only", "GPL-3.0-or-later"]`
//! means either), and license files are read from `vendor/<name>/`.

use serde::Deserialize;
use std::collections::BTreeMap;

use super::read_json;
use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Manifest {
    name: Option<String>,
    version: Option<String>,
    license: Option<Licenses>,
    require: BTreeMap<String, serde_json::Value>,
    #[serde(rename = "require-dev")]
    require_dev: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Lock {
    packages: Vec<Locked>,
    #[serde(rename = "packages-dev")]
    packages_dev: Vec<Locked>,
}

/// `vendor/composer/installed.json` (Composer 2: an object; Composer 1: a bare array).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Installed {
    V2 {
        packages: Vec<Locked>,
        #[serde(default, rename = "dev-package-names")]
        dev_package_names: Vec<String>,
    },
    V1(Vec<Locked>),
}

#[derive(Debug, Deserialize)]
struct Locked {
    name: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    license: Option<Licenses>,
}

/// `"MIT"` or `["MIT"]` or `["LGPL-2.1-only", "GPL-3.0-or-later"]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Licenses {
    One(String),
    Many(Vec<String>),
}

impl Licenses {
    /// The declared expression: several entries are alternatives.
    fn expression(&self) -> Option<String> {
        match self {
            Licenses::One(one) => Some(one.clone()).filter(|l| !l.trim().is_empty()),
            Licenses::Many(many) => super::any_of(many),
        }
    }
}

/// Collects one Composer project.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let manifest: Manifest = if root.manifest.ends_with("composer.json") {
        read_json(&ctx.root.join(&root.manifest), &root.manifest)?
    } else {
        Manifest::default()
    };
    let installed_json = root.dir.join("vendor/composer/installed.json");
    let (locked, dev_names): (Vec<(Locked, Scope)>, Vec<String>) = match &root.lockfile {
        Some(lock) => {
            let lock: Lock = read_json(&ctx.root.join(lock), lock)?;
            let runtime = lock.packages.into_iter().map(|p| (p, Scope::Runtime));
            let dev = lock.packages_dev.into_iter().map(|p| (p, Scope::Dev));
            (runtime.chain(dev).collect(), Vec::new())
        }
        None if ctx.root.join(&installed_json).is_file() => {
            match read_json::<Installed>(&ctx.root.join(&installed_json), &installed_json)? {
                Installed::V2 {
                    packages,
                    dev_package_names,
                } => (
                    packages.into_iter().map(|p| (p, Scope::Runtime)).collect(),
                    dev_package_names,
                ),
                Installed::V1(packages) => (
                    packages.into_iter().map(|p| (p, Scope::Runtime)).collect(),
                    Vec::new(),
                ),
            }
        }
        None => (Vec::new(), Vec::new()),
    };
    let mut collected = Collected::default();
    if let Some(name) = &manifest.name {
        collected.members.push(Member {
            name: name.clone(),
            version: manifest.version.clone().unwrap_or_default(),
            declared: manifest.license.as_ref().and_then(Licenses::expression),
            license: None,
        });
    }
    if locked.is_empty() && manifest.require.keys().any(|n| is_package(n)) {
        collected.warnings.push(Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("composer-no-lockfile"),
        ));
    }
    for (locked, scope) in locked {
        let scope = if dev_names.contains(&locked.name) {
            Scope::Dev
        } else {
            scope
        };
        let direct = manifest.require.contains_key(&locked.name)
            || manifest.require_dev.contains_key(&locked.name);
        let package = Package::new(
            Ecosystem::Composer,
            locked.name.clone(),
            locked.version,
            &root.manifest,
        );
        let mut package = super::with_source(package, dir.join("vendor").join(&locked.name));
        package.scope = scope;
        package.direct = direct;
        package.declared = locked.license.as_ref().and_then(Licenses::expression);
        collected.packages.push(package);
    }
    Ok(collected)
}

/// Platform requirements (`php`, `ext-json`, `lib-icu`, `composer-plugin-api`) are not packages.
fn is_package(name: &str) -> bool {
    name.contains('/')
}
