//! The files of an image as given: a folder (an OCI image layout) or a tar file (a `docker save`
//! archive, or an OCI layout packed in a tar), read by name without unpacking the tar: its entries
//! are listed once with their offsets, and each is read in place.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// The largest JSON document (index, manifest, config) read from an image.
const MAX_JSON: u64 = 16 << 20;

pub enum Source {
    Folder(PathBuf),
    Tar {
        path: PathBuf,
        /// Normalised entry name (`blobs/sha256/…`, no `./`) → (offset of its data, size).
        entries: HashMap<String, (u64, u64)>,
    },
}

impl Source {
    pub fn open(path: &Path) -> io::Result<Source> {
        let meta = std::fs::metadata(path)?;
        if meta.is_dir() {
            return Ok(Source::Folder(path.to_path_buf()));
        }
        if !meta.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                crate::i18n::tr!("image-not-file-or-folder"),
            ));
        }
        let mut archive = tar::Archive::new(io::BufReader::new(File::open(path)?));
        let mut entries = HashMap::new();
        // Seeking past each entry's data: a `docker save` archive of uncompressed layers is
        // gigabytes, and only its entries' headers are read here.
        for entry in archive.entries_with_seek()? {
            let entry = entry?;
            if !entry.header().entry_type().is_file() {
                continue;
            }
            let Some(name) = normalized(&String::from_utf8_lossy(&entry.path_bytes())) else {
                continue;
            };
            entries.insert(name, (entry.raw_file_position(), entry.size()));
            if entries.len() > 1_000_000 {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    crate::i18n::tr!("image-too-many-entries"),
                ));
            }
        }
        Ok(Source::Tar {
            path: path.to_path_buf(),
            entries,
        })
    }

    pub fn has(&self, name: &str) -> bool {
        match self {
            Source::Folder(dir) => dir.join(name).is_file(),
            Source::Tar { entries, .. } => entries.contains_key(name),
        }
    }

    /// The size and a reader of one file, which can seek within it (an uncompressed layer's
    /// unread files are sought past).
    pub fn seekable(&self, name: &str) -> io::Result<(u64, Range)> {
        let not_found = || {
            io::Error::new(
                io::ErrorKind::NotFound,
                crate::i18n::tr!("image-missing-file", name = name),
            )
        };
        let (file, start, size) = match self {
            Source::Folder(dir) => {
                let path = dir.join(name);
                let meta = std::fs::metadata(&path).map_err(|_| not_found())?;
                if !meta.is_file() {
                    return Err(not_found());
                }
                (File::open(path)?, 0, meta.len())
            }
            Source::Tar { path, entries } => {
                let &(offset, size) = entries.get(name).ok_or_else(not_found)?;
                (File::open(path)?, offset, size)
            }
        };
        let mut range = Range {
            file: io::BufReader::with_capacity(1 << 16, file),
            start,
            size,
            at: 0,
        };
        range.seek(SeekFrom::Start(0))?;
        Ok((size, range))
    }

    /// A JSON document of the image, whole.
    pub fn json<T: serde::de::DeserializeOwned>(&self, name: &str) -> Result<T, String> {
        let (size, mut reader) = self.seekable(name).map_err(|e| e.to_string())?;
        if size > MAX_JSON {
            return Err(crate::i18n::tr!(
                "image-metadata-too-large",
                name = name,
                size = size
            ));
        }
        let mut bytes = Vec::with_capacity(size as usize);
        reader.read_to_end(&mut bytes).map_err(|e| {
            crate::i18n::tr!("image-file-unreadable", name = name, error = e.to_string())
        })?;
        serde_json::from_slice(&bytes).map_err(|e| {
            crate::i18n::tr!(
                "image-file-invalid-json",
                name = name,
                error = e.to_string()
            )
        })
    }
}

impl Range {
    /// The part of this range `size` bytes from `offset` (a file inside an uncompressed layer),
    /// readable and seekable on its own, with a small buffer: it is read at a few places (a
    /// program's headers and section table), not through.
    pub fn narrow(mut self, offset: u64, size: u64) -> io::Result<Range> {
        self.file = io::BufReader::with_capacity(4096, self.file.into_inner());
        self.start += offset.min(self.size);
        self.size = size.min(self.size.saturating_sub(offset));
        self.seek(SeekFrom::Start(0))?;
        Ok(self)
    }
}

/// A part of a file (`size` bytes from `start`), readable and seekable on its own.
pub struct Range {
    file: io::BufReader<File>,
    start: u64,
    size: u64,
    /// The position within the range.
    at: u64,
}

impl Read for Range {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.size.saturating_sub(self.at);
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let n = self.file.read(&mut buf[..want])?;
        self.at += n as u64;
        Ok(n)
    }
}

impl Seek for Range {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::Current(delta) => self.at.checked_add_signed(delta),
            SeekFrom::End(delta) => self.size.checked_add_signed(delta),
        }
        // i18n: a bug: only ossdoo's own code seeks
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the start"))?;
        // Past the end reads nothing, as with a file.
        self.file.seek(SeekFrom::Start(self.start + target))?;
        self.at = target;
        Ok(target)
    }
}

/// `./blobs/sha256/ab` → `blobs/sha256/ab`; `None` for paths that climb (`..`).
fn normalized(name: &str) -> Option<String> {
    let parts: Vec<&str> = name
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if parts.contains(&"..") || parts.is_empty() {
        return None;
    }
    Some(parts.join("/"))
}

/// The file of a blob in an OCI layout: `sha256:ab…` → `blobs/sha256/ab…`.
pub fn blob_path(digest: &str) -> Result<String, String> {
    let (algorithm, hex) = digest
        .split_once(':')
        .ok_or_else(|| crate::i18n::tr!("image-not-a-digest", digest = digest))?;
    let safe = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    if !safe(algorithm) || !safe(hex) {
        return Err(crate::i18n::tr!("image-not-a-digest", digest = digest));
    }
    Ok(format!("blobs/{algorithm}/{hex}"))
}
