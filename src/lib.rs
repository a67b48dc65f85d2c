//! ossdoo: an open source license compliance gate.
//!
//! The pipeline is `discover → collect → resolve → evaluate → report`; each stage is a module
//! that takes plain data (`model`) and returns plain data. `main.rs` only parses arguments and
//! calls [`run`].

pub mod archive;
pub mod baseline;
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
pub mod license;
pub mod model;
pub mod notice;
pub mod places;
pub mod policy;
pub mod progress;
pub mod purl;
pub mod read;
pub mod report;
pub mod timings;

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Context as _, bail};

use crate::cli::{Cli, ColorChoice, Command, NoticeArgs, NoticeFormat, ScanArgs};
use crate::context::Context;
use crate::report::{RenderOptions, ScanReport};

/// Runs the whole pipeline for one scan.
pub fn scan(ctx: &Context) -> ScanReport {
    let mut timings = timings::Timings::default();
    ctx.progress.stage("finding projects", 0);
    let mut discovered = timings.time("discover", || discover::find_roots(&ctx.root));
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
        format!("{} project roots", discovered.roots.len()),
    );
    ctx.progress
        .stage("reading manifests and lockfiles", discovered.roots.len());
    let mut collection = timings.time("collect", || {
        ecosystems::collect_all(&discovered.roots, ctx)
    });
    timings.describe(
        "collect",
        format!(
            "{} packages; per kind, summed over threads: {}",
            collection.packages.len(),
            collection.per_kind.describe()
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
    ctx.progress.stage("resolving licenses", packages.len());
    let resolved = timings.time("resolve", || resolver.resolve_all(packages, &ctx.progress));
    let (project_license, license_warning) = project_license(ctx, &detector);
    collection.warnings.extend(license_warning);
    let eval_ctx = policy::eval::Context {
        policy: &ctx.policy,
        today: &ctx.today,
        project_license: project_license.as_ref(),
    };
    ctx.progress.stage("evaluating", 0);
    let (evaluated, mut findings) = timings.time("evaluate", || {
        policy::eval::evaluate_all(resolved, &eval_ctx)
    });
    if let Some(checklist) = &ctx.policy.checklist {
        let items = checklist::run(&ctx.root, checklist, &detector);
        findings.extend(commands::checklist::findings(&items));
        findings.sort();
    }
    timings.describe("resolve", detector.summary());
    timings.describe("evaluate", format!("{} findings", findings.len()));
    collection
        .warnings
        .extend(detector.save_cache().map(about_cache));
    ctx.progress.finish();
    let start = std::time::Instant::now();
    let mut report = ScanReport::new(ctx, discovered, collection, evaluated, findings);
    timings.record("assemble", start.elapsed(), "sorted and counted");
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
                "`[compatibility]` is on, but the project's own license is unknown (no license file recognised at the scanned root); set `project-license` in `[compatibility]`; compatibility was not checked",
            )),
        ),
    }
}

/// Runs a command line; returns the exit code. Results go to `stdout`, diagnostics to `stderr`.
pub fn run(cli: Cli, stdout: &mut dyn Write, stderr: &mut dyn Write) -> anyhow::Result<u8> {
    read::set_max_file_size(cli.max_file_size);
    match cli.command {
        Command::Scan(args) => run_scan(&args, cli.color, stdout, stderr),
        Command::Explain(args) => commands::explain(&args, stdout),
        Command::Detect(args) => commands::detect(&args, stdout, stderr),
        Command::Policy(command) => commands::policy::run(&command, stdout, stderr),
        Command::Checklist(args) => commands::checklist::run(&args, stdout),
        Command::Diff(args) => commands::diff::run(&args, stdout),
        Command::Notice(args) => run_notice(&args, stdout, stderr),
    }
}

/// The context of a scan of `path` with the policy `--policy` names (or the one found there).
fn scan_context(path: &Path, policy_arg: Option<&str>) -> anyhow::Result<Context> {
    if !path.is_dir() {
        bail!(
            "`{}` is not a folder; give the folder to scan",
            path.display()
        );
    }
    let policy = policy::load(policy_arg, path)?;
    // Absolute, so that tools run from another folder (cargo) see the same files.
    let root = std::path::absolute(path)
        .with_context(|| format!("cannot resolve `{}`", path.display()))?;
    Ok(Context::new(root, path.display().to_string(), policy))
}

/// `ossdoo notice`: the third-party notices of the folder's dependencies.
fn run_notice(
    args: &NoticeArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let mut ctx = scan_context(&args.path, args.policy.as_deref())?;
    ctx.cache_dir = args.cache.dir();
    let report = scan(&ctx);
    for diagnostic in report.errors.iter() {
        let path = model::display_path(&diagnostic.path);
        writeln!(stderr, "error: {path}: {}", diagnostic.message)?;
    }
    let title = ctx.root.file_name().map_or_else(
        || "This software".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let groups = notice::groups(&report.packages, args.include_dev);
    let text = match args.format {
        NoticeFormat::Text => notice::render_text(&title, &groups),
        NoticeFormat::Markdown => notice::render_markdown(&title, &groups),
        NoticeFormat::Html => notice::render_html(&title, &groups),
    };
    match &args.output {
        Some(path) => write_atomically(path, |out| out.write_all(text.as_bytes()))?,
        None => stdout.write_all(text.as_bytes())?,
    }
    Ok(if report.errors.is_empty() {
        exit::COMPLIANT
    } else {
        exit::INPUT_ERROR
    })
}

fn run_scan(
    args: &ScanArgs,
    color: ColorChoice,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let mut formats = Vec::with_capacity(args.format.len());
    for format in &args.format {
        if !formats.contains(format) {
            formats.push(*format);
        }
    }
    if formats.len() > 1 && args.output_dir.is_none() {
        bail!(
            "{} formats were asked for: add `--output-dir DIR` to write one file per format",
            formats.len()
        );
    }
    let mut ctx = scan_context(&args.path, args.policy.as_deref())?;
    ctx.fail_on = args.fail_on;
    ctx.cache_dir = args.cache.dir();
    if let Some(env) = &args.python_env {
        if !env.join("pyvenv.cfg").is_file() {
            bail!(
                "`{}` is not a virtualenv (it has no pyvenv.cfg)",
                env.display()
            );
        }
        ctx.python_env = Some(std::path::absolute(env)?);
    }
    for (flag, path, slot) in [
        ("--maven-repo", &args.maven_repo, &mut ctx.maven_repo),
        ("--gem-home", &args.gem_home, &mut ctx.gem_home),
        (
            "--nuget-packages",
            &args.nuget_packages,
            &mut ctx.nuget_packages,
        ),
    ] {
        if let Some(path) = path {
            if !path.is_dir() {
                bail!("{flag} `{}` is not a folder", path.display());
            }
            *slot = Some(std::path::absolute(path)?);
        }
    }
    for root in &args.cache_root {
        if !root.is_dir() {
            bail!("--cache-root `{}` is not a folder", root.display());
        }
    }
    if !args.cache_root.is_empty() {
        let roots: Vec<_> = args
            .cache_root
            .iter()
            .map(std::path::absolute)
            .collect::<Result<_, _>>()?;
        ctx.caches = places::Locations::find(
            &roots,
            |name| std::env::var(name).ok().filter(|v| !v.is_empty()),
            ctx.home.as_deref(),
        );
    }
    for sbom in &args.sbom {
        if !sbom.is_file() {
            bail!("--sbom `{}` is not a file", sbom.display());
        }
        ctx.sboms.push(std::path::absolute(sbom)?);
    }
    let baseline = args.baseline.as_deref().map(baseline::load).transpose()?;
    ctx.progress = progress::Progress::on_stderr(args.quiet);
    let mut report = scan(&ctx);
    if let (Some(old), Some(path)) = (&baseline, &args.baseline) {
        report.baseline = Some(baseline::compare(
            old,
            &path.display().to_string(),
            &report.findings,
        ));
    }
    let diagnostics = [("error", &report.errors), ("warning", &report.warnings)];
    for (level, diagnostic) in diagnostics
        .iter()
        .flat_map(|(l, ds)| ds.iter().map(move |d| (l, d)))
    {
        let path = model::display_path(&diagnostic.path);
        writeln!(stderr, "{level}: {path}: {}", diagnostic.message)?;
    }
    let terminal =
        args.output.is_none() && args.output_dir.is_none() && std::io::stdout().is_terminal();
    let options = RenderOptions {
        show_branch: args.show_branch,
        all: args.all,
        timestamp: args.timestamp,
        color: use_color(color, terminal),
        terminal,
    };
    let start = std::time::Instant::now();
    if let Some(dir) = &args.output_dir {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder `{}`", dir.display()))?;
        for &format in &formats {
            let path = dir.join(format.file_name());
            write_atomically(&path, |out| report::render(&report, format, options, out))?;
            writeln!(stderr, "wrote {}", path.display())?;
        }
    } else {
        let format = formats[0];
        match &args.output {
            Some(path) => {
                write_atomically(path, |out| report::render(&report, format, options, out))?
            }
            None => report::render(&report, format, options, stdout)?,
        }
    }
    if args.timings {
        let formats: Vec<_> = formats.iter().map(|f| f.file_name()).collect();
        report
            .timings
            .record("report", start.elapsed(), formats.join(", "));
        write!(stderr, "{}", report.timings.render())?;
    }
    let status = exit::status(&report);
    // The process ends right after this: freeing a 150,000-package report piece by piece takes
    // longer than the operating system takes to reclaim it at once.
    std::mem::forget(report);
    Ok(status)
}

/// Colour is decided once: `--color`, then `NO_COLOR` (https://no-color.org), then the terminal.
fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Writes a file so that readers never see a half-written report: a temporary file in the same
/// folder, renamed over the target.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a file in `{}`", dir.display()))?;
    write(&mut std::io::BufWriter::new(file.as_file_mut()))
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    file.persist(path)
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    Ok(())
}
