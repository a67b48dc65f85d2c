//! npm adapter: `package-lock.json` / `npm-shrinkwrap.json` (lockfile versions 1, 2 and 3), or the
//! installed `node_modules` tree when there is no lockfile.
//!
//! v2/v3 lockfiles list every installed package under `packages`, keyed by its folder
//! (`node_modules/a/node_modules/b`), with `dev` / `optional` / `devOptional` flags and, since npm 7,
//! the `license`. v1 lockfiles nest `dependencies` and carry no license, so licenses come from
//! `node_modules/<path>/package.json`. Entries outside `node_modules` are the project's own
//! (workspace) packages.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::read_json;
use serde::Deserialize;

use crate::context::Context;
use crate::i18n::tr;
use crate::license::files;
use crate::model::{
    Collected, Diagnostic, Ecosystem, Member, Package, ProjectKind, ProjectRoot, Scope,
};

/// How deep nested `node_modules` folders are followed when walking an installed tree.
const MAX_NESTING: usize = 32;

/// Collects one npm project.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    // The project's own `.npmrc` may name its cache (`cache=.npm`), searched before the others.
    let own_npm_cache = ctx
        .home
        .as_deref()
        .and_then(|home| crate::places::npmrc_cache(&dir.join(".npmrc"), home))
        .map(|cache| cache.join("_cacache"))
        .filter(|cache| cache.is_dir() && !ctx.caches.npm.contains(cache));
    let project = Project {
        own_npm_cache,
        installed_tree: dir.join("node_modules").is_dir(),
        tree: ctx.root.canonicalize().unwrap_or_else(|_| ctx.root.clone()),
        links_out: std::cell::RefCell::default(),
        damaged: std::cell::Cell::new(0),
        dir,
        root,
        home: ctx.home.as_deref(),
        ctx,
    };
    // A system's global `node_modules` (`/usr/local/lib/node_modules`) has no package.json.
    let manifest: Manifest = if root.manifest.ends_with("package.json") {
        read_json(&ctx.root.join(&root.manifest), &root.manifest)?
    } else {
        Manifest::default()
    };
    let lockfile = root
        .lockfile
        .as_ref()
        .map(|lock| (ctx.root.join(lock), lock));
    let mut manager = Manager::Npm;
    let mut collected = match lockfile {
        Some((abs, rel)) if rel.ends_with("pnpm-lock.yaml") => {
            manager = Manager::Pnpm;
            let text = super::read_text(&abs, rel)?;
            let lock = super::pnpm::parse(&text)
                .and_then(|lock| super::pnpm::check(&lock).map(|()| lock))
                .map_err(|e| {
                    Diagnostic::new(
                        rel,
                        tr!(
                            "read-invalid-named",
                            file = "pnpm-lock.yaml",
                            error = e.to_string()
                        ),
                    )
                })?;
            project.collect_pnpm(&lock)
        }
        Some((abs, rel)) if rel.ends_with("yarn.lock") => {
            let text = super::read_text(&abs, rel)?;
            let lock = super::yarn::parse(&text).map_err(|e| {
                Diagnostic::new(
                    rel,
                    tr!(
                        "read-invalid-named",
                        file = "yarn.lock",
                        error = e.to_string()
                    ),
                )
            })?;
            manager = match lock.berry {
                true => Manager::YarnBerry,
                false => Manager::YarnClassic,
            };
            project.collect_yarn(&lock, &manifest)
        }
        Some((abs, rel)) => {
            let lock: Lockfile = read_json(&abs, rel)?;
            match (lock.packages, &lock.dependencies) {
                (Some(packages), _) => project.collect_packages(packages.0, &manifest),
                (None, Some(dependencies)) => project.collect_v1(dependencies, &manifest),
                (None, None) => Collected::default(),
            }
        }
        None => project.collect_node_modules(&manifest),
    };
    collected.members.push(Member {
        name: manifest
            .name
            .clone()
            .unwrap_or_else(|| display_dir(&root.dir)),
        version: manifest.version.clone().unwrap_or_default(),
        declared: manifest.declared_license(),
        license: None,
    });
    collected.members.sort();
    project.warn_about_missing_licenses(&mut collected, &manifest, manager);
    if root.kind == ProjectKind::NodeModules {
        for package in &mut collected.packages {
            package.installed_at = package
                .source_dir
                .as_ref()
                .and_then(|dir| dir.strip_prefix(&ctx.root).ok())
                .map(|dir| dir.join("package.json"));
        }
    }
    let links_out = project.links_out.take();
    if let Some(first) = links_out.first() {
        collected.warnings.push(Diagnostic::new(
            root.dir.join(first),
            match links_out.len() - 1 {
                0 => tr!("npm-link-out"),
                more => tr!("npm-links-out", more = more),
            },
        ));
    }
    Ok(collected)
}

/// Which package manager's lockfile a project has: where its packages are cached, and what
/// installs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Manager {
    Npm,
    YarnClassic,
    YarnBerry,
    Pnpm,
}

impl Manager {
    /// The manager's cache, as the catalogue's messages select it (`manager`: `npm`, `yarn`,
    /// `pnpm`; `archive`: what holds one package there, `tarball`, `zip`, `entry`), and where it
    /// is by default.
    fn cache(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Manager::Npm => ("npm", "tarball", "`npm_config_cache`, `~/.npmrc`, `~/.npm`"),
            Manager::YarnClassic => (
                "yarn",
                "tarball",
                "`YARN_CACHE_FOLDER`, `.yarnrc`, `~/.cache/yarn`",
            ),
            Manager::YarnBerry => (
                "yarn",
                "zip",
                "`.yarn/cache`, `YARN_GLOBAL_FOLDER`, `~/.yarn/berry/cache`",
            ),
            Manager::Pnpm => (
                "pnpm",
                "entry",
                "`store-dir`, `npm_config_store_dir`, `~/.local/share/pnpm/store`",
            ),
        }
    }

    /// The command that installs the project without running its scripts, filling the cache.
    fn install(self) -> &'static str {
        match self {
            Manager::Npm => "npm ci --ignore-scripts",
            Manager::YarnClassic => "yarn install --frozen-lockfile --ignore-scripts",
            Manager::YarnBerry => "yarn install --immutable --mode=skip-build",
            Manager::Pnpm => "pnpm install --frozen-lockfile --ignore-scripts",
        }
    }
}

/// `package.json`, as far as licenses and dependencies go.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Manifest {
    name: Option<String>,
    version: Option<String>,
    license: Option<LicenseField>,
    /// Legacy form: `"licenses": [{"type": "MIT", "url": "…"}]` (or a single object or string).
    licenses: Option<Licenses>,
    #[serde(default)]
    dependencies: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    dev_dependencies: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    optional_dependencies: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    peer_dependencies: BTreeMap<String, serde_json::Value>,
}

/// The legacy `licenses` value: usually a list, sometimes one entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Licenses {
    List(Vec<LicenseField>),
    One(LicenseField),
}

impl Licenses {
    fn entries(&self) -> &[LicenseField] {
        match self {
            Licenses::List(list) => list,
            Licenses::One(one) => std::slice::from_ref(one),
        }
    }
}

/// A `license` value: the SPDX string, or the legacy `{"type": …, "url": …}` object.
#[derive(Debug, Clone)]
enum LicenseField {
    Text(String),
    Object {
        kind: Option<String>,
        /// The license's page (`http://opensource.org/licenses/MIT`): what decides when the
        /// `type` is missing or not a license ossdoo knows.
        url: Option<String>,
    },
    /// `"license": ["MIT", "Apache2"]`, seen in old packages: alternatives.
    List(Vec<String>),
    /// Anything else (a number, a list that is not of strings): no license.
    Other,
}

/// By the JSON value's own type, in one pass: serde's `untagged` would buffer every value of a
/// 150,000-entry lockfile before trying each shape in turn.
impl<'de> Deserialize<'de> for LicenseField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct Field;
        impl<'de> Visitor<'de> for Field {
            type Value = LicenseField;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                // i18n: inside serde's English error sentence
                f.write_str("a license string, object or list")
            }
            fn visit_str<E>(self, text: &str) -> Result<LicenseField, E> {
                Ok(LicenseField::Text(text.to_owned()))
            }
            fn visit_string<E>(self, text: String) -> Result<LicenseField, E> {
                Ok(LicenseField::Text(text))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LicenseField, A::Error> {
                let (mut kind, mut url) = (None, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key == "type" && kind.is_none() {
                        kind = map.next_value::<StringOrNot>()?.0;
                    } else if key == "url" && url.is_none() {
                        url = map.next_value::<StringOrNot>()?.0;
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(LicenseField::Object { kind, url })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LicenseField, A::Error> {
                let (mut list, mut all_strings) = (Vec::new(), true);
                while let Some(StringOrNot(item)) = seq.next_element()? {
                    match item {
                        Some(text) => list.push(text),
                        None => all_strings = false,
                    }
                }
                Ok(if all_strings {
                    LicenseField::List(list)
                } else {
                    LicenseField::Other
                })
            }
            fn visit_bool<E>(self, _: bool) -> Result<LicenseField, E> {
                Ok(LicenseField::Other)
            }
            fn visit_i64<E>(self, _: i64) -> Result<LicenseField, E> {
                Ok(LicenseField::Other)
            }
            fn visit_u64<E>(self, _: u64) -> Result<LicenseField, E> {
                Ok(LicenseField::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<LicenseField, E> {
                Ok(LicenseField::Other)
            }
            fn visit_unit<E>(self) -> Result<LicenseField, E> {
                Ok(LicenseField::Other)
            }
        }
        deserializer.deserialize_any(Field)
    }
}

/// Any JSON value, kept when it is a string.
struct StringOrNot(Option<String>);

impl<'de> Deserialize<'de> for StringOrNot {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(text) => Ok(StringOrNot(Some(text))),
            _ => Ok(StringOrNot(None)),
        }
    }
}

impl LicenseField {
    fn text(&self) -> Option<String> {
        match self {
            LicenseField::Text(text) => Some(text.clone()),
            LicenseField::Object { kind, url } => object_license(kind.as_deref(), url.as_deref()),
            LicenseField::List(list) => super::any_of(list.iter().map(String::as_str)),
            LicenseField::Other => None,
        }
    }
}

/// A legacy `{type, url}` license: its `type` when that is a license ossdoo knows, else its
/// `url` when that is a well-known license page (`{"type": "GPL", "url":
/// "http://www.gnu.org/licenses/gpl-2.0.html"}`), else whichever is there.
fn object_license(kind: Option<&str>, url: Option<&str>) -> Option<String> {
    use crate::license::normalize::{Normalized, normalize};
    let known = |text: &str| {
        spdx::Expression::parse(text).is_ok()
            || matches!(normalize(text), Normalized::Expression { .. })
    };
    match (kind, url) {
        (Some(kind), _) if known(kind) => Some(kind.to_owned()),
        (_, Some(url)) if known(url) => Some(url.to_owned()),
        (kind, url) => kind.or(url).map(str::to_owned),
    }
}

impl Manifest {
    /// The declared license as one string; several legacy `licenses` entries are alternatives.
    fn declared_license(&self) -> Option<String> {
        if let Some(text) = self.license.as_ref().and_then(LicenseField::text) {
            return Some(text);
        }
        let all: Vec<String> = self
            .licenses
            .iter()
            .flat_map(Licenses::entries)
            .filter_map(LicenseField::text)
            .collect();
        super::any_of(all.iter().map(String::as_str))
    }

    /// Names this package depends on directly, in any dependency list.
    fn dependency_names(&self) -> impl Iterator<Item = &String> {
        self.dependencies
            .keys()
            .chain(self.dev_dependencies.keys())
            .chain(self.optional_dependencies.keys())
            .chain(self.peer_dependencies.keys())
    }
}

/// The parts of `package-lock.json` ossdoo reads; anything else is ignored.
#[derive(Debug, Deserialize)]
struct Lockfile {
    /// v2 and v3: every installed package, keyed by folder.
    packages: Option<super::Pairs<LockPackage>>,
    /// v1 (and v2, for old npm): nested dependency tree.
    dependencies: Option<BTreeMap<String, V1Dependency>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LockPackage {
    name: Option<String>,
    version: Option<String>,
    license: Option<LicenseField>,
    #[serde(default)]
    dev: bool,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    dev_optional: bool,
    #[serde(default)]
    link: bool,
    /// The tarball's hash (`sha512-…`): its address in npm's cache.
    integrity: Option<String>,
}

impl LockPackage {
    fn declared(&self) -> Option<String> {
        self.license.as_ref().and_then(LicenseField::text)
    }
}

#[derive(Debug, Deserialize)]
struct V1Dependency {
    version: Option<String>,
    /// The tarball's hash: its address in npm's cache.
    integrity: Option<String>,
    #[serde(default)]
    dev: bool,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    dependencies: BTreeMap<String, V1Dependency>,
}

/// One npm project being collected.
struct Project<'a> {
    /// Absolute project folder.
    dir: PathBuf,
    root: &'a ProjectRoot,
    /// The user's home folder, where Yarn keeps its global cache.
    home: Option<&'a Path>,
    /// The npm cache the project's own `.npmrc` names, when it is not one of the others.
    own_npm_cache: Option<PathBuf>,
    /// Whether `node_modules` is installed: when it is not, no package folder is looked for (a
    /// lockfile of 150,000 packages would cost as many failed file-system lookups).
    installed_tree: bool,
    /// The scanned folder, links resolved: package folders that are links must stay inside it.
    tree: PathBuf,
    /// The package folders (`node_modules/…` keys) that are links out of the scanned folder, and
    /// so were not read.
    links_out: std::cell::RefCell<std::collections::BTreeSet<String>>,
    /// How many packages with no declared license have a damaged entry in a cache: they have a
    /// warning of their own.
    damaged: std::cell::Cell<usize>,
    /// The scan's settings: the package managers' caches, for packages that are not installed.
    ctx: &'a Context,
}

impl Project<'_> {
    /// Lockfile v2/v3: the flat `packages` map.
    fn collect_packages(
        &self,
        packages: Vec<(String, LockPackage)>,
        manifest: &Manifest,
    ) -> Collected {
        let mut collected = Collected::default();
        // Folders (outside node_modules) holding the project's own packages: root and workspaces.
        let mut member_dirs: BTreeSet<String> = BTreeSet::from([String::new()]);
        let mut direct_names: BTreeSet<String> = manifest.dependency_names().cloned().collect();
        for (key, entry) in &packages {
            if key.is_empty() || entry.link || split_node_modules_key(key).is_some() {
                continue;
            }
            member_dirs.insert(key.clone());
            // A workspace's own package.json says what it depends on directly.
            if let Some(workspace) = self.installed(key) {
                direct_names.extend(workspace.dependency_names().cloned());
            }
            collected.members.push(Member {
                name: entry.name.clone().unwrap_or_else(|| key.clone()),
                version: entry.version.clone().unwrap_or_default(),
                declared: entry.declared(),
                license: None,
            });
        }
        collected.packages.reserve(packages.len());
        let mut cached = Vec::new();
        for (key, entry) in packages {
            // Links point at a folder that has an entry of its own.
            let Some((parent, folder_name)) = split_node_modules_key(&key) else {
                continue;
            };
            if entry.link {
                continue;
            }
            let declared = entry.declared();
            let name = entry.name.unwrap_or_else(|| folder_name.to_owned());
            let scope = if entry.dev || entry.dev_optional {
                Scope::Dev
            } else if entry.optional {
                Scope::Optional
            } else {
                Scope::Runtime
            };
            let direct = member_dirs.contains(parent) && direct_names.contains(folder_name);
            // npm omits the license from some entries; the installed package.json may have it.
            let declared =
                declared.or_else(|| self.installed(&key).and_then(|m| m.declared_license()));
            let package = self.package(&key, name, entry.version, scope, direct, declared);
            if package.source_dir.is_none() && self.may_use_npm_cache() {
                if let Some(integrity) = entry.integrity {
                    cached.push((collected.packages.len(), integrity));
                }
            }
            collected.packages.push(package);
        }
        self.read_cache(&mut collected, cached);
        collected
    }

    /// Whether there is an npm cache to read packages that are not installed from.
    fn may_use_npm_cache(&self) -> bool {
        !self.ctx.caches.npm.is_empty() || self.own_npm_cache.is_some()
    }

    /// Packages that are not installed, read from npm's cache by their lockfile `integrity`
    /// (`cached`: index in `collected.packages`, integrity): the declaration and license files
    /// of the tarball, as an installed tree would give them. In parallel: each is a file read,
    /// a hash and a decompression.
    fn read_cache(&self, collected: &mut Collected, cached: Vec<(usize, String)>) {
        use super::caches::npm::{Lookup, lookup, may_be_cached};
        use rayon::prelude::*;
        let mut listed = self.ctx.caches.npm.clone();
        // One lookup per tarball (nested copies of a package share one), and only for the
        // tarballs whose content folder exists.
        let global = if listed.is_empty() {
            &[]
        } else {
            self.ctx.caches.npm_caches()
        };
        // The project's own cache first, when its `.npmrc` names one.
        let with_own: Vec<crate::places::npm::Index>;
        let caches = match &self.own_npm_cache {
            Some(dir) => {
                with_own = std::iter::once(crate::places::npm::Index::list(dir))
                    .chain(global.iter().cloned())
                    .collect();
                listed.insert(0, dir.clone());
                &with_own[..]
            }
            None => global,
        };
        let mut distinct: Vec<&str> = cached
            .iter()
            .map(|(_, integrity)| integrity.as_str())
            .filter(|integrity| may_be_cached(caches, integrity))
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        let found: rustc_hash::FxHashMap<&str, Lookup> = distinct
            .par_iter()
            .map(|integrity| (*integrity, lookup(caches, integrity)))
            .collect();
        let results = cached
            .iter()
            .filter_map(|(at, integrity)| Some((*at, found.get(integrity.as_str())?)));
        self.apply_cached(collected, results, Manager::Npm, &listed);
    }

    /// Applies what the caches held for packages that are not installed (`results`: index in
    /// `collected.packages`, lookup): the declaration (when the lockfile has none) and license
    /// files of those found; the reason for the others, naming the `searched` folders; one
    /// warning for the damaged ones.
    fn apply_cached<'l>(
        &self,
        collected: &mut Collected,
        results: impl Iterator<Item = (usize, &'l super::caches::npm::Lookup)>,
        manager: Manager,
        searched: &[PathBuf],
    ) {
        use super::caches::npm::Lookup;
        let (key, archive, defaults) = manager.cache();
        let tree = if self.installed_tree { "yes" } else { "no" };
        let not_found: std::sync::Arc<str> = if searched.is_empty() {
            tr!(
                "npm-not-found-nowhere",
                tree = tree,
                manager = key,
                defaults = defaults,
                install = manager.install()
            )
        } else {
            let shown: Vec<String> = searched.iter().map(|c| self.ctx.display(c)).collect();
            tr!(
                "npm-not-found-searched",
                tree = tree,
                manager = key,
                folders = shown.join(", "),
                install = manager.install()
            )
        }
        .into();
        let mut damaged = Vec::new();
        let mut read = vec![false; collected.packages.len()];
        for (at, found) in results {
            let package = &mut collected.packages[at];
            match found {
                Lookup::Found(cached) => {
                    read[at] = true;
                    if package.declared.is_none() {
                        if let Some((path, bytes)) = &cached.manifest {
                            package.declared = serde_json::from_slice::<Manifest>(bytes)
                                .ok()
                                .and_then(|m| m.declared_license());
                            package.declared_in = Some(path.clone());
                        }
                    }
                    package.license_files.clone_from(&cached.license_files);
                    package.license_texts.clone_from(&cached.license_texts);
                }
                Lookup::Missing => {}
                Lookup::Damaged { path, why } => {
                    if package.declared.is_none() {
                        self.damaged.set(self.damaged.get() + 1);
                    }
                    package.not_found = Some(
                        tr!(
                            "npm-cache-damaged",
                            archive = archive,
                            manager = key,
                            why = why.to_string()
                        )
                        .into(),
                    );
                    damaged.push((package.name.clone(), path, why));
                }
            }
        }
        // The report says where the packages that are not installed were read.
        if read.contains(&true) {
            collected
                .sources
                .extend(searched.iter().map(|dir| crate::model::Source {
                    what: tr!("npm-read-from-cache", manager = key),
                    path: self.ctx.display(dir),
                }));
        }
        for (package, read) in collected.packages.iter_mut().zip(read) {
            if package.source_dir.is_none() && !read && package.not_found.is_none() {
                package.not_found = Some(not_found.clone());
            }
        }
        let path = self.root.lockfile.as_ref().unwrap_or(&self.root.manifest);
        if let Some((name, damaged_path, why)) = damaged.first() {
            collected.warnings.push(Diagnostic::new(
                path,
                tr!(
                    "npm-damaged-packages",
                    count = damaged.len(),
                    archive = archive,
                    manager = key,
                    name = name,
                    path = self.ctx.display(damaged_path),
                    why = why.to_string()
                ),
            ));
        }
    }

    /// `yarn.lock` packages that are not installed (`wanted`: index in `collected.packages`,
    /// index of the lockfile entry), read from Yarn's caches: classic's folders, verified by the
    /// lockfile's `integrity`, or Berry's zips, verified by its `checksum`.
    fn read_yarn_cache(
        &self,
        collected: &mut Collected,
        lock: &super::yarn::YarnLock,
        wanted: Vec<(usize, usize)>,
    ) {
        use super::caches::yarn::{BerryCache, Checksum, ClassicEntry, classic_lookup};
        use rayon::prelude::*;
        let js = &self.ctx.caches.js;
        // Patched copies (`typescript@patch:…`), git and file packages have no registry zip: a
        // patched copy is given what its plain version's entry found (`copies`: index in
        // `collected.packages`, index in `results`).
        let mut copies: Vec<(usize, usize)> = Vec::new();
        let (results, searched, manager): (Vec<_>, Vec<PathBuf>, _) = if lock.berry {
            let cache = BerryCache::for_project(&self.dir, self.home, js);
            let searched = cache.folders().map(|f| f.dir.clone()).collect();
            let (npm, other): (Vec<_>, Vec<_>) =
                (wanted.iter()).partition(|&&(_, index)| lock.entries[index].is_npm());
            let results: Vec<_> = npm
                .par_iter()
                .map(|&&(at, index)| {
                    let entry = &lock.entries[index];
                    let checksum = (entry.checksum.as_deref())
                        .and_then(|c| Checksum::parse(c, lock.cache_key.as_deref()));
                    let found = cache.lookup(&entry.name, &entry.version, checksum, true);
                    (at, found)
                })
                .collect();
            let id = |index: usize| {
                let entry = &lock.entries[index];
                (entry.name.as_str(), entry.version.as_str())
            };
            let plain: HashMap<(&str, &str), usize> = (npm.iter().enumerate())
                .map(|(i, &&(_, index))| (id(index), i))
                .collect();
            copies = (other.iter())
                .filter_map(|&&(at, index)| Some((at, *plain.get(&id(index))?)))
                .collect();
            (results, searched, Manager::YarnBerry)
        } else {
            let local = crate::places::js::project_yarn_classic(&self.dir, self.home);
            let caches: Vec<&crate::places::js::Listed> =
                local.iter().chain(js.classic()).collect();
            let searched = caches.iter().map(|c| c.dir.clone()).collect();
            let results = wanted
                .par_iter()
                .map(|&(at, index)| {
                    let entry = &lock.entries[index];
                    let classic = ClassicEntry {
                        name: &entry.name,
                        version: &entry.version,
                        resolved: entry.resolved.as_deref(),
                        integrity: entry.integrity.as_deref(),
                    };
                    (at, classic_lookup(&caches, &classic))
                })
                .collect();
            (results, searched, Manager::YarnClassic)
        };
        let copied = copies.iter().map(|&(at, i)| (at, &results[i].1));
        let results = results.iter().map(|(at, found)| (*at, found)).chain(copied);
        self.apply_cached(collected, results, manager, &searched);
    }

    /// `pnpm-lock.yaml` packages that are not installed (`wanted`: index in
    /// `collected.packages`, integrity), read from pnpm's stores through their index.
    fn read_pnpm_store(&self, collected: &mut Collected, wanted: Vec<(usize, String)>) {
        use rayon::prelude::*;
        let mut stores = crate::places::js::project_pnpm(&self.dir, self.home);
        for store in &self.ctx.caches.js.pnpm {
            if !stores.contains(store) {
                stores.push(store.clone());
            }
        }
        let results: Vec<_> = wanted
            .par_iter()
            .map(|(at, integrity)| {
                let package = &collected.packages[*at];
                let found = super::caches::pnpm::lookup(
                    &stores,
                    &package.name,
                    &package.version,
                    integrity,
                );
                (*at, found)
            })
            .collect();
        let results = results.iter().map(|(at, found)| (*at, found));
        self.apply_cached(collected, results, Manager::Pnpm, &stores);
    }

    /// Lockfile v1: the nested `dependencies` tree; licenses come from `node_modules`.
    fn collect_v1(
        &self,
        dependencies: &BTreeMap<String, V1Dependency>,
        manifest: &Manifest,
    ) -> Collected {
        let mut collected = Collected::default();
        let mut cached = Vec::new();
        let direct_names: BTreeSet<&String> = manifest.dependency_names().collect();
        let mut stack: Vec<(String, &String, &V1Dependency)> = dependencies
            .iter()
            .map(|(n, d)| (format!("node_modules/{n}"), n, d))
            .collect();
        while let Some((key, folder_name, dep)) = stack.pop() {
            stack.extend(
                dep.dependencies
                    .iter()
                    .map(|(n, d)| (format!("{key}/node_modules/{n}"), n, d)),
            );
            let installed = self.installed(&key);
            // `"version": "npm:real-name@1.2.3"` is an alias.
            let (name, version) = match dep.version.as_deref().and_then(|v| v.strip_prefix("npm:"))
            {
                Some(alias) => match alias.rsplit_once('@').filter(|(n, _)| !n.is_empty()) {
                    Some((n, v)) => (n.to_owned(), Some(v.to_owned())),
                    None => (folder_name.clone(), Some(alias.to_owned())),
                },
                None => (folder_name.clone(), dep.version.clone()),
            };
            // Non-registry versions (`git+https://…`, `file:…`) are not versions; npm knows better.
            let version = match version {
                Some(v) if v.contains(':') => installed
                    .as_ref()
                    .and_then(|m| m.version.clone())
                    .or(Some(v)),
                other => other,
            };
            let scope = match (dep.dev, dep.optional) {
                (true, _) => Scope::Dev,
                (false, true) => Scope::Optional,
                _ => Scope::Runtime,
            };
            let direct = !key["node_modules/".len()..].contains("node_modules/")
                && direct_names.contains(folder_name);
            let declared = installed.and_then(|m| m.declared_license());
            let package = self.package(&key, name, version, scope, direct, declared);
            if package.source_dir.is_none() && self.may_use_npm_cache() {
                if let Some(integrity) = &dep.integrity {
                    cached.push((collected.packages.len(), integrity.clone()));
                }
            }
            collected.packages.push(package);
        }
        // v1 lockfiles record no licenses: without node_modules, the cache is the only source.
        self.read_cache(&mut collected, cached);
        collected
    }

    /// `yarn.lock`: the entries reachable from the root's (and Berry workspaces') dependency lists,
    /// scoped by which list reaches them first; licenses from the installed `node_modules`.
    fn collect_yarn(&self, lock: &super::yarn::YarnLock, manifest: &Manifest) -> Collected {
        let mut collected = Collected::default();
        let mut installed: BTreeMap<String, Manifest> = BTreeMap::new();
        self.walk_node_modules("node_modules", 0, &mut installed, &mut collected.warnings);
        let mut folder_of: HashMap<(String, String), &str> = HashMap::new();
        for (key, package) in &installed {
            if let (Some((_, folder)), Some(version)) =
                (split_node_modules_key(key), &package.version)
            {
                let name = package.name.clone().unwrap_or_else(|| folder.to_owned());
                folder_of.entry((name, version.clone())).or_insert(key);
            }
        }
        let roots = |deps: &BTreeMap<String, serde_json::Value>| -> Vec<usize> {
            deps.iter()
                .filter_map(|(name, range)| lock.resolve(name, range.as_str().unwrap_or_default()))
                .collect()
        };
        let workspace_deps: Vec<usize> = lock
            .entries
            .iter()
            .filter(|e| e.workspace && !e.root)
            .flat_map(|e| {
                e.dependencies
                    .iter()
                    .filter_map(|(n, r)| lock.resolve(n, r))
            })
            .collect();
        let mut runtime = roots(&manifest.dependencies);
        runtime.extend(roots(&manifest.peer_dependencies));
        runtime.extend(&workspace_deps);
        let passes = [
            (Scope::Runtime, runtime.clone()),
            (Scope::Optional, roots(&manifest.optional_dependencies)),
            (Scope::Dev, roots(&manifest.dev_dependencies)),
        ];
        let direct: BTreeSet<usize> = passes
            .iter()
            .flat_map(|(_, seeds)| seeds.iter().copied())
            .collect();
        let scopes = super::first_reach_scopes(passes, |&index| {
            lock.entries[index]
                .dependencies
                .iter()
                .filter_map(|(n, r)| lock.resolve(n, r))
                .collect::<Vec<_>>()
        });
        let pnp = super::yarn::PnpCache::find(&self.dir, self.home, &self.ctx.caches.js);
        let mut cached = Vec::new();
        for (index, entry) in lock.entries.iter().enumerate() {
            if entry.workspace {
                continue;
            }
            if let Some(pnp) = &pnp {
                // A patched copy's checksum is not its registry zip's: the zip is found by name.
                let checksum = (entry.checksum.as_deref())
                    .filter(|_| entry.is_npm())
                    .and_then(|c| {
                        super::caches::yarn::Checksum::parse(c, lock.cache_key.as_deref())
                    });
                let mut package = self.pnp_package(pnp, &entry.name, &entry.version, checksum);
                package.scope = scopes.get(&index).copied().unwrap_or(Scope::Runtime);
                package.direct = direct.contains(&index);
                collected.packages.push(package);
                continue;
            }
            let key = folder_of
                .get(&(entry.name.clone(), entry.version.clone()))
                .map_or_else(
                    || format!("node_modules/{}", entry.name),
                    |k| (*k).to_owned(),
                );
            let declared = installed.get(&key).and_then(|m| m.declared_license());
            let scope = scopes.get(&index).copied().unwrap_or(Scope::Runtime);
            let package = self.package(
                &key,
                entry.name.clone(),
                Some(entry.version.clone()),
                scope,
                direct.contains(&index),
                declared,
            );
            if package.source_dir.is_none() {
                cached.push((collected.packages.len(), index));
            }
            collected.packages.push(package);
        }
        if pnp.is_none() {
            self.read_yarn_cache(&mut collected, lock, cached);
        }
        collected
    }

    /// `pnpm-lock.yaml`: the importers' dependency lists give direct packages and scopes, the
    /// lockfile's graph the rest; licenses from pnpm's store layout, `node_modules/.pnpm`.
    fn collect_pnpm(&self, lock: &super::pnpm::Node) -> Collected {
        use super::pnpm::{graph, plain_version, split_package_key};
        let mut collected = Collected::default();
        // v9 (and v6 workspaces) list importers; a v6 single project keeps its lists at the top.
        let importers: Vec<&super::pnpm::Node> = match lock.get("importers") {
            Some(importers) => importers.children.iter().map(|(_, n)| n).collect(),
            None => vec![lock],
        };
        let mut passes: Vec<(Scope, Vec<String>)> = Vec::new();
        for (section, scope) in [
            ("dependencies", Scope::Runtime),
            ("optionalDependencies", Scope::Optional),
            ("devDependencies", Scope::Dev),
        ] {
            let seeds = importers
                .iter()
                .flat_map(|importer| importer.entries(section))
                .filter_map(|(name, spec)| {
                    let version = spec
                        .get("version")
                        .and_then(|v| v.value.as_deref())
                        .or(spec.value.as_deref())?;
                    let version = plain_version(version)?;
                    Some(if version.contains('@') && !version.starts_with('@') {
                        version.to_owned()
                    } else {
                        format!("{name}@{version}")
                    })
                })
                .collect();
            passes.push((scope, seeds));
        }
        let direct: BTreeSet<String> = passes
            .iter()
            .flat_map(|(_, seeds)| seeds.iter().cloned())
            .collect();
        let graph = graph(lock);
        let scopes = super::first_reach_scopes(passes, |id| {
            graph
                .get(id)
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
        });
        let store = self.pnpm_store();
        let mut cached = Vec::new();
        for (key, node) in lock.entries("packages") {
            let Some((name, version)) = split_package_key(key) else {
                continue;
            };
            let id = format!("{name}@{version}");
            let (folder, declared) = store
                .get(&(name.to_owned(), version.to_owned()))
                .cloned()
                .unwrap_or_else(|| (format!("node_modules/.pnpm/{id}/node_modules/{name}"), None));
            let scope = scopes.get(&id).copied().unwrap_or(Scope::Runtime);
            let package = self.package(
                &folder,
                name.to_owned(),
                Some(version.to_owned()),
                scope,
                direct.contains(&id),
                declared,
            );
            if package.source_dir.is_none() {
                if let Some(integrity) = super::pnpm::integrity(node) {
                    cached.push((collected.packages.len(), integrity.to_owned()));
                }
            }
            collected.packages.push(package);
        }
        self.read_pnpm_store(&mut collected, cached);
        collected
    }

    /// pnpm's store: the `node_modules/.pnpm/<entry>/node_modules/<name>` folder and declared
    /// license of each installed (name, version), each package.json read once.
    fn pnpm_store(&self) -> HashMap<(String, String), (String, Option<String>)> {
        let mut store = HashMap::new();
        let root = self.dir.join("node_modules").join(".pnpm");
        let Ok(entries) = std::fs::read_dir(&root) else {
            return store;
        };
        let mut entries: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        entries.sort();
        for entry in entries {
            let node_modules = format!("node_modules/.pnpm/{entry}/node_modules");
            for folder in package_folders(&self.dir.join(&node_modules)) {
                let key = format!("{node_modules}/{folder}");
                if let Some(manifest) = self.installed(&key) {
                    let name = manifest.name.clone().unwrap_or(folder);
                    let version = manifest.version.clone().unwrap_or_default();
                    store
                        .entry((name, version))
                        .or_insert((key, manifest.declared_license()));
                }
            }
        }
        store
    }

    /// No lockfile: walk `node_modules`, and derive scopes from the dependency graph.
    fn collect_node_modules(&self, manifest: &Manifest) -> Collected {
        let mut collected = Collected::default();
        let mut installed: BTreeMap<String, Manifest> = BTreeMap::new();
        self.walk_node_modules("node_modules", 0, &mut installed, &mut collected.warnings);
        let scopes = installed_scopes(manifest, &installed);
        for (key, package) in &installed {
            let Some((_, folder_name)) = split_node_modules_key(key) else {
                continue;
            };
            let name = package
                .name
                .clone()
                .unwrap_or_else(|| folder_name.to_owned());
            let direct = key.matches("node_modules/").count() == 1
                && manifest.dependency_names().any(|n| n == folder_name);
            let scope = scopes.get(key.as_str()).copied().unwrap_or(Scope::Runtime);
            collected.packages.push(self.package(
                key,
                name,
                package.version.clone(),
                scope,
                direct,
                package.declared_license(),
            ));
        }
        collected
    }

    fn walk_node_modules(
        &self,
        key: &str,
        depth: usize,
        installed: &mut BTreeMap<String, Manifest>,
        warnings: &mut Vec<Diagnostic>,
    ) {
        if depth > MAX_NESTING {
            return;
        }
        for folder in package_folders(&self.dir.join(key)) {
            let package_key = format!("{key}/{folder}");
            let manifest_path = self.dir.join(&package_key).join("package.json");
            if !manifest_path.is_file() {
                continue;
            }
            let rel = self.root.dir.join(&package_key).join("package.json");
            match read_json::<Manifest>(&manifest_path, &rel) {
                Ok(manifest) => {
                    installed.insert(package_key.clone(), manifest);
                }
                Err(diagnostic) => warnings.push(diagnostic),
            }
            self.walk_node_modules(
                &format!("{package_key}/node_modules"),
                depth + 1,
                installed,
                warnings,
            );
        }
    }

    /// Whether the package folder at `key` can exist: packages under `node_modules/` only when
    /// it is installed (workspace members are folders of the project).
    fn may_be_installed(&self, key: &str) -> bool {
        self.installed_tree || !key.starts_with("node_modules/")
    }

    /// The folder of the package at `key`, if it may be installed and is not a symbolic link out
    /// of the scanned folder (a linked package elsewhere on the machine is not the scan's to
    /// read; such links are counted for a warning).
    fn folder(&self, key: &str) -> Option<PathBuf> {
        if !self.may_be_installed(key) {
            return None;
        }
        let folder = self.dir.join(key);
        let linked = folder.symlink_metadata().is_ok_and(|m| m.is_symlink());
        if linked
            && !folder
                .canonicalize()
                .is_ok_and(|real| real.starts_with(&self.tree))
        {
            self.links_out.borrow_mut().insert(key.to_owned());
            return None;
        }
        Some(folder)
    }

    /// The installed `package.json` of the package at `key`, if it is there and readable.
    fn installed(&self, key: &str) -> Option<Manifest> {
        let path = self.folder(key)?.join("package.json");
        let text = crate::read::bytes(&path).ok()?;
        serde_json::from_slice(&text).ok()
    }

    fn package(
        &self,
        key: &str,
        name: String,
        version: Option<String>,
        scope: Scope,
        direct: bool,
        declared: Option<String>,
    ) -> Package {
        let folder = self.folder(key).filter(|f| f.is_dir());
        let version = version.unwrap_or_default();
        Package {
            ecosystem: Ecosystem::Npm,
            purl: crate::model::purl::build(Ecosystem::Npm, &name, &version),
            name,
            version,
            scope,
            direct,
            declared,
            declared_in: None,
            not_found: None,
            license_files: folder.as_deref().map(files::find).unwrap_or_default(),
            license_texts: Vec::new(),
            source_dir: folder,
            archive: None,
            manifests: vec![self.root.manifest.clone()],
            notes: Vec::new(),
            installed_at: None,
        }
    }

    /// A package of a Plug'n'Play install: its `package.json` and license files read from the zip
    /// archive in Yarn's cache (or its unplugged folder).
    fn pnp_package(
        &self,
        pnp: &super::yarn::PnpCache,
        name: &str,
        version: &str,
        checksum: Option<super::caches::yarn::Checksum>,
    ) -> Package {
        let mut package = Package::new(
            Ecosystem::Npm,
            name.to_owned(),
            version.to_owned(),
            &self.root.manifest,
        );
        match pnp.locate(name, version, checksum) {
            Some(super::yarn::PnpPackage::Folder(folder)) => {
                let manifest = crate::read::bytes(folder.join("package.json")).ok();
                package.declared = manifest
                    .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
                    .and_then(|m| m.declared_license());
                package = super::with_source(package, folder);
            }
            Some(super::yarn::PnpPackage::Zip(zip, inner)) => {
                // Read as an installed package is: the install checked the checksums.
                if let Ok(cached) = super::caches::yarn::read_zip(&zip, &inner) {
                    package.declared = (cached.manifest)
                        .and_then(|(_, b)| serde_json::from_slice::<Manifest>(&b).ok())
                        .and_then(|m| m.declared_license());
                    package.license_files = cached.license_files;
                    package.license_texts = cached.license_texts;
                }
                package.source_dir = Some(zip);
            }
            None => {}
        }
        package
    }

    /// One warning per project when licenses are missing because `node_modules` is not installed.
    fn warn_about_missing_licenses(
        &self,
        collected: &mut Collected,
        manifest: &Manifest,
        manager: Manager,
    ) {
        let missing = collected
            .packages
            .iter()
            .filter(|p| p.declared.is_none() && p.license_files.is_empty())
            .count()
            .saturating_sub(self.damaged.get());
        let has_deps = manifest.dependency_names().next().is_some();
        let path = self.root.lockfile.as_ref().unwrap_or(&self.root.manifest);
        if self.dir.join("node_modules").is_dir() {
            return;
        }
        if super::yarn::PnpCache::find(&self.dir, self.home, &self.ctx.caches.js).is_some() {
            if missing > 0 {
                collected.warnings.push(Diagnostic::new(
                    path,
                    tr!("npm-not-in-yarn-cache", missing = missing),
                ));
            }
            return;
        }
        if self.root.lockfile.is_none() && has_deps {
            collected
                .warnings
                .push(Diagnostic::new(path, tr!("npm-no-lockfile")));
        } else if missing > 0 {
            // Only npm's lockfiles record licenses.
            let lockfile = match manager {
                Manager::Npm => "yes",
                _ => "no",
            };
            collected.warnings.push(Diagnostic::new(
                path,
                tr!(
                    "npm-not-installed-not-cached",
                    missing = missing,
                    lockfile = lockfile,
                    manager = manager.cache().0,
                    install = manager.install()
                ),
            ));
        }
    }
}

/// Splits `a/node_modules/@s/b` into the folder holding the `node_modules` (`a`) and the package
/// folder name (`@s/b`). Keys outside `node_modules` are not packages.
fn split_node_modules_key(key: &str) -> Option<(&str, &str)> {
    // One searcher for every key: `str::rfind` builds one per call, a lockfile has 150,000 keys.
    static NESTED: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new("/node_modules/"));
    let (parent, name) = match NESTED.rfind(key) {
        Some(i) => (&key[..i], &key[i + "/node_modules/".len()..]),
        None => ("", key.strip_prefix("node_modules/")?),
    };
    (!name.is_empty()).then_some((parent, name))
}

/// Package folder names inside a `node_modules` folder (`@scope/name` for scoped ones), sorted.
/// Symlinks (workspace links) and dot-folders (`.bin`, `.cache`) are not packages.
fn package_folders(node_modules: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for name in sorted_dirs(node_modules) {
        if name.starts_with('@') {
            out.extend(
                sorted_dirs(&node_modules.join(&name))
                    .into_iter()
                    .map(|inner| format!("{name}/{inner}")),
            );
        } else {
            out.push(name);
        }
    }
    out
}

fn sorted_dirs(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| !name.starts_with('.'))
        .collect();
    names.sort();
    names
}

/// Scopes of an installed tree, following Node's resolution (nearest `node_modules` upwards):
/// reachable from `dependencies` → runtime, else from `optionalDependencies` → optional, else dev.
fn installed_scopes<'a>(
    manifest: &Manifest,
    installed: &'a BTreeMap<String, Manifest>,
) -> HashMap<&'a str, Scope> {
    let resolve = |from: &str, name: &str| -> Option<&'a str> {
        let mut base = from.to_owned();
        loop {
            let candidate = if base.is_empty() {
                format!("node_modules/{name}")
            } else {
                format!("{base}/node_modules/{name}")
            };
            if let Some((key, _)) = installed.get_key_value(&candidate) {
                return Some(key.as_str());
            }
            // Up one package: strip `/node_modules/<pkg>` (or finish at the root).
            match base
                .rfind("/node_modules/")
                .or_else(|| base.starts_with("node_modules/").then_some(0))
            {
                Some(i) if !base.is_empty() => base.truncate(i),
                _ => return None,
            }
        }
    };
    let passes = [
        (
            Scope::Runtime,
            manifest
                .dependencies
                .keys()
                .chain(manifest.peer_dependencies.keys())
                .collect::<Vec<_>>(),
        ),
        (
            Scope::Optional,
            manifest.optional_dependencies.keys().collect(),
        ),
        (Scope::Dev, manifest.dev_dependencies.keys().collect()),
    ]
    .map(|(scope, names)| {
        (
            scope,
            names
                .iter()
                .filter_map(|n| resolve("", n))
                .collect::<Vec<_>>(),
        )
    });
    super::first_reach_scopes(passes, |key: &&str| {
        installed.get(*key).into_iter().flat_map(|package| {
            package
                .dependencies
                .keys()
                .chain(package.optional_dependencies.keys())
                .filter_map(|n| resolve(key, n))
                .collect::<Vec<_>>()
        })
    })
}

fn display_dir(dir: &Path) -> String {
    crate::model::display_path(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_modules_keys() {
        assert_eq!(split_node_modules_key("node_modules/a"), Some(("", "a")));
        assert_eq!(
            split_node_modules_key("node_modules/@s/b"),
            Some(("", "@s/b"))
        );
        assert_eq!(
            split_node_modules_key("node_modules/a/node_modules/@s/b"),
            Some(("node_modules/a", "@s/b"))
        );
        assert_eq!(
            split_node_modules_key("packages/app/node_modules/x"),
            Some(("packages/app", "x"))
        );
        assert_eq!(split_node_modules_key("packages/app"), None);
        assert_eq!(split_node_modules_key(""), None);
    }

    #[test]
    fn legacy_license_forms() {
        let m: Manifest =
            serde_json::from_str(r#"{"license": {"type": "MIT", "url": "x"}}"#).unwrap();
        assert_eq!(m.declared_license().as_deref(), Some("MIT"));
        let m: Manifest =
            serde_json::from_str(r#"{"licenses": [{"type": "MIT"}, {"type": "Apache 2.0"}]}"#)
                .unwrap();
        assert_eq!(m.declared_license().as_deref(), Some("MIT OR (Apache 2.0)"));
        let m: Manifest = serde_json::from_str(r#"{"license": ["MIT", "Apache2"]}"#).unwrap();
        assert_eq!(m.declared_license().as_deref(), Some("MIT OR Apache2"));
        let m: Manifest = serde_json::from_str(r#"{"licenses": {"type": "MIT"}}"#).unwrap();
        assert_eq!(m.declared_license().as_deref(), Some("MIT"));
        let m: Manifest = serde_json::from_str(r#"{"licenses": "BSD"}"#).unwrap();
        assert_eq!(m.declared_license().as_deref(), Some("BSD"));
        let m: Manifest = serde_json::from_str(r#"{"license": 42}"#).unwrap();
        assert_eq!(m.declared_license(), None);
        let m: Manifest = serde_json::from_str(r#"{"license": [1, "MIT"]}"#).unwrap();
        assert_eq!(m.declared_license(), None);
        let m: Manifest =
            serde_json::from_str(r#"{"license": {"url": "x", "type": {"n": 1}}}"#).unwrap();
        assert_eq!(
            m.declared_license().as_deref(),
            Some("x"),
            "what the package said"
        );
        // Old shapes seen on the registry: the page decides when the type cannot.
        let m: Manifest = serde_json::from_str(
            r#"{"licenses": [{"type": "GPL", "url": "http://www.gnu.org/licenses/gpl-2.0.html"}, {"type": "MIT", "url": "http://www.opensource.org/licenses/mit-license.php"}]}"#,
        )
        .unwrap();
        assert_eq!(
            m.declared_license().as_deref(),
            Some("http://www.gnu.org/licenses/gpl-2.0.html OR MIT")
        );
        let m: Manifest =
            serde_json::from_str(r#"{"license": {"url": "http://opensource.org/licenses/MIT"}}"#)
                .unwrap();
        assert_eq!(
            m.declared_license().as_deref(),
            Some("http://opensource.org/licenses/MIT")
        );
        let m: Manifest = serde_json::from_str(
            r#"{"licenses": [{"type": "LGPL", "url": "http://www.gnu.org/licenses/lgpl.html"}]}"#,
        )
        .unwrap();
        assert_eq!(m.declared_license().as_deref(), Some("LGPL"));
        let m: Manifest = serde_json::from_str(r#"{"license": "Apache\u002D2.0"}"#).unwrap();
        assert_eq!(m.declared_license().as_deref(), Some("Apache-2.0"));
    }
}
