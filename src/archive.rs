//! Reading gzip-compressed tarballs (npm's cached packages, sdists) and zip archives (wheels) as
//! hostile input, in memory: nothing is ever unpacked to disk, and nothing in them is run.
//!
//! The limits: an entry read is at most [`MAX_ENTRY`] bytes (license texts and manifests are far
//! smaller), a tarball expands to at most [`MAX_EXPANDED`] bytes and [`MAX_RATIO`] times its
//! compressed size past the first mebibyte (a gzip bomb stops there, with an error), and holds at
//! most [`MAX_ENTRIES`] entries. Entries whose path leaves the archive (`../`, `/etc/…`) and
//! anything but regular files (links, devices) are skipped: they are never anyone's license.

use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

use crate::i18n::tr;

/// The largest entry whose bytes are kept.
pub const MAX_ENTRY: u64 = 4 << 20;

/// The most a tarball may expand to.
pub const MAX_EXPANDED: u64 = 1 << 30;

/// How many times its compressed size a tarball may expand to (past `RATIO_FROM` bytes).
pub const MAX_RATIO: u64 = 200;

/// Below this many expanded bytes the ratio is not checked (tiny archives compress very well).
const RATIO_FROM: u64 = 1 << 20;

/// The most entries a tarball may hold.
pub const MAX_ENTRIES: usize = 200_000;

/// What was read from an archive.
#[derive(Debug, Default)]
pub struct Tarball {
    /// Every regular file's path inside the archive, in archive order, normalised (`a/b`, no `./`).
    pub files: Vec<String>,
    /// The files that were asked for, with their bytes.
    pub read: Vec<(String, Vec<u8>)>,
}

/// Reads a gzip-compressed tarball held in memory: lists its regular files and keeps the bytes of
/// those `want` accepts (given the normalised path).
pub fn read_tgz(compressed: &[u8], want: impl FnMut(&str) -> bool) -> io::Result<Tarball> {
    walk_tgz(compressed, want, false)
}

/// The bytes of one file of a gzip-compressed tarball, if it is there; decompression stops at it.
pub fn tgz_entry(compressed: &[u8], path: &str) -> io::Result<Option<Vec<u8>>> {
    let mut found = walk_tgz(compressed, |name| name == path, true)?.read;
    Ok(found.pop().map(|(_, bytes)| bytes))
}

fn walk_tgz(
    compressed: &[u8],
    want: impl FnMut(&str) -> bool,
    first_only: bool,
) -> io::Result<Tarball> {
    // A whole tarball is inflated in one call into a buffer of the size its gzip trailer states
    // (within the limits), which is about twice as fast as streaming; one file is streamed, so
    // that decompression stops at it.
    if !first_only {
        if let Some(expanded) = gunzip_whole(compressed)? {
            return walk_tar(tar::Archive::new(&expanded[..]), want, first_only);
        }
    }
    let expanded = Guarded::new(
        flate2::read::GzDecoder::new(compressed),
        compressed.len() as u64,
        PACKAGE,
    );
    walk_tar(tar::Archive::new(expanded), want, first_only)
}

/// The largest tarball inflated whole; larger ones are streamed, so that a scan's memory does not
/// grow with the largest package (a native binary of hundreds of megabytes).
const WHOLE_UP_TO: u64 = 256 << 20;

/// Inflates a single-member gzip file whole, into exactly the size its trailer states (`ISIZE`),
/// checked against the limits first; never allocates more. `None` when the stated size is not
/// the real one (several members, or over 4 GiB), or is over [`WHOLE_UP_TO`]: the caller streams
/// it under the same limits.
fn gunzip_whole(compressed: &[u8]) -> io::Result<Option<Vec<u8>>> {
    let Some(trailer) = compressed.len().checked_sub(4).map(|at| &compressed[at..]) else {
        return Err(invalid(tr!("archive-gzip-too-short")));
    };
    let stated = u64::from(u32::from_le_bytes([
        trailer[0], trailer[1], trailer[2], trailer[3],
    ]));
    PACKAGE.check(stated, compressed.len() as u64)?;
    if stated > WHOLE_UP_TO {
        return Ok(None);
    }
    let mut expanded = vec![0u8; stated as usize];
    match libdeflater::Decompressor::new().gzip_decompress(compressed, &mut expanded) {
        Ok(written) if written as u64 == stated => Ok(Some(expanded)),
        Ok(_) | Err(libdeflater::DecompressionError::InsufficientSpace) => Ok(None),
        Err(libdeflater::DecompressionError::BadData) => {
            Err(invalid(tr!("archive-gzip-unreadable")))
        }
    }
}

fn walk_tar<R: Read>(
    mut archive: tar::Archive<R>,
    mut want: impl FnMut(&str) -> bool,
    first_only: bool,
) -> io::Result<Tarball> {
    let mut tarball = Tarball::default();
    for (count, entry) in archive.entries()?.enumerate() {
        if count >= MAX_ENTRIES {
            return Err(invalid(tr!("archive-too-many-entries", max = MAX_ENTRIES)));
        }
        let entry = entry?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let Some(name) = normalized(&entry.path_bytes()) else {
            continue;
        };
        if want(&name) {
            let mut bytes = Vec::new();
            entry.take(MAX_ENTRY).read_to_end(&mut bytes)?;
            tarball.read.push((name.clone(), bytes));
            if first_only {
                break;
            }
        }
        tarball.files.push(name);
    }
    Ok(tarball)
}

/// Reads a zip archive held in memory (a wheel): lists its files and keeps the bytes of those
/// `want` accepts, each at most [`MAX_ENTRY`] bytes whatever its header claims; entries whose
/// path leaves the archive are skipped.
pub fn read_zip(bytes: &[u8], mut want: impl FnMut(&str) -> bool) -> io::Result<Tarball> {
    let mut zip =
        zip::ZipArchive::new(io::Cursor::new(bytes)).map_err(|e| invalid(e.to_string()))?;
    if zip.len() > MAX_ENTRIES {
        return Err(invalid(tr!("archive-too-many-entries", max = MAX_ENTRIES)));
    }
    let mut contents = Tarball::default();
    let mut expanded = 0u64;
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).map_err(|e| invalid(e.to_string()))?;
        if !entry.is_file() {
            continue;
        }
        let Some(name) = normalized(entry.name_raw()) else {
            continue;
        };
        if want(&name) {
            let mut kept = Vec::new();
            (&mut entry).take(MAX_ENTRY).read_to_end(&mut kept)?;
            expanded += kept.len() as u64;
            PACKAGE.check(expanded, bytes.len() as u64)?;
            contents.read.push((name.clone(), kept));
        }
        contents.files.push(name);
    }
    Ok(contents)
}

/// A tar path as `a/b`: UTF-8, relative, no `.` or `..` parts; `None` when it is not one.
fn normalized(raw: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(raw).ok()?;
    if text.starts_with('/') || text.contains('\\') {
        return None;
    }
    let mut parts = Vec::new();
    for part in text.split('/') {
        match part {
            "" | "." => continue,
            ".." => return None,
            part => parts.push(part),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// How far a compressed stream may expand: at most `max_expanded` bytes, and at most `max_ratio`
/// times its compressed size once past `ratio_from` bytes (tiny archives compress very well).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_expanded: u64,
    pub max_ratio: u64,
    pub ratio_from: u64,
}

/// A package's archive (a tarball in npm's cache, a wheel, an sdist).
pub const PACKAGE: Limits = Limits {
    max_expanded: MAX_EXPANDED,
    max_ratio: MAX_RATIO,
    ratio_from: RATIO_FROM,
};

impl Limits {
    /// An error when `expanded` bytes out of `compressed` are past a limit.
    pub fn check(&self, expanded: u64, compressed: u64) -> io::Result<()> {
        if expanded > self.max_expanded {
            return Err(invalid(tr!(
                "archive-expands-past",
                size = human_size(self.max_expanded)
            )));
        }
        if expanded > self.ratio_from && expanded > compressed.saturating_mul(self.max_ratio) {
            return Err(invalid(tr!(
                "archive-expands-ratio",
                ratio = self.max_ratio,
                compressed = compressed
            )));
        }
        Ok(())
    }
}

/// `64 GiB`, `1024 MiB`: a power-of-two size as people read it.
fn human_size(bytes: u64) -> String {
    match bytes >> 30 {
        0 => tr!("archive-size-mib", count = bytes >> 20),
        gib => tr!("archive-size-gib", count = gib),
    }
}

/// A decompressing reader that stops at its limits; the count of bytes it expanded to is shared
/// (`expanded`), so that its owner can still read it once a tar reader has taken the stream.
pub struct Guarded<R> {
    inner: R,
    compressed: u64,
    limits: Limits,
    expanded: Rc<Cell<u64>>,
}

impl<R> Guarded<R> {
    /// `inner` decompresses a stream of `compressed` bytes.
    pub fn new(inner: R, compressed: u64, limits: Limits) -> Self {
        Guarded {
            inner,
            compressed,
            limits,
            expanded: Rc::default(),
        }
    }

    /// How many bytes were read out so far, kept up to date as the stream is read.
    pub fn counter(&self) -> Rc<Cell<u64>> {
        Rc::clone(&self.expanded)
    }
}

impl<R: Read> Read for Guarded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let expanded = self.expanded.get() + n as u64;
        self.expanded.set(expanded);
        self.limits.check(expanded, self.compressed)?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tarball built with the `tar` crate's builder, gzip-compressed.
    fn tgz(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, bytes) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            header.set_entry_type(tar::EntryType::Regular);
            // Written raw, so that hostile paths (`../x`) go in as they are.
            header.as_old_mut().name[..path.len()].copy_from_slice(path.as_bytes());
            header.set_cksum();
            builder.append(&header, *bytes).unwrap();
        }
        let tar = builder.into_inner().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        io::Write::write_all(&mut gz, &tar).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn lists_files_and_reads_the_wanted_ones() {
        let bytes = tgz(&[
            ("package/package.json", b"{\"license\": \"MIT\"}"),
            ("./package/LICENSE", b"MIT License"),
            ("package/lib/index.js", b"module.exports = 1"),
        ]);
        let tarball = read_tgz(&bytes, |name| !name.ends_with(".js")).unwrap();
        assert_eq!(
            tarball.files,
            [
                "package/package.json",
                "package/LICENSE",
                "package/lib/index.js"
            ]
        );
        let read: Vec<&str> = tarball.read.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(read, ["package/package.json", "package/LICENSE"]);
        assert_eq!(tarball.read[1].1, b"MIT License");
    }

    #[test]
    fn paths_that_leave_the_archive_are_skipped() {
        let bytes = tgz(&[
            ("../../etc/passwd", b"root"),
            ("/etc/shadow", b"x"),
            ("package/../../LICENSE", b"x"),
            ("package/LICENSE", b"ok"),
        ]);
        let tarball = read_tgz(&bytes, |_| true).unwrap();
        assert_eq!(tarball.files, ["package/LICENSE"]);
    }

    #[test]
    fn a_gzip_bomb_stops_with_an_error() {
        // 64 MiB of zeros compress to about 64 KiB: a ratio of about 1,000.
        let zeros = vec![0u8; 64 << 20];
        let bytes = tgz(&[("package/big", &zeros)]);
        let err = read_tgz(&bytes, |_| false).unwrap_err();
        assert!(err.to_string().contains("decompression bomb"), "{err}");
    }

    #[test]
    fn a_gzip_trailer_that_lies_is_never_trusted_with_memory() {
        let mut bytes = tgz(&[("package/LICENSE", b"MIT License")]);
        let at = bytes.len() - 4;
        // Claims 4 GiB: refused before anything is allocated.
        bytes[at..].copy_from_slice(&u32::MAX.to_le_bytes());
        let err = read_tgz(&bytes, |_| true).unwrap_err();
        assert!(err.to_string().contains("decompression bomb"), "{err}");
        // Claims 10 bytes: more does not fit in what was allocated, so it is streamed instead,
        // under the streaming limits (the tar ends before the trailer is checked).
        bytes[at..].copy_from_slice(&10u32.to_le_bytes());
        let tarball = read_tgz(&bytes, |_| true).unwrap();
        assert_eq!(tarball.read[0].1, b"MIT License");
    }

    #[test]
    fn zips_are_read_with_the_same_care() {
        let mut writer = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        for (name, bytes) in [
            ("six-1.17.0.dist-info/METADATA", &b"Name: six"[..]),
            ("../evil/LICENSE", b"x"),
            ("six.py", b"import sys"),
        ] {
            writer.start_file(name, options).unwrap();
            io::Write::write_all(&mut writer, bytes).unwrap();
        }
        let bytes = writer.finish().unwrap().into_inner();
        let zip = read_zip(&bytes, |name| name.ends_with("METADATA")).unwrap();
        assert_eq!(zip.files, ["six-1.17.0.dist-info/METADATA", "six.py"]);
        assert_eq!(
            zip.read,
            [(
                "six-1.17.0.dist-info/METADATA".to_owned(),
                b"Name: six".to_vec()
            )]
        );
        assert!(read_zip(b"PK\x03\x04 not a zip", |_| true).is_err());
    }

    #[test]
    fn damaged_archives_are_errors_not_panics() {
        let bytes = tgz(&[("package/LICENSE", b"MIT License")]);
        for cut in [0, 5, 20, bytes.len() / 2, bytes.len() - 3] {
            let _ = read_tgz(&bytes[..cut], |_| true);
        }
        assert!(read_tgz(b"not gzip at all", |_| true).is_err());
        let mut flipped = bytes.clone();
        flipped[bytes.len() / 2] ^= 0xFF;
        let _ = read_tgz(&flipped, |_| true);
    }

    #[test]
    fn entries_are_read_up_to_the_limit() {
        // Text that does not compress far (a run of one letter would look like a bomb).
        let mut state = 1u32;
        let big: Vec<u8> = (0..MAX_ENTRY + 10)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                b'a' + (state >> 16) as u8 % 26
            })
            .collect();
        let bytes = tgz(&[("package/LICENSE", &big)]);
        let tarball = read_tgz(&bytes, |_| true).unwrap();
        assert_eq!(tarball.read[0].1.len() as u64, MAX_ENTRY);
    }
}
