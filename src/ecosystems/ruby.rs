//! Bundler adapter (Ruby): gems from `Gemfile.lock` (`GEM`, `GIT` and `PATH` sections, with
//! their platform variants merged), groups from the `Gemfile`, licenses from the installed
//! gemspecs (`specifications/<name>-<version>.gemspec`) of the first gem home that has them: the
//! project's `BUNDLE_PATH` (`.bundle/config`) or `vendor/bundle`, `--gem-home`, `GEM_HOME`,
//! `GEM_PATH`, `~/.gem/ruby/*`, `/var/lib/gems/*`. Gems from `PATH` sections are the project's own.
//!
//! Nothing is evaluated: the Gemfile and gemspecs are Ruby, read as text. A gemspec's
//! `licenses` list names alternatives (`["Ruby", "BSD-2-Clause"]`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot, Scope};

/// Gemfile groups whose gems are not shipped.
const DEV_GROUPS: &[&str] = &["development", "test"];

/// One gem of the lockfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedGem {
    pub name: String,
    pub version: String,
    pub source: Source,
    /// Names of the gems it depends on.
    pub dependencies: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Rubygems,
    Git { remote: String, revision: String },
    Path(String),
}

/// What `Gemfile.lock` says.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Lockfile {
    pub gems: Vec<LockedGem>,
    /// The `DEPENDENCIES` section: the Gemfile's direct gems.
    pub direct: Vec<String>,
}

/// Collects one Bundler project.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let Some(lock_path) = &root.lockfile else {
        return Ok(Collected {
            warnings: vec![Diagnostic::new(
                &root.manifest,
                crate::i18n::tr!("ruby-no-lockfile"),
            )],
            ..Collected::default()
        });
    };
    let text = read_text(&ctx.root, lock_path)?;
    let lock = parse_lockfile(&text).map_err(|e| Diagnostic::new(lock_path, e))?;
    let groups = match crate::read::text(ctx.root.join(&root.manifest)) {
        Ok(gemfile) => gemfile_groups(&gemfile),
        Err(_) => HashMap::new(),
    };
    let homes = gem_homes(&dir, ctx);
    let mut collected = Collected::default();
    let by_name: BTreeMap<&str, &LockedGem> =
        lock.gems.iter().map(|g| (g.name.as_str(), g)).collect();
    let is_dev = |name: &String| {
        groups
            .get(name)
            .is_some_and(|g| !g.is_empty() && g.iter().all(|g| DEV_GROUPS.contains(&g.as_str())))
    };
    let passes = [
        (
            Scope::Runtime,
            lock.direct.iter().filter(|n| !is_dev(n)).cloned().collect(),
        ),
        (
            Scope::Dev,
            lock.direct.iter().filter(|n| is_dev(n)).cloned().collect(),
        ),
    ];
    let scopes = super::first_reach_scopes(passes, |name: &String| {
        by_name
            .get(name.as_str())
            .map(|g| g.dependencies.clone())
            .unwrap_or_default()
    });
    let mut missing = 0;
    for gem in &lock.gems {
        if let Source::Path(path) = &gem.source {
            let gemspec = find_gemspec(&dir.join(path), &gem.name);
            collected.members.push(Member {
                name: gem.name.clone(),
                version: gem.version.clone(),
                declared: gemspec.and_then(|g| read_gemspec_licenses(&g)),
                license: None,
            });
            continue;
        }
        let mut package = Package::new(
            Ecosystem::Gem,
            gem.name.clone(),
            gem.version.clone(),
            lock_path,
        );
        package.scope = scopes.get(&gem.name).copied().unwrap_or(Scope::Runtime);
        package.direct = lock.direct.contains(&gem.name);
        match installed(&homes, gem) {
            Some((spec, source)) => {
                package.declared = read_gemspec_licenses(&spec);
                package = super::with_source(package, source);
            }
            None => missing += 1,
        }
        collected.packages.push(package);
    }
    if missing > 0 {
        let hint = match homes.first() {
            Some(home) => crate::i18n::tr!(
                "ruby-not-installed",
                missing = missing,
                home = ctx.display(home)
            ),
            None => crate::i18n::tr!("ruby-no-gems-found", missing = missing),
        };
        collected.warnings.push(Diagnostic::new(lock_path, hint));
    }
    Ok(collected)
}

fn read_text(root: &Path, path: &Path) -> Result<String, Diagnostic> {
    super::read_text(&root.join(path), path)
}

/// The gem homes to look in, in order; only folders that exist.
fn gem_homes(dir: &Path, ctx: &Context) -> Vec<PathBuf> {
    let mut homes = Vec::new();
    if let Some(home) = &ctx.gem_home {
        homes.push(home.clone());
    }
    let bundle_path = bundle_path(dir).unwrap_or_else(|| dir.join("vendor").join("bundle"));
    // BUNDLE_PATH holds `ruby/<ABI version>/` gem homes.
    homes.extend(versioned_homes(&bundle_path.join("ruby")));
    homes.push(bundle_path);
    if let Some(value) = std::env::var_os("GEM_HOME") {
        homes.extend(std::env::split_paths(&value));
    }
    match std::env::var_os("GEM_PATH") {
        // As for RubyGems: a GEM_PATH replaces the default user and system gem folders.
        Some(value) => homes.extend(std::env::split_paths(&value)),
        None => {
            if let Some(home) = &ctx.home {
                homes.extend(versioned_homes(&home.join(".gem").join("ruby")));
            }
            homes.extend(versioned_homes(Path::new("/var/lib/gems")));
            homes.push(PathBuf::from("/usr/share/rubygems-integration/all"));
        }
    }
    homes.retain(|h| h.join("specifications").is_dir());
    homes.dedup();
    homes
}

/// `BUNDLE_PATH` from the project's `.bundle/config` (YAML with one `KEY: "value"` per line),
/// relative to the project.
fn bundle_path(dir: &Path) -> Option<PathBuf> {
    let config = crate::read::text(dir.join(".bundle").join("config")).ok()?;
    config.lines().find_map(|line| {
        let value = line.strip_prefix("BUNDLE_PATH:")?.trim();
        let value = value.trim_matches(|c| c == '"' || c == '\'');
        (!value.is_empty()).then(|| dir.join(value))
    })
}

/// The subfolders of `dir` (`3.1.0`, `3.2.0`), newest first.
fn versioned_homes(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut homes: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    homes.sort();
    homes.reverse();
    homes
}

/// The installed gemspec and source folder of a gem, in the first home that has it.
fn installed(homes: &[PathBuf], gem: &LockedGem) -> Option<(PathBuf, PathBuf)> {
    let full = format!("{}-{}", gem.name, gem.version);
    if let Source::Git { revision, .. } = &gem.source {
        // Bundler checks git gems out to `bundler/gems/<name>-<first 12 of the revision>/`.
        let short: String = revision.chars().take(12).collect();
        return homes.iter().find_map(|home| {
            let checkout = home
                .join("bundler")
                .join("gems")
                .join(format!("{}-{short}", gem.name));
            let spec = find_gemspec(&checkout, &gem.name)?;
            Some((spec, checkout))
        });
    }
    for home in homes {
        let specs = home.join("specifications");
        let exact = specs.join(format!("{full}.gemspec"));
        let spec = if exact.is_file() {
            Some(exact)
        } else {
            // A platform gem: `nokogiri-1.15.4-x86_64-linux.gemspec`.
            std::fs::read_dir(&specs).ok().and_then(|entries| {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .and_then(|n| n.strip_suffix(".gemspec"))
                            .and_then(|n| n.strip_prefix(full.as_str()))
                            .is_some_and(|platform| platform.starts_with('-'))
                    })
                    .collect();
                found.sort();
                found.into_iter().next()
            })
        };
        let Some(spec) = spec else { continue };
        let stem = spec.file_stem().unwrap_or_default().to_os_string();
        return Some((spec.clone(), home.join("gems").join(stem)));
    }
    None
}

/// `<name>.gemspec` in a folder, else the only `*.gemspec` there.
fn find_gemspec(dir: &Path, name: &str) -> Option<PathBuf> {
    let named = dir.join(format!("{name}.gemspec"));
    if named.is_file() {
        return Some(named);
    }
    let mut specs: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "gemspec"))
        .collect();
    specs.sort();
    (specs.len() == 1).then(|| specs.remove(0))
}

/// The declared licenses of a gemspec (`s.licenses = ["MIT".freeze]`, `spec.license = 'MIT'`),
/// as one expression; several are alternatives.
pub fn read_gemspec_licenses(path: &Path) -> Option<String> {
    let bytes = crate::read::bytes(path).ok()?;
    gemspec_licenses(&String::from_utf8_lossy(&bytes))
}

pub(crate) fn gemspec_licenses(text: &str) -> Option<String> {
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(at) = line.find(".license") else {
            continue;
        };
        let rest = &line[at + ".license".len()..];
        let rest = rest.strip_prefix('s').unwrap_or(rest).trim_start();
        let Some(value) = rest.strip_prefix('=') else {
            continue;
        };
        let mut value = value.to_owned();
        // A list may go on over several lines, up to its `]`.
        if value.contains('[') && !value.contains(']') {
            for more in lines.by_ref() {
                value.push_str(more);
                if more.contains(']') {
                    break;
                }
            }
        }
        return super::any_of(quoted_strings(&value));
    }
    None
}

/// The contents of every `"…"` or `'…'` in `text`.
pub(crate) fn quoted_strings(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '"' || c == '\'' {
            let s: String = chars.by_ref().take_while(|&d| d != c).collect();
            out.push(s);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Gemfile.lock

/// Parses `Gemfile.lock`. Errors give the line number.
pub fn parse_lockfile(text: &str) -> Result<Lockfile, String> {
    let mut lock = Lockfile::default();
    let mut section = String::new();
    let mut remote = String::new();
    let mut revision = String::new();
    let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
    // Whether the last spec line was a platform variant already recorded (its deps are skipped).
    let mut skipping = false;
    let mut saw_section = false;
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let indent = line.len() - line.trim_start_matches(' ').len();
        let content = line.trim();
        if indent == 0 {
            section = content.to_owned();
            saw_section = true;
            remote.clear();
            revision.clear();
            continue;
        }
        if !saw_section {
            return Err(crate::i18n::tr!("ruby-expected-section", line = number));
        }
        match section.as_str() {
            "GEM" | "GIT" | "PATH" | "PLUGIN SOURCE" => match indent {
                2 => {
                    if let Some(value) = content.strip_prefix("remote:") {
                        remote = value.trim().to_owned();
                    } else if let Some(value) = content.strip_prefix("revision:") {
                        revision = value.trim().to_owned();
                    }
                }
                4 => {
                    let (name, version) = spec_line(content).ok_or_else(|| {
                        crate::i18n::tr!("ruby-expected-spec", line = number, found = content)
                    })?;
                    let source = match section.as_str() {
                        "GIT" => Source::Git {
                            remote: remote.clone(),
                            revision: revision.clone(),
                        },
                        "PATH" => Source::Path(remote.clone()),
                        _ => Source::Rubygems,
                    };
                    skipping = !seen.insert((name.clone(), version.clone()));
                    if !skipping {
                        lock.gems.push(LockedGem {
                            name,
                            version,
                            source,
                            dependencies: Vec::new(),
                        });
                    }
                }
                6 if !skipping => {
                    let name = content.split_whitespace().next().unwrap_or(content);
                    if let Some(gem) = lock.gems.last_mut() {
                        if !gem.dependencies.iter().any(|d| d == name) {
                            gem.dependencies.push(name.to_owned());
                        }
                    }
                }
                _ => {}
            },
            "DEPENDENCIES" => {
                let name = content.split_whitespace().next().unwrap_or(content);
                lock.direct.push(name.trim_end_matches('!').to_owned());
            }
            _ => {}
        }
    }
    if !saw_section {
        return Err(crate::i18n::tr!("ruby-empty-lockfile"));
    }
    Ok(lock)
}

/// `nokogiri (1.15.4-x86_64-linux)` → (`nokogiri`, `1.15.4`): the platform is dropped.
fn spec_line(content: &str) -> Option<(String, String)> {
    let (name, rest) = content.split_once(" (")?;
    let version = rest.strip_suffix(')')?;
    let version = version.split_once('-').map_or(version, |(v, _platform)| v);
    (!name.is_empty() && !version.is_empty()).then(|| (name.to_owned(), version.to_owned()))
}

// ---------------------------------------------------------------------------------------------
// Gemfile

/// Each gem's groups, from `group :a, :b do … end` blocks and `group:` / `groups:` options.
/// Gems outside any group are absent (default group).
pub fn gemfile_groups(text: &str) -> HashMap<String, Vec<String>> {
    let mut groups: HashMap<String, Vec<String>> = HashMap::new();
    // The groups of each open `do` block; blocks that are not groups (platforms, source) add none.
    let mut stack: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        let code = line.split('#').next().unwrap_or("").trim();
        if code.is_empty() {
            continue;
        }
        let word = code.split_whitespace().next().unwrap_or("");
        if code == "end" {
            stack.pop();
        } else if code.ends_with(" do") || code.contains(" do |") {
            let names = if word == "group" {
                symbols(&code["group".len()..code.rfind(" do").unwrap_or(code.len())])
            } else {
                Vec::new()
            };
            stack.push(names);
        } else if word == "gem" {
            let Some(name) = quoted_strings(code).into_iter().next() else {
                continue;
            };
            let mut gem_groups: Vec<String> = stack.iter().flatten().cloned().collect();
            for key in ["group:", "groups:", ":group =>", ":groups =>"] {
                if let Some(at) = code.find(key) {
                    gem_groups.extend(symbols(&code[at + key.len()..]));
                }
            }
            if !gem_groups.is_empty() {
                groups.insert(name, gem_groups);
            }
        }
    }
    groups
}

/// `:development, :test` or `[:development, :test]` or `"test"` → names, up to the next option
/// (`require: false`, `:platforms =>`).
fn symbols(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for raw in text.split(|c: char| c == ',' || c == '[' || c == ']' || c.is_whitespace()) {
        if raw.is_empty() {
            continue;
        }
        if raw == "=>" || (raw.ends_with(':') && !raw.starts_with(':')) {
            break;
        }
        let name = raw.trim_matches(|c| c == ':' || c == '"' || c == '\'');
        if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            names.push(name.to_owned());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = "GIT
  remote: https://github.com/rails/rails.git
  revision: 5ba2a1e2d5cb4d8d9aac9d3cbb3e0d8c6c3e8b3b
  branch: main
  specs:
    rails (7.1.0.alpha)
      actionpack (= 7.1.0.alpha)

PATH
  remote: engines/billing
  specs:
    billing (0.1.0)
      rack (>= 2)

GEM
  remote: https://rubygems.org/
  specs:
    nokogiri (1.15.4-arm64-darwin)
      racc (~> 1.4)
    nokogiri (1.15.4-x86_64-linux)
      racc (~> 1.4)
    rack (3.0.8)
    racc (1.7.1)
    rspec-core (3.12.2)

PLATFORMS
  arm64-darwin
  x86_64-linux

DEPENDENCIES
  billing!
  nokogiri (~> 1.15)
  rails!
  rspec-core

BUNDLED WITH
   2.4.19
";

    #[test]
    fn parses_gemfile_lock() {
        let lock = parse_lockfile(LOCK).unwrap();
        let names: Vec<_> = lock
            .gems
            .iter()
            .map(|g| (g.name.as_str(), g.version.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("rails", "7.1.0.alpha"),
                ("billing", "0.1.0"),
                ("nokogiri", "1.15.4"),
                ("rack", "3.0.8"),
                ("racc", "1.7.1"),
                ("rspec-core", "3.12.2"),
            ]
        );
        assert_eq!(lock.gems[2].dependencies, ["racc"]);
        assert_eq!(
            lock.gems[1].source,
            Source::Path("engines/billing".to_owned())
        );
        assert_eq!(lock.direct, ["billing", "nokogiri", "rails", "rspec-core"]);
        assert!(
            parse_lockfile("  rack (1.0)\n")
                .unwrap_err()
                .starts_with("line 1:")
        );
        assert!(
            parse_lockfile("GEM\n  specs:\n    rack 1.0\n")
                .unwrap_err()
                .starts_with("line 3:")
        );
    }

    #[test]
    fn reads_gemfile_groups() {
        let groups = gemfile_groups(
            "source \"https://rubygems.org\"\ngem \"rails\"\ngroup :development, :test do\n  gem \"rspec-rails\"\n  platforms :mri do\n    gem 'byebug'\n  end\nend\ngem 'pry', group: :development, require: false\ngem \"pg\", \"~> 1.1\", groups: [:production]\n",
        );
        assert_eq!(groups.get("rails"), None);
        assert_eq!(groups["rspec-rails"], ["development", "test"]);
        assert_eq!(groups["byebug"], ["development", "test"]);
        assert_eq!(groups["pry"], ["development"]);
        assert_eq!(groups["pg"], ["production"]);
    }

    #[test]
    fn reads_gemspec_licenses() {
        assert_eq!(
            gemspec_licenses("  s.licenses = [\"MIT\".freeze]\n").as_deref(),
            Some("MIT")
        );
        assert_eq!(
            gemspec_licenses("  s.licenses = [\"Ruby\".freeze, \"BSD-2-Clause\".freeze]\n")
                .as_deref(),
            Some("Ruby OR BSD-2-Clause")
        );
        assert_eq!(
            gemspec_licenses("  spec.license = 'Apache-2.0'\n").as_deref(),
            Some("Apache-2.0")
        );
        assert_eq!(
            gemspec_licenses("  spec.licenses = [\n    'MIT',\n    'GPL-2.0-only'\n  ]\n")
                .as_deref(),
            Some("MIT OR GPL-2.0-only")
        );
        assert_eq!(gemspec_licenses("  s.summary = \"x\"\n"), None);
    }
}
