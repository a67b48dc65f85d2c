//! dpkg's database: `var/lib/dpkg/status` (Debian, Ubuntu), or one file per package in
//! `var/lib/dpkg/status.d/` (Google's distroless images). Each installed package's license comes
//! from `usr/share/doc/<package>/copyright`: a machine-readable file gives its `Files: *` license
//! (the other stanzas' licenses are kept as evidence, or all of them joined with `AND` under
//! `--os-license-detail`); a free-form file goes through license-text detection.

use std::path::PathBuf;

use super::dep5;
use super::{Distro, purl, system_member};
use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Package, ProjectRoot, Scope};
use crate::read::in_root;

/// Collects the installed packages of dpkg's database at `root.manifest`.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let path = ctx.root.join(&root.manifest);
    let distro = Distro::read(&ctx.root);
    let mut collected = Collected::default();
    let files = if path.is_dir() {
        // distroless: `status.d/<package>`, beside `<package>.md5sums` files that are not stanzas.
        let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
            .map_err(|e| {
                Diagnostic::new(
                    &root.manifest,
                    crate::i18n::tr!("read-cannot-read", error = e.to_string()),
                )
            })?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_none_or(|e| e != "md5sums"))
            .collect();
        files.sort();
        files
    } else {
        vec![path]
    };
    for file in files {
        let rel = file.strip_prefix(&ctx.root).unwrap_or(&file).to_path_buf();
        let text = crate::read::text(&file).map_err(|e| {
            Diagnostic::new(
                &rel,
                crate::i18n::tr!("read-cannot-read", error = e.to_string()),
            )
        })?;
        for stanza in super::deb822::paragraphs(&text) {
            let Some(name) = stanza.get("Package") else {
                collected.warnings.push(Diagnostic::new(
                    &rel,
                    crate::i18n::tr!(
                        "os-paragraph-skipped",
                        line = stanza.line,
                        field = "Package:"
                    ),
                ));
                continue;
            };
            if !is_installed(stanza.get("Status")) {
                continue;
            }
            let version = stanza.get("Version").unwrap_or("");
            let arch = stanza.get("Architecture").unwrap_or("");
            let mut package =
                Package::new(Ecosystem::Deb, name.to_owned(), version.to_owned(), &rel);
            package.purl = purl(
                Ecosystem::Deb,
                distro.as_ref(),
                "debian",
                name,
                version,
                arch,
            );
            package.scope = Scope::Os;
            package.direct = true;
            read_copyright(&mut package, ctx, name);
            collected.packages.push(package);
        }
    }
    collected.members.push(system_member(ctx, distro.as_ref()));
    Ok(collected)
}

/// dpkg's states whose files are on disk: all but `not-installed` and `config-files` (a removed
/// package whose configuration files were kept).
fn is_installed(status: Option<&str>) -> bool {
    // distroless writes no `Status:`; every file there is an installed package.
    let Some(status) = status else { return true };
    let state = status.split_whitespace().nth(2).unwrap_or("");
    !matches!(state, "not-installed" | "config-files")
}

/// Fills in the package's license from its copyright file.
fn read_copyright(package: &mut Package, ctx: &Context, name: &str) {
    let rel = PathBuf::from(format!("usr/share/doc/{name}/copyright"));
    let Some(path) = in_root(&ctx.root, &rel).filter(|p| p.is_file()) else {
        package.not_found = Some(crate::i18n::tr!("os-no-copyright-file", path = &rel).into());
        return;
    };
    from_copyright(package, path, ctx.os_license_detail);
}

/// Fills in the package's license from the Debian copyright file at `path`: a machine-readable
/// one is parsed (its `Files: *` stanza, or every stanza with `detail`); a free-form one becomes
/// the license file that detection reads.
pub(crate) fn from_copyright(package: &mut Package, path: PathBuf, detail: bool) {
    let Ok(text) = crate::read::text(&path) else {
        package.license_files = vec![path];
        return;
    };
    match dep5::parse(&text) {
        // A stanza with a license text but no name (`License:` alone) reads as free-form.
        Some(copyright)
            if !copyright.stanzas.is_empty()
                && copyright.stanzas.iter().all(|s| !s.license.is_empty()) =>
        {
            declare(package, &copyright, detail);
            package.declared_in = Some(path);
        }
        // Free-form: the whole file goes through detection, which finds every license in it.
        _ => package.license_files = vec![path],
    }
}

/// The declared license of a machine-readable copyright file: its `Files: *` stanza's license
/// (every stanza's, joined with `AND`, when there is no such stanza or with `detail`); the other
/// stanzas and Debian's own words are kept as notes.
fn declare(package: &mut Package, copyright: &dep5::Copyright, detail: bool) {
    let main: Vec<&dep5::Stanza> = copyright.stanzas.iter().filter(|s| s.is_main()).collect();
    let chosen: Vec<&dep5::Stanza> = if main.is_empty() || detail {
        copyright.stanzas.iter().collect()
    } else {
        main
    };
    let has_text = |name: &str| copyright.texts.contains(name);
    let mut parts: Vec<dep5::Expr> = Vec::new();
    for stanza in &chosen {
        let text = match dep5::to_spdx(&stanza.license, &has_text) {
            Ok((spdx, dropped)) => {
                for exception in dropped {
                    package.notes.push(crate::i18n::tr!(
                        "os-exception-without-id",
                        line = stanza.line,
                        exception = exception.to_string()
                    ));
                }
                dep5::Expr::Leaf(spdx)
            }
            // Left as written: resolution says the name is not a license it knows.
            Err(_) => dep5::Expr::Leaf(stanza.license.clone()),
        };
        if !parts.contains(&text) {
            parts.push(text);
        }
    }
    package.declared = Some(match parts.len() {
        1 => parts.remove(0).spdx(),
        _ => dep5::Expr::And(parts).spdx(),
    });
    for stanza in &copyright.stanzas {
        let spdx = dep5::to_spdx(&stanza.license, &has_text).map(|(s, _)| s);
        let role = if chosen.iter().any(|c| std::ptr::eq(*c, stanza)) {
            "declared"
        } else {
            "other"
        };
        package.notes.push(match &spdx {
            Ok(spdx) if *spdx != stanza.license => crate::i18n::tr!(
                "os-copyright-stanza-converted",
                line = stanza.line,
                role = role,
                files = &stanza.files,
                license = &stanza.license,
                spdx = spdx.to_string()
            ),
            _ => crate::i18n::tr!(
                "os-copyright-stanza",
                line = stanza.line,
                role = role,
                files = &stanza.files,
                license = &stanza.license
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stanzas_and_states() {
        let text = "Package: zlib1g\nStatus: install ok installed\nVersion: 1:1.2.13.dfsg-1\nDescription: compression library\n multi-line\n\nPackage: old\nStatus: deinstall ok config-files\nVersion: 1\n";
        let all = crate::ecosystems::os::deb822::paragraphs(text);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].get("Version"), Some("1:1.2.13.dfsg-1"));
        assert_eq!(all[1].line, 7);
        assert!(is_installed(all[0].get("Status")));
        assert!(!is_installed(all[1].get("Status")));
        assert!(is_installed(None));
    }
}
