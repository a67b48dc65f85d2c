//! apk's database, `lib/apk/db/installed` (Alpine, Wolfi, Chainguard): one paragraph per package,
//! one letter per field (`P:` name, `V:` version, `A:` architecture, `L:` license). `L:` is
//! close to SPDX already; old space-separated lists (`MIT BSD-2-Clause`) are joined with `AND`,
//! and the rest goes through the same normaliser as every declared license.

use super::{Distro, purl, system_member};
use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Package, ProjectRoot, Scope};

/// Collects the installed packages of apk's database at `root.manifest`.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let path = ctx.root.join(&root.manifest);
    let text = crate::read::text(&path).map_err(|e| {
        Diagnostic::new(
            &root.manifest,
            crate::i18n::tr!("read-cannot-read", error = e.to_string()),
        )
    })?;
    let distro = Distro::read(&ctx.root);
    let mut collected = Collected::default();
    for entry in entries(&text) {
        let Some(name) = entry.name else {
            collected.warnings.push(Diagnostic::new(
                &root.manifest,
                crate::i18n::tr!("os-entry-skipped", line = entry.line, field = "P:"),
            ));
            continue;
        };
        let version = entry.version.unwrap_or("");
        let mut package = Package::new(
            Ecosystem::Apk,
            name.to_owned(),
            version.to_owned(),
            &root.manifest,
        );
        package.purl = purl(
            Ecosystem::Apk,
            distro.as_ref(),
            "alpine",
            name,
            version,
            entry.arch.unwrap_or(""),
        );
        package.scope = Scope::Os;
        package.direct = true;
        package.declared = entry.license.map(spdx_list);
        collected.packages.push(package);
    }
    collected.members.push(system_member(ctx, distro.as_ref()));
    Ok(collected)
}

/// Every file of every package of apk's database: `each(package, file)`, the file a root-relative
/// path (`F:` folder lines, then `R:` file lines in it).
pub fn owned_files(text: &str, each: &mut dyn FnMut(&str, &str)) {
    let (mut package, mut folder) = ("", "");
    for line in text.lines() {
        match line.split_once(':') {
            Some(("P", name)) => package = name.trim(),
            Some(("F", dir)) => folder = dir.trim(),
            Some(("R", file)) if !package.is_empty() => {
                each(package, &format!("{folder}/{}", file.trim()));
            }
            _ if line.trim().is_empty() => (package, folder) = ("", ""),
            _ => {}
        }
    }
}

struct Entry<'a> {
    line: usize,
    name: Option<&'a str>,
    version: Option<&'a str>,
    arch: Option<&'a str>,
    license: Option<&'a str>,
}

fn entries(text: &str) -> Vec<Entry<'_>> {
    let mut all = Vec::new();
    let mut current: Option<Entry<'_>> = None;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            all.extend(current.take());
            continue;
        }
        let entry = current.get_or_insert(Entry {
            line: i + 1,
            name: None,
            version: None,
            arch: None,
            license: None,
        });
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = Some(value.trim()).filter(|v| !v.is_empty());
        match key {
            "P" => entry.name = value,
            "V" => entry.version = value,
            "A" => entry.arch = value,
            "L" => entry.license = value,
            _ => {}
        }
    }
    all.extend(current);
    all
}

/// `MIT BSD GPL2+` (an old apk list, before Alpine wrote SPDX expressions) → `MIT AND BSD AND
/// GPL2+`, whose names the normaliser then reads; an expression is left as written.
fn spdx_list(license: &str) -> String {
    let words: Vec<&str> = license.split_whitespace().collect();
    let is_list = words.len() > 1
        && !license.contains(['(', ')'])
        && words
            .iter()
            .all(|w| !matches!(w.to_ascii_uppercase().as_str(), "AND" | "OR" | "WITH"));
    if is_list {
        words.join(" AND ")
    } else {
        license.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries() {
        let text = "C:Q1abc=\nP:musl\nV:1.2.5-r0\nA:x86_64\nL:MIT\n\nP:busybox\nV:1.36.1-r29\nL:GPL-2.0-only\n\nV:1\n";
        let all = entries(text);
        assert_eq!(all.len(), 3);
        assert_eq!(
            (all[0].name, all[0].version, all[0].arch),
            (Some("musl"), Some("1.2.5-r0"), Some("x86_64"))
        );
        assert_eq!(all[1].license, Some("GPL-2.0-only"));
        assert_eq!((all[2].name, all[2].line), (None, 11));
        assert_eq!(spdx_list("MIT BSD-2-Clause"), "MIT AND BSD-2-Clause");
        assert_eq!(spdx_list("MIT BSD GPL2+"), "MIT AND BSD AND GPL2+");
        assert_eq!(
            spdx_list("ISC AND (BSD-3-Clause OR MIT)"),
            "ISC AND (BSD-3-Clause OR MIT)"
        );
        assert_eq!(spdx_list("MIT OR Apache-2.0"), "MIT OR Apache-2.0");
        assert_eq!(spdx_list("custom"), "custom");
    }
}
