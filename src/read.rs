//! Reading the scanned tree's files as hostile input: only regular files (a FIFO would block the
//! scan forever, a device could be endless), never more than a size limit, and text that is not
//! UTF-8 reported with where it goes wrong.
//!
//! Every manifest, lockfile, metadata and license file goes through [`bytes`] or [`text`]; an
//! error here becomes a diagnostic for that one file and the scan goes on.

use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The default largest file read: far above any real lockfile (the largest seen are tens of MB).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 256 << 20;

static MAX_FILE_SIZE: AtomicU64 = AtomicU64::new(DEFAULT_MAX_FILE_SIZE);

/// Sets the largest file read, for the whole process (`--max-file-size`).
pub fn set_max_file_size(bytes: u64) {
    MAX_FILE_SIZE.store(bytes, Ordering::Relaxed);
}

/// The largest file read.
pub fn max_file_size() -> u64 {
    MAX_FILE_SIZE.load(Ordering::Relaxed)
}

/// A whole file, if it is a regular file (after following symlinks) within the size limit.
pub fn bytes(path: impl AsRef<Path>) -> io::Result<Vec<u8>> {
    let path = path.as_ref();
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::i18n::tr!("read-not-regular-file", kind = kind_of(&meta.file_type())),
        ));
    }
    let max = max_file_size();
    let too_big = |size: u64| {
        io::Error::new(
            io::ErrorKind::FileTooLarge,
            crate::i18n::tr!(
                "read-over-size-limit",
                size = human_size(size),
                limit = human_size(max)
            ),
        )
    };
    if meta.len() > max {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow between the check and the read: read one byte past the limit to know.
    std::fs::File::open(path)?
        .take(max + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The first `limit` bytes of a regular file that is not a symlink (a link in a copied tree can
/// point anywhere on the machine), and whether that was the whole file. For the files read in
/// part (the head of a vendored source file); `--max-file-size` still bounds the file.
pub fn head(path: impl AsRef<Path>, limit: u64) -> io::Result<(Vec<u8>, bool)> {
    let path = path.as_ref();
    let meta = std::fs::symlink_metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::i18n::tr!("read-not-regular-file", kind = kind_of(&meta.file_type())),
        ));
    }
    let limit = limit.min(max_file_size());
    let mut bytes = Vec::with_capacity(limit.min(meta.len()) as usize);
    // One byte past the limit tells whether there was more.
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    let whole = bytes.len() as u64 <= limit;
    bytes.truncate(limit as usize);
    Ok((bytes, whole))
}

/// A whole file as UTF-8 text (a leading byte-order mark dropped), under the rules of [`bytes`].
pub fn text(path: impl AsRef<Path>) -> io::Result<String> {
    utf8(bytes(path)?)
}

/// Bytes as UTF-8 text (a leading byte-order mark dropped); the error says where it is not, or
/// where a NUL byte is (no text format has one; a damaged or binary file does).
pub fn utf8(mut bytes: Vec<u8>) -> io::Result<String> {
    let invalid = |message: String| io::Error::new(io::ErrorKind::InvalidData, message);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(invalid(crate::i18n::tr!("read-utf16")));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        let (line, column) = line_column(&bytes[..at]);
        return Err(invalid(crate::i18n::tr!(
            "read-nul-byte",
            line = line,
            column = column
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        invalid(crate::i18n::tr!(
            "read-not-utf8",
            line = line,
            column = column
        ))
    })
}

/// The line and column (1-based, in bytes) just after `before`.
fn line_column(before: &[u8]) -> (usize, usize) {
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + before.iter().rev().take_while(|&&b| b != b'\n').count();
    (line, column)
}

fn kind_of(file_type: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return crate::i18n::tr!("read-kind-pipe");
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return crate::i18n::tr!("read-kind-device");
        }
        if file_type.is_socket() {
            return crate::i18n::tr!("read-kind-socket");
        }
    }
    if file_type.is_dir() {
        crate::i18n::tr!("read-kind-folder")
    } else {
        crate::i18n::tr!("read-kind-other")
    }
}

/// `1.5 MB`, `256 MB`, `900 bytes` (binary multiples, named as people say them).
pub fn human_size(bytes: u64) -> String {
    const UNITS: &[(u64, &str)] = &[(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")];
    for &(unit, name) in UNITS {
        if bytes >= unit {
            let value = bytes as f64 / unit as f64;
            let places = if value.fract() == 0.0 { 0 } else { 1 };
            let value = crate::i18n::decimal(value, places);
            return crate::i18n::tr!("read-size-unit", value = value, unit = name);
        }
    }
    crate::i18n::tr!("read-size-bytes", count = bytes)
}

/// Parses a size: `1048576`, `512KB`, `256MB`, `1 GB`, `2GiB` (K/M/G are binary multiples).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| crate::i18n::tr!("read-not-a-size", text = text))?;
    let multiple: u64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        other => return Err(crate::i18n::tr!("read-unknown-size-unit", unit = other)),
    };
    number
        .checked_mul(multiple)
        .filter(|&n| n > 0)
        .ok_or_else(|| crate::i18n::tr!("read-unusable-size", text = text))
}

/// Where `rel` (a path inside the system at `root`) is on this machine, its symlinks followed
/// inside `root` as that system would follow them: an absolute target starts again at `root`, and
/// `..` never climbs above it. `None` when a link loops (more than 40 links) or cannot be read.
pub fn in_root(root: &Path, rel: &Path) -> Option<PathBuf> {
    let mut resolved = PathBuf::new();
    let mut pending: Vec<std::ffi::OsString> = components(rel);
    pending.reverse();
    let mut links = 0;
    while let Some(part) = pending.pop() {
        if part == ".." {
            resolved.pop();
            continue;
        }
        let candidate = resolved.join(&part);
        let on_disk = root.join(&candidate);
        match std::fs::symlink_metadata(&on_disk) {
            Ok(meta) if meta.file_type().is_symlink() => {
                links += 1;
                if links > 40 {
                    return None;
                }
                let target = std::fs::read_link(&on_disk).ok()?;
                if target.is_absolute() {
                    resolved = PathBuf::new();
                }
                let mut parts = components(&target);
                parts.reverse();
                pending.extend(parts);
            }
            // A missing part: the rest cannot be links either; the path is returned as it is.
            _ => resolved = candidate,
        }
    }
    Some(root.join(resolved))
}

/// The normal parts of a path and its `..`s, in order (`.`, `/` and prefixes dropped).
fn components(path: &Path) -> Vec<std::ffi::OsString> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_os_string()),
            Component::ParentDir => Some("..".into()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sizes() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("512KB"), Ok(512 << 10));
        assert_eq!(parse_size("256 MB"), Ok(256 << 20));
        assert_eq!(parse_size("2gib"), Ok(2 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("MB").is_err());
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("99999999999999999999GB").is_err());
    }

    #[test]
    fn names_sizes() {
        assert_eq!(human_size(900), "900 bytes");
        assert_eq!(human_size(256 << 20), "256 MB");
        assert_eq!(human_size(3 << 19), "1.5 MB");
    }

    #[test]
    fn says_where_text_is_not_utf8() {
        let err = utf8(b"a\nbc\xFFd".to_vec()).unwrap_err().to_string();
        assert_eq!(err, "not UTF-8 text: invalid byte at line 2, column 3");
        let err = utf8(b"\xFF\xFEa\x00".to_vec()).unwrap_err().to_string();
        assert!(err.contains("it is UTF-16"), "{err}");
        let err = utf8(b"ok\n\n  \x00".to_vec()).unwrap_err().to_string();
        assert!(err.starts_with("a NUL byte at line 3, column 3"), "{err}");
        assert_eq!(utf8(b"\xEF\xBB\xBFok".to_vec()).unwrap(), "ok");
    }

    #[cfg(unix)]
    #[test]
    fn refuses_what_is_not_a_regular_file() {
        let err = bytes(Path::new("/dev/zero")).unwrap_err().to_string();
        assert_eq!(err, "not a regular file (a device)");
        let err = bytes(Path::new("/")).unwrap_err().to_string();
        assert_eq!(err, "not a regular file (a folder)");
    }

    #[test]
    fn follows_links_inside_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("usr/lib")).unwrap();
        std::fs::create_dir_all(root.join("etc")).unwrap();
        std::fs::create_dir_all(root.join("usr/share/doc/libfoo-common")).unwrap();
        std::fs::write(root.join("usr/lib/os-release"), "ID=debian\n").unwrap();
        std::os::unix::fs::symlink("/usr/lib/os-release", root.join("etc/os-release")).unwrap();
        std::os::unix::fs::symlink("libfoo-common", root.join("usr/share/doc/libfoo")).unwrap();
        std::os::unix::fs::symlink("../../../../../../etc", root.join("usr/share/up")).unwrap();
        assert_eq!(
            in_root(root, Path::new("etc/os-release")).unwrap(),
            root.join("usr/lib/os-release")
        );
        assert_eq!(
            in_root(root, Path::new("usr/share/doc/libfoo/copyright")).unwrap(),
            root.join("usr/share/doc/libfoo-common/copyright")
        );
        // `..` stops at the root: the link cannot reach the machine's own /etc.
        assert_eq!(
            in_root(root, Path::new("usr/share/up/passwd")).unwrap(),
            root.join("etc/passwd")
        );
        std::os::unix::fs::symlink("loop", root.join("loop")).unwrap();
        assert_eq!(in_root(root, Path::new("loop/x")), None);
    }
}
