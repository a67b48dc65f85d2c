//! `ossdoo checklist [PATH]`: the policy's release checklist on a repository, the OSPO's
//! "ready to release this code?" check. Exit 0 when every item passes (warnings included), 1 when
//! one fails, 2 when the policy has no `[checklist]`. With `outbound-rights = true` it scans the
//! repository's dependencies too, for the policy's `[compatibility]`.

use std::io::Write;
use std::path::Path;

use anyhow::bail;
use comfy_table::{Table, presets};

use crate::checklist::{Conflict, Item, Outbound};
use crate::cli::{ChecklistArgs, SimpleFormat};
use crate::exit;
use crate::i18n::tr;
use crate::license::detect::Detector;
use crate::policy::Policy;
use crate::policy::eval::Rule;

pub fn run(args: &ChecklistArgs, stdout: &mut dyn Write) -> anyhow::Result<u8> {
    if !args.path.is_dir() {
        bail!(tr!("checklist-not-a-folder", path = &args.path));
    }
    let policy = super::load_policy(args.policy.as_deref(), &args.path)?;
    let Some(checklist) = &policy.checklist else {
        bail!(tr!(
            "checklist-no-checklist",
            name = &policy.name,
            source = &policy.source
        ));
    };
    let detector = Detector::new();
    let mut items = crate::checklist::run(&args.path, checklist, &detector);
    if checklist.outbound_rights {
        let outbound = outbound(&args.path, &policy, &detector);
        items.push(crate::checklist::outbound_rights(&outbound));
    }
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

/// Scans the repository's dependencies and keeps what `[compatibility]` found.
fn outbound(root: &Path, policy: &Policy, detector: &Detector) -> Outbound {
    let Some(compatibility) = &policy.compatibility else {
        return Outbound::NotConfigured;
    };
    let project_license = compatibility.project_license.clone().or_else(|| {
        crate::license::files::find(root).iter().find_map(|file| {
            let found = detector.detect_file(file).ok()??;
            (found.confidence >= policy.detection_threshold).then_some(found.license)
        })
    });
    let Some(project_license) = project_license else {
        return Outbound::UnknownProjectLicense;
    };
    let ctx = crate::context::Context::new(
        root.to_path_buf(),
        root.display().to_string(),
        policy.clone(),
    );
    let report = crate::scan(&ctx);
    let conflicts = report
        .findings
        .iter()
        .filter(|f| f.rule == Rule::IncompatibleLicense)
        .map(|f| Conflict {
            package: f.purl.clone(),
            why: f.message.clone(),
        })
        .collect();
    Outbound::Checked {
        project_license,
        packages: report.packages.len(),
        input_errors: report.errors.len(),
        conflicts,
    }
}

fn write_table(items: &[Item], out: &mut dyn Write) -> std::io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .force_no_tty();
    table.set_header([
        String::new(),
        tr!("checklist-column-check"),
        tr!("checklist-column-item"),
        tr!("checklist-column-result"),
    ]);
    for item in items {
        let mark = match (item.passed, &item.warning) {
            (true, None) => tr!("checklist-mark-ok"),
            (true, Some(_)) => tr!("checklist-mark-warn"),
            (false, _) => tr!("checklist-mark-fail"),
        };
        let result = match &item.warning {
            Some(warning) => format!("{}\n{warning}", item.message),
            None => item.message.clone(),
        };
        table.add_row([mark, item.check.to_owned(), item.subject.clone(), result]);
    }
    writeln!(out, "{table}")?;
    for item in items
        .iter()
        .filter(|i| !i.passed && i.check == "spdx-header")
    {
        writeln!(
            out,
            "{}",
            tr!("checklist-files-without-header", subject = &item.subject)
        )?;
        for file in &item.files {
            writeln!(out, "  {file}")?;
        }
    }
    let failed = items.iter().filter(|i| !i.passed).count();
    let warned = items
        .iter()
        .filter(|i| i.passed && i.warning.is_some())
        .count();
    let verdict = if failed == 0 {
        tr!("checklist-verdict-ready")
    } else {
        tr!("checklist-verdict-not-ready")
    };
    let line = tr!(
        "checklist-summary",
        verdict = verdict,
        passed = items.len() - failed,
        count = items.len()
    );
    if warned == 0 {
        writeln!(out, "\n{line}")
    } else {
        writeln!(
            out,
            "\n{line}{}",
            tr!("checklist-summary-warnings", warnings = warned)
        )
    }
}
