//! One policy file at a time: parse it, check every entry (collecting all problems, each with its
//! position and the offending line), then merge the `extends` chain into one [`Policy`].
//!
//! Merging: scalars of a later file win; a license or category a later file lists moves to that
//! list (it leaves the parent's other lists); exceptions, clarifications and ignores add up;
//! `[checklist]` and `[compatibility]` are replaced as a whole.

use std::path::{Path, PathBuf};

use anyhow::bail;
use spdx::Licensee;
use toml::Spanned;

use super::raw::{self, Distribution, UnknownAction};
use super::{
    Checklist, Clarification, Compatibility, DEFAULT_DETECTION_THRESHOLD, Exception, Ignore,
    PackagePattern, Policy, Rules, ScopeRules,
};
use crate::i18n::{Lang, tr};
use crate::license::catalog::Category;
use crate::model::Scope;

/// A problem in a policy file, at a byte offset of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub message: String,
}

/// One validated policy file, before merging: `None` where the file says nothing.
#[derive(Debug, Default)]
pub(super) struct Layer {
    source: String,
    name: Option<String>,
    version: Option<String>,
    owner: Option<String>,
    description: Option<String>,
    distribution: Option<Distribution>,
    language: Option<Lang>,
    licenses: LayerRules,
    unknown: Option<UnknownAction>,
    detection_threshold: Option<f32>,
    scopes: Vec<(Scope, Option<bool>, LayerRules)>,
    exceptions: Vec<Exception>,
    clarifications: Vec<Clarification>,
    ignores: Vec<Ignore>,
    checklist: Option<Checklist>,
    compatibility: Option<Compatibility>,
    warnings: Vec<String>,
}

/// The lists of one level as a file wrote them: ids (allow, review, deny) and categories.
#[derive(Debug, Default)]
struct LayerRules {
    ids: [Vec<Licensee>; 3],
    categories: [Option<Vec<Category>>; 3],
}

/// Loads a policy text and, first, the policies it extends; `chain` ends with this file.
/// `loading` holds the files whose parents are being loaded, to stop loops.
pub(super) fn load_chain(
    text: &str,
    source: &str,
    dir: Option<&Path>,
    chain: &mut Vec<Layer>,
    loading: &mut Vec<String>,
) -> anyhow::Result<()> {
    let read = super::lenient::read::<raw::RawPolicy>(text);
    if read.syntax {
        bail!(
            "{}\n{}",
            tr!("policy-invalid", source = source),
            render_problems(source, text, &read.problems)
        );
    }
    let raw = read.value;
    let mut checker = Checker {
        text,
        source,
        problems: read.problems,
        warnings: Vec::new(),
    };
    if let Some(extends) = &raw.extends {
        match resolve_extends(extends.get_ref(), dir) {
            Ok((parent_text, parent_source, parent_dir)) => {
                if loading.contains(&parent_source) || parent_source == source {
                    checker.push(
                        extends.span().start,
                        tr!(
                            "policy-extends-loop",
                            code = format!("extends = \"{}\"", extends.get_ref())
                        ),
                    );
                } else if loading.len() >= super::MAX_EXTENDS {
                    checker.push(
                        extends.span().start,
                        tr!("policy-extends-too-deep", max = super::MAX_EXTENDS),
                    );
                } else {
                    loading.push(source.to_owned());
                    let loaded = load_chain(
                        &parent_text,
                        &parent_source,
                        parent_dir.as_deref(),
                        chain,
                        loading,
                    );
                    loading.pop();
                    loaded?;
                }
            }
            Err(why) => checker.push(
                extends.span().start,
                tr!(
                    "policy-extends-bad",
                    code = format!("extends = \"{}\"", extends.get_ref()),
                    why = why
                ),
            ),
        }
    }
    let layer = checker.layer(raw);
    if !checker.problems.is_empty() {
        // In file order, like a compiler's; problems at one place keep the order found.
        checker.problems.sort_by_key(|p| p.offset);
        bail!(
            "{}\n{}",
            tr!("policy-invalid", source = source),
            render_problems(source, text, &checker.problems)
        );
    }
    chain.push(layer);
    Ok(())
}

/// A shipped policy's name, or a path relative to the extending file's folder.
fn resolve_extends(
    target: &str,
    dir: Option<&Path>,
) -> Result<(String, String, Option<PathBuf>), String> {
    let path = dir.map_or_else(|| PathBuf::from(target), |d| d.join(target));
    if path.is_file() {
        let text = crate::read::text(&path)
            .map_err(|e| tr!("policy-cannot-read", error = e.to_string()))?;
        let parent = path.parent().map(Path::to_path_buf);
        return Ok((text, path.display().to_string(), parent));
    }
    match super::shipped(target) {
        Some(text) => Ok((text.to_owned(), format!("embedded:{target}"), None)),
        None => Err(tr!(
            "policy-no-such-policy",
            hint = suggest(target, super::shipped_names().into_iter()),
            names = super::shipped_names().join(", ")
        )),
    }
}

/// ` (did you mean `x`?)` for the closest candidate within a small edit distance.
pub(crate) fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    let lower = word.to_ascii_lowercase();
    candidates
        .map(|c| {
            (
                crate::text::edit_distance(&lower, &c.to_ascii_lowercase()),
                c,
            )
        })
        .filter(|(d, _)| *d <= (lower.len() / 3).max(2))
        .min()
        .map(|(_, c)| did_you_mean(c))
        .unwrap_or_default()
}

/// ` (did you mean `x`?)`, with its leading space.
fn did_you_mean(candidate: &str) -> String {
    format!(" {}", tr!("hint-did-you-mean", candidate = candidate))
}

/// `source:line:column: message`, the offending line and a caret under the column, per problem.
pub fn render_problems(source: &str, text: &str, problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| {
            let (line, column) = line_column(text, p.offset);
            let content = text.lines().nth(line - 1).unwrap_or("");
            let pad = " ".repeat(line.to_string().len());
            format!(
                "{source}:{line}:{column}: {}\n{pad} |\n{line} | {content}\n{pad} | {}^",
                p.message,
                " ".repeat(column - 1)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// Validates one file's entries.
struct Checker<'a> {
    text: &'a str,
    source: &'a str,
    problems: Vec<Problem>,
    warnings: Vec<String>,
}

impl Checker<'_> {
    fn push(&mut self, offset: usize, message: String) {
        self.problems.push(Problem { offset, message });
    }

    fn warn(&mut self, offset: usize, message: String) {
        let (line, column) = line_column(self.text, offset);
        self.warnings
            .push(format!("{}:{line}:{column}: {message}", self.source));
    }

    fn layer(&mut self, raw: raw::RawPolicy) -> Layer {
        let licenses = self.rules(
            "licenses",
            [
                &raw.licenses.allow,
                &raw.licenses.review,
                &raw.licenses.deny,
            ],
            [
                raw.licenses.allow_categories.as_deref(),
                raw.licenses.review_categories.as_deref(),
                raw.licenses.deny_categories.as_deref(),
            ],
        );
        let detection_threshold = raw.licenses.detection_threshold.as_ref().map(|t| {
            let value = *t.get_ref();
            if (0.0..=1.0).contains(&value) {
                value as f32
            } else {
                self.push(
                    t.span().start,
                    tr!("policy-threshold-range", value = value.to_string()),
                );
                DEFAULT_DETECTION_THRESHOLD
            }
        });
        let mut scopes = Vec::new();
        for (name, scope) in &raw.scopes {
            let Some(parsed) = parse_scope(name.get_ref()) else {
                self.push(
                    name.span().start,
                    tr!(
                        "policy-unknown-scope",
                        scope = name.get_ref(),
                        hint = suggest(
                            name.get_ref(),
                            ["runtime", "optional", "build", "dev"].into_iter()
                        )
                    ),
                );
                continue;
            };
            let key = format!("scopes.{}", name.get_ref());
            let rules = self.rules(
                &key,
                [&scope.allow, &scope.review, &scope.deny],
                [
                    Some(scope.allow_categories.as_slice()),
                    Some(scope.review_categories.as_slice()),
                    Some(scope.deny_categories.as_slice()),
                ],
            );
            scopes.push((parsed, scope.ignore, rules));
        }
        let exceptions = raw
            .exceptions
            .into_iter()
            .filter_map(|e| self.exception(e))
            .collect();
        let clarifications = raw
            .clarify
            .into_iter()
            .filter_map(|c| self.clarification(c))
            .collect();
        let ignores = raw
            .ignore
            .into_iter()
            .filter_map(|i| self.ignore(i))
            .collect();
        let checklist = raw.checklist.map(|c| self.checklist(c));
        let compatibility = raw.compatibility.map(|c| Compatibility {
            project_license: c.project_license.and_then(|l| {
                match spdx::Expression::parse(l.get_ref()) {
                    Ok(_) => Some(l.into_inner()),
                    Err(err) => {
                        self.push(
                            l.span().start + 1 + err.span.start,
                            tr!(
                                "policy-bad-project-license",
                                license = l.get_ref(),
                                reason = err.reason.to_string()
                            ),
                        );
                        None
                    }
                }
            }),
        });
        Layer {
            source: self.source.to_owned(),
            name: raw.policy.name,
            version: raw.policy.version,
            owner: raw.policy.owner,
            description: raw.policy.description,
            distribution: raw.policy.distribution,
            language: raw.policy.language,
            licenses,
            unknown: raw.licenses.unknown,
            detection_threshold,
            scopes,
            exceptions,
            clarifications,
            ignores,
            checklist,
            compatibility,
            warnings: std::mem::take(&mut self.warnings),
        }
    }

    fn rules(
        &mut self,
        key: &str,
        ids: [&Vec<Spanned<String>>; 3],
        categories: [Option<&[Spanned<String>]>; 3],
    ) -> LayerRules {
        const LISTS: [&str; 3] = ["allow", "review", "deny"];
        let mut rules = LayerRules::default();
        for (i, list) in ids.iter().enumerate() {
            rules.ids[i] = self.licensees(list, &format!("{key}.{}", LISTS[i]));
        }
        self.check_overlaps(key, "", ids.map(Vec::as_slice));
        for (i, list) in categories.iter().enumerate() {
            rules.categories[i] = list.map(|entries| {
                entries
                    .iter()
                    .filter_map(|entry| self.category(entry))
                    .collect()
            });
        }
        self.check_overlaps(
            key,
            "-categories",
            categories.map(Option::unwrap_or_default),
        );
        rules
    }

    fn category(&mut self, entry: &Spanned<String>) -> Option<Category> {
        let name = entry.get_ref();
        let found = Category::ALL.iter().find(|c| c.as_str() == name).copied();
        if found.is_none() {
            let names = Category::ALL.iter().map(|c| c.as_str());
            let hint = suggest(name, names.clone());
            self.push(
                entry.span().start + 1,
                tr!(
                    "policy-unknown-category",
                    name = name,
                    hint = hint,
                    names = names.collect::<Vec<_>>().join(", ")
                ),
            );
        }
        found
    }

    fn licensees(&mut self, entries: &[Spanned<String>], key: &str) -> Vec<Licensee> {
        let mut out = Vec::new();
        for entry in entries {
            let text = entry.get_ref();
            let at = entry.span().start + 1;
            match Licensee::parse(text) {
                Ok(licensee) => out.push(licensee),
                Err(err) if matches!(err.reason, spdx::error::Reason::DeprecatedLicenseId) => {
                    match modern_id(text) {
                        Some((modern, licensee)) => {
                            self.warn(
                                at,
                                tr!(
                                    "policy-deprecated-id",
                                    id = text,
                                    key = key,
                                    modern = &modern
                                ),
                            );
                            out.push(licensee);
                        }
                        None => self.push(
                            at + err.span.start,
                            tr!(
                                "policy-bad-license",
                                id = text,
                                key = key,
                                reason = err.reason.to_string(),
                                hint = ""
                            ),
                        ),
                    }
                }
                Err(err) => {
                    let hint = spdx_hint(text);
                    self.push(
                        at + err.span.start,
                        tr!(
                            "policy-bad-license",
                            id = text,
                            key = key,
                            reason = err.reason.to_string(),
                            hint = hint
                        ),
                    );
                }
            }
        }
        out
    }

    /// A license (or category) may be in one list of a level only: which one wins would
    /// otherwise be a guess. `suffix` names the lists: `""` for ids, `"-categories"`.
    fn check_overlaps(&mut self, key: &str, suffix: &str, lists: [&[Spanned<String>]; 3]) {
        const LISTS: [&str; 3] = ["allow", "review", "deny"];
        for i in 0..3 {
            for j in i + 1..3 {
                for entry in lists[j]
                    .iter()
                    .filter(|e| lists[i].iter().any(|x| x.get_ref() == e.get_ref()))
                {
                    self.push(
                        entry.span().start,
                        tr!(
                            "policy-in-two-lists",
                            entry = entry.get_ref(),
                            first = format!("{key}.{}{suffix}", LISTS[i]),
                            second = format!("{key}.{}{suffix}", LISTS[j])
                        ),
                    );
                }
            }
        }
    }

    fn pattern(&mut self, package: &Spanned<String>) -> Option<PackagePattern> {
        match PackagePattern::parse(package.get_ref()) {
            Ok(pattern) => Some(pattern),
            Err(why) => {
                self.push(package.span().start + 1, why);
                None
            }
        }
    }

    /// `what` is the message id of the error: `policy-bad-exception-license`,
    /// `policy-bad-clarified-license`.
    fn expression(&mut self, license: &Spanned<String>, what: &str) -> Option<spdx::Expression> {
        match spdx::Expression::parse(license.get_ref()) {
            Ok(expr) => Some(expr),
            Err(err) => {
                let hint = spdx_hint(license.get_ref());
                self.push(
                    license.span().start + 1 + err.span.start,
                    crate::i18n::message(
                        what,
                        &[
                            ("license", license.get_ref().as_str().into()),
                            ("reason", err.reason.to_string().into()),
                            ("hint", hint.into()),
                        ],
                    ),
                );
                None
            }
        }
    }

    fn exception(&mut self, raw: raw::RawException) -> Option<Exception> {
        let before = self.problems.len();
        let package = self.pattern(&raw.package);
        let licensees: Vec<Licensee> = self
            .expression(&raw.license, "policy-bad-exception-license")
            .map(|expr| {
                expr.requirements()
                    .map(|r| Licensee::new(r.req.license.clone(), r.req.addition.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let expires = raw.expires.as_ref().and_then(|e| {
            let date = parse_date(e.get_ref());
            if date.is_none() {
                self.push(e.span().start, tr!("policy-bad-expires"));
            }
            date
        });
        if raw.reason.trim().is_empty() {
            self.push(
                raw.package.span().start,
                tr!(
                    "policy-exception-needs-reason",
                    package = raw.package.get_ref()
                ),
            );
        }
        let package = package?;
        (self.problems.len() == before).then(|| Exception {
            package,
            license: raw.license.into_inner(),
            licensees,
            reason: raw.reason,
            approved_by: raw.approved_by,
            ticket: raw.ticket,
            expires,
        })
    }

    fn clarification(&mut self, raw: raw::RawClarify) -> Option<Clarification> {
        let before = self.problems.len();
        let package = self.pattern(&raw.package);
        let expression = self.expression(&raw.license, "policy-bad-clarified-license");
        let mut files = Vec::new();
        for file in &raw.license_files {
            let path = file.path.get_ref();
            let escapes = Path::new(path)
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)));
            if escapes || path.is_empty() {
                self.push(
                    file.path.span().start + 1,
                    tr!("policy-path-outside-package", path = path),
                );
            }
            let hash = file.sha256.get_ref().trim().to_ascii_lowercase();
            if hash.len() != 64 || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
                self.push(file.sha256.span().start + 1, tr!("policy-bad-sha256"));
            }
            files.push((path.clone(), hash));
        }
        let (package, expression) = (package?, expression?);
        (self.problems.len() == before).then(|| Clarification {
            package,
            license: raw.license.into_inner(),
            expression,
            reason: raw.reason,
            license_files: files,
        })
    }

    fn ignore(&mut self, raw: raw::RawIgnore) -> Option<Ignore> {
        let package = self.pattern(&raw.package)?;
        if raw.reason.trim().is_empty() {
            self.push(
                raw.package.span().start,
                tr!(
                    "policy-ignore-needs-reason",
                    package = raw.package.get_ref()
                ),
            );
            return None;
        }
        Some(Ignore {
            package,
            reason: raw.reason,
        })
    }

    fn checklist(&mut self, raw: raw::RawChecklist) -> Checklist {
        let project_license = raw
            .project_license
            .unwrap_or_default()
            .iter()
            .filter_map(|entry| {
                self.licensees(std::slice::from_ref(entry), "checklist.project-license")
                    .pop()
                    .map(|l| l.to_string())
            })
            .collect();
        let spdx_headers = raw.spdx_headers.map(|headers| {
            let mut globs = |list: &[Spanned<String>]| -> Vec<String> {
                list.iter()
                    .filter(|g| match globset::Glob::new(g.get_ref()) {
                        Ok(_) => true,
                        Err(err) => {
                            self.push(
                                g.span().start + 1,
                                tr!(
                                    "policy-bad-glob",
                                    glob = g.get_ref(),
                                    error = err.kind().to_string()
                                ),
                            );
                            false
                        }
                    })
                    .map(|g| g.get_ref().clone())
                    .collect()
            };
            crate::checklist::HeaderRule {
                include: globs(&headers.include),
                exclude: globs(&headers.exclude),
            }
        });
        Checklist {
            require_files: raw.require_files.unwrap_or_default(),
            project_license,
            spdx_headers,
            crown_copyright: raw.crown_copyright.unwrap_or(false),
            bilingual: raw.bilingual.unwrap_or_default(),
            outbound_rights: raw.outbound_rights.unwrap_or(false),
        }
    }
}

/// `GPL-2.0` → `GPL-2.0-only`, `GPL-2.0+` → `GPL-2.0-or-later`: the id a deprecated one means.
fn modern_id(text: &str) -> Option<(String, Licensee)> {
    let modern = spdx::Expression::canonicalize(text).ok()??;
    let licensee = Licensee::parse(&modern).ok()?;
    Some((modern, licensee))
}

fn parse_scope(name: &str) -> Option<Scope> {
    [
        Scope::Runtime,
        Scope::Optional,
        Scope::Build,
        Scope::Dev,
        Scope::Os,
    ]
    .into_iter()
    .find(|s| s.as_str() == name)
}

/// A `YYYY-MM-DD` date, from a TOML local date or a string holding one.
fn parse_date(value: &toml::Value) -> Option<String> {
    let datetime = match value {
        toml::Value::Datetime(d) => *d,
        toml::Value::String(s) => s.parse::<toml::value::Datetime>().ok()?,
        _ => return None,
    };
    match (datetime.date, datetime.time) {
        (Some(d), None) => Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        _ => None,
    }
}

/// A suggestion for a mistyped license id, when the spdx crate knows a close one, or the
/// normaliser reads the text as one (`Apache 2` → `Apache-2.0`, `GPLv3+` → `GPL-3.0-or-later`).
fn spdx_hint(text: &str) -> String {
    let valid =
        |fixed: &str| Licensee::parse(fixed).is_ok() || spdx::Expression::parse(fixed).is_ok();
    match spdx::Expression::canonicalize(text) {
        Ok(Some(fixed)) if valid(&fixed) => did_you_mean(&fixed),
        _ => match crate::license::normalize::normalize(text) {
            crate::license::normalize::Normalized::Expression { expression, .. }
                if valid(&expression) =>
            {
                did_you_mean(&expression)
            }
            _ => String::new(),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Merging

/// Merges the chain (most basic first) into one policy.
pub(super) fn merge(chain: Vec<Layer>) -> Policy {
    let mut policy = Policy {
        name: tr!("policy-unnamed"),
        version: None,
        owner: None,
        description: None,
        source: String::new(),
        extends: Vec::new(),
        distribution: Distribution::default(),
        language: None,
        licenses: Rules::default(),
        builtin_categories: true,
        unknown: UnknownAction::Deny,
        detection_threshold: DEFAULT_DETECTION_THRESHOLD,
        scopes: Default::default(),
        exceptions: Vec::new(),
        clarifications: Vec::new(),
        ignores: Vec::new(),
        checklist: None,
        compatibility: None,
        warnings: Vec::new(),
    };
    let mut sources = Vec::new();
    for layer in chain {
        sources.push(layer.source.clone());
        policy.source = layer.source;
        set(&mut policy.name, layer.name);
        set_option(&mut policy.version, layer.version);
        set_option(&mut policy.owner, layer.owner);
        set_option(&mut policy.description, layer.description);
        set(&mut policy.distribution, layer.distribution);
        set_option(&mut policy.language, layer.language);
        set(&mut policy.unknown, layer.unknown);
        set(&mut policy.detection_threshold, layer.detection_threshold);
        if layer.licenses.categories.iter().any(Option::is_some) {
            policy.builtin_categories = false;
        }
        apply(&mut policy.licenses, layer.licenses);
        for (scope, ignore, rules) in layer.scopes {
            let entry: &mut ScopeRules = policy.scopes.entry(scope).or_default();
            set(&mut entry.ignore, ignore);
            apply(&mut entry.rules, rules);
        }
        policy.exceptions.extend(layer.exceptions);
        policy.clarifications.extend(layer.clarifications);
        policy.ignores.extend(layer.ignores);
        set_option(&mut policy.checklist, layer.checklist);
        set_option(&mut policy.compatibility, layer.compatibility);
        policy.warnings.extend(layer.warnings);
    }
    sources.pop();
    sources.reverse();
    policy.extends = sources;
    if policy.builtin_categories {
        let [allow, review, deny] = super::builtin_categories(policy.distribution);
        policy.licenses.allow_categories = allow;
        policy.licenses.review_categories = review;
        policy.licenses.deny_categories = deny;
    }
    policy
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}

fn set_option<T>(slot: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *slot = value;
    }
}

/// A later file's entries move to the list it names, out of the others.
fn apply(rules: &mut Rules, layer: LayerRules) {
    let [allow, review, deny] = layer.ids;
    for (target, entries) in [(0, allow), (1, review), (2, deny)] {
        for licensee in entries {
            let text = licensee.to_string();
            for list in [&mut rules.allow, &mut rules.review, &mut rules.deny] {
                list.retain(|l| l.to_string() != text);
            }
            [&mut rules.allow, &mut rules.review, &mut rules.deny][target].push(licensee);
        }
    }
    let [allow, review, deny] = layer.categories;
    for (target, entries) in [(0, allow), (1, review), (2, deny)] {
        for category in entries.into_iter().flatten() {
            for list in [
                &mut rules.allow_categories,
                &mut rules.review_categories,
                &mut rules.deny_categories,
            ] {
                list.retain(|c| *c != category);
            }
            [
                &mut rules.allow_categories,
                &mut rules.review_categories,
                &mut rules.deny_categories,
            ][target]
                .push(category);
        }
    }
}
