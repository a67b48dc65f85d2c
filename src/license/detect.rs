//! License-text detection: which license does this file hold, and how sure is that?
//!
//! Fast path first: the text is normalised (words only, lower case, its title line and copyright
//! statements dropped) and its hash looked up among the SPDX reference texts and the texts already
//! detected in this run, which answers a standard license with its own copyright line in
//! microseconds. Otherwise the spdx crate's askalono scorer (about 13 ms a file) compares it with
//! every known license, and its elimination scan finds several licenses concatenated in one file.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use spdx::detection::scan::{ScanMode, Scanner};
use spdx::detection::{Store, TextData};

use super::cache::DiskCache;

/// Scores below this are not reported at all: the text is not recognisably any license.
const MIN_SCORE: f32 = 0.8;

/// What detection concluded for one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    /// An SPDX expression: one id, or several joined by `AND` when the file holds several texts.
    pub license: String,
    /// 0 to 1; 1 for an exact match of the normalised text.
    pub confidence: f32,
    pub method: Method,
}

/// How a detection was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// The normalised text is exactly an SPDX reference text.
    Exact,
    /// The askalono scorer's best match.
    Scored,
    /// Several licenses found in one file by the elimination scan.
    Scan,
    /// A common license with its variable parts filled in (the holder's name, list markers): see
    /// [`super::template`].
    Template,
    /// A GNU license notice ("… either version 3 of the License, or (at your option) any later
    /// version") where the license text would be.
    Notice,
}

/// A detector shared by a whole run (it is `Sync`; detection runs in parallel).
#[derive(Default)]
pub struct Detector {
    store: OnceLock<Option<Store>>,
    reference: OnceLock<HashMap<u64, &'static str>>,
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
    scored: AtomicUsize,
    scored_nanos: AtomicU64,
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

    /// `2395 license files, 3,597 ms summed over threads: 9 standard texts, 55 templates, 2286
    /// repeats, 45 scored (3,297 ms), 0 from the cache (PATH)`.
    pub fn summary(&self) -> String {
        let stats = &self.stats;
        let count = |n: &AtomicUsize| n.load(Ordering::Relaxed);
        let time = |n: &AtomicU64| {
            crate::timings::millis(std::time::Duration::from_nanos(n.load(Ordering::Relaxed)))
        };
        let cache = match &self.disk {
            Some(disk) => format!(
                "{} from the cache ({})",
                count(&stats.from_disk),
                disk.path().display()
            ),
            None => "no cache".to_owned(),
        };
        format!(
            "{} license files, {} summed over threads: {} standard texts, {} templates, {} repeats, {} scored ({}), {cache}",
            count(&stats.files),
            time(&stats.file_nanos),
            count(&stats.exact),
            count(&stats.template),
            count(&stats.repeated),
            count(&stats.scored),
            time(&stats.scored_nanos),
        )
    }

    /// Detects the license in a file. Text that is not UTF-8 is read as Latin-1, which real
    /// license files from older projects often are.
    pub fn detect_file(&self, path: &Path) -> std::io::Result<Option<Detection>> {
        let start = Instant::now();
        let bytes = super::files::read(path)?;
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => err.into_bytes().iter().map(|&b| char::from(b)).collect(),
        };
        let found = self.detect_text(&text);
        self.stats.files.fetch_add(1, Ordering::Relaxed);
        add_elapsed(&self.stats.file_nanos, start);
        Ok(found)
    }

    /// Detects the license in a text.
    pub fn detect_text(&self, text: &str) -> Option<Detection> {
        let normalized = normalize(text);
        if normalized.is_empty() {
            return None;
        }
        let key = hash(&normalized);
        if let Some(known) = self.lock_cache().get(&key) {
            self.stats.repeated.fetch_add(1, Ordering::Relaxed);
            return known.clone();
        }
        // A warm cache answers every text it has seen, so a second run needs neither the
        // reference index (normalising ~700 texts) nor the scorer.
        let disk_key = self.disk.as_ref().map(|_| DiskCache::key(&normalized));
        if let (Some(disk), Some(disk_key)) = (&self.disk, &disk_key) {
            if let Some(known) = disk.get(disk_key) {
                self.stats.from_disk.fetch_add(1, Ordering::Relaxed);
                self.lock_cache().insert(key, known.clone());
                return known;
            }
        }
        let detection = self.detect_new(text, &normalized, key);
        self.lock_cache().insert(key, detection.clone());
        if let (Some(disk), Some(disk_key)) = (&self.disk, disk_key) {
            disk.insert(disk_key, detection.clone());
        }
        detection
    }

    /// A text neither cache knows: a reference text, a template, else the scorer.
    fn detect_new(&self, text: &str, normalized: &str, key: u64) -> Option<Detection> {
        if let Some(known) = self.standard(normalized, key) {
            let counter = match known.method {
                Method::Exact => &self.stats.exact,
                _ => &self.stats.template,
            };
            counter.fetch_add(1, Ordering::Relaxed);
            return Some(known);
        }
        let start = Instant::now();
        let detection = match self.combine_sections(text, self.score(text, normalized)) {
            Some(found) if found.confidence >= NOTICE_BELOW => Some(found),
            weak => gnu_notice(normalized)
                .map(|license| Detection {
                    license,
                    confidence: 1.0,
                    method: Method::Notice,
                })
                .or(weak),
        };
        self.stats.scored.fetch_add(1, Ordering::Relaxed);
        add_elapsed(&self.stats.scored_nanos, start);
        detection
    }

    /// The answers that need no scorer: a reference text (by the hash `key` of the normalised
    /// text), else a template of a common license with its variable parts filled in.
    fn standard(&self, normalized: &str, key: u64) -> Option<Detection> {
        if let Some(id) = self.reference().get(&key) {
            return Some(Detection {
                license: (*id).to_owned(),
                confidence: 1.0,
                method: Method::Exact,
            });
        }
        super::template::matching(normalized).map(|id| Detection {
            license: id.to_owned(),
            confidence: TEMPLATE_CONFIDENCE,
            method: Method::Template,
        })
    }

    /// The first of `candidates` that a section of the file is on its own: how an ambiguous
    /// declaration (`BSD`) is settled by a file whose own license text is followed by others
    /// (SciPy's BSD-3-Clause, which says "copyright owner", then its bundled GPL components').
    /// Scoring every section of every file would find licenses in fragments; this looks only for
    /// what the package said it is.
    pub fn find_candidate(&self, path: &Path, candidates: &[String]) -> Option<Detection> {
        let bytes = super::files::read(path).ok()?;
        let text = String::from_utf8_lossy(&bytes);
        split_sections(&text).into_iter().find_map(|section| {
            self.section_license(section)
                .filter(|found| candidates.contains(&found.license))
        })
    }

    /// One section of a file, on its own: a reference text, a template, or the scorer's
    /// confident best, which the cache between runs keeps (loading the scorer alone takes longer
    /// than a warm scan of a virtualenv).
    fn section_license(&self, section: &str) -> Option<Detection> {
        let normalized = normalize(section);
        if normalized.split(' ').count() < 30 {
            return None;
        }
        // Keyed apart from whole texts: a whole file is also scanned for several licenses.
        let key = DiskCache::key(&format!("section\n{normalized}"));
        if let Some(known) = self.disk.as_ref().and_then(|disk| disk.get(&key)) {
            return known;
        }
        let found = match self.standard(&normalized, hash(&normalized)) {
            Some(known) => Some(known),
            None => {
                let best = self.store()?.analyze(&TextData::new(section));
                (best.score >= 0.9).then(|| Detection {
                    license: canonical_id(best.name),
                    confidence: (best.score * 100.0).round() / 100.0,
                    method: Method::Scored,
                })
            }
        };
        if let Some(disk) = &self.disk {
            disk.insert(key, found.clone());
        }
        found
    }

    /// Files that concatenate licenses between separator lines (`-----`) hold texts the
    /// whole-text scorer hides behind the longest one: add every section that is a license on its
    /// own (a reference text, or a confident score: SciPy's BSD text says "copyright owner").
    fn combine_sections(&self, text: &str, whole: Option<Detection>) -> Option<Detection> {
        let sections: Vec<&str> = split_sections(text);
        if sections.len() < 2 {
            return whole;
        }
        let mut ids: Vec<String> = sections
            .iter()
            .filter_map(|section| self.reference().get(&hash(&normalize(section))))
            .map(|id| (*id).to_owned())
            .collect();
        if ids.is_empty() {
            return whole;
        }
        let confidence = whole.as_ref().map_or(1.0, |w| w.confidence);
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
        })
    }

    fn lock_cache(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Option<Detection>>> {
        // A panic elsewhere cannot leave the map half-written: inserts are single calls.
        self.cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The slow path: askalono's scorer, then its elimination scan for concatenated texts.
    fn score(&self, text: &str, normalized: &str) -> Option<Detection> {
        let mut detection = self.score_texts(text)?;
        // Two decimals: enough for a person, and the same on every platform.
        detection.confidence = (detection.confidence * 100.0).round() / 100.0;
        let exception = exception_in(normalized);
        let ids: Vec<String> = detection
            .license
            .split(" AND ")
            .map(|id| match VARIANTS.iter().find(|v| v.0 == id) {
                Some((_, marker, base)) if !normalized.contains(marker) => (*base).to_owned(),
                _ => id.to_owned(),
            })
            .filter(|id| id != "NOASSERTION")
            .map(|id| match exception {
                // An exception's text appended to its license (`Apache-2.0 WITH LLVM-exception`).
                Some(exception) if id.starts_with("Apache-2.0") || id.starts_with("GPL") => {
                    format!("{id} WITH {exception}")
                }
                _ => id,
            })
            .collect();
        detection.license = ids.join(" AND ");
        Some(detection)
    }

    /// askalono's store of license texts, loaded once per run.
    fn store(&self) -> Option<&Store> {
        self.store
            .get_or_init(|| Store::load_inline().ok())
            .as_ref()
    }

    fn score_texts(&self, text: &str) -> Option<Detection> {
        let store = self.store()?;
        let data = TextData::new(text);
        let best = store.analyze(&data);
        // A near-exact whole-text match; lower, the file may hold several texts (MIT then Apache).
        if best.score >= 0.98 {
            return Some(Detection {
                license: canonical_id(best.name),
                confidence: best.score,
                method: Method::Scored,
            });
        }
        let scanner = Scanner::with_scan_mode(store, ScanMode::Elimination)
            .confidence_threshold(MIN_SCORE)
            .optimize(true)
            .max_passes(4);
        let scan = scanner.scan(&data);
        let mut found: Vec<(String, f32)> = scan
            .containing
            .iter()
            .map(|c| (canonical_id(c.license.name), c.score))
            .collect();
        // The scan finds the longest text; a shorter one before or after it (MIT above the GPL,
        // a BSD text after a dual-licensing note) is looked for in what the found texts leave.
        let covered: Vec<(usize, usize)> = scan.containing.iter().map(|c| c.line_range).collect();
        for chunk in uncovered_chunks(text, &covered) {
            if let Some(found_in_chunk) = self.identify(store, chunk) {
                found.push(found_in_chunk);
            }
        }
        if found.is_empty() {
            if let Some(license) = scan.license {
                found.push((canonical_id(license.name), scan.score));
            } else if best.score >= MIN_SCORE {
                found.push((canonical_id(best.name), best.score));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found.dedup_by(|a, b| a.0 == b.0);
        let confidence = found.iter().map(|f| f.1).fold(f32::INFINITY, f32::min);
        let method = if found.len() > 1 {
            Method::Scan
        } else {
            Method::Scored
        };
        let license = found
            .into_iter()
            .map(|f| f.0)
            .collect::<Vec<_>>()
            .join(" AND ");
        (!license.is_empty()).then_some(Detection {
            license,
            confidence,
            method,
        })
    }

    /// One text, no scan: an exact reference match, or the scorer's best if it is confident.
    fn identify(&self, store: &Store, text: &str) -> Option<(String, f32)> {
        let normalized = normalize(text);
        if normalized.split(' ').count() < 30 {
            return None;
        }
        if let Some(id) = self.reference().get(&hash(&normalized)) {
            return Some(((*id).to_owned(), 1.0));
        }
        let best = store.analyze(&TextData::new(text));
        (best.score >= 0.9).then(|| (canonical_id(best.name), best.score))
    }

    /// Normalised SPDX reference texts → id, built once per run. Deprecated ids are skipped so
    /// that texts shared by several ids (`GPL-2.0`, `GPL-2.0-only`) resolve to a current one.
    fn reference(&self) -> &HashMap<u64, &'static str> {
        self.reference.get_or_init(|| {
            // Normalising the ~700 texts is most of a small scan's detection time: in parallel,
            // then inserted in list order so that the first id of a shared text wins.
            let hashes: Vec<(&'static str, Vec<u64>)> = spdx::text::LICENSE_TEXTS
                .par_iter()
                .filter(|(id, _)| spdx::license_id(id).is_some_and(|l| !l.is_deprecated()))
                .map(|&(id, text)| (id, reference_hashes(text)))
                .collect();
            let mut index = HashMap::new();
            for (id, hashes) in hashes {
                for hash in hashes {
                    index.entry(hash).or_insert(id);
                }
            }
            index
        })
    }
}

/// How sure a template match is: the fixed words are all there, the filled-in parts are short.
const TEMPLATE_CONFIDENCE: f32 = 0.99;

/// Adds the time since `start` to a counter of nanoseconds.
fn add_elapsed(counter: &AtomicU64, start: Instant) {
    let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
    counter.fetch_add(nanos, Ordering::Relaxed);
}

/// The hashes a reference text is known by: the whole normalised text, the text up to "END OF
/// TERMS AND CONDITIONS" (many copies stop before the "How to apply" appendix), and SPDX's
/// LGPL-3.0 without the GPL-3.0 it appends (real copies do not). None for `NOASSERTION` and the
/// few stubs that have (almost) no text.
fn reference_hashes(text: &str) -> Vec<u64> {
    let normalized = normalize(text);
    if normalized.len() < 100 {
        return Vec::new();
    }
    let mut hashes = vec![hash(&normalized)];
    if let Some(end) = normalized.find(END_OF_TERMS) {
        hashes.push(hash(&normalized[..end + END_OF_TERMS.len()]));
    }
    if let Some(start) = normalized.find(GPL_3_TITLE).filter(|&at| at > 0) {
        hashes.push(hash(normalized[..start].trim_end()));
    }
    hashes
}

const END_OF_TERMS: &str = "end of terms and conditions";
const GPL_3_TITLE: &str = "gnu general public license version 3 29 june 2007";

/// A text scored below this is read for a GNU notice: a notice scores low against the full texts.
const NOTICE_BELOW: f32 = 0.9;

/// The license a GNU "how to apply" notice grants, when the text is one: `… under the terms of the
/// GNU Lesser General Public License as published by the Free Software Foundation, either version
/// 3 of the License, or (at your option) any later version` is `LGPL-3.0-or-later`; without the
/// "any later version" clause, `-only`. Many packages ship the notice instead of the license
/// (psycopg2). Extra permissions after it (an OpenSSL linking exception) only widen the grant.
fn gnu_notice(normalized: &str) -> Option<String> {
    const PUBLISHED: &str = " as published by the free software foundation ";
    const FAMILIES: [(&str, &str); 4] = [
        ("gnu affero general public license", "AGPL"),
        ("gnu lesser general public license", "LGPL"),
        ("gnu library general public license", "LGPL"),
        ("gnu general public license", "GPL"),
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
        rest.starts_with(" of the licen")
            .then_some((*version, rest))
    })?;
    let later = rest.starts_with(" of the license or at your option any later version")
        || rest.starts_with(" of the licence or at your option any later version");
    let id = format!(
        "{family}-{version}-{}",
        if later { "or-later" } else { "only" }
    );
    spdx::license_id(&id).map(|_| id)
}

/// The runs of lines of `text` outside the `covered` line ranges (start inclusive, end exclusive).
fn uncovered_chunks<'t>(text: &'t str, covered: &[(usize, usize)]) -> Vec<&'t str> {
    let mut chunks = Vec::new();
    let (mut start, mut offset) = (None, 0);
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let inside = covered.iter().any(|&(from, to)| (from..to).contains(&i));
        match (inside, start) {
            (false, None) => start = Some(offset),
            (true, Some(from)) => {
                chunks.push(&text[from..offset]);
                start = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some(from) = start {
        chunks.push(&text[from..]);
    }
    if covered.is_empty() {
        Vec::new()
    } else {
        chunks
    }
}

/// The parts of a text between separator lines: a line of four or more `-`, `=`, `*`, `_` or `#`
/// (SciPy's wheel puts `----` between its own license and the bundled components').
fn split_sections(text: &str) -> Vec<&str> {
    let is_separator = |line: &str| {
        let line = line.trim();
        line.len() >= 4
            && line
                .chars()
                .all(|c| c == line.chars().next().unwrap_or(' '))
            && "-=*_#".contains(&line[..1])
    };
    let mut sections = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if is_separator(line) {
            sections.push(&text[start..offset]);
            start = offset + line.len();
        }
        offset += line.len();
    }
    sections.push(&text[start..]);
    sections.retain(|s| !s.trim().is_empty());
    sections
}

/// The SPDX exception whose (normalised) text appears in the normalised text, if any.
fn exception_in(normalized: &str) -> Option<&'static str> {
    static EXCEPTIONS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    let exceptions = EXCEPTIONS.get_or_init(|| {
        spdx::text::EXCEPTION_TEXTS
            .iter()
            .filter(|(id, _)| spdx::exception_id(id).is_some_and(|e| !e.is_deprecated()))
            .map(|&(id, text)| (id, normalize(text)))
            // Very short texts would match by accident.
            .filter(|(_, text)| text.len() > 200)
            .collect()
    });
    exceptions
        .iter()
        .find(|(_, text)| normalized.contains(text.as_str()))
        .map(|(id, _)| *id)
}

/// Licenses whose text is another license's with a name added: askalono may score a plain copy of
/// the base license as the variant, so the variant needs its name in the text.
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
        "remote network interaction",
        "GPL-3.0-only",
    ),
    (
        "AGPL-3.0-or-later",
        "remote network interaction",
        "GPL-3.0-only",
    ),
];

/// askalono names a few texts by their deprecated ids; the report uses current ones. A GNU text
/// alone cannot say "or later" (that is in each file's notice), so it reads as `-only`, the
/// narrower grant, as the reference index does.
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

/// The words of a license text without what varies between copies of the same license: line
/// wrapping, case, punctuation, markdown, the title line and the copyright statements.
pub fn normalize(text: &str) -> String {
    let mut words = String::with_capacity(text.len());
    let mut lines = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|line| {
            line.trim()
                .trim_start_matches(['#', '*', '>', '=', '-', ' '])
        })
        .filter(|line| !line.is_empty())
        .peekable();
    if lines.peek().is_some_and(|first| is_title(first)) {
        lines.next();
    }
    for line in lines.filter(|line| !is_copyright_statement(line)) {
        for word in line
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if !words.is_empty() {
                words.push(' ');
            }
            // Most license text is ASCII: lower-cased in place, not char by char.
            if word.is_ascii() {
                let start = words.len();
                words.push_str(word);
                words[start..].make_ascii_lowercase();
            } else {
                words.extend(word.chars().flat_map(char::to_lowercase));
            }
        }
    }
    words
}

/// `MIT License`, `The MIT License (MIT)`, `BSD 3-Clause License`, `Apache License`.
fn is_title(line: &str) -> bool {
    let lower = line.to_lowercase();
    (lower.contains("license") || lower.contains("licence"))
        && line.split_whitespace().count() <= 6
        && !lower.contains("permission")
}

/// `Copyright (c) 2015 Foo`, `(c) Foo`, `© Foo`, `Copyright 2012 Foo`, `Copyright Joyent, Inc.`,
/// `All rights reserved.` — but not a wrapped sentence that happens to start with the word, such as
/// `copyright license to reproduce, prepare Derivative Works of` (Apache-2.0 §2).
fn is_copyright_statement(line: &str) -> bool {
    // Only the start of the line decides; lower-casing all of every line was a hot spot.
    let lower: String = line.chars().take(40).flat_map(char::to_lowercase).collect();
    // `(c) 2015 Foo`, but not a list item such as Apache-2.0 §4 `(c) You must retain, …`.
    let after_c = lower.strip_prefix("(c)").map(str::trim_start);
    if after_c.is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        || lower.starts_with('©')
        || lower.starts_with("all rights reserved")
    {
        return true;
    }
    let Some(after) = ["copyright", "portions copyright"]
        .iter()
        .find_map(|prefix| lower.strip_prefix(prefix))
        .map(str::trim_start)
    else {
        return false;
    };
    if after.starts_with("(c)")
        || after.starts_with('©')
        || after.starts_with('<')
        || after.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // `Copyright Joyent, Inc.`: a capitalised name after a capitalised `Copyright`.
    let mut words = line.split_whitespace();
    let (Some("Copyright"), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    next.starts_with(|c: char| c.is_uppercase())
        && !["Holder", "Holders", "Notice", "License", "Owner", "Owners"]
            .contains(&next.trim_end_matches([',', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIT_BODY: &str =
        "Permission is hereby granted, free of charge, to any person obtaining a copy
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
    fn copyright_lines_are_told_from_wrapped_sentences() {
        assert!(is_copyright_statement("Copyright (c) 2015 Foo"));
        assert!(is_copyright_statement(
            "copyright 2019 The Rust Project Developers"
        ));
        assert!(is_copyright_statement("(c) 2015 Foo"));
        assert!(!is_copyright_statement(
            "(c) You must retain, in the Source form of any Derivative Works"
        ));
        assert!(is_copyright_statement("All rights reserved."));
        assert!(!is_copyright_statement(
            "copyright notice and this permission notice shall be included in all"
        ));
        assert!(!is_copyright_statement(
            "copyright notice, this list of conditions and the following disclaimer."
        ));
        assert!(!is_copyright_statement("Permission is hereby granted"));
        assert!(!is_copyright_statement(
            "copyright license to reproduce, prepare Derivative Works of,"
        ));
        assert!(!is_copyright_statement(
            "COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY EXPRESS"
        ));
        assert!(is_copyright_statement(
            "Copyright Joyent, Inc. and other Node contributors."
        ));
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
