//! `ossdoo policy init|check|show`: write a starter policy, validate one, print the effective
//! policy after `extends`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use toml::{Table, Value};

use crate::cli::{PolicyCommand, PolicyFileArgs, PolicyInitArgs};
use crate::exit;
use crate::i18n::tr;
use crate::policy::{self, Policy, Rules};

pub fn run(
    command: &PolicyCommand,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    match command {
        PolicyCommand::Init(args) => init(args, stdout, stderr),
        PolicyCommand::Check(args) => check(args, stdout, stderr),
        PolicyCommand::Show(args) => show(args, stdout),
    }
}

/// A policy text and where it came from.
struct Located {
    text: String,
    source: String,
    dir: Option<PathBuf>,
}

/// The policy a command is about: a path, a shipped name, `ossdoo.toml` / `.ossdoo.toml` in the
/// current folder, else the embedded default.
fn locate(args: &PolicyFileArgs) -> anyhow::Result<Located> {
    let from_file = |path: &Path| -> anyhow::Result<Located> {
        let text =
            crate::read::text(path).with_context(|| tr!("policy-cannot-read-file", path = path))?;
        Ok(Located {
            text,
            source: path.display().to_string(),
            dir: path.parent().map(Path::to_path_buf),
        })
    };
    match &args.file {
        Some(arg) if Path::new(arg).exists() => from_file(Path::new(arg)),
        Some(arg) => match policy::shipped(arg) {
            Some(text) => Ok(Located {
                text: text.to_owned(),
                source: format!("embedded:{arg}"),
                dir: None,
            }),
            None => bail!(
                "{}",
                tr!(
                    "policy-file-missing",
                    file = arg,
                    names = policy::shipped_names().join(", ")
                )
            ),
        },
        None => match policy::DISCOVERED_NAMES
            .iter()
            .map(Path::new)
            .find(|p| p.is_file())
        {
            Some(path) => from_file(path),
            None => Ok(Located {
                text: policy::SHIPPED[0].1.to_owned(),
                source: "embedded:default".to_owned(),
                dir: None,
            }),
        },
    }
}

/// `ossdoo policy check`: exit 0 when valid (warnings are printed), 2 with every problem.
fn check(
    args: &PolicyFileArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    let located = locate(args)?;
    match Policy::parse_at(&located.text, &located.source, located.dir.as_deref()) {
        Ok(policy) => {
            for warning in &policy.warnings {
                writeln!(stderr, "{}", tr!("cli-warning", message = warning))?;
            }
            let line = if policy.extends.is_empty() {
                tr!(
                    "policy-valid",
                    source = &located.source,
                    name = &policy.name
                )
            } else {
                tr!(
                    "policy-valid-extends",
                    source = &located.source,
                    name = &policy.name,
                    extends = policy.extends.join(" → ")
                )
            };
            writeln!(stdout, "{line}")?;
            Ok(exit::COMPLIANT)
        }
        Err(err) => {
            writeln!(stderr, "{}", tr!("cli-error", message = format!("{err:#}")))?;
            Ok(exit::INPUT_ERROR)
        }
    }
}

/// `ossdoo policy show`: the effective policy as TOML.
fn show(args: &PolicyFileArgs, stdout: &mut dyn Write) -> anyhow::Result<u8> {
    let located = locate(args)?;
    let policy = Policy::parse_at(&located.text, &located.source, located.dir.as_deref())?;
    let heading = tr!(
        "policy-show-heading",
        name = &policy.name,
        source = &policy.source
    );
    writeln!(stdout, "# {heading}")?;
    if !policy.extends.is_empty() {
        let extends = tr!("policy-show-extends", extends = policy.extends.join(" → "));
        writeln!(stdout, "# {extends}")?;
    }
    if policy.builtin_categories {
        let builtin = tr!(
            "policy-show-builtin",
            distribution = policy.distribution.as_str()
        );
        writeln!(stdout, "# {builtin}")?;
    }
    writeln!(stdout)?;
    write!(stdout, "{}", toml::to_string(&effective(&policy))?)?;
    Ok(exit::COMPLIANT)
}

fn strings<T: ToString>(items: &[T]) -> Value {
    Value::Array(items.iter().map(|i| Value::String(i.to_string())).collect())
}

fn rules_table(rules: &Rules, into: &mut Table) {
    into.insert("allow".into(), strings(&rules.allow));
    into.insert("review".into(), strings(&rules.review));
    into.insert("deny".into(), strings(&rules.deny));
    let names = |c: &[crate::license::catalog::Category]| {
        Value::Array(c.iter().map(|c| Value::String(c.as_str().into())).collect())
    };
    into.insert("allow-categories".into(), names(&rules.allow_categories));
    into.insert("review-categories".into(), names(&rules.review_categories));
    into.insert("deny-categories".into(), names(&rules.deny_categories));
}

/// The merged policy as a TOML table with the file format's keys.
fn effective(policy: &Policy) -> Table {
    let mut root = Table::new();
    let mut meta = Table::new();
    meta.insert("name".into(), Value::String(policy.name.clone()));
    for (key, value) in [
        ("version", &policy.version),
        ("owner", &policy.owner),
        ("description", &policy.description),
    ] {
        if let Some(value) = value {
            meta.insert(key.into(), Value::String(value.clone()));
        }
    }
    meta.insert(
        "distribution".into(),
        Value::String(policy.distribution.as_str().into()),
    );
    root.insert("policy".into(), Value::Table(meta));
    let mut licenses = Table::new();
    rules_table(&policy.licenses, &mut licenses);
    licenses.insert(
        "unknown".into(),
        Value::String(policy.unknown.as_str().into()),
    );
    // f32 → f64 without the float noise (0.9, not 0.8999999761581421).
    let threshold: f64 = format!("{:.4}", policy.detection_threshold)
        .parse()
        .unwrap_or(0.9);
    licenses.insert("detection-threshold".into(), Value::Float(threshold));
    root.insert("licenses".into(), Value::Table(licenses));
    if !policy.scopes.is_empty() {
        let mut scopes = Table::new();
        for (scope, rules) in &policy.scopes {
            let mut table = Table::new();
            table.insert("ignore".into(), Value::Boolean(rules.ignore));
            rules_table(&rules.rules, &mut table);
            scopes.insert(scope.as_str().into(), Value::Table(table));
        }
        root.insert("scopes".into(), Value::Table(scopes));
    }
    let entries = |items: Vec<Table>| Value::Array(items.into_iter().map(Value::Table).collect());
    let text = |t: &mut Table, key: &str, value: Option<&String>| {
        if let Some(value) = value {
            t.insert(key.into(), Value::String(value.clone()));
        }
    };
    if !policy.exceptions.is_empty() {
        let list = policy
            .exceptions
            .iter()
            .map(|e| {
                let mut t = Table::new();
                t.insert("package".into(), Value::String(e.package.text.clone()));
                t.insert("license".into(), Value::String(e.license.clone()));
                t.insert("reason".into(), Value::String(e.reason.clone()));
                text(&mut t, "approved-by", e.approved_by.as_ref());
                text(&mut t, "ticket", e.ticket.as_ref());
                text(&mut t, "expires", e.expires.as_ref());
                t
            })
            .collect();
        root.insert("exceptions".into(), entries(list));
    }
    if !policy.clarifications.is_empty() {
        let list = policy
            .clarifications
            .iter()
            .map(|c| {
                let mut t = Table::new();
                t.insert("package".into(), Value::String(c.package.text.clone()));
                t.insert("license".into(), Value::String(c.license.clone()));
                text(&mut t, "reason", c.reason.as_ref());
                if !c.license_files.is_empty() {
                    let files = c
                        .license_files
                        .iter()
                        .map(|(path, sha)| {
                            let mut f = Table::new();
                            f.insert("path".into(), Value::String(path.clone()));
                            f.insert("sha256".into(), Value::String(sha.clone()));
                            Value::Table(f)
                        })
                        .collect();
                    t.insert("license-files".into(), Value::Array(files));
                }
                t
            })
            .collect();
        root.insert("clarify".into(), entries(list));
    }
    if !policy.ignores.is_empty() {
        let list = policy
            .ignores
            .iter()
            .map(|i| {
                let mut t = Table::new();
                t.insert("package".into(), Value::String(i.package.text.clone()));
                t.insert("reason".into(), Value::String(i.reason.clone()));
                t
            })
            .collect();
        root.insert("ignore".into(), entries(list));
    }
    if let Some(checklist) = &policy.checklist {
        let mut t = Table::new();
        t.insert("require-files".into(), strings(&checklist.require_files));
        t.insert(
            "project-license".into(),
            strings(&checklist.project_license),
        );
        if let Some(headers) = &checklist.spdx_headers {
            let mut h = Table::new();
            h.insert("include".into(), strings(&headers.include));
            h.insert("exclude".into(), strings(&headers.exclude));
            t.insert("spdx-headers".into(), Value::Table(h));
        }
        if checklist.crown_copyright {
            t.insert("crown-copyright".into(), Value::Boolean(true));
        }
        if !checklist.bilingual.is_empty() {
            t.insert("bilingual".into(), strings(&checklist.bilingual));
        }
        if checklist.outbound_rights {
            t.insert("outbound-rights".into(), Value::Boolean(true));
        }
        root.insert("checklist".into(), Value::Table(t));
    }
    if let Some(compatibility) = &policy.compatibility {
        let mut t = Table::new();
        text(
            &mut t,
            "project-license",
            compatibility.project_license.as_ref(),
        );
        root.insert("compatibility".into(), Value::Table(t));
    }
    root
}

/// `ossdoo policy init`: a commented starter policy extending a shipped one.
fn init(
    args: &PolicyInitArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> anyhow::Result<u8> {
    if policy::shipped(&args.template).is_none() {
        bail!(
            "{}",
            tr!(
                "policy-no-such-template",
                template = &args.template,
                names = policy::shipped_names().join(", ")
            )
        );
    }
    let distribution = Policy::parse(
        policy::shipped(&args.template).unwrap_or_default(),
        "template",
    )
    .map(|p| p.distribution)
    .unwrap_or_default();
    let text = starter(&args.template, distribution.as_str());
    // The starter must itself be valid: it is what users edit first.
    Policy::parse(&text, "starter").context(tr!("policy-starter-invalid"))?;
    if args.output == Path::new("-") {
        write!(stdout, "{text}")?;
        return Ok(exit::COMPLIANT);
    }
    if args.output.exists() {
        bail!("{}", tr!("policy-init-exists", path = &args.output));
    }
    std::fs::write(&args.output, text)
        .with_context(|| tr!("scan-cannot-write", path = &args.output))?;
    let wrote = tr!(
        "policy-init-wrote",
        path = &args.output,
        template = &args.template
    );
    writeln!(stderr, "{wrote}")?;
    Ok(exit::COMPLIANT)
}

/// The starter policy in the current language (`starter.en.toml`, `starter.fr.toml`: a file
/// people edit, so its comments speak their language; the French one also sets
/// `language = "fr"`).
fn starter(template: &str, distribution: &str) -> String {
    let text = match crate::i18n::current() {
        crate::i18n::Lang::En => include_str!("starter.en.toml"),
        crate::i18n::Lang::Fr => include_str!("starter.fr.toml"),
    };
    let pad = " ".repeat(17usize.saturating_sub(distribution.len()));
    text.replace("{template}", template)
        .replace("{distribution}", distribution)
        .replace("{pad}", &pad)
}
