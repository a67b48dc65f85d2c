//! `--format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, any SARIF viewer).
//!
//! One run; the driver lists every rule of [`Rule::ALL`] (not only those that fired), so a rule's
//! `ruleIndex` is the same in every report. One result per finding, in the report's order, located
//! in the lockfile (else the manifest) that brought the package in, on the first line that names
//! it. Findings about a policy entry point into the policy file when it is inside the scanned
//! root; findings with nowhere better to point (an embedded policy, a repository check) point at
//! the first project's manifest, or `.` when nothing was found, because code scanning needs a
//! location on every result. URIs are relative to the scanned root, with `/` separators.
//!
//! `partialFingerprints["ossdoo/v1"]` hashes the rule and the package URL without its version, so
//! upgrading a package keeps its alerts matched. Nothing depends on time or the machine.
//! Documented in `docs/output-formats.md`.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::ScanReport;
use crate::i18n::tr;
use crate::model::display_path;
use crate::policy::eval::{Evaluated, Finding, Rule, Severity};

/// Where the SARIF 2.1.0 schema is published.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of [`SarifResult::partial_fingerprints`]; bumped if the hashed text ever changes.
const FINGERPRINT_KEY: &str = "ossdoo/v1";

/// The top-level SARIF log.
#[derive(Serialize)]
struct SarifLog {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

/// The single run of one scan.
#[derive(Serialize)]
struct Run {
    tool: Tool,
    results: Vec<SarifResult>,
}

/// `run.tool`.
#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

/// `run.tool.driver`: ossdoo and its rules.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<ReportingDescriptor>,
}

/// Where ossdoo's source and documentation are published: Cargo.toml's `repository`. SARIF wants
/// absolute URIs, so until the package names one, `informationUri` and `helpUri` are left out and
/// the help text names `docs/rules.md` instead.
fn published_repository() -> Option<&'static str> {
    Some(env!("CARGO_PKG_REPOSITORY").trim_end_matches('/')).filter(|r| r.starts_with("https://"))
}

/// One rule (`reportingDescriptor`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
}

/// A `multiformatMessageString` with plain text only.
#[derive(Serialize)]
struct Text {
    text: String,
}

/// A rule's help, as plain text and Markdown.
#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

/// `reportingConfiguration`: the level a rule's results have by default.
#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

/// One finding.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    properties: Properties,
}

/// A result's location.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

/// A file and a line in it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

/// A file, by URI relative to the scanned root.
#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

/// A line (1-based).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
}

/// ossdoo's own facts about a result's package.
#[derive(Serialize)]
struct Properties {
    #[serde(skip_serializing_if = "Option::is_none")]
    purl: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    license: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verdict: Option<&'static str>,
}

/// Writes the report as pretty-printed SARIF followed by a newline.
pub fn render(report: &ScanReport, out: &mut dyn Write) -> io::Result<()> {
    // Only the words that end the names of packages with findings are indexed.
    let wanted: std::collections::HashSet<&str> = report
        .findings
        .iter()
        .filter_map(|f| report.package_of(f))
        .filter_map(|p| last_word(&p.resolved.package.name))
        .collect();
    let mut files = Files::new(&report.root_dir, wanted);
    let results = report
        .findings
        .iter()
        .map(|finding| result(report, finding, &mut files))
        .collect();
    let log = SarifLog {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: env!("CARGO_PKG_NAME"),
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: published_repository(),
                    rules: Rule::ALL.iter().map(|&rule| descriptor(rule)).collect(),
                },
            },
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// The descriptor of one rule.
fn descriptor(rule: Rule) -> ReportingDescriptor {
    ReportingDescriptor {
        id: rule.as_str(),
        short_description: Text { text: rule.title() },
        full_description: Text {
            text: rule.description(),
        },
        help: Help {
            text: rule.help().to_owned(),
            markdown: format!(
                "{}\n\n{}",
                tr!("sarif-what-to-do", help = rule.help().to_owned()),
                tr!("sarif-see-docs", rule = rule.as_str())
            ),
        },
        help_uri: published_repository()
            .map(|repo| format!("{repo}/blob/main/docs/rules.md#{}", rule.as_str())),
        default_configuration: Configuration {
            level: level(default_severity(rule)),
        },
    }
}

/// A rule's severity under the default policy (a result carries its own).
fn default_severity(rule: Rule) -> Severity {
    match rule {
        Rule::LicenseDenied
        | Rule::LicenseNotListed
        | Rule::LicenseUnknown
        | Rule::IncompatibleLicense
        | Rule::ExceptionExpired => Severity::Error,
        Rule::LicenseReview
        | Rule::LicenseMismatch
        | Rule::ExceptionUnused
        | Rule::ExceptionStale
        | Rule::ClarificationStale
        | Rule::ChecklistFile
        | Rule::ChecklistProjectLicense
        | Rule::ChecklistSpdxHeader => Severity::Warning,
    }
}

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The result of one finding.
fn result(report: &ScanReport, finding: &Finding, files: &mut Files) -> SarifResult {
    let package = report.package_of(finding);
    let (uri, start_line) = match package {
        Some(evaluated) => package_location(report, evaluated, files),
        None => policy_location(report, finding, files),
    };
    let fingerprint_subject = if finding.purl.is_empty() {
        uri.clone()
    } else {
        purl_base(&finding.purl).to_owned()
    };
    SarifResult {
        rule_id: finding.rule.as_str(),
        rule_index: Rule::ALL
            .iter()
            .position(|&r| r == finding.rule)
            .unwrap_or_default(),
        level: level(finding.severity),
        message: Text {
            text: message(finding),
        },
        locations: vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri },
                region: Region { start_line },
            },
        }],
        partial_fingerprints: BTreeMap::from([(
            FINGERPRINT_KEY,
            fingerprint(finding.rule, &fingerprint_subject),
        )]),
        properties: Properties {
            purl: (!finding.purl.is_empty()).then(|| finding.purl.clone()),
            license: package.and_then(|p| {
                p.resolved
                    .license_text()
                    .or_else(|| p.resolved.package.declared.clone())
            }),
            verdict: package.map(|p| p.verdict.as_str()),
        },
    }
}

/// The finding's message, then its remedy when it has one.
fn message(finding: &Finding) -> String {
    match &finding.remedy {
        Some(remedy) => format!("{}\n\n{}\n{remedy}", finding.message, tr!("sarif-remedy")),
        None => finding.message.clone(),
    }
}

/// The lockfile (else manifest) that brought the package in, and the line that names it.
fn package_location(
    report: &ScanReport,
    evaluated: &Evaluated,
    files: &mut Files,
) -> (String, usize) {
    let package = &evaluated.resolved.package;
    let file = report
        .project_of(evaluated)
        .and_then(|p| p.root.lockfile.clone())
        .or_else(|| package.manifests.first().cloned());
    let Some(file) = file else {
        return fallback_location(report);
    };
    let line = files
        .lines(&file)
        .map_or(1, |lines| lines.find(&package.name, &package.version));
    (uri(&file), line)
}

/// The policy file, on the line naming the finding's package pattern, when the policy is a file
/// inside the scanned root; else the fallback.
fn policy_location(report: &ScanReport, finding: &Finding, files: &mut Files) -> (String, usize) {
    let Some(policy) = policy_path(report) else {
        return fallback_location(report);
    };
    let quoted = format!("\"{}\"", finding.purl);
    let line = files
        .text(&policy)
        .filter(|_| !finding.purl.is_empty())
        .and_then(|text| text.lines().position(|l| l.contains(&quoted)))
        .map_or(1, |index| index + 1);
    (uri(&policy), line)
}

/// The policy file relative to the scanned root, when it is a file inside it.
fn policy_path(report: &ScanReport) -> Option<PathBuf> {
    if report.policy_source.starts_with("embedded:") {
        return None;
    }
    let absolute = std::path::absolute(&report.policy_source).ok()?;
    absolute
        .strip_prefix(&report.root_dir)
        .ok()
        .map(Path::to_path_buf)
}

/// Somewhere for a result with no file of its own: the first project's manifest, else the root.
fn fallback_location(report: &ScanReport) -> (String, usize) {
    let uri = report
        .projects
        .first()
        .map_or_else(|| ".".to_owned(), |p| uri(&p.root.manifest));
    (uri, 1)
}

/// A root-relative path as a URI reference: `/` separators, reserved characters
/// percent-encoded; a path outside the root (an `--sbom` elsewhere) becomes a `file://` URI.
fn uri(path: &Path) -> String {
    if path.is_absolute() {
        let text = path.to_string_lossy().replace('\\', "/");
        let text = text.trim_start_matches('/');
        return format!("file:///{}", percent_encode(text));
    }
    percent_encode(&display_path(path))
}

/// Percent-encodes every byte that may not appear in a URI path as it is.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// The lines of a file, with the lines each name-like word is on: finding a package's line is a
/// lookup, not a pass over the file (a 150,000-package lockfile has millions of lines).
struct Lines {
    text: String,
    /// Byte range of each line in `text`.
    lines: Vec<(usize, usize)>,
    /// Each wanted run of name characters → the lines it is on, in order.
    words: HashMap<String, Vec<u32>>,
}

/// Lines longer than this (a minified lockfile is one line) are not searched for names: the
/// answer for them is line 1 anyway, and scanning megabytes per finding is quadratic.
const MAX_LINE: usize = 4096;

/// The last run of name characters of a package name (`core` of `@babel/core`): every line
/// that names the package has it.
fn last_word(name: &str) -> Option<&str> {
    name.split(|c: char| !is_name_char(c))
        .rfind(|w| !w.is_empty())
}

impl Lines {
    /// Indexes the lines of `text` on which the `wanted` words appear.
    fn new(text: String, wanted: &std::collections::HashSet<&str>) -> Lines {
        let mut lines = Vec::new();
        let mut words: HashMap<String, Vec<u32>> = HashMap::new();
        let mut offset = 0;
        for (n, line) in text.split_inclusive('\n').enumerate() {
            let content = line.trim_end_matches(['\n', '\r']);
            lines.push((offset, offset + content.len()));
            offset += line.len();
            let n = u32::try_from(n).unwrap_or(u32::MAX);
            if content.len() > MAX_LINE {
                continue;
            }
            let on_line = content
                .split(|c: char| !is_name_char(c))
                .filter(|w| wanted.contains(w));
            for word in on_line {
                match words.get_mut(word) {
                    Some(on) if on.last() == Some(&n) => {}
                    Some(on) => on.push(n),
                    None => {
                        words.insert(word.to_owned(), vec![n]);
                    }
                }
            }
        }
        Lines { text, lines, words }
    }

    fn line(&self, n: usize) -> &str {
        let (start, end) = self.lines[n];
        &self.text[start..end]
    }

    /// The 1-based line that names the package: the first line that has the name as a whole
    /// word (`"serde"`, `node_modules/serde"`, `serde@1.0.0`, `serde v1.0.0`) with the version on
    /// it or on one of the next three lines; else the first line with the name at all; else 1.
    fn find(&self, name: &str, version: &str) -> usize {
        // Every line naming the package holds the name's last word.
        let Some(last) = last_word(name) else {
            return 1;
        };
        let Some(candidates) = self.words.get(last) else {
            return 1;
        };
        let named = candidates
            .iter()
            .map(|&n| n as usize)
            .filter(|&n| names(self.line(n), name));
        let mut first = None;
        for n in named {
            first.get_or_insert(n);
            let next = n..self.lines.len().min(n + 4);
            if next.into_iter().any(|m| names(self.line(m), version)) {
                return n + 1;
            }
        }
        first.map_or(1, |n| n + 1)
    }
}

/// Characters of package names and versions.
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// Whether `word` appears in `line` not as part of a longer name.
fn names(line: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        !before.is_some_and(is_name_char) && !after.is_some_and(is_name_char)
    })
}

/// A package URL without its version, qualifiers and subpath (`pkg:npm/%40a/b@1.0` → `pkg:npm/%40a/b`).
fn purl_base(purl: &str) -> &str {
    let end = purl.find(['@', '?', '#']).unwrap_or(purl.len());
    &purl[..end]
}

/// The first 128 bits of SHA-256 over the rule id and the subject, in hex.
fn fingerprint(rule: Rule, subject: &str) -> String {
    let digest = Sha256::digest(format!("{}\n{subject}", rule.as_str()).as_bytes());
    crate::model::hex(&digest[..16])
}

/// The scanned files read so far, each read (and indexed by line) once.
struct Files<'a> {
    root: &'a Path,
    read: BTreeMap<PathBuf, Option<String>>,
    indexed: BTreeMap<PathBuf, Option<Lines>>,
    /// The words [`Lines`] indexes.
    wanted: std::collections::HashSet<&'a str>,
}

impl<'a> Files<'a> {
    /// No file read yet.
    fn new(root: &'a Path, wanted: std::collections::HashSet<&'a str>) -> Self {
        Files {
            root,
            read: BTreeMap::new(),
            indexed: BTreeMap::new(),
            wanted,
        }
    }

    /// The lines of a root-relative (or absolute) lockfile or manifest, indexed.
    fn lines(&mut self, path: &Path) -> Option<&Lines> {
        let (root, wanted) = (self.root, &self.wanted);
        self.indexed
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                crate::read::bytes(root.join(path))
                    .ok()
                    .map(|bytes| Lines::new(String::from_utf8_lossy(&bytes).into_owned(), wanted))
            })
            .as_ref()
    }

    /// The text of a root-relative (or absolute) file, `None` when it cannot be read.
    fn text(&mut self, path: &Path) -> Option<&str> {
        let root = self.root;
        self.read
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                crate::read::bytes(root.join(path))
                    .ok()
                    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            })
            .as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::{Lines, percent_encode, purl_base};

    fn find_line(text: &str, name: &str, version: &str) -> usize {
        let wanted = super::last_word(name).into_iter().collect();
        Lines::new(text.to_owned(), &wanted).find(name, version)
    }

    #[test]
    fn finds_the_line_with_name_and_version() {
        let lock = "[[package]]\nname = \"serde_json\"\nversion = \"1.0.0\"\n\n[[package]]\nname = \"serde\"\nversion = \"0.9.0\"\n\n[[package]]\nname = \"serde\"\nversion = \"1.0.0\"\n";
        assert_eq!(find_line(lock, "serde", "1.0.0"), 10);
        assert_eq!(find_line(lock, "serde", "2.0.0"), 6);
        assert_eq!(find_line(lock, "toml", "1.0.0"), 1);
        let npm =
            "{\n  \"packages\": {\n    \"node_modules/@a/b\": {\n      \"version\": \"1.2.3\"";
        assert_eq!(find_line(npm, "@a/b", "1.2.3"), 3);
    }

    #[test]
    fn purl_base_drops_the_version() {
        assert_eq!(purl_base("pkg:npm/%40a/b@1.0.0"), "pkg:npm/%40a/b");
        assert_eq!(purl_base("pkg:maven/g/a@1?type=jar"), "pkg:maven/g/a");
        assert_eq!(purl_base("pkg:cargo/x"), "pkg:cargo/x");
    }

    #[test]
    fn encodes_spaces() {
        assert_eq!(percent_encode("a b/c%.json"), "a%20b/c%25.json");
    }
}
