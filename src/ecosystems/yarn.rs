//! `yarn.lock`, classic (v1: `version "1.2.3"`) and Berry (v2+: YAML-like `version: 1.2.3`, with
//! a `__metadata:` block and `name@npm:range` specifiers). Both are read by one indentation-based
//! reader: an entry header at column 0 lists the specifiers it resolves, its fields are indented
//! two spaces, and the entries of its `dependencies:` sections four.

use std::collections::HashMap;

/// One resolved package of the lockfile.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub name: String,
    pub version: String,
    /// `(name, range)` of its dependencies and optional dependencies.
    pub dependencies: Vec<(String, String)>,
    /// A Berry workspace (`resolution: "app@workspace:packages/app"`): the project's own.
    pub workspace: bool,
    /// The workspace at the lockfile's folder (`@workspace:.`), whose dependency list merges the
    /// root `package.json`'s runtime, dev and optional lists: not a source of scopes.
    pub root: bool,
    /// Classic: the tarball's URL, ending `#<sha1>` (Yarn's cache folder is named by it).
    pub resolved: Option<String>,
    /// Classic: the tarball's Subresource Integrity (`sha512-…`).
    pub integrity: Option<String>,
    /// Berry: the cache zip's hash (`10c0/<sha512 hex>`).
    pub checksum: Option<String>,
    /// Berry: the locator it resolved to (`ms@npm:2.1.3`, `typescript@patch:…`).
    pub resolution: Option<String>,
}

impl Entry {
    /// Whether the entry is a registry package as it was published (`name@npm:version`, or any
    /// classic entry), whose zip Berry names `<name>-npm-<version>-…`: not a patched copy
    /// (`typescript@patch:…`, whose plain version has an entry of its own), a git or file
    /// package.
    pub fn is_npm(&self) -> bool {
        let resolution = self.resolution.as_deref();
        resolution.is_none_or(|r| {
            r.strip_prefix(self.name.as_str())
                .and_then(|r| r.strip_prefix("@npm:"))
                == Some(self.version.as_str())
        })
    }
}

/// A parsed `yarn.lock`.
#[derive(Debug, Default)]
pub struct YarnLock {
    pub entries: Vec<Entry>,
    /// A Berry lockfile (`__metadata:`).
    pub berry: bool,
    /// Berry's `__metadata.cacheKey`, the cache key of checksums that do not name one.
    pub cache_key: Option<String>,
    by_specifier: HashMap<String, usize>,
}

impl YarnLock {
    /// The entry a dependency `name` at `range` resolves to (Berry writes `npm:` ranges).
    pub fn resolve(&self, name: &str, range: &str) -> Option<usize> {
        let range = range.trim_matches('"');
        [format!("{name}@{range}"), format!("{name}@npm:{range}")]
            .iter()
            .find_map(|spec| self.by_specifier.get(spec).copied())
    }
}

/// Parses a `yarn.lock`; the error names the line.
pub fn parse(text: &str) -> Result<YarnLock, String> {
    if text.trim().is_empty() {
        return Err(crate::i18n::tr!("yarn-empty-lockfile"));
    }
    let berry = text.lines().any(|l| l.starts_with("__metadata:"));
    let mut lock = YarnLock {
        berry,
        ..YarnLock::default()
    };
    let mut current: Option<Entry> = None;
    let mut specifiers: Vec<String> = Vec::new();
    let mut section = String::new();
    let mut header_line = 0;
    let finish = |entry: Option<Entry>, specs: &mut Vec<String>, lock: &mut YarnLock| {
        if let Some(entry) = entry {
            let index = lock.entries.len();
            for spec in specs.drain(..) {
                lock.by_specifier.insert(spec, index);
            }
            lock.entries.push(entry);
        }
        specs.clear();
    };
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let content = line.trim();
        match indent {
            0 => {
                let Some(header) = content.strip_suffix(':') else {
                    return Err(crate::i18n::tr!(
                        "yarn-expected-entry",
                        line = number + 1,
                        example = "name@range:",
                        found = content
                    ));
                };
                versioned(current.as_ref(), header_line)?;
                header_line = number + 1;
                finish(current.take(), &mut specifiers, &mut lock);
                if header == "__metadata" {
                    continue;
                }
                specifiers = header.split(", ").map(|s| unquote(s).to_owned()).collect();
                let first = specifiers.first().cloned().unwrap_or_default();
                current = Some(Entry {
                    name: package_name(&first).to_owned(),
                    workspace: first.contains("@workspace:"),
                    root: first.ends_with("@workspace:."),
                    ..Entry::default()
                });
            }
            2 => {
                let Some(entry) = current.as_mut() else {
                    // `__metadata` fields
                    if let ("cacheKey", value) = field(content, berry) {
                        lock.cache_key = Some(value.to_owned());
                    }
                    continue;
                };
                if let Some(name) = content.strip_suffix(':') {
                    section = name.to_owned();
                    continue;
                }
                section.clear();
                let (key, value) = field(content, berry);
                match key {
                    "version" => entry.version = value.to_owned(),
                    "resolution" => {
                        entry.workspace |= value.contains("@workspace:");
                        entry.resolution = Some(value.to_owned());
                    }
                    "resolved" => entry.resolved = Some(value.to_owned()),
                    "integrity" => entry.integrity = Some(value.to_owned()),
                    "checksum" => entry.checksum = Some(value.to_owned()),
                    _ => {}
                }
            }
            _ => {
                let Some(entry) = current.as_mut() else {
                    continue;
                };
                if matches!(section.as_str(), "dependencies" | "optionalDependencies") {
                    let (name, range) = field(content, berry);
                    entry.dependencies.push((name.to_owned(), range.to_owned()));
                }
            }
        }
    }
    versioned(current.as_ref(), header_line)?;
    finish(current.take(), &mut specifiers, &mut lock);
    Ok(lock)
}

/// An entry must say which version it resolved to.
fn versioned(entry: Option<&Entry>, line: usize) -> Result<(), String> {
    match entry {
        Some(entry) if entry.version.is_empty() => Err(crate::i18n::tr!(
            "yarn-entry-without-version",
            line = line,
            name = &entry.name
        )),
        _ => Ok(()),
    }
}

/// `version "1.2.3"` (classic) or `version: 1.2.3` (Berry), quotes removed.
fn field(content: &str, berry: bool) -> (&str, &str) {
    let split = if berry {
        content.split_once(": ").or_else(|| content.split_once(' '))
    } else {
        content.split_once(' ')
    };
    let (key, value) = split.unwrap_or((content, ""));
    (unquote(key.trim_end_matches(':')), unquote(value.trim()))
}

fn unquote(s: &str) -> &str {
    s.trim().trim_matches('"')
}

/// `@babel/core@^7.0.0` → `@babel/core`; `ms@npm:2.0.0` → `ms`.
fn package_name(specifier: &str) -> &str {
    // The `@` of a scope is not the version's; any other first character may be multi-byte.
    let skip = usize::from(specifier.starts_with('@'));
    match specifier[skip..].find('@') {
        Some(at) => &specifier[..at + skip],
        None => specifier,
    }
}

/// Yarn Plug'n'Play (`.pnp.cjs`, no `node_modules`): packages stay in zip archives in Yarn's
/// cache (`<slug>-npm-<version>-<hash>.zip`, holding `node_modules/<name>/`), or in
/// `.yarn/unplugged/` when they had to be extracted. The zips are found and read as for any
/// Berry project (`caches::yarn::BerryCache`); being the install itself, they are read as
/// `node_modules` is, without checking their checksums.
pub struct PnpCache<'a> {
    pub zips: super::caches::yarn::BerryCache<'a>,
    unplugged: std::path::PathBuf,
}

/// Where a Plug'n'Play package is: a zip archive, or an unplugged folder.
pub enum PnpPackage {
    /// The archive, and the package's folder inside it (`node_modules/<name>`).
    Zip(std::path::PathBuf, String),
    Folder(std::path::PathBuf),
}

impl<'a> PnpCache<'a> {
    /// The cache of a project installed with Plug'n'Play, if it is one: the `cacheFolder` of
    /// `.yarnrc.yml` (default `.yarn/cache`), then Berry's global caches (`places::js`).
    pub fn find(
        dir: &std::path::Path,
        home: Option<&std::path::Path>,
        js: &'a crate::places::js::Js,
    ) -> Option<Self> {
        use crate::places::js::{project_yarn_berry, yarnrc_yml};
        let rc = yarnrc_yml(&dir.join(".yarnrc.yml"), home.unwrap_or(dir));
        // Plug'n'Play is Berry's default linker: a `.pnp.cjs`, or a `.yarnrc.yml` that asks for
        // it or names no other linker while there is no `node_modules`.
        let pnp = dir.join(".pnp.cjs").is_file()
            || dir.join(".pnp.js").is_file()
            || match rc.node_linker.as_deref() {
                Some(linker) => linker == "pnp",
                None => rc.exists && !dir.join("node_modules").is_dir(),
            };
        if !pnp {
            return None;
        }
        let unplugged =
            (rc.unplugged_folder.clone()).unwrap_or_else(|| dir.join(".yarn").join("unplugged"));
        let zips = super::caches::yarn::BerryCache {
            local: project_yarn_berry(dir, &rc),
            global: js.berry(),
        };
        Some(PnpCache { zips, unplugged })
    }

    /// Where the package `name` at `version` is (with its lockfile checksum, the zip named for
    /// it).
    pub fn locate(
        &self,
        name: &str,
        version: &str,
        checksum: Option<super::caches::yarn::Checksum>,
    ) -> Option<PnpPackage> {
        // `@scope/name` is `@scope-name` in folder names.
        let prefix = format!("{}-npm-{version}-", name.replace('/', "-"));
        let inner = format!("node_modules/{name}");
        if let Ok(entries) = std::fs::read_dir(&self.unplugged) {
            let mut found: Vec<std::path::PathBuf> = entries
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().starts_with(&prefix))
                .map(|e| e.path().join(&inner))
                .filter(|p| p.is_dir())
                .collect();
            found.sort();
            if let Some(folder) = found.into_iter().next() {
                return Some(PnpPackage::Folder(folder));
            }
        }
        let (zip, inner) = self.zips.locate(name, version, checksum)?;
        Some(PnpPackage::Zip(zip, inner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLASSIC: &str = r#"# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":
  version "7.12.13"
  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.12.13.tgz"
  dependencies:
    "@babel/highlight" "^7.12.13"

"@babel/highlight@^7.12.13":
  version "7.13.10"
"#;

    const BERRY: &str = r#"__metadata:
  version: 8
  cacheKey: 10c0

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  dependencies:
    ms: "npm:^2.1.3"
  languageName: unknown
  linkType: soft

"ms@npm:^2.1.3":
  version: 2.1.3
  resolution: "ms@npm:2.1.3"
  checksum: 10c0/d924b5
  languageName: node
  linkType: hard
"#;

    #[test]
    fn classic() {
        let lock = parse(CLASSIC).unwrap();
        assert_eq!(lock.entries.len(), 2);
        let frame = &lock.entries[lock.resolve("@babel/code-frame", "^7.10.4").unwrap()];
        assert_eq!(
            (frame.name.as_str(), frame.version.as_str()),
            ("@babel/code-frame", "7.12.13")
        );
        assert_eq!(
            frame.dependencies,
            [("@babel/highlight".to_owned(), "^7.12.13".to_owned())]
        );
        assert!(lock.resolve("@babel/highlight", "^7.12.13").is_some());
        assert!(!lock.berry);
        assert_eq!(
            frame.resolved.as_deref(),
            Some("https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.12.13.tgz")
        );
    }

    #[test]
    fn berry() {
        let lock = parse(BERRY).unwrap();
        let app = &lock.entries[0];
        assert!(app.workspace && app.root);
        let ms = lock.resolve("ms", "npm:^2.1.3").unwrap();
        assert_eq!(lock.entries[ms].version, "2.1.3");
        assert_eq!(lock.resolve("ms", "^2.1.3"), Some(ms));
        assert!(lock.berry);
        assert_eq!(lock.cache_key.as_deref(), Some("10c0"));
        assert_eq!(lock.entries[ms].checksum.as_deref(), Some("10c0/d924b5"));
        assert!(lock.entries[ms].is_npm() && !lock.entries[0].is_npm());
        let patched = Entry {
            name: "typescript".to_owned(),
            version: "5.7.3".to_owned(),
            resolution: Some("typescript@patch:typescript@npm%3A5.7.3#optional!builtin<compat/typescript>::version=5.7.3&hash=5786d5".to_owned()),
            ..Entry::default()
        };
        assert!(!patched.is_npm());
    }

    #[test]
    fn malformed() {
        assert_eq!(
            parse("not a lockfile\n").unwrap_err(),
            "line 1: expected an entry such as `name@range:`, found `not a lockfile`"
        );
    }
}
