//! Go adapter: the build list from `go.mod` (and `vendor/modules.txt` when the module is
//! vendored), licenses by detecting the LICENSE/COPYING files at each module's root, found in
//! `vendor/<module>/` or in the module cache (`$GOMODCACHE/<escaped path>@<version>/`). Go
//! modules declare no license, so every license here comes from text detection.
//!
//! `replace` directives are applied (the replacement is the code that is built), `exclude`d
//! versions are dropped. Before Go 1.17, `go.mod` lists only direct requirements: the rest of the
//! build list is then taken from `go.sum` (the newest version of each module it holds a source
//! hash for).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::i18n::tr;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, display_path};

/// What `go.mod` says.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct GoMod {
    pub module: String,
    /// The `go` directive (`1.21`), when present.
    pub go: Option<String>,
    pub require: Vec<Require>,
    /// `old [version]` → replacement.
    pub replace: Vec<Replace>,
    /// Excluded `(module, version)` pairs.
    pub exclude: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Require {
    pub path: String,
    pub version: String,
    pub indirect: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replace {
    pub old: String,
    /// Only this version of `old` is replaced; `None` replaces every version.
    pub old_version: Option<String>,
    pub new: Target,
}

/// A replacement: another module version, or a folder on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Module { path: String, version: String },
    Dir(String),
}

/// Collects one Go module.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let text = read_text(&ctx.root, &root.manifest)?;
    let go_mod = parse_go_mod(&text).map_err(|e| Diagnostic::new(&root.manifest, e))?;
    let vendor_txt = root.dir.join("vendor").join("modules.txt");
    let vendored = match crate::read::bytes(ctx.root.join(&vendor_txt)) {
        Ok(bytes) => Some(parse_modules_txt(&String::from_utf8_lossy(&bytes))),
        Err(_) => None,
    };
    let mut build = build_list(&go_mod, vendored.as_deref());
    if vendored.is_none() && !has_full_graph(&go_mod) {
        if let Some(sum) = &root.lockfile {
            let sum_text = read_text(&ctx.root, sum)?;
            add_from_go_sum(&mut build, &parse_go_sum(&sum_text), &go_mod);
        }
    }
    let mut collected = Collected {
        members: vec![Member {
            name: go_mod.module.clone(),
            version: String::new(),
            declared: None,
            license: None,
        }],
        ..Collected::default()
    };
    let mut missing = 0;
    for module in build {
        let source = match (&module.dir, &vendored) {
            (Some(local), _) => Some(dir.join(local)),
            // `go mod vendor` keeps the required path, also for a replaced module.
            (None, Some(_)) => Some(dir.join("vendor").join(&module.required)),
            (None, None) => ctx
                .go_modcache
                .as_ref()
                .map(|cache| cache_dir(cache, &module.path, &module.version)),
        };
        let mut package = Package::new(
            Ecosystem::Go,
            module.path.clone(),
            module.version.clone(),
            &root.manifest,
        );
        package.direct = module.direct;
        if let Some(source) = source {
            package = super::with_source(package, source);
        }
        missing += usize::from(package.source_dir.is_none());
        collected.packages.push(package);
    }
    if missing > 0 {
        let hint = match (&vendored, &ctx.go_modcache) {
            (Some(_), _) => tr!(
                "go-not-vendored",
                missing = missing,
                folder = display_path(&root.dir.join("vendor"))
            ),
            (None, Some(cache)) => tr!(
                "go-not-in-module-cache",
                missing = missing,
                cache = ctx.display(cache)
            ),
            (None, None) => tr!("go-no-module-cache", missing = missing),
        };
        collected
            .warnings
            .push(Diagnostic::new(&root.manifest, hint));
    }
    Ok(collected)
}

fn read_text(root: &Path, path: &Path) -> Result<String, Diagnostic> {
    super::read_text(&root.join(path), path)
}

/// Since Go 1.17, `go.mod` lists every module the build needs (the indirect ones marked).
fn has_full_graph(go_mod: &GoMod) -> bool {
    let Some(go) = &go_mod.go else {
        return false;
    };
    let mut parts = go.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (1, 17)
}

/// One module of the build, after `replace`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct BuildModule {
    /// The module path as required (what the code imports, and its folder under `vendor/`).
    required: String,
    /// The module that is built: the replacement, when replaced by another module version.
    path: String,
    version: String,
    direct: bool,
    /// A local replacement folder, relative to the module.
    dir: Option<String>,
}

/// The build list: `vendor/modules.txt` when present (modules that provide packages), else the
/// requirements of `go.mod`; replacements applied, exclusions dropped, sorted by path.
fn build_list(go_mod: &GoMod, vendored: Option<&[VendoredModule]>) -> Vec<BuildModule> {
    let indirect: BTreeMap<&str, bool> = go_mod
        .require
        .iter()
        .map(|r| (r.path.as_str(), r.indirect))
        .collect();
    let required: Vec<(String, String)> = match vendored {
        Some(modules) => modules
            .iter()
            .filter(|m| m.has_packages)
            .map(|m| (m.path.clone(), m.version.clone()))
            .collect(),
        None => go_mod
            .require
            .iter()
            .filter(|r| {
                !go_mod
                    .exclude
                    .contains(&(r.path.clone(), r.version.clone()))
            })
            .map(|r| (r.path.clone(), r.version.clone()))
            .collect(),
    };
    let mut list: Vec<BuildModule> = required
        .into_iter()
        .map(|(path, version)| {
            let direct = indirect.get(path.as_str()).is_some_and(|i| !i);
            let replace =
                go_mod.replace.iter().rev().find(|r| {
                    r.old == path && r.old_version.as_ref().is_none_or(|v| *v == version)
                });
            let (built_path, built_version, dir) = match replace.map(|r| &r.new) {
                Some(Target::Module { path, version }) => (path.clone(), version.clone(), None),
                Some(Target::Dir(dir)) => (path.clone(), version, Some(dir.clone())),
                None => (path.clone(), version, None),
            };
            BuildModule {
                required: path,
                path: built_path,
                version: built_version,
                direct,
                dir,
            }
        })
        .collect();
    list.sort_by(|a, b| (&a.path, &a.version).cmp(&(&b.path, &b.version)));
    list.dedup_by(|a, b| a.path == b.path && a.version == b.version);
    list
}

/// Adds the modules `go.sum` holds source hashes for and `go.mod` does not list (the newest
/// version of each, as minimal version selection would pick at most that).
fn add_from_go_sum(build: &mut Vec<BuildModule>, sums: &[(String, String)], go_mod: &GoMod) {
    let mut newest: BTreeMap<&str, &str> = BTreeMap::new();
    for (path, version) in sums {
        if path == &go_mod.module || build.iter().any(|m| &m.required == path || &m.path == path) {
            continue;
        }
        let entry = newest.entry(path).or_insert(version);
        if compare_versions(version, entry).is_gt() {
            *entry = version;
        }
    }
    let extra = GoMod {
        require: newest
            .into_iter()
            .map(|(path, version)| Require {
                path: path.to_owned(),
                version: version.to_owned(),
                indirect: true,
            })
            .collect(),
        replace: go_mod.replace.clone(),
        exclude: go_mod.exclude.clone(),
        ..GoMod::default()
    };
    build.extend(build_list(&extra, None));
    build.sort_by(|a, b| (&a.path, &a.version).cmp(&(&b.path, &b.version)));
}

/// Semantic version order of `vX.Y.Z[-pre]` (pre-releases before releases); others by text.
fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    fn key(v: &str) -> (Vec<u64>, bool, &str) {
        let v = v.trim_start_matches('v');
        let v = v.split('+').next().unwrap_or(v);
        let (core, pre) = v.split_once('-').unwrap_or((v, ""));
        let numbers = core.split('.').map(|n| n.parse().unwrap_or(0)).collect();
        (numbers, pre.is_empty(), pre)
    }
    key(a).cmp(&key(b))
}

/// The module cache's case encoding: every upper-case letter becomes `!` and its lower case.
pub fn escape(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 4);
    for c in path.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// go.mod

/// Parses `go.mod`. Errors give the line number and say what was expected.
pub fn parse_go_mod(text: &str) -> Result<GoMod, String> {
    let mut go_mod = GoMod::default();
    let mut block: Option<(String, usize)> = None;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let (code, comment) = split_comment(raw);
        let tokens = tokenize(code).map_err(|e| tr!("read-at-line", line = number, message = e))?;
        let indirect = comment.is_some_and(|c| c.split(';').any(|part| part.trim() == "indirect"));
        if tokens.is_empty() {
            continue;
        }
        if let Some((verb, _)) = &block {
            if tokens == [")"] {
                block = None;
                continue;
            }
            let verb = verb.clone();
            directive(&mut go_mod, &verb, &tokens, indirect)
                .map_err(|e| tr!("read-at-line", line = number, message = e))?;
            continue;
        }
        let verb = tokens[0].as_str();
        if tokens.len() == 2 && tokens[1] == "(" {
            block = Some((verb.to_owned(), number));
            continue;
        }
        directive(&mut go_mod, verb, &tokens[1..], indirect)
            .map_err(|e| tr!("read-at-line", line = number, message = e))?;
    }
    if let Some((verb, line)) = block {
        return Err(tr!("go-block-not-closed", line = line, verb = verb));
    }
    if go_mod.module.is_empty() {
        return Err(tr!("go-no-module-directive"));
    }
    Ok(go_mod)
}

fn directive(
    go_mod: &mut GoMod,
    verb: &str,
    args: &[String],
    indirect: bool,
) -> Result<(), String> {
    match verb {
        "module" => {
            let [path] = args else {
                return Err(tr!("go-expected", syntax = "module <path>"));
            };
            go_mod.module = path.clone();
        }
        "go" => go_mod.go = args.first().cloned(),
        "require" => {
            let [path, version] = args else {
                return Err(tr!(
                    "go-expected-found",
                    syntax = "require <module> <version>",
                    found = args.join(" ")
                ));
            };
            go_mod.require.push(Require {
                path: path.clone(),
                version: version.clone(),
                indirect,
            });
        }
        "exclude" => {
            let [path, version] = args else {
                return Err(tr!("go-expected", syntax = "exclude <module> <version>"));
            };
            go_mod.exclude.push((path.clone(), version.clone()));
        }
        "replace" => {
            let arrow = args
                .iter()
                .position(|a| a == "=>")
                .ok_or_else(|| tr!("go-expected-replace"))?;
            let (old, new) = (&args[..arrow], &args[arrow + 1..]);
            let (old, old_version) = match old {
                [path] => (path.clone(), None),
                [path, version] => (path.clone(), Some(version.clone())),
                _ => return Err(tr!("go-expected", syntax = "replace <module> [version] =>")),
            };
            let new = match new {
                [dir]
                    if dir.starts_with("./") || dir.starts_with("../") || dir.starts_with('/') =>
                {
                    Target::Dir(dir.clone())
                }
                [path, version] => Target::Module {
                    path: path.clone(),
                    version: version.clone(),
                },
                _ => {
                    return Err(tr!("go-replacement-form"));
                }
            };
            go_mod.replace.push(Replace {
                old,
                old_version,
                new,
            });
        }
        // toolchain, godebug, retract, tool, ignore: nothing to do with the build list's licenses.
        _ => {}
    }
    Ok(())
}

/// Splits `code // comment`, ignoring `//` inside quoted strings.
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let mut quote: Option<char> = None;
    let bytes = line.as_bytes();
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '`' => quote = Some(c),
            None if c == '/' && bytes.get(i + 1) == Some(&b'/') => {
                return (&line[..i], Some(&line[i + 2..]));
            }
            None => {}
        }
    }
    (line, None)
}

/// Splits a line into tokens: words, quoted strings (unquoted), `(`, `)` and `=>`.
fn tokenize(code: &str) -> Result<Vec<String>, String> {
    let mut tokens = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' || c == '`' {
            chars.next();
            let mut token = String::new();
            loop {
                match chars.next() {
                    Some(end) if end == c => break,
                    Some('\\') if c == '"' => token.extend(chars.next()),
                    Some(other) => token.push(other),
                    None => return Err(tr!("go-unterminated-string")),
                }
            }
            tokens.push(token);
        } else if c == '(' || c == ')' {
            chars.next();
            tokens.push(c.to_string());
        } else {
            let mut token = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '(' || c == ')' {
                    break;
                }
                token.push(c);
                chars.next();
            }
            tokens.push(token);
        }
    }
    Ok(tokens)
}

// ---------------------------------------------------------------------------------------------
// vendor/modules.txt and go.sum

/// One `# module version` entry of `vendor/modules.txt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VendoredModule {
    pub path: String,
    pub version: String,
    /// Whether the vendor folder holds packages of it (an explicit requirement may have none).
    pub has_packages: bool,
}

/// Reads `vendor/modules.txt`: `# path version [=> replacement [version]]`, `## explicit…`
/// markers and the package lines below each module.
pub fn parse_modules_txt(text: &str) -> Vec<VendoredModule> {
    let mut modules: Vec<VendoredModule> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# ") {
            let (module, _replacement) = rest.split_once(" => ").unwrap_or((rest, ""));
            let mut words = module.split_whitespace();
            let Some(path) = words.next() else { continue };
            modules.push(VendoredModule {
                path: path.to_owned(),
                version: words.next().unwrap_or_default().to_owned(),
                has_packages: false,
            });
        } else if !line.starts_with('#') && !line.trim().is_empty() {
            if let Some(module) = modules.last_mut() {
                module.has_packages = true;
            }
        }
    }
    modules
}

/// The `(module, version)` pairs `go.sum` holds a source hash for (`/go.mod`-only lines skipped).
pub fn parse_go_sum(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let (path, version) = (words.next()?, words.next()?);
            (!version.ends_with("/go.mod")).then(|| (path.to_owned(), version.to_owned()))
        })
        .collect()
}

/// The folder of a module version in the module cache.
pub fn cache_dir(cache: &Path, path: &str, version: &str) -> PathBuf {
    cache.join(format!("{}@{}", escape(path), escape(version)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GO_MOD: &str = r#"module example.com/inventory

go 1.21

toolchain go1.21.5

require github.com/spf13/cobra v1.8.0

require (
	github.com/BurntSushi/toml v1.3.2
	github.com/google/uuid v1.6.0 // indirect
	"gopkg.in/yaml.v3" v3.0.1 // indirect; a comment after
	golang.org/x/sys v0.15.0 // indirect
)

replace github.com/google/uuid => github.com/google/uuid v1.5.0
replace (
	golang.org/x/sys v0.15.0 => ./third_party/sys // a local fork
)

exclude golang.org/x/sys v0.14.0
"#;

    #[test]
    fn parses_go_mod() {
        let go_mod = parse_go_mod(GO_MOD).unwrap();
        assert_eq!(go_mod.module, "example.com/inventory");
        assert_eq!(go_mod.go.as_deref(), Some("1.21"));
        assert_eq!(go_mod.require.len(), 5);
        assert!(!go_mod.require[0].indirect);
        assert!(go_mod.require[2].indirect);
        assert_eq!(go_mod.require[3].path, "gopkg.in/yaml.v3");
        assert!(go_mod.require[3].indirect);
        assert_eq!(go_mod.replace.len(), 2);
        assert_eq!(
            go_mod.replace[1].new,
            Target::Dir("./third_party/sys".to_owned())
        );
        assert_eq!(go_mod.exclude.len(), 1);
        let list = build_list(&go_mod, None);
        let uuid = list
            .iter()
            .find(|m| m.required == "github.com/google/uuid")
            .unwrap();
        assert_eq!(uuid.version, "v1.5.0");
        let sys = list.iter().find(|m| m.path == "golang.org/x/sys").unwrap();
        assert_eq!(sys.dir.as_deref(), Some("./third_party/sys"));
        let cobra = list
            .iter()
            .find(|m| m.path == "github.com/spf13/cobra")
            .unwrap();
        assert!(cobra.direct);
    }

    #[test]
    fn go_mod_errors_name_the_line() {
        assert_eq!(
            parse_go_mod("module m\n\nrequire (\n\tgithub.com/a/b v1.0.0\n").unwrap_err(),
            "line 3: the `require (` block is never closed with `)`"
        );
        assert_eq!(
            parse_go_mod("module m\nrequire github.com/a/b\n").unwrap_err(),
            "line 2: expected `require <module> <version>`, found `github.com/a/b`"
        );
        assert!(
            parse_go_mod("require x v1\n")
                .unwrap_err()
                .contains("no `module`")
        );
        assert!(parse_go_mod("module \"m\n").unwrap_err().contains("line 1"));
    }

    #[test]
    fn reads_modules_txt_and_go_sum() {
        let modules = parse_modules_txt(
            "# github.com/a/b v1.0.0\n## explicit; go 1.18\ngithub.com/a/b\n# github.com/c/d v0.1.0 => github.com/e/d v0.2.0\n## explicit\n# x.org/y v1.0.0 => ./y\nx.org/y/z\n",
        );
        assert_eq!(modules.len(), 3);
        assert!(modules[0].has_packages);
        assert!(!modules[1].has_packages);
        assert_eq!(modules[2].path, "x.org/y");
        let sums = parse_go_sum(
            "github.com/a/b v1.0.0 h1:abc=\ngithub.com/a/b v1.0.0/go.mod h1:def=\ngithub.com/c/d v0.1.0/go.mod h1:x=\n",
        );
        assert_eq!(sums, [("github.com/a/b".to_owned(), "v1.0.0".to_owned())]);
    }

    #[test]
    fn escapes_cache_paths_and_orders_versions() {
        assert_eq!(
            escape("github.com/BurntSushi/toml"),
            "github.com/!burnt!sushi/toml"
        );
        assert_eq!(
            cache_dir(Path::new("/c"), "github.com/Azure/go-x", "v1.0.0"),
            Path::new("/c/github.com/!azure/go-x@v1.0.0")
        );
        assert!(compare_versions("v1.10.0", "v1.9.0").is_gt());
        assert!(compare_versions("v1.0.0", "v1.0.0-rc.1").is_gt());
    }
}
