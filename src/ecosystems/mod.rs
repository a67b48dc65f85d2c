//! Collection: one adapter per ecosystem, each reading files only (never building, never running
//! the scanned project's code, never touching the network).
//!
//! Every adapter has the same signature, `collect(root, ctx) -> Result<Collected, Diagnostic>`;
//! a failure names the file it concerns and the scan goes on with the other projects.

pub mod caches;
pub mod cargo;
pub mod composer;
pub mod go;
pub mod installed;
pub mod maven;
pub mod npm;
pub mod nuget;
pub mod os;
pub mod pnpm;
pub mod python;
pub mod ruby;
pub mod sbom;
pub mod vendored;
pub mod xml;
pub mod yarn;

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::context::Context;
use crate::i18n::tr;
use crate::model::{
    Collected, Collection, Diagnostic, Ecosystem, Package, Project, ProjectKind, ProjectRoot, Scope,
};

/// Records the package's source folder (if it exists) and the license files in it.
pub(crate) fn with_source(mut package: Package, dir: PathBuf) -> Package {
    if dir.is_dir() {
        package.license_files = crate::license::files::find(&dir);
        package.source_dir = Some(dir);
    }
    package
}

/// Collects every project, in parallel; a project that fails becomes an error diagnostic.
pub fn collect_all(roots: &[ProjectRoot], ctx: &Context) -> Collection {
    let results: Vec<_> = roots
        .par_iter()
        .map(|root| {
            let start = std::time::Instant::now();
            let result = collect(root, ctx);
            ctx.progress.step();
            (root, result, start.elapsed())
        })
        .collect();
    let mut collection = Collection::default();
    let mut packages = Vec::new();
    for (root, result, spent) in results {
        collection.per_kind.add(root.kind.as_str(), spent);
        match result {
            Ok(collected) => {
                // Paths inside the scanned folder shown relative to it, like every other path.
                collection
                    .warnings
                    .extend(collected.warnings.into_iter().map(|mut warning| {
                        if let Ok(inside) = warning.path.strip_prefix(&ctx.root) {
                            warning.path = inside.to_path_buf();
                        }
                        warning
                    }));
                collection.projects.push(Project {
                    root: root.clone(),
                    members: collected.members,
                    packages: collected.packages.len(),
                    sources: collected.sources,
                });
                packages.extend(collected.packages);
            }
            Err(error) => collection.errors.push(error),
        }
    }
    collection.packages = merge(packages);
    if ctx.system.is_some() {
        os::owners::fold(&mut collection, &ctx.root);
    }
    collection
}

fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    match root.kind {
        ProjectKind::Cargo => cargo::collect(root, ctx),
        ProjectKind::Npm => npm::collect(root, ctx),
        ProjectKind::Python => python::collect(root, ctx),
        ProjectKind::Go => go::collect(root, ctx),
        ProjectKind::Maven => maven::collect(root, ctx),
        ProjectKind::Gradle => maven::collect_gradle(root, ctx),
        ProjectKind::Composer => composer::collect(root, ctx),
        ProjectKind::Bundler => ruby::collect(root, ctx),
        ProjectKind::Nuget => nuget::collect(root, ctx),
        ProjectKind::Vendored => vendored::collect(root, ctx),
        ProjectKind::Sbom => sbom::collect(root, ctx),
        ProjectKind::Dpkg => os::dpkg::collect(root, ctx),
        ProjectKind::Apk => os::apk::collect(root, ctx),
        ProjectKind::Rpm => os::rpm::collect(root, ctx),
        ProjectKind::SitePackages => installed::python::collect(root, ctx),
        ProjectKind::NodeModules => npm::collect(root, ctx),
        ProjectKind::Jars => installed::jars::collect(root, ctx),
        ProjectKind::Gems => installed::gems::collect(root, ctx),
        ProjectKind::GoBinary => installed::binaries::collect_go(root, ctx),
        ProjectKind::RustBinary => installed::binaries::collect_rust(root, ctx),
    }
}

/// Scopes by reachability: each pass walks the graph from its seeds (a project's runtime, then
/// optional, then dev dependency lists) along `next`, and a package keeps the scope of the first
/// pass that reaches it. Packages no pass reaches are absent.
pub(crate) fn first_reach_scopes<Id, I>(
    passes: impl IntoIterator<Item = (Scope, Vec<Id>)>,
    mut next: impl FnMut(&Id) -> I,
) -> HashMap<Id, Scope>
where
    Id: Clone + Eq + Hash,
    I: IntoIterator<Item = Id>,
{
    let mut scopes = HashMap::new();
    for (scope, seeds) in passes {
        let mut queue: VecDeque<Id> = seeds.into();
        while let Some(id) = queue.pop_front() {
            if scopes.contains_key(&id) {
                continue;
            }
            queue.extend(next(&id));
            scopes.insert(id, scope);
        }
    }
    scopes
}

/// One entry per (ecosystem, name, version), sorted: the most significant scope, direct if direct
/// anywhere, every manifest that uses it; the first project's value of the rest. A stable sort
/// and one pass, with no key copied (a 150,000-package lockfile is merged in milliseconds).
fn merge(mut packages: Vec<Package>) -> Vec<Package> {
    fn key(p: &Package) -> (Ecosystem, &str, &str) {
        (p.ecosystem, &p.name, &p.version)
    }
    packages.sort_by(|a, b| key(a).cmp(&key(b)));
    let mut merged: Vec<Package> = Vec::with_capacity(packages.len());
    for package in packages {
        let Some(existing) = merged.last_mut().filter(|last| key(last) == key(&package)) else {
            merged.push(package);
            continue;
        };
        existing.scope = existing.scope.min(package.scope);
        existing.direct |= package.direct;
        if existing.declared.is_none() {
            existing.declared = package.declared;
        }
        if existing.source_dir.is_none() {
            existing.source_dir = package.source_dir;
        }
        if existing.archive.is_none() {
            existing.archive = package.archive;
        }
        union(&mut existing.manifests, package.manifests);
        union(&mut existing.license_files, package.license_files);
    }
    merged
}

/// A JSON object read as its (key, value) pairs, in file order: cheaper than a sorted map when the
/// keys are only iterated (npm's `packages` object has an entry per installed package).
#[derive(Debug, Default)]
pub(crate) struct Pairs<V>(pub Vec<(String, V)>);

impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for Pairs<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
            type Value = Pairs<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Pairs<V>, A::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        deserializer.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// Reads and parses a JSON file (`abs`); the error names the file (`rel`) and the line and column.
pub(crate) fn read_json<T: serde::de::DeserializeOwned>(
    abs: &std::path::Path,
    rel: &std::path::Path,
) -> Result<T, Diagnostic> {
    let text = read_text(abs, rel)?;
    serde_json::from_str(&text)
        .map_err(|e| Diagnostic::new(rel, tr!("read-invalid-json", error = e.to_string())))
}

/// Reads a text file (`abs`): UTF-8, no NUL bytes, within the size limit; the error names the
/// file (`rel`) and says where it goes wrong.
pub(crate) fn read_text(
    abs: &std::path::Path,
    rel: &std::path::Path,
) -> Result<String, Diagnostic> {
    crate::read::text(abs)
        .map_err(|e| Diagnostic::new(rel, tr!("read-cannot-read", error = e.to_string())))
}

/// Several declared licenses that are alternatives (`["MIT", "Apache 2.0"]`) as one
/// expression: `MIT OR (Apache 2.0)`, compound entries in parentheses. Blank entries are dropped.
pub(crate) fn any_of<S: AsRef<str>>(licenses: impl IntoIterator<Item = S>) -> Option<String> {
    let all: Vec<String> = licenses
        .into_iter()
        .map(|l| l.as_ref().trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    if all.len() == 1 {
        return all.into_iter().next();
    }
    let wrapped: Vec<String> = all
        .into_iter()
        .map(|l| if l.contains(' ') { format!("({l})") } else { l })
        .collect();
    (!wrapped.is_empty()).then(|| wrapped.join(" OR "))
}

fn union(into: &mut Vec<PathBuf>, more: Vec<PathBuf>) {
    into.extend(more);
    into.sort();
    into.dedup();
}

#[cfg(test)]
mod tests {
    use fluent_bundle::FluentValue;

    use crate::i18n::{Lang, message_in};

    fn text(value: &str) -> FluentValue<'_> {
        FluentValue::from(value)
    }

    #[test]
    fn shared_reading_messages_in_both_languages() {
        let error = [(
            "error",
            text("EOF while parsing a string at line 26 column 47"),
        )];
        assert_eq!(
            message_in(Lang::En, "read-invalid-json", &error),
            "invalid JSON: EOF while parsing a string at line 26 column 47"
        );
        assert_eq!(
            message_in(Lang::Fr, "read-invalid-json", &error),
            "JSON invalide\u{a0}: EOF while parsing a string at line 26 column 47"
        );
        let named = [("file", text("yarn.lock")), ("error", text("x"))];
        assert_eq!(
            message_in(Lang::Fr, "read-invalid-named", &named),
            "yarn.lock invalide\u{a0}: x"
        );
        let at = [
            ("line", FluentValue::from(7.0)),
            ("column", FluentValue::from(12.0)),
            ("message", text("closing tag without an opening tag")),
        ];
        assert_eq!(
            message_in(Lang::En, "read-at-line-column", &at),
            "line 7, column 12: closing tag without an opening tag"
        );
        assert_eq!(
            message_in(Lang::Fr, "read-at-line-column", &at),
            "ligne 7, colonne 12\u{a0}: closing tag without an opening tag"
        );
    }

    #[test]
    fn missing_packages_agree_in_number_in_french() {
        let missing = |count: f64, lockfile: &str| {
            message_in(
                Lang::Fr,
                "npm-not-installed-not-cached",
                &[
                    ("missing", FluentValue::from(count)),
                    ("lockfile", text(lockfile)),
                    ("manager", text("pnpm")),
                    (
                        "install",
                        text("pnpm install --frozen-lockfile --ignore-scripts"),
                    ),
                ],
            )
        };
        assert!(
            missing(1.0, "no").starts_with(
                "1 paquet n'est pas installé et n'a pas pu être lu dans le magasin de pnpm\u{a0};"
            ),
            "{}",
            missing(1.0, "no")
        );
        assert!(
            missing(3.0, "yes").starts_with(
                "3 paquets n'ont pas de licence dans le fichier de verrouillage, ne sont pas installés"
            ),
            "{}",
            missing(3.0, "yes")
        );
        // The English text is the one the messages had before the catalogue.
        let english = message_in(
            Lang::En,
            "npm-not-installed-not-cached",
            &[
                ("missing", FluentValue::from(8.0)),
                ("lockfile", text("yes")),
                ("manager", text("npm")),
                ("install", text("npm ci --ignore-scripts")),
            ],
        );
        assert_eq!(
            english,
            "8 package(s) have no license in the lockfile, are not installed and could not be read \
             from npm's cache; run `npm ci --ignore-scripts`, or give the folder a CI restored \
             npm's cache to with `--cache-root`"
        );
    }

    #[test]
    fn refused_license_files_read_on_from_the_name() {
        use crate::license::files::Refused;
        assert_eq!(
            Refused::Outside.message("`License-File: ../x`"),
            "`License-File: ../x` points outside the package; not read"
        );
        let french = message_in(
            Lang::Fr,
            "license-file-refused",
            &[
                ("named", text("`SEE LICENSE IN ../x`")),
                ("why", text("link")),
            ],
        );
        assert_eq!(
            french,
            "`SEE LICENSE IN ../x` est un lien symbolique qui sort du paquet\u{a0}; non lu"
        );
    }

    #[test]
    fn every_category_and_obligation_has_its_description() {
        use crate::license::catalog::{Category, Obligation};
        for lang in Lang::ALL {
            for category in Category::ALL {
                let id = format!("license-category-{}", category.as_str());
                assert_ne!(message_in(*lang, &id, &[]), id);
            }
            for obligation in Obligation::ALL {
                let id = format!("license-obligation-{}", obligation.as_str());
                assert_ne!(message_in(*lang, &id, &[]), id);
            }
        }
        assert_eq!(Category::Proprietary.description(), "No open-source grant.");
    }
}
