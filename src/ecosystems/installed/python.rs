//! Python distributions installed in a system's `site-packages` or `dist-packages` folder: each
//! `*.dist-info` and `*.egg-info` read as in a virtualenv (`python::metadata`).

use crate::context::Context;
use crate::ecosystems::python::metadata;
use crate::model::{Collected, Diagnostic, Ecosystem, Package, ProjectRoot};

/// Collects the distributions of the folder `root.dir`.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let dir = ctx.root.join(&root.dir);
    let mut collected = Collected::default();
    for path in super::sorted_entries(&dir) {
        let Some(found) = metadata::read_distribution(&path) else {
            continue;
        };
        for (file, why) in &found.refused {
            collected
                .warnings
                .push(Diagnostic::new(super::relative(&ctx.root, file), why));
        }
        let mut package = Package::new(
            Ecosystem::Python,
            found.name.clone(),
            found.version.clone(),
            &root.manifest,
        );
        package.direct = true;
        package.declared = found.declared;
        let metadata_file = ["METADATA", "PKG-INFO"]
            .iter()
            .map(|name| found.dir.join(name))
            .find(|file| file.is_file())
            .unwrap_or_else(|| path.clone());
        package.installed_at = Some(super::relative(&ctx.root, &metadata_file));
        package.license_files = found.license_files;
        package.source_dir = Some(found.dir);
        collected.packages.push(package);
    }
    Ok(collected)
}
