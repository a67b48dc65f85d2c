//! The `ossdoo` binary: parse arguments, run one command, print errors, exit. Everything else is
//! in the library.

use std::io::Write;
use std::process::ExitCode;

use clap::FromArgMatches;
use ossdoo::cli::{Cli, Command};
use ossdoo::commands;

/// mimalloc: a scan makes and frees millions of small strings (names, versions, purls, evidence);
/// with glibc's allocator a 150,000-package scan spent a tenth of its time in `malloc` and `free`
/// and took 105,000 page faults.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The language first, so that `--help` speaks it: `--lang`, else the environment; a
    // policy's `[policy] language` may still choose it later (see `i18n::prefer`).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    ossdoo::i18n::choose(ossdoo::cli::lang_flag(&args), |name| {
        std::env::var(name).ok()
    });
    let matches = ossdoo::cli::command(ossdoo::i18n::current()).get_matches_from(args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    // Buffered: reports are written in many small pieces, and a line-buffered stdout would make
    // one system call per line of a 150,000-package JSON report.
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // Not locked: the progress display writes to stderr from its own thread.
    let mut stderr = std::io::stderr();
    let result = run(cli, &mut stdout, &mut stderr)
        .and_then(|code| stdout.flush().map(|()| code).map_err(anyhow::Error::from));
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let error = ossdoo::i18n::message("cli-error", &[("message", err.to_string().into())]);
            let _ = writeln!(stderr, "{error}");
            for cause in err.chain().skip(1) {
                let cause = ossdoo::i18n::message(
                    "cli-caused-by",
                    &[("message", cause.to_string().into())],
                );
                let _ = writeln!(stderr, "  {cause}");
            }
            ExitCode::from(ossdoo::exit::INPUT_ERROR)
        }
    }
}

/// Runs a command line; returns the exit code. Results go to `stdout`, diagnostics to `stderr`.
fn run(cli: Cli, stdout: &mut dyn Write, stderr: &mut dyn Write) -> anyhow::Result<u8> {
    ossdoo::read::set_max_file_size(cli.max_file_size);
    match cli.command {
        Command::Scan(args) => commands::scan::run(&args, cli.color, stdout, stderr),
        Command::Explain(args) => commands::explain(&args, stdout),
        Command::Detect(args) => commands::detect(&args, stdout, stderr),
        Command::Policy(command) => commands::policy::run(&command, stdout, stderr),
        Command::Checklist(args) => commands::checklist::run(&args, stdout),
        Command::Diff(args) => commands::diff::run(&args, stdout),
        Command::Notice(args) => commands::notice::run(&args, stdout, stderr),
        Command::Inventory(args) => commands::inventory::run(&args, stdout, stderr),
    }
}

/// `ossdoo scan | head` closing the pipe early is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
