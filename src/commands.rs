//! The commands, one question each: `scan` and `notice` (which run the pipeline), and those that
//! answer without scanning a tree: `explain` and `detect` (here), the policy
//! (`policy init|check|show`), `checklist`, `diff` and `inventory` commands.

pub mod checklist;
pub mod diff;
pub mod inventory;
pub mod notice;
pub mod policy;
pub mod scan;

use std::io::Write;
use std::path::Path;

use anyhow::bail;
use rayon::prelude::*;
use serde::Serialize;

use crate::cli::{DetectArgs, ExplainArgs, SimpleFormat};
use crate::license::detect::Detector;
use crate::license::{Parsed, catalog, parse_declared};
use crate::policy::eval;

#[derive(Serialize)]
struct DetectedFile {
    path: String,
    license: Option<String>,
    confidence: Option<f32>,
    /// Where each license stands in the file, when the engine found several or a modified text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    matches: Vec<crate::license::detect::Located>,
}

/// `ossdoo detect FILE...`: exit 0 when every file was read, 2 when one could not be.
pub fn detect(
    args: &DetectArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let (detector, warning) = Detector::with_cache(args.cache.dir().as_deref());
    if let Some(warning) = warning {
        writeln!(stderr, "warning: {warning}")?;
    }
    // In parallel, answers in the order the files were given.
    let found: Vec<_> = args
        .files
        .par_iter()
        .map(|path| (path, detector.detect_file(path)))
        .collect();
    let mut results = Vec::new();
    let mut failed = false;
    for (path, found) in found {
        match found {
            Ok(found) => results.push(DetectedFile {
                path: path.display().to_string(),
                confidence: found.as_ref().map(|d| d.confidence),
                matches: found
                    .as_ref()
                    .map(|d| d.matches.clone())
                    .unwrap_or_default(),
                license: found.map(|d| d.license),
            }),
            Err(err) => {
                failed = true;
                writeln!(stderr, "error: {}: cannot read: {err}", path.display())?;
            }
        }
    }
    if let Some(warning) = detector.save_cache() {
        writeln!(stderr, "warning: {warning}")?;
    }
    match args.format {
        SimpleFormat::Json => {
            serde_json::to_writer_pretty(&mut *stdout, &results)?;
            writeln!(stdout)?;
        }
        SimpleFormat::Table => {
            for result in &results {
                let answer = match (&result.license, result.confidence) {
                    (Some(license), Some(confidence)) => {
                        format!("{license} (confidence {confidence:.2})")
                    }
                    _ => "no license recognised".to_owned(),
                };
                writeln!(stdout, "{}: {answer}", result.path)?;
                if result.matches.len() > 1 {
                    for found in &result.matches {
                        let (first, last) = found.lines;
                        writeln!(
                            stdout,
                            "  lines {first}-{last}: {} ({:.2})",
                            found.license, found.score
                        )?;
                    }
                }
            }
        }
    }
    Ok(if failed {
        crate::exit::INPUT_ERROR
    } else {
        crate::exit::COMPLIANT
    })
}

/// `ossdoo explain`'s answer.
#[derive(Serialize)]
struct Explanation<'a> {
    input: &'a str,
    expression: String,
    /// `declared` when the input is valid SPDX as written, else `normalized`.
    source: &'static str,
    /// The normalisation steps taken, if any.
    rules: Vec<String>,
    licenses: Vec<ExplainedLicense>,
    policy: PolicyName<'a>,
    verdict: &'static str,
}

#[derive(Serialize)]
struct ExplainedLicense {
    id: String,
    name: String,
    category: &'static str,
    osi_approved: bool,
    fsf_libre: bool,
    deprecated: bool,
    obligations: Vec<&'static str>,
    verdict: &'static str,
}

#[derive(Serialize)]
struct PolicyName<'a> {
    name: &'a str,
    source: &'a str,
}

/// `ossdoo explain LICENSE`: exit 0 with the answer, 2 when the string cannot be resolved.
pub fn explain(args: &ExplainArgs, stdout: &mut dyn Write) -> anyhow::Result<u8> {
    let policy = crate::policy::load(args.policy.as_deref(), Path::new("."))?;
    let (expr, source, rules) = match parse_declared(&args.license) {
        Parsed::Strict(expr) => (expr, "declared", Vec::new()),
        Parsed::Normalized(expr, rules) => (expr, "normalized", rules),
        Parsed::Ambiguous(why, _) => bail!("{why}; say which one"),
        Parsed::FileRef(file) => {
            bail!(
                "`{}` points at a file; run `ossdoo detect {file}` in the package's folder",
                args.license
            )
        }
        Parsed::Unrecognized(why) => bail!("{why}{}", suggestions(&args.license)),
    };
    let mut licenses: Vec<ExplainedLicense> = Vec::new();
    for req in expr.requirements().map(|r| &r.req) {
        let id = req.to_string();
        if licenses.iter().any(|l| l.id == id) {
            continue;
        }
        let spdx_id = req.license.id();
        let entry = match &req.license {
            spdx::LicenseItem::Spdx { id, .. } => catalog::license(id.name),
            spdx::LicenseItem::Other(r) => catalog::license(&format!("LicenseRef-{}", r.lic_ref)),
        };
        licenses.push(ExplainedLicense {
            name: spdx_id.map_or_else(|| id.clone(), |l| l.full_name.to_owned()),
            category: catalog::category_of(req).as_str(),
            osi_approved: spdx_id.is_some_and(|l| l.is_osi_approved()),
            fsf_libre: spdx_id.is_some_and(|l| l.is_fsf_free_libre()),
            deprecated: spdx_id.is_some_and(|l| l.is_deprecated()),
            obligations: entry
                .map(|e| e.obligations.iter().map(|o| o.as_str()).collect())
                .unwrap_or_default(),
            verdict: eval::verdict_of_req(req, &policy).as_str(),
            id,
        });
    }
    let answer = Explanation {
        input: &args.license,
        expression: expr.to_string(),
        source,
        rules,
        licenses,
        policy: PolicyName {
            name: &policy.name,
            source: &policy.source,
        },
        verdict: eval::verdict_of(&expr, &policy).as_str(),
    };
    match args.format {
        SimpleFormat::Json => {
            serde_json::to_writer_pretty(&mut *stdout, &answer)?;
            writeln!(stdout)?;
        }
        SimpleFormat::Table => write_explanation(&answer, stdout)?,
    }
    Ok(crate::exit::COMPLIANT)
}

fn write_explanation(answer: &Explanation<'_>, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{}", answer.expression)?;
    for rule in &answer.rules {
        writeln!(out, "  normalised: {rule}")?;
    }
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
        .force_no_tty();
    table.set_header([
        "license",
        "name",
        "category",
        "OSI",
        "FSF",
        "obligations",
        "verdict",
    ]);
    let yes = |b: bool| if b { "yes" } else { "no" };
    for l in &answer.licenses {
        table.add_row([
            l.id.as_str(),
            l.name.as_str(),
            l.category,
            yes(l.osi_approved),
            yes(l.fsf_libre),
            &l.obligations.join(", "),
            l.verdict,
        ]);
    }
    writeln!(out, "{table}")?;
    writeln!(
        out,
        "verdict under policy \"{}\" ({}): {}",
        answer.policy.name, answer.policy.source, answer.verdict
    )
}

/// ` (did you mean …?)` with the known ids closest to the input, if any are close.
fn suggestions(input: &str) -> String {
    let wanted = input.trim().to_ascii_lowercase();
    let mut scored: Vec<(usize, &str)> = spdx::identifiers::LICENSES
        .iter()
        .filter(|l| spdx::license_id(l.name).is_some_and(|id| !id.is_deprecated()))
        .map(|l| {
            (
                crate::text::edit_distance(&wanted, &l.name.to_ascii_lowercase()),
                l.name,
            )
        })
        .filter(|(distance, _)| *distance <= wanted.len().max(3) / 2)
        .collect();
    scored.sort();
    let closest: Vec<String> = scored
        .iter()
        .take(3)
        .map(|(_, id)| format!("`{id}`"))
        .collect();
    if closest.is_empty() {
        String::new()
    } else {
        format!(" (closest known ids: {})", closest.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_name_close_ids() {
        assert_eq!(
            suggestions("Apache-2.1"),
            " (closest known ids: `Apache-1.1`, `Apache-2.0`, `Apache-1.0`)"
        );
        assert_eq!(suggestions("completely unrelated words"), "");
    }
}
