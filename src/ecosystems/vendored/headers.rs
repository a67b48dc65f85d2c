//! What a vendored copy's own source files say of its license, for a copy without a license file
//! (and beside one): `SPDX-License-Identifier:` lines, the license notice of the first comment
//! block (handed to license-text detection as an in-memory text) and public-domain dedications
//! (SQLite's blessing).
//!
//! The files read are the copy's main file, the one named like the folder (`sqlite3.h` for
//! `sqlite/`, `lua.h` in `lua/src/`, `json.hpp` in `nlohmann_json/single_include/nlohmann/`),
//! else its top-level C and C++ files, at most [`MAX_FILES`] of them. Reads are bounded: the first
//! [`HEAD`] bytes of a file are searched, and a file of at most [`WHOLE`] bytes is read to its end
//! for the notice some projects put last (Lua's). Symlinks are never followed, binary files are
//! skipped, and every finding names its file and line.

use crate::ecosystems::python::envs::subfolders;
use std::path::{Path, PathBuf};

/// The bytes of each file searched for tags and notices.
pub const HEAD: usize = 8 << 10;
/// A file up to this size is read whole: its last comment block may be the notice (Lua's), and
/// its version macros may sit past [`HEAD`] (SQLite's, at line 149).
pub const WHOLE: u64 = 64 << 10;
/// The most top-level files read when no file is named like the folder.
pub const MAX_FILES: usize = 20;
/// The most notices handed to detection from one copy.
const MAX_NOTICES: usize = 3;

/// The extensions of the C and C++ files read, headers first (a header is preferred to its
/// source as the main file).
const EXTENSIONS: &[&str] = &["h", "hpp", "hh", "hxx", "c", "cc", "cpp", "cxx"];

/// Where, below a copy, its main file may be.
const MAIN_PLACES: &[&str] = &["", "src", "include", "lib"];
/// Folders whose subfolders may hold the main file (`include/nlohmann/json.hpp`).
const MAIN_PARENTS: &[&str] = &["include", "single_include"];

/// A source file read for evidence.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    /// Whether `text` is the whole file.
    pub whole: bool,
}

/// A finding at a place: the file and its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub file: PathBuf,
    pub line: usize,
}

/// What a copy's source files say.
#[derive(Debug, Default)]
pub struct Headers {
    /// The file named like the folder, when there is one (read for version macros too).
    pub main: Option<Source>,
    /// `SPDX-License-Identifier:` values, in file then line order, each value once.
    pub tags: Vec<Found<String>>,
    /// License notices (comment marks stripped) to detect, each text once.
    pub notices: Vec<Found<String>>,
}

/// A place as evidence names it: `path:line`. The text found there is carried in memory.
pub fn place(file: &Path, line: usize) -> PathBuf {
    let mut text = file.as_os_str().to_os_string();
    text.push(format!(":{line}"));
    PathBuf::from(text)
}

/// Reads the copy at `dir` (named `name`).
pub fn read(dir: &Path, name: &str) -> Headers {
    let main = main_file(dir, name);
    let files = match &main {
        Some(main) => vec![main.clone()],
        None => top_level(dir),
    };
    let mut headers = Headers::default();
    for file in files {
        let limit = if main.is_some() { WHOLE } else { HEAD as u64 };
        let Some(source) = read_source(&file, limit) else {
            continue;
        };
        scan(&source, &mut headers);
        if main.is_some() {
            headers.main = Some(source);
        }
    }
    headers
}

/// Reads one file's start, `None` when it cannot be read or is not text (a NUL byte).
pub fn read_source(path: &Path, limit: u64) -> Option<Source> {
    let (bytes, whole) = crate::read::head(path, limit).ok()?;
    if memchr::memchr(0, &bytes).is_some() {
        return None;
    }
    // Old headers are often Latin-1 (a `©`): the text is kept, the odd byte replaced.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Some(Source {
        path: path.to_path_buf(),
        text,
        whole,
    })
}

/// Adds what one file says to `headers`.
fn scan(source: &Source, headers: &mut Headers) {
    let head = crate::text::prefix(&source.text, HEAD);
    for (line, value) in crate::license::notice::spdx_tags(head) {
        if !headers.tags.iter().any(|t| t.value == value) {
            headers.tags.push(Found {
                value,
                file: source.path.clone(),
                line,
            });
        }
    }
    let blocks = comment_blocks(&source.text);
    let first = blocks
        .iter()
        .filter(|b| b.start < head.len())
        .find(|b| is_notice(&b.text));
    // A notice only at the end of the file (Lua's "See Copyright Notice at the end of this file").
    let last = blocks.last().filter(|b| source.whole && is_notice(&b.text));
    let Some(block) = first.or(last) else {
        return;
    };
    if block.text.contains("SPDX-License-Identifier") {
        // The tag is the statement; the rest of the banner is not a license text.
        return;
    }
    let same = |n: &Found<String>| n.value.split_whitespace().eq(block.text.split_whitespace());
    if headers.notices.len() < MAX_NOTICES && !headers.notices.iter().any(same) {
        headers.notices.push(Found {
            value: block.text.clone(),
            file: source.path.clone(),
            line: block.line + block.skipped,
        });
    }
}

/// The main file of a copy: named like its folder (`sqlite3.h` for `sqlite`, `cJSON.h` for
/// `cjson`, `png.h` for `libpng`), in the copy or its `src/`, `include/`, `lib/`,
/// `include/*/` or `single_include/*/`; else one named like a word of the folder's name
/// (`json.hpp` for `nlohmann_json`). Headers before sources, then by path.
pub fn main_file(dir: &Path, name: &str) -> Option<PathBuf> {
    let wanted = stem_key(name);
    let words: Vec<String> = name
        .split(['_', '-', '.'])
        .map(stem_key)
        .filter(|w| w.len() > 1 && *w != wanted)
        .collect();
    let mut folders: Vec<PathBuf> = MAIN_PLACES.iter().map(|p| dir.join(p)).collect();
    for parent in MAIN_PARENTS {
        folders.extend(subfolders(&dir.join(parent)));
    }
    let mut best: Option<(usize, usize, PathBuf)> = None;
    for folder in folders {
        for (ext_rank, path) in c_files(&folder) {
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let key = stem_key(stem);
            let rank = if key == wanted {
                0
            } else if words.contains(&key) {
                1
            } else {
                continue;
            };
            let candidate = (rank, ext_rank, path);
            if best.as_ref().is_none_or(|b| candidate < *b) {
                best = Some(candidate);
            }
        }
    }
    best.map(|(_, _, path)| path)
}

/// A name compared loosely: lower case, letters and digits only, without a leading `lib` or
/// trailing digits (`sqlite3` and `sqlite`, `libpng` and `png`, `lua5.4` and `lua` compare equal).
fn stem_key(name: &str) -> String {
    let plain: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let key = plain.strip_prefix("lib").unwrap_or(&plain);
    let key = key.trim_end_matches(|c: char| c.is_ascii_digit());
    if key.is_empty() {
        plain
    } else {
        key.to_owned()
    }
}

/// The C and C++ files directly in `dir` (regular files, no symlinks), with the rank of their
/// extension, sorted by path.
fn c_files(dir: &Path) -> Vec<(usize, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(usize, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let path = e.path();
            let ext = path.extension()?.to_str()?.to_ascii_lowercase();
            let rank = EXTENSIONS.iter().position(|x| *x == ext)?;
            Some((rank, path))
        })
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found
}

/// The copy's top-level C and C++ files, sorted, at most [`MAX_FILES`].
fn top_level(dir: &Path) -> Vec<PathBuf> {
    c_files(dir)
        .into_iter()
        .map(|(_, path)| path)
        .take(MAX_FILES)
        .collect()
}

/// The declared expression of several tags: one tag as it is, several joined with `AND` (a
/// compound one in parentheses).
pub fn combine(tags: &[Found<String>]) -> Option<String> {
    match tags {
        [] => None,
        [one] => Some(one.value.clone()),
        many => Some(
            many.iter()
                .map(|t| match t.value.contains(' ') {
                    true => format!("({})", t.value),
                    false => t.value.clone(),
                })
                .collect::<Vec<_>>()
                .join(" AND "),
        ),
    }
}

/// A comment block, its marks stripped, and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// 1-based.
    pub line: usize,
    /// Byte offset of its start in the file's text.
    pub start: usize,
    /// The lines before its first line of text (the `/*` line, borders): `line + skipped` is
    /// where the text starts.
    pub skipped: usize,
    /// The text, one line per line of the file, comment marks and borders stripped.
    pub text: String,
}

/// Preprocessor directives: a `#` line that starts with one is code, not a comment.
const DIRECTIVES: &[&str] = &[
    "define", "undef", "include", "if", "ifdef", "ifndef", "else", "elif", "endif", "pragma",
    "error", "warning", "line", "import",
];

/// The comment blocks of a file: each `/* … */`, and each run of `//` lines or of `#` comment
/// lines. String and character literals are skipped, so `"/*"` in code opens nothing.
pub fn comment_blocks(text: &str) -> Vec<Block> {
    let bytes = text.as_bytes();
    let mut blocks = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let mut line_start = true;
    let mut run: Option<(usize, usize, Vec<&str>)> = None;
    let close_run = |run: &mut Option<(usize, usize, Vec<&str>)>, blocks: &mut Vec<Block>| {
        if let Some((line, start, lines)) = run.take() {
            let (text, skipped) = clean(&lines, Marks::Line);
            blocks.push(Block {
                line,
                start,
                skipped,
                text,
            });
        }
    };
    while i < bytes.len() {
        if line_start {
            line_start = false;
            let end = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
            let current = &text[i..end];
            let trimmed = current.trim_start();
            let is_line_comment =
                trimmed.starts_with("//") || (trimmed.starts_with('#') && !is_directive(trimmed));
            if is_line_comment {
                if run.is_none() {
                    run = Some((line, i, Vec::new()));
                }
                if let Some((_, _, lines)) = run.as_mut() {
                    lines.push(trimmed);
                }
                i = end;
                continue;
            }
            close_run(&mut run, &mut blocks);
        }
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = true;
                i += 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let body_start = i + 2;
                let end = memchr::memmem::find(&bytes[body_start..], b"*/")
                    .map_or(bytes.len(), |n| body_start + n);
                let body = &text[body_start..end];
                let (cleaned, skipped) = clean(&body.split('\n').collect::<Vec<_>>(), Marks::Block);
                blocks.push(Block {
                    line,
                    start: i,
                    skipped,
                    text: cleaned,
                });
                line += body.matches('\n').count();
                i = (end + 2).min(bytes.len());
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                // A comment after code: to the end of the line, not a block.
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
            }
            quote @ (b'"' | b'\'') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    close_run(&mut run, &mut blocks);
    blocks
}

fn is_directive(line: &str) -> bool {
    let word = line
        .trim_start_matches('#')
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    DIRECTIVES.contains(&word)
}

#[derive(Clone, Copy)]
enum Marks {
    Block,
    Line,
}

/// A comment's lines without their marks (`//`, `#`, a leading `*` or `**`) and borders (lines
/// of `*`, `=`, `-` only), blank lines at either end dropped; and how many were dropped first.
fn clean(lines: &[&str], marks: Marks) -> (String, usize) {
    let cleaned: Vec<String> = lines
        .iter()
        .map(|line| {
            let line = line.trim();
            let line = match marks {
                Marks::Block => line.trim_start_matches('*'),
                Marks::Line => line
                    .strip_prefix("//")
                    .map(|l| l.trim_start_matches(['/', '!']))
                    .unwrap_or_else(|| line.trim_start_matches('#')),
            };
            let line = line.trim();
            let line = line.trim_end_matches('*').trim_end();
            if line.chars().all(|c| "*=-_#/~".contains(c)) {
                String::new()
            } else {
                line.to_owned()
            }
        })
        .collect();
    let first = cleaned.iter().position(|l| !l.is_empty());
    let last = cleaned.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => (cleaned[first..=last].join("\n"), first),
        _ => (String::new(), 0),
    }
}

/// Whether a comment reads as a license notice: it speaks of a license, permission, warranty,
/// the public domain, or states a copyright (`Copyright (C) 1995`, `(c) 2020`, `© …`).
/// A pointer to a notice elsewhere (`See Copyright Notice at the end of this file`) is not one.
pub fn is_notice(text: &str) -> bool {
    let lower = text.to_lowercase();
    const WORDS: &[&str] = &[
        "licen",
        "permission",
        "warranty",
        "public domain",
        "disclaims copyright",
    ];
    WORDS.iter().any(|w| lower.contains(w)) || lower.lines().any(states_copyright)
}

/// A line that states a copyright: the word, then `(c)`, `©` or a year.
fn states_copyright(line: &str) -> bool {
    let Some(at) = line.find("copyright") else {
        return line.trim_start().starts_with("(c) ") || line.contains('©');
    };
    let rest = &line[at..];
    rest.contains("(c)")
        || rest.contains('©')
        || rest.as_bytes().windows(4).any(|w| {
            w.iter().all(u8::is_ascii_digit) && (w.starts_with(b"19") || w.starts_with(b"20"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The head of SQLite 3.40.1's `sqlite3.h` (Debian's libsqlite3-dev), as the fixture has it.
    const SQLITE: &str = "/*\n** 2001-09-15\n**\n** The author disclaims copyright to this source code.  In place of\n** a legal notice, here is a blessing:\n**\n**    May you do good and not evil.\n**    May you find forgiveness for yourself and forgive others.\n**    May you share freely, never taking more than you give.\n**\n*************************************************************************\n** This header file defines the interface that the SQLite library\n** presents to client programs.\n*/\n#ifndef SQLITE3_H\n";

    fn write(dir: &Path, rel: &str, text: &[u8]) -> PathBuf {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn spdx_tags_in_every_comment_style() {
        let text = "// SPDX-License-Identifier: MIT\n/* SPDX-License-Identifier: Apache-2.0 OR MIT */\n# SPDX-License-Identifier: BSD-3-Clause\n-- SPDX-License-Identifier: Zlib\nprintf(\"SPDX-License-Identifier: %s\\n\", id);\n";
        assert_eq!(
            crate::license::notice::spdx_tags(text),
            vec![
                (1, "MIT".to_owned()),
                (2, "Apache-2.0 OR MIT".to_owned()),
                (3, "BSD-3-Clause".to_owned()),
                (4, "Zlib".to_owned()),
            ]
        );
    }

    #[test]
    fn several_tags_are_joined_with_and_and_one_tag_is_kept_as_it_is() {
        let found = |value: &str| Found {
            value: value.to_owned(),
            file: PathBuf::from("a.h"),
            line: 1,
        };
        assert_eq!(combine(&[]), None);
        assert_eq!(combine(&[found("MIT")]).as_deref(), Some("MIT"));
        assert_eq!(
            combine(&[found("MIT"), found("Apache-2.0 OR MIT")]).as_deref(),
            Some("MIT AND (Apache-2.0 OR MIT)")
        );
        // The same id in several files is one tag.
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.c", b"// SPDX-License-Identifier: MIT\n");
        write(dir.path(), "b.c", b"// SPDX-License-Identifier: MIT\n");
        write(dir.path(), "c.h", b"/* SPDX-License-Identifier: ISC */\n");
        let headers = read(dir.path(), "copy");
        let tags: Vec<(String, usize)> = headers
            .tags
            .iter()
            .map(|t| {
                (
                    t.file.file_name().unwrap().to_string_lossy().into_owned(),
                    t.line,
                )
            })
            .collect();
        assert_eq!(tags, [("a.c".to_owned(), 1), ("c.h".to_owned(), 1)]);
        assert_eq!(combine(&headers.tags).as_deref(), Some("MIT AND ISC"));
        assert!(headers.notices.is_empty(), "{:?}", headers.notices);
    }

    #[test]
    fn comment_blocks_have_their_marks_stripped_and_their_lines() {
        let text = "#include <stdio.h>\n# define X 1\nconst char *s = \"/* not a comment */\";\n/*\n * Copyright (c) 2020 A\n *\n * Permission\n */\n// one\n//   two\nint x; // after code\n# comment\n## more\n";
        let blocks = comment_blocks(text);
        let got: Vec<(usize, usize, &str)> = blocks
            .iter()
            .map(|b| (b.line, b.skipped, b.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (4, 1, "Copyright (c) 2020 A\n\nPermission"),
                (9, 0, "one\ntwo"),
                (12, 0, "comment\nmore"),
            ]
        );
        // An unterminated comment runs to the end; no comment at all is no block.
        assert_eq!(
            comment_blocks("/* Copyright 2001 B")[0].text,
            "Copyright 2001 B"
        );
        assert!(comment_blocks("int main(void) { return 0; }\n").is_empty());
    }

    #[test]
    fn a_pointer_to_a_notice_is_not_a_notice() {
        assert!(!is_notice(
            "$Id: lua.h $\nLua - A Scripting Language\nSee Copyright Notice at the end of this file"
        ));
        assert!(is_notice("Copyright (C) 1994-2022 Lua.org, PUC-Rio."));
        assert!(is_notice("Licensed under the Apache License, Version 2.0"));
        assert!(!is_notice("ringbuf.c - fixed-size byte ring buffer"));
    }

    /// A dedication is a notice like any other: detection reads it (`license::notice`), so
    /// SQLite's blessing and "placed in the public domain" are read in one place.
    #[test]
    fn sqlites_blessing_is_handed_to_detection() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "sqlite3.h", SQLITE.as_bytes());
        let headers = read(dir.path(), "sqlite");
        let notice = &headers.notices[0];
        assert_eq!(notice.line, 2, "the comment's first line of text");
        let found = crate::license::notice::find(&notice.value).expect("read as a notice");
        assert_eq!(found.license, "blessing");
    }

    #[test]
    fn other_public_domain_dedications_and_their_negation() {
        let read_as = |text: &str| {
            let block = comment_blocks(text).remove(0);
            assert!(is_notice(&block.text), "{text}");
            crate::license::notice::find(&block.text).map(|n| n.license)
        };
        let public_domain = Some("LicenseRef-Public-Domain".to_owned());
        assert_eq!(
            read_as(
                "/*\n * This code was written by Colin Plumb in 1993; no copyright\n * is claimed. This code is in the public domain; do with it\n * what you wish.\n */"
            ),
            public_domain
        );
        assert_eq!(
            read_as(
                "// The author hereby places this file\n// in the public domain.\n// It was placed in the\n// public domain in 2004."
            ),
            public_domain
        );
        assert_eq!(
            read_as("/* This library is not in the public domain. */"),
            None
        );
    }

    #[test]
    fn the_main_file_is_named_like_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let sqlite = write(root, "sqlite/sqlite3.h", b"");
        write(root, "sqlite/sqlite3.c", b"");
        write(root, "sqlite/shell.c", b"");
        let lua = write(root, "lua/src/lua.h", b"");
        write(root, "lua/src/lapi.c", b"");
        let json = write(root, "nlohmann_json/single_include/nlohmann/json.hpp", b"");
        let png = write(root, "libpng/png.h", b"");
        let cjson = write(root, "cjson/cJSON.h", b"");
        assert_eq!(main_file(&root.join("sqlite"), "sqlite"), Some(sqlite));
        assert_eq!(main_file(&root.join("lua"), "lua5.4"), Some(lua));
        assert_eq!(
            main_file(&root.join("nlohmann_json"), "nlohmann_json"),
            Some(json)
        );
        assert_eq!(main_file(&root.join("libpng"), "libpng"), Some(png));
        assert_eq!(main_file(&root.join("cjson"), "cjson"), Some(cjson));
        assert_eq!(main_file(&root.join("cjson"), "other"), None);
    }

    #[test]
    fn without_a_main_file_at_most_twenty_top_level_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        for n in 0..30 {
            write(
                dir.path(),
                &format!("f{n:02}.c"),
                format!("// SPDX-License-Identifier: LicenseRef-F{n:02}\n").as_bytes(),
            );
        }
        let headers = read(dir.path(), "copy");
        assert_eq!(headers.tags.len(), MAX_FILES);
        assert_eq!(headers.tags[19].value, "LicenseRef-F19");
    }

    #[test]
    fn hostile_files_binary_huge_and_symlinked() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        // Binary: skipped.
        write(root, "bin/bin.h", b"/* Copyright (c) 2020 X */\0\x01\x02");
        assert!(read(&root.join("bin"), "bin").notices.is_empty());
        // Huge: its head only; a notice past it is not read, and the read is bounded.
        let mut huge = b"/* big.h - generated tables */\n".to_vec();
        huge.extend(std::iter::repeat_n(b'x', 4 << 20));
        huge.extend(b"\n/* Copyright (c) 2020 Y. Permission is granted. */\n");
        write(root, "big/big.h", &huge);
        let headers = read(&root.join("big"), "big");
        assert!(headers.notices.is_empty(), "{:?}", headers.notices);
        assert_eq!(headers.main.unwrap().text.len() as u64, WHOLE);
        // A notice within the head is found past a short code prefix, with its line.
        write(
            root,
            "ok/ok.h",
            b"#pragma once\n\n/*\n * Copyright (c) 2020 Z\n */\n",
        );
        let headers = read(&root.join("ok"), "ok");
        assert_eq!(headers.notices[0].line, 4);
        assert_eq!(headers.notices[0].value, "Copyright (c) 2020 Z");
        // No comment at all: nothing.
        write(root, "bare/bare.c", b"int bare(void) { return 1; }\n");
        let headers = read(&root.join("bare"), "bare");
        assert!(headers.notices.is_empty() && headers.tags.is_empty());
        #[cfg(unix)]
        {
            // A symlink is never followed, to a file or a folder.
            let outside = write(
                root,
                "outside.h",
                b"// SPDX-License-Identifier: GPL-3.0-only\n",
            );
            std::fs::create_dir_all(root.join("linked/include")).unwrap();
            std::os::unix::fs::symlink(&outside, root.join("linked/linked.h")).unwrap();
            std::os::unix::fs::symlink(root, root.join("linked/include/up")).unwrap();
            let headers = read(&root.join("linked"), "linked");
            assert!(headers.tags.is_empty(), "{:?}", headers.tags);
            assert!(crate::read::head(root.join("linked/linked.h"), 100).is_err());
        }
    }

    #[test]
    fn a_notice_at_the_end_of_a_small_file_is_found() {
        let dir = tempfile::tempdir().unwrap();
        let text = "/*\n** Lua\n** See Copyright Notice at the end of this file\n*/\n#define X 1\n/******\n* Copyright (C) 1994-2022 Lua.org, PUC-Rio.\n*\n* Permission is hereby granted\n******/\n";
        write(dir.path(), "src/lua.h", text.as_bytes());
        let headers = read(dir.path(), "lua");
        assert_eq!(headers.notices.len(), 1);
        assert_eq!(headers.notices[0].line, 7);
        assert!(headers.notices[0].value.starts_with("Copyright (C) 1994"));
    }

    #[test]
    fn a_place_is_the_path_and_the_line() {
        assert_eq!(
            place(Path::new("/src/third_party/zlib/zlib.h"), 1),
            PathBuf::from("/src/third_party/zlib/zlib.h:1")
        );
    }
}
