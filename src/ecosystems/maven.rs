//! Maven and Gradle adapter (Java): the dependency graph resolved the way Maven does it, by
//! reading poms only, never running Maven or Gradle.
//!
//! - Maven: the project's `pom.xml` and its `<modules>`; each pom's effective model (parent
//!   poms, `${property}` interpolation, `dependencyManagement` with imported BOMs); transitive
//!   dependencies from the local repository's poms, nearest declaration first, with Maven's scope
//!   rules (test and provided dependencies, optional ones and exclusions are not transitive).
//! - Gradle: `gradle.lockfile` and `buildscript-gradle.lockfile` (the build's and every
//!   subproject's) already list the resolved graph; direct dependencies are the coordinates the
//!   build scripts name.
//!
//! Licenses: `<licenses>` of the artifact's pom or the nearest parent that has them; when
//! repositories strip them (Debian's do), the jar's embedded `META-INF/maven/…/pom.xml`, its
//! `Bundle-License` manifest header, then its `META-INF/LICENSE*` files for detection.
//!
//! Repositories: `--maven-repo`, else `-Dmaven.repo.local` in the project's `.mvn/maven.config`,
//! else `localRepository` in `~/.m2/settings.xml`, else `~/.m2/repository`; Gradle builds also read
//! Gradle's cache (`$GRADLE_USER_HOME/caches/modules-2/files-2.1`).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::xml::{self, Element};
use crate::context::Context;
use crate::i18n::tr;
use crate::license::files;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

/// How far parent chains and BOM imports are followed (real chains are a handful deep).
const MAX_INHERITANCE: usize = 16;
/// How deep the transitive walk goes.
const MAX_DEPTH: usize = 64;

// ---------------------------------------------------------------------------------------------
// Repositories

/// Where poms and jars are looked up, in order.
#[derive(Debug, Default)]
struct Repositories {
    dirs: Vec<Repository>,
}

#[derive(Debug)]
enum Repository {
    /// `<group path>/<artifact>/<version>/<artifact>-<version>.<ext>`
    Maven(PathBuf),
    /// Gradle's `files-2.1/<group>/<artifact>/<version>/<sha1>/<artifact>-<version>.<ext>`
    Gradle(PathBuf),
}

impl Repositories {
    fn find(&self, coord: &Coord, ext: &str) -> Option<PathBuf> {
        let file = format!("{}-{}.{ext}", coord.artifact, coord.version);
        self.dirs.iter().find_map(|repo| match repo {
            Repository::Maven(dir) => {
                let path = dir
                    .join(coord.group.replace('.', "/"))
                    .join(&coord.artifact)
                    .join(&coord.version)
                    .join(&file);
                path.is_file().then_some(path)
            }
            Repository::Gradle(dir) => {
                let version_dir = dir
                    .join(&coord.group)
                    .join(&coord.artifact)
                    .join(&coord.version);
                let mut hashes: Vec<PathBuf> = std::fs::read_dir(version_dir)
                    .ok()?
                    .filter_map(Result::ok)
                    .map(|e| e.path().join(&file))
                    .filter(|p| p.is_file())
                    .collect();
                hashes.sort();
                hashes.into_iter().next()
            }
        })
    }

    fn describe(&self, ctx: &Context) -> String {
        let shown: Vec<String> = self
            .dirs
            .iter()
            .map(|r| match r {
                Repository::Maven(d) | Repository::Gradle(d) => format!("`{}`", ctx.display(d)),
            })
            .collect();
        shown.join(", ")
    }
}

/// The local Maven repository for a project folder.
fn maven_repository(dir: &Path, ctx: &Context) -> Option<PathBuf> {
    if let Some(repo) = &ctx.maven_repo {
        return Some(repo.clone());
    }
    // `.mvn/maven.config` sits at the top of the build; look up from the project.
    for ancestor in dir.ancestors().take_while(|d| d.starts_with(&ctx.root)) {
        if let Some(repo) = crate::read::text(ancestor.join(".mvn").join("maven.config"))
            .ok()
            .and_then(|config| repo_local_option(&config))
        {
            return Some(ancestor.join(repo));
        }
    }
    let m2 = ctx.home.as_ref()?.join(".m2");
    let configured = crate::read::bytes(m2.join("settings.xml"))
        .ok()
        .and_then(|b| xml::parse(&String::from_utf8_lossy(&b)).ok())
        .and_then(|settings| settings.text_of("localRepository").map(str::to_owned))
        .filter(|r| !r.contains("${"));
    Some(configured.map_or_else(|| m2.join("repository"), PathBuf::from))
}

/// `-Dmaven.repo.local=PATH` (or `-Dmaven.repo.local PATH`) among Maven's options.
fn repo_local_option(config: &str) -> Option<String> {
    let mut words = config.split_whitespace();
    while let Some(word) = words.next() {
        let Some(rest) = word.strip_prefix("-Dmaven.repo.local") else {
            continue;
        };
        let value = match rest.strip_prefix('=') {
            Some(value) => value.to_owned(),
            None if rest.is_empty() => words.next()?.to_owned(),
            None => continue,
        };
        return Some(value.trim_matches('"').to_owned());
    }
    None
}

// ---------------------------------------------------------------------------------------------
// The pom model

/// `groupId:artifactId:version`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Coord {
    pub group: String,
    pub artifact: String,
    pub version: String,
}

impl Coord {
    fn name(&self) -> String {
        format!("{}:{}", self.group, self.artifact)
    }
}

/// A `<dependency>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Dep {
    group: String,
    artifact: String,
    version: Option<String>,
    scope: Option<String>,
    kind: Option<String>,
    classifier: Option<String>,
    optional: bool,
    system_path: Option<String>,
    /// `(groupId, artifactId)`, either may be `*`.
    exclusions: Vec<(String, String)>,
}

impl Dep {
    fn key(&self) -> (String, String, String, String) {
        (
            self.group.clone(),
            self.artifact.clone(),
            self.kind.clone().unwrap_or_else(|| "jar".to_owned()),
            self.classifier.clone().unwrap_or_default(),
        )
    }
}

/// A `<parent>`. Its `<relativePath>` is not needed: the build's own poms are known by their
/// coordinates, everything else comes from the repository.
#[derive(Debug, Clone)]
struct ParentRef {
    coord: Coord,
}

/// A pom as written, merged with its parents but not yet interpolated.
#[derive(Debug, Clone, Default)]
struct Model {
    group: String,
    artifact: String,
    version: String,
    packaging: String,
    properties: BTreeMap<String, String>,
    dependency_management: Vec<Dep>,
    dependencies: Vec<Dep>,
    /// Each `<license>`'s name (or URL when it has no name).
    licenses: Vec<License>,
    modules: Vec<String>,
    /// The pom's folder (for `${project.basedir}`), when it is a project file.
    dir: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct License {
    name: Option<String>,
    url: Option<String>,
}

/// The effective model: inherited, interpolated, BOMs imported, management applied.
#[derive(Debug, Clone)]
struct Effective {
    coord: Coord,
    packaging: String,
    dependency_management: Vec<Dep>,
    dependencies: Vec<Dep>,
    licenses: Vec<License>,
}

/// Reads one pom file into a model of its own (no inheritance).
fn read_pom(text: &str) -> Result<(Model, Option<ParentRef>), String> {
    let xml = xml::parse(text)?;
    if xml.name != "project" {
        return Err(tr!("maven-not-a-pom", element = &xml.name));
    }
    let parent = xml.child("parent").map(|p| ParentRef {
        coord: Coord {
            group: p.text_of("groupId").unwrap_or_default().to_owned(),
            artifact: p.text_of("artifactId").unwrap_or_default().to_owned(),
            version: p.text_of("version").unwrap_or_default().to_owned(),
        },
    });
    let deps = |e: Option<&Element>| -> Vec<Dep> {
        e.map(|d| d.children("dependency").map(read_dep).collect())
            .unwrap_or_default()
    };
    // Maven refuses such a pom; leaving the dependency out would hide it from the report.
    let nameless = |deps: &[Dep]| {
        deps.iter()
            .any(|d| d.group.trim().is_empty() || d.artifact.trim().is_empty())
    };
    let listed = [
        xml.child("dependencies"),
        xml.child("dependencyManagement")
            .and_then(|m| m.child("dependencies")),
    ];
    if listed.into_iter().any(|list| nameless(&deps(list))) {
        return Err(tr!("maven-nameless-dependency"));
    }
    let model = Model {
        group: xml.text_of("groupId").unwrap_or_default().to_owned(),
        artifact: xml.text_of("artifactId").unwrap_or_default().to_owned(),
        version: xml.text_of("version").unwrap_or_default().to_owned(),
        packaging: xml.text_of("packaging").unwrap_or("jar").to_owned(),
        properties: xml
            .child("properties")
            .map(|p| {
                p.children
                    .iter()
                    .map(|c| (c.name.clone(), c.text.clone()))
                    .collect()
            })
            .unwrap_or_default(),
        dependency_management: deps(xml.path(&["dependencyManagement", "dependencies"])),
        dependencies: deps(xml.child("dependencies")),
        licenses: xml
            .child("licenses")
            .map(|l| {
                l.children("license")
                    .map(|l| License {
                        name: l.text_of("name").map(str::to_owned),
                        url: l.text_of("url").map(str::to_owned),
                    })
                    .filter(|l| l.name.is_some() || l.url.is_some())
                    .collect()
            })
            .unwrap_or_default(),
        modules: xml
            .child("modules")
            .map(|m| m.children("module").map(|m| m.text.clone()).collect())
            .unwrap_or_default(),
        dir: None,
    };
    Ok((model, parent))
}

fn read_dep(d: &Element) -> Dep {
    let text = |name: &str| d.text_of(name).map(str::to_owned);
    Dep {
        group: text("groupId").unwrap_or_default(),
        artifact: text("artifactId").unwrap_or_default(),
        version: text("version"),
        scope: text("scope"),
        kind: text("type"),
        classifier: text("classifier"),
        optional: d.text_of("optional") == Some("true"),
        system_path: text("systemPath"),
        exclusions: d
            .child("exclusions")
            .map(|e| {
                e.children("exclusion")
                    .map(|x| {
                        (
                            x.text_of("groupId").unwrap_or("*").to_owned(),
                            x.text_of("artifactId").unwrap_or("*").to_owned(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// Child over parent: the child's values win, lists are combined.
fn inherit(parent: &Model, mut child: Model) -> Model {
    if child.group.is_empty() {
        child.group = parent.group.clone();
    }
    if child.version.is_empty() {
        child.version = parent.version.clone();
    }
    let mut properties = parent.properties.clone();
    properties.extend(std::mem::take(&mut child.properties));
    child.properties = properties;
    child
        .properties
        .insert("project.parent.version".into(), parent.version.clone());
    child
        .properties
        .insert("project.parent.groupId".into(), parent.group.clone());
    let own: HashSet<_> = child.dependency_management.iter().map(Dep::key).collect();
    child.dependency_management.extend(
        parent
            .dependency_management
            .iter()
            .filter(|d| !own.contains(&d.key()))
            .cloned(),
    );
    let own: HashSet<_> = child.dependencies.iter().map(Dep::key).collect();
    let mut dependencies: Vec<Dep> = parent
        .dependencies
        .iter()
        .filter(|d| !own.contains(&d.key()))
        .cloned()
        .collect();
    dependencies.append(&mut child.dependencies);
    child.dependencies = dependencies;
    if child.licenses.is_empty() {
        child.licenses = parent.licenses.clone();
    }
    if child.dir.is_none() {
        child.dir = parent.dir.clone();
    }
    child
}

/// Replaces `${name}` from the properties (and the project's built-in ones), repeatedly for
/// properties that refer to others. Unknown names stay as they are.
fn interpolate(value: &str, props: &HashMap<String, String>) -> String {
    let mut out = value.to_owned();
    for _ in 0..8 {
        if !out.contains("${") {
            break;
        }
        let mut next = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(start) = rest.find("${") {
            next.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            match after.find('}') {
                Some(end) => {
                    let name = &after[..end];
                    match props.get(name) {
                        Some(value) => next.push_str(value),
                        None => next.push_str(&rest[start..start + 3 + end]),
                    }
                    rest = &after[end + 1..];
                }
                None => {
                    next.push_str(&rest[start..]);
                    rest = "";
                }
            }
        }
        next.push_str(rest);
        if next == out {
            break;
        }
        out = next;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Loading models

/// Loads and caches models: the build's own poms first, then the repositories.
struct Loader<'a> {
    repos: &'a Repositories,
    /// The build's own poms, by coordinates.
    local: HashMap<(String, String), (Model, Option<ParentRef>)>,
    merged: HashMap<Coord, Option<Rc<Model>>>,
    effective: HashMap<Coord, Option<Rc<Effective>>>,
    /// Models being built, to stop cycles.
    building: HashSet<Coord>,
}

impl<'a> Loader<'a> {
    fn new(repos: &'a Repositories) -> Self {
        Loader {
            repos,
            local: HashMap::new(),
            merged: HashMap::new(),
            effective: HashMap::new(),
            building: HashSet::new(),
        }
    }

    /// A pom with its parents merged in.
    fn merged(&mut self, coord: &Coord, depth: usize) -> Option<Rc<Model>> {
        if let Some(done) = self.merged.get(coord) {
            return done.clone();
        }
        if depth > MAX_INHERITANCE || !self.building.insert(coord.clone()) {
            return None;
        }
        let raw = match self
            .local
            .get(&(coord.group.clone(), coord.artifact.clone()))
        {
            Some(local) => Some(local.clone()),
            None => self
                .repos
                .find(coord, "pom")
                .and_then(|p| crate::read::bytes(p).ok())
                .and_then(|b| read_pom(&decode(&b)).ok()),
        };
        let model = raw.map(|(model, parent)| self.with_parent(model, parent, depth));
        self.building.remove(coord);
        let model = model.map(Rc::new);
        self.merged.insert(coord.clone(), model.clone());
        model
    }

    fn with_parent(&mut self, model: Model, parent: Option<ParentRef>, depth: usize) -> Model {
        match parent.and_then(|p| self.merged(&p.coord, depth + 1)) {
            Some(parent) => inherit(&parent, model),
            None => model,
        }
    }

    /// The effective model of a pom.
    fn effective(&mut self, coord: &Coord, depth: usize) -> Option<Rc<Effective>> {
        if let Some(done) = self.effective.get(coord) {
            return done.clone();
        }
        let merged = self.merged(coord, depth)?;
        let effective = Rc::new(self.finish(&merged, depth));
        self.effective
            .insert(coord.clone(), Some(effective.clone()));
        Some(effective)
    }

    /// Interpolates a merged model, imports its BOMs and applies its dependency management.
    fn finish(&mut self, model: &Model, depth: usize) -> Effective {
        let mut props: HashMap<String, String> = model.properties.clone().into_iter().collect();
        for (key, value) in [
            ("groupId", &model.group),
            ("artifactId", &model.artifact),
            ("version", &model.version),
            ("packaging", &model.packaging),
        ] {
            props.insert(format!("project.{key}"), value.clone());
            props.insert(format!("pom.{key}"), value.clone());
            props.insert(key.to_owned(), value.clone());
        }
        if let Some(dir) = &model.dir {
            let dir = dir.display().to_string();
            props.insert("project.basedir".into(), dir.clone());
            props.insert("basedir".into(), dir);
        }
        let fill = |d: &Dep| Dep {
            group: interpolate(&d.group, &props),
            artifact: interpolate(&d.artifact, &props),
            version: d.version.as_deref().map(|v| interpolate(v, &props)),
            scope: d.scope.as_deref().map(|v| interpolate(v, &props)),
            system_path: d.system_path.as_deref().map(|v| interpolate(v, &props)),
            ..d.clone()
        };
        let coord = Coord {
            group: interpolate(&model.group, &props),
            artifact: interpolate(&model.artifact, &props),
            version: interpolate(&model.version, &props),
        };
        let mut management: Vec<Dep> = Vec::new();
        let mut imports = Vec::new();
        for dep in model.dependency_management.iter().map(fill) {
            if dep.scope.as_deref() == Some("import") && dep.kind.as_deref() == Some("pom") {
                imports.push(dep);
            } else {
                management.push(dep);
            }
        }
        // Entries written in the pom win over imported ones; earlier imports over later ones.
        for import in imports {
            let Some(version) = import.version.clone() else {
                continue;
            };
            let bom = Coord {
                group: import.group,
                artifact: import.artifact,
                version,
            };
            if depth < MAX_INHERITANCE {
                if let Some(bom) = self.effective(&bom, depth + 1) {
                    let known: HashSet<_> = management.iter().map(Dep::key).collect();
                    management.extend(
                        bom.dependency_management
                            .iter()
                            .filter(|d| !known.contains(&d.key()))
                            .cloned(),
                    );
                }
            }
        }
        let dependencies = model
            .dependencies
            .iter()
            .map(fill)
            .map(|mut dep| {
                if let Some(managed) = management.iter().find(|m| m.key() == dep.key()) {
                    if dep.version.is_none() {
                        dep.version = managed.version.clone();
                    }
                    if dep.scope.is_none() {
                        dep.scope = managed.scope.clone();
                    }
                    if dep.exclusions.is_empty() {
                        dep.exclusions = managed.exclusions.clone();
                    }
                }
                dep
            })
            .collect();
        Effective {
            coord,
            packaging: model.packaging.clone(),
            dependency_management: management,
            dependencies,
            licenses: model.licenses.clone(),
        }
    }
}

/// Poms are UTF-8 unless they say otherwise; Latin-1 ones exist (hamcrest 1.3).
pub(crate) fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

// ---------------------------------------------------------------------------------------------
// Maven

/// Collects one Maven build: the root pom and its modules.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let mut repos = Repositories::default();
    if let Some(repo) = maven_repository(&dir, ctx) {
        repos.dirs.push(Repository::Maven(repo));
    }
    let mut loader = Loader::new(&repos);
    let mut collected = Collected::default();
    // The build's own poms: the root and its modules, recursively.
    let mut project_poms: Vec<Coord> = Vec::new();
    let mut queue: VecDeque<PathBuf> = VecDeque::from([root.manifest.clone()]);
    let mut seen_files = BTreeSet::new();
    while let Some(pom) = queue.pop_front() {
        if !seen_files.insert(pom.clone()) || seen_files.len() > 1_000 {
            continue;
        }
        let bytes = match crate::read::bytes(ctx.root.join(&pom)) {
            Ok(bytes) => bytes,
            Err(e) if pom == root.manifest => {
                return Err(Diagnostic::new(
                    &pom,
                    crate::i18n::tr!("read-cannot-read", error = e.to_string()),
                ));
            }
            Err(_) => {
                collected
                    .warnings
                    .push(Diagnostic::new(&pom, tr!("maven-module-without-pom")));
                continue;
            }
        };
        let (mut model, parent) =
            read_pom(&decode(&bytes)).map_err(|e| Diagnostic::new(&pom, e))?;
        let pom_dir = pom.parent().map(Path::to_path_buf).unwrap_or_default();
        model.dir = Some(ctx.root.join(&pom_dir));
        for module in &model.modules {
            let module_pom = crate::discover::normalize(&pom_dir.join(module));
            let module_pom = if module.ends_with(".xml") {
                module_pom
            } else {
                module_pom.join("pom.xml")
            };
            queue.push_back(module_pom);
        }
        // Coordinates as the build knows them: inherited from the parent when not written.
        let group = if model.group.is_empty() {
            parent
                .as_ref()
                .map(|p| p.coord.group.clone())
                .unwrap_or_default()
        } else {
            model.group.clone()
        };
        let version = if model.version.is_empty() {
            parent
                .as_ref()
                .map(|p| p.coord.version.clone())
                .unwrap_or_default()
        } else {
            model.version.clone()
        };
        project_poms.push(Coord {
            group: group.clone(),
            artifact: model.artifact.clone(),
            version,
        });
        loader
            .local
            .insert((group, model.artifact.clone()), (model, parent));
    }
    let modules: HashSet<(String, String)> = loader.local.keys().cloned().collect();
    let mut found: BTreeMap<Coord, Found> = BTreeMap::new();
    for coord in &project_poms {
        let Some(effective) = loader.effective(coord, 0) else {
            continue;
        };
        collected.members.push(Member {
            name: effective.coord.name(),
            version: effective.coord.version.clone(),
            declared: declared_licenses(&effective.licenses),
            license: None,
        });
        walk(&mut loader, &effective, &modules, &mut found);
    }
    let mut missing = 0;
    for (coord, how) in found {
        let mut package = Package::new(
            Ecosystem::Maven,
            coord.name(),
            coord.version.clone(),
            &root.manifest,
        );
        package.scope = how.scope;
        package.direct = how.direct;
        if !license_from_repository(
            &mut loader,
            &coord,
            how.system_path.as_deref(),
            &mut package,
        ) {
            missing += 1;
        }
        collected.packages.push(package);
    }
    collected.members.sort();
    if missing > 0 {
        collected.warnings.push(Diagnostic::new(
            &root.manifest,
            tr!(
                "maven-not-in-repository",
                missing = missing,
                repositories = repos.describe(ctx)
            ),
        ));
    }
    Ok(collected)
}

/// How an artifact is reached.
#[derive(Debug, Clone)]
struct Found {
    scope: Scope,
    direct: bool,
    system_path: Option<String>,
}

/// Maven's transitive walk from one module: breadth first, so the nearest declaration of an
/// artifact wins; a dependency's test and provided dependencies and its optional ones are not
/// followed, and exclusions apply to everything below the dependency that declares them.
fn walk(
    loader: &mut Loader<'_>,
    module: &Effective,
    modules: &HashSet<(String, String)>,
    found: &mut BTreeMap<Coord, Found>,
) {
    struct Step {
        dep: Dep,
        scope: String,
        direct: bool,
        excluded: Vec<(String, String)>,
        depth: usize,
    }
    let mut queue: VecDeque<Step> = module
        .dependencies
        .iter()
        .filter(|d| d.scope.as_deref() != Some("import"))
        .map(|d| Step {
            scope: d.scope.clone().unwrap_or_else(|| "compile".to_owned()),
            excluded: d.exclusions.clone(),
            direct: true,
            depth: 0,
            dep: d.clone(),
        })
        .collect();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    while let Some(step) = queue.pop_front() {
        let key = (step.dep.group.clone(), step.dep.artifact.clone());
        if !seen.insert(key.clone()) || step.depth > MAX_DEPTH {
            continue;
        }
        let Some(version) = step.dep.version.clone().filter(|v| !v.contains("${")) else {
            continue;
        };
        let version = plain_version(&version);
        let coord = Coord {
            group: key.0.clone(),
            artifact: key.1.clone(),
            version,
        };
        let is_module = modules.contains(&key);
        if !is_module && step.dep.kind.as_deref() != Some("pom") {
            let scope = match step.scope.as_str() {
                "test" => Scope::Dev,
                "provided" | "system" => Scope::Build,
                _ if step.dep.optional && step.direct => Scope::Optional,
                _ => Scope::Runtime,
            };
            let entry = found.entry(coord.clone()).or_insert(Found {
                scope,
                direct: step.direct,
                system_path: step.dep.system_path.clone(),
            });
            entry.scope = entry.scope.min(scope);
            entry.direct |= step.direct;
        }
        if step.scope == "system" {
            continue;
        }
        let Some(effective) = loader.effective(&coord, 0) else {
            continue;
        };
        for child in &effective.dependencies {
            let child_scope = child.scope.as_deref().unwrap_or("compile");
            if child.optional || !matches!(child_scope, "compile" | "runtime") {
                continue;
            }
            if step
                .excluded
                .iter()
                .any(|(g, a)| (g == "*" || *g == child.group) && (a == "*" || *a == child.artifact))
            {
                continue;
            }
            // The module's dependency management also pins transitive versions.
            let managed = module
                .dependency_management
                .iter()
                .find(|m| m.key() == child.key())
                .and_then(|m| m.version.clone());
            let scope = match (step.scope.as_str(), child_scope) {
                ("compile", s) => s.to_owned(),
                ("runtime", _) => "runtime".to_owned(),
                (parent, _) => parent.to_owned(),
            };
            let mut excluded = step.excluded.clone();
            excluded.extend(child.exclusions.iter().cloned());
            queue.push_back(Step {
                dep: Dep {
                    version: managed.or_else(|| child.version.clone()),
                    ..child.clone()
                },
                scope,
                direct: false,
                excluded,
                depth: step.depth + 1,
            });
        }
    }
}

/// `[1.2.3]` or `[1.2,2.0)` → the lowest version named (what a hard range resolves to offline).
fn plain_version(version: &str) -> String {
    let inner = version.trim().trim_start_matches(['[', '(']);
    inner
        .split([',', ']', ')'])
        .next()
        .unwrap_or(inner)
        .trim()
        .to_owned()
}

// ---------------------------------------------------------------------------------------------
// Licenses

/// Several `<license>` entries are alternatives (logback: EPL-1.0 or LGPL-2.1). Each is its
/// name, or its URL when the name is missing or does not say which license it is
/// (`GNU Lesser General Public License`) and the URL does.
fn declared_licenses(licenses: &[License]) -> Option<String> {
    use crate::license::{Parsed, parse_declared};
    let precise = |s: &str| {
        matches!(
            parse_declared(s),
            Parsed::Strict(_) | Parsed::Normalized(..)
        )
    };
    let each = licenses.iter().filter_map(|l| match (&l.name, &l.url) {
        (Some(name), Some(url)) if !precise(name) && precise(url) => Some(url.clone()),
        (Some(name), _) => Some(name.clone()),
        (None, url) => url.clone(),
    });
    super::any_of(each)
}

/// Fills in a package's license from the repository: its pom's (or a parent's) `<licenses>`, else
/// the jar's embedded pom, `Bundle-License` and license files. Returns whether the artifact is
/// in the repository at all.
fn license_from_repository(
    loader: &mut Loader<'_>,
    coord: &Coord,
    system_path: Option<&str>,
    package: &mut Package,
) -> bool {
    let jar = match system_path {
        Some(path) => Some(PathBuf::from(path)).filter(|p| p.is_file()),
        None => loader.repos.find(coord, "jar"),
    };
    let effective = loader.effective(coord, 0);
    if effective.is_none() && jar.is_none() {
        return false;
    }
    if let Some(folder) = jar.as_ref().and_then(|j| j.parent()) {
        package.source_dir = Some(folder.to_path_buf());
    }
    package.archive.clone_from(&jar);
    package.declared = effective
        .as_ref()
        .and_then(|e| declared_licenses(&e.licenses));
    if package.declared.is_none() {
        if let Some(jar) = &jar {
            package.declared = jar_declared(loader, jar, coord);
        }
    }
    if package.declared.is_none() {
        debian_copyright(loader, coord, package);
    }
    if package.declared.is_none() && package.license_files.is_empty() {
        if let Some(jar) = &jar {
            package.license_files = files::find_in_archive(jar, "META-INF");
        }
    }
    true
}

/// Debian's Maven repository (`/usr/share/maven-repo`) strips `<licenses>` from its poms and
/// names the Debian package that holds the artifact instead (`<debian.package>`): that package's
/// copyright file (`/usr/share/doc/<package>/copyright`, beside the repository) gives the license.
fn debian_copyright(loader: &Loader<'_>, coord: &Coord, package: &mut Package) {
    let Some(pom) = loader.repos.find(coord, "pom") else {
        return;
    };
    let Some(debian) = crate::read::bytes(&pom)
        .ok()
        .and_then(|bytes| pom_facts(&bytes).ok())
        .and_then(|facts| facts.debian_package)
        .filter(|name| !name.is_empty() && !name.contains(['/', '\\']) && name != "..")
    else {
        return;
    };
    let Some(copyright) = pom
        .ancestors()
        .skip(1)
        .map(|dir| dir.join("doc").join(&debian).join("copyright"))
        .find(|file| file.is_file())
    else {
        return;
    };
    super::os::dpkg::from_copyright(package, copyright, false);
    package
        .notes
        .push(tr!("maven-debian-repository", package = &debian));
}

/// The license a jar declares: in its embedded pom (or that pom's parents), else in its
/// manifest's `Bundle-License`.
fn jar_declared(loader: &mut Loader<'_>, jar: &Path, coord: &Coord) -> Option<String> {
    let embedded = format!("META-INF/maven/{}/{}/pom.xml", coord.group, coord.artifact);
    let from_pom = files::archive_entry(jar, &embedded)
        .ok()
        .flatten()
        .and_then(|b| read_pom(&decode(&b)).ok())
        .and_then(|(model, parent)| {
            declared_licenses(&model.licenses).or_else(|| {
                let parent = loader.merged(&parent?.coord, 1)?;
                declared_licenses(&parent.licenses)
            })
        });
    from_pom.or_else(|| {
        let manifest = files::archive_entry(jar, "META-INF/MANIFEST.MF").ok()??;
        bundle_license(&decode(&manifest))
    })
}

/// What an embedded or repository pom says of itself: its coordinates (parent's group and
/// version when it inherits them), its `<licenses>`, and Debian's `debian.package` property
/// (Debian's `/usr/share/maven-repo` strips the licenses and names the package instead).
pub(crate) struct PomFacts {
    pub group: String,
    pub artifact: String,
    pub version: String,
    pub declared: Option<String>,
    pub debian_package: Option<String>,
}

/// Reads a pom's own facts, without its parents.
pub(crate) fn pom_facts(bytes: &[u8]) -> Result<PomFacts, String> {
    let (model, parent) = read_pom(&decode(bytes))?;
    let or_parent = |own: &str, inherited: fn(&Coord) -> &str| match (own, &parent) {
        ("", Some(parent)) => inherited(&parent.coord).to_owned(),
        _ => own.to_owned(),
    };
    Ok(PomFacts {
        group: or_parent(&model.group, |c| &c.group),
        version: or_parent(&model.version, |c| &c.version),
        artifact: model.artifact.clone(),
        declared: declared_licenses(&model.licenses),
        debian_package: model.properties.get("debian.package").cloned(),
    })
}

/// `Bundle-License` of a jar manifest (lines continue after a leading space): OSGi's list of
/// licenses, each an SPDX id, a name or a URL, with `;link=…` attributes dropped.
pub(crate) fn bundle_license(manifest: &str) -> Option<String> {
    let mut value: Option<String> = None;
    for line in manifest.lines() {
        let line = line.trim_end_matches('\r');
        match (&mut value, line.strip_prefix(' ')) {
            (Some(v), Some(more)) => v.push_str(more),
            (Some(_), None) => break,
            (None, _) => {
                if let Some(rest) = line.strip_prefix("Bundle-License:") {
                    value = Some(rest.trim().to_owned());
                }
            }
        }
    }
    let value = value?;
    super::any_of(value.split(',').map(|part| {
        part.split(';')
            .next()
            .unwrap_or(part)
            .trim()
            .trim_matches('"')
    }))
}

// ---------------------------------------------------------------------------------------------
// Gradle

/// Collects one Gradle build from its dependency lockfiles.
pub fn collect_gradle(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let mut repos = Repositories::default();
    if let Some(home) = &ctx.gradle_home {
        repos.dirs.push(Repository::Gradle(
            home.join("caches").join("modules-2").join("files-2.1"),
        ));
    }
    if let Some(repo) = maven_repository(&dir, ctx) {
        repos.dirs.push(Repository::Maven(repo));
    }
    let lockfiles = gradle_lockfiles(&dir);
    let mut collected = Collected::default();
    if lockfiles.is_empty() {
        collected.warnings.push(Diagnostic::new(
            &root.manifest,
            tr!(
                "gradle-no-lockfile",
                setting = "dependencyLocking { lockAllConfigurations() }"
            ),
        ));
        return Ok(collected);
    }
    let direct = gradle_direct(&dir);
    let mut found: BTreeMap<Coord, Scope> = BTreeMap::new();
    for lockfile in &lockfiles {
        let rel = lockfile.strip_prefix(&ctx.root).unwrap_or(lockfile);
        let text = super::read_text(lockfile, rel)?;
        let buildscript = lockfile
            .file_name()
            .is_some_and(|n| n == "buildscript-gradle.lockfile");
        for (coord, configurations) in
            parse_gradle_lockfile(&text).map_err(|e| Diagnostic::new(rel, e))?
        {
            let scope = if buildscript {
                Scope::Build
            } else {
                configurations_scope(&configurations)
            };
            let entry = found.entry(coord).or_insert(scope);
            *entry = (*entry).min(scope);
        }
    }
    let mut loader = Loader::new(&repos);
    let mut missing = 0;
    let lock_rel = root
        .lockfile
        .clone()
        .unwrap_or_else(|| root.manifest.clone());
    for (coord, scope) in found {
        // Platforms (BOMs) only constrain versions: no code, nothing to license.
        if loader
            .effective(&coord, 0)
            .is_some_and(|e| e.packaging == "pom")
        {
            continue;
        }
        let mut package = Package::new(
            Ecosystem::Maven,
            coord.name(),
            coord.version.clone(),
            &lock_rel,
        );
        package.scope = scope;
        package.direct = direct.contains(&coord.name());
        if !license_from_repository(&mut loader, &coord, None, &mut package) {
            missing += 1;
        }
        collected.packages.push(package);
    }
    if missing > 0 {
        collected.warnings.push(Diagnostic::new(
            &lock_rel,
            tr!(
                "gradle-not-in-cache",
                missing = missing,
                repositories = repos.describe(ctx)
            ),
        ));
    }
    Ok(collected)
}

/// Every `gradle.lockfile` and `buildscript-gradle.lockfile` of the build (its subprojects'
/// too), sorted.
fn gradle_lockfiles(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .max_depth(6)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0
                || !(e.file_type().is_dir()
                    && (e.file_name().to_string_lossy().starts_with('.')
                        || ["build", "node_modules", "target"]
                            .iter()
                            .any(|skip| e.file_name() == *skip)))
        })
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_type().is_file()
                && (e.file_name() == "gradle.lockfile"
                    || e.file_name() == "buildscript-gradle.lockfile")
        })
        .map(|e| e.into_path())
        .collect();
    found.sort();
    found
}

/// `group:artifact:version=configuration,…` lines; comments and the `empty=` line skipped.
fn parse_gradle_lockfile(text: &str) -> Result<Vec<(Coord, Vec<String>)>, String> {
    if text.trim().is_empty() {
        return Err(tr!("gradle-empty-lockfile"));
    }
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("empty=") {
            continue;
        }
        let parsed = line.split_once('=').and_then(|(coords, configurations)| {
            let mut parts = coords.split(':');
            let (group, artifact, version) = (parts.next()?, parts.next()?, parts.next()?);
            if parts.next().is_some()
                || group.is_empty()
                || artifact.is_empty()
                || version.is_empty()
            {
                return None;
            }
            let coord = Coord {
                group: group.to_owned(),
                artifact: artifact.to_owned(),
                version: version.to_owned(),
            };
            Some((
                coord,
                configurations.split(',').map(str::to_owned).collect(),
            ))
        });
        match parsed {
            Some(entry) => entries.push(entry),
            None => {
                return Err(tr!(
                    "gradle-bad-line",
                    line = index + 1,
                    syntax = "group:artifact:version=configuration,…",
                    found = line
                ));
            }
        }
    }
    Ok(entries)
}

/// Test-only configurations make a dev dependency; annotation processors are build-time.
fn configurations_scope(configurations: &[String]) -> Scope {
    configurations
        .iter()
        .map(|c| {
            let lower = c.to_ascii_lowercase();
            // `testRuntimeClasspath`, `integrationTestCompileClasspath`, `testFixtures…`
            if lower.contains("test") {
                Scope::Dev
            } else if lower.contains("annotationprocessor") || lower.contains("kapt") {
                Scope::Build
            } else {
                Scope::Runtime
            }
        })
        .min()
        .unwrap_or(Scope::Runtime)
}

/// The `group:artifact` coordinates the build scripts name in quotes (`implementation
/// 'g:a:1.0'`, `implementation("g:a:1.0")`): the direct dependencies. Scripts are not run.
fn gradle_direct(dir: &Path) -> HashSet<String> {
    let mut direct = HashSet::new();
    for script in gradle_scripts(dir) {
        let Ok(text) = crate::read::text(&script) else {
            continue;
        };
        for quoted in text.split(['\'', '"']).skip(1).step_by(2) {
            let mut parts = quoted.split(':');
            if let (Some(group), Some(artifact)) = (parts.next(), parts.next()) {
                let plain = |s: &str| {
                    !s.is_empty()
                        && s.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
                };
                if plain(group) && plain(artifact) && group.contains('.') {
                    direct.insert(format!("{group}:{artifact}"));
                }
            }
        }
    }
    direct
}

fn gradle_scripts(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .max_depth(6)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_type().is_file()
                && matches!(
                    e.file_name().to_str(),
                    Some("build.gradle" | "build.gradle.kts")
                )
        })
        .map(|e| e.into_path())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolates_properties() {
        let props: HashMap<String, String> = [
            ("a".to_owned(), "1.${b}".to_owned()),
            ("b".to_owned(), "2".to_owned()),
        ]
        .into_iter()
        .collect();
        assert_eq!(interpolate("${a}.3", &props), "1.2.3");
        assert_eq!(interpolate("${missing}", &props), "${missing}");
        assert_eq!(interpolate("${unclosed", &props), "${unclosed");
    }

    #[test]
    fn reads_options_manifests_and_lockfiles() {
        assert_eq!(
            repo_local_option("-T 4 -Dmaven.repo.local=.m2/repository\n").as_deref(),
            Some(".m2/repository")
        );
        assert_eq!(
            repo_local_option("-Dmaven.repo.local /x").as_deref(),
            Some("/x")
        );
        assert_eq!(repo_local_option("-B"), None);
        assert_eq!(
            bundle_license("Manifest-Version: 1.0\nBundle-License: http://www.eclipse.org/legal/epl-v10.html, http://www.gnu.org/licenses/old-licen\n ses/lgpl-2.1.html\nBundle-Name: x\n").as_deref(),
            Some("http://www.eclipse.org/legal/epl-v10.html OR http://www.gnu.org/licenses/old-licenses/lgpl-2.1.html")
        );
        assert_eq!(
            bundle_license("Bundle-License: Apache-2.0;link=\"https://www.apache.org/licenses/LICENSE-2.0.txt\"\n").as_deref(),
            Some("Apache-2.0")
        );
        let entries = parse_gradle_lockfile(
            "# comment\njunit:junit:4.13.2=testCompileClasspath,testRuntimeClasspath\nempty=annotationProcessor\n",
        )
        .unwrap();
        assert_eq!(entries[0].0.name(), "junit:junit");
        assert_eq!(configurations_scope(&entries[0].1), Scope::Dev);
        assert_eq!(
            configurations_scope(&["compileClasspath".into(), "testRuntimeClasspath".into()]),
            Scope::Runtime
        );
        assert!(
            parse_gradle_lockfile("junit:junit=x\n")
                .unwrap_err()
                .starts_with("line 1:")
        );
        assert_eq!(plain_version("[1.2,2.0)"), "1.2");
    }

    #[test]
    fn prefers_known_urls_over_unknown_names() {
        let licenses = [
            License {
                name: Some("Eclipse Public License - v 1.0".into()),
                url: Some("http://www.eclipse.org/legal/epl-v10.html".into()),
            },
            License {
                name: Some("GNU Lesser General Public License".into()),
                url: Some("http://www.gnu.org/licenses/old-licenses/lgpl-2.1.html".into()),
            },
        ];
        let declared = declared_licenses(&licenses).unwrap();
        assert!(
            declared.starts_with("(Eclipse Public License - v 1.0) OR "),
            "{declared}"
        );
        assert!(declared.ends_with("lgpl-2.1.html"), "{declared}");
    }
}
