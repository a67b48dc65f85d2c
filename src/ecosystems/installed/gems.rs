//! Gems installed in a gem home of a system: `specifications/<name>-<version>.gemspec`, the
//! Ruby that RubyGems writes for each installed gem (read as text, never run), and the gem's
//! files in `gems/<name>-<version>/` for its license files. Debian's gems keep only the
//! specification (`/usr/share/rubygems-integration/all/specifications/`), their code elsewhere.

use crate::context::Context;
use crate::ecosystems::ruby;
use crate::model::{Collected, Diagnostic, Ecosystem, Package, ProjectRoot};

/// Collects the gems whose specifications are in `root.manifest`.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let specifications = ctx.root.join(&root.manifest);
    let home = ctx.root.join(&root.dir);
    let mut collected = Collected::default();
    for path in super::sorted_entries(&specifications) {
        let Some(stem) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".gemspec"))
        else {
            continue;
        };
        let rel = super::relative(&ctx.root, &path);
        // Read leniently: RubyGems writes some values as escaped binary (`"\u0000"`) and some
        // specifications carry raw bytes that are not UTF-8.
        let text = match crate::read::bytes(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                collected.warnings.push(Diagnostic::new(
                    &rel,
                    crate::i18n::tr!("read-cannot-read", error = e.to_string()),
                ));
                continue;
            }
        };
        let Some((name, version)) = name_and_version(&text, stem) else {
            collected
                .warnings
                .push(Diagnostic::new(&rel, crate::i18n::tr!("gem-unidentified")));
            continue;
        };
        let mut package = Package::new(Ecosystem::Gem, name, version, &root.manifest);
        package.direct = true;
        package.declared = ruby::gemspec_licenses(&text);
        package.installed_at = Some(rel);
        // The gem's files are named after the specification (`nokogiri-1.16.0-x86_64-linux`).
        package = crate::ecosystems::with_source(package, home.join("gems").join(stem));
        collected.packages.push(package);
    }
    Ok(collected)
}

/// The gem's `name` and `version` from its specification (`s.name = "rack".freeze`,
/// `s.version = "3.0.8"`), else from the file name (`rack-3.0.8`).
fn name_and_version(text: &str, stem: &str) -> Option<(String, String)> {
    let field = |key: &str| {
        text.lines().find_map(|line| {
            let rest = line.trim_start().split_once('.')?.1.strip_prefix(key)?;
            let value = rest.trim_start().strip_prefix('=')?;
            ruby::quoted_strings(value).into_iter().next()
        })
    };
    // `nokogiri-1.16.0-x86_64-linux`: the platform after the version is not part of it.
    let from_name = || {
        let (name, rest) = super::split_versioned(stem)?;
        let version = rest.split('-').next()?;
        Some((name.to_owned(), version.to_owned()))
    };
    match (field("name"), field("version")) {
        (Some(name), Some(version)) => Some((name, version)),
        _ => from_name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_name_and_version() {
        let spec = "Gem::Specification.new do |s|\n  s.name = \"rack\".freeze\n  s.version = \"3.0.8\".freeze\n  s.licenses = [\"MIT\".freeze]\nend\n";
        assert_eq!(
            name_and_version(spec, "rack-3.0.8"),
            Some(("rack".to_owned(), "3.0.8".to_owned()))
        );
        assert_eq!(
            name_and_version("", "net-http-persistent-4.0.2-x86_64-linux"),
            Some(("net-http-persistent".to_owned(), "4.0.2".to_owned()))
        );
        assert_eq!(name_and_version("", "nodigits"), None);
    }
}
