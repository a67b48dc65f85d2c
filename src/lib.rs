//! ossdoo: an open source license compliance gate.
//!
//! The pipeline is `discover → collect → resolve → evaluate → report`; each stage is a module
//! that takes plain data (`model`) and returns plain data; [`scan`] runs them in order. The
//! commands (`commands`) answer the command line's questions with it; `main.rs` parses the
//! arguments and calls one command.

pub mod archive;
pub mod baseline;
pub mod binary;
pub mod checklist;
pub mod cli;
pub mod commands;
pub mod context;
pub mod discover;
pub mod ecosystems;
pub mod exit;
/// Fuzzing entry points: built for the tests and for `cargo fuzz` (which sets `--cfg fuzzing`),
/// not for the shipped binary.
#[cfg(any(test, fuzzing))]
#[doc(hidden)]
pub mod fuzz;
pub mod i18n;
pub mod image;
pub mod inventory;
pub mod license;
pub mod model;
pub mod notice;
pub mod places;
pub mod policy;
pub mod progress;
pub mod read;
pub mod report;
pub mod text;
pub mod timings;

use std::path::Path;

use crate::context::Context;
use crate::i18n::tr;
use crate::report::ScanReport;

/// Runs the whole pipeline for one scan.
pub fn scan(ctx: &Context) -> ScanReport {
    let mut timings = timings::Timings::default();
    ctx.progress.stage(&tr!("stage-finding-projects"), 0);
    let mut discovered = timings.time("discover", || match &ctx.system {
        Some(_) => discover::find_system_roots(&ctx.root),
        None => discover::find_roots(&ctx.root),
    });
    if let Some(system) = &ctx.system {
        discovered.warnings.extend(system.warnings.iter().cloned());
        discovered.errors.extend(system.errors.iter().cloned());
    }
    discovered
        .roots
        .extend(ctx.sboms.iter().map(|sbom| model::ProjectRoot {
            kind: model::ProjectKind::Sbom,
            dir: std::path::PathBuf::new(),
            // Inside the scanned folder: relative like every other path; outside: as given.
            manifest: sbom.strip_prefix(&ctx.root).unwrap_or(sbom).to_path_buf(),
            lockfile: None,
        }));
    timings.describe(
        "discover",
        tr!("timings-roots", count = discovered.roots.len()),
    );
    ctx.progress
        .stage(&tr!("stage-reading-manifests"), discovered.roots.len());
    let mut collection = timings.time("collect", || {
        ecosystems::collect_all(&discovered.roots, ctx)
    });
    timings.describe(
        "collect",
        tr!(
            "timings-packages",
            count = collection.packages.len(),
            kinds = collection.per_kind.describe()
        ),
    );
    license::resolve_members(&mut collection.projects);
    let (detector, cache_warning) = license::detect::Detector::with_cache(ctx.cache_dir.as_deref());
    let about_cache = |warning| {
        model::Diagnostic::new(ctx.cache_dir.as_deref().unwrap_or(Path::new("")), warning)
    };
    collection.warnings.extend(cache_warning.map(about_cache));
    let named_roots: Vec<(std::path::PathBuf, String)> = ctx
        .cargo_home
        .iter()
        .map(|home| (home.clone(), "$CARGO_HOME".to_owned()))
        .chain(
            ctx.caches
                .npm
                .iter()
                .map(|cache| (cache.clone(), "[npm cache]".to_owned())),
        )
        .chain(ctx.caches.js.named_roots())
        // Last: environments in the tools' central folders (`~/.cache/pypoetry/…`).
        // (Not a home folder of `/`, as some containers have: every path would look like one.)
        .chain(
            ctx.home
                .iter()
                .filter(|home| home.parent().is_some())
                .map(|home| (home.clone(), "~".to_owned())),
        )
        .collect();
    let resolver = license::Resolver {
        detector: &detector,
        threshold: ctx.policy.detection_threshold,
        root: &ctx.root,
        named_roots: &named_roots,
    };
    let packages = std::mem::take(&mut collection.packages);
    ctx.progress
        .stage(&tr!("stage-resolving-licenses"), packages.len());
    let resolved = timings.time("resolve", || resolver.resolve_all(packages, &ctx.progress));
    let (project_license, license_warning) = project_license(ctx, &detector);
    collection.warnings.extend(license_warning);
    let eval_ctx = policy::eval::Context {
        policy: &ctx.policy,
        today: &ctx.today,
        project_license: project_license.as_ref(),
    };
    ctx.progress.stage(&tr!("stage-evaluating"), 0);
    let (evaluated, mut findings) = timings.time("evaluate", || {
        policy::eval::evaluate_all(resolved, &eval_ctx)
    });
    if let Some(checklist) = &ctx.policy.checklist {
        let items = checklist::run(&ctx.root, checklist, &detector);
        findings.extend(policy::eval::checklist_findings(&items));
        findings.sort();
    }
    timings.describe("resolve", detector.summary());
    timings.describe("evaluate", tr!("timings-findings", count = findings.len()));
    collection
        .warnings
        .extend(detector.save_cache().map(about_cache));
    ctx.progress.finish();
    let start = std::time::Instant::now();
    let mut report = ScanReport::new(ctx, discovered, collection, evaluated, findings);
    timings.record("assemble", start.elapsed(), tr!("timings-assembled"));
    report.timings = timings;
    report
}

/// The scanned project's own license, for `[compatibility]`: the policy's `project-license`, else
/// the license detected in the license files at the scanned root. Without `[compatibility]`,
/// none; when it cannot be found, a warning says compatibility was not checked.
fn project_license(
    ctx: &Context,
    detector: &license::detect::Detector,
) -> (Option<spdx::Expression>, Option<model::Diagnostic>) {
    let Some(compatibility) = &ctx.policy.compatibility else {
        return (None, None);
    };
    if let Some(text) = &compatibility.project_license {
        return (spdx::Expression::parse(text).ok(), None);
    }
    // An image says its own license in a label.
    if let Some(labelled) = ctx.system.as_ref().and_then(|s| s.licenses.as_deref()) {
        return match spdx::Expression::parse(labelled) {
            Ok(expr) => (Some(expr), None),
            Err(e) => (
                None,
                Some(model::Diagnostic::new(
                    "",
                    tr!(
                        "compat-label-not-spdx",
                        label = labelled,
                        error = e.to_string()
                    ),
                )),
            ),
        };
    }
    let detected = license::files::find(&ctx.root).iter().find_map(|file| {
        let found = detector.detect_file(file).ok()??;
        (found.confidence >= ctx.policy.detection_threshold)
            .then(|| spdx::Expression::parse(&found.license).ok())?
    });
    match detected {
        Some(expr) => (Some(expr), None),
        None => (
            None,
            Some(model::Diagnostic::new(
                &ctx.policy.source,
                tr!("compat-project-license-unknown"),
            )),
        ),
    }
}
