//! Vendored code: every subfolder of a `third_party/`, `vendor/` (outside Go, Composer and
//! Bundler, whose adapters read theirs), `external/`, `deps/` … folder is a copy of another
//! project, reported as a `generic` package. Its license is detected from its license files and
//! from what its own source files say (`headers.rs`: `SPDX-License-Identifier:` lines, the
//! notice of the first comment, public-domain dedications), each named by file and line; its
//! version is read from its main header's macros or its build files (`version.rs`). A copy where
//! nothing is found is reported as unknown, so that copied-in code is never invisible.
//!
//! Crates vendored by `cargo vendor` (folders holding `.cargo-checksum.json`) are skipped: the
//! Cargo adapter reports them with their metadata.

pub mod headers;
pub mod version;

use std::path::Path;

use self::headers::Headers;
use self::version::Version;
use crate::context::Context;
use crate::i18n::tr;
use crate::model::{Collected, Diagnostic, Ecosystem, Package, ProjectRoot};

/// Collects the copies in one vendor folder.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let copies = crate::discover::copies(&dir).map_err(|e| {
        Diagnostic::new(
            &root.dir,
            crate::i18n::tr!("read-cannot-read", error = e.to_string()),
        )
    })?;
    let mut collected = Collected::default();
    for (name, path) in copies {
        let headers = headers::read(&path, &name);
        let version = version::find(&path, headers.main.as_ref());
        let value = version
            .as_ref()
            .map(|v| v.value.clone())
            .unwrap_or_default();
        let mut package = super::with_source(
            Package::new(Ecosystem::Generic, name, value, &root.manifest),
            path,
        );
        package.direct = true;
        apply(&mut package, headers, version.as_ref(), &ctx.root);
        collected.packages.push(package);
    }
    Ok(collected)
}

/// Records what the copy's files say on its package: the tags as its declared
/// license (`declared_in` is the file and line), the notices as in-memory license texts named
/// `file:line`, and where the version was read, as a note.
fn apply(package: &mut Package, headers: Headers, version: Option<&Version>, root: &Path) {
    let shown = |file: &Path, line: usize| {
        let rel = file.strip_prefix(root).unwrap_or(file);
        format!("{}:{line}", crate::model::display_path(rel))
    };
    if let Some(expression) = headers::combine(&headers.tags) {
        let first = &headers.tags[0];
        package.declared = Some(expression);
        package.declared_in = Some(headers::place(&first.file, first.line));
        if headers.tags.len() > 1 {
            package.notes.extend(headers.tags.iter().map(|tag| {
                tr!(
                    "vendored-spdx-tag",
                    expression = tag.value.as_str(),
                    place = shown(&tag.file, tag.line)
                )
            }));
        }
    }
    for notice in headers.notices {
        let at = headers::place(&notice.file, notice.line);
        package.license_files.push(at.clone());
        package.license_texts.push((at, notice.value.into_bytes()));
    }
    if let Some(version) = version {
        package.notes.push(tr!(
            "vendored-version-from",
            version = version.value.as_str(),
            what = version.what.as_str(),
            place = shown(&version.file, version.line)
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_notices_and_the_version_are_recorded_with_their_places() {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("third_party/demo");
        std::fs::create_dir_all(&copy).unwrap();
        std::fs::write(copy.join("a.c"), "// SPDX-License-Identifier: MIT\n").unwrap();
        std::fs::write(copy.join("b.c"), "\n/* SPDX-License-Identifier: Zlib */\n").unwrap();
        std::fs::write(copy.join("c.h"), "/* Copyright (c) 2020 C */\n").unwrap();
        std::fs::write(copy.join("CMakeLists.txt"), "project(demo VERSION 1.2.3)\n").unwrap();
        let headers = headers::read(&copy, "demo");
        let version = version::find(&copy, headers.main.as_ref()).unwrap();
        let mut package = Package::new(
            Ecosystem::Generic,
            "demo".to_owned(),
            version.value.clone(),
            Path::new("third_party"),
        );
        apply(&mut package, headers, Some(&version), dir.path());
        assert_eq!(package.purl, "pkg:generic/demo@1.2.3");
        assert_eq!(package.declared.as_deref(), Some("MIT AND Zlib"));
        assert_eq!(package.declared_in, Some(copy.join("a.c:1")));
        assert_eq!(package.license_files, [copy.join("c.h:1")]);
        assert_eq!(package.license_texts[0].1, b"Copyright (c) 2020 C");
        let places = ["demo/a.c:1", "demo/b.c:2", "demo/CMakeLists.txt:1"];
        assert_eq!(package.notes.len(), 3, "{:?}", package.notes);
        for (note, place) in package.notes.iter().zip(places) {
            assert!(note.contains(&format!("third_party/{place}")), "{note}");
        }
        assert!(package.notes[2].contains("1.2.3"), "{:?}", package.notes);
    }
}
