//! ossdoo: an open source license compliance gate.
//!
//! The pipeline is `discover → collect → resolve → evaluate → report`; each stage is a module
//! that takes plain data (`model`) and returns plain data. `main.rs` only parses arguments and
//! calls [`run`].

pub mod checklist;
pub mod cli;
pub mod commands;
pub mod context;
pub mod discover;
pub mod ecosystems;
pub mod exit;
pub mod license;
pub mod model;
pub mod policy;
pub mod purl;
pub mod report;

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Context as _, bail};

use crate::cli::{Cli, ColorChoice, Command, ScanArgs};
use crate::context::Context;
use crate::report::{RenderOptions, ScanReport};

/// Runs the whole pipeline for one scan.
pub fn scan(ctx: &Context) -> ScanReport {
    let mut discovered = discover::find_roots(&ctx.root);
    discovered
        .roots
        .extend(ctx.sboms.iter().map(|sbom| model::ProjectRoot {
            kind: model::ProjectKind::Sbom,
            dir: std::path::PathBuf::new(),
            // Inside the scanned folder: relative like every other path; outside: as given.
            manifest: sbom.strip_prefix(&ctx.root).unwrap_or(sbom).to_path_buf(),
            lockfile: None,
        }));
    let mut collection = ecosystems::collect_all(&discovered.roots, ctx);
    license::resolve_members(&mut collection.projects);
    let detector = license::detect::Detector::new();
    let resolver = license::Resolver {
        detector: &detector,
        threshold: ctx.policy.detection_threshold,
        root: &ctx.root,
        cargo_home: ctx.cargo_home.as_deref(),
    };
    let resolved = resolver.resolve_all(std::mem::take(&mut collection.packages));
    let (evaluated, findings) = policy::eval::evaluate_all(resolved, &ctx.policy, &ctx.today);
    ScanReport::new(ctx, discovered, collection, evaluated, findings)
}

/// Runs a command line; returns the exit code. Results go to `stdout`, diagnostics to `stderr`.
pub fn run(cli: Cli, stdout: &mut dyn Write, stderr: &mut dyn Write) -> anyhow::Result<u8> {
    match cli.command {
        Command::Scan(args) => run_scan(&args, cli.color, stdout, stderr),
        Command::Explain(args) => commands::explain(&args, stdout),
        Command::Detect(args) => commands::detect(&args, stdout, stderr),
    }
}

fn run_scan(
    args: &ScanArgs,
    color: ColorChoice,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    if !args.path.is_dir() {
        bail!(
            "`{}` is not a folder; give the folder to scan",
            args.path.display()
        );
    }
    let policy = policy::load(args.policy.as_deref(), &args.path)?;
    // Absolute, so that tools run from another folder (cargo) see the same files.
    let root = std::path::absolute(&args.path)
        .with_context(|| format!("cannot resolve `{}`", args.path.display()))?;
    let mut ctx = Context::new(root, args.path.display().to_string(), policy);
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
    for sbom in &args.sbom {
        if !sbom.is_file() {
            bail!("--sbom `{}` is not a file", sbom.display());
        }
        ctx.sboms.push(std::path::absolute(sbom)?);
    }
    let report = scan(&ctx);
    let diagnostics = [("error", &report.errors), ("warning", &report.warnings)];
    for (level, diagnostic) in diagnostics
        .iter()
        .flat_map(|(l, ds)| ds.iter().map(move |d| (l, d)))
    {
        let path = model::display_path(&diagnostic.path);
        writeln!(stderr, "{level}: {path}: {}", diagnostic.message)?;
    }
    let terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let options = RenderOptions {
        all: args.all,
        color: use_color(color, terminal),
        terminal,
    };
    match &args.output {
        Some(path) => write_atomically(path, |out| {
            report::render(&report, args.format, options, out)
        })?,
        None => report::render(&report, args.format, options, stdout)?,
    }
    Ok(exit::status(&report))
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
