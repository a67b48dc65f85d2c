//! Resolution: from the license a package declares to an SPDX expression, with the evidence.
//!
//! Strict SPDX first; then the normaliser (`normalize.rs`: aliases, URLs, classifiers, deprecated
//! ids); then, when that leaves nothing certain (no license, an ambiguous name, `SEE LICENSE IN`),
//! license-text detection of the package's license files (`detect.rs`). Detection also
//! cross-checks a declared license against the files. Every step is recorded as `Evidence`, so a
//! person can audit why ossdoo concluded what it did.

pub mod cache;
pub mod catalog;
pub mod detect;
pub mod engine;
pub mod files;
pub mod normalize;
pub mod notice;
pub mod template;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use self::detect::{Detection, Detector};
use self::normalize::Normalized;
use crate::i18n::tr;
use crate::model::Package;

/// Where a package's concluded license came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LicenseSource {
    /// The declared string is a valid SPDX expression as written.
    Declared,
    /// The declared string became SPDX through the normaliser (`MIT/Apache-2.0`, `Apache 2.0`).
    Normalized,
    /// Read from the package's license files.
    Detected,
    /// Stated by the policy (`[[clarify]]`): the office has looked.
    Clarified,
    /// Nothing could be concluded.
    None,
}

impl LicenseSource {
    pub fn as_str(self) -> &'static str {
        match self {
            LicenseSource::Declared => "declared",
            LicenseSource::Normalized => "normalized",
            LicenseSource::Detected => "detected",
            LicenseSource::Clarified => "clarified",
            LicenseSource::None => "none",
        }
    }
}

/// One fact behind a conclusion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// What was found: the declared text, a normalisation rule, a detected expression, a reason.
    pub value: String,
    /// The license file concerned, for detections (root-relative, or under `$CARGO_HOME`).
    pub file: Option<String>,
    /// Detection confidence, 0 to 1.
    pub confidence: Option<f32>,
    /// A notice's sentences, quoted, and the line they start on: what a reviewer reads to check
    /// a license read from prose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// The license string as the package declares it.
    Declared,
    /// A normalisation step (`alias: \`Apache 2.0\` → \`Apache-2.0\``).
    Normalized,
    /// The declared name could mean several licenses.
    Ambiguous,
    /// The declared text is not a license ossdoo knows.
    Unrecognized,
    /// A license file's detected license.
    Detected,
    /// A license file in which no license was recognised (or not confidently enough).
    Undetected,
    /// A detected license that the declared one does not include.
    Mismatch,
    /// The policy's `[[clarify]]` entry that set the license.
    Clarified,
    /// What the package's metadata says beside its declaration (a Debian copyright file's
    /// stanzas): for reviewers, not part of the conclusion.
    Noted,
}

impl Evidence {
    fn new(kind: EvidenceKind, value: impl Into<String>) -> Self {
        Evidence {
            kind,
            value: value.into(),
            file: None,
            confidence: None,
            quote: None,
            line: None,
        }
    }
}

/// A package with its concluded license.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub package: Package,
    /// The concluded SPDX expression, `None` when it could not be determined; shared with every
    /// package that concluded the same.
    pub license: Option<std::sync::Arc<spdx::Expression>>,
    pub source: LicenseSource,
    pub evidence: Vec<Evidence>,
}

impl Resolved {
    /// The concluded expression as text (canonical SPDX syntax).
    pub fn license_text(&self) -> Option<String> {
        self.license.as_ref().map(ToString::to_string)
    }

    /// Why no license was concluded, in words, when none was.
    pub fn unresolved_reason(&self) -> Option<String> {
        if self.license.is_some() {
            return None;
        }
        let why = self
            .evidence
            .iter()
            .find(|e| matches!(e.kind, EvidenceKind::Ambiguous | EvidenceKind::Unrecognized))
            .map(|e| e.value.clone());
        Some(match (&self.package.declared, why) {
            (_, Some(why)) => why,
            (Some(declared), None) => tr!("license-declared-unknown", declared = declared),
            (None, None) => match &self.package.not_found {
                Some(why) => why.to_string(),
                None => tr!("license-none-declared"),
            },
        })
    }

    /// Detections that contradict the declared license.
    pub fn mismatches(&self) -> impl Iterator<Item = &Evidence> {
        self.evidence
            .iter()
            .filter(|e| e.kind == EvidenceKind::Mismatch)
    }
}

/// How resolution reads and reports license files.
pub struct Resolver<'a> {
    pub detector: &'a Detector,
    /// Detections below this confidence are not used (policy `detection-threshold`).
    pub threshold: f32,
    /// The scanned root, to show license-file paths relative to it.
    pub root: &'a Path,
    /// Folders outside the scanned root that hold packages, and how reports name them:
    /// (`$CARGO_HOME`, `[npm cache]`).
    pub named_roots: &'a [(PathBuf, String)],
}

impl Resolver<'_> {
    /// Resolves every package, in parallel (license files are read and detected here).
    pub fn resolve_all(
        &self,
        packages: Vec<Package>,
        progress: &crate::progress::Progress,
    ) -> Vec<Resolved> {
        packages
            .into_par_iter()
            .map(|p| {
                let resolved = self.resolve(p);
                progress.step();
                resolved
            })
            .collect()
    }

    /// Resolves one package's license.
    pub fn resolve(&self, mut package: Package) -> Resolved {
        let mut evidence = Vec::new();
        if package.license_files.len() > files::MAX_PER_PACKAGE {
            evidence.push(Evidence::new(
                EvidenceKind::Undetected,
                tr!(
                    "license-too-many-files",
                    count = package.license_files.len(),
                    max = files::MAX_PER_PACKAGE
                ),
            ));
            package.license_files.truncate(files::MAX_PER_PACKAGE);
        }
        let declared = package
            .declared
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty());
        let (mut license, mut source) = (None, LicenseSource::None);
        let mut file_ref = None;
        let mut candidates = Vec::new();
        if let Some(declared) = declared {
            evidence.push(Evidence {
                file: package
                    .declared_in
                    .as_deref()
                    .map(|file| self.display(file)),
                ..Evidence::new(EvidenceKind::Declared, declared)
            });
        }
        // What the metadata says beside the declaration (a Debian copyright file's stanzas,
        // where a vendored copy's version was read), with or without one.
        evidence.extend(package.notes.iter().map(|note| {
            Evidence {
                file: package
                    .declared_in
                    .as_deref()
                    .map(|file| self.display(file)),
                ..Evidence::new(EvidenceKind::Noted, note.clone())
            }
        }));
        if let Some(declared) = declared {
            match parse_declared(declared) {
                Parsed::Strict(expr) => (license, source) = (Some(expr), LicenseSource::Declared),
                Parsed::Normalized(expr, rules) => {
                    evidence.extend(
                        rules
                            .into_iter()
                            .map(|r| Evidence::new(EvidenceKind::Normalized, r)),
                    );
                    (license, source) = (Some(expr), LicenseSource::Normalized);
                }
                Parsed::Ambiguous(why, could_be) => {
                    evidence.push(Evidence::new(EvidenceKind::Ambiguous, why));
                    candidates = could_be;
                }
                Parsed::Unrecognized(why) => match self.detect_declared_text(declared) {
                    // PyPI `License` fields often hold the whole license text.
                    Some((expr, found)) => {
                        evidence.push(found);
                        (license, source) = (Some(expr.into()), LicenseSource::Detected);
                    }
                    None => evidence.push(Evidence::new(EvidenceKind::Unrecognized, why)),
                },
                Parsed::FileRef(file) => file_ref = Some(file),
            }
        }
        let files = match &file_ref {
            Some(file) => self.referenced_file(&package, file, &mut evidence),
            None => package.license_files.clone(),
        };
        let mut detections = self.detect(&files, &package.license_texts, &mut evidence);
        if let (Some(file), true) = (&file_ref, detections.is_empty() && !files.is_empty()) {
            evidence.push(Evidence::new(
                EvidenceKind::Unrecognized,
                tr!("license-see-file-unrecognised", file = file),
            ));
        }
        match &license {
            Some(expr) => cross_check(expr, &detections, &mut evidence),
            None => {
                if !candidates.is_empty() && narrow(&candidates, &detections).is_none() {
                    detections.extend(self.find_candidate(&files, &candidates, &mut evidence));
                }
                let expr = match narrow(&candidates, &detections) {
                    Some((expr, others)) => {
                        evidence.extend(others);
                        Some(expr)
                    }
                    None => conclude(&detections),
                };
                if let Some(expr) = expr {
                    (license, source) = (Some(expr.into()), LicenseSource::Detected);
                }
            }
        }
        Resolved {
            package,
            license,
            source,
            evidence,
        }
    }

    /// A declared "license" that is a license text: detected like a file.
    fn detect_declared_text(&self, declared: &str) -> Option<(spdx::Expression, Evidence)> {
        if declared.len() < 200 {
            return None;
        }
        let found = self
            .detector
            .detect_text(declared)
            .filter(|d| d.confidence >= self.threshold)?;
        let expr = spdx::Expression::parse_mode(&found.license, lenient()).ok()?;
        let evidence = Evidence {
            kind: EvidenceKind::Detected,
            value: found.license,
            file: None,
            confidence: Some(found.confidence),
            quote: None,
            line: None,
        };
        Some((expr, evidence))
    }

    /// The file a `SEE LICENSE IN <file>` names, if it is inside the package.
    fn referenced_file(
        &self,
        package: &Package,
        file: &str,
        evidence: &mut Vec<Evidence>,
    ) -> Vec<PathBuf> {
        let found = match package.source_dir.as_deref() {
            Some(folder) => files::named_in(folder, file),
            None => files::stays_inside(file).map(|()| None),
        };
        match found {
            Err(refused) => {
                evidence.push(Evidence::new(
                    EvidenceKind::Unrecognized,
                    refused.message(&format!("`SEE LICENSE IN {file}`")),
                ));
                Vec::new()
            }
            Ok(Some(path)) => vec![path],
            Ok(None) => {
                evidence.push(Evidence::new(
                    EvidenceKind::Unrecognized,
                    tr!("license-see-file-not-installed", file = file),
                ));
                Vec::new()
            }
        }
    }

    /// Detects every file, recording each outcome. Returns the confident detections.
    fn detect(
        &self,
        files: &[PathBuf],
        texts: &[(PathBuf, Vec<u8>)],
        evidence: &mut Vec<Evidence>,
    ) -> Vec<(String, Detection)> {
        let mut confident = Vec::new();
        for file in files {
            let shown = self.display(file);
            let read = texts.iter().find(|(path, _)| path == file);
            let found = match read {
                Some((_, bytes)) => Ok(self.detector.detect_bytes(bytes)),
                None => self.detector.detect_file(file),
            };
            match found {
                Ok(Some(found)) if found.confidence >= self.threshold => {
                    evidence.push(Evidence {
                        file: Some(shown.clone()),
                        confidence: Some(found.confidence),
                        quote: found.quote.clone(),
                        line: found
                            .quote
                            .as_ref()
                            .and_then(|_| found.matches.first())
                            .map(|m| m.lines.0),
                        ..Evidence::new(EvidenceKind::Detected, found.license.clone())
                    });
                    confident.push((shown, found));
                }
                Ok(found) => evidence.push(Evidence {
                    kind: EvidenceKind::Undetected,
                    value: found.as_ref().map_or_else(
                        || tr!("license-none-recognised"),
                        |f| tr!("license-below-threshold", guess = &f.license),
                    ),
                    file: Some(shown),
                    confidence: found.map(|f| f.confidence),
                    quote: None,
                    line: None,
                }),
                Err(err) => evidence.push(Evidence {
                    kind: EvidenceKind::Undetected,
                    value: crate::i18n::tr!("read-cannot-read", error = err.to_string()),
                    file: Some(shown),
                    confidence: None,
                    quote: None,
                    line: None,
                }),
            }
        }
        confident
    }

    /// The first file with a section that is one of the candidates of an ambiguous declaration.
    fn find_candidate(
        &self,
        files: &[PathBuf],
        candidates: &[String],
        evidence: &mut Vec<Evidence>,
    ) -> Option<(String, Detection)> {
        files.iter().find_map(|file| {
            let found = self.detector.find_candidate(file, candidates)?;
            let shown = self.display(file);
            evidence.push(Evidence {
                kind: EvidenceKind::Detected,
                value: tr!("license-file-section", license = &found.license),
                file: Some(shown.clone()),
                confidence: Some(found.confidence),
                quote: None,
                line: None,
            });
            Some((shown, found))
        })
    }

    /// A license file's path for reports: relative to the scanned root, or to a named folder
    /// outside it (`$CARGO_HOME/…`, `[npm cache]/…`), so that reports do not depend on the machine.
    fn display(&self, file: &Path) -> String {
        if let Ok(rel) = file.strip_prefix(self.root) {
            return crate::model::display_path(rel);
        }
        self.named_roots
            .iter()
            .find_map(|(dir, name)| {
                let rel = file.strip_prefix(dir).ok()?;
                Some(format!("{name}/{}", crate::model::display_path(rel)))
            })
            .unwrap_or_else(|| file.display().to_string())
    }
}

/// What a declared string parses to.
#[derive(Clone)]
pub enum Parsed {
    /// Shared: a tree declares a few dozen distinct strings over thousands of packages, and each
    /// package's concluded license is one of them.
    Strict(std::sync::Arc<spdx::Expression>),
    Normalized(std::sync::Arc<spdx::Expression>, Vec<String>),
    /// Why the name is ambiguous, and the licenses the whole declaration could be: none when
    /// the name cannot be narrowed, or when it is only part of the declaration (`MIT OR GPL`).
    Ambiguous(String, Vec<String>),
    Unrecognized(String),
    FileRef(String),
}

/// Parses a declared license string: strict SPDX, then the normaliser. A tree declares a few
/// dozen distinct strings over thousands of packages: each thread parses each string once.
pub fn parse_declared(declared: &str) -> Parsed {
    /// Distinct strings kept per thread; past this the memory is given back and refilled.
    const KEPT: usize = 4096;
    thread_local! {
        static PARSED: std::cell::RefCell<rustc_hash::FxHashMap<String, Parsed>> =
            std::cell::RefCell::default();
    }
    PARSED.with_borrow_mut(|parsed| {
        if let Some(known) = parsed.get(declared) {
            return known.clone();
        }
        if parsed.len() >= KEPT {
            parsed.clear();
        }
        let fresh = parse_uncached(declared);
        parsed.insert(declared.to_owned(), fresh.clone());
        fresh
    })
}

fn parse_uncached(declared: &str) -> Parsed {
    let declared = declared.trim();
    if let Ok(expr) = spdx::Expression::parse(declared) {
        return Parsed::Strict(expr.into());
    }
    match normalize::normalize(declared) {
        Normalized::Expression { expression, rules } => {
            match spdx::Expression::parse_mode(&expression, lenient()) {
                Ok(expr) => Parsed::Normalized(expr.into(), rules),
                Err(err) => Parsed::Unrecognized(tr!(
                    "license-normalised-invalid",
                    declared = declared,
                    expression = &expression,
                    error = err.reason.to_string()
                )),
            }
        }
        Normalized::Ambiguous {
            term,
            reason,
            candidates,
        } if candidates.is_empty() => Parsed::Ambiguous(
            tr!("license-ambiguous", term = &term, reason = &reason),
            candidates,
        ),
        Normalized::Ambiguous {
            term,
            reason,
            candidates,
        } => Parsed::Ambiguous(
            tr!(
                "license-ambiguous-candidates",
                term = &term,
                reason = &reason,
                candidates = candidates.join(", ")
            ),
            if term == declared {
                candidates
            } else {
                Vec::new()
            },
        ),
        Normalized::FileRef(file) => Parsed::FileRef(file),
        Normalized::Unknown { term } if term.is_empty() || term == declared => {
            Parsed::Unrecognized(tr!("license-declared-unknown", declared = declared))
        }
        Normalized::Unknown { term } => Parsed::Unrecognized(tr!(
            "license-declared-term-unknown",
            declared = declared,
            term = &term
        )),
    }
}

/// Strict SPDX that still accepts deprecated ids (`wxWindows`, `Nunito`): they are real ids.
fn lenient() -> spdx::ParseMode {
    spdx::ParseMode {
        allow_deprecated: true,
        ..spdx::ParseMode::STRICT
    }
}

/// The license the detected files establish together: every text found applies (`AND`).
fn conclude(detections: &[(String, Detection)]) -> Option<spdx::Expression> {
    // A file that offers a choice among the licenses the other files hold (a crate's COPYRIGHT
    // beside its LICENSE-APACHE and LICENSE-MIT): the choice is the license.
    let choice = detections.iter().find(|(_, d)| {
        d.license.contains(" OR ") && !d.license.contains(" AND ") && !d.license.contains('(')
    });
    if let Some((_, choice)) = choice {
        let offered = terms(&choice.license);
        if detections
            .iter()
            .all(|(_, d)| terms(&d.license).iter().all(|id| offered.contains(id)))
        {
            return spdx::Expression::parse_mode(&choice.license, lenient()).ok();
        }
    }
    let mut parts: Vec<String> = detections
        .iter()
        .flat_map(|(_, d)| {
            if d.license.contains(" OR ") {
                vec![format!("({})", d.license)]
            } else {
                d.license.split(" AND ").map(str::to_owned).collect()
            }
        })
        .collect();
    parts.sort_unstable();
    parts.dedup();
    spdx::Expression::parse_mode(&parts.join(" AND "), lenient()).ok()
}

/// The licenses of a detected expression, operators and parentheses aside (`X WITH Y` is one).
fn terms(license: &str) -> Vec<&str> {
    license
        .split(" AND ")
        .flat_map(|part| part.split(" OR "))
        .map(|term| term.trim_matches(['(', ')']))
        .collect()
}

/// An ambiguous declaration (`BSD`) that the license files settle: the candidates the files hold
/// are the license. Other licenses in the same files are the licenses of components the package
/// bundles (SciPy's wheel appends its OpenBLAS, LAPACK and GCC runtime licenses to its own BSD
/// text): they are not concluded, but each is reported as a mismatch for a person to look at.
fn narrow(
    candidates: &[String],
    detections: &[(String, Detection)],
) -> Option<(spdx::Expression, Vec<Evidence>)> {
    let is_candidate = |id: &str| {
        let id = id.split(" WITH ").next().unwrap_or(id);
        candidates.iter().any(|c| c == id)
    };
    let mut ids: Vec<&str> = detections
        .iter()
        .flat_map(|(_, d)| terms(&d.license))
        .filter(|id| is_candidate(id))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let expr = spdx::Expression::parse_mode(&ids.join(" AND "), lenient()).ok()?;
    let others = detections
        .iter()
        .filter_map(|(file, detection)| {
            let rest: Vec<&str> = terms(&detection.license)
                .into_iter()
                .filter(|id| !is_candidate(id))
                .collect();
            (!rest.is_empty()).then(|| Evidence {
                kind: EvidenceKind::Mismatch,
                value: tr!(
                    "license-also-holds",
                    file = file,
                    others = rest.join(" AND "),
                    concluded = expr.to_string()
                ),
                file: Some(file.clone()),
                confidence: Some(detection.confidence),
                quote: None,
                line: None,
            })
        })
        .collect();
    Some((expr, others))
}

/// Flags license files that contradict the declaration: when no confident detection agrees with
/// any declared license, every detection is a mismatch. A package whose own license file agrees and
/// which also ships a bundled component's license (Django's `LICENSE.python`) is consistent.
fn cross_check(
    declared: &spdx::Expression,
    detections: &[(String, Detection)],
    evidence: &mut Vec<Evidence>,
) {
    let declared_bases: Vec<String> = declared
        .requirements()
        .map(|r| base_id(&r.req.license.to_string()))
        .collect();
    let agrees = |detection: &Detection| {
        terms(&detection.license).into_iter().any(|id| {
            let detected = base_id(id.split(" WITH ").next().unwrap_or(id));
            declared_bases
                .iter()
                .any(|declared| same_family(declared, &detected))
        })
    };
    if detections.iter().any(|(_, d)| agrees(d)) {
        return;
    }
    for (file, detection) in detections {
        evidence.push(Evidence {
            kind: EvidenceKind::Mismatch,
            value: tr!(
                "license-mismatch",
                declared = declared.to_string(),
                file = file,
                detected = &detection.license
            ),
            file: Some(file.clone()),
            confidence: Some(detection.confidence),
            quote: None,
            line: None,
        });
    }
}

/// Ids whose texts are one license and a variant of it: `BSD-2-Clause` and
/// `BSD-2-Clause-FreeBSD`, `Python-2.0` and `Python-2.0.1`, `MIT` and `MIT-0`. Detection cannot
/// always tell them apart, and a variant read for its base is no reason to distrust a declaration.
fn same_family(a: &str, b: &str) -> bool {
    let extends = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.starts_with(['-', '.']))
    };
    // The PSF License Agreement is the first text of the Python license stack (`Python-2.0`), which
    // is what CPython-derived packages (typing_extensions) ship for a `PSF-2.0` declaration.
    let python = |id: &str| id == "PSF-2.0" || id == "Python-2.0" || extends(id, "Python-2.0");
    a == b || extends(a, b) || extends(b, a) || (python(a) && python(b))
}

/// The license text an id stands for: `GPL-2.0-only`, `GPL-2.0-or-later` and `GPL-2.0+` share one.
fn base_id(id: &str) -> String {
    let id = id.trim();
    id.strip_suffix("-only")
        .or_else(|| id.strip_suffix("-or-later"))
        .or_else(|| id.strip_suffix('+'))
        .unwrap_or(id)
        .to_owned()
}

/// Resolves the licenses of the projects' own packages (shown, not judged; declared text only).
pub fn resolve_members(projects: &mut [crate::model::Project]) {
    for member in projects.iter_mut().flat_map(|p| &mut p.members) {
        member.license =
            member
                .declared
                .as_deref()
                .and_then(|declared| match parse_declared(declared) {
                    Parsed::Strict(expr) | Parsed::Normalized(expr, _) => Some(expr.to_string()),
                    _ => None,
                });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ambiguous_declarations_are_narrowed_by_the_files() {
        let detection = |license: &str| Detection {
            license: license.to_owned(),
            confidence: 1.0,
            method: crate::license::detect::Method::Exact,
            matches: Vec::new(),
            quote: None,
        };
        let bsd = ["BSD-3-Clause", "BSD-2-Clause"].map(str::to_owned);
        let files = [(
            "LICENSE.txt".to_owned(),
            detection("BSD-3-Clause AND GPL-3.0-only"),
        )];
        let (expr, others) = narrow(&bsd, &files).expect("narrowed");
        assert_eq!(expr.to_string(), "BSD-3-Clause");
        assert_eq!(others.len(), 1);
        assert_eq!(others[0].kind, EvidenceKind::Mismatch);
        assert!(others[0].value.contains("also holds `GPL-3.0-only`"));
        // A file with none of the candidates settles nothing.
        assert!(narrow(&bsd, &[("COPYING".to_owned(), detection("GPL-3.0-only"))]).is_none());
        assert!(narrow(&[], &files).is_none());
    }

    fn concluded(declared: &str) -> (Option<String>, &'static str) {
        match parse_declared(declared) {
            Parsed::Strict(e) => (Some(e.to_string()), "declared"),
            Parsed::Normalized(e, _) => (Some(e.to_string()), "normalized"),
            Parsed::Ambiguous(..) => (None, "ambiguous"),
            Parsed::Unrecognized(_) => (None, "unrecognized"),
            Parsed::FileRef(_) => (None, "file"),
        }
    }

    macro_rules! resolves {
        ($declared:literal => $expected:literal, $how:literal) => {
            assert_eq!(
                concluded($declared),
                (Some($expected.to_owned()), $how),
                "{}",
                $declared
            );
        };
        ($declared:literal => $how:literal) => {
            assert_eq!(concluded($declared), (None, $how), "{}", $declared);
        };
    }

    #[test]
    fn strict_expressions_are_kept_as_written() {
        resolves!("MIT" => "MIT", "declared");
        resolves!("MIT OR Apache-2.0" => "MIT OR Apache-2.0", "declared");
        resolves!("(MIT OR Apache-2.0) AND Unicode-3.0" => "(MIT OR Apache-2.0) AND Unicode-3.0", "declared");
        resolves!("Apache-2.0 WITH LLVM-exception" => "Apache-2.0 WITH LLVM-exception", "declared");
        resolves!("  ISC " => "ISC", "declared");
        resolves!("LicenseRef-Acme" => "LicenseRef-Acme", "declared");
    }

    #[test]
    fn messy_expressions_are_normalised() {
        resolves!("MIT/Apache-2.0" => "MIT OR Apache-2.0", "normalized");
        resolves!("mit" => "MIT", "normalized");
        resolves!("GPL-2.0+" => "GPL-2.0-or-later", "normalized");
        resolves!("Apache-2.0 / MIT" => "Apache-2.0 OR MIT", "normalized");
        resolves!("GPL-2.0" => "GPL-2.0-only", "normalized");
    }

    #[test]
    fn what_cannot_be_known_is_not_guessed() {
        resolves!("BSD" => "ambiguous");
        resolves!("SEE LICENSE IN LICENSE.txt" => "file");
        resolves!("Proprietary and confidential, do not copy" => "unrecognized");
    }

    #[test]
    fn families() {
        assert!(same_family("BSD-2-Clause", "BSD-2-Clause-FreeBSD"));
        assert!(same_family("Python-2.0.1", "Python-2.0"));
        assert!(same_family("PSF-2.0", "Python-2.0.1"));
        assert!(!same_family("PSF-2.0", "CNRI-Python"));
        assert!(same_family("MIT", "MIT"));
        assert!(!same_family("MIT", "ISC"));
        assert!(!same_family("Apache-2.0", "Apache-1.1"));
        assert!(!same_family("BSD-2-Clause", "BSD-3-Clause"));
    }

    #[test]
    fn base_ids() {
        assert_eq!(base_id("GPL-2.0-only"), "GPL-2.0");
        assert_eq!(base_id("GPL-2.0-or-later"), "GPL-2.0");
        assert_eq!(base_id("Apache-1.0+"), "Apache-1.0");
        assert_eq!(base_id("MIT"), "MIT");
    }
}
