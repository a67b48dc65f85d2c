//! Attribution: the third-party notices file a release ships with (`ossdoo notice`).
//!
//! Packages are grouped by their concluded license. For each group: the packages, the copyright
//! lines found in their license and NOTICE files, and each license text once — the packages' own
//! license files where they have them (their copyright lines differ from the reference text), else
//! the SPDX reference text embedded in the binary. Apache-2.0 NOTICE files are reproduced, as that
//! license requires (section 4d). Dev-scope and ignored packages are left out unless asked for.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::tr;
use crate::license::files;
use crate::model::Scope;
use crate::policy::eval::{Evaluated, Verdict};

/// One license group of the notices.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// The concluded expression (`MIT`, `MIT OR Apache-2.0`), or `unknown`.
    pub license: String,
    pub packages: Vec<String>,
    /// Distinct copyright lines, sorted.
    pub copyrights: Vec<String>,
    /// Distinct license texts: (the packages that carry it, the text).
    pub texts: Vec<(Vec<String>, String)>,
    /// Apache-2.0 NOTICE files: (package, content).
    pub notices: Vec<(String, String)>,
}

/// Builds the notice groups from a scan's packages.
pub fn groups(packages: &[Evaluated], include_dev: bool) -> Vec<Group> {
    let mut by_license: BTreeMap<String, Vec<&Evaluated>> = BTreeMap::new();
    for evaluated in packages {
        let package = &evaluated.resolved.package;
        if (package.scope == Scope::Dev && !include_dev) || evaluated.verdict == Verdict::Ignored {
            continue;
        }
        let license = evaluated
            .resolved
            .license_text()
            .unwrap_or_else(|| "unknown".to_owned());
        by_license.entry(license).or_default().push(evaluated);
    }
    by_license
        .into_iter()
        .map(|(license, members)| group(license, &members))
        .collect()
}

fn group(license: String, members: &[&Evaluated]) -> Group {
    let mut copyrights = Vec::new();
    let mut texts: Vec<(Vec<String>, String)> = Vec::new();
    let mut notices = Vec::new();
    let apache = license.contains("Apache-2.0");
    for evaluated in members {
        let package = &evaluated.resolved.package;
        let label = format!(
            "{} {} ({})",
            package.name, package.version, package.ecosystem
        );
        for file in &package.license_files {
            // A text read in memory (out of an archive, a vendored header's notice) is used as
            // read: its path may name no file on disk (`…tgz!/package/LICENSE`, `zlib.h:1`).
            let in_memory = package.license_texts.iter().find(|(path, _)| path == file);
            let text = match in_memory {
                Some((_, bytes)) => Some(decode(bytes.clone())),
                None => read_text(file),
            };
            let Some(text) = text else {
                continue;
            };
            copyrights.extend(copyright_lines(&text));
            match texts.iter_mut().find(|(_, t)| same_text(t, &text)) {
                Some((users, _)) => users.push(label.clone()),
                None => texts.push((vec![label.clone()], text)),
            }
        }
        if apache {
            for notice in notice_files(package) {
                if let Some(text) = read_text(&notice) {
                    copyrights.extend(copyright_lines(&text));
                    notices.push((label.clone(), text));
                }
            }
        }
    }
    if texts.is_empty() {
        texts.extend(
            reference_texts(members)
                .into_iter()
                .map(|t| (Vec::new(), t)),
        );
    }
    copyrights.sort();
    copyrights.dedup();
    let mut packages: Vec<String> = members
        .iter()
        .map(|e| {
            let p = &e.resolved.package;
            format!("{} {} ({})", p.name, p.version, p.ecosystem)
        })
        .collect();
    packages.sort();
    packages.dedup();
    Group {
        license,
        packages,
        copyrights,
        texts,
        notices,
    }
}

fn read_text(path: &std::path::Path) -> Option<String> {
    Some(decode(files::read(path).ok()?))
}

/// A license text's bytes as text (Latin-1 when not UTF-8), line ends and trailing blanks
/// normalised.
fn decode(bytes: Vec<u8>) -> String {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => err.into_bytes().iter().map(|&b| char::from(b)).collect(),
    };
    text.replace("\r\n", "\n").trim_end().to_owned()
}

/// Two license texts are the same when they differ only in whitespace.
fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Lines that state a copyright (`Copyright (c) 2015 …`, `(C) 2001 …`, `© 2020 …`): they start
/// with the mark and name a year.
fn copyright_lines(text: &str) -> Vec<String> {
    let has_year = |line: &str| {
        line.as_bytes().windows(4).any(|w| {
            w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
        })
    };
    text.lines()
        .map(str::trim)
        .filter(|line| {
            let lower = line.to_lowercase();
            (lower.starts_with("copyright") || lower.starts_with("(c) ") || line.starts_with("© "))
                && has_year(line)
        })
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| line.len() < 300)
        .collect()
}

/// `NOTICE`, `NOTICE.txt`, `NOTICE.md` in the package's folder (or its `licenses/`), or in the
/// `META-INF/` of its jar.
fn notice_files(package: &crate::model::Package) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    if let Some(jar) = &package.archive {
        found.extend(files::find_notices_in_archive(jar, "META-INF"));
    }
    if let Some(dir) = package.source_dir.as_deref().filter(|d| d.is_dir()) {
        // Wheels keep them in the dist-info's `licenses/` folder (PEP 639).
        let entries = [dir.to_path_buf(), dir.join("licenses")]
            .into_iter()
            .filter_map(|d| std::fs::read_dir(d).ok())
            .flatten()
            .filter_map(Result::ok)
            .filter(|e| files::is_notice_file_name(&e.file_name().to_string_lossy()))
            .map(|e| e.path());
        let mut in_folder: Vec<_> = entries.collect();
        in_folder.sort();
        found.extend(in_folder);
    }
    found
}

/// The SPDX reference texts of every license and exception in the group's expression.
fn reference_texts(members: &[&Evaluated]) -> Vec<String> {
    let Some(expr) = members.first().and_then(|e| e.resolved.license.as_ref()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for req in expr.requirements() {
        if let Some(id) = req.req.license.id() {
            if let Some((_, text)) = spdx::text::LICENSE_TEXTS
                .iter()
                .find(|(n, _)| *n == id.name)
            {
                out.push(format!("{}\n\n{}", id.full_name, text.trim_end()));
            }
        }
        if let Some(exception) = req.req.addition.as_ref().and_then(spdx::AdditionItem::id) {
            if let Some((_, text)) = spdx::text::EXCEPTION_TEXTS
                .iter()
                .find(|(n, _)| *n == exception.name)
            {
                out.push(format!("{}\n\n{}", exception.name, text.trim_end()));
            }
        }
    }
    out.dedup();
    out
}

/// A group's heading: its license expression, or the word for `unknown`.
fn heading(group: &Group) -> String {
    if group.license == "unknown" {
        tr!("notice-unknown")
    } else {
        group.license.clone()
    }
}

/// The notices as plain text.
pub fn render_text(title: &str, groups: &[Group]) -> String {
    let rule = "=".repeat(78);
    let thin = "-".repeat(78);
    let mut out = format!(
        "{}\n\n{}\n",
        tr!("notice-text-title"),
        tr!("notice-intro", title = title)
    );
    for g in groups {
        out.push_str(&format!("\n{rule}\n{}\n{rule}\n\n", heading(g)));
        for package in &g.packages {
            out.push_str(&format!("  - {package}\n"));
        }
        if !g.copyrights.is_empty() {
            out.push('\n');
            for line in &g.copyrights {
                out.push_str(&format!("  {line}\n"));
            }
        }
        for (users, text) in &g.texts {
            out.push_str(&format!("\n{thin}\n"));
            if !users.is_empty() {
                out.push_str(&format!(
                    "{}\n\n",
                    tr!("notice-text-license-of", packages = users.join(", "))
                ));
            }
            out.push_str(text);
            out.push('\n');
        }
        for (package, text) in &g.notices {
            out.push_str(&format!(
                "\n{thin}\n{}\n\n{text}\n",
                tr!("notice-of", package = package)
            ));
        }
    }
    out
}

/// The notices as Markdown.
pub fn render_markdown(title: &str, groups: &[Group]) -> String {
    let mut out = format!(
        "# {}\n\n{}\n",
        tr!("notice-title"),
        tr!("notice-intro", title = title)
    );
    for g in groups {
        out.push_str(&format!("\n## {}\n\n", heading(g)));
        for package in &g.packages {
            out.push_str(&format!("- {package}\n"));
        }
        if !g.copyrights.is_empty() {
            out.push('\n');
            for line in &g.copyrights {
                out.push_str(&format!("> {line}  \n"));
            }
        }
        for (users, text) in &g.texts {
            if !users.is_empty() {
                out.push_str(&format!(
                    "\n{}\n",
                    tr!("notice-license-of", packages = users.join(", "))
                ));
            }
            out.push_str(&format!("\n```text\n{}\n```\n", text.replace("```", "'''")));
        }
        for (package, text) in &g.notices {
            out.push_str(&format!(
                "\n{}\n\n```text\n{}\n```\n",
                tr!("notice-of", package = package),
                text.replace("```", "'''")
            ));
        }
    }
    out
}

/// The notices as one self-contained HTML page.
pub fn render_html(title: &str, groups: &[Group]) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{heading}</title>\n<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}pre{{white-space:pre-wrap;background:#f5f5f5;padding:1rem}}</style></head><body>\n<h1>{heading}</h1>\n<p>{intro}</p>\n",
        lang = crate::i18n::current().code(),
        heading = esc(&tr!("notice-title")),
        intro = esc(&tr!("notice-intro", title = title)),
    );
    for g in groups {
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", esc(&heading(g))));
        for package in &g.packages {
            out.push_str(&format!("<li>{}</li>\n", esc(package)));
        }
        out.push_str("</ul>\n");
        for line in &g.copyrights {
            out.push_str(&format!("<p>{}</p>\n", esc(line)));
        }
        for (users, text) in &g.texts {
            if !users.is_empty() {
                out.push_str(&format!(
                    "<p>{}</p>\n",
                    esc(&tr!("notice-license-of", packages = users.join(", ")))
                ));
            }
            out.push_str(&format!("<pre>{}</pre>\n", esc(text)));
        }
        for (package, text) in &g.notices {
            out.push_str(&format!(
                "<p>{}</p>\n<pre>{}</pre>\n",
                esc(&tr!("notice-of", package = package)),
                esc(text)
            ));
        }
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_copyright_lines() {
        let text = "MIT License\n\nCopyright (c) 2015 Jane Doe\n  Copyright 2019-2021  The Authors\nCopyright notice: keep it\n(c) 2001 Someone\n© 2020 Somebody\n(c) You must retain notices\nPermission is hereby granted";
        assert_eq!(
            copyright_lines(text),
            [
                "Copyright (c) 2015 Jane Doe",
                "Copyright 2019-2021 The Authors",
                "(c) 2001 Someone",
                "© 2020 Somebody"
            ]
        );
    }

    #[test]
    fn texts_compare_without_whitespace() {
        assert!(same_text("a  b\nc", "a b c\n"));
        assert!(!same_text("a b", "a c"));
    }
}
