//! The version of a vendored copy, from its own files, first found in this order:
//!
//! 1. version macros in its main header: `<NAME>_VERSION "x.y.z"` (`SQLITE_VERSION`,
//!    `ZLIB_VERSION`), or `<NAME>_VERSION_MAJOR`/`_MINOR`/`_PATCH` (or `_RELEASE`, `_MICRO`; or
//!    `<NAME>_MAJOR_VERSION`…) as numbers or strings (Lua, cJSON, nlohmann/json);
//! 2. a pkg-config file's `Version:` (`*.pc`, `*.pc.in`, in the copy or its `lib/pkgconfig/`);
//! 3. `CMakeLists.txt`'s `project(<name> VERSION x.y.z …)`, over several lines too;
//! 4. `meson.build`'s `project('name', 'c', version : 'x.y.z')`;
//! 5. `configure.ac`'s (or `configure.in`'s) `AC_INIT([name], [x.y.z], …)`.
//!
//! Values the build fills in (`@VERSION@`, `${PROJECT_VERSION}`, `m4_esyscmd(…)`) are skipped.
//! Every file is read bounded ([`WHOLE`]) and never through a symlink.

use std::path::{Path, PathBuf};

use super::headers::{Source, WHOLE, read_source};

/// A version and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub value: String,
    pub file: PathBuf,
    /// 1-based.
    pub line: usize,
    /// What held it, as the file writes it: `SQLITE_VERSION`, `Version:`, `project()`.
    pub what: String,
}

/// The copy's version, from its main header (already read) or its build files.
pub fn find(dir: &Path, main: Option<&Source>) -> Option<Version> {
    if let Some(found) = main.and_then(|m| macros(&m.text).map(|f| f.at(&m.path))) {
        return Some(found);
    }
    let mut pc_files: Vec<PathBuf> = [dir.to_path_buf(), dir.join("lib").join("pkgconfig")]
        .iter()
        .flat_map(|folder| files_named(folder, |n| n.ends_with(".pc") || n.ends_with(".pc.in")))
        .collect();
    // Installed `.pc` files before templates, then by path.
    pc_files.sort_by_key(|p| (p.extension().is_some_and(|e| e == "in"), p.clone()));
    let build_files: [(&str, Reader); 4] = [
        ("CMakeLists.txt", cmake),
        ("meson.build", meson),
        ("configure.ac", autoconf),
        ("configure.in", autoconf),
    ];
    let readers = pc_files
        .into_iter()
        .map(|p| (p, pkg_config as Reader))
        .chain(build_files.iter().map(|(name, f)| (dir.join(name), *f)));
    for (path, reader) in readers {
        let Some(source) = read_source(&path, WHOLE) else {
            continue;
        };
        if let Some(found) = reader(&source.text) {
            return Some(found.at(&path));
        }
    }
    None
}

/// What reads a version out of one kind of file.
type Reader = fn(&str) -> Option<Found>;

/// A version found in a text, not yet tied to its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: String,
    pub line: usize,
    pub what: String,
}

impl Found {
    fn at(self, file: &Path) -> Version {
        Version {
            value: self.value,
            file: file.to_path_buf(),
            line: self.line,
            what: self.what,
        }
    }
}

/// Regular files (no symlinks) in `dir` whose names pass `keep`, sorted.
fn files_named(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| e.file_name().to_str().is_some_and(&keep))
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// A literal version: starts with a digit, then digits, letters and `.+-_~`, not too long. A
/// placeholder (`@VERSION@`, `${…}`) or an expression is none.
pub fn is_version(value: &str) -> bool {
    value.len() <= 64
        && value.starts_with(|c: char| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".+-_~".contains(c))
}

/// Version macros in a header: the first `<NAME>_VERSION "x.y"`, else the first complete
/// `<NAME>_VERSION_MAJOR` / `_MINOR` (/ `_PATCH`, `_RELEASE`, `_MICRO`) family.
pub fn macros(text: &str) -> Option<Found> {
    // (prefix, part, value, line, name) of the component macros, in order.
    let mut parts: Vec<(String, usize, String, usize, &str)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix('#') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix("define") else {
            continue;
        };
        let mut words = rest.split_whitespace();
        let (Some(name), Some(value)) = (words.next(), words.next()) else {
            continue;
        };
        if words
            .next()
            .is_some_and(|w| !w.starts_with("/*") && !w.starts_with("//"))
        {
            continue;
        }
        let unquoted = value.trim_matches('"');
        if name.ends_with("_VERSION") && value.starts_with('"') && unquoted.contains('.') {
            if is_version(unquoted) {
                return Some(Found {
                    value: unquoted.to_owned(),
                    line: index + 1,
                    what: name.to_owned(),
                });
            }
            continue;
        }
        if let Some((prefix, part)) = component(name) {
            if !unquoted.is_empty() && unquoted.chars().all(|c| c.is_ascii_digit()) {
                parts.push((prefix, part, unquoted.to_owned(), index + 1, name));
            }
        }
    }
    // The first family that has a major and a minor number.
    for (prefix, _, _, _, _) in &parts {
        let of = |part: usize| {
            parts
                .iter()
                .find(|(p, n, _, _, _)| p == prefix && *n == part)
                .map(|(_, _, value, line, name)| (value.clone(), *line, *name))
        };
        let (Some((major, line, name)), Some((minor, _, _))) = (of(0), of(1)) else {
            continue;
        };
        let mut value = format!("{major}.{minor}");
        if let Some((patch, _, _)) = of(2) {
            value = format!("{value}.{patch}");
        }
        return Some(Found {
            value,
            line,
            what: name.to_owned(),
        });
    }
    None
}

/// `LUA_VERSION_MINOR` → (`LUA`, 1); `TINYXML2_MAJOR_VERSION` → (`TINYXML2`, 0). Parts: 0 major,
/// 1 minor, 2 patch (release, micro).
fn component(name: &str) -> Option<(String, usize)> {
    const PARTS: &[(&str, usize)] = &[
        ("MAJOR", 0),
        ("MINOR", 1),
        ("PATCH", 2),
        ("RELEASE", 2),
        ("MICRO", 2),
    ];
    PARTS.iter().find_map(|(word, n)| {
        let prefix = name
            .strip_suffix(&format!("_VERSION_{word}"))
            .or_else(|| name.strip_suffix(&format!("_{word}_VERSION")))?;
        (!prefix.is_empty()).then(|| (prefix.to_owned(), *n))
    })
}

/// A pkg-config file's `Version:` line.
pub fn pkg_config(text: &str) -> Option<Found> {
    text.lines().enumerate().find_map(|(index, line)| {
        let value = line.trim().strip_prefix("Version:")?.trim();
        is_version(value).then(|| Found {
            value: value.to_owned(),
            line: index + 1,
            what: "Version:".to_owned(),
        })
    })
}

/// The arguments of the first call of `function` (case-insensitive, as CMake's are), comments
/// (`#` to the end of a line) left out, and the line it starts on.
fn call<'a>(text: &'a str, function: &str, comment: Option<&str>) -> Option<(&'a str, usize)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let code = match comment {
            Some(mark) => line.split(mark).next().unwrap_or(""),
            None => line,
        };
        let trimmed = code.trim_start();
        let named = trimmed.len() > function.len()
            && trimmed.is_char_boundary(function.len())
            && trimmed[..function.len()].eq_ignore_ascii_case(function)
            && trimmed[function.len()..].trim_start().starts_with('(');
        if named {
            let open = offset + code.find('(')?;
            let line_no = text[..offset].matches('\n').count() + 1;
            let mut depth = 0usize;
            for (i, c) in text[open..].char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some((&text[open + 1..open + i], line_no));
                        }
                    }
                    _ => {}
                }
            }
            return None;
        }
        offset += line.len();
    }
    None
}

/// Without `#` comments, as CMake and Meson write them.
fn uncommented(args: &str) -> String {
    args.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `project(<name> VERSION x.y.z …)` in a `CMakeLists.txt`.
pub fn cmake(text: &str) -> Option<Found> {
    let (args, line) = call(text, "project", Some("#"))?;
    let args = uncommented(args);
    let mut words = args.split_whitespace();
    words.find(|w| *w == "VERSION")?;
    let value = words.next()?.trim_matches('"');
    is_version(value).then(|| Found {
        value: value.to_owned(),
        line,
        what: "project()".to_owned(),
    })
}

/// `project('name', 'c', version : 'x.y.z')` in a `meson.build`.
pub fn meson(text: &str) -> Option<Found> {
    let (args, line) = call(text, "project", Some("#"))?;
    let args = uncommented(args);
    let at = args.find("version")?;
    let rest = args[at + "version".len()..]
        .trim_start()
        .strip_prefix(':')?;
    let rest = rest.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let value = rest[1..].split(quote).next()?;
    is_version(value).then(|| Found {
        value: value.to_owned(),
        line,
        what: "project()".to_owned(),
    })
}

/// `AC_INIT([name], [x.y.z], …)` in a `configure.ac`.
pub fn autoconf(text: &str) -> Option<Found> {
    let (args, line) = call(text, "AC_INIT", Some("dnl "))?;
    // Arguments split at top-level commas: `[` `]` quote in m4.
    let (mut depth, mut start, mut found) = (0i32, 0, Vec::new());
    for (i, c) in args.char_indices() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            ',' if depth == 0 => {
                found.push(&args[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    found.push(&args[start..]);
    let value = found.get(1)?.trim();
    let value = value
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .unwrap_or(value)
        .trim();
    is_version(value).then(|| Found {
        value: value.to_owned(),
        line,
        what: "AC_INIT".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(found: Option<Found>) -> Option<(String, usize, String)> {
        found.map(|f| (f.value, f.line, f.what))
    }

    fn some(value: &str, line: usize, what: &str) -> Option<(String, usize, String)> {
        Some((value.to_owned(), line, what.to_owned()))
    }

    #[test]
    fn header_macros() {
        // SQLite 3.40.1's sqlite3.h and zlib 1.2.13's zlib.h.
        let sqlite = "#ifdef SQLITE_VERSION\n# undef SQLITE_VERSION\n#endif\n#define SQLITE_VERSION        \"3.40.1\"\n#define SQLITE_VERSION_NUMBER 3040001\n";
        assert_eq!(value(macros(sqlite)), some("3.40.1", 4, "SQLITE_VERSION"));
        let zlib = "#define ZLIB_VERSION \"1.2.13\"\n#define ZLIB_VERNUM 0x12d0\n#define ZLIB_VER_MAJOR 1\n";
        assert_eq!(value(macros(zlib)), some("1.2.13", 1, "ZLIB_VERSION"));
        // Lua 5.4.4's lua.h: strings, and `LUA_VERSION` is an expression, not a version.
        let lua = "#define LUA_VERSION_MAJOR\t\"5\"\n#define LUA_VERSION_MINOR\t\"4\"\n#define LUA_VERSION_RELEASE\t\"4\"\n\n#define LUA_VERSION_NUM\t\t\t504\n#define LUA_VERSION_RELEASE_NUM\t\t(LUA_VERSION_NUM * 100 + 4)\n\n#define LUA_VERSION\t\"Lua \" LUA_VERSION_MAJOR \".\" LUA_VERSION_MINOR\n";
        assert_eq!(value(macros(lua)), some("5.4.4", 1, "LUA_VERSION_MAJOR"));
        // cJSON 1.7.15's cJSON.h and nlohmann/json 3.11.2's json.hpp (indented directives).
        let cjson = "/* project version */\n#define CJSON_VERSION_MAJOR 1\n#define CJSON_VERSION_MINOR 7\n#define CJSON_VERSION_PATCH 15\n";
        assert_eq!(
            value(macros(cjson)),
            some("1.7.15", 2, "CJSON_VERSION_MAJOR")
        );
        let json = "#ifndef JSON_SKIP_LIBRARY_VERSION_CHECK\n    #if defined(NLOHMANN_JSON_VERSION_MAJOR) && defined(NLOHMANN_JSON_VERSION_MINOR)\n    #endif\n#endif\n\n#define NLOHMANN_JSON_VERSION_MAJOR 3   // NOLINT(modernize-macro-to-enum)\n#define NLOHMANN_JSON_VERSION_MINOR 11  // NOLINT(modernize-macro-to-enum)\n#define NLOHMANN_JSON_VERSION_PATCH 2   // NOLINT(modernize-macro-to-enum)\n";
        assert_eq!(
            value(macros(json)),
            some("3.11.2", 6, "NLOHMANN_JSON_VERSION_MAJOR")
        );
        // tinyxml2 9.0.0's order of words; a major alone is no version.
        let tinyxml = "#define TINYXML2_MAJOR_VERSION 9\n#define TINYXML2_MINOR_VERSION 0\n#define TINYXML2_PATCH_VERSION 0\n";
        assert_eq!(
            value(macros(tinyxml)),
            some("9.0.0", 1, "TINYXML2_MAJOR_VERSION")
        );
        assert_eq!(value(macros("#define FOO_VERSION_MAJOR 2\n")), None);
        // Placeholders a build fills in (libsodium's version.h.in) and prose are skipped.
        assert_eq!(
            value(macros(
                "#define SODIUM_VERSION_STRING \"@VERSION@\"\n#define X_VERSION \"@X_VERSION@\"\n"
            )),
            None
        );
        assert_eq!(value(macros("")), None);
    }

    #[test]
    fn pkg_config_files() {
        // libsqlite3-dev 3.40.1's sqlite3.pc, then the template in SQLite's sources.
        let pc = "# Package Information for pkg-config\n\nprefix=/usr\nexec_prefix=${prefix}\n\nName: SQLite\nDescription: SQL database engine\nVersion: 3.40.1\nLibs: -L${libdir} -lsqlite3\n";
        assert_eq!(value(pkg_config(pc)), some("3.40.1", 8, "Version:"));
        assert_eq!(value(pkg_config("Name: zlib\nVersion: @VERSION@\n")), None);
        assert_eq!(value(pkg_config("Version: ${version}\n")), None);
    }

    #[test]
    fn cmake_projects() {
        // tinyxml2 9.0.0.
        let tinyxml = "cmake_minimum_required(VERSION 3.15)\nproject(tinyxml2 VERSION 9.0.0)\n";
        assert_eq!(value(cmake(tinyxml)), some("9.0.0", 2, "project()"));
        // Over several lines, with a comment, in upper case.
        let multi = "# project(old VERSION 0.1)\nPROJECT(demo\n    VERSION 2.4.1 # released\n    LANGUAGES C)\n";
        assert_eq!(value(cmake(multi)), some("2.4.1", 2, "project()"));
        // cJSON 1.7.15 and libyaml 0.2.5 name no version in `project`; a variable is none.
        assert_eq!(
            value(cmake(
                "set(CMAKE_LEGACY_CYGWIN_WIN32 0)\ncmake_minimum_required(VERSION 2.8.5)\n\nproject(cJSON C)\n"
            )),
            None
        );
        assert_eq!(
            value(cmake("project (yaml C)\n\nset (YAML_VERSION_MAJOR 0)\n")),
            None
        );
        assert_eq!(value(cmake("project(x VERSION ${X_VERSION})\n")), None);
        // Unbalanced: no version, no panic.
        assert_eq!(value(cmake("project(x VERSION 1.0\n")), None);
    }

    #[test]
    fn meson_projects() {
        // FriBidi 1.0.8.
        let fribidi = "project('fribidi', 'c', version: '1.0.8',\n  meson_version : '>= 0.44')\n";
        assert_eq!(value(meson(fribidi)), some("1.0.8", 1, "project()"));
        let spaced =
            "project(\n  'inih',\n  ['c'],\n  license : 'BSD-3-Clause',\n  version : \"58\",\n)\n";
        assert_eq!(value(meson(spaced)), some("58", 1, "project()"));
        assert_eq!(
            value(meson("project('x', 'c', version: files('VERSION'))\n")),
            None
        );
    }

    #[test]
    fn autoconf_inits() {
        // libsodium 1.0.18, over several lines.
        let sodium = "AC_PREREQ([2.65])\nAC_INIT([libsodium],[1.0.18],\n  [https://github.com/jedisct1/libsodium/issues],\n  [libsodium],\n  [https://github.com/jedisct1/libsodium])\n";
        assert_eq!(value(autoconf(sodium)), some("1.0.18", 2, "AC_INIT"));
        // SQLite 3.40.1 and libyaml 0.2.5 compute theirs: none; the comment naming AC_INIT
        // is not the call.
        let sqlite = "# change the argument to AC_INIT().  And disable any features that\nAC_INIT(sqlite, m4_esyscmd([cat VERSION | tr -d '\\n']))\n";
        assert_eq!(value(autoconf(sqlite)), None);
        assert_eq!(
            value(autoconf(
                "AC_INIT([yaml], [YAML_MAJOR.YAML_MINOR.YAML_PATCH], [YAML_BUGS])\n"
            )),
            None
        );
        assert_eq!(
            value(autoconf("AC_INIT(hello, 2.12)\n")),
            some("2.12", 1, "AC_INIT")
        );
    }

    #[test]
    fn the_sources_are_tried_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let put = |rel: &str, text: &str| {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        put("configure.ac", "AC_INIT([x], [5.0])\n");
        assert_eq!(find(root, None).unwrap().value, "5.0");
        put("meson.build", "project('x', 'c', version: '4.0')\n");
        assert_eq!(find(root, None).unwrap().value, "4.0");
        put("CMakeLists.txt", "project(x VERSION 3.0)\n");
        assert_eq!(find(root, None).unwrap().value, "3.0");
        put("x.pc.in", "Version: @VERSION@\n");
        assert_eq!(find(root, None).unwrap().value, "3.0");
        put("lib/pkgconfig/x.pc", "Version: 2.0\n");
        let found = find(root, None).unwrap();
        assert_eq!(
            (found.value.as_str(), found.what.as_str()),
            ("2.0", "Version:")
        );
        assert!(found.file.ends_with("lib/pkgconfig/x.pc"));
        let main = Source {
            path: root.join("x.h"),
            text: "#define X_VERSION \"1.0.0\"\n".to_owned(),
            whole: true,
        };
        let found = find(root, Some(&main)).unwrap();
        assert_eq!((found.value.as_str(), found.line), ("1.0.0", 1));
        // A binary build file is skipped.
        let other = tempfile::tempdir().unwrap();
        std::fs::write(
            other.path().join("CMakeLists.txt"),
            b"project(x VERSION 1.0)\0",
        )
        .unwrap();
        assert_eq!(find(other.path(), None), None);
    }
}
