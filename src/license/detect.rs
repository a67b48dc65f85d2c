//! License-text detection: which license does this file hold, and how sure is that?
//!
//! A text is normalised (words only, lower case, its title line and copyright statements dropped)
//! and answered, in order, by: the texts already detected in this run, the cache between runs, an
//! exact match of a reference text or a template of a common license (microseconds), and else the
//! license-text engine ([`super::engine`]), which finds every reference text the file holds, where,
//! and how closely, in well under a millisecond.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use super::cache::DiskCache;
pub use super::engine::normalize;
use super::engine::text::normalize_with_lines;
use super::engine::{Engine, Match, Query};
use crate::text::line_of;

/// Matches below this are not reported at all: the text is not recognisably any license.
const MIN_SCORE: f32 = 0.8;

/// A section of a file (between separator lines) counts as a license on its own from this score.
const SECTION_SCORE: f32 = 0.9;

/// What detection concluded for one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    /// An SPDX expression: one id, or several joined by `AND` when the file holds several texts.
    pub license: String,
    /// 0 to 1; 1 for an exact match of the normalised text.
    pub confidence: f32,
    pub method: Method,
    /// Where each license stands in the file, when the engine found it (first and last line).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<Located>,
    /// The sentences a notice was read from, quoted (see [`super::notice`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// One license found in a file, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Located {
    pub license: String,
    /// The first and last line of the matched text (1-based).
    pub lines: (u32, u32),
    /// How closely the text matches the reference text, 0 to 1.
    pub score: f32,
}

/// How a detection was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// The normalised text is exactly an SPDX reference text.
    Exact,
    /// The engine's best match: one reference text, aligned word by word.
    Scored,
    /// Several reference texts found in one file by the engine.
    Scan,
    /// A common license with its variable parts filled in (the holder's name, list markers): see
    /// [`super::template`].
    Template,
    /// A license notice where the license text would be: a GNU notice ("… either version 3 of
    /// the License, or (at your option) any later version"), or a sentence that names the
    /// license ("Licensed under the Apache License, Version 2.0 or the MIT license, at your
    /// option"): see [`super::notice`].
    Notice,
}

/// A detector shared by a whole run (it is `Sync`; detection runs in parallel).
#[derive(Default)]
pub struct Detector {
    /// Normalised-text hash → what it was detected as (or that it is no license).
    cache: Mutex<HashMap<u64, Option<Detection>>>,
    /// What earlier runs detected (`--cache-dir`).
    disk: Option<DiskCache>,
    stats: Stats,
}

/// What a run's detection did, for `--timings`.
#[derive(Default)]
struct Stats {
    files: AtomicUsize,
    file_nanos: AtomicU64,
    exact: AtomicUsize,
    template: AtomicUsize,
    repeated: AtomicUsize,
    from_disk: AtomicUsize,
    matched: AtomicUsize,
    matched_nanos: AtomicU64,
}

impl Detector {
    /// A detector without a cache between runs.
    pub fn new() -> Self {
        Self::default()
    }

    /// A detector that keeps what it detects in `cache_dir` for later runs (none: `--no-cache`).
    /// The warning says why an existing cache could not be used.
    pub fn with_cache(cache_dir: Option<&Path>) -> (Self, Option<String>) {
        let Some(dir) = cache_dir else {
            return (Self::new(), None);
        };
        let (disk, warning) = DiskCache::open(dir);
        let detector = Detector {
            disk: Some(disk),
            ..Self::default()
        };
        (detector, warning)
    }

    /// Writes what this run added to the cache between runs; a warning when it cannot.
    pub fn save_cache(&self) -> Option<String> {
        self.disk.as_ref()?.save()
    }

    /// `2395 license files, 597 ms summed over threads: 9 standard texts, 55 templates, 2286
    /// repeats, 45 matched by the engine (31 ms), 0 from the cache (PATH)`.
    pub fn summary(&self) -> String {
        let stats = &self.stats;
        let count = |n: &AtomicUsize| n.load(Ordering::Relaxed);
        let time = |n: &AtomicU64| {
            crate::timings::millis(std::time::Duration::from_nanos(n.load(Ordering::Relaxed)))
        };
        let cache = match &self.disk {
            Some(disk) => crate::i18n::tr!(
                "license-summary-cache",
                count = count(&stats.from_disk),
                path = disk.path()
            ),
            None => crate::i18n::tr!("license-summary-no-cache"),
        };
        crate::i18n::tr!(
            "license-summary",
            files = count(&stats.files),
            time = time(&stats.file_nanos),
            exact = count(&stats.exact),
            templates = count(&stats.template),
            repeats = count(&stats.repeated),
            matched = count(&stats.matched),
            matched_time = time(&stats.matched_nanos),
            cache = cache
        )
    }

    /// Detects the license in a file. Text that is not UTF-8 is read as Latin-1, which real
    /// license files from older projects often are.
    pub fn detect_file(&self, path: &Path) -> std::io::Result<Option<Detection>> {
        let start = Instant::now();
        let bytes = super::files::read(path)?;
        Ok(self.detect_read(bytes, start))
    }

    /// Detects the license in a file already read (an entry of an archive read at collection).
    pub fn detect_bytes(&self, bytes: &[u8]) -> Option<Detection> {
        self.detect_read(bytes.to_vec(), Instant::now())
    }

    fn detect_read(&self, bytes: Vec<u8>, start: Instant) -> Option<Detection> {
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => err.into_bytes().iter().map(|&b| char::from(b)).collect(),
        };
        let found = self.detect_text(&text);
        self.stats.files.fetch_add(1, Ordering::Relaxed);
        add_elapsed(&self.stats.file_nanos, start);
        found
    }

    /// Detects the license in a text.
    pub fn detect_text(&self, text: &str) -> Option<Detection> {
        let (normalized, lines) = normalize_with_lines(text);
        if normalized.is_empty() {
            return None;
        }
        let key = hash(&normalized);
        if let Some(known) = self.lock_cache().get(&key) {
            self.stats.repeated.fetch_add(1, Ordering::Relaxed);
            return known.clone();
        }
        let disk_key = self.disk.as_ref().map(|_| DiskCache::key(&normalized));
        if let (Some(disk), Some(disk_key)) = (&self.disk, &disk_key) {
            if let Some(known) = disk.get(disk_key) {
                self.stats.from_disk.fetch_add(1, Ordering::Relaxed);
                self.lock_cache().insert(key, known.clone());
                return known;
            }
        }
        let detection = self.detect_new(text, &normalized, &lines);
        self.lock_cache().insert(key, detection.clone());
        if let (Some(disk), Some(disk_key)) = (&self.disk, disk_key) {
            disk.insert(disk_key, detection.clone());
        }
        detection
    }

    /// A text neither cache knows: a reference text, a template, else the engine.
    fn detect_new(&self, text: &str, normalized: &str, lines: &[u32]) -> Option<Detection> {
        let engine = Engine::get();
        let query = engine.query_normalized(normalized, lines);
        if let Some(known) = standard(engine, &query, normalized) {
            let counter = match known.method {
                Method::Exact => &self.stats.exact,
                _ => &self.stats.template,
            };
            counter.fetch_add(1, Ordering::Relaxed);
            return Some(known);
        }
        let start = Instant::now();
        let found = combine_sections(engine, text, find_licenses(engine, &query, normalized))
            .map(superseded)
            .map(|found| as_choice(text, found));
        let detection = match found {
            Some(found) if found.confidence >= NOTICE_BELOW => Some(found),
            weak => notice(text, normalized).or(weak),
        };
        self.stats.matched.fetch_add(1, Ordering::Relaxed);
        add_elapsed(&self.stats.matched_nanos, start);
        detection
    }

    /// The first of `candidates` that a section of the file is on its own: how an ambiguous
    /// declaration (`BSD`) is settled by a file whose own license text is followed by others
    /// (SciPy's BSD-3-Clause, which says "copyright owner", then its bundled GPL components').
    /// Reporting every license in every fragment would be noise; this looks only for what the
    /// package said it is.
    pub fn find_candidate(&self, path: &Path, candidates: &[String]) -> Option<Detection> {
        let bytes = super::files::read(path).ok()?;
        let text = String::from_utf8_lossy(&bytes);
        split_sections(&text).into_iter().find_map(|section| {
            section_license(section).filter(|found| candidates.contains(&found.license))
        })
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Option<Detection>>> {
        // A panic elsewhere cannot leave the map half-written: inserts are single calls.
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The answers that need no alignment: the whole text is a reference text word for word, or a
/// template of a common license with its variable parts filled in.
fn standard(engine: &Engine, query: &Query, normalized: &str) -> Option<Detection> {
    if let Some(id) = engine.exact(query) {
        return Some(Detection {
            license: id.to_owned(),
            confidence: 1.0,
            method: Method::Exact,
            matches: Vec::new(),
            quote: None,
        });
    }
    super::template::matching(normalized).map(|id| Detection {
        license: id.to_owned(),
        confidence: TEMPLATE_CONFIDENCE,
        method: Method::Template,
        matches: Vec::new(),
        quote: None,
    })
}

/// One section of a file, on its own: a reference text, a template, or the engine's best match
/// if it explains the whole section.
fn section_license(section: &str) -> Option<Detection> {
    let engine = Engine::get();
    let (normalized, lines) = normalize_with_lines(section);
    let query = engine.query_normalized(&normalized, &lines);
    if query.len() < 30 {
        return None;
    }
    if let Some(known) = standard(engine, &query, &normalized) {
        return Some(known);
    }
    let best = engine
        .best(&query, 0..query.len(), MIN_SCORE)
        .filter(|best| !best.exception)?;
    let score = best.score_against(query.len());
    (score >= SECTION_SCORE).then(|| Detection {
        license: canonical_id(best.license),
        confidence: two_decimals(score),
        method: Method::Scored,
        matches: vec![located(&best)],
        quote: None,
    })
}

/// Files that concatenate licenses between separator lines (`-----`) may hold a short text that
/// a longer one's alignment swallows: add every section that is a reference text on its own.
fn combine_sections(engine: &Engine, text: &str, whole: Option<Detection>) -> Option<Detection> {
    let sections = split_sections_at(text);
    if sections.len() < 2 {
        return whole;
    }
    let exact: Vec<Located> = sections
        .iter()
        .filter_map(|&(at, section)| {
            let id = engine.exact(&engine.query(section))?;
            let body = section.trim_end();
            let first = at + (section.len() - section.trim_start().len());
            Some(Located {
                license: id.to_owned(),
                lines: (line_of(text, first), line_of(text, at + body.len())),
                score: 1.0,
            })
        })
        .collect();
    if exact.is_empty() {
        return whole;
    }
    let mut ids: Vec<String> = exact.iter().map(|found| found.license.clone()).collect();
    let confidence = whole.as_ref().map_or(1.0, |w| w.confidence);
    let mut matches = whole
        .as_ref()
        .map(|w| w.matches.clone())
        .unwrap_or_default();
    matches.extend(exact);
    matches.sort_by_key(|found| found.lines);
    ids.extend(
        whole
            .iter()
            .flat_map(|w| w.license.split(" AND ").map(str::to_owned)),
    );
    ids.sort();
    ids.dedup();
    Some(Detection {
        method: if ids.len() > 1 {
            Method::Scan
        } else {
            Method::Exact
        },
        license: ids.join(" AND "),
        confidence,
        matches,
        quote: None,
    })
}

/// Every license the engine finds in the text, joined by `AND`, with the lowest score as the
/// confidence; an exception's text appended to its license becomes `WITH`.
fn find_licenses(engine: &Engine, query: &Query, normalized: &str) -> Option<Detection> {
    let found = engine.find_all(query, MIN_SCORE);
    let (exceptions, licenses): (Vec<&Match>, Vec<&Match>) =
        found.iter().partition(|m| m.exception);
    if licenses.is_empty() {
        return None;
    }
    // An exception's text attaches to the license it follows (`Apache-2.0 WITH LLVM-exception`).
    let owner = |exception: &Match| {
        licenses.iter().rposition(|m| {
            m.span.start < exception.span.start
                && (m.license.starts_with("Apache-2.0") || m.license.starts_with("GPL"))
        })
    };
    let mut ids: Vec<String> = licenses
        .iter()
        .enumerate()
        .map(|(number, m)| {
            let id = canonical_id(m.license);
            // A variant whose distinguishing name is missing is the base license.
            let id = match VARIANTS.iter().find(|v| v.0 == id) {
                Some((_, marker, base)) if !normalized.contains(marker) => (*base).to_owned(),
                _ => id,
            };
            match exceptions.iter().find(|e| owner(e) == Some(number)) {
                Some(exception) => format!("{id} WITH {}", exception.license),
                None => id,
            }
        })
        .collect();
    ids.sort();
    ids.dedup();
    let confidence = licenses
        .iter()
        .map(|m| m.score)
        .fold(f32::INFINITY, f32::min);
    Some(Detection {
        method: if ids.len() > 1 {
            Method::Scan
        } else {
            Method::Scored
        },
        license: ids.join(" AND "),
        confidence: two_decimals(confidence),
        matches: found.iter().map(located).collect(),
        quote: None,
    })
}

fn located(found: &Match) -> Located {
    Located {
        license: canonical_id(found.license),
        lines: found.lines,
        score: two_decimals(found.score),
    }
}

/// Two decimals: enough for a person, and the same on every platform.
fn two_decimals(score: f32) -> f32 {
    (score * 100.0).round() / 100.0
}

/// How sure a template match is: the fixed words are all there, the filled-in parts are short.
const TEMPLATE_CONFIDENCE: f32 = 0.99;

/// Adds the time since `start` to a counter of nanoseconds.
fn add_elapsed(counter: &AtomicU64, start: Instant) {
    let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
    counter.fetch_add(nanos, Ordering::Relaxed);
}

/// A text scored below this is read for a GNU notice: a notice scores low against the full texts.
const NOTICE_BELOW: f32 = 0.9;

/// A notice where the text would be: a GNU "how to apply" notice, else a sentence naming the
/// license.
fn notice(text: &str, normalized: &str) -> Option<Detection> {
    let (license, quote, lines) = match gnu_notice(normalized) {
        Some(license) => (license, None, None),
        None => {
            let found = super::notice::find(text)?;
            (found.license, Some(found.quote), Some(found.lines))
        }
    };
    Some(Detection {
        matches: lines
            .map(|lines| Located {
                license: license.clone(),
                lines,
                score: super::notice::CONFIDENCE,
            })
            .into_iter()
            .collect(),
        license,
        confidence: super::notice::CONFIDENCE,
        method: Method::Notice,
        quote,
    })
}

/// The license a GNU "how to apply" notice grants, when the text is one: `… under the terms of the
/// GNU Lesser General Public License as published by the Free Software Foundation, either version
/// 3 of the License, or (at your option) any later version` is `LGPL-3.0-or-later`; without the
/// "any later version" clause, `-only`. Many packages ship the notice instead of the license
/// (psycopg2). Extra permissions after it (an OpenSSL linking exception) only widen the grant.
fn gnu_notice(normalized: &str) -> Option<String> {
    const PUBLISHED: &str = " as published by the free software foundation "; // i18n: license text, matched
    const FAMILIES: [(&str, &str); 4] = [
        ("gnu affero general public license", "AGPL"), // i18n: license text, matched
        ("gnu lesser general public license", "LGPL"), // i18n: license text, matched
        ("gnu library general public license", "LGPL"), // i18n: license text, matched
        ("gnu general public license", "GPL"),         // i18n: license text, matched
    ];
    const VERSIONS: [(&str, &str); 4] = [("2 1", "2.1"), ("1", "1.0"), ("2", "2.0"), ("3", "3.0")];
    let at = normalized.find(PUBLISHED)?;
    let family = FAMILIES
        .iter()
        .find(|(name, _)| normalized[..at].ends_with(name))?
        .1;
    let after = &normalized[at + PUBLISHED.len()..];
    let after = after.strip_prefix("either ").unwrap_or(after);
    let after = after.strip_prefix("version ")?;
    let (version, rest) = VERSIONS.iter().find_map(|(words, version)| {
        let rest = after.strip_prefix(words)?;
        rest.starts_with(" of the licen") // i18n: license text, matched
            .then_some((*version, rest))
    })?;
    let later = rest.starts_with(" of the license or at your option any later version") // i18n: license text, matched
        || rest.starts_with(" of the licence or at your option any later version"); // i18n: license text, matched
    let id = format!(
        "{family}-{version}-{}",
        if later { "or-later" } else { "only" }
    );
    spdx::license_id(&id).map(|_| id)
}

/// A license that keeps its former text below the current one, for the versions released under
/// it: (current, former). libpng's LICENSE since 1.6.36 is the PNG Reference Library License
/// version 2, then version 1 "for libpng 0.5 through 1.6.35".
const SUPERSEDES: &[(&str, &str)] = &[("libpng-2.0", "libpng-1.6.35"), ("libpng-2.0", "Libpng")];

/// A file whose first text is a license's current version, followed by its former one, is the
/// current version: the former text is history.
fn superseded(mut found: Detection) -> Detection {
    let first_line = |id: &str| {
        found
            .matches
            .iter()
            .filter(|m| m.license == id)
            .map(|m| m.lines.0)
            .min()
    };
    for (current, former) in SUPERSEDES {
        let (Some(current_at), Some(former_at)) = (first_line(current), first_line(former)) else {
            continue;
        };
        if current_at < former_at {
            let kept: Vec<&str> = found
                .license
                .split(" AND ")
                .filter(|id| id != former)
                .collect();
            found.license = kept.join(" AND ");
        }
    }
    if !found.license.contains(" AND ") && found.method == Method::Scan {
        found.method = Method::Scored;
    }
    found
}

/// The most licenses one file offers as alternatives (`Apache-2.0 OR ISC OR MIT`).
const MAX_CHOICES: usize = 3;

/// Several licenses found in one file are alternatives when the words around their texts offer
/// a choice ("choose either of the following licenses", "ALTERNATIVE A … ALTERNATIVE B",
/// "dual-licensed"), and all apply otherwise (a bundle, an appended third-party license): the
/// operator comes from the prose outside the matched texts, never from how many there are.
fn as_choice(text: &str, mut found: Detection) -> Detection {
    // A file holding more texts than a choice offers is a bundle (pyarrow's appendix of
    // third-party licenses, one of which offers its own choice).
    let licenses = found.license.matches(" AND ").count() + 1;
    if !(2..=MAX_CHOICES).contains(&licenses) || found.matches.is_empty() {
        return found;
    }
    let covered = |line: u32| {
        found
            .matches
            .iter()
            .any(|m| (m.lines.0..=m.lines.1).contains(&line))
    };
    let prose: Vec<&str> = text
        .split('\n')
        .zip(1u32..)
        .filter(|&(_, line)| !covered(line))
        .map(|(words, _)| words)
        .collect();
    let prose = prose.join("\n");
    // Prose that names every license found says how they combine (highway's "dual-licensed under
    // your choice of either the Apache License 2.0 or the BSD 3-Clause License. The following
    // files are licensed under different terms: … CC0 1.0 Universal").
    if let Some(notice) = super::notice::find(&prose) {
        let named = super::terms(&notice.license);
        if found.license.split(" AND ").all(|id| named.contains(&id)) {
            found.license = notice.license;
            return found;
        }
    }
    if super::notice::offers_choice_in(&prose) {
        found.license = found.license.replace(" AND ", " OR ");
    }
    found
}

/// The parts of a text between separator lines: a line of four or more `-`, `=`, `*`, `_` or `#`
/// (SciPy's wheel puts `----` between its own license and the bundled components').
fn split_sections(text: &str) -> Vec<&str> {
    split_sections_at(text)
        .into_iter()
        .map(|(_, section)| section)
        .collect()
}

/// [`split_sections`], with the byte offset where each part starts.
fn split_sections_at(text: &str) -> Vec<(usize, &str)> {
    let is_separator = |line: &str| {
        let line = line.trim();
        // `starts_with`, not a byte slice: a line of `═` is three bytes a character.
        line.len() >= 4
            && line.starts_with(['-', '=', '*', '_', '#'])
            && line.bytes().all(|c| c == line.as_bytes()[0])
    };
    let mut sections = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if is_separator(line) {
            sections.push((start, &text[start..offset]));
            start = offset + line.len();
        }
        offset += line.len();
    }
    sections.push((start, &text[start..]));
    sections.retain(|(_, s)| !s.trim().is_empty());
    sections
}

/// Licenses whose text is another license's with a name added: a copy of the base license with a
/// few words changed may align as well with the variant, so the variant needs its name in the
/// text.
const VARIANTS: &[(&str, &str, &str)] = &[
    ("Pixar", "pixar", "Apache-2.0"),
    // A BSD-3-Clause naming the "Nucleic Development Team" scores as the no-nuclear variants.
    (
        "BSD-3-Clause-No-Nuclear-License-2014",
        "nuclear",
        "BSD-3-Clause",
    ),
    ("BSD-3-Clause-No-Nuclear-License", "nuclear", "BSD-3-Clause"),
    (
        "BSD-3-Clause-No-Nuclear-Warranty",
        "nuclear",
        "BSD-3-Clause",
    ),
    // AGPL-1.0 is GPL-2.0 plus a network clause; GPL-3.0 mentions the Affero GPL in its §13, so
    // AGPL-3.0 needs its own §13 title.
    ("AGPL-1.0-only", "affero", "GPL-2.0-only"),
    ("AGPL-1.0-or-later", "affero", "GPL-2.0-only"),
    (
        "AGPL-3.0-only",
        "remote network interaction", // i18n: license text, matched
        "GPL-3.0-only",
    ),
    (
        "AGPL-3.0-or-later",
        "remote network interaction", // i18n: license text, matched
        "GPL-3.0-only",
    ),
];

/// The report uses current ids. A GNU text alone cannot say "or later" (that is in each file's
/// notice), so it reads as `-only`, the narrower grant.
fn canonical_id(name: &str) -> String {
    let name = match spdx::license_id(name) {
        Some(id) if id.is_deprecated() => spdx::Expression::canonicalize(name)
            .ok()
            .flatten()
            .unwrap_or_else(|| name.to_owned()),
        _ => name.to_owned(),
    };
    match name.strip_suffix("-or-later") {
        Some(base) if spdx::license_id(&format!("{base}-only")).is_some_and(|id| id.is_gnu()) => {
            format!("{base}-only")
        }
        _ => name,
    }
}

fn hash(text: &str) -> u64 {
    // SipHash with fixed keys: the same text hashes the same in every run.
    let mut hasher = std::hash::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::license::engine::tests::MIT_BODY;

    #[test]
    fn mit_with_any_copyright_line_is_an_exact_match() {
        let detector = Detector::new();
        for header in [
            "The MIT License (MIT)\n\nCopyright (c) 2015 Jane Doe <jane@example.org>\n\n",
            "MIT License\r\n\r\nCopyright 2020-2024 Acme, Inc.\r\n\r\n",
            "# MIT License\n\nCopyright © Contributors\n\n",
            "Copyright Joyent, Inc. and other Node contributors.\n\n",
        ] {
            let text = format!("{header}{MIT_BODY}")
                .replace('\n', if header.contains('\r') { "\r\n" } else { "\n" });
            let found = detector.detect_text(&text).expect("detected");
            assert_eq!(
                (found.license.as_str(), found.method),
                ("MIT", Method::Exact),
                "{header:?}"
            );
        }
    }

    #[test]
    fn concatenated_texts_between_separators() {
        let detector = Detector::new();
        let bsd0 = spdx::text::LICENSE_TEXTS
            .iter()
            .find(|(id, _)| *id == "0BSD")
            .unwrap()
            .1;
        let text = format!(
            "This project is available under MIT:\n-----\n{MIT_BODY}\n-----\nParts are also under 0BSD:\n=====\n{bsd0}\n"
        );
        let found = detector.detect_text(&text).expect("detected");
        assert_eq!(found.license, "0BSD AND MIT");
        assert_eq!(
            split_sections("a\n-----\nb\n\n=======\n\nc"),
            ["a\n", "b\n\n", "\nc"]
        );
        // Four are enough (SciPy's); three are a Markdown rule or YAML front matter, not a break.
        assert_eq!(split_sections("a\n----\nb\n---\nc"), ["a\n", "b\n---\nc"]);
        // A rule of box-drawing characters is not a separator, and does not panic.
        assert_eq!(split_sections("a\n════\nb"), ["a\n════\nb"]);
    }

    #[test]
    fn gnu_notices() {
        let notice = |text: &str| gnu_notice(&normalize(text));
        assert_eq!(
            notice(
                "psycopg2 is free software: you can redistribute it and/or modify it\nunder the terms of the GNU Lesser General Public License as published\nby the Free Software Foundation, either version 3 of the License, or\n(at your option) any later version."
            ),
            Some("LGPL-3.0-or-later".to_owned())
        );
        assert_eq!(
            notice(
                "under the terms of the GNU General Public License as published by the Free Software Foundation; version 2 of the License."
            ),
            Some("GPL-2.0-only".to_owned())
        );
        assert_eq!(
            notice(
                "the GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License, or (at your option) any later version"
            ),
            Some("LGPL-2.1-or-later".to_owned())
        );
        assert_eq!(
            notice("the GNU General Public License as published by the Free Software Foundation"),
            None
        );
        assert_eq!(
            notice(
                "MIT License, as published by the Free Software Foundation, version 3 of the License"
            ),
            None
        );
    }

    #[test]
    fn not_a_license() {
        let detector = Detector::new();
        assert_eq!(detector.detect_text(""), None);
        assert_eq!(
            detector.detect_text("# my-project\n\nA small library that parses things.\n"),
            None
        );
    }
}
