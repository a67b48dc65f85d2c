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
use crate::i18n::tr;
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
    /// The sentences of a notice the license was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<String>,
}

/// `ossdoo detect FILE...`: exit 0 when every file was read, 2 when one could not be.
pub fn detect(
    args: &DetectArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let (detector, warning) = Detector::with_cache(args.cache.dir().as_deref());
    if let Some(warning) = warning {
        writeln!(stderr, "{}", tr!("cli-warning", message = warning))?;
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
                quote: found.as_ref().and_then(|d| d.quote.clone()),
                license: found.map(|d| d.license),
            }),
            Err(err) => {
                failed = true;
                let line = tr!("detect-cannot-read", path = path, error = err.to_string());
                writeln!(stderr, "{line}")?;
            }
        }
    }
    if let Some(warning) = detector.save_cache() {
        writeln!(stderr, "{}", tr!("cli-warning", message = warning))?;
    }
    match args.format {
        SimpleFormat::Json => {
            serde_json::to_writer_pretty(&mut *stdout, &results)?;
            writeln!(stdout)?;
        }
        SimpleFormat::Table => {
            for result in &results {
                let answer = match (&result.license, result.confidence) {
                    (Some(license), Some(confidence)) => tr!(
                        "detect-found",
                        license = license,
                        confidence = crate::i18n::decimal(f64::from(confidence), 2)
                    ),
                    _ => tr!("detect-nothing"),
                };
                let line = tr!("detect-line", path = &result.path, answer = answer);
                writeln!(stdout, "{line}")?;
                if let (Some(quote), Some(found)) = (&result.quote, result.matches.first()) {
                    let (first, last) = found.lines;
                    let line = tr!("detect-quote", first = first, last = last, quote = quote);
                    writeln!(stdout, "  {line}")?;
                } else if result.matches.len() > 1 {
                    for found in &result.matches {
                        let (first, last) = found.lines;
                        let line = tr!(
                            "detect-match",
                            first = first,
                            last = last,
                            license = &found.license,
                            score = crate::i18n::decimal(f64::from(found.score), 2)
                        );
                        writeln!(stdout, "  {line}")?;
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

/// Loads the policy (`--policy`, or the one found at `path`); its `[policy] language` chooses
/// the language of what follows unless the user chose one (`--lang`, `OSSDOO_LANG`).
pub(crate) fn load_policy(arg: Option<&str>, path: &Path) -> anyhow::Result<crate::policy::Policy> {
    let policy = crate::policy::load(arg, path)?;
    if let Some(lang) = policy.language {
        crate::i18n::prefer(lang);
    }
    Ok(policy)
}

/// `ossdoo explain LICENSE`: exit 0 with the answer, 2 when the string cannot be resolved.
pub fn explain(args: &ExplainArgs, stdout: &mut dyn Write) -> anyhow::Result<u8> {
    let policy = load_policy(args.policy.as_deref(), Path::new("."))?;
    let (expr, source, rules) = match parse_declared(&args.license) {
        Parsed::Strict(expr) => (expr, "declared", Vec::new()),
        Parsed::Normalized(expr, rules) => (expr, "normalized", rules),
        Parsed::Ambiguous(why, _) => bail!("{}", tr!("explain-ambiguous", why = why)),
        Parsed::FileRef(file) => {
            bail!(
                "{}",
                tr!("explain-file-ref", license = &args.license, file = file)
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
        writeln!(out, "  {}", tr!("explain-normalised", rule = rule))?;
    }
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
        .force_no_tty();
    table.set_header([
        tr!("col-license"),
        tr!("explain-col-name"),
        tr!("explain-col-category"),
        "OSI".to_owned(),
        "FSF".to_owned(),
        tr!("explain-col-obligations"),
        tr!("col-verdict"),
    ]);
    let yes = |b: bool| {
        if b {
            tr!("explain-yes")
        } else {
            tr!("explain-no")
        }
    };
    let word = |prefix: &str, id: &str| crate::i18n::text(&format!("{prefix}-{id}"));
    for l in &answer.licenses {
        let obligations: Vec<String> = l
            .obligations
            .iter()
            .map(|o| word("obligation-name", o))
            .collect();
        table.add_row([
            l.id.clone(),
            l.name.clone(),
            word("category-name", l.category),
            yes(l.osi_approved),
            yes(l.fsf_libre),
            obligations.join(", "),
            word("verdict-word", l.verdict),
        ]);
    }
    writeln!(out, "{table}")?;
    let line = tr!(
        "explain-verdict",
        policy = answer.policy.name,
        source = answer.policy.source,
        verdict = word("verdict-word", answer.verdict)
    );
    writeln!(out, "{line}")
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
        format!(" {}", tr!("explain-closest", ids = closest.join(", ")))
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
