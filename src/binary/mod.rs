//! What a compiled program says about the code built into it, read without running it: a Go
//! binary's module list (`go.rs`, what `go version -m` prints) and a Rust binary's dependency
//! list embedded by `cargo auditable` (`auditable.rs`).
//!
//! Binaries are hostile input like archives: only the ELF headers and the one section wanted are
//! read (through `object`'s lazy reader, never the whole file), every length is checked against
//! what is there, and the compressed Rust list may expand to [`auditable::MAX_EXPANDED`] bytes.

pub mod auditable;
pub mod go;

use std::fs::File;
use std::io::Read;
use std::path::Path;

use object::read::ReadCache;
use object::{Object, ObjectSection, ReadRef};

/// The section `cargo auditable` writes its compressed dependency list to.
const RUST_SECTION: &str = ".dep-v0";

/// What kind of program a binary is, when it carries a dependency list ossdoo reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Built by Go: its module list is in `.go.buildinfo`.
    Go,
    /// Built by Cargo with `cargo auditable`: its crates are in `.dep-v0`.
    Rust,
}

/// Whether `first` (a file's first bytes) starts an ELF file.
pub fn is_elf(first: &[u8]) -> bool {
    first.starts_with(b"\x7fELF")
}

/// The kind of the binary at `path`, reading only its headers; `None` for any other file.
pub fn classify_file(path: &Path) -> Option<Kind> {
    let mut file = File::open(path).ok()?;
    let mut magic = [0; 4];
    file.read_exact(&mut magic).ok()?;
    if !is_elf(&magic) {
        return None;
    }
    let cache = ReadCache::new(file);
    classify(&cache)
}

/// The kind of the binary held in `data` (a whole file in memory, or a lazy reader).
pub fn classify<'d, R: ReadRef<'d>>(data: R) -> Option<Kind> {
    let file = object::File::parse(data).ok()?;
    if file.section_by_name(RUST_SECTION).is_some() {
        return Some(Kind::Rust);
    }
    let go = [".go.buildinfo", ".note.go.buildid", ".gopclntab"];
    go.iter()
        .any(|name| file.section_by_name(name).is_some())
        .then_some(Kind::Go)
}

/// Opens the binary at `path` for reading its sections lazily.
fn open(path: &Path) -> Result<ReadCache<File>, String> {
    let file = File::open(path)
        .map_err(|e| crate::i18n::tr!("read-cannot-open", error = e.to_string()))?;
    Ok(ReadCache::new(file))
}

/// The bytes of section `name`, at most `max` of them.
fn section<'d, R: ReadRef<'d>>(
    file: &object::File<'d, R>,
    name: &str,
    max: u64,
) -> Result<Option<&'d [u8]>, String> {
    let Some(section) = file.section_by_name(name) else {
        return Ok(None);
    };
    if section.size() > max {
        return Err(crate::i18n::tr!(
            "binary-section-too-large",
            name = name,
            size = section.size(),
            max = max
        ));
    }
    section.data().map(Some).map_err(|e| {
        crate::i18n::tr!(
            "binary-section-unreadable",
            name = name,
            error = e.to_string()
        )
    })
}
