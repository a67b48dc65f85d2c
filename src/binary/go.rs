//! A Go binary's build information, as `go version -m` prints it: the toolchain, the main
//! module and every module compiled in, read from the `.go.buildinfo` section.
//!
//! The section starts with the 14-byte magic `\xff Go buildinf:`, a pointer size and a flags
//! byte. Since Go 1.18 (flag `0x2`) the toolchain version and the module list follow at offset
//! 32 as two length-prefixed strings (unsigned varints); before, offsets 16 and `16 + pointer
//! size` hold the addresses of two Go string headers (address, length), read through the
//! sections that hold those addresses. The module list is framed by 16 bytes on each side and
//! is lines of tab-separated fields: `path`, `mod`, `dep`, `=>` (the previous module's
//! replacement) and `build`.

use std::path::Path;

use object::{Object, ObjectSection, ReadRef};

const MAGIC: &[u8] = b"\xff Go buildinf:";

/// The most of `.go.buildinfo` (or of a string it points to) read.
const MAX_SECTION: u64 = 4 << 20;

/// A module as the binary names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    pub path: String,
    /// `v1.2.3`, or `(devel)` for a main module built from a checkout.
    pub version: String,
    /// The `go.sum` hash, when the module was downloaded.
    pub sum: Option<String>,
    /// What replaced it (`replace` in go.mod): the code actually compiled in.
    pub replace: Option<Box<Module>>,
}

/// What a Go binary says about how it was built.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildInfo {
    /// `go1.22.2`.
    pub go_version: String,
    /// The main package's import path (`example.com/app/cmd/app`).
    pub path: String,
    /// The main module, when built in module mode.
    pub main: Option<Module>,
    /// Every other module compiled in.
    pub deps: Vec<Module>,
}

/// Reads the build information of the Go binary at `path`.
pub fn read_file(path: &Path) -> Result<BuildInfo, String> {
    let cache = super::open(path)?;
    read(&cache)
}

/// Reads the build information of a Go binary held in `data`.
pub fn read<'d, R: ReadRef<'d>>(data: R) -> Result<BuildInfo, String> {
    let file = object::File::parse(data)
        .map_err(|e| crate::i18n::tr!("binary-unreadable", error = e.to_string()))?;
    let header = match super::section(&file, ".go.buildinfo", MAX_SECTION)? {
        Some(section) => section,
        // Before Go 1.13 the build information sat in the data section, 16-byte aligned.
        None => find_in_data(&file)?.ok_or_else(|| crate::i18n::tr!("binary-no-go-buildinfo"))?,
    };
    let (version, modinfo) = raw_strings(&file, header)?;
    let mut info = parse_modinfo(&modinfo);
    info.go_version = version;
    Ok(info)
}

fn find_in_data<'d, R: ReadRef<'d>>(
    file: &object::File<'d, R>,
) -> Result<Option<&'d [u8]>, String> {
    for name in [".noptrdata", ".data"] {
        let Some(data) = super::section(file, name, 64 << 20)? else {
            continue;
        };
        let mut at = 0;
        while at + MAGIC.len() <= data.len() {
            if data[at..].starts_with(MAGIC) {
                return Ok(Some(&data[at..]));
            }
            at += 16;
        }
    }
    Ok(None)
}

/// The toolchain version and the raw module list.
fn raw_strings<'d, R: ReadRef<'d>>(
    file: &object::File<'d, R>,
    header: &[u8],
) -> Result<(String, String), String> {
    if header.len() < 32 || !header.starts_with(MAGIC) {
        return Err(crate::i18n::tr!("binary-go-bad-magic"));
    }
    let pointer_size = usize::from(header[14]);
    let flags = header[15];
    let (version, modinfo) = if flags & 0x2 != 0 {
        let (version, rest) = varint_string(&header[32..])?;
        let (modinfo, _) = varint_string(rest)?;
        (version.to_vec(), modinfo.to_vec())
    } else {
        if pointer_size != 4 && pointer_size != 8 {
            return Err(crate::i18n::tr!(
                "binary-go-pointer-size",
                size = pointer_size
            ));
        }
        let big_endian = flags & 0x1 != 0;
        let word = |bytes: &[u8]| -> u64 {
            let mut value = 0u64;
            for i in 0..pointer_size {
                let byte = u64::from(bytes[if big_endian { i } else { pointer_size - 1 - i }]);
                value = value << 8 | byte;
            }
            value
        };
        let at = |address: u64, len: u64| -> Result<&'d [u8], String> {
            read_address(file, address, len)
        };
        let string = |pointer_at: usize| -> Result<Vec<u8>, String> {
            let pointer = word(
                header
                    .get(pointer_at..pointer_at + pointer_size)
                    .ok_or_else(|| crate::i18n::tr!("binary-go-cut-short"))?,
            );
            let string_header = at(pointer, 2 * pointer_size as u64)?;
            let data = word(&string_header[..pointer_size]);
            let len = word(&string_header[pointer_size..]);
            if len > MAX_SECTION {
                return Err(crate::i18n::tr!("binary-go-build-string-size", size = len));
            }
            Ok(at(data, len)?.to_vec())
        };
        (string(16)?, string(16 + pointer_size)?)
    };
    let version = String::from_utf8_lossy(&version).into_owned();
    // The module list is framed by 16 bytes on each side, and a newline before the end frame.
    let modinfo = if modinfo.len() >= 33 && modinfo[modinfo.len() - 17] == b'\n' {
        String::from_utf8_lossy(&modinfo[16..modinfo.len() - 16]).into_owned()
    } else {
        String::new()
    };
    Ok((version, modinfo))
}

/// `len` bytes at virtual `address`, from the section that holds it.
fn read_address<'d, R: ReadRef<'d>>(
    file: &object::File<'d, R>,
    address: u64,
    len: u64,
) -> Result<&'d [u8], String> {
    for section in file.sections() {
        let start = section.address();
        if address >= start && address - start < section.size() {
            return section
                .data_range(address, len)
                .ok()
                .flatten()
                .ok_or_else(|| {
                    crate::i18n::tr!(
                        "binary-go-build-string-cut",
                        address = format!("{address:#x}")
                    )
                });
        }
    }
    Err(crate::i18n::tr!(
        "binary-go-build-string-nowhere",
        address = format!("{address:#x}")
    ))
}

/// A length (unsigned varint) and that many bytes; the rest after them.
fn varint_string(bytes: &[u8]) -> Result<(&[u8], &[u8]), String> {
    let (mut len, mut shift, mut used) = (0u64, 0u32, 0usize);
    loop {
        let byte = *bytes
            .get(used)
            .ok_or_else(|| crate::i18n::tr!("binary-go-cut-short"))?;
        used += 1;
        if shift >= 64 {
            return Err(crate::i18n::tr!("binary-go-length-too-large"));
        }
        len |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    let len = usize::try_from(len).map_err(|_| crate::i18n::tr!("binary-go-length-too-large"))?;
    let rest = &bytes[used..];
    if len > rest.len() {
        return Err(crate::i18n::tr!("binary-go-string-past-section"));
    }
    Ok(rest.split_at(len))
}

/// Parses the module list (`path`, `mod`, `dep`, `=>` lines); other lines are skipped.
pub fn parse_modinfo(text: &str) -> BuildInfo {
    let mut info = BuildInfo::default();
    // Whether the last `mod`/`dep` line was the main module's, for a following `=>`.
    let mut last_is_main = false;
    for line in text.lines() {
        let mut fields = line.split('\t');
        let module = |fields: &mut std::str::Split<'_, char>| {
            let path = fields.next()?.to_owned();
            let version = fields.next().unwrap_or("").to_owned();
            let sum = fields.next().filter(|s| !s.is_empty()).map(str::to_owned);
            Some(Module {
                path,
                version,
                sum,
                replace: None,
            })
        };
        match fields.next() {
            Some("path") => info.path = fields.next().unwrap_or("").to_owned(),
            Some("mod") => {
                info.main = module(&mut fields);
                last_is_main = true;
            }
            Some("dep") => {
                info.deps.extend(module(&mut fields));
                last_is_main = false;
            }
            Some("=>") => {
                let replaced = if last_is_main {
                    info.main.as_mut()
                } else {
                    info.deps.last_mut()
                };
                if let (Some(replaced), Some(with)) = (replaced, module(&mut fields)) {
                    replaced.replace = Some(Box::new(with));
                }
            }
            _ => {}
        }
    }
    info
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_module_list() {
        let text = "path\texample.com/hello\n\
                    mod\texample.com/hello\t(devel)\t\n\
                    dep\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n\
                    dep\tgithub.com/google/uuid\tv1.3.0\t\n\
                    =>\tgithub.com/google/uuid\tv1.3.1\th1:abc=\n\
                    build\t-trimpath=true\n";
        let info = parse_modinfo(text);
        assert_eq!(info.path, "example.com/hello");
        assert_eq!(info.main.as_ref().unwrap().version, "(devel)");
        assert_eq!(info.deps.len(), 2);
        assert_eq!(info.deps[0].path, "golang.org/x/text");
        assert_eq!(info.deps[0].version, "v0.14.0");
        assert!(info.deps[0].sum.is_some());
        assert_eq!(info.deps[1].sum, None);
        assert_eq!(info.deps[1].replace.as_ref().unwrap().version, "v1.3.1");
    }

    #[test]
    fn reads_lengths_and_refuses_overruns() {
        assert_eq!(
            varint_string(b"\x03abcde").unwrap(),
            (&b"abc"[..], &b"de"[..])
        );
        let long = [&[0x81, 0x01][..], &[b'x'; 129]].concat();
        assert_eq!(varint_string(&long).unwrap().0.len(), 129);
        assert!(varint_string(b"\x09abc").is_err());
        assert!(varint_string(b"\x80\x80").is_err());
        assert!(varint_string(&[0xff; 12]).is_err());
    }
}
