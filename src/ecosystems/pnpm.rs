//! `pnpm-lock.yaml`, lockfile versions 6 and 9. The file is YAML, but pnpm writes a regular
//! subset: block mappings by indentation, scalar values, and flow values (`{integrity: …}`) that
//! ossdoo does not need. A small reader for that subset keeps a YAML library out of the build.
//!
//! v9: `importers.<path>.{dependencies,devDependencies,optionalDependencies}.<name>.version`,
//! `packages.<name>@<version>`, and the graph under `snapshots`. v6: the root importer's lists
//! may sit at the top level, packages are keyed `/<name>@<version>` and carry their dependencies.

use std::collections::BTreeMap;

/// A block-mapping node: a scalar, or named children in file order.
#[derive(Debug, Default)]
pub struct Node {
    pub value: Option<String>,
    pub children: Vec<(String, Node)>,
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.children.iter().find(|(k, _)| k == key).map(|(_, n)| n)
    }

    /// Children of a child mapping (empty when absent).
    pub fn entries(&self, key: &str) -> impl Iterator<Item = &(String, Node)> {
        self.get(key).into_iter().flat_map(|n| n.children.iter())
    }
}

/// Parses the block-mapping subset of YAML that pnpm writes; the error names the line.
pub fn parse(text: &str) -> Result<Node, String> {
    let mut root = Node::default();
    // The path of (indent, key) from the root to the node being filled.
    let mut stack: Vec<(usize, String)> = Vec::new();
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        let content = line.trim();
        if content.is_empty() || content.starts_with('#') || content.starts_with("- ") {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let Some((key, value)) = split_key(content) else {
            return Err(crate::i18n::tr!(
                "pnpm-expected-key-value",
                line = number + 1,
                syntax = "key: value",
                found = content
            ));
        };
        while stack.last().is_some_and(|(i, _)| *i >= indent) {
            stack.pop();
        }
        let mut node = &mut root;
        for (_, k) in &stack {
            // The node being filled is the last child of that name: found at once, and right when
            // a key repeats.
            node = match node.children.iter().rposition(|(c, _)| c == k) {
                Some(i) => &mut node.children[i].1,
                None => {
                    return Err(crate::i18n::tr!(
                        "pnpm-inconsistent-indentation",
                        line = number + 1
                    ));
                }
            };
        }
        node.children.push((
            key.to_owned(),
            Node {
                value: (!value.is_empty()).then(|| unquote(value).to_owned()),
                children: Vec::new(),
            },
        ));
        stack.push((indent, key.to_owned()));
    }
    Ok(root)
}

/// Checks that a parsed document is a pnpm lockfile ossdoo reads: a `lockfileVersion` from 5 to 9,
/// and mappings where pnpm writes mappings.
pub fn check(lock: &Node) -> Result<(), String> {
    let Some(version) = lock.get("lockfileVersion") else {
        return Err(crate::i18n::tr!("pnpm-no-lockfile-version"));
    };
    let text = version.value.as_deref().unwrap_or_default();
    let major = text.split('.').next().and_then(|m| m.parse::<u32>().ok());
    if !major.is_some_and(|m| (5..=9).contains(&m)) {
        return Err(crate::i18n::tr!(
            "pnpm-unsupported-version",
            setting = format!("lockfileVersion: {text}")
        ));
    }
    for section in [
        "importers",
        "packages",
        "snapshots",
        "dependencies",
        "devDependencies",
    ] {
        if let Some(value) = lock.get(section).and_then(|n| n.value.as_deref()) {
            if value != "{}" {
                return Err(crate::i18n::tr!(
                    "pnpm-not-a-mapping",
                    setting = format!("{section}: {value}")
                ));
            }
        }
    }
    Ok(())
}

/// `key: value`, `'@scope/name@1.0.0':`, `"key": value`.
fn split_key(content: &str) -> Option<(&str, &str)> {
    let (key, rest) = match content.chars().next()? {
        quote @ ('\'' | '"') => {
            let end = content[1..].find(quote)? + 1;
            (&content[1..end], content[end + 1..].strip_prefix(':')?)
        }
        _ => {
            let at = content
                .find(": ")
                .or_else(|| content.strip_suffix(':').map(|k| k.len()))?;
            (&content[..at], &content[at + 1..])
        }
    };
    Some((key, rest.trim()))
}

fn unquote(value: &str) -> &str {
    value.trim_matches(|c| c == '\'' || c == '"')
}

/// `/@babel/core@7.26.0(supports-color@8.1.1)` → (`@babel/core`, `7.26.0`).
pub fn split_package_key(key: &str) -> Option<(&str, &str)> {
    let key = key.strip_prefix('/').unwrap_or(key);
    let key = key.split('(').next()?;
    // The `@` of a scope is not the version's; the key may be empty or start with any character.
    let skip = usize::from(key.starts_with('@'));
    let at = key[skip..].find('@')? + skip;
    Some((&key[..at], &key[at + 1..]))
}

/// A dependency's version as an importer or snapshot lists it, without peer suffixes; `None` for
/// workspace links (`link:../lib`).
pub fn plain_version(version: &str) -> Option<&str> {
    (!version.starts_with("link:")).then(|| version.split('(').next().unwrap_or(version))
}

/// The `integrity` of a package's `resolution: {integrity: sha512-…}` (a flow mapping, kept as
/// its text by [`parse`]); none for git and tarball resolutions.
pub fn integrity(package: &Node) -> Option<&str> {
    let resolution = package.get("resolution")?.value.as_deref()?;
    let (_, rest) = resolution.split_once("integrity:")?;
    let value = rest.trim_start().split([',', '}', ' ']).next()?;
    (!value.is_empty()).then_some(value)
}

/// The graph: `name@version` → the `name@version`s it depends on.
pub fn graph(lock: &Node) -> BTreeMap<String, Vec<String>> {
    let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // v9 keeps dependencies in `snapshots`; v6 in `packages`.
    for section in ["snapshots", "packages"] {
        for (key, node) in lock.entries(section) {
            let Some((name, version)) = split_package_key(key) else {
                continue;
            };
            let deps = graph.entry(format!("{name}@{version}")).or_default();
            for list in ["dependencies", "optionalDependencies"] {
                for (dep, spec) in node.entries(list) {
                    if let Some(v) = spec.value.as_deref().and_then(plain_version) {
                        // A dependency's "version" may itself be an alias `name@version`.
                        let target = if v.contains('@') && !v.starts_with('@') {
                            v.to_owned()
                        } else {
                            format!("{dep}@{v}")
                        };
                        deps.push(target);
                    }
                }
            }
        }
    }
    graph
}

#[cfg(test)]
mod tests {
    use super::*;

    const V9: &str = "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\nimporters:\n\n  .:\n    dependencies:\n      chalk:\n        specifier: ^4.1.2\n        version: 4.1.2\n    devDependencies:\n      semver:\n        specifier: 7.5.4\n        version: 7.5.4\n\npackages:\n\n  '@types/node@20.0.0':\n    resolution: {integrity: sha512-x}\n\n  chalk@4.1.2:\n    resolution: {integrity: sha512-y}\n    engines: {node: '>=10'}\n\nsnapshots:\n\n  chalk@4.1.2:\n    dependencies:\n      ansi-styles: 4.3.0\n      supports-color: 7.2.0(react@18.0.0)\n";

    #[test]
    fn reads_the_subset() {
        let lock = parse(V9).unwrap();
        assert_eq!(
            lock.get("lockfileVersion").unwrap().value.as_deref(),
            Some("9.0")
        );
        let root = lock.get("importers").unwrap().get(".").unwrap();
        let chalk = root.get("dependencies").unwrap().get("chalk").unwrap();
        assert_eq!(
            chalk.get("version").unwrap().value.as_deref(),
            Some("4.1.2")
        );
        let packages: Vec<&str> = lock.entries("packages").map(|(k, _)| k.as_str()).collect();
        assert_eq!(packages, ["@types/node@20.0.0", "chalk@4.1.2"]);
        assert_eq!(
            graph(&lock)["chalk@4.1.2"],
            ["ansi-styles@4.3.0", "supports-color@7.2.0"]
        );
    }

    #[test]
    fn keys() {
        assert_eq!(
            split_package_key("/@babel/core@7.26.0(supports-color@8.1.1)"),
            Some(("@babel/core", "7.26.0"))
        );
        assert_eq!(split_package_key("ms@2.1.3"), Some(("ms", "2.1.3")));
        assert_eq!(plain_version("link:../lib"), None);
        assert_eq!(plain_version("18.3.1(react@18.3.1)"), Some("18.3.1"));
        let lock = parse(V9).unwrap();
        let chalk = lock.get("packages").unwrap().get("chalk@4.1.2").unwrap();
        assert_eq!(integrity(chalk), Some("sha512-y"));
        let git = parse("p:\n  resolution: {commit: abc, repo: x, type: git}\n").unwrap();
        assert_eq!(integrity(git.get("p").unwrap()), None);
    }

    #[test]
    fn malformed() {
        assert_eq!(
            parse("lockfileVersion: '9.0'\nnot yaml at all\n").unwrap_err(),
            "line 2: expected `key: value`, found `not yaml at all`"
        );
    }
}
