//! `ossdoo checklist [PATH]`: the policy's release checklist on a repository, the OSPO's
//! "ready to release this code?" check. Exit 0 when every item passes, 1 when one fails, 2 when
//! the policy has no `[checklist]`.

use std::io::Write;

use anyhow::bail;
use comfy_table::{Table, presets};

use crate::checklist::Item;
use crate::cli::{ChecklistArgs, SimpleFormat};
use crate::exit;
use crate::license::detect::Detector;

pub fn run(args: &ChecklistArgs, stdout: &mut dyn Write) -> anyhow::Result<u8> {
    if !args.path.is_dir() {
        bail!(
            "`{}` is not a folder; give the repository to check",
            args.path.display()
        );
    }
    let policy = super::load_policy(args.policy.as_deref(), &args.path)?;
    let Some(checklist) = &policy.checklist else {
        bail!(
            "policy \"{}\" ({}) has no [checklist]; add one (see `ossdoo policy init`) or use --policy release-checklist",
            policy.name,
            policy.source
        );
    };
    let items = crate::checklist::run(&args.path, checklist, &Detector::new());
    match args.format {
        SimpleFormat::Json => {
            serde_json::to_writer_pretty(&mut *stdout, &items)?;
            writeln!(stdout)?;
        }
        SimpleFormat::Table => write_table(&items, stdout)?,
    }
    Ok(if items.iter().all(|i| i.passed) {
        exit::COMPLIANT
    } else {
        exit::VIOLATIONS
    })
}

fn write_table(items: &[Item], out: &mut dyn Write) -> std::io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .force_no_tty();
    table.set_header(["", "check", "item", "result"]);
    for item in items {
        let mark = if item.passed { "ok" } else { "FAIL" };
        table.add_row([mark, item.check, &item.subject, &item.message]);
    }
    writeln!(out, "{table}")?;
    for item in items
        .iter()
        .filter(|i| !i.passed && i.check == "spdx-header")
    {
        writeln!(
            out,
            "files without an SPDX-License-Identifier header ({}):",
            item.subject
        )?;
        for file in &item.files {
            writeln!(out, "  {file}")?;
        }
    }
    let failed = items.iter().filter(|i| !i.passed).count();
    writeln!(
        out,
        "\n{}: {} of {} items pass",
        if failed == 0 { "READY" } else { "NOT READY" },
        items.len() - failed,
        items.len()
    )
}
