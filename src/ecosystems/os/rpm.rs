//! rpm's database (Red Hat Enterprise Linux 9, Fedora, Rocky, Alma, Amazon Linux 2023, SUSE):
//! `rpmdb.sqlite`, whose `Packages` table holds one header blob per installed package. The file
//! is opened read-only and immutable, so nothing is ever written beside it (no `-shm`, no
//! journal), and each header is parsed here: name, epoch, version, release, arch and the
//! `License` tag (Fedora's SPDX expressions, or its older short names, which
//! `license_expression` turns into SPDX).
//!
//! The older Berkeley DB (`Packages`, RHEL 7 and 8) and ndb (`Packages.db`, SUSE) databases
//! are refused with an error naming the format.

use std::path::Path;

use super::{Distro, purl, system_member};
use crate::context::Context;
use crate::model::{Collected, Diagnostic, Ecosystem, Package, ProjectRoot, Scope};

/// The command that converts a copy of an older rpm database to the sqlite one.
const CONVERT: &str = "rpmdb --root <copy> --rebuilddb --define '_db_backend sqlite'";

/// Collects the installed packages of the rpm database at `root.manifest`.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let rel = &root.manifest;
    let error = |message: String| Diagnostic::new(rel, message);
    match rel.file_name().and_then(|n| n.to_str()) {
        Some("Packages") => {
            return Err(error(crate::i18n::tr!(
                "rpm-berkeley-db",
                convert = CONVERT
            )));
        }
        Some("Packages.db") => return Err(error(crate::i18n::tr!("rpm-ndb", convert = CONVERT))),
        _ => {}
    }
    let path = crate::read::in_root(&ctx.root, rel).unwrap_or_else(|| ctx.root.join(rel));
    let headers = read_headers(&path).map_err(error)?;
    let distro = Distro::read(&ctx.root);
    let mut collected = Collected::default();
    for (hnum, blob) in headers {
        let header = match Header::parse(&blob) {
            Ok(header) => header,
            Err(why) => {
                collected.warnings.push(Diagnostic::new(
                    rel,
                    crate::i18n::tr!("rpm-header-skipped", header = hnum, why = why),
                ));
                continue;
            }
        };
        let Some(name) = header.string(NAME) else {
            continue;
        };
        // `gpg-pubkey` entries are imported signing keys, not packages.
        if name == "gpg-pubkey" {
            continue;
        }
        let version = match (
            header.int(EPOCH),
            header.string(VERSION),
            header.string(RELEASE),
        ) {
            (Some(epoch), Some(v), Some(r)) => format!("{epoch}:{v}-{r}"),
            (None, Some(v), Some(r)) => format!("{v}-{r}"),
            (_, Some(v), None) => v.to_owned(),
            _ => String::new(),
        };
        let arch = header.string(ARCH).unwrap_or("");
        let mut package = Package::new(Ecosystem::Rpm, name.to_owned(), version.clone(), rel);
        package.purl = purl(Ecosystem::Rpm, distro.as_ref(), "", name, &version, arch);
        package.scope = Scope::Os;
        package.direct = true;
        if let Some(license) = header.string(LICENSE) {
            let (declared, note) = license_expression(license);
            package.declared = Some(declared);
            package.notes.extend(note);
        }
        collected.packages.push(package);
    }
    collected.members.push(system_member(ctx, distro.as_ref()));
    Ok(collected)
}

/// The `Packages` table's blobs, by header number.
fn read_headers(path: &Path) -> Result<Vec<(i64, Vec<u8>)>, String> {
    use rusqlite::{Connection, OpenFlags};
    // `immutable=1`: SQLite neither locks nor writes anything beside the file.
    let uri = format!("file:{}?immutable=1", uri_path(path));
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
    let db = Connection::open_with_flags(uri, flags)
        .map_err(|e| crate::i18n::tr!("read-cannot-open", error = e.to_string()))?;
    let mut statement = db
        .prepare("SELECT hnum, blob FROM Packages ORDER BY hnum")
        .map_err(|e| crate::i18n::tr!("rpm-not-sqlite", error = e.to_string()))?;
    let rows = statement
        .query_map([], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, Vec<u8>>(1)?))
        })
        .map_err(|e| crate::i18n::tr!("rpm-unreadable-packages", error = e.to_string()))?;
    rows.collect::<Result<_, _>>()
        .map_err(|e| crate::i18n::tr!("rpm-unreadable-packages", error = e.to_string()))
}

/// A path in a `file:` URI: `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            _ => out.push(c),
        }
    }
    out
}

/// Every file of every package of the sqlite database at `path`: `each(package, file)`, the
/// file an absolute path as rpm stores it (`/usr/lib/python3.12/site-packages/…`).
pub fn owned_files(path: &Path, each: &mut dyn FnMut(&str, &str)) -> Result<(), String> {
    for (_, blob) in read_headers(path)? {
        let Ok(header) = Header::parse(&blob) else {
            continue;
        };
        let Some(name) = header.string(NAME) else {
            continue;
        };
        let dirs = header.strings(DIRNAMES);
        let indexes = header.ints(DIRINDEXES);
        for (base, index) in header.strings(BASENAMES).iter().zip(indexes) {
            if let Some(dir) = dirs.get(index as usize) {
                each(name, &format!("{dir}{base}"));
            }
        }
    }
    Ok(())
}

const NAME: u32 = 1000;
const VERSION: u32 = 1001;
const RELEASE: u32 = 1002;
const EPOCH: u32 = 1003;
const LICENSE: u32 = 1014;
const ARCH: u32 = 1022;
const DIRINDEXES: u32 = 1116;
const BASENAMES: u32 = 1117;
const DIRNAMES: u32 = 1118;

/// The largest header accepted (rpm's own limit is 256 MiB of data).
const MAX_DATA: usize = 256 << 20;
const MAX_ENTRIES: usize = 0x10000;

/// An rpm header as the database stores it: an index count, a data length, 16-byte index
/// entries (tag, type, offset, count, big-endian), then the data.
struct Header<'a> {
    entries: Vec<(u32, u32, usize, usize)>,
    data: &'a [u8],
}

impl<'a> Header<'a> {
    fn parse(blob: &'a [u8]) -> Result<Header<'a>, String> {
        let word = |at: usize| -> Result<u32, String> {
            blob.get(at..at + 4)
                .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
                .ok_or_else(|| crate::i18n::tr!("rpm-header-truncated"))
        };
        let count = word(0)? as usize;
        let length = word(4)? as usize;
        if count > MAX_ENTRIES || length > MAX_DATA {
            return Err(crate::i18n::tr!(
                "rpm-not-a-header",
                count = count,
                length = length
            ));
        }
        let start = 8 + count * 16;
        let data = blob
            .get(start..start + length)
            .ok_or_else(|| crate::i18n::tr!("rpm-header-short"))?;
        let mut entries = Vec::with_capacity(count);
        for i in 0..count {
            let at = 8 + i * 16;
            entries.push((
                word(at)?,
                word(at + 4)?,
                word(at + 8)? as usize,
                word(at + 12)? as usize,
            ));
        }
        Ok(Header { entries, data })
    }

    /// A STRING or the first of a STRING_ARRAY / I18NSTRING tag.
    fn string(&self, tag: u32) -> Option<&'a str> {
        let &(_, kind, offset, _) = self.entries.iter().find(|e| e.0 == tag)?;
        if !matches!(kind, 6 | 8 | 9) {
            return None;
        }
        let rest = self.data.get(offset..)?;
        let end = rest.iter().position(|&b| b == 0)?;
        std::str::from_utf8(&rest[..end]).ok()
    }

    /// Every string of a STRING_ARRAY tag.
    fn strings(&self, tag: u32) -> Vec<&'a str> {
        let Some(&(_, 8, offset, count)) = self.entries.iter().find(|e| e.0 == tag) else {
            return Vec::new();
        };
        let Some(rest) = self.data.get(offset..) else {
            return Vec::new();
        };
        rest.split(|&b| b == 0)
            .take(count)
            .map(|s| std::str::from_utf8(s).unwrap_or(""))
            .collect()
    }

    /// Every number of an INT32 tag.
    fn ints(&self, tag: u32) -> Vec<u32> {
        let Some(&(_, 4, offset, count)) = self.entries.iter().find(|e| e.0 == tag) else {
            return Vec::new();
        };
        let Some(bytes) = self
            .data
            .get(offset..offset.saturating_add(count.saturating_mul(4)))
        else {
            return Vec::new();
        };
        bytes
            .chunks_exact(4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
            .collect()
    }

    /// An INT32 tag.
    fn int(&self, tag: u32) -> Option<u32> {
        let &(_, kind, offset, count) = self.entries.iter().find(|e| e.0 == tag)?;
        if kind != 4 || count == 0 {
            return None;
        }
        let b = self.data.get(offset..offset + 4)?;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// The `License` tag as SPDX: Fedora writes SPDX expressions since 2022; before, its own short
/// names joined with `and` / `or` (`GPLv2+ and BSD`, `ASL 2.0`), turned into SPDX here with a
/// note of the original. Names not in the table are left for the normaliser.
fn license_expression(license: &str) -> (String, Option<String>) {
    if spdx::Expression::parse(license).is_ok() {
        return (license.to_owned(), None);
    }
    let mut converted = String::new();
    let mut name = Vec::new();
    let flush = |name: &mut Vec<&str>, out: &mut String| {
        if !name.is_empty() {
            let joined = name.join(" ");
            out.push_str(legacy(&joined).unwrap_or(&joined));
            name.clear();
        }
    };
    for word in license.split_whitespace() {
        let (open, word) = match word.strip_prefix('(') {
            Some(rest) => ("(", rest),
            None => ("", word),
        };
        let (word, close) = match word.strip_suffix(')') {
            Some(rest) => (rest, ")"),
            None => (word, ""),
        };
        converted.push_str(open);
        match word {
            "and" | "AND" | "or" | "OR" => {
                flush(&mut name, &mut converted);
                converted.push_str(if word.eq_ignore_ascii_case("and") {
                    " AND "
                } else {
                    " OR "
                });
            }
            _ => name.push(word),
        }
        if !close.is_empty() {
            flush(&mut name, &mut converted);
            converted.push_str(close);
        }
    }
    flush(&mut name, &mut converted);
    let note = (converted != license)
        .then(|| crate::i18n::tr!("rpm-legacy-license-tag", license = license));
    (converted, note)
}

/// Fedora's former short license names (<https://docs.fedoraproject.org/en-US/legal/>).
fn legacy(name: &str) -> Option<&'static str> {
    Some(match name {
        "GPL+" => "GPL-1.0-or-later",
        "GPLv2" => "GPL-2.0-only",
        "GPLv2+" => "GPL-2.0-or-later",
        "GPLv3" => "GPL-3.0-only",
        "GPLv3+" => "GPL-3.0-or-later",
        "LGPLv2" => "LGPL-2.0-only",
        "LGPLv2+" => "LGPL-2.0-or-later",
        "LGPLv2.1" => "LGPL-2.1-only",
        "LGPLv2.1+" => "LGPL-2.1-or-later",
        "LGPLv3" => "LGPL-3.0-only",
        "LGPLv3+" => "LGPL-3.0-or-later",
        "AGPLv3" => "AGPL-3.0-only",
        "AGPLv3+" => "AGPL-3.0-or-later",
        "ASL 1.1" => "Apache-1.1",
        "ASL 2.0" => "Apache-2.0",
        "MPLv1.1" => "MPL-1.1",
        "MPLv2.0" => "MPL-2.0",
        "Public Domain" => "LicenseRef-Public-Domain",
        "Boost" => "BSL-1.0",
        "zlib" => "Zlib",
        "Artistic 2.0" => "Artistic-2.0",
        "Python" => "Python-2.0",
        "PSF" => "PSF-2.0",
        "EPL" => "EPL-1.0",
        "OpenLDAP" => "OLDAP-2.8",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_tags() {
        // Three entries: NAME (STRING), EPOCH (INT32), LICENSE (STRING).
        let mut data = Vec::new();
        data.extend_from_slice(b"bash\0");
        let epoch_at = 8; // aligned
        data.resize(epoch_at, 0);
        data.extend_from_slice(&1u32.to_be_bytes());
        let license_at = data.len();
        data.extend_from_slice(b"GPLv3+\0");
        let mut blob = Vec::new();
        blob.extend_from_slice(&3u32.to_be_bytes());
        blob.extend_from_slice(&(data.len() as u32).to_be_bytes());
        for (tag, kind, offset) in [(NAME, 6, 0), (EPOCH, 4, epoch_at), (LICENSE, 6, license_at)] {
            for word in [tag, kind, offset as u32, 1] {
                blob.extend_from_slice(&word.to_be_bytes());
            }
        }
        blob.extend_from_slice(&data);
        let header = Header::parse(&blob).unwrap();
        assert_eq!(header.string(NAME), Some("bash"));
        assert_eq!(header.int(EPOCH), Some(1));
        assert_eq!(header.string(LICENSE), Some("GPLv3+"));
        assert_eq!(header.string(ARCH), None);
        assert!(Header::parse(&blob[..20]).is_err());
    }

    #[test]
    fn converts_fedoras_former_names() {
        assert_eq!(
            license_expression("MIT AND (Apache-2.0 OR BSD-3-Clause)").0,
            "MIT AND (Apache-2.0 OR BSD-3-Clause)"
        );
        assert_eq!(license_expression("GPLv2+").0, "GPL-2.0-or-later");
        assert_eq!(license_expression("ASL 2.0").0, "Apache-2.0");
        assert_eq!(
            license_expression("LGPLv2+ and BSD").0,
            "LGPL-2.0-or-later AND BSD"
        );
        assert_eq!(
            license_expression("(GPLv2+ or Artistic 2.0) and Public Domain").0,
            "(GPL-2.0-or-later OR Artistic-2.0) AND LicenseRef-Public-Domain"
        );
        assert!(
            license_expression("ASL 2.0")
                .1
                .unwrap()
                .contains("`ASL 2.0`")
        );
    }
}
