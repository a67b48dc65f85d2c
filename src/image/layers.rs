//! Applying an image's layers, in order, to a folder: only the files the scan reads are written
//! (package databases, copyright files, os-release) and the links on the way to them, so that a
//! later layer's whiteouts (`.wh.<name>`: delete `name`; `.wh..wh..opq`: the folder's earlier
//! contents are gone) and replacements leave exactly what the last layer shows.
//!
//! Layers are hostile input. An entry whose path climbs (`..`) or is absolute, or a link whose
//! target leaves the image's root, is refused with a warning naming it. Links are written
//! relative to their folder after every earlier link was resolved inside the root, so following
//! one on this machine never leaves the folder. A layer stops, with an error, when it expands past
//! [`MAX_EXPANDED`] bytes or more than [`MAX_RATIO`] times its compressed size; a file written is
//! at most the `--max-file-size`.

use std::cell::Cell;
use std::collections::HashSet;
use std::io::{self, BufReader, Read};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

/// The most a layer may expand to.
pub const MAX_EXPANDED: u64 = 64 << 30;

/// How many times its compressed size a layer may expand to, past [`RATIO_FROM`] bytes.
pub const MAX_RATIO: u64 = 100;

/// Below this many expanded bytes the ratio is not checked.
pub const RATIO_FROM: u64 = 64 << 20;

/// The most entries a layer may hold.
pub const MAX_ENTRIES: u64 = 5_000_000;

/// What a layer's application refused or could not do.
#[derive(Debug, Default)]
pub struct Applied {
    /// Entries refused (unsafe paths, links out of the root), one line each.
    pub refused: Vec<String>,
    /// Why the layer could not be read to its end, when it could not.
    pub failed: Option<String>,
    /// The layer ends right after its last file, without tar's end-of-archive blocks (as umoci
    /// 0.4.7's `insert` writes them): every file was read, and the layer is accepted.
    pub unterminated: bool,
}

/// The compression of a layer, from its media type or, in a `docker save` archive, its first
/// bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub fn sniff(first: &[u8]) -> Compression {
        match first {
            [0x1f, 0x8b, ..] => Compression::Gzip,
            [0x28, 0xb5, 0x2f, 0xfd, ..] => Compression::Zstd,
            _ => Compression::None,
        }
    }
}

/// Applies an uncompressed layer (`size` bytes) to `root`, seeking past the data of the files
/// the scan does not read instead of reading it: only the headers and the wanted files are read.
pub fn apply_seekable<R: Read + io::Seek>(root: &Path, stream: R, size: u64) -> Applied {
    let mut applied = Applied::default();
    let mut archive = tar::Archive::new(stream);
    let mut data_end = 0;
    let result = archive
        .entries_with_seek()
        .and_then(|entries| walk(root, entries, &mut applied, &mut data_end));
    match result {
        Ok(()) => {}
        Err(e) if data_end > 0 && data_end == size && is_early_end(&e) => {
            applied.unterminated = true;
        }
        Err(e) => applied.failed = Some(e.to_string()),
    }
    applied
}

/// Applies one layer (its compressed stream, `size` bytes) to `root`.
pub fn apply(root: &Path, stream: impl Read, size: u64, compression: Compression) -> Applied {
    let mut applied = Applied::default();
    let mut stream = BufReader::with_capacity(1 << 16, stream);
    let expanded: Box<dyn Read> = match compression {
        Compression::None => Box::new(stream),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(stream)),
        Compression::Zstd => match zstd::stream::read::Decoder::with_buffer(&mut stream) {
            Ok(decoder) => Box::new(decoder),
            Err(e) => {
                applied.failed = Some(format!("not a zstd stream: {e}"));
                return applied;
            }
        },
    };
    let counted = Rc::new(Cell::new(0));
    let guarded = Guarded {
        inner: expanded,
        compressed: size,
        expanded: Rc::clone(&counted),
    };
    // Where the last entry's data ended in the expanded stream.
    let mut data_end = 0;
    let mut archive = tar::Archive::new(guarded);
    let result = archive
        .entries()
        .and_then(|entries| walk(root, entries, &mut applied, &mut data_end));
    match result {
        Ok(()) => {}
        // The stream ended exactly where the last file's data did: only tar's padding and
        // end-of-archive blocks are missing (the tar crate calls it "unexpected EOF during skip").
        Err(e) if data_end > 0 && counted.get() == data_end && is_early_end(&e) => {
            applied.unterminated = true;
        }
        Err(e) => applied.failed = Some(e.to_string()),
    }
    applied
}

/// The tar reader's own "the stream ended" (not a write that failed, such as a full disk).
fn is_early_end(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::UnexpectedEof || e.to_string().contains("unexpected EOF")
}

fn walk<R: Read>(
    root: &Path,
    entries: tar::Entries<'_, R>,
    applied: &mut Applied,
    data_end: &mut u64,
) -> io::Result<()> {
    // What this layer wrote: an opaque whiteout removes only what earlier layers left.
    let mut written: HashSet<PathBuf> = HashSet::new();
    for (count, entry) in entries.enumerate() {
        if count as u64 >= MAX_ENTRIES {
            return Err(invalid(format!("more than {MAX_ENTRIES} entries")));
        }
        let mut entry = entry?;
        *data_end = entry.raw_file_position() + entry.size();
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let Some(path) = safe_path(&raw) else {
            applied
                .refused
                .push(format!("`{raw}`: the path leaves the image's root"));
            continue;
        };
        // `./`: the root itself.
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        let kind = entry.header().entry_type();
        let whiteout = name.starts_with(".wh.");
        if kind.is_dir() && !whiteout {
            // A folder replaces a link or file an earlier layer had at that path.
            let lexical = root.join(&path);
            if std::fs::symlink_metadata(&lexical).is_ok_and(|m| !m.is_dir()) {
                remove(&lexical)?;
            }
            continue;
        }
        // Most of a layer is files the scan never reads: passed by before any lookup on disk.
        let needed = whiteout
            || (kind.is_symlink() && link_wanted(&path))
            || ((kind.is_file() || kind.is_hard_link()) && wanted(&path));
        if !needed {
            continue;
        }
        let parent_rel = path.parent().unwrap_or(Path::new(""));
        // The parent as it is on disk, every link in it resolved inside the root.
        let Some(parent) = crate::read::in_root(root, parent_rel) else {
            applied
                .refused
                .push(format!("`{raw}`: its folder is a link that loops"));
            continue;
        };
        if name == ".wh..wh..opq" {
            opaque(&parent, &written)?;
            continue;
        }
        if let Some(hidden) = name.strip_prefix(".wh.") {
            remove(&parent.join(hidden))?;
            continue;
        }
        let target = parent.join(&name);
        if kind.is_symlink() {
            let Some(link) = entry.link_name_bytes() else {
                continue;
            };
            let link = String::from_utf8_lossy(&link).into_owned();
            let here = parent.strip_prefix(root).unwrap_or(Path::new(""));
            match relative_link(here, &link) {
                Some(relative) => {
                    std::fs::create_dir_all(&parent)?;
                    remove(&target)?;
                    std::os::unix::fs::symlink(relative, &target)?;
                    written.insert(target);
                }
                None => applied.refused.push(format!(
                    "`{raw}`: a link to `{link}`, which leaves the image's root"
                )),
            }
            continue;
        }
        if kind.is_hard_link() {
            let Some(link) = entry.link_name_bytes() else {
                continue;
            };
            let link = String::from_utf8_lossy(&link).into_owned();
            let Some(source) = safe_path(&link).and_then(|l| crate::read::in_root(root, &l)) else {
                applied.refused.push(format!(
                    "`{raw}`: a hard link to `{link}`, which leaves the image's root"
                ));
                continue;
            };
            if wanted(&path) && source.is_file() {
                std::fs::create_dir_all(&parent)?;
                remove(&target)?;
                std::fs::copy(&source, &target)?;
                written.insert(target);
            }
            continue;
        }
        if !kind.is_file() || !wanted(&path) {
            continue;
        }
        if entry.size() > crate::read::max_file_size() {
            applied.refused.push(format!(
                "`{raw}`: {} bytes, over the largest file read (--max-file-size)",
                entry.size()
            ));
            continue;
        }
        std::fs::create_dir_all(&parent)?;
        remove(&target)?;
        let mut file = std::fs::File::create(&target)?;
        io::copy(&mut entry, &mut file)?;
        written.insert(target);
    }
    Ok(())
}

/// The files the scan reads; the rest of a layer is read past, never written.
pub fn wanted(path: &Path) -> bool {
    let Some(text) = path.to_str() else {
        return false;
    };
    matches!(
        text,
        "etc/os-release"
            | "usr/lib/os-release"
            | "var/lib/dpkg/status"
            | "lib/apk/db/installed"
            | "usr/lib/apk/db/installed"
    ) || text.starts_with("var/lib/dpkg/status.d/")
        || ["var/lib/rpm/", "usr/lib/sysimage/rpm/"].iter().any(|dir| {
            text.strip_prefix(dir)
                .is_some_and(|file| matches!(file, "rpmdb.sqlite" | "Packages" | "Packages.db"))
        })
        || (text.starts_with("usr/share/doc/")
            && text.ends_with("/copyright")
            && text.matches('/').count() == 4)
}

/// The links that can lie on the way to a file the scan reads: the top folders (`lib →
/// usr/lib`, `var/run`), the folders below `var/lib` and `usr/lib` (`var/lib/rpm →
/// ../../usr/lib/sysimage/rpm`), Debian's doc folders (`usr/share/doc/libfoo → libfoo-common`)
/// and the wanted files themselves (`etc/os-release → ../usr/lib/os-release`). The thousands of
/// other links of an image (`usr/lib/x86_64-linux-gnu/libssl.so.3`, `etc/alternatives/…`) are
/// not written.
fn link_wanted(path: &Path) -> bool {
    let depth = path.components().count();
    let Some(text) = path.to_str() else {
        return false;
    };
    depth <= 2
        || (depth == 3 && (text.starts_with("var/lib/") || text.starts_with("usr/lib/")))
        || (depth == 4 && text.starts_with("usr/share/doc/"))
        || wanted(path)
}

/// An entry's path as relative parts (empty for the root, `./`); `None` when it is absolute or
/// climbs with `..`.
fn safe_path(raw: &str) -> Option<PathBuf> {
    let path = Path::new(raw);
    let mut clean = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => clean.push(part),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(clean)
}

/// A link at folder `here` (root-relative, links resolved) to `target` as the image wrote it,
/// as a path relative to `here` that stays inside the root: absolute targets start at the root,
/// and a `..` that would climb above it refuses the link (`None`).
fn relative_link(here: &Path, target: &str) -> Option<PathBuf> {
    let mut resolved: Vec<std::ffi::OsString> = if target.starts_with('/') {
        Vec::new()
    } else {
        here.components()
            .map(|c| c.as_os_str().to_os_string())
            .collect()
    };
    for component in Path::new(target).components() {
        match component {
            Component::Normal(part) => resolved.push(part.to_os_string()),
            Component::ParentDir => {
                resolved.pop()?;
            }
            _ => {}
        }
    }
    let mut relative: PathBuf = here.components().map(|_| "..").collect();
    relative.extend(resolved);
    if relative.as_os_str().is_empty() {
        relative.push(".");
    }
    Some(relative)
}

/// Removes whatever is at `path` (a link itself, not what it points to); nothing there is fine.
fn remove(path: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// An opaque folder: what earlier layers put in it is gone; what this layer wrote stays.
fn opaque(dir: &Path, written: &HashSet<PathBuf>) -> io::Result<()> {
    let Ok(children) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for child in children.filter_map(Result::ok) {
        let path = child.path();
        if !written.iter().any(|w| w.starts_with(&path)) {
            remove(&path)?;
        }
    }
    Ok(())
}

/// Counts expanded bytes and stops a decompression bomb.
struct Guarded<R> {
    inner: R,
    compressed: u64,
    expanded: Rc<Cell<u64>>,
}

impl<R: Read> Read for Guarded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let expanded = self.expanded.get() + n as u64;
        self.expanded.set(expanded);
        if expanded > MAX_EXPANDED {
            return Err(invalid(format!(
                "expands past {} GiB: not read further",
                MAX_EXPANDED >> 30
            )));
        }
        if expanded > RATIO_FROM && expanded > self.compressed.saturating_mul(MAX_RATIO) {
            return Err(invalid(format!(
                "expands more than {MAX_RATIO} times its compressed size ({} bytes): a decompression bomb; not read further",
                self.compressed
            )));
        }
        Ok(n)
    }
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_links_stay_inside() {
        assert_eq!(
            safe_path("./usr/share/doc/x/copyright"),
            Some(PathBuf::from("usr/share/doc/x/copyright"))
        );
        assert_eq!(safe_path("../../etc/evil"), None);
        assert_eq!(safe_path("/etc/evil"), None);
        assert_eq!(safe_path("usr/../../x"), None);
        let here = Path::new("usr/share/doc");
        assert_eq!(
            relative_link(here, "libfoo-common"),
            Some(PathBuf::from("../../../usr/share/doc/libfoo-common"))
        );
        assert_eq!(
            relative_link(Path::new("etc"), "/usr/lib/os-release"),
            Some(PathBuf::from("../usr/lib/os-release"))
        );
        assert_eq!(relative_link(here, "../../../../etc/shadow"), None);
        assert_eq!(relative_link(Path::new(""), "/"), Some(PathBuf::from(".")));
    }

    #[test]
    fn wants_what_the_scan_reads() {
        assert!(wanted(Path::new("var/lib/dpkg/status")));
        assert!(wanted(Path::new("var/lib/dpkg/status.d/base-files")));
        assert!(wanted(Path::new("usr/share/doc/zlib1g/copyright")));
        assert!(!wanted(Path::new("usr/share/doc/zlib1g/changelog.gz")));
        assert!(!wanted(Path::new("usr/bin/bash")));
        assert!(link_wanted(Path::new("lib")));
        assert!(link_wanted(Path::new("var/lib/rpm")));
        assert!(link_wanted(Path::new("usr/share/doc/libncursesw6")));
        assert!(link_wanted(Path::new("etc/os-release")));
        assert!(!link_wanted(Path::new(
            "usr/lib/x86_64-linux-gnu/libssl.so.3"
        )));
        assert!(!link_wanted(Path::new("etc/alternatives/editor")));
    }
}
