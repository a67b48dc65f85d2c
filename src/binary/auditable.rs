//! The dependency list `cargo auditable` embeds in a Rust binary: the `.dep-v0` section, zlib-
//! compressed JSON (`{"packages": [{"name", "version", "source", "kind", "dependencies",
//! "root"}]}`), one entry per crate compiled in, the binary's own crate marked `root`.

use std::io::Read;
use std::path::Path;

use object::ReadRef;
use serde::Deserialize;

/// The most the compressed list may expand to (`rust-audit-info`'s own default limit).
pub const MAX_EXPANDED: u64 = 8 << 20;

/// The most of the compressed section read.
const MAX_SECTION: u64 = 8 << 20;

/// One crate compiled into the binary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Crate {
    pub name: String,
    pub version: String,
    /// `crates.io`, `git`, `local`, `registry` or `other`.
    #[serde(default)]
    pub source: String,
    /// `runtime` (linked in) or `build` (build scripts and proc-macros only).
    #[serde(default)]
    pub kind: Option<String>,
    /// Indices of the crates it depends on.
    #[serde(default)]
    pub dependencies: Vec<usize>,
    /// The binary's own crate.
    #[serde(default)]
    pub root: bool,
}

#[derive(Deserialize)]
struct VersionInfo {
    packages: Vec<Crate>,
}

/// Reads the crates of the Rust binary at `path`.
pub fn read_file(path: &Path) -> Result<Vec<Crate>, String> {
    let cache = super::open(path)?;
    read(&cache)
}

/// Reads the crates of a Rust binary held in `data`.
pub fn read<'d, R: ReadRef<'d>>(data: R) -> Result<Vec<Crate>, String> {
    let file = object::File::parse(data)
        .map_err(|e| crate::i18n::tr!("binary-unreadable", error = e.to_string()))?;
    let compressed = super::section(&file, super::RUST_SECTION, MAX_SECTION)?
        .ok_or_else(|| crate::i18n::tr!("binary-no-auditable"))?;
    parse(compressed)
}

/// Decompresses and parses the section's bytes.
pub fn parse(compressed: &[u8]) -> Result<Vec<Crate>, String> {
    let mut json = Vec::new();
    flate2::read::ZlibDecoder::new(compressed)
        .take(MAX_EXPANDED + 1)
        .read_to_end(&mut json)
        .map_err(|e| crate::i18n::tr!("binary-auditable-not-zlib", error = e.to_string()))?;
    if json.len() as u64 > MAX_EXPANDED {
        return Err(crate::i18n::tr!(
            "binary-auditable-bomb",
            max = MAX_EXPANDED
        ));
    }
    let info: VersionInfo = serde_json::from_slice(&json)
        .map_err(|e| crate::i18n::tr!("binary-auditable-bad-json", error = e.to_string()))?;
    let count = info.packages.len();
    if let Some(bad) = info
        .packages
        .iter()
        .flat_map(|c| &c.dependencies)
        .find(|&&i| i >= count)
    {
        return Err(crate::i18n::tr!(
            "binary-auditable-bad-index",
            index = *bad,
            count = count
        ));
    }
    Ok(info.packages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn compress(json: &str) -> Vec<u8> {
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(json.as_bytes()).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn reads_the_crates() {
        let json = r#"{"packages":[
            {"name":"hello","version":"0.1.0","source":"local","dependencies":[1],"root":true},
            {"name":"itoa","version":"1.0.11","source":"crates.io"},
            {"name":"serde_derive","version":"1.0.200","source":"crates.io","kind":"build"}]}"#;
        let crates = parse(&compress(json)).unwrap();
        assert_eq!(crates.len(), 3);
        assert!(crates[0].root);
        assert_eq!(crates[1].name, "itoa");
        assert_eq!(crates[2].kind.as_deref(), Some("build"));
    }

    #[test]
    fn refuses_bombs_and_bad_indices() {
        let bomb = compress(&" ".repeat((MAX_EXPANDED + 10) as usize));
        assert!(parse(&bomb).unwrap_err().contains("bomb"));
        let bad = compress(r#"{"packages":[{"name":"a","version":"1","dependencies":[4]}]}"#);
        assert!(parse(&bad).unwrap_err().contains("dependency 4"));
        assert!(parse(b"not zlib").is_err());
    }
}
