//! The command line, as clap parses it. Raw arguments only: `lib::run` turns them into a
//! validated `Context`.

use std::path::PathBuf;

use clap::{Arg, ArgAction, Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

use crate::report::Format;

/// ossdoo: the open source license compliance gate of your OSPO.
///
/// Reads the manifests and lockfiles of every project under a folder (Cargo, npm, Yarn, pnpm,
/// Python, Go, Maven, Gradle, Composer, Bundler, NuGet, vendored code), resolves each
/// dependency's license to SPDX, and judges it against a TOML policy.
///
/// Exit codes: 0 compliant, 1 policy violations, 2 usage or input error.
#[derive(Debug, Parser)]
#[command(name = "ossdoo", version, about, long_about, help_expected = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// When to use colour: auto (a terminal, and NO_COLOR unset), always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The language of what people read: en or fr. Default: OSSDOO_LANG, else the policy's
    /// `[policy] language`, else the locale (LC_ALL, LC_MESSAGES, LANG: `fr_CA.UTF-8` is
    /// French), else English.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,

    /// The largest manifest, lockfile or license file read (`512KB`, `256MB`, `1GB`); a larger
    /// file is an error for that file and the scan goes on.
    #[arg(long, global = true, value_name = "SIZE", default_value = "256MB", value_parser = crate::read::parse_size)]
    pub max_file_size: u64,
}

/// `--lang` as given on the command line, read before clap parses it so that `--help` and
/// errors are in that language (`--lang fr`, `--lang=fr`; not after `--`).
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().and_then(|value| Lang::parse(&value));
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Lang::parse(value);
        }
    }
    None
}

/// The command line with its help in `lang`: English is the doc comments in this file; French
/// is fr.ftl's `clihelp-<command>` and `clihelp-<command>--<argument>` messages, and the usage,
/// commands, help and version words. clap's own error messages stay English.
pub fn command(lang: Lang) -> clap::Command {
    let command = <Cli as clap::CommandFactory>::command();
    match lang {
        Lang::En => command,
        Lang::Fr => localize(command, "ossdoo", lang)
            .disable_version_flag(true)
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(crate::i18n::message_in(lang, "cli-print-version", &[])),
            ),
    }
}

/// `scan`, `inventory-who-uses`: a command's place in the `clihelp-` ids (the root is `ossdoo`).
fn help_path(parent: &str, name: &str) -> String {
    if parent == "ossdoo" {
        name.to_owned()
    } else {
        format!("{parent}-{name}")
    }
}

fn localize(command: clap::Command, path: &str, lang: Lang) -> clap::Command {
    // As clap does with doc comments: a one-paragraph text loses its final full stop.
    let text = |id: &str| {
        crate::i18n::lookup(lang, id).map(|t| match t.contains("\n\n") {
            true => t,
            false => t.trim_end_matches('.').to_owned(),
        })
    };
    let mut command = command;
    if let Some(about) = text(&format!("clihelp-{path}")) {
        let long = text(&format!("clihelp-{path}-long")).unwrap_or_else(|| about.clone());
        command = command.about(about).long_about(long);
    }
    let help = crate::i18n::message_in(lang, "cli-print-help", &[]);
    command
        .mut_args(
            |arg| match text(&format!("clihelp-{path}--{}", arg.get_id())) {
                Some(help) => arg.help(help).long_help(None::<&str>),
                None => arg,
            },
        )
        .mut_subcommands(|sub| {
            let path = help_path(path, sub.get_name());
            localize(sub, &path, lang)
        })
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            crate::i18n::message_in(lang, "cli-usage", &[])
        ))
        .subcommand_help_heading(crate::i18n::message_in(lang, "cli-commands-heading", &[]))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(false)
                .help(help),
        )
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan a folder: find projects, resolve licenses, judge them against the policy.
    Scan(Box<ScanArgs>),
    /// Explain a license string: its SPDX form, each license's category and obligations, and the
    /// policy's verdict ("can we use something under X?").
    Explain(ExplainArgs),
    /// Detect the license of files from their text (LICENSE, COPYING, …).
    Detect(DetectArgs),
    /// Compare two saved JSON reports: packages added, removed and upgraded, license changes,
    /// new and fixed findings. Exit 1 when the change introduces a violation.
    Diff(DiffArgs),
    /// Write the third-party notices file a release ships with: packages grouped by license,
    /// copyright lines, each license text once, Apache-2.0 NOTICE files.
    Notice(NoticeArgs),
    /// Write, validate and show policy files.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Run the policy's release checklist on a repository: required files, the repository's own
    /// license, SPDX headers. Exit 1 when an item fails.
    Checklist(ChecklistArgs),
    /// The portfolio inventory: every repository's scans in one database (SQLite or
    /// PostgreSQL), and the questions asked across them.
    Inventory(InventoryArgs),
}

#[derive(Debug, Args)]
pub struct InventoryArgs {
    /// The inventory: a SQLite file (created by the first `add`) or a PostgreSQL connection
    /// string (`postgres://user@host/db`).
    #[arg(
        long,
        global = true,
        env = "OSSDOO_DATABASE",
        default_value = "ossdoo-inventory.db",
        value_name = "FILE|URL"
    )]
    pub database: String,

    #[command(subcommand)]
    pub command: InventoryCommand,
}

#[derive(Debug, Subcommand)]
pub enum InventoryCommand {
    /// Store saved JSON reports (`ossdoo scan --format json --output FILE`). The same report of
    /// the same commit twice adds nothing.
    Add(InventoryAddArgs),
    /// Which repositories use a package (`lodash`, `lodash@<4.17.21`, `pkg:npm/lodash@>=4,<5`,
    /// `pkg:maven/org.apache.logging.log4j/*`): versions, direct or transitive, scope.
    WhoUses(WhoUsesArgs),
    /// The portfolio's licenses and license categories, in all and per repository.
    Licenses(InventoryLicensesArgs),
    /// Every exception of every repository's latest scan: in force, unused or expired, with its
    /// approver and expiry.
    Exceptions(InventoryExceptionsArgs),
    /// Packages added, removed and upgraded per repository, and packages relicensed between
    /// versions anywhere in the portfolio (with the repositories on each side).
    Changes(InventoryChangesArgs),
    /// One portfolio page for compliance staff: repositories, licenses, exceptions to renew,
    /// relicensed packages.
    Report(InventoryReportArgs),
}

#[derive(Debug, Args)]
pub struct InventoryAddArgs {
    /// The reports to store.
    #[arg(required = true, value_name = "REPORT.json")]
    pub reports: Vec<PathBuf>,

    /// The repository the reports are of. Default: OSSDOO_REPO, the image a report names, the CI
    /// system's repository, the current folder's Git remote `origin`, else its name.
    #[arg(long, value_name = "NAME")]
    pub repo: Option<String>,

    /// The commit scanned. Default: OSSDOO_COMMIT, the image's digest, the CI system's commit,
    /// else the current folder's Git `HEAD`.
    #[arg(long, value_name = "SHA")]
    pub commit: Option<String>,

    /// When the scan ran (`2026-11-30`, `2026-11-30T14:05:00Z`). Default: now.
    #[arg(long, value_name = "TIME")]
    pub scanned_at: Option<String>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = crate::inventory::render::Format::Table)]
    pub format: crate::inventory::render::Format,
}

#[derive(Debug, Args)]
pub struct WhoUsesArgs {
    /// A package name with an optional version or range, or a package URL pattern.
    #[arg(value_name = "PURL|NAME[@VERSIONS]")]
    pub package: String,

    /// Every scan, not only each repository's latest.
    #[arg(long)]
    pub history: bool,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = crate::inventory::render::Format::Table)]
    pub format: crate::inventory::render::Format,
}

#[derive(Debug, Args)]
pub struct InventoryLicensesArgs {
    /// Only this repository.
    #[arg(long, value_name = "NAME")]
    pub repo: Option<String>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = crate::inventory::render::Format::Table)]
    pub format: crate::inventory::render::Format,
}

#[derive(Debug, Args)]
pub struct InventoryExceptionsArgs {
    /// Only exceptions that expire from today to this far ahead (`90d`, `12w`, `3 months`).
    #[arg(long, value_name = "SPAN")]
    pub expiring_within: Option<String>,

    /// Only this repository.
    #[arg(long, value_name = "NAME")]
    pub repo: Option<String>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = crate::inventory::render::Format::Table)]
    pub format: crate::inventory::render::Format,
}

#[derive(Debug, Args)]
pub struct InventoryChangesArgs {
    /// Compare each repository's latest scan with its last scan before this date (and list
    /// relicensing first seen since). Default: with the scan before the latest.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only this repository.
    #[arg(long, value_name = "NAME")]
    pub repo: Option<String>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = crate::inventory::render::Format::Table)]
    pub format: crate::inventory::render::Format,
}

#[derive(Debug, Args)]
pub struct InventoryReportArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = crate::inventory::render::PortfolioFormat::Html)]
    pub format: crate::inventory::render::PortfolioFormat,

    /// Write the report to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Write a commented starter policy (`ossdoo.toml`) that extends a shipped one.
    Init(PolicyInitArgs),
    /// Validate a policy file: exit 0 when valid, 2 with every problem (file:line:column, the
    /// line, a caret and a suggestion).
    Check(PolicyFileArgs),
    /// Print the effective policy, after `extends`, as TOML.
    Show(PolicyFileArgs),
}

#[derive(Debug, Args)]
pub struct PolicyInitArgs {
    /// The shipped policy to extend: default, permissive-only, weak-copyleft-ok, internal-use,
    /// release-checklist, gc-publishing.
    #[arg(long, default_value = "default", value_name = "NAME")]
    pub template: String,

    /// Where to write it (`-` for standard output). An existing file is never overwritten.
    #[arg(long, short, default_value = "ossdoo.toml", value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct PolicyFileArgs {
    /// The policy file, or the name of a shipped policy. Default: `ossdoo.toml` or
    /// `.ossdoo.toml` in the current folder, else the embedded default policy.
    #[arg(value_name = "FILE|NAME")]
    pub file: Option<String>,
}

#[derive(Debug, Args)]
pub struct NoticeArgs {
    /// The folder whose dependencies the notices cover.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// Policy file, or the name of a shipped policy (its `[[ignore]]` and scope rules apply).
    #[arg(long, value_name = "FILE|NAME")]
    pub policy: Option<String>,

    /// Write the notices to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = NoticeFormat::Text)]
    pub format: NoticeFormat,

    /// Include dev-scope packages (tests and tooling are usually not shipped).
    #[arg(long)]
    pub include_dev: bool,

    #[command(flatten)]
    pub cache: CacheArgs,
}

/// Formats of `ossdoo notice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NoticeFormat {
    /// Plain text (`THIRD-PARTY-NOTICES.txt`).
    Text,
    /// Markdown.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier report (`ossdoo scan --format json --output OLD.json`).
    #[arg(value_name = "OLD.json")]
    pub old: PathBuf,

    /// The later report.
    #[arg(value_name = "NEW.json")]
    pub new: PathBuf,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
}

/// Output formats of `ossdoo diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Plain text for people.
    Table,
    /// JSON for scripts.
    Json,
    /// Markdown for a pull-request comment.
    Markdown,
}

#[derive(Debug, Args)]
pub struct ChecklistArgs {
    /// The repository to check.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// Policy file, or the name of a shipped policy (`release-checklist` and `gc-publishing`
    /// have a checklist).
    /// Default: `ossdoo.toml` or `.ossdoo.toml` in PATH, else the embedded default policy.
    #[arg(long, value_name = "FILE|NAME")]
    pub policy: Option<String>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = SimpleFormat::Table)]
    pub format: SimpleFormat,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The license string, as a package would declare it (`MIT/Apache-2.0`, `GPLv2+`, `BSD`).
    #[arg(value_name = "LICENSE")]
    pub license: String,

    /// Policy file, or the name of a shipped policy. Default: `ossdoo.toml` or `.ossdoo.toml` in
    /// the current folder, else the embedded default policy.
    #[arg(long, value_name = "FILE|NAME")]
    pub policy: Option<String>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = SimpleFormat::Table)]
    pub format: SimpleFormat,
}

#[derive(Debug, Args)]
pub struct DetectArgs {
    /// The files to read.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = SimpleFormat::Table)]
    pub format: SimpleFormat,

    #[command(flatten)]
    pub cache: CacheArgs,
}

/// Output formats of the commands that answer one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SimpleFormat {
    /// Plain text for people.
    Table,
    /// JSON for scripts.
    Json,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The folder to scan; with `--image` or `--rootfs`, the folder whose policy applies.
    #[arg(default_value = ".")]
    pub path: PathBuf,

    /// A container image to scan: a `docker save` archive, or an OCI image layout (a folder, or a
    /// tar of one). Its layers are read in place, offline: nothing is pulled or run.
    #[arg(long, value_name = "ARCHIVE|DIR", conflicts_with = "rootfs")]
    pub image: Option<PathBuf>,

    /// With `--image`, the platform to read from a multi-platform image (`linux/arm64`,
    /// `linux/arm/v7`). Default: linux/amd64, or the one platform an image has.
    #[arg(long, value_name = "OS/ARCH[/VARIANT]", requires = "image")]
    pub platform: Option<String>,

    /// An unpacked root file system to scan (a mounted image, a chroot, a VM disk, `/`): its OS
    /// packages, from dpkg's and apk's databases.
    #[arg(long, value_name = "DIR")]
    pub rootfs: Option<PathBuf>,

    /// An OS package's license is every stanza of its Debian copyright file joined with AND,
    /// not only the `Files: *` stanza's (the others are evidence either way).
    #[arg(long)]
    pub os_license_detail: bool,

    /// Policy file, or the name of a shipped policy (default, permissive-only, weak-copyleft-ok,
    /// internal-use, release-checklist, gc-publishing).
    /// Default: `ossdoo.toml` or `.ossdoo.toml` in PATH, else the embedded default policy.
    #[arg(long, value_name = "FILE|NAME")]
    pub policy: Option<String>,

    /// Output format; several, comma-separated, with `--output-dir` (`json,sarif,html`).
    #[arg(
        long,
        short,
        value_enum,
        value_delimiter = ',',
        default_value = "table"
    )]
    pub format: Vec<Format>,

    /// Write the report to this file (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE", conflicts_with = "output_dir")]
    pub output: Option<PathBuf>,

    /// Write one file per format into this folder (created if missing): ossdoo.txt, ossdoo.json,
    /// ossdoo.sarif, ossdoo.junit.xml, ossdoo.csv, ossdoo.md, ossdoo.spdx.json, ossdoo.cdx.json,
    /// ossdoo.html. The project is scanned once.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,

    /// List every package in the table, not only those that need attention.
    #[arg(long)]
    pub all: bool,

    /// Show which branch of each license expression decided its verdict (`MIT` of
    /// `MIT OR GPL-3.0-only`), or the failing terms of an `AND`.
    #[arg(long)]
    pub show_branch: bool,

    /// A saved JSON report of an earlier scan: its findings do not fail the gate, and the report
    /// says which findings are new and which were fixed.
    #[arg(long, value_name = "OLD.json")]
    pub baseline: Option<PathBuf>,

    /// Put the current UTC time in SBOM output (SPDX `creationInfo.created`, CycloneDX
    /// `metadata.timestamp`). Without it SBOMs are reproducible: SPDX says
    /// 1970-01-01T00:00:00Z and CycloneDX has no timestamp.
    #[arg(long)]
    pub timestamp: bool,

    /// What fails the gate (exit code 1): denied packages (and other errors), also packages that
    /// need review, or also every warning.
    #[arg(long, value_enum, default_value_t = crate::exit::FailOn::Denied)]
    pub fail_on: crate::exit::FailOn,

    /// The Python virtualenv whose installed packages give Python projects' licenses (default:
    /// `.venv`, `venv` or `env` next to each project).
    #[arg(long, value_name = "PATH")]
    pub python_env: Option<PathBuf>,

    /// The local Maven repository that gives Maven and Gradle dependencies' poms and jars
    /// (default: `-Dmaven.repo.local` in the project's `.mvn/maven.config`, else
    /// `localRepository` in `~/.m2/settings.xml`, else `~/.m2/repository`).
    #[arg(long, value_name = "PATH")]
    pub maven_repo: Option<PathBuf>,

    /// The RubyGems home whose `specifications/` give gems' licenses (default: the project's
    /// `vendor/bundle` or `BUNDLE_PATH`, else `GEM_HOME`, `GEM_PATH`, `~/.gem`, `/var/lib/gems`).
    #[arg(long, value_name = "PATH")]
    pub gem_home: Option<PathBuf>,

    /// NuGet's global packages folder, which holds the `.nuspec` files (default:
    /// `NUGET_PACKAGES`, else `globalPackagesFolder` in a `nuget.config`, else `~/.nuget/packages`).
    #[arg(long, value_name = "PATH")]
    pub nuget_packages: Option<PathBuf>,

    /// A folder holding package managers' caches, as a CI job restored them (npm's `_cacache`
    /// directly in it, or in `.npm/`, `npm/`, `npm-cache/`); searched before the caches the
    /// environment names (`npm_config_cache`, `~/.npmrc`) and the default places (`~/.npm`).
    /// Repeat it for several folders.
    #[arg(long, value_name = "DIR")]
    pub cache_root: Vec<PathBuf>,

    /// Also store this scan in a portfolio inventory (a SQLite file or `postgres://…`); the
    /// repository and commit come from OSSDOO_REPO and OSSDOO_COMMIT, the CI system, or the
    /// scanned folder's Git repository (see `ossdoo inventory add --help`).
    #[arg(long, value_name = "FILE|URL")]
    pub inventory: Option<String>,

    /// Evaluate an existing SBOM (SPDX 2.2/2.3 JSON or CycloneDX 1.4–1.6 JSON) as well; repeat
    /// for several. SBOMs found in the scanned folder are not read unless given here.
    #[arg(long, value_name = "FILE")]
    pub sbom: Vec<PathBuf>,

    #[command(flatten)]
    pub cache: CacheArgs,

    /// Print the time spent in each stage (discover, collect per ecosystem, resolve and license
    /// detection, evaluate, report) on standard error.
    #[arg(long)]
    pub timings: bool,

    /// No progress display (it appears on standard error when that is a terminal and the scan
    /// takes more than a second).
    #[arg(long, short)]
    pub quiet: bool,
}

/// Where license detections are kept between runs.
#[derive(Debug, Args)]
pub struct CacheArgs {
    /// Keep license-text detections here, for later runs.
    /// Default: `$XDG_CACHE_HOME/ossdoo`, else `~/.cache/ossdoo`.
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    pub cache_dir: Option<PathBuf>,

    /// Neither read nor write the detection cache.
    #[arg(long)]
    pub no_cache: bool,
}

impl CacheArgs {
    /// The cache folder to use, if any.
    pub fn dir(&self) -> Option<PathBuf> {
        if self.no_cache {
            return None;
        }
        self.cache_dir
            .clone()
            .or_else(crate::license::cache::default_dir)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
        super::command(super::Lang::Fr).debug_assert();
    }

    /// Every command and argument of the command line, as `clihelp-` ids.
    fn help_ids(command: &clap::Command, path: &str, out: &mut Vec<String>) {
        out.push(format!("clihelp-{path}"));
        for arg in command.get_arguments() {
            if arg.get_help().is_some() && !arg.is_hide_set() {
                out.push(format!("clihelp-{path}--{}", arg.get_id()));
            }
        }
        for sub in command.get_subcommands() {
            help_ids(sub, &super::help_path(path, sub.get_name()), out);
        }
    }

    #[test]
    fn the_help_is_complete_in_french_and_nothing_is_left_over() {
        let mut wanted = Vec::new();
        help_ids(&super::Cli::command(), "ossdoo", &mut wanted);
        let missing: Vec<_> = wanted
            .iter()
            .filter(|id| crate::i18n::lookup(super::Lang::Fr, id).is_none())
            .collect();
        assert!(missing.is_empty(), "missing in fr.ftl: {missing:?}");
        let leftover: Vec<&str> = include_str!("i18n/fr.ftl")
            .lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .filter(|id| id.starts_with("clihelp-") && !id.ends_with("-long"))
            .filter(|id| !wanted.iter().any(|w| w == id))
            .collect();
        assert!(
            leftover.is_empty(),
            "no such command or argument: {leftover:?}"
        );
    }

    #[test]
    fn the_lang_flag_is_read_before_parsing() {
        let args =
            |list: &[&str]| -> Vec<std::ffi::OsString> { list.iter().map(Into::into).collect() };
        let flag = |list: &[&str]| super::lang_flag(&args(list));
        assert_eq!(
            flag(&["ossdoo", "scan", "--lang", "fr"]),
            Some(super::Lang::Fr)
        );
        assert_eq!(
            flag(&["ossdoo", "--lang=fr", "--help"]),
            Some(super::Lang::Fr)
        );
        assert_eq!(flag(&["ossdoo", "scan", "--", "--lang", "fr"]), None);
        assert_eq!(flag(&["ossdoo", "scan"]), None);
    }
}
