//! Vendored code: every subfolder of a `third_party/`, `vendor/` (outside Go, Composer and
//! Bundler, whose adapters read theirs), `external/`, `deps/` … folder is a copy of another
//! project, reported as a `generic` package whose license is detected from its license files.
//! A copy without license files is reported as unknown, so that copied-in code is never invisible.
//!
//! Crates vendored by `cargo vendor` (folders holding `.cargo-checksum.json`) are skipped: the
//! Cargo adapter reports them with their metadata.

use crate::context::Context;
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
        let mut package = super::with_source(
            Package::new(Ecosystem::Generic, name, String::new(), &root.manifest),
            path,
        );
        package.direct = true;
        collected.packages.push(package);
    }
    Ok(collected)
}
