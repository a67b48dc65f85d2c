//! Applying an image's layers, in order, to a folder: only the files the scan reads are written
//! (package databases and their file lists, copyright files, os-release, the metadata of
//! installed Python, npm and Ruby packages, jars, and the executables that are Go or `cargo
//! auditable` Rust programs, found by their ELF sections) and the links on the way to them, so that a
//! later layer's whiteouts (`.wh.<name>`: delete `name`; `.wh..wh..opq`: the folder's earlier
//! contents are gone) and replacements leave exactly what the last layer shows.
//!
//! Layers are hostile input. An entry whose path climbs (`..`) or is absolute, or a link whose
//! target leaves the image's root, is refused with a warning naming it. Links are written
//! relative to their folder after every earlier link was resolved inside the root, so following
//! one on this machine never leaves the folder. A layer stops, with an error, when it expands past
//! [`MAX_EXPANDED`] bytes or more than [`MAX_RATIO`] times its compressed size; a file written is
//! at most the `--max-file-size` (a jar at most [`MAX_JAR`], a program [`MAX_PROGRAM`]).

use std::collections::HashSet;
use std::io::{self, BufReader, Read};
use std::path::{Component, Path, PathBuf};

use super::source::Range;

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
///
/// `reopen` opens the layer a second time: an executable is classified there by its ELF headers
/// and section table alone, and read only when it is a Go or Rust program.
pub fn apply_seekable<R: Read + io::Seek>(
    root: &Path,
    stream: R,
    size: u64,
    reopen: &dyn Fn() -> io::Result<Range>,
    kept: &mut Kept,
) -> Applied {
    let mut applied = Applied::default();
    let mut archive = tar::Archive::new(stream);
    let mut data_end = 0;
    let programs = Programs::Seek(reopen);
    let result = archive
        .entries_with_seek()
        .and_then(|entries| walk(root, entries, &programs, kept, &mut applied, &mut data_end));
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
pub fn apply(
    root: &Path,
    stream: impl Read,
    size: u64,
    compression: Compression,
    kept: &mut Kept,
) -> Applied {
    let mut applied = Applied::default();
    let mut stream = BufReader::with_capacity(1 << 16, stream);
    let expanded: Box<dyn Read> = match compression {
        Compression::None => Box::new(stream),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(stream)),
        Compression::Zstd => match zstd::stream::read::Decoder::with_buffer(&mut stream) {
            Ok(decoder) => Box::new(decoder),
            Err(e) => {
                applied.failed = Some(crate::i18n::tr!("image-not-zstd", error = e.to_string()));
                return applied;
            }
        },
    };
    let limits = crate::archive::Limits {
        max_expanded: MAX_EXPANDED,
        max_ratio: MAX_RATIO,
        ratio_from: RATIO_FROM,
    };
    let guarded = crate::archive::Guarded::new(expanded, size, limits);
    let counted = guarded.counter();
    // Where the last entry's data ended in the expanded stream.
    let mut data_end = 0;
    let mut archive = tar::Archive::new(guarded);
    let result = archive.entries().and_then(|entries| {
        walk(
            root,
            entries,
            &Programs::Read,
            kept,
            &mut applied,
            &mut data_end,
        )
    });
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

/// How an executable entry is told to be a Go or Rust program.
enum Programs<'a> {
    /// From the stream: its first bytes, then the whole of an ELF file (a compressed layer must
    /// be decompressed through anyway).
    Read,
    /// From a second reader of the layer, at the entry's data: its headers and section table.
    Seek(&'a dyn Fn() -> io::Result<Range>),
}

/// What earlier layers kept that only its content made worth keeping: the programs (by their
/// path in the layer). A later layer that puts any other file there must remove it.
#[derive(Debug, Default)]
pub struct Kept {
    programs: HashSet<PathBuf>,
}

fn walk<R: Read>(
    root: &Path,
    entries: tar::Entries<'_, R>,
    programs: &Programs<'_>,
    kept: &mut Kept,
    applied: &mut Applied,
    data_end: &mut u64,
) -> io::Result<()> {
    // What this layer wrote: an opaque whiteout removes only what earlier layers left.
    let mut written: HashSet<PathBuf> = HashSet::new();
    for (count, entry) in entries.enumerate() {
        if count as u64 >= MAX_ENTRIES {
            return Err(invalid(crate::i18n::tr!(
                "read-too-many-entries",
                max = MAX_ENTRIES
            )));
        }
        let mut entry = entry?;
        *data_end = entry.raw_file_position() + entry.size();
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let Some(path) = safe_path(&raw) else {
            applied
                .refused
                .push(crate::i18n::tr!("image-refused-path", path = &raw));
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
        // An executable may be a Go or Rust program whose dependency list the scan reads: its
        // first bytes tell.
        let program = !needed
            && kind.is_file()
            && entry.header().mode().is_ok_and(|mode| mode & 0o111 != 0)
            && (MIN_PROGRAM..=MAX_PROGRAM).contains(&entry.size());
        let program_bytes = match (program, programs) {
            (false, _) => None,
            (true, Programs::Read) => read_program(&mut entry)?,
            (true, Programs::Seek(reopen)) => {
                let at = entry.raw_file_position();
                seek_program(reopen()?.narrow(at, entry.size())?)?
            }
        };
        if !needed && program_bytes.is_none() {
            // A program an earlier layer kept, replaced by a file (or a link) the scan does not
            // read: the program is gone from the image.
            if kept.programs.remove(&path) {
                let parent_rel = path.parent().unwrap_or(Path::new(""));
                if let Some(parent) = crate::read::in_root(root, parent_rel) {
                    remove(&parent.join(&name))?;
                }
            }
            continue;
        }
        let parent_rel = path.parent().unwrap_or(Path::new(""));
        // The parent as it is on disk, every link in it resolved inside the root.
        let Some(parent) = crate::read::in_root(root, parent_rel) else {
            applied
                .refused
                .push(crate::i18n::tr!("image-refused-loop", path = &raw));
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
                None => applied.refused.push(crate::i18n::tr!(
                    "image-refused-link",
                    path = &raw,
                    link = link.to_string()
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
                applied.refused.push(crate::i18n::tr!(
                    "image-refused-hard-link",
                    path = &raw,
                    link = &link
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
        if let Some(bytes) = program_bytes {
            std::fs::create_dir_all(&parent)?;
            remove(&target)?;
            std::fs::write(&target, bytes)?;
            // Discovery looks for programs among the executables, as on a real root.
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o755))?;
            written.insert(target);
            kept.programs.insert(path);
            continue;
        }
        if !kind.is_file() || !wanted(&path) {
            continue;
        }
        if entry.size() > size_limit(&path) {
            applied.refused.push(crate::i18n::tr!(
                "image-refused-size",
                path = &raw,
                size = entry.size()
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
        || installed_wanted(text)
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
        // pnpm's `node_modules` is links into `node_modules/.pnpm/`.
        || text.contains("node_modules/")
        || wanted(path)
}

/// The smallest executable looked at as a possible Go or Rust program.
const MIN_PROGRAM: u64 = 1024;

/// The largest program read (into memory, to find its sections).
pub const MAX_PROGRAM: u64 = 256 << 20;

/// The largest jar written (a fat jar of an application; it is read entry by entry later).
pub const MAX_JAR: u64 = 2 << 30;

/// The whole of an executable entry, when it is a program with a dependency list ossdoo reads
/// (a Go binary, a Rust binary built with `cargo auditable`); `None` for any other file, read no
/// further than its first bytes.
fn read_program(entry: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut magic = [0; 4];
    if entry.read_exact(&mut magic).is_err() || !crate::binary::is_elf(&magic) {
        return Ok(None);
    }
    let mut bytes = magic.to_vec();
    entry.take(MAX_PROGRAM).read_to_end(&mut bytes)?;
    Ok(crate::binary::classify(&bytes[..]).map(|_| bytes))
}

/// [`read_program`] for a file that can be sought in: only its ELF headers and section table
/// are read unless it is a program.
fn seek_program(mut file: Range) -> io::Result<Option<Vec<u8>>> {
    use io::Seek;
    let mut magic = [0; 4];
    if file.read_exact(&mut magic).is_err() || !crate::binary::is_elf(&magic) {
        return Ok(None);
    }
    let cache = object::read::ReadCache::new(file);
    if crate::binary::classify(&cache).is_none() {
        return Ok(None);
    }
    let mut file = cache.into_inner();
    file.seek(io::SeekFrom::Start(0))?;
    let mut bytes = Vec::new();
    file.take(MAX_PROGRAM).read_to_end(&mut bytes)?;
    Ok(Some(bytes))
}

/// The largest file written at `path`: jars may be large; the rest are metadata and texts.
fn size_limit(path: &Path) -> u64 {
    let is_jar = path.to_str().is_some_and(crate::discover::is_jar);
    match is_jar {
        true => MAX_JAR.max(crate::read::max_file_size()),
        false => crate::read::max_file_size(),
    }
}

/// The files of installed language packages that the scan reads: a Python distribution's
/// metadata folder (but not its `RECORD` of every file), a `node_modules` package's
/// `package.json` and license files, jars, gem specifications and the license files of installed
/// gems, and dpkg's file lists (which OS package installed which of these).
fn installed_wanted(text: &str) -> bool {
    let parts: Vec<&str> = text.split('/').collect();
    let Some((&name, folders)) = parts.split_last() else {
        return false;
    };
    if let Some(list) = text.strip_prefix("var/lib/dpkg/info/") {
        return !list.contains('/') && list.ends_with(".list");
    }
    // Jars, and every package.json: an application's own one names it beside its `node_modules`.
    if crate::discover::is_jar(name) || name == "package.json" {
        return true;
    }
    let is_license = || crate::license::files::is_license_file_name(name);
    // `…/site-packages/six-1.16.0.dist-info/METADATA`, `…/dist-packages/six-1.16.0.egg-info`
    if let Some(at) = folders
        .iter()
        .position(|f| *f == "site-packages" || *f == "dist-packages")
    {
        let metadata = |f: &str| f.ends_with(".dist-info") || f.ends_with(".egg-info");
        return match &parts[at + 1..] {
            [single] => metadata(single),
            [dir, rest @ ..] if metadata(dir) => !matches!(
                rest.last().copied(),
                Some("RECORD" | "SOURCES.txt" | "installed-files.txt")
            ),
            _ => false,
        };
    }
    // `…/node_modules/debug/package.json`, `…/node_modules/@types/ms/LICENSE`
    if let Some(at) = folders.iter().rposition(|f| *f == "node_modules") {
        let package_file = match &parts[at + 1..] {
            [_, _] => true,
            [scope, _, _] => scope.starts_with('@'),
            _ => false,
        };
        return package_file && (name == "package.json" || is_license());
    }
    match folders {
        [.., "specifications"] => name.ends_with(".gemspec"),
        [.., "gems", _] => is_license(),
        _ => false,
    }
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
        // Installed language packages.
        for yes in [
            "var/lib/dpkg/info/libc6:amd64.list",
            "usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO",
            "usr/lib/python3/dist-packages/six-1.16.0.egg-info",
            "usr/local/lib/python3.11/site-packages/idna-3.7.dist-info/METADATA",
            "usr/local/lib/python3.11/site-packages/idna-3.7.dist-info/licenses/LICENSE.md",
            "app/node_modules/debug/package.json",
            "app/node_modules/debug/node_modules/ms/license.md",
            "app/node_modules/@types/ms/LICENSE",
            "app/app.jar",
            "usr/local/bundle/specifications/rack-3.0.8.gemspec",
            "usr/local/bundle/gems/rack-3.0.8/MIT-LICENSE",
        ] {
            assert!(wanted(Path::new(yes)), "{yes}");
        }
        for no in [
            "var/lib/dpkg/info/libc6:amd64.md5sums",
            "usr/local/lib/python3.11/site-packages/idna-3.7.dist-info/RECORD",
            "usr/local/lib/python3.11/site-packages/idna/core.py",
            "app/node_modules/debug/src/index.js",
            "app/node_modules/debug/package.json.bak",
            "app/node_modules/debug/src/README.md",
            "app/node_modules/@types/ms/index.d.ts",
            "usr/local/bundle/gems/rack-3.0.8/lib/rack.rb",
        ] {
            assert!(!wanted(Path::new(no)), "{no}");
        }
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

#[cfg(test)]
mod program_tests {
    use super::*;

    /// An uncompressed layer holding the fixture's Rust and Go programs and a shell script, all
    /// executable, and the same programs not executable.
    fn layer() -> Vec<u8> {
        let dir =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/rootfs-apps/root/usr/local/bin");
        let mut tar = tar::Builder::new(Vec::new());
        let mut add = |path: &str, bytes: &[u8], mode: u32| {
            let mut header = tar::Header::new_gnu();
            header.set_size(bytes.len() as u64);
            header.set_mode(mode);
            header.set_cksum();
            tar.append_data(&mut header, path, bytes).unwrap();
        };
        let rust = std::fs::read(dir.join("hello-rust")).unwrap();
        let go = std::fs::read(dir.join("hello-go")).unwrap();
        add("usr/local/bin/hello-rust", &rust, 0o755);
        add("app/hello-go", &go, 0o755);
        add(
            "usr/bin/script",
            &[b"#!/bin/sh\necho hi\n" as &[u8], &[b' '; 2048]].concat(),
            0o755,
        );
        add("opt/not-executable", &rust, 0o644);
        tar.into_inner().unwrap()
    }

    #[test]
    fn a_program_replaced_by_a_later_layer_is_gone() {
        let first = layer();
        let mut tar = tar::Builder::new(Vec::new());
        let script = [b"#!/bin/sh\nexec true\n" as &[u8], &[b' '; 2048]].concat();
        let mut header = tar::Header::new_gnu();
        header.set_size(script.len() as u64);
        header.set_mode(0o755);
        header.set_cksum();
        tar.append_data(&mut header, "app/hello-go", &script[..])
            .unwrap();
        let second = tar.into_inner().unwrap();
        let root = tempfile::tempdir().unwrap();
        let kept = &mut Kept::default();
        for layer in [&first, &second] {
            let applied = apply(
                root.path(),
                &layer[..],
                layer.len() as u64,
                Compression::None,
                kept,
            );
            assert!(applied.failed.is_none(), "{:?}", applied.failed);
        }
        assert!(!root.path().join("app/hello-go").exists());
        assert!(root.path().join("usr/local/bin/hello-rust").is_file());
    }

    #[test]
    fn programs_are_kept_whether_the_layer_is_read_or_sought_in() {
        let bytes = layer();
        let image = tempfile::tempdir().unwrap();
        std::fs::write(image.path().join("layer.tar"), &bytes).unwrap();
        let source = super::super::source::Source::Folder(image.path().to_path_buf());
        for seek in [false, true] {
            let root = tempfile::tempdir().unwrap();
            let applied = if seek {
                let (size, range) = source.seekable("layer.tar").unwrap();
                let reopen = || source.seekable("layer.tar").map(|(_, r)| r);
                apply_seekable(root.path(), range, size, &reopen, &mut Kept::default())
            } else {
                let kept = &mut Kept::default();
                apply(
                    root.path(),
                    &bytes[..],
                    bytes.len() as u64,
                    Compression::None,
                    kept,
                )
            };
            assert!(applied.failed.is_none(), "{:?}", applied.failed);
            let kept = |path: &str| root.path().join(path).is_file();
            assert!(kept("usr/local/bin/hello-rust"), "seek: {seek}");
            assert!(kept("app/hello-go"), "seek: {seek}");
            assert!(!kept("usr/bin/script"), "seek: {seek}");
            assert!(!kept("opt/not-executable"), "seek: {seek}");
            let written = std::fs::read(root.path().join("app/hello-go")).unwrap();
            let original = std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("fixtures/rootfs-apps/root/usr/local/bin/hello-go"),
            )
            .unwrap();
            assert!(
                written == original,
                "seek: {seek}: the program is written whole"
            );
        }
    }
}
