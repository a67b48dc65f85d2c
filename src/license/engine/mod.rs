//! The license-text engine: which reference license texts does a file hold, where, and how
//! closely?
//!
//! A text is read once into word ids ([`Engine::query`]); words that no reference text holds get
//! an id that never matches. Then, for a range of the query:
//!
//! 1. **Candidates.** Every word trigram of the range is looked up in an inverted index (trigram →
//!    the reference texts holding it), so one pass counts, for every reference text at once, how
//!    many of its trigrams the range holds. A reference text is a candidate when the range holds
//!    at least half of its trigrams.
//! 2. **Where.** For the strongest candidates, the positions of their trigrams in the range fall
//!    into groups; the run of whole groups about as long as the reference text holding the most
//!    distinct trigrams is where it would stand (two copies of a text are found one by one).
//! 3. **Verification.** The best few are aligned with that window by the longest chain of shared
//!    trigrams in order (`align`): the words found give the score,
//!    `2·matched / (reference words + matched span)`, and the span gives the lines. Then
//!    `choose` picks among them.
//!
//! A file that holds several licenses is split by what matched where ([`Engine::find_all`]): the
//! best match's span is taken out and the parts before and after it are searched again.
//!
//! The tables (vocabulary, reference texts as word ids, the trigram index, a hash of each whole
//! text for exact matches) are made by `build.rs` from the `spdx` crate's texts (see
//! `reference`) and read in place: a run builds only a hash map of the vocabulary (0.6 ms).

// `Tables` is the build script's (build.rs makes the tables with it); the engine uses the helpers.
#[allow(dead_code)]
mod reference;
pub mod text;

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use self::reference::{MIN_TOKENS, UNKNOWN, sequence_hash, trigram};
pub use self::text::normalize;

macro_rules! table {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

static WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/words.txt"));
static ENTRIES: &str = include_str!(concat!(env!("OUT_DIR"), "/entries.txt"));
static TOKENS: &[u8] = table!("tokens.bin");
static KEYS: &[u8] = table!("keys.bin");
static HEADS: &[u8] = table!("heads.bin");
static OFFSETS: &[u8] = table!("offsets.bin");
static POSTINGS: &[u8] = table!("postings.bin");
static EXACT: &[u8] = table!("exact.bin");

/// A reference text is a candidate when a range holds at least this share of its trigrams.
const CONTAINMENT: f32 = 0.5;

/// How many candidates (by share of their trigrams held) get a window.
const CANDIDATES: usize = 10;

/// How many windows (the best by trigram share, within [`MARGIN`] of the best) are aligned.
const VERIFIED: usize = 3;
const MARGIN: f32 = 0.1;

/// Words of slack around a window when aligning it.
const SLACK: usize = 16;

/// The most licenses [`Engine::find_all`] reports in one text.
const MAX_MATCHES: usize = 64;

/// A run of matching words no longer than this at either end of an alignment does not extend
/// the match (a stray common phrase after the text, such as "of the software").
const EDGE_RUN: usize = 3;

/// One reference text, as the build wrote it.
struct Entry {
    license: &'static str,
    start: usize,
    len: usize,
    /// Distinct trigrams that tell texts apart (held by at most `MAX_HOLDERS` texts).
    grams: u32,
    /// An exception's text.
    exception: bool,
}

/// The engine: the reference tables of this build, read in place.
pub struct Engine {
    vocabulary: FxHashMap<&'static str, u32>,
    entries: Vec<Entry>,
}

/// A text as word ids, with the line of each word.
#[derive(Debug, Default, Clone)]
pub struct Query {
    tokens: Vec<u32>,
    lines: Vec<u32>,
}

impl Query {
    /// How many words the text has (after the title and copyright lines are dropped).
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// A reference text found in a query.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The SPDX id.
    pub license: &'static str,
    /// An exception's text (`LLVM-exception`), not a license's.
    pub exception: bool,
    /// `2·matched / (reference words + span words)`: 1 for a word-for-word copy.
    pub score: f32,
    /// Words of the reference text found, in order.
    pub matched: usize,
    /// Words of the reference text.
    pub reference_words: usize,
    /// The query words the match spans.
    pub span: Range<usize>,
    /// The first and last line of the span (1-based).
    pub lines: (u32, u32),
}

impl Match {
    /// The score against all of `words` rather than the span: how much of the whole text this
    /// one license explains.
    pub fn score_against(&self, words: usize) -> f32 {
        ratio(self.matched, self.reference_words + words)
    }
}

fn ratio(matched: usize, total: usize) -> f32 {
    #[allow(clippy::cast_precision_loss)] // word counts are far below 2^24
    let score = (2 * matched) as f32 / total.max(1) as f32;
    score.min(1.0)
}

fn u16_at(bytes: &[u8], index: usize) -> u16 {
    u16::from_le_bytes([bytes[2 * index], bytes[2 * index + 1]])
}

fn u32_at(bytes: &[u8], index: usize) -> u32 {
    let at = 4 * index;
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

fn u64_at(bytes: &[u8], index: usize) -> u64 {
    let at = 8 * index;
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

impl Engine {
    /// The engine of this build, made on first use.
    pub fn get() -> &'static Engine {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        ENGINE.get_or_init(Engine::load)
    }

    /// Reads this build's tables (what [`Engine::get`] does once): the vocabulary's hash map is
    /// the only thing built.
    pub fn load() -> Engine {
        let vocabulary = WORDS
            .lines()
            .enumerate()
            .map(|(id, word)| (word, u32::try_from(id).unwrap_or(UNKNOWN)))
            .collect();
        let entries = ENTRIES
            .lines()
            .filter_map(|line| {
                let mut fields = line.split(' ');
                let license = fields.next()?;
                let mut number = || fields.next()?.parse::<usize>().ok();
                let (start, len, grams) = (number()?, number()?, number()?);
                let exception = number()? == 1;
                Some(Entry {
                    license,
                    start,
                    len,
                    grams: u32::try_from(grams).ok()?,
                    exception,
                })
            })
            .collect();
        Engine {
            vocabulary,
            entries,
        }
    }

    /// How many reference texts (and shorter forms of them) the engine knows.
    pub fn references(&self) -> usize {
        self.entries.len()
    }

    /// Reads a text into word ids.
    pub fn query(&self, text: &str) -> Query {
        let mut query = Query::default();
        let mut buffer = String::new();
        text::for_each_word(text, &mut buffer, |line, word| {
            query
                .tokens
                .push(self.vocabulary.get(word).copied().unwrap_or(UNKNOWN));
            query.lines.push(line);
        });
        query
    }

    /// Makes the query of a text already normalised ([`text::normalize_with_lines`]): its words
    /// and the line of each.
    pub fn query_normalized(&self, normalized: &str, lines: &[u32]) -> Query {
        let tokens = normalized
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|word| self.vocabulary.get(word).copied().unwrap_or(UNKNOWN))
            .collect();
        Query {
            tokens,
            lines: lines.to_vec(),
        }
    }

    fn tokens(&self, entry: usize) -> impl ExactSizeIterator<Item = u32> + '_ {
        let entry = &self.entries[entry];
        (entry.start..entry.start + entry.len).map(|i| u32_at(TOKENS, i))
    }

    /// The license whose reference text the whole query is, word for word.
    pub fn exact(&self, query: &Query) -> Option<&'static str> {
        if query.tokens.len() < MIN_TOKENS || query.tokens.contains(&UNKNOWN) {
            return None;
        }
        let hash = sequence_hash(&query.tokens);
        const RECORD: usize = 10;
        let records = EXACT.len() / RECORD;
        let hash_at = |i: usize| {
            let mut word = [0; 8];
            word.copy_from_slice(&EXACT[i * RECORD..i * RECORD + 8]);
            u64::from_le_bytes(word)
        };
        let mut at = partition(records, |i| hash_at(i) < hash);
        while at < records && hash_at(at) == hash {
            let entry = usize::from(u16::from_le_bytes([
                EXACT[at * RECORD + 8],
                EXACT[at * RECORD + 9],
            ]));
            // An exception's text alone is no license.
            if !self.entries[entry].exception && self.tokens(entry).eq(query.tokens.iter().copied())
            {
                return Some(self.entries[entry].license);
            }
            at += 1;
        }
        None
    }

    /// Where the entries holding a trigram are listed in `POSTINGS`.
    fn posting_range(&self, key: u64) -> Range<u32> {
        let head = usize::try_from(key >> 42).unwrap_or(usize::MAX);
        let heads = HEADS.len() / 4;
        let (from, to) = if head + 1 < heads {
            (
                u32_at(HEADS, head) as usize,
                u32_at(HEADS, head + 1) as usize,
            )
        } else {
            (0, 0)
        };
        let at = from + partition(to - from, |i| u64_at(KEYS, from + i) < key);
        if at < to && u64_at(KEYS, at) == key {
            u32_at(OFFSETS, at)..u32_at(OFFSETS, at + 1)
        } else {
            0..0
        }
    }

    /// The entries that hold a trigram.
    #[cfg(test)]
    fn postings(&self, key: u64) -> impl Iterator<Item = usize> {
        entries_in(self.posting_range(key))
    }

    /// The trigrams of the query that some reference text holds and that tell texts apart, in
    /// order, each looked up once for all the ranges [`Engine::find_all`] searches.
    fn grams(&self, query: &Query) -> Vec<Gram> {
        query
            .tokens
            .windows(3)
            .zip(0u32..)
            .filter(|(w, _)| !w.contains(&UNKNOWN))
            .map(|(w, at)| {
                let key = trigram(w[0], w[1], w[2]);
                Gram {
                    key,
                    at,
                    postings: self.posting_range(key),
                }
            })
            .filter(|gram| {
                !gram.postings.is_empty() && gram.postings.len() <= reference::MAX_HOLDERS
            })
            .collect()
    }

    /// Every reference text found in the query with at least `min_score`, in the order they
    /// stand: the best match of the whole text, then of what stands before and after it, and so
    /// on.
    pub fn find_all(&self, query: &Query, min_score: f32) -> Vec<Match> {
        let grams = self.grams(query);
        let mut found: Vec<Match> = Vec::new();
        // The ranges still to search; the whole text first.
        let mut todo: Vec<Range<usize>> = Vec::with_capacity(2 * MAX_MATCHES + 1);
        todo.push(0..query.tokens.len());
        while let Some(range) = todo.pop() {
            if found.len() >= MAX_MATCHES {
                break;
            }
            let Some(best) = self.best_in(query, &grams, range.clone(), min_score) else {
                continue;
            };
            // What stands after, then what stands before: the stack is read from its end.
            todo.push(best.span.end..range.end);
            todo.push(range.start..best.span.start);
            found.push(best);
        }
        found.sort_by_key(|m| m.span.start);
        found
    }

    /// The reference text that best matches a part of `range` of the query, with at least
    /// `min_score`.
    pub fn best(&self, query: &Query, range: Range<usize>, min_score: f32) -> Option<Match> {
        self.best_in(query, &self.grams(query), range, min_score)
    }

    fn best_in(
        &self,
        query: &Query,
        all_grams: &[Gram],
        range: Range<usize>,
        min_score: f32,
    ) -> Option<Match> {
        let words = &query.tokens[range.clone()];
        if words.len() < MIN_TOKENS {
            return None;
        }
        // The trigrams wholly inside the range, with where they start in it.
        let first = all_grams.partition_point(|g| (g.at as usize) < range.start);
        let last = all_grams.partition_point(|g| (g.at as usize) + 3 <= range.end);
        let offset = u32::try_from(range.start).ok()?;
        let grams: Vec<(u32, &Gram)> = all_grams[first..last.max(first)]
            .iter()
            .map(|g| (g.at - offset, g))
            .collect();
        let mut distinct: Vec<&Gram> = grams.iter().map(|g| g.1).collect();
        distinct.sort_unstable_by_key(|g| g.key);
        distinct.dedup_by_key(|g| g.key);
        // 1. How many of each reference text's trigrams the range holds, all texts in one pass.
        let mut shared = vec![0u32; self.entries.len()];
        for gram in &distinct {
            for entry in entries_in(gram.postings.clone()) {
                shared[entry] += 1;
            }
        }
        let containment = |entry: usize| {
            #[allow(clippy::cast_precision_loss)]
            let share = shared[entry] as f32 / self.entries[entry].grams.max(1) as f32;
            share
        };
        let mut candidates: Vec<usize> = (0..self.entries.len())
            .filter(|&e| shared[e] > 0 && containment(e) >= CONTAINMENT)
            .collect();
        if candidates.is_empty() {
            return None;
        }
        // The texts the range holds most completely, the largest first: in a long range that
        // holds many texts, a short one held whole (BSD-3-Clause) outranks a long one that only
        // shares its common phrases with the range.
        candidates.sort_by(|&a, &b| {
            containment(b)
                .total_cmp(&containment(a))
                .then(shared[b].cmp(&shared[a]))
                .then(a.cmp(&b))
        });
        candidates.truncate(CANDIDATES);
        // 2. Where each candidate stands: the densest window of its trigrams.
        let mut slot = vec![u8::MAX; self.entries.len()];
        for (n, &entry) in candidates.iter().enumerate() {
            slot[entry] = u8::try_from(n).unwrap_or(u8::MAX);
        }
        let mut hits: Vec<Vec<(u32, u64)>> = vec![Vec::new(); candidates.len()];
        for &(at, gram) in &grams {
            for entry in entries_in(gram.postings.clone()) {
                if let Some(list) = hits.get_mut(usize::from(slot[entry])) {
                    list.push((at, gram.key));
                }
            }
        }
        let mut windows: Vec<(usize, f32, Range<usize>)> = candidates
            .iter()
            .zip(&hits)
            .map(|(&entry, hits)| {
                let (distinct, window) = densest(hits, self.entries[entry].len);
                #[allow(clippy::cast_precision_loss)]
                let share = distinct as f32 / self.entries[entry].grams.max(1) as f32;
                (entry, share, window)
            })
            .collect();
        // The largest texts first among equal shares: a text that holds all of another and more
        // (BSD-2-Clause-Views and BSD-2-Clause) has the same share when both are there.
        // Shares compared to the hundredth: a long text held at 0.996 (OpenSSL, whose two parts
        // are each a text of their own) is as present as its parts held whole.
        let percent = |share: f32| (share * 100.0).round() as u32;
        windows.sort_by(|a, b| {
            percent(b.1)
                .cmp(&percent(a.1))
                .then(self.entries[b.0].grams.cmp(&self.entries[a.0].grams))
                .then(a.0.cmp(&b.0))
        });
        let top = windows.first().map_or(0.0, |w| w.1);
        let close: Vec<&(usize, f32, Range<usize>)> = windows
            .iter()
            .filter(|w| w.1 >= CONTAINMENT && w.1 >= top - MARGIN)
            .collect();
        // 3. Word-by-word alignment of the best few, and of the best common license among the
        // close ones, which a rare variant must beat (see `choose`).
        let common = close
            .iter()
            .skip(VERIFIED)
            .find(|w| is_common(self.entries[w.0].license));
        let verified: Vec<Verified> = close
            .iter()
            .take(VERIFIED)
            .chain(common)
            .filter_map(|(entry, _, window)| {
                // The window stands on the telling trigrams only; a text's common parts (MIT's
                // disclaimer) may lie outside it: widen it to the reference's length each way.
                let widen = SLACK + self.entries[*entry].len.saturating_sub(window.len());
                let from = window.start.saturating_sub(widen);
                let to = (window.end + widen).min(words.len());
                let alignment = self.align(*entry, &words[from..to])?;
                let span = range.start + from + alignment.span.start
                    ..range.start + from + alignment.span.end;
                let found = Match {
                    license: self.entries[*entry].license,
                    exception: self.entries[*entry].exception,
                    score: ratio(alignment.matched, self.entries[*entry].len + span.len()),
                    matched: alignment.matched,
                    reference_words: self.entries[*entry].len,
                    lines: (query.lines[span.start], query.lines[span.end - 1]),
                    span,
                };
                // A short text (a header) tolerates fewer changed words.
                let floor = if found.reference_words < SHORT {
                    min_score.max(SHORT_SCORE)
                } else {
                    min_score
                };
                (found.score >= floor).then_some(Verified {
                    entry: *entry,
                    found,
                    reference_runs: alignment.reference_runs,
                })
            })
            .collect();
        self.choose(&verified).map(|chosen| chosen.found.clone())
    }

    /// Which of the verified candidates a range holds. The one that explains the most words wins
    /// (a stack of licenses over one of its parts); among those that cover about the same words,
    /// the closest; and a common license over a rare variant of it that matched none of the
    /// variant's own words (SPDX has a dozen BSD-3-Clause variants that differ from it by a
    /// holder's name or a phrase: a copy naming its own holder aligns with them about as well).
    fn choose<'v>(&self, verified: &'v [Verified]) -> Option<&'v Verified> {
        // Candidates may stand at different places (two copies of a text, or two texts): the
        // place of the closest match decides, and only the candidates standing there compete.
        let top = verified.iter().min_by(|a, b| {
            b.found
                .score
                .total_cmp(&a.found.score)
                .then(b.found.matched.cmp(&a.found.matched))
                .then(a.entry.cmp(&b.entry))
        })?;
        let verified: Vec<&Verified> = verified
            .iter()
            .filter(|v| same_place(&v.found.span, &top.found.span))
            .collect();
        let most = verified.iter().copied().min_by(|a, b| {
            b.found
                .matched
                .cmp(&a.found.matched)
                .then(b.found.score.total_cmp(&a.found.score))
                .then(a.entry.cmp(&b.entry))
        })?;
        // Among texts that cover about the same words, each is scored over the words either
        // covers: a text that is another plus a paragraph wins when the paragraph is there.
        let over_both = |v: &Verified| {
            let both = v.found.span.start.min(most.found.span.start)
                ..v.found.span.end.max(most.found.span.end);
            ratio(v.found.matched, v.found.reference_words + both.len())
        };
        let closest = verified
            .iter()
            .copied()
            .filter(|v| overlap(&v.found.span, &most.found.span) >= SAME_WORDS)
            .min_by(|a, b| {
                over_both(b)
                    .total_cmp(&over_both(a))
                    .then(b.found.matched.cmp(&a.found.matched))
                    .then(a.entry.cmp(&b.entry))
            })?;
        if is_common(closest.found.license) {
            return Some(closest);
        }
        let common = verified
            .iter()
            .copied()
            .filter(|v| is_common(v.found.license))
            .filter(|v| overlap(&v.found.span, &closest.found.span) >= SAME_WORDS)
            .filter(|v| v.found.score >= closest.found.score - VARIANT_MARGIN)
            .min_by(|a, b| b.found.score.total_cmp(&a.found.score));
        match common {
            Some(common) if self.own_words_matched(closest, common.entry) < OWN_WORDS => {
                Some(common)
            }
            _ => Some(closest),
        }
    }

    /// How many of the words that `variant`'s reference text has and `base`'s lacks were found:
    /// a variant's own words are those no trigram shared with `base` covers.
    fn own_words_matched(&self, variant: &Verified, base: usize) -> usize {
        let variant_tokens: Vec<u32> = self.tokens(variant.entry).collect();
        let base_keys = reference::distinct_trigrams(&self.tokens(base).collect::<Vec<u32>>());
        let mut shared = vec![false; variant_tokens.len()];
        for (at, w) in variant_tokens.windows(3).enumerate() {
            if base_keys.binary_search(&trigram(w[0], w[1], w[2])).is_ok() {
                shared[at..at + 3].fill(true);
            }
        }
        variant
            .reference_runs
            .iter()
            .flat_map(Clone::clone)
            .filter(|&word| !shared[word])
            .count()
    }

    /// The reference text's words found in order in `words`, at trigram grain: every trigram of
    /// `words` that stands in the reference is a pair (where in `words`, where in the
    /// reference), and the longest chain of pairs increasing in both (a longest increasing
    /// subsequence, `O(pairs · log pairs)`) is the alignment. A word counts as found when a
    /// trigram of the chain covers it, so a changed word costs itself only. Returns how many
    /// reference words were found, the span they cover in `words` (without short runs at either
    /// end: stray common phrases), and where they stand in the reference.
    fn align(&self, entry: usize, words: &[u32]) -> Option<Alignment> {
        let reference: Vec<u32> = self.tokens(entry).collect();
        let mut places: Vec<(u64, u32)> = reference
            .windows(3)
            .zip(0u32..)
            .map(|(w, at)| (trigram(w[0], w[1], w[2]), at))
            .collect();
        places.sort_unstable();
        // Pairs (query, reference, previous pair in the best chain ending here).
        let mut pairs: Vec<(u32, u32, u32)> = Vec::new();
        let mut tails: Vec<u32> = Vec::new();
        for (w, q) in words.windows(3).zip(0u32..) {
            if w.contains(&UNKNOWN) {
                continue;
            }
            let key = trigram(w[0], w[1], w[2]);
            let from = places.partition_point(|p| p.0 < key);
            let to = from + places[from..].iter().take_while(|p| p.0 == key).count();
            // Decreasing reference positions: two pairs of one query position never chain.
            for &(_, r) in places[from..to].iter().rev() {
                let length = tails.partition_point(|&t| pairs[t as usize].1 < r);
                let previous = length.checked_sub(1).map_or(u32::MAX, |l| tails[l]);
                let node = u32::try_from(pairs.len()).ok()?;
                pairs.push((q, r, previous));
                match tails.get_mut(length) {
                    Some(tail) => *tail = node,
                    None => tails.push(node),
                }
            }
        }
        let mut chain: Vec<(u32, u32)> = Vec::new();
        let mut node = *tails.last()?;
        while node != u32::MAX {
            let (q, r, previous) = pairs[node as usize];
            chain.push((q, r));
            node = previous;
        }
        chain.reverse();
        // Runs of consecutive pairs (both positions one further): the aligned stretches.
        let mut runs: Vec<(Range<usize>, Range<usize>)> = Vec::new();
        for &(q, r) in &chain {
            let (q, r) = (q as usize, r as usize);
            match runs.last_mut() {
                Some((qs, rs)) if qs.end == q + 2 && rs.end == r + 2 => {
                    qs.end = q + 3;
                    rs.end = r + 3;
                }
                _ => runs.push((q..q + 3, r..r + 3)),
            }
        }
        let first = runs.iter().position(|r| r.0.len() > EDGE_RUN)?;
        let last = runs.iter().rposition(|r| r.0.len() > EDGE_RUN)?;
        let kept = &runs[first..=last];
        // Runs may overlap by a word or two where a trigram repeats: count each word once.
        let mut covered = 0;
        let mut reference_runs: Vec<Range<usize>> = Vec::new();
        for (_, r) in kept {
            let start = reference_runs
                .last()
                .map_or(r.start, |l| l.end.max(r.start));
            if start < r.end {
                covered += r.end - start;
                reference_runs.push(start..r.end);
            }
        }
        Some(Alignment {
            matched: covered,
            span: kept[0].0.start..kept[kept.len() - 1].0.end,
            reference_runs,
        })
    }
}

/// A candidate aligned with the query.
struct Verified {
    entry: usize,
    found: Match,
    /// The runs of the reference text that matched.
    reference_runs: Vec<Range<usize>>,
}

struct Alignment {
    matched: usize,
    span: Range<usize>,
    reference_runs: Vec<Range<usize>>,
}

/// References shorter than this many words (headers, one-paragraph licenses) need at least
/// [`SHORT_SCORE`].
const SHORT: usize = 100;
const SHORT_SCORE: f32 = 0.9;

/// Two matches that overlap this much cover "about the same words".
const SAME_WORDS: f32 = 0.8;

/// A rare variant wins over a common license only by more than this score...
const VARIANT_MARGIN: f32 = 0.05;
/// ...or with at least this many of its own words found.
const OWN_WORDS: usize = 3;

/// The licenses most packages use: where a text aligns about as well with one of these as with
/// a rare variant of it, it is this one unless the variant's own words are there.
const COMMON: &[&str] = &[
    "0BSD",
    "AGPL-3.0-only",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSL-1.0",
    "BlueOak-1.0.0",
    "CC-BY-4.0",
    "CC0-1.0",
    "EPL-2.0",
    "GPL-2.0-only",
    "GPL-3.0-only",
    "ISC",
    "LGPL-2.1-only",
    "LGPL-3.0-only",
    "MIT",
    "MIT-0",
    "MPL-2.0",
    "OFL-1.1",
    "PSF-2.0",
    "Python-2.0",
    "Unicode-3.0",
    "Unlicense",
    "Zlib",
];

fn is_common(license: &str) -> bool {
    COMMON.contains(&license)
}

/// Whether two spans stand at the same place: they share at least half of the shorter.
fn same_place(a: &Range<usize>, b: &Range<usize>) -> bool {
    let shared = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    2 * shared >= a.len().min(b.len())
}

/// How much two spans overlap: the shared words over the words either covers.
fn overlap(a: &Range<usize>, b: &Range<usize>) -> f32 {
    let shared = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let either = a.end.max(b.end) - a.start.min(b.start);
    ratio(shared, 2 * either.max(1))
}

/// One trigram of a query that some reference text holds.
struct Gram {
    key: u64,
    /// The query word it starts at.
    at: u32,
    /// Where the entries holding it are listed in `POSTINGS`.
    postings: Range<u32>,
}

/// The entries listed in a range of `POSTINGS`.
fn entries_in(postings: Range<u32>) -> impl Iterator<Item = usize> {
    postings.map(|i| usize::from(u16_at(POSTINGS, i as usize)))
}

/// The first index in `0..len` for which `before` is false (`before` is true, then false).
fn partition(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, len);
    while low < high {
        let mid = low + (high - low) / 2;
        if before(mid) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

/// Where a candidate stands: `hits` (its trigrams' positions, sorted, with their keys) fall
/// into groups (consecutive hits at most [`GAP`] words apart: one copy of the text, or a part of
/// one broken by an inserted paragraph); the run of whole groups spanning about `len` words (a
/// little more, for added words) that holds the most distinct trigrams, the leftmost of equals,
/// is the window. Whole groups, so that a range holding two copies of a text never gets a window
/// straddling both. Returns the distinct trigrams and the words the window spans.
fn densest(hits: &[(u32, u64)], len: usize) -> (usize, Range<usize>) {
    let width = len + len / 4 + 8;
    let mut groups: Vec<Range<usize>> = Vec::new();
    for (i, hit) in hits.iter().enumerate() {
        match groups.last_mut() {
            Some(group) if (hit.0 - hits[group.end - 1].0) as usize <= GAP => group.end = i + 1,
            _ => groups.push(i..i + 1),
        }
    }
    let mut counts: FxHashMap<u64, u32> =
        FxHashMap::with_capacity_and_hasher(hits.len(), rustc_hash::FxBuildHasher);
    let (mut most, mut window) = (0, 0..0);
    let mut chosen = 0..0;
    let mut first = 0;
    for last in 0..groups.len() {
        for hit in &hits[groups[last].clone()] {
            *counts.entry(hit.1).or_insert(0) += 1;
        }
        let end = hits[groups[last].end - 1].0 as usize + 3;
        while first < last && end - hits[groups[first].start].0 as usize > width {
            for hit in &hits[groups[first].clone()] {
                forget(&mut counts, hit.1);
            }
            first += 1;
        }
        if counts.len() > most {
            most = counts.len();
            window = hits[groups[first].start].0 as usize..end;
            chosen = groups[first].start..groups[last].end;
        }
    }
    if window.len() <= width {
        return (most, window);
    }
    // One group longer than the text: copies that follow each other closely (three MIT texts
    // with a line between them). The window slides over its hits instead.
    let hits = &hits[chosen];
    counts.clear();
    let (mut most, mut window) = (0, 0..0);
    let mut start = 0;
    for end in 0..hits.len() {
        *counts.entry(hits[end].1).or_insert(0) += 1;
        while (hits[end].0 - hits[start].0) as usize + 3 > width {
            forget(&mut counts, hits[start].1);
            start += 1;
        }
        if counts.len() > most {
            most = counts.len();
            window = hits[start].0 as usize..hits[end].0 as usize + 3;
        }
    }
    (most, window)
}

/// Takes one occurrence of `key` out of a window's counts (a key with none left is gone, so the
/// map's length is the window's distinct trigrams).
fn forget(counts: &mut FxHashMap<u64, u32>, key: u64) {
    if let Some(count) = counts.get_mut(&key) {
        *count -= 1;
        if *count == 0 {
            counts.remove(&key);
        }
    }
}

/// Hits of one candidate further apart than this many words start a new group (see `densest`).
const GAP: usize = 20;

#[cfg(test)]
pub(crate) mod tests;
