//! Debian's machine-readable copyright files (DEP-5,
//! <https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/>): the license of each
//! `Files:` stanza, and Debian's short license names turned into SPDX.
//!
//! A file is machine-readable when its first paragraph has a `Format:` field naming the
//! copyright format; any other file is free-form and goes through license-text detection.

/// A machine-readable copyright file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copyright {
    pub stanzas: Vec<Stanza>,
    /// The license names whose text the file holds (a `License:` field with lines under it, in
    /// a `Files:` stanza or a paragraph of its own), lower-cased.
    pub texts: std::collections::BTreeSet<String>,
}

/// One `Files:` paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stanza {
    /// The `Files:` patterns as written, on one line (`*`, `src/zlib/* debian/*`).
    pub files: String,
    /// The first line of `License:`, as written (`GPL-2+ or Artistic`).
    pub license: String,
    /// The 1-based line of the paragraph's `Files:` field.
    pub line: usize,
}

impl Stanza {
    /// Whether it is the package's main stanza (`Files: *`).
    pub fn is_main(&self) -> bool {
        self.files.split_whitespace().any(|pattern| pattern == "*")
    }
}

/// Parses a copyright file; `None` when it is not machine-readable.
pub fn parse(text: &str) -> Option<Copyright> {
    let mut paragraphs = super::deb822::paragraphs(text).into_iter();
    let header = paragraphs.next()?;
    let format = header.get("Format")?;
    if !(format.contains("copyright-format") || format.contains("dep5") || format.contains("DEP5"))
    {
        return None;
    }
    let mut texts = std::collections::BTreeSet::new();
    let stanzas = paragraphs
        .filter_map(|p| {
            let license = p.field("License")?;
            if license.more_lines().any(|line| !line.is_empty()) {
                texts.insert(license.first_line().to_ascii_lowercase());
            }
            let files = p.field("Files")?;
            let patterns = std::iter::once(files.first_line()).chain(files.more_lines());
            Some(Stanza {
                files: patterns
                    .flat_map(str::split_whitespace)
                    .collect::<Vec<_>>()
                    .join(" "),
                license: license.first_line().to_owned(),
                line: files.line,
            })
        })
        .collect();
    Some(Copyright { stanzas, texts })
}

/// Turns a DEP-5 license expression into SPDX: `GPL-2+ or Artistic` → `GPL-2.0-or-later OR
/// Artistic-1.0-Perl`. `and` binds tighter than `or`; a comma before `and`/`or` binds loosest
/// (`A or B, and C` is `(A OR B) AND C`). `X with Y exception` becomes `WITH` an SPDX exception
/// when SPDX has one; otherwise the license alone, and the exception is named in the second value
/// (an exception only adds permissions, so judging the license alone is the stricter reading).
/// A name SPDX does not know becomes `LicenseRef-Debian-<name>` when the file holds its text
/// (`has_text`), as SPDX asks for licenses off its list; errs with the names that have neither.
pub fn to_spdx(
    expression: &str,
    has_text: &dyn Fn(&str) -> bool,
) -> Result<(String, Vec<String>), Vec<String>> {
    let mut unknown = Vec::new();
    let mut dropped = Vec::new();
    // Loosest: `, and` / `, or` between comma-separated parts, left to right.
    let mut out: Option<Expr> = None;
    for part in expression
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (and, rest) = match (strip_word(part, "and"), strip_word(part, "or")) {
            (Some(rest), _) => (true, rest),
            (None, Some(rest)) => (false, rest),
            // A comma inside a name list (`GPL-2+, LGPL-2+`) reads as `and`.
            (None, None) => (true, part),
        };
        let converted = or_list(rest, has_text, &mut unknown, &mut dropped);
        out = Some(match out {
            None => converted,
            Some(before) if and => Expr::And(vec![before, converted]),
            Some(before) => Expr::Or(vec![before, converted]),
        });
    }
    if !unknown.is_empty() {
        return Err(unknown);
    }
    match out {
        Some(expr) => Ok((expr.spdx(), dropped)),
        None => Err(vec![expression.to_owned()]),
    }
}

/// A license expression, printed with only the parentheses SPDX needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// An id, `id WITH exception`, or an expression that is one already (`A OR B`).
    Leaf(String),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

impl Expr {
    /// `A AND (B OR C)`: an `OR` inside an `AND` is bracketed, nothing else.
    pub fn spdx(&self) -> String {
        match self {
            Expr::Leaf(text) => text.clone(),
            Expr::Or(all) => all.iter().map(Expr::spdx).collect::<Vec<_>>().join(" OR "),
            Expr::And(all) => all
                .iter()
                .map(|e| match e {
                    Expr::Or(_) => format!("({})", e.spdx()),
                    Expr::Leaf(text) if text.contains(" OR ") => format!("({text})"),
                    _ => e.spdx(),
                })
                .collect::<Vec<_>>()
                .join(" AND "),
        }
    }
}

fn or_list(
    text: &str,
    has_text: &dyn Fn(&str) -> bool,
    unknown: &mut Vec<String>,
    dropped: &mut Vec<String>,
) -> Expr {
    let mut alternatives: Vec<Expr> = split_word(text, "or")
        .into_iter()
        .map(|alternative| {
            let mut all: Vec<Expr> = split_word(&alternative, "and")
                .into_iter()
                .map(|one| Expr::Leaf(single(&one, has_text, unknown, dropped)))
                .collect();
            if all.len() == 1 {
                all.remove(0)
            } else {
                Expr::And(all)
            }
        })
        .collect();
    if alternatives.len() == 1 {
        alternatives.remove(0)
    } else {
        Expr::Or(alternatives)
    }
}

/// `GPL-2+`, `GPL-2+ with OpenSSL exception`, `public-domain`.
fn single(
    text: &str,
    has_text: &dyn Fn(&str) -> bool,
    unknown: &mut Vec<String>,
    dropped: &mut Vec<String>,
) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (name, exception) = match words.iter().position(|w| w.eq_ignore_ascii_case("with")) {
        Some(i) => (words[..i].join(" "), Some(words[i + 1..].join(" "))),
        None => (words.join(" "), None),
    };
    let license = match license_id(&name) {
        Some(id) => id,
        None if has_text(&name.to_ascii_lowercase()) => license_ref(&name),
        None => {
            unknown.push(name);
            return String::new();
        }
    };
    match exception {
        None => license,
        Some(exception) => match exception_id(&exception) {
            Some(id) if !license.starts_with("LicenseRef-") => format!("{license} WITH {id}"),
            _ => {
                dropped.push(format!("{name} with {exception}"));
                license
            }
        },
    }
}

/// A Debian short name as an SPDX license id (or a `LicenseRef-` for public domain).
pub fn license_id(name: &str) -> Option<String> {
    let name = name.trim();
    let lower = name.to_ascii_lowercase();
    let fixed = match lower.as_str() {
        "expat" | "mit" | "mit/x11" => "MIT",
        "public-domain" | "public domain" | "pd" => "LicenseRef-Public-Domain",
        "artistic" | "artistic-1" | "artistic-1.0" => "Artistic-1.0-Perl",
        "perl" => "Artistic-1.0-Perl OR GPL-1.0-or-later",
        "bsd-2-clause" | "bsd-2" => "BSD-2-Clause",
        "bsd-3-clause" | "bsd-3" => "BSD-3-Clause",
        "bsd-4-clause" | "bsd-4" => "BSD-4-Clause",
        "zlib" => "Zlib",
        "isc" => "ISC",
        "x11" => "X11",
        "psf-2" | "psf" | "python" => "PSF-2.0",
        "apache-2" | "apache-2.0" => "Apache-2.0",
        "mpl-1.1" => "MPL-1.1",
        "mpl-2" | "mpl-2.0" => "MPL-2.0",
        "cc0" | "cc0-1.0" => "CC0-1.0",
        "openssl" => "OpenSSL",
        "ssleay" => "SSLeay-standalone",
        "unicode" => "Unicode-DFS-2016",
        // Debian's names for licenses SPDX lists under another id.
        "openldap-2.8" => "OLDAP-2.8",
        "libpng" => "Libpng",
        "ruby" | "rubylicense" => "Ruby",
        "openssh" => "SSH-OpenSSH",
        "paul-vixie's-license" | "paul-vixie-s-license" => "Vixie-Cron",
        "purdue" => "lsof",
        "gfdl-niv-1.2+" => "GFDL-1.2-no-invariants-or-later",
        "gfdl-niv-1.3+" => "GFDL-1.3-no-invariants-or-later",
        "gfdl-niv-1.3" => "GFDL-1.3-no-invariants-only",
        // golang's copyright file: the Go authors' three-clause BSD text.
        "go" => "BSD-3-Clause",
        "bitstream-vera" => "Bitstream-Vera",
        // Mesa's and libglvnd's: SGI Free Software License B, version 2.0.
        "sgi-2" | "sgi-b-2.0" => "SGI-B-2.0",
        // libtiff's copyright file names its license after HylaFAX, where the text came from.
        "hylafax" => "libtiff",
        _ => "",
    };
    if !fixed.is_empty() {
        return Some(fixed.to_owned());
    }
    if let Some(gnu) = gnu_id(name) {
        return Some(gnu);
    }
    // Debian writes many SPDX ids as they are (`Apache-2.0`, `BSL-1.0`), in any case.
    let id =
        spdx::license_id(name).or_else(|| spdx::imprecise_license_id(name).map(|(id, _)| id))?;
    Some(id.name.to_owned())
}

/// `Tcl-BSDish` → `LicenseRef-Debian-Tcl-BSDish`; `+` is written `-or-later`, other characters
/// SPDX ids cannot hold become `-`.
pub fn license_ref(name: &str) -> String {
    let name = name.trim().replace('+', "-or-later");
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("LicenseRef-Debian-{clean}")
}

/// `GPL-2+` → `GPL-2.0-or-later`, `LGPL-2.1` → `LGPL-2.1-only`, `GFDL-1.2+` → `GFDL-1.2-or-later`.
fn gnu_id(name: &str) -> Option<String> {
    let (family, version) = name.split_once('-')?;
    let family = ["GPL", "LGPL", "AGPL", "GFDL"]
        .into_iter()
        .find(|f| f.eq_ignore_ascii_case(family))?;
    let (version, later) = match version.strip_suffix('+') {
        Some(v) => (v, true),
        None => (version, false),
    };
    let version = match version {
        "1" | "2" | "3" => format!("{version}.0"),
        "2.0" | "2.1" | "3.0" | "1.0" | "1.1" | "1.2" | "1.3" => version.to_owned(),
        _ => return None,
    };
    let id = format!(
        "{family}-{version}-{}",
        if later { "or-later" } else { "only" }
    );
    spdx::license_id(&id).map(|l| l.name.to_owned())
}

/// `OpenSSL exception` has no SPDX id; these do.
fn exception_id(text: &str) -> Option<&'static str> {
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim_end_matches(" exception").trim();
    Some(match lower {
        "gcc" | "gcc-3.1" | "gcc runtime library" => "GCC-exception-3.1", // i18n: a Debian license name, matched
        "gcc-2.0" => "GCC-exception-2.0",
        "autoconf" | "autoconf-2.0" => "Autoconf-exception-2.0",
        "autoconf-3.0" => "Autoconf-exception-3.0",
        "bison" | "bison-2.2" => "Bison-exception-2.2",
        "classpath" | "classpath-2.0" => "Classpath-exception-2.0",
        "font" | "font-2.0" => "Font-exception-2.0",
        "libtool" => "Libtool-exception",
        "ocaml" | "ocaml-lgpl-linking" => "OCaml-LGPL-linking-exception",
        "llvm" => "LLVM-exception",
        _ => return None,
    })
}

/// `word rest` → `rest`, ignoring case.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let (first, rest) = text.split_once(char::is_whitespace)?;
    first.eq_ignore_ascii_case(word).then_some(rest.trim())
}

/// Splits on a whole word (`or`, `and`), ignoring case.
fn split_word(text: &str, word: &str) -> Vec<String> {
    let mut parts = vec![Vec::new()];
    for w in text.split_whitespace() {
        if w.eq_ignore_ascii_case(word) {
            parts.push(Vec::new());
        } else {
            parts.last_mut().unwrap().push(w);
        }
    }
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join(" "))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spdx(text: &str) -> String {
        to_spdx(text, &|_| false).unwrap().0
    }

    #[test]
    fn converts_debian_short_names() {
        assert_eq!(spdx("Expat"), "MIT");
        assert_eq!(spdx("Go"), "BSD-3-Clause");
        assert_eq!(spdx("bitstream-vera"), "Bitstream-Vera");
        assert_eq!(spdx("SGI-2"), "SGI-B-2.0");
        assert_eq!(spdx("Hylafax"), "libtiff");
        assert_eq!(spdx("GPL-2+"), "GPL-2.0-or-later");
        assert_eq!(spdx("GPL-2"), "GPL-2.0-only");
        assert_eq!(spdx("LGPL-2.1+"), "LGPL-2.1-or-later");
        assert_eq!(spdx("BSD-3-clause"), "BSD-3-Clause");
        assert_eq!(spdx("public-domain"), "LicenseRef-Public-Domain");
        assert_eq!(
            spdx("GPL-1+ or Artistic and Zlib"),
            "GPL-1.0-or-later OR Artistic-1.0-Perl AND Zlib"
        );
        assert_eq!(
            spdx("Perl and MIT"),
            "(Artistic-1.0-Perl OR GPL-1.0-or-later) AND MIT"
        );
        assert_eq!(
            spdx("GPL-2+ or Artistic"),
            "GPL-2.0-or-later OR Artistic-1.0-Perl"
        );
        assert_eq!(spdx("Apache-2.0"), "Apache-2.0");
        assert_eq!(spdx("OpenLDAP-2.8"), "OLDAP-2.8");
        assert_eq!(spdx("GFDL-NIV-1.3+"), "GFDL-1.3-no-invariants-or-later");
        assert_eq!(spdx("libpng"), "Libpng");
        assert_eq!(
            spdx("GPL-3+ with GCC-3.1 exception"),
            "GPL-3.0-or-later WITH GCC-exception-3.1"
        );
        assert_eq!(
            to_spdx("GPL-2+ with OpenSSL exception", &|_| false).unwrap(),
            (
                "GPL-2.0-or-later".to_owned(),
                vec!["GPL-2+ with OpenSSL exception".to_owned()]
            )
        );
        assert_eq!(
            to_spdx("other-custom", &|_| false).unwrap_err(),
            ["other-custom"]
        );
        // With its text in the file, a name off SPDX's list is a LicenseRef.
        assert_eq!(
            to_spdx("GPL-2+ or AFL-2.1, and Tcl-BSDish", &|n| n == "tcl-bsdish")
                .unwrap()
                .0,
            "(GPL-2.0-or-later OR AFL-2.1) AND LicenseRef-Debian-Tcl-BSDish"
        );
        assert_eq!(
            license_ref("LPGL-2.1+"),
            "LicenseRef-Debian-LPGL-2.1-or-later"
        );
    }

    #[test]
    fn and_binds_tighter_than_or_and_commas_loosest() {
        assert_eq!(
            spdx("MIT or GPL-2+ and BSD-3-clause"),
            "MIT OR GPL-2.0-or-later AND BSD-3-Clause"
        );
        assert_eq!(
            spdx("GPL-2+ or Artistic, and BSD-3-clause"),
            "(GPL-2.0-or-later OR Artistic-1.0-Perl) AND BSD-3-Clause"
        );
    }

    #[test]
    fn reads_machine_readable_files_only() {
        let text = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: zlib\n\nFiles: *\nCopyright: 1995-2013 Jean-loup Gailly and Mark Adler\nLicense: Zlib\n\nFiles: contrib/dotzlib/*\nCopyright: 2004 Henrik Ravn\nLicense: BSL-1.0\n\nLicense: BSL-1.0\n Boost Software License - Version 1.0\n .\n Permission is hereby granted\n";
        let copyright = parse(text).unwrap();
        assert_eq!(copyright.stanzas.len(), 2);
        assert!(copyright.stanzas[0].is_main());
        assert_eq!(copyright.stanzas[1].files, "contrib/dotzlib/*");
        assert_eq!(copyright.stanzas[1].license, "BSL-1.0");
        assert_eq!(copyright.stanzas[1].line, 8);
        assert!(copyright.texts.contains("bsl-1.0"));
        assert_eq!(
            parse("This is the Debian prepackaged version of zlib.\n\nCopyright: x\n"),
            None
        );
    }
}
