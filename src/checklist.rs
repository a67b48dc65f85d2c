//! The release-readiness checklist: the OSPO's "is this repository ready to be released?" check.
//!
//! Six kinds of item, each a plain [`Item`]: the files a repository must have at its root
//! (`require-file`), its own license and whether the policy allows it (`project-license`), the
//! Crown copyright notice in its licence file (`crown-copyright`), files written in both official
//! languages (`bilingual`), the `SPDX-License-Identifier:` header of its source files
//! (`spdx-header`), and whether its licence allows every dependency's (`outbound-rights`, built by
//! [`outbound_rights`] from a scan's compatibility findings). [`run`] never panics and never
//! fails: a file it cannot read makes its item fail, and the message names the file.

pub mod crown;
pub mod language;

use std::io::Read as _;
use std::path::Path;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};

use crate::i18n::tr;
use crate::license::detect::Detector;

/// The `[checklist]` table of a policy, validated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checklist {
    /// Files the repository must have at its root, e.g. "LICENSE", "README.md", "SECURITY.md".
    ///
    /// The rule, in `find_required`: names compare ignoring ASCII case; a name without an
    /// extension (`LICENSE`) is also satisfied by that name with any extension (`LICENSE.md`,
    /// `license.txt`), but not by another name (`LICENSE-MIT`); and the community-health files
    /// GitHub also reads from `.github/` and `docs/` (`CODE_OF_CONDUCT`, `CONTRIBUTING`,
    /// `SECURITY`, `SUPPORT`) may be in either of those folders instead of the root. A name with
    /// a folder (`.github/CODEOWNERS`) is looked for in that folder only.
    pub require_files: Vec<String>,
    /// The licenses the repository's own license may be (SPDX expressions as written, e.g. "MIT",
    /// "Apache-2.0"); empty = not checked.
    pub project_license: Vec<String>,
    /// Source files that must carry an `SPDX-License-Identifier:` header.
    pub spdx_headers: Option<HeaderRule>,
    /// `crown-copyright = true`: the licence file must carry the Government of Canada's Crown
    /// copyright notice in the form of the *Guide for Publishing Open Source Code*.
    pub crown_copyright: bool,
    /// Files that must be in English and French, in one file or in a pair (`README.md` and
    /// `README.fr.md` or `LISEZMOI.md`), told from their text (see [`language`]).
    pub bilingual: Vec<String>,
    /// `outbound-rights = true`: `ossdoo checklist` scans the dependencies and checks that the
    /// project's licence allows each one's (the policy's `[compatibility]`).
    pub outbound_rights: bool,
}

/// Which files must carry an `SPDX-License-Identifier:` header.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeaderRule {
    /// Glob patterns relative to the repository root, with `/` separators (`src/**/*.rs`); `*`
    /// does not cross a `/`, `**` does.
    pub include: Vec<String>,
    /// Glob patterns of files not checked even if included (`**/generated/**`).
    pub exclude: Vec<String>,
}

/// One checklist item's outcome.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Item {
    /// Stable id: "require-file", "project-license", "crown-copyright", "bilingual",
    /// "spdx-header" or "outbound-rights".
    pub check: &'static str,
    /// What was checked, e.g. "SECURITY.md", "the repository's license", "src/**/*.rs".
    pub subject: String,
    /// Whether the repository meets this item.
    pub passed: bool,
    /// One sentence: what was found, and for failures what to do.
    pub message: String,
    /// Root-relative paths (with `/`) involved: the license file found, the files whose language
    /// was read, or the files that lack a header (sorted; all of them); for `outbound-rights`, the
    /// purls of the dependencies in conflict.
    pub files: Vec<String>,
    /// For an item that passes but should still be fixed (a Crown copyright notice in the former
    /// "Her Majesty the Queen" form): what to do. Absent from the JSON when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

impl Item {
    fn new(check: &'static str, subject: String, passed: bool, message: String) -> Item {
        Item {
            check,
            subject,
            passed,
            message,
            files: Vec::new(),
            warning: None,
        }
    }

    fn with_files(mut self, files: Vec<String>) -> Item {
        self.files = files;
        self
    }
}

/// Runs the checklist on the repository at `root`. Never panics; unreadable files are reported in
/// the item messages. Items come in a fixed order: the required files (in the order given), then
/// the project license, the Crown copyright notice, the bilingual files (in the order given),
/// then the SPDX headers. The `outbound-rights` item needs a scan; [`outbound_rights`] builds it.
pub fn run(root: &Path, checklist: &Checklist, detector: &Detector) -> Vec<Item> {
    let mut items: Vec<Item> = checklist
        .require_files
        .iter()
        .map(|name| require_file(root, name))
        .collect();
    if !checklist.project_license.is_empty() {
        items.push(project_license(root, &checklist.project_license, detector));
    }
    if checklist.crown_copyright {
        items.push(crown_copyright(root));
    }
    items.extend(checklist.bilingual.iter().map(|name| bilingual(root, name)));
    if let Some(rule) = &checklist.spdx_headers {
        items.push(spdx_headers(
            root,
            rule,
            first_allowed(&checklist.project_license),
        ));
    }
    items
}

// ---------------------------------------------------------------------------------------------
// require-file

/// Files GitHub also reads from `.github/` and `docs/` ("Creating a default community health
/// file"; the contributing guidelines, code of conduct, security policy and support page).
const COMMUNITY_HEALTH: &[&str] = &["CODE_OF_CONDUCT", "CONTRIBUTING", "SECURITY", "SUPPORT"];

/// The folders GitHub looks in for a community-health file, after the root.
const COMMUNITY_HEALTH_DIRS: &[&str] = &[".github", "docs"];

/// The `require-file` item for one required name.
fn require_file(root: &Path, name: &str) -> Item {
    let (files, problems) = find_required(root, name);
    let passed = !files.is_empty();
    let places = places(&search_dirs(name).0);
    let message = match (passed, problems.is_empty()) {
        (true, _) => tr!("checklist-file-found", files = files.join("`, `")),
        (false, true) => tr!("checklist-file-missing", name = name, places = places),
        (false, false) => tr!(
            "checklist-file-missing-unreadable",
            name = name,
            places = places,
            problems = problems.join("; ")
        ),
    };
    Item::new("require-file", name.to_owned(), passed, message).with_files(files)
}

/// The root-relative paths of the files that satisfy a required name (see
/// [`Checklist::require_files`]), sorted, and the folders that could not be read.
fn find_required(root: &Path, name: &str) -> (Vec<String>, Vec<String>) {
    let (dirs, name) = search_dirs(name);
    let (mut files, mut problems) = (Vec::new(), Vec::new());
    for dir in dirs {
        match file_names(&root.join(dir)) {
            Ok(names) => files.extend(
                names
                    .into_iter()
                    .filter(|file| satisfies(file, name))
                    .map(|file| join(dir, &file)),
            ),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound && !dir.is_empty() => {}
            Err(err) => problems.push(tr!(
                "checklist-cannot-read-path",
                path = join_dir(dir),
                error = err.to_string()
            )),
        }
    }
    files.sort();
    (files, problems)
}

/// The root-relative folders a required name is looked for in (`""` is the root), and the file
/// name to look for: a community-health file also in `.github/` and `docs/`; a name with a folder
/// (`.github/CODEOWNERS`) in that folder only.
fn search_dirs(name: &str) -> (Vec<&str>, &str) {
    let (folder, name) = name.rsplit_once('/').unwrap_or(("", name));
    let mut dirs = vec![folder];
    if folder.is_empty()
        && COMMUNITY_HEALTH
            .iter()
            .any(|health| health.eq_ignore_ascii_case(stem(name)))
    {
        dirs.extend(COMMUNITY_HEALTH_DIRS);
    }
    (dirs, name)
}

/// Where a required file was looked for, for a message: `at the repository root, in `.github/`
/// or in `docs/``.
fn places(dirs: &[&str]) -> String {
    match dirs {
        [""] => tr!("checklist-places-root"),
        ["", first, others @ ..] => {
            let quoted = others.iter().fold(format!("`{first}/`"), |list, dir| {
                tr!(
                    "checklist-places-or-in",
                    list = list,
                    dir = format!("`{dir}/`")
                )
            });
            tr!("checklist-places-root-and", dirs = quoted)
        }
        // A name with a folder: the name says where.
        _ => tr!("checklist-places-repository"),
    }
}

/// Whether a file name satisfies a required name: equal ignoring ASCII case, or, for a required
/// name without an extension, the same stem with any extension. `LICENCE` (Canadian and British
/// spelling, the Guide's) and `LICENSE` are the same name.
fn satisfies(file: &str, required: &str) -> bool {
    let file = licence_spelling(file);
    let required = licence_spelling(required);
    file.eq_ignore_ascii_case(&required)
        || (!has_extension(&required)
            && file
                .rsplit_once('.')
                .is_some_and(|(stem, _)| stem.eq_ignore_ascii_case(&required)))
}

/// `LICENCE.md` → `LICENSE.md`: the two spellings compare equal.
fn licence_spelling(name: &str) -> String {
    match name.get(..7) {
        Some(head) if head.eq_ignore_ascii_case("licence") => format!("LICENSE{}", &name[7..]),
        _ => name.to_owned(),
    }
}

/// `README` for `README.md`; a leading dot does not start an extension (`.editorconfig`).
fn stem(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => name,
    }
}

fn has_extension(name: &str) -> bool {
    stem(name) != name
}

/// The names of the regular files directly inside a folder (symlinks to files count: a
/// `LICENSE` linked to a shared text is still there), unsorted.
fn file_names(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.path().is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    Ok(names)
}

fn join(dir: &str, file: &str) -> String {
    if dir.is_empty() {
        file.to_owned()
    } else {
        format!("{dir}/{file}")
    }
}

fn join_dir(dir: &str) -> &str {
    if dir.is_empty() { "." } else { dir }
}

// ---------------------------------------------------------------------------------------------
// project-license

/// The manifests whose declared license is read, at the repository root.
const MANIFESTS: &[&str] = &["Cargo.toml", "package.json", "pyproject.toml"];

/// What one file says the repository's license is.
struct Evidence {
    /// Root-relative path of the license file or manifest.
    file: String,
    /// The SPDX expression and how it was found (`detected, 0.98`, `declared`), or what went wrong.
    found: Result<(String, String), String>,
}

/// The `project-license` item: every license file at the root is detected and every manifest's
/// declaration read; the item passes when at least one license is found and all are allowed.
fn project_license(root: &Path, allowed: &[String], detector: &Detector) -> Item {
    let subject = tr!("checklist-subject-license");
    let licensees = match parse_licensees(allowed) {
        Ok(licensees) => licensees,
        Err(message) => return item_license(subject, false, message, Vec::new()),
    };
    let mut evidence = license_files(root, detector);
    let has_license_file = !evidence.is_empty();
    evidence.extend(MANIFESTS.iter().filter_map(|name| declared(root, name)));
    let mut files: Vec<String> = evidence.iter().map(|e| e.file.clone()).collect();
    files.sort();
    if evidence.is_empty() {
        let message = tr!("checklist-license-none", license = first_allowed(allowed));
        return item_license(subject, false, message, files);
    }
    let (passed, verdict) = judge(&evidence, &licensees, allowed, has_license_file);
    let described: Vec<String> = evidence.iter().map(describe).collect();
    let found = described.join("; ");
    let message = match verdict {
        None => found,
        Some((problems, fix)) => tr!(
            "checklist-license-verdict",
            found = found,
            problems = problems,
            fix = fix
        ),
    };
    item_license(subject, passed, message, files)
}

fn item_license(subject: String, passed: bool, message: String, files: Vec<String>) -> Item {
    Item::new("project-license", subject, passed, message).with_files(files)
}

/// Parses the allowed list, or says which entries are not SPDX licenses.
fn parse_licensees(allowed: &[String]) -> Result<Vec<spdx::Licensee>, String> {
    let mut licensees = Vec::new();
    let mut problems = Vec::new();
    for entry in allowed {
        match spdx::Licensee::parse(entry) {
            Ok(licensee) => licensees.push(licensee),
            Err(err) => problems.push(format!("`{entry}` ({})", err.reason)),
        }
    }
    if problems.is_empty() {
        Ok(licensees)
    } else {
        Err(tr!(
            "checklist-license-policy-not-spdx",
            entries = problems.join(", ")
        ))
    }
}

/// The license files at the root, each detected.
fn license_files(root: &Path, detector: &Detector) -> Vec<Evidence> {
    crate::license::files::find(root)
        .into_iter()
        .map(|path| {
            let file = relative(root, &path);
            let found = match detector.detect_file(&path) {
                Ok(Some(found)) => Ok((
                    found.license,
                    tr!(
                        "checklist-license-detected",
                        confidence = crate::i18n::decimal(f64::from(found.confidence), 2)
                    ),
                )),
                Ok(None) => Err(tr!("checklist-license-not-recognised")),
                Err(err) => Err(tr!("checklist-cannot-read", error = err.to_string())),
            };
            Evidence { file, found }
        })
        .collect()
}

/// The license a manifest at the root declares, if the manifest is there and declares one.
fn declared(root: &Path, name: &str) -> Option<Evidence> {
    let path = root.join(name);
    if !path.is_file() {
        return None;
    }
    let found = match crate::read::text(&path) {
        Ok(text) => declared_license(name, &text)
            .transpose()?
            .map(|license| (license, tr!("checklist-license-declared"))),
        Err(err) => Err(tr!("checklist-cannot-read", error = err.to_string())),
    };
    Some(Evidence {
        file: name.to_owned(),
        found,
    })
}

/// The license field of a manifest's text: `[package] license` (Cargo), `license` (npm; also the
/// legacy `{ "type": … }` form), `[project] license` (PEP 621 table `{ text = … }`, or the PEP 639
/// string). `Ok(None)` when there is none; `Err` when the manifest cannot be parsed.
fn declared_license(name: &str, text: &str) -> Result<Option<String>, String> {
    let field = match name {
        "package.json" => {
            let json: serde_json::Value = serde_json::from_str(text)
                .map_err(|e| tr!("checklist-cannot-parse", error = e.to_string()))?;
            let license = &json["license"];
            license
                .as_str()
                .or_else(|| license["type"].as_str())
                .map(str::to_owned)
        }
        _ => {
            let toml: toml::Table = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
            let table = if name == "Cargo.toml" {
                "package"
            } else {
                "project"
            };
            let license = toml.get(table).and_then(|t| t.get("license"));
            license
                .and_then(|l| {
                    l.as_str()
                        .or_else(|| l.get("text").and_then(|t| t.as_str()))
                })
                .map(str::to_owned)
        }
    };
    Ok(field.map(|f| f.trim().to_owned()).filter(|f| !f.is_empty()))
}

/// `cannot parse: <message> at line L` — one line, unlike the error's own caret display.
fn toml_error(text: &str, err: &toml::de::Error) -> String {
    let message = err.message().trim_end_matches('\n');
    match err.span() {
        Some(span) => {
            let line = text
                .get(..span.start)
                .map_or(0, |before| before.matches('\n').count())
                + 1;
            tr!(
                "checklist-cannot-parse-at-line",
                error = message,
                line = line
            )
        }
        None => tr!("checklist-cannot-parse", error = message),
    }
}

/// Whether the evidence passes, and what is wrong and what to do when it does not.
fn judge(
    evidence: &[Evidence],
    licensees: &[spdx::Licensee],
    allowed: &[String],
    has_license_file: bool,
) -> (bool, Option<(String, String)>) {
    let mut problems: Vec<String> = evidence
        .iter()
        .filter_map(|item| problem(item, licensees))
        .collect();
    problems.dedup();
    let fix = if has_license_file {
        tr!("checklist-license-must-be", allowed = allowed.join(", "))
    } else {
        problems.push(tr!("checklist-license-no-file"));
        tr!(
            "checklist-license-add-one",
            license = first_allowed(allowed)
        )
    };
    if problems.is_empty() {
        (true, None)
    } else {
        (false, Some((problems.join(", "), fix)))
    }
}

/// What is wrong with one piece of evidence, if anything.
fn problem(evidence: &Evidence, licensees: &[spdx::Licensee]) -> Option<String> {
    let license = match &evidence.found {
        Ok((license, _)) => license,
        Err(_) => return Some(tr!("checklist-license-unchecked", file = &evidence.file)),
    };
    match is_allowed(license, licensees) {
        Ok(true) => None,
        Ok(false) => Some(tr!("checklist-license-not-allowed", license = license)),
        Err(err) => Some(tr!(
            "checklist-license-not-spdx",
            license = license,
            error = err
        )),
    }
}

fn first_allowed(allowed: &[String]) -> &str {
    allowed.first().map_or("MIT", String::as_str)
}

/// Whether an expression is allowed by the licensees; `Err` when it is not an SPDX expression.
fn is_allowed(license: &str, licensees: &[spdx::Licensee]) -> Result<bool, String> {
    let expression = spdx::Expression::parse_mode(license, spdx::ParseMode::LAX)
        .map_err(|err| err.reason.to_string())?;
    Ok(expression.evaluate(|req| licensees.iter().any(|l| l.satisfies(req))))
}

/// `LICENSE: MIT (detected, 0.98)`, `package.json: MIT (declared)`, `LICENSE: cannot read: …`.
fn describe(evidence: &Evidence) -> String {
    match &evidence.found {
        Ok((license, how)) => tr!(
            "checklist-license-evidence",
            file = &evidence.file,
            license = license,
            how = how
        ),
        Err(problem) => tr!(
            "checklist-license-evidence-problem",
            file = &evidence.file,
            problem = problem
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// crown-copyright

/// The `crown-copyright` item: a licence file at the root carries the Crown copyright notice in
/// the Guide's form. The former "Her Majesty the Queen" form passes with a warning.
fn crown_copyright(root: &Path) -> Item {
    let subject = tr!("gc-subject-crown");
    let department = tr!("gc-crown-department");
    let year = tr!("gc-crown-year");
    let template = crown::guide_form(&department, &year);
    let files: Vec<String> = crate::license::files::find(root)
        .iter()
        .map(|path| relative(root, path))
        .collect();
    if files.is_empty() {
        let message = tr!("gc-crown-no-licence", line = &template);
        return Item::new("crown-copyright", subject, false, message);
    }
    let mut problems = Vec::new();
    let mut found: Vec<(String, crown::Notice)> = Vec::new();
    for file in &files {
        match crate::read::text(root.join(file)) {
            Ok(text) => {
                if let Some(notice) = crown::find(&text) {
                    found.push((file.clone(), notice));
                }
            }
            Err(err) => problems.push(tr!(
                "checklist-cannot-read-path",
                path = file,
                error = err.to_string()
            )),
        }
    }
    let best = found
        .iter()
        .position(|(_, n)| n.is_complete())
        .or_else(|| found.iter().position(|(_, n)| n.form == crown::Form::King))
        .or(if found.is_empty() { None } else { Some(0) });
    let Some(best) = best else {
        let message = if problems.is_empty() {
            tr!(
                "gc-crown-missing",
                files = files.join("`, `"),
                line = &template
            )
        } else {
            tr!(
                "gc-crown-missing-unreadable",
                files = files.join("`, `"),
                problems = problems.join("; "),
                line = &template
            )
        };
        return Item::new("crown-copyright", subject, false, message).with_files(files);
    };
    let (file, notice) = &found[best];
    let by = notice.represented_by.clone().unwrap_or(department);
    let when = notice.year.clone().unwrap_or(year);
    let fixed = crown::guide_form(&by, &when);
    let item = match (notice.form, notice.is_complete()) {
        (crown::Form::King, true) => Item::new(
            "crown-copyright",
            subject,
            true,
            tr!("gc-crown-found", file = file, by = &by, year = &when),
        ),
        (crown::Form::Queen, _) => {
            let mut item = Item::new(
                "crown-copyright",
                subject,
                true,
                tr!("gc-crown-former", file = file),
            );
            item.warning = Some(tr!("gc-crown-update", file = file, line = &fixed));
            item
        }
        (crown::Form::King, false) => {
            let message = match (&notice.represented_by, &notice.year) {
                (None, None) => tr!("gc-crown-incomplete-both", file = file, line = &fixed),
                (None, Some(_)) => {
                    tr!("gc-crown-incomplete-department", file = file, line = &fixed)
                }
                _ => tr!("gc-crown-incomplete-year", file = file, line = &fixed),
            };
            Item::new("crown-copyright", subject, false, message)
        }
    };
    item.with_files(vec![file.clone()])
}

// ---------------------------------------------------------------------------------------------
// bilingual

/// The French names of the community files, by English stem (upper case): what a French version
/// beside the English one may be called.
const FRENCH_NAMES: &[(&str, &[&str])] = &[
    ("README", &["LISEZMOI", "LISEZ-MOI"]),
    (
        "CONTRIBUTING",
        &["CONTRIBUER", "CONTRIBUTION", "CONTRIBUTIONS"],
    ),
    ("SECURITY", &["SECURITE", "SÉCURITÉ"]),
    ("CODE_OF_CONDUCT", &["CODE_DE_CONDUITE", "CODE-DE-CONDUITE"]),
];

/// The `bilingual` item of one file: its text, or its text and that of a version beside it, must
/// be in English and in French.
fn bilingual(root: &Path, name: &str) -> Item {
    let subject = name.to_owned();
    let (files, problems) = find_required(root, name);
    // The file at the root first, when there is one there and in `.github/` or `docs/` too.
    let main = files
        .iter()
        .find(|file| !file.contains('/'))
        .or(files.first());
    let Some(main) = main else {
        let places = places(&search_dirs(name).0);
        let message = tr!("gc-bilingual-missing", name = name, places = places);
        return Item::new("bilingual", subject, false, message);
    };
    let (dir, file_name) = main.rsplit_once('/').unwrap_or(("", main.as_str()));
    let mut involved = vec![main.clone()];
    let mut problems = problems;
    let detect = |path: &str, problems: &mut Vec<String>| match crate::read::text(root.join(path)) {
        Ok(text) => language::detect(&text),
        Err(err) => {
            problems.push(tr!(
                "checklist-cannot-read-path",
                path = path,
                error = err.to_string()
            ));
            language::Languages::default()
        }
    };
    let main_languages = detect(main, &mut problems);
    if main_languages.english() && main_languages.french() {
        let message = tr!("gc-bilingual-both", file = main);
        return Item::new("bilingual", subject, true, message).with_files(involved);
    }
    // A version beside it: `README.fr.md`, `LISEZMOI.md`; its text must be the other language.
    let partners: Vec<String> = match file_names(&root.join(dir)) {
        Ok(mut names) => {
            names.sort();
            names
                .into_iter()
                .filter(|other| other != file_name && is_partner(file_name, other))
                .map(|other| join(dir, &other))
                .collect()
        }
        Err(_) => Vec::new(),
    };
    let mut all = main_languages;
    let mut other_language = Vec::new();
    for partner in &partners {
        let found = detect(partner, &mut problems);
        let adds = (found.french() && !main_languages.french())
            || (found.english() && !main_languages.english());
        if adds {
            other_language.push(partner.clone());
        }
        all = all.and(found);
        involved.push(partner.clone());
    }
    if all.english() && all.french() && !other_language.is_empty() {
        let message = tr!(
            "gc-bilingual-pair",
            file = main,
            other = other_language.join("`, `")
        );
        return Item::new("bilingual", subject, true, message).with_files(involved);
    }
    let suggestions = suggest(file_name, !main_languages.french());
    let mut message = match (main_languages.english(), main_languages.french()) {
        (true, _) => tr!(
            "gc-bilingual-english-only",
            file = main,
            names = suggestions
        ),
        (_, true) => tr!("gc-bilingual-french-only", file = main, names = suggestions),
        _ => tr!("gc-bilingual-too-little", file = main),
    };
    let not_translated: Vec<&String> = partners
        .iter()
        .filter(|p| !other_language.contains(p))
        .collect();
    if !not_translated.is_empty() {
        let names: Vec<&str> = not_translated.iter().map(|s| s.as_str()).collect();
        message.push_str(&tr!(
            "gc-bilingual-partner-not-other",
            files = names.join("`, `")
        ));
    }
    if !problems.is_empty() {
        message.push_str(&tr!(
            "gc-bilingual-unreadable",
            problems = problems.join("; ")
        ));
    }
    Item::new("bilingual", subject, false, message).with_files(involved)
}

/// Whether `other` may be the version of `file` in the other language: the same stem with a
/// language tag (`README.fr.md`, `README-fr.md`, `README_fr.md`, `README.en.md`), or the French
/// name of a community file (`LISEZMOI.md`, `CONTRIBUER.md`, `SECURITE.md`,
/// `CODE_DE_CONDUITE.md`) with any extension.
fn is_partner(file: &str, other: &str) -> bool {
    let other_stem = stem(other);
    let stem = stem(file);
    for tag in ["fr", "en", "FR", "EN"] {
        for sep in ['.', '-', '_'] {
            if other_stem.eq_ignore_ascii_case(&format!("{stem}{sep}{tag}")) {
                return true;
            }
        }
    }
    let upper = stem.to_uppercase();
    let other_upper = other_stem.to_uppercase();
    FRENCH_NAMES
        .iter()
        .filter(|(english, _)| *english == upper)
        .any(|(_, french)| french.contains(&other_upper.as_str()))
}

/// The names the message suggests for the missing version: `README.fr.md` or `LISEZMOI.md`.
fn suggest(file: &str, french_missing: bool) -> String {
    let stem = stem(file);
    let ext = &file[stem.len()..];
    let tag = if french_missing { "fr" } else { "en" };
    let mut names = vec![format!("`{stem}.{tag}{ext}`")];
    if french_missing {
        let upper = stem.to_uppercase();
        if let Some((_, french)) = FRENCH_NAMES.iter().find(|(english, _)| *english == upper) {
            names.push(format!("`{}{ext}`", french[0]));
        }
    }
    let (last, first) = names
        .split_last()
        .map_or((String::new(), &[][..]), |(l, f)| (l.clone(), f));
    if first.is_empty() {
        last
    } else {
        tr!("gc-bilingual-names", first = first.join(", "), last = last)
    }
}

// ---------------------------------------------------------------------------------------------
// outbound-rights

/// A dependency whose licence the project's own does not allow, from a scan's
/// `incompatible-license` finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The package's purl.
    pub package: String,
    /// Why, as the finding says it.
    pub why: String,
}

/// What a scan told about outbound rights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outbound {
    /// The policy has no `[compatibility]`: nothing was checked.
    NotConfigured,
    /// The project's own licence could not be found.
    UnknownProjectLicense,
    /// The scan ran: the project's licence, how many packages it judged, how many inputs it could
    /// not read (a lockfile it could not parse hides dependencies), and the conflicts.
    Checked {
        project_license: String,
        packages: usize,
        input_errors: usize,
        conflicts: Vec<Conflict>,
    },
}

/// The `outbound-rights` item: the project's licence may not give more rights than its
/// dependencies' licences give it (the Guide: "outbound rights … do not exceed inbound rights").
pub fn outbound_rights(outbound: &Outbound) -> Item {
    let subject = tr!("gc-subject-outbound");
    match outbound {
        Outbound::NotConfigured => Item::new(
            "outbound-rights",
            subject,
            false,
            tr!("gc-outbound-not-configured"),
        ),
        Outbound::UnknownProjectLicense => Item::new(
            "outbound-rights",
            subject,
            false,
            tr!("gc-outbound-unknown-license"),
        ),
        Outbound::Checked {
            input_errors,
            conflicts,
            ..
        } if conflicts.is_empty() && *input_errors > 0 => Item::new(
            "outbound-rights",
            subject,
            false,
            tr!("gc-outbound-input-errors", count = *input_errors),
        ),
        Outbound::Checked {
            project_license,
            packages,
            conflicts,
            ..
        } if conflicts.is_empty() => Item::new(
            "outbound-rights",
            subject,
            true,
            tr!(
                "gc-outbound-ok",
                count = *packages,
                license = project_license
            ),
        ),
        Outbound::Checked {
            project_license,
            conflicts,
            ..
        } => {
            let listed: Vec<String> = conflicts
                .iter()
                .map(|c| format!("{} ({})", c.package, c.why))
                .collect();
            let message = tr!(
                "gc-outbound-conflicts",
                count = conflicts.len(),
                license = project_license,
                packages = listed.join("; ")
            );
            let files = conflicts.iter().map(|c| c.package.clone()).collect();
            Item::new("outbound-rights", subject, false, message).with_files(files)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// spdx-header

/// The marker a header line carries (SPDX 2.3 Annex E, "Using SPDX short identifiers in source
/// files").
const SPDX_TAG: &str = "SPDX-License-Identifier:";

/// The header's name in messages.
const HEADER_NAME: &str = "SPDX-License-Identifier";

/// How much of a file is read looking for the tag: the first lines, up to this many bytes.
const HEADER_LINES: usize = 30;
const HEADER_BYTES: u64 = 4096;

/// Folders never walked: version control, build output, installed dependencies and vendored
/// third-party code (whose headers are not the project's to add). Hidden folders are skipped too.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules", "vendor", "third_party"];

/// The `spdx-header` item of a rule. `suggested` is the license the fix message proposes.
fn spdx_headers(root: &Path, rule: &HeaderRule, suggested: &str) -> Item {
    let subject = rule.include.join(", ");
    let (include, exclude) = match (glob_set(&rule.include), glob_set(&rule.exclude)) {
        (Ok(include), Ok(exclude)) => (include, exclude),
        (Err(err), _) | (_, Err(err)) => {
            return item_header(
                subject,
                false,
                tr!("checklist-fix-policy", problem = err),
                Vec::new(),
            );
        }
    };
    let scan = scan_headers(root, &include, &exclude);
    let message = header_message(&scan, &subject, suggested);
    let passed = scan.lacking.is_empty() && scan.problems.is_empty();
    item_header(subject, passed, message, scan.lacking)
}

fn item_header(subject: String, passed: bool, message: String, files: Vec<String>) -> Item {
    Item::new("spdx-header", subject, passed, message).with_files(files)
}

/// Compiles patterns into one set; `*` does not cross a `/` (as in `.gitignore`).
fn glob_set(patterns: &[String]) -> Result<GlobSet, String> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        builder.add(glob(pattern)?);
    }
    builder.build().map_err(|err| err.to_string())
}

fn glob(pattern: &str) -> Result<Glob, String> {
    GlobBuilder::new(pattern)
        .literal_separator(true)
        .build()
        .map_err(|err| {
            tr!(
                "checklist-bad-glob",
                pattern = pattern,
                error = err.kind().to_string()
            )
        })
}

/// What the walk found.
#[derive(Default)]
struct HeaderScan {
    /// How many files were selected.
    checked: usize,
    /// Root-relative paths of the selected files without the tag, sorted.
    lacking: Vec<String>,
    /// Files and folders that could not be read.
    problems: Vec<String>,
}

/// Walks the repository (symlinks are never followed) and checks every selected file.
fn scan_headers(root: &Path, include: &GlobSet, exclude: &GlobSet) -> HeaderScan {
    let mut scan = HeaderScan::default();
    let walk = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_skipped_dir(entry));
    for entry in walk {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let at = err
                    .path()
                    .map_or_else(|| ".".to_owned(), |p| relative(root, p));
                scan.problems.push(tr!(
                    "checklist-cannot-read-path",
                    path = at,
                    error = err.to_string()
                ));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = relative(root, entry.path());
        if !include.is_match(&path) || exclude.is_match(&path) {
            continue;
        }
        scan.checked += 1;
        match has_header(entry.path()) {
            Ok(true) => {}
            Ok(false) => scan.lacking.push(path),
            Err(err) => scan.problems.push(tr!(
                "checklist-cannot-read-path",
                path = &path,
                error = err.to_string()
            )),
        }
    }
    scan.lacking.sort();
    scan
}

fn is_skipped_dir(entry: &walkdir::DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy();
    entry.file_type().is_dir() && (name.starts_with('.') || SKIPPED_DIRS.contains(&name.as_ref()))
}

/// Whether one of the first lines of a file carries the tag. Bytes that are not UTF-8 are
/// replaced, which cannot hide an ASCII tag.
fn has_header(path: &Path) -> std::io::Result<bool> {
    let mut head = Vec::new();
    std::fs::File::open(path)?
        .take(HEADER_BYTES)
        .read_to_end(&mut head)?;
    Ok(String::from_utf8_lossy(&head)
        .lines()
        .take(HEADER_LINES)
        .any(|line| line.contains(SPDX_TAG)))
}

/// The one-sentence message of a header scan.
fn header_message(scan: &HeaderScan, subject: &str, suggested: &str) -> String {
    let problems = scan.problems.join("; ");
    match (scan.checked, scan.lacking.len(), problems.is_empty()) {
        (0, _, true) => tr!("checklist-header-no-match", subject = subject),
        (1, 0, true) => tr!("checklist-header-one-ok", header = HEADER_NAME),
        (checked, 0, true) => tr!(
            "checklist-header-all-ok",
            count = checked,
            header = HEADER_NAME
        ),
        (_, 0, false) => tr!("checklist-header-unreadable", problems = problems),
        (checked, lacking, _) => {
            let example = format!(
                "{} {SPDX_TAG} {suggested}",
                scan.lacking
                    .first()
                    .map_or("//", |path| comment_marker(path)),
            );
            if problems.is_empty() {
                tr!(
                    "checklist-header-lacking",
                    lacking = lacking,
                    count = checked,
                    header = HEADER_NAME,
                    example = example
                )
            } else {
                tr!(
                    "checklist-header-lacking-unreadable",
                    lacking = lacking,
                    count = checked,
                    header = HEADER_NAME,
                    problems = problems,
                    example = example
                )
            }
        }
    }
}

/// The line-comment marker of a file's language, for the suggested header.
fn comment_marker(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, ext)| ext);
    const HASH: &[&str] = &[
        "py", "sh", "bash", "rb", "pl", "r", "toml", "yml", "yaml", "cmake",
    ];
    const DASHES: &[&str] = &["sql", "lua", "hs", "ada", "adb", "ads"];
    if HASH.iter().any(|e| e.eq_ignore_ascii_case(ext)) {
        "#"
    } else if DASHES.iter().any(|e| e.eq_ignore_ascii_case(ext)) {
        "--"
    } else {
        "//"
    }
}

/// A path relative to the root, with `/` separators (lossy for names that are not UTF-8).
fn relative(root: &Path, path: &Path) -> String {
    let inside = path.strip_prefix(root).unwrap_or(path);
    inside
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fixtures/license-texts/mit__react.txt`, a real MIT license file.
    const MIT: &str = "MIT License

Copyright (c) Meta Platforms, Inc. and affiliates.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the \"Software\"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
";

    /// A temporary repository holding `files` (path, contents).
    fn repo(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for (path, contents) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, contents).expect("write");
        }
        dir
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    fn check(dir: &tempfile::TempDir, checklist: &Checklist) -> Vec<Item> {
        run(dir.path(), checklist, &Detector::new())
    }

    fn require(dir: &tempfile::TempDir, name: &str) -> Item {
        let checklist = Checklist {
            require_files: strings(&[name]),
            ..Checklist::default()
        };
        check(dir, &checklist).remove(0)
    }

    fn license(dir: &tempfile::TempDir, allowed: &[&str]) -> Item {
        let checklist = Checklist {
            project_license: strings(allowed),
            ..Checklist::default()
        };
        check(dir, &checklist).remove(0)
    }

    fn headers(dir: &tempfile::TempDir, include: &[&str], exclude: &[&str]) -> Item {
        let checklist = Checklist {
            spdx_headers: Some(HeaderRule {
                include: strings(include),
                exclude: strings(exclude),
            }),
            ..Checklist::default()
        };
        check(dir, &checklist).remove(0)
    }

    const HEADER: &[u8] = b"// SPDX-License-Identifier: MIT\nfn main() {}\n";
    const NO_HEADER: &[u8] = b"fn main() {}\n";

    #[test]
    fn required_file_found_or_missing() {
        let dir = repo(&[("README.md", b"# demo\n")]);
        let found = require(&dir, "README.md");
        assert!(found.passed, "{found:?}");
        assert_eq!(
            (found.check, found.files, found.message.as_str()),
            ("require-file", strings(&["README.md"]), "found `README.md`")
        );
        let missing = require(&dir, "NOTICE");
        assert!(!missing.passed);
        assert_eq!(missing.files, Vec::<String>::new());
        assert_eq!(missing.message, "no NOTICE at the repository root; add one");
    }

    #[test]
    fn name_without_extension_matches_any_extension_ignoring_case() {
        let dir = repo(&[
            ("license.txt", b"x"),
            ("Readme.MD", b"x"),
            ("LICENSE-MIT", b"x"),
        ]);
        assert_eq!(require(&dir, "LICENSE").files, ["license.txt"]);
        assert_eq!(require(&dir, "README.md").files, ["Readme.MD"]);
        assert_eq!(require(&dir, "readme").files, ["Readme.MD"]);
        // An extension given must match; another name with the same prefix never does.
        assert!(!require(&dir, "LICENSE.md").passed);
        assert!(!require(&dir, "COPYING").passed);
    }

    #[test]
    fn community_health_files_in_github_and_docs_folders() {
        let dir = repo(&[
            (".github/CODE_OF_CONDUCT.md", b"x"),
            ("docs/security.md", b"x"),
            ("docs/README.md", b"x"),
        ]);
        assert_eq!(
            require(&dir, "CODE_OF_CONDUCT.md").files,
            [".github/CODE_OF_CONDUCT.md"]
        );
        assert_eq!(require(&dir, "SECURITY.md").files, ["docs/security.md"]);
        assert_eq!(
            require(&dir, "CONTRIBUTING.md").message,
            "no CONTRIBUTING.md at the repository root, in `.github/` or in `docs/`; add one"
        );
        assert_eq!(
            require(&dir, ".github/CODEOWNERS").message,
            "no .github/CODEOWNERS in the repository; add one"
        );
        // Not a community-health file: only the root counts.
        assert!(!require(&dir, "README.md").passed);
        // A name with a folder: that folder only.
        assert_eq!(require(&dir, "docs/readme").files, ["docs/README.md"]);
    }

    #[test]
    fn license_file_detected_and_allowed() {
        let dir = repo(&[("LICENSE", MIT.as_bytes())]);
        let item = license(&dir, &["MIT", "Apache-2.0"]);
        assert!(item.passed, "{item:?}");
        assert_eq!(item.subject, "the repository's license");
        assert_eq!(item.message, "LICENSE: MIT (detected, 1.00)");
        assert_eq!(item.files, ["LICENSE"]);
    }

    #[test]
    fn license_not_allowed() {
        let dir = repo(&[("LICENSE", MIT.as_bytes())]);
        let item = license(&dir, &["Apache-2.0"]);
        assert!(!item.passed);
        assert_eq!(
            item.message,
            "LICENSE: MIT (detected, 1.00), but `MIT` is not allowed; the project's license must \
             be one of Apache-2.0"
        );
    }

    #[test]
    fn no_license_at_all() {
        let dir = repo(&[("README.md", b"# demo\n")]);
        let item = license(&dir, &["MIT", "Apache-2.0"]);
        assert!(!item.passed);
        assert_eq!(
            item.message,
            "no license file at the repository root; add one (e.g. LICENSE with the text of MIT)"
        );
    }

    #[test]
    fn package_json_license_is_read_with_the_license_file() {
        let manifest: &[u8] = br#"{"name": "demo", "license": "GPL-3.0-only"}"#;
        let dir = repo(&[("LICENSE", MIT.as_bytes()), ("package.json", manifest)]);
        let item = license(&dir, &["MIT"]);
        assert!(!item.passed);
        assert_eq!(item.files, ["LICENSE", "package.json"]);
        assert!(
            item.message.starts_with(
                "LICENSE: MIT (detected, 1.00); package.json: GPL-3.0-only (declared), but \
                 `GPL-3.0-only` is not allowed"
            ),
            "{}",
            item.message
        );
        let both = repo(&[
            ("LICENSE", MIT.as_bytes()),
            ("package.json", br#"{"license": "MIT OR Apache-2.0"}"#),
        ]);
        // The MIT text satisfies `MIT OR Apache-2.0`: both are allowed.
        let item = license(&both, &["MIT"]);
        assert!(item.passed, "{item:?}");
        assert_eq!(
            item.message,
            "LICENSE: MIT (detected, 1.00); package.json: MIT OR Apache-2.0 (declared)"
        );
    }

    #[test]
    fn a_declared_license_without_a_license_file_fails() {
        let dir = repo(&[("package.json", br#"{"license": "MIT"}"#)]);
        let item = license(&dir, &["MIT"]);
        assert!(!item.passed);
        assert_eq!(
            item.message,
            "package.json: MIT (declared), but there is no license file at the repository root; \
             add one (e.g. LICENSE with the text of MIT)"
        );
    }

    #[test]
    fn broken_manifest_and_bad_policy_entry_fail_with_a_message() {
        let dir = repo(&[("LICENSE", MIT.as_bytes()), ("package.json", b"{ not json")]);
        let item = license(&dir, &["MIT"]);
        assert!(!item.passed);
        assert!(
            item.message.starts_with(
                "LICENSE: MIT (detected, 1.00); package.json: cannot parse: key must be a string"
            ),
            "{}",
            item.message
        );
        let item = license(&dir, &["MIT", "Not A License"]);
        assert!(!item.passed);
        assert!(item.message.contains("`Not A License`"), "{}", item.message);
    }

    #[test]
    fn declared_licenses_of_each_manifest() {
        let declared = |name, text| declared_license(name, text).expect("parses");
        assert_eq!(
            declared("Cargo.toml", "[package]\nlicense = \"MIT OR Apache-2.0\""),
            Some("MIT OR Apache-2.0".into())
        );
        assert_eq!(declared("Cargo.toml", "[workspace]\nmembers = []"), None);
        assert_eq!(
            declared("pyproject.toml", "[project]\nlicense = \"MIT\""),
            Some("MIT".into())
        );
        assert_eq!(
            declared(
                "pyproject.toml",
                "[project]\nlicense = { text = \"BSD-3-Clause\" }"
            ),
            Some("BSD-3-Clause".into())
        );
        assert_eq!(
            declared(
                "pyproject.toml",
                "[project]\nlicense = { file = \"LICENSE\" }"
            ),
            None
        );
        assert_eq!(
            declared("package.json", r#"{"license": {"type": "ISC"}}"#),
            Some("ISC".into())
        );
        assert_eq!(declared("package.json", r#"{"name": "x"}"#), None);
        assert_eq!(
            declared_license("Cargo.toml", "[package]\nname = \"x\"\n[package"),
            Err("cannot parse: unclosed table, expected `]` at line 3".to_owned())
        );
    }

    #[test]
    fn headers_present_and_missing() {
        let dir = repo(&[
            ("src/main.rs", HEADER),
            ("src/lib.rs", NO_HEADER),
            ("src/a/b.rs", NO_HEADER),
        ]);
        let item = headers(&dir, &["src/**/*.rs"], &[]);
        assert!(!item.passed);
        assert_eq!(item.subject, "src/**/*.rs");
        assert_eq!(item.files, ["src/a/b.rs", "src/lib.rs"]);
        assert_eq!(
            item.message,
            "2 of 3 files lack an SPDX-License-Identifier header; add e.g. \
             `// SPDX-License-Identifier: MIT`"
        );
        let ok = repo(&[("src/main.rs", HEADER)]);
        let item = headers(&ok, &["src/**/*.rs"], &[]);
        assert!(item.passed);
        assert_eq!(
            item.message,
            "the one matching file has an SPDX-License-Identifier header"
        );
    }

    #[test]
    fn include_and_exclude_globs() {
        let dir = repo(&[
            ("src/main.rs", HEADER),
            ("src/generated/out.rs", NO_HEADER),
            ("src/nested/deep.rs", NO_HEADER),
            ("tools/gen.py", NO_HEADER),
            ("build.rs", NO_HEADER),
        ]);
        let item = headers(&dir, &["src/*.rs", "tools/*.py"], &["**/generated/**"]);
        assert_eq!(item.subject, "src/*.rs, tools/*.py");
        // `*` does not cross a `/`: src/nested/deep.rs is not included.
        assert_eq!(item.files, ["tools/gen.py"]);
        assert!(
            item.message.ends_with("`# SPDX-License-Identifier: MIT`"),
            "{}",
            item.message
        );
        let item = headers(&dir, &["src/**/*.rs"], &["**/generated/**"]);
        assert_eq!(item.files, ["src/nested/deep.rs"]);
    }

    #[test]
    fn nothing_matches() {
        let dir = repo(&[("README.md", b"x")]);
        let item = headers(&dir, &["src/**/*.rs"], &[]);
        assert!(item.passed);
        assert_eq!(
            item.message,
            "no file matches src/**/*.rs; nothing to check"
        );
    }

    #[test]
    fn vendored_hidden_and_build_folders_are_skipped() {
        let dir = repo(&[
            ("vendor/x.rs", NO_HEADER),
            ("third_party/y.rs", NO_HEADER),
            ("node_modules/z.rs", NO_HEADER),
            ("target/debug/build.rs", NO_HEADER),
            (".cache/w.rs", NO_HEADER),
            ("ok.rs", HEADER),
            ("src/ok.rs", HEADER),
        ]);
        let item = headers(&dir, &["**/*.rs"], &[]);
        assert!(item.passed, "{item:?}");
        assert_eq!(
            item.message,
            "all 2 matching files have an SPDX-License-Identifier header"
        );
    }

    #[test]
    fn only_the_head_of_a_file_counts_and_non_utf8_is_read() {
        let late = format!("{}// SPDX-License-Identifier: MIT\n", "\n".repeat(30));
        let mut latin1 = b"// caf\xe9 \xff\xfe\n".to_vec();
        latin1.extend_from_slice(HEADER);
        let dir = repo(&[("late.rs", late.as_bytes()), ("latin1.rs", &latin1)]);
        let item = headers(&dir, &["*.rs"], &[]);
        assert_eq!(item.files, ["late.rs"]);
    }

    #[test]
    fn invalid_glob_fails_the_item() {
        let dir = repo(&[]);
        let item = headers(&dir, &["src/[.rs"], &[]);
        assert!(!item.passed);
        assert!(
            item.message
                .starts_with("`src/[.rs` is not a valid glob pattern"),
            "{}",
            item.message
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_not_followed() {
        let dir = repo(&[("src/lib.rs", NO_HEADER)]);
        std::os::unix::fs::symlink(dir.path(), dir.path().join("src/loop")).expect("symlink");
        std::os::unix::fs::symlink("lib.rs", dir.path().join("src/alias.rs")).expect("symlink");
        let item = headers(&dir, &["**/*.rs"], &[]);
        assert_eq!(item.files, ["src/lib.rs"]);
        assert_eq!(
            item.message,
            "1 of 1 files lack an SPDX-License-Identifier header; add e.g. \
             `// SPDX-License-Identifier: MIT`"
        );
    }

    #[test]
    fn items_come_in_a_fixed_order() {
        let dir = repo(&[("LICENSE", MIT.as_bytes()), ("src/lib.rs", HEADER)]);
        let checklist = Checklist {
            require_files: strings(&["SECURITY.md", "LICENSE"]),
            project_license: strings(&["Apache-2.0"]),
            spdx_headers: Some(HeaderRule {
                include: strings(&["src/**/*.rs"]),
                exclude: Vec::new(),
            }),
            ..Checklist::default()
        };
        let items = check(&dir, &checklist);
        let summary: Vec<(&str, &str, bool)> = items
            .iter()
            .map(|i| (i.check, i.subject.as_str(), i.passed))
            .collect();
        assert_eq!(
            summary,
            [
                ("require-file", "SECURITY.md", false),
                ("require-file", "LICENSE", true),
                ("project-license", "the repository's license", false),
                ("spdx-header", "src/**/*.rs", true),
            ]
        );
        assert!(check(&dir, &Checklist::default()).is_empty());
    }

    /// The checklist both fixture READMEs name.
    fn fixture_checklist() -> Checklist {
        Checklist {
            require_files: strings(&[
                "LICENSE",
                "README.md",
                "CONTRIBUTING.md",
                "SECURITY.md",
                "CODE_OF_CONDUCT.md",
            ]),
            project_license: strings(&["MIT", "Apache-2.0"]),
            spdx_headers: Some(HeaderRule {
                include: strings(&["src/**/*.rs"]),
                exclude: strings(&["**/generated/**"]),
            }),
            ..Checklist::default()
        }
    }

    fn fixture(name: &str) -> Vec<(String, bool, Vec<String>)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures")
            .join(name);
        run(&root, &fixture_checklist(), &Detector::new())
            .into_iter()
            .map(|item| (item.subject, item.passed, item.files))
            .collect()
    }

    #[test]
    fn fixtures_match_their_readmes() {
        let row =
            |subject: &str, passed, files: &[&str]| (subject.to_owned(), passed, strings(files));
        assert_eq!(
            fixture("checklist-ready"),
            [
                row("LICENSE", true, &["LICENSE"]),
                row("README.md", true, &["README.md"]),
                row("CONTRIBUTING.md", true, &["CONTRIBUTING.md"]),
                row("SECURITY.md", true, &["SECURITY.md"]),
                row("CODE_OF_CONDUCT.md", true, &[".github/CODE_OF_CONDUCT.md"]),
                row(
                    "the repository's license",
                    true,
                    &["LICENSE", "package.json"]
                ),
                row("src/**/*.rs", true, &[]),
            ]
        );
        assert_eq!(
            fixture("checklist-missing"),
            [
                row("LICENSE", true, &["LICENSE"]),
                row("README.md", true, &["README.md"]),
                row("CONTRIBUTING.md", true, &["CONTRIBUTING.md"]),
                row("SECURITY.md", false, &[]),
                row("CODE_OF_CONDUCT.md", false, &[]),
                row("the repository's license", false, &["LICENSE"]),
                row("src/**/*.rs", false, &["src/lib.rs", "src/util.rs"]),
            ]
        );
    }

    /// The Government of Canada items of `policies/gc-publishing.toml`.
    fn gc_checklist() -> Checklist {
        Checklist {
            require_files: strings(&["LICENCE"]),
            crown_copyright: true,
            bilingual: strings(&[
                "README.md",
                "CONTRIBUTING.md",
                "SECURITY.md",
                "CODE_OF_CONDUCT.md",
            ]),
            ..Checklist::default()
        }
    }

    fn gc_fixture(name: &str) -> Vec<Item> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/gc-publishing")
            .join(name);
        run(&root, &gc_checklist(), &Detector::new())
    }

    #[test]
    fn licence_and_license_are_the_same_name() {
        assert!(satisfies("LICENSE", "LICENCE"));
        assert!(satisfies("licence.md", "LICENSE"));
        assert!(satisfies("LICENCE.txt", "LICENCE"));
        assert!(!satisfies("LICENCE-MIT", "LICENSE"));
        let dir = repo(&[("LICENCE.md", MIT.as_bytes())]);
        let item = require_file(dir.path(), "LICENSE");
        assert!(item.passed, "{item:?}");
        assert_eq!(item.files, ["LICENCE.md"]);
    }

    #[test]
    fn gc_fixtures() {
        let summary = |items: Vec<Item>| -> Vec<(&'static str, String, bool, bool)> {
            items
                .into_iter()
                .map(|i| (i.check, i.subject, i.passed, i.warning.is_some()))
                .collect()
        };
        let row =
            |check, subject: &str, passed, warning| (check, subject.to_owned(), passed, warning);
        assert_eq!(
            summary(gc_fixture("aia-eia-js")),
            [
                row("require-file", "LICENCE", true, false),
                row("crown-copyright", "the Crown copyright notice", true, false),
                row("bilingual", "README.md", true, false),
                row("bilingual", "CONTRIBUTING.md", true, false),
                row("bilingual", "SECURITY.md", true, false),
                row("bilingual", "CODE_OF_CONDUCT.md", true, false),
            ]
        );
        assert_eq!(
            summary(gc_fixture("boathouse")),
            [
                row("require-file", "LICENCE", true, false),
                row("crown-copyright", "the Crown copyright notice", true, true),
                row("bilingual", "README.md", true, false),
                row("bilingual", "CONTRIBUTING.md", false, false),
                row("bilingual", "SECURITY.md", false, false),
                row("bilingual", "CODE_OF_CONDUCT.md", false, false),
            ]
        );
        let foundations = gc_fixture("github-foundations");
        assert!(!foundations[1].passed);
        let unilingual = gc_fixture("template-unilingual");
        assert!(!unilingual[2].passed);
        assert!(unilingual[5].passed);
    }

    #[test]
    fn crown_copyright_messages() {
        let king = "Copyright (c) His Majesty the King in Right of Canada, as represented by the \
                    Minister of Health, 2024\n\nPermission is hereby granted";
        let dir = repo(&[("LICENCE", king.as_bytes())]);
        let item = crown_copyright(dir.path());
        assert!(item.passed);
        assert_eq!(
            item.message,
            "`LICENCE` has the Crown copyright notice (the Minister of Health, 2024)"
        );
        let no_year = repo(&[(
            "LICENSE",
            b"Copyright (c) His Majesty the King in Right of Canada, as represented by the Minister of Health",
        )]);
        let item = crown_copyright(no_year.path());
        assert!(!item.passed);
        assert_eq!(
            item.message,
            "the Crown copyright notice in `LICENSE` has no year; write it in the Guide's form: \
             `Copyright (c) His Majesty the King in Right of Canada, as represented by the \
             Minister of Health, <year>`"
        );
        let none = repo(&[("README.md", b"x")]);
        let item = crown_copyright(none.path());
        assert!(!item.passed);
        assert!(
            item.message
                .starts_with("no licence file at the repository root; add LICENCE"),
            "{}",
            item.message
        );
    }

    #[test]
    fn bilingual_pairs_and_names() {
        let english = "This project helps departments publish their source code in the open, \
                       with a licence and a README that everyone can read and reuse.";
        let french = "Ce projet aide les ministères à publier leur code source de façon ouverte, \
                      avec une licence et un fichier LISEZMOI que tout le monde peut lire.";
        let pair = repo(&[
            ("README.md", english.as_bytes()),
            ("LISEZMOI.md", french.as_bytes()),
        ]);
        let item = bilingual(pair.path(), "README.md");
        assert!(item.passed, "{item:?}");
        assert_eq!(item.files, ["README.md", "LISEZMOI.md"]);
        let french_first = repo(&[
            (".github/SECURITY.md", french.as_bytes()),
            (".github/SECURITY-en.md", english.as_bytes()),
        ]);
        let item = bilingual(french_first.path(), "SECURITY.md");
        assert!(item.passed, "{item:?}");
        let french_only = repo(&[("CONTRIBUTING.md", french.as_bytes())]);
        let item = bilingual(french_only.path(), "CONTRIBUTING.md");
        assert!(!item.passed);
        assert_eq!(
            item.message,
            "`CONTRIBUTING.md` is in French only; add the English text to it, or an English \
             version beside it (`CONTRIBUTING.en.md`)"
        );
        let empty = repo(&[("README.md", b"# Titre")]);
        let item = bilingual(empty.path(), "README.md");
        assert!(!item.passed);
        assert!(item.message.contains("too little text"), "{}", item.message);
        assert!(is_partner("README.md", "README_fr.md"));
        assert!(is_partner("CODE_OF_CONDUCT.md", "CODE_DE_CONDUITE.md"));
        assert!(is_partner("SECURITY.md", "SECURITE.md"));
        assert!(!is_partner("README.md", "CONTRIBUER.md"));
    }

    #[test]
    fn outbound_rights_items() {
        let item = outbound_rights(&Outbound::NotConfigured);
        assert!(!item.passed);
        assert!(item.message.contains("[compatibility]"), "{}", item.message);
        let ok = outbound_rights(&Outbound::Checked {
            project_license: "MIT".into(),
            packages: 12,
            input_errors: 0,
            conflicts: Vec::new(),
        });
        assert!(ok.passed);
        assert_eq!(
            ok.message,
            "every licence of the 12 packages allows releasing the project under MIT"
        );
        let conflict = outbound_rights(&Outbound::Checked {
            project_license: "MIT".into(),
            packages: 12,
            input_errors: 0,
            conflicts: vec![Conflict {
                package: "pkg:npm/gpl-thing@1.0.0".into(),
                why: "GPL-3.0-only code cannot be released under MIT".into(),
            }],
        });
        assert!(!conflict.passed);
        assert_eq!(conflict.files, ["pkg:npm/gpl-thing@1.0.0"]);
        let unread = outbound_rights(&Outbound::Checked {
            project_license: "MIT".into(),
            packages: 0,
            input_errors: 2,
            conflicts: Vec::new(),
        });
        assert!(!unread.passed);
        assert_eq!(
            unread.message,
            "2 inputs could not be read, so not every dependency was checked; run `ossdoo scan` to \
             see them, and fix them"
        );
    }

    #[test]
    fn messages_in_french() {
        use crate::i18n::{Lang, message_in};
        use fluent_bundle::FluentValue;
        let text = message_in(
            Lang::Fr,
            "gc-bilingual-english-only",
            &[
                ("file", FluentValue::from("README.md")),
                (
                    "names",
                    FluentValue::from("`README.fr.md` ou `LISEZMOI.md`"),
                ),
            ],
        );
        assert_eq!(
            text,
            "`README.md` est en anglais seulement\u{a0}; ajoutez-y le texte français, ou placez \
             une version française à côté (`README.fr.md` ou `LISEZMOI.md`)"
        );
        let summary = message_in(
            Lang::Fr,
            "checklist-header-lacking",
            &[
                ("lacking", FluentValue::from(1)),
                ("count", FluentValue::from(3)),
                ("header", FluentValue::from("SPDX-License-Identifier")),
                (
                    "example",
                    FluentValue::from("// SPDX-License-Identifier: MIT"),
                ),
            ],
        );
        assert_eq!(
            summary,
            "1 fichier sur 3 n'a pas d'en-tête SPDX-License-Identifier\u{a0}; ajoutez p. ex. \
             `// SPDX-License-Identifier: MIT`"
        );
    }
}
