//! `ossdoo scan`: the pipeline on a folder, its diagnostics on stderr, its report in one or more
//! formats, and the exit code.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Context as _, bail};

use crate::cli::{ColorChoice, ScanArgs};
use crate::context::Context;
use crate::i18n::tr;
use crate::report::{self, RenderOptions};
use crate::{baseline, model, places, progress};

/// `ossdoo scan`.
pub fn run(
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
        bail!("{}", tr!("scan-formats-need-dir", count = formats.len()));
    }
    let mut ctx = scan_context(&args.path, args.policy.as_deref())?;
    // An image is unpacked (only what the scan reads) into a folder that lives as long as this.
    let mut _image_dir = None;
    if let Some(image) = &args.image {
        let dir = tempfile::tempdir().context(tr!("scan-image-temp"))?;
        let unpacked = crate::image::unpack(image, args.platform.as_deref(), dir.path())
            .map_err(|e| anyhow::anyhow!("{}: {e}", image.display()))?;
        ctx.root = dir.path().to_path_buf();
        ctx.root_display = image.display().to_string();
        ctx.system = Some(unpacked);
        _image_dir = Some(dir);
    } else if let Some(rootfs) = &args.rootfs {
        if !rootfs.is_dir() {
            bail!(
                "{}",
                tr!("scan-flag-not-a-folder", flag = "--rootfs", path = rootfs)
            );
        }
        ctx.root = std::path::absolute(rootfs)?;
        ctx.root_display = rootfs.display().to_string();
        // Named by its os-release.
        ctx.system = Some(model::System::default());
    }
    ctx.os_license_detail = args.os_license_detail;
    ctx.fail_on = args.fail_on;
    ctx.cache_dir = args.cache.dir();
    if let Some(env) = &args.python_env {
        if !env.join("pyvenv.cfg").is_file() {
            bail!("{}", tr!("scan-not-a-virtualenv", path = env));
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
                bail!(
                    "{}",
                    tr!("scan-flag-not-a-folder", flag = flag, path = path)
                );
            }
            *slot = Some(std::path::absolute(path)?);
        }
    }
    for root in &args.cache_root {
        if !root.is_dir() {
            bail!(
                "{}",
                tr!("scan-flag-not-a-folder", flag = "--cache-root", path = root)
            );
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
            bail!("{}", tr!("scan-sbom-not-a-file", path = sbom));
        }
        ctx.sboms.push(std::path::absolute(sbom)?);
    }
    let baseline = args.baseline.as_deref().map(baseline::load).transpose()?;
    ctx.progress = progress::Progress::on_stderr(args.quiet);
    let mut report = crate::scan(&ctx);
    if let (Some(old), Some(path)) = (&baseline, &args.baseline) {
        report.baseline = Some(baseline::compare(
            old,
            &path.display().to_string(),
            &report.findings,
        ));
    }
    let diagnostics = [
        ("cli-error-in", &report.errors),
        ("cli-warning-in", &report.warnings),
    ];
    for (id, diagnostic) in diagnostics
        .iter()
        .flat_map(|(id, ds)| ds.iter().map(move |d| (*id, d)))
    {
        let path = model::display_path(&diagnostic.path);
        let line = crate::i18n::message(
            id,
            &[
                ("path", path.into()),
                ("message", diagnostic.message.as_str().into()),
            ],
        );
        writeln!(stderr, "{line}")?;
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
            .with_context(|| tr!("scan-cannot-create-folder", path = dir))?;
        for &format in &formats {
            let path = dir.join(format.file_name());
            write_atomically(&path, |out| report::render(&report, format, options, out))?;
            writeln!(stderr, "{}", tr!("scan-wrote", path = &path))?;
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
    if let Some(database) = &args.inventory {
        super::inventory::add_scan(database, &report, &args.path, stderr)?;
    }
    let status = report::status(&report);
    // The process ends right after this: freeing a 150,000-package report piece by piece takes
    // longer than the operating system takes to reclaim it at once.
    std::mem::forget(report);
    Ok(status)
}

/// The context of a scan of `path` with the policy `--policy` names (or the one found there).
pub(crate) fn scan_context(path: &Path, policy_arg: Option<&str>) -> anyhow::Result<Context> {
    if !path.is_dir() {
        bail!("{}", tr!("scan-not-a-folder", path = path));
    }
    let policy = super::load_policy(policy_arg, path)?;
    // Absolute, so that tools run from another folder (cargo) see the same files.
    let root =
        std::path::absolute(path).with_context(|| tr!("scan-cannot-resolve", path = path))?;
    Ok(Context::new(root, path.display().to_string(), policy))
}

/// Colour is decided once: `--color`, then `NO_COLOR` (<https://no-color.org>), then the terminal.
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
pub(crate) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| tr!("scan-cannot-create-file", path = dir))?;
    write(&mut std::io::BufWriter::new(file.as_file_mut()))
        .with_context(|| tr!("scan-cannot-write", path = path))?;
    file.persist(path)
        .with_context(|| tr!("scan-cannot-write", path = path))?;
    Ok(())
}
