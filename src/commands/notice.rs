//! `ossdoo notice`: the third-party notices of a folder's dependencies, from a scan.

use std::io::Write;

use super::scan::{scan_context, write_atomically};
use crate::cli::{NoticeArgs, NoticeFormat};
use crate::i18n::tr;
use crate::{exit, model, notice};

/// `ossdoo notice`: the third-party notices of the folder's dependencies.
pub fn run(
    args: &NoticeArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let mut ctx = scan_context(&args.path, args.policy.as_deref())?;
    ctx.cache_dir = args.cache.dir();
    let report = crate::scan(&ctx);
    for diagnostic in report.errors.iter() {
        let path = model::display_path(&diagnostic.path);
        writeln!(
            stderr,
            "{}",
            tr!(
                "notice-input-error",
                path = path,
                message = &diagnostic.message
            )
        )?;
    }
    let title = ctx.root.file_name().map_or_else(
        || tr!("notice-this-software"),
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
