//! The reference tables, made at build time (`build.rs` includes this file) from the SPDX license
//! texts that the `spdx` crate ships: a vocabulary, each reference text as word ids, and an
//! inverted index from word trigrams to the texts that hold them. Making them takes a few hundred
//! milliseconds of tokenising and sorting; done once by the build, a run only maps the bytes.
//!
//! This file is shared by the build script and the engine, so it uses nothing but `std` and the
//! tokeniser beside it.

use std::collections::{HashMap, HashSet};

/// A word that no reference text holds: it can never match.
pub const UNKNOWN: u32 = u32::MAX;

/// Word ids must fit in 21 bits for three to pack into one trigram key.
pub const MAX_WORDS: u32 = 1 << 21;

/// Reference texts shorter than this many words are stubs ("NOASSERTION", a pointer to a URL):
/// too short to recognise a text by.
pub const MIN_TOKENS: usize = 20;

/// Exception texts shorter than this many words are left out: they would match by accident.
pub const MIN_EXCEPTION_TOKENS: usize = 30;

/// A trigram held by more reference texts than this ("in no event shall", "the software is") is
/// passed over when counting which texts a file holds: it tells nothing, and its list of holders
/// is the longest to walk.
pub const MAX_HOLDERS: usize = 128;

/// The trigram key of three word ids: exact, no hashing (ids are below [`MAX_WORDS`]).
pub fn trigram(a: u32, b: u32, c: u32) -> u64 {
    (u64::from(a) << 42) | (u64::from(b) << 21) | u64::from(c)
}

/// A fixed, portable hash of a sequence of word ids (exact-match lookups).
pub fn sequence_hash(tokens: &[u32]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &token in tokens {
        hash = (hash.rotate_left(5) ^ u64::from(token)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash ^ (tokens.len() as u64)
}

/// Where the "how to apply these terms" appendix of the GNU and Apache texts starts: many copies
/// stop before it.
pub const END_OF_TERMS: &[&str] = &["end", "of", "terms", "and", "conditions"];

/// SPDX's LGPL-3.0 text appends the GPL-3.0 it amends; real copies do not.
pub const GPL_3_TITLE: &[&str] = &[
    "gnu", "general", "public", "license", "version", "3", "29", "june", "2007",
];

/// One reference text (or a shorter form of one) as the engine sees it.
pub struct Entry {
    /// The SPDX id.
    pub license: String,
    /// An exception's text (`LLVM-exception`), which adds to the license it follows.
    pub exception: bool,
    /// Word ids.
    pub tokens: Vec<u32>,
}

/// The tables made from the reference texts.
pub struct Tables {
    /// Words by id.
    pub words: Vec<String>,
    pub entries: Vec<Entry>,
}

impl Tables {
    /// Tokenises `texts` (SPDX id, text) in order: ids are given by first appearance, so the same
    /// list gives the same tables. Texts whose token sequence an earlier entry already has are
    /// left out (the `-only` and `-or-later` GNU ids share a text: the first id wins).
    ///
    /// `exceptions` are the SPDX exceptions' texts (`LLVM-exception`), indexed with the licenses
    /// so that one pass finds both.
    pub fn new<'a>(
        texts: impl IntoIterator<Item = (&'a str, &'a str)>,
        exceptions: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Tables {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut words: Vec<String> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut seen: HashSet<Vec<u32>> = HashSet::new();
        let mut buffer = String::new();
        let texts = texts.into_iter().map(|(id, text)| (id, text, false));
        let exceptions = exceptions.into_iter().map(|(id, text)| (id, text, true));
        for (license, text, exception) in texts.chain(exceptions) {
            let mut tokens = Vec::new();
            super::text::for_each_word(text, &mut buffer, |_, word| {
                let next = u32::try_from(words.len()).expect("fewer than 2^32 words");
                let id = *ids.entry(word.to_owned()).or_insert_with(|| {
                    words.push(word.to_owned());
                    next
                });
                tokens.push(id);
            });
            let phrase = |words: &[&str]| -> Option<Vec<u32>> {
                words.iter().map(|w| ids.get(*w).copied()).collect()
            };
            let mut forms = vec![tokens.clone()];
            if exception {
                // Short exception texts would match by accident.
                if tokens.len() >= MIN_EXCEPTION_TOKENS && seen.insert(tokens.clone()) {
                    entries.push(Entry {
                        license: license.to_owned(),
                        exception,
                        tokens,
                    });
                }
                continue;
            }
            if let Some(end) = phrase(END_OF_TERMS).and_then(|p| find(&tokens, &p, 0)) {
                forms.push(tokens[..end + END_OF_TERMS.len()].to_vec());
            }
            if let Some(start) = phrase(GPL_3_TITLE).and_then(|p| find(&tokens, &p, 1)) {
                forms.push(tokens[..start].to_vec());
            }
            for form in forms {
                if form.len() < MIN_TOKENS || !seen.insert(form.clone()) {
                    continue;
                }
                entries.push(Entry {
                    license: license.to_owned(),
                    exception,
                    tokens: form,
                });
            }
        }
        assert!(words.len() < MAX_WORDS as usize, "too many distinct words");
        assert!(entries.len() < usize::from(u16::MAX), "too many entries");
        Tables { words, entries }
    }

    /// The inverted index: every distinct trigram key, sorted, with the entries that hold it.
    pub fn index(&self) -> Vec<(u64, Vec<u16>)> {
        let mut pairs: Vec<(u64, u16)> = Vec::new();
        for (number, entry) in self.entries.iter().enumerate() {
            let number = u16::try_from(number).expect("checked in new");
            let keys = distinct_trigrams(&entry.tokens);
            pairs.extend(keys.into_iter().map(|key| (key, number)));
        }
        pairs.sort_unstable();
        let mut index: Vec<(u64, Vec<u16>)> = Vec::new();
        for (key, entry) in pairs {
            match index.last_mut() {
                Some((last, entries)) if *last == key => entries.push(entry),
                _ => index.push((key, vec![entry])),
            }
        }
        index
    }

    /// Writes the tables as the engine reads them (see `super::Tables` in the engine):
    /// `words.txt` (one word a line), `entries.txt` (`license start length telling-trigrams exception` a line),
    /// `tokens.bin` (u32 LE), `keys.bin` (u64 LE, sorted), `heads.bin` (u32 LE: for each word id
    /// `w`, the first key whose first word is `w`; one more at the end), `offsets.bin` (u32 LE,
    /// one per key and one more: where its entries start in `postings.bin`), `postings.bin` (u16
    /// LE) and `exact.bin` (u64 LE hash, u16 LE entry, sorted by hash).
    pub fn write(&self, dir: &std::path::Path) -> std::io::Result<()> {
        use std::fmt::Write as _;
        let index = self.index();
        let mut words = String::new();
        for word in &self.words {
            words.push_str(word);
            words.push('\n');
        }
        let mut entries = String::new();
        let mut tokens = Vec::new();
        let mut start = 0usize;
        for entry in &self.entries {
            let keys = distinct_trigrams(&entry.tokens);
            // The trigrams that tell texts apart: those not held by most of the list.
            let telling = keys
                .iter()
                .filter(|key| {
                    index
                        .binary_search_by_key(*key, |(k, _)| *k)
                        .is_ok_and(|at| index[at].1.len() <= MAX_HOLDERS)
                })
                .count();
            writeln!(
                entries,
                "{} {start} {} {} {}",
                entry.license,
                entry.tokens.len(),
                telling,
                u8::from(entry.exception)
            )
            .expect("writing to a String");
            start += entry.tokens.len();
            for token in &entry.tokens {
                tokens.extend_from_slice(&token.to_le_bytes());
            }
        }
        let (mut keys, mut offsets, mut postings) = (Vec::new(), Vec::new(), Vec::new());
        let mut heads = Vec::new();
        let mut posted = 0u32;
        let mut next_head = 0u64;
        for (number, (key, list)) in index.iter().enumerate() {
            let head = key >> 42;
            while next_head <= head {
                heads.extend_from_slice(&u32::try_from(number).expect("keys").to_le_bytes());
                next_head += 1;
            }
            keys.extend_from_slice(&key.to_le_bytes());
            offsets.extend_from_slice(&posted.to_le_bytes());
            for entry in list {
                postings.extend_from_slice(&entry.to_le_bytes());
            }
            posted += u32::try_from(list.len()).expect("postings");
        }
        offsets.extend_from_slice(&posted.to_le_bytes());
        let count = u32::try_from(index.len()).expect("keys");
        while next_head <= self.words.len() as u64 {
            heads.extend_from_slice(&count.to_le_bytes());
            next_head += 1;
        }
        let mut exact: Vec<(u64, u16)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(n, e)| (sequence_hash(&e.tokens), u16::try_from(n).expect("entries")))
            .collect();
        exact.sort_unstable();
        let mut exact_bytes = Vec::new();
        for (hash, entry) in exact {
            exact_bytes.extend_from_slice(&hash.to_le_bytes());
            exact_bytes.extend_from_slice(&entry.to_le_bytes());
        }
        std::fs::write(dir.join("words.txt"), words)?;
        std::fs::write(dir.join("entries.txt"), entries)?;
        std::fs::write(dir.join("tokens.bin"), tokens)?;
        std::fs::write(dir.join("keys.bin"), keys)?;
        std::fs::write(dir.join("heads.bin"), heads)?;
        std::fs::write(dir.join("offsets.bin"), offsets)?;
        std::fs::write(dir.join("postings.bin"), postings)?;
        std::fs::write(dir.join("exact.bin"), exact_bytes)?;
        Ok(())
    }
}

/// The distinct trigram keys of a token sequence, sorted.
pub fn distinct_trigrams(tokens: &[u32]) -> Vec<u64> {
    let mut keys: Vec<u64> = tokens
        .windows(3)
        .map(|w| trigram(w[0], w[1], w[2]))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Where `phrase` first occurs in `tokens` at or after `from`.
pub fn find(tokens: &[u32], phrase: &[u32], from: usize) -> Option<usize> {
    if phrase.is_empty() || tokens.len() < phrase.len() {
        return None;
    }
    (from..=tokens.len() - phrase.len()).find(|&at| tokens[at..at + phrase.len()] == *phrase)
}

/// The standard license headers (SPDX's `standardLicenseHeader`) that packages ship instead of
/// the license text: a file holding only the notice grants the license all the same. The GNU
/// notices are read apart (`gnu_notice` in `detect.rs`), with their "or any later version".
pub const HEADERS: &[(&str, &str)] = &[
    (
        "Apache-2.0",
        "Licensed under the Apache License, Version 2.0 (the \"License\"); you may not use this \
         file except in compliance with the License. You may obtain a copy of the License at \
         http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law or agreed \
         to in writing, software distributed under the License is distributed on an \"AS IS\" \
         BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the \
         License for the specific language governing permissions and limitations under the \
         License.",
    ),
    (
        "MPL-2.0",
        "This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If \
         a copy of the MPL was not distributed with this file, You can obtain one at \
         http://mozilla.org/MPL/2.0/.",
    ),
    (
        "EPL-2.0",
        "This program and the accompanying materials are made available under the terms of the \
         Eclipse Public License 2.0 which is available at http://www.eclipse.org/legal/epl-2.0.",
    ),
];
