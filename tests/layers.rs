//! The house's layers, checked: every file of `src/` imports only from its own layer or below, and
//! no two files import each other (directly or round a loop) unless they sit in the same top
//! module folder.
//!
//! The layers are read from the table under "## Layers" in `docs/architecture.md`, so the page and
//! the code cannot drift apart: a new file that no row covers, a row that names nothing, an import
//! that runs upward or a loop across folders fails this test with the file, the line and the names.
//!
//! What counts as an import is read from the text, comments and strings left out: every
//! `crate::…` path (in `use` items, `{…}` groups included, and in expressions), `super::…` paths
//! that leave the file, and in a module with children (`lib.rs`, `mod.rs`, `x.rs` beside `x/`) a
//! bare path that starts with a child's name. Run `OSSDOO_LAYERS=edges cargo test --test layers`
//! to print every edge found.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[path = "support/sources.rs"]
mod sources;

#[test]
fn imports_run_down_the_layers_and_loops_stay_inside_one_folder() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let house = House::read(&root.join("src"));
    let edges = house.edges();
    if std::env::var("OSSDOO_LAYERS").as_deref() == Ok("edges") {
        #[allow(clippy::print_stderr, reason = "asked for with OSSDOO_LAYERS=edges")]
        for edge in &edges {
            eprintln!(
                "{} -> {}  ({}: {})",
                edge.from, edge.to, edge.line, edge.path
            );
        }
    }
    let layers = Layers::read(&root.join("docs/architecture.md"), &house);

    let mut problems = layers.problems.clone();
    for edge in &edges {
        let (from, to) = (layers.of(&edge.from), layers.of(&edge.to));
        if to.0 > from.0 {
            problems.push(format!(
                "src/{}:{} imports `{}` from src/{}: layer {} \"{}\" may not import from layer {} \"{}\" above it",
                edge.from, edge.line, edge.path, edge.to, from.0, from.1, to.0, to.1
            ));
        }
    }
    for component in loops(&edges) {
        let folders: BTreeSet<&str> = component.iter().map(|file| top_folder(file)).collect();
        if folders.len() > 1 {
            let inside: Vec<String> = edges
                .iter()
                .filter(|e| component.contains(&e.from) && component.contains(&e.to))
                .map(|e| format!("  src/{}:{} -> src/{} ({})", e.from, e.line, e.to, e.path))
                .collect();
            problems.push(format!(
                "an import loop across folders ({}):\n{}",
                folders.into_iter().collect::<Vec<_>>().join(", "),
                inside.join("\n")
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) with the layers of docs/architecture.md:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// `license/detect.rs` → `license`, `lib.rs` → `lib.rs`: the unit inside which loops are allowed.
fn top_folder(file: &str) -> &str {
    match file.split_once('/') {
        Some((folder, _)) => folder,
        None => file.strip_suffix(".rs").unwrap_or(file),
    }
}

/// The source files, each with its module path (`license::detect`) and its text without comments
/// and string literals.
struct House {
    files: BTreeMap<String, Source>,
    /// Module path → file (`license::detect` → `license/detect.rs`; the crate root is "").
    modules: BTreeMap<String, String>,
}

struct Source {
    module: Vec<String>,
    code: Vec<char>,
}

struct Edge {
    from: String,
    to: String,
    line: usize,
    path: String,
}

impl House {
    fn read(src: &Path) -> House {
        let paths = sources::rust_files(src);
        let mut files = BTreeMap::new();
        let mut modules = BTreeMap::new();
        for path in paths {
            let rel = path
                .strip_prefix(src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel == "main.rs" {
                // The binary: a crate of its own that uses the library as `ossdoo::`.
                continue;
            }
            let module = module_of(&rel);
            let text = std::fs::read_to_string(&path).unwrap();
            modules.insert(module.join("::"), rel.clone());
            files.insert(
                rel,
                Source {
                    module,
                    code: strip(&text),
                },
            );
        }
        House { files, modules }
    }

    fn edges(&self) -> Vec<Edge> {
        let mut edges = Vec::new();
        for (file, source) in &self.files {
            let children: BTreeSet<&str> = self
                .modules
                .keys()
                .filter_map(|m| {
                    let rest = if source.module.is_empty() {
                        Some(m.as_str())
                    } else {
                        m.strip_prefix(&source.module.join("::"))?
                            .strip_prefix("::")
                    };
                    rest.filter(|r| !r.is_empty() && !r.contains("::"))
                })
                .collect();
            for (at, path) in paths_in(&source.code) {
                let Some(absolute) = resolve(&source.module, &path, &children) else {
                    continue;
                };
                let Some(to) = self.file_of(&absolute) else {
                    continue;
                };
                if to != file {
                    let line = source.code[..at].iter().filter(|&&c| c == '\n').count() + 1;
                    edges.push(Edge {
                        from: file.clone(),
                        to: to.to_string(),
                        line,
                        path: path.join("::"),
                    });
                }
            }
        }
        edges
    }

    /// The file of the longest module path that starts `path`.
    fn file_of(&self, path: &[String]) -> Option<&str> {
        (0..=path.len())
            .rev()
            .find_map(|n| self.modules.get(&path[..n].join("::")))
            .map(String::as_str)
    }
}

/// `lib.rs` → [], `license/mod.rs` → [license], `license/engine/text.rs` → [license, engine, text].
fn module_of(rel: &str) -> Vec<String> {
    let rel = rel.strip_suffix(".rs").unwrap();
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// An absolute module path for a path written in `module`, or `None` when it does not name a
/// module of this crate (std, other crates, locals).
fn resolve(module: &[String], path: &[String], children: &BTreeSet<&str>) -> Option<Vec<String>> {
    let first = path.first()?;
    match first.as_str() {
        "crate" => Some(path[1..].to_vec()),
        "super" => {
            let mut base = module.to_vec();
            let mut rest = path;
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
            base.extend(rest.iter().cloned());
            Some(base)
        }
        "self" => None,
        name if children.contains(name) => {
            let mut base = module.to_vec();
            base.extend(path.iter().cloned());
            Some(base)
        }
        _ => None,
    }
}

/// Every path in the code that starts `crate::`, `super::` or `name::` (with `{…}` groups
/// expanded), with the offset where it starts. `super::` inside an inline `mod … {` of the file
/// (a `tests` module) names the file's own module and is left out.
fn paths_in(code: &[char]) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    let mut inline_mods: Vec<usize> = Vec::new(); // brace depths where an inline `mod x {` opened
    let mut depth = 0usize;
    let mut i = 0;
    while i < code.len() {
        let c = code[i];
        if c == '{' {
            depth += 1;
            i += 1;
            continue;
        }
        if c == '}' {
            if inline_mods.last() == Some(&depth) {
                inline_mods.pop();
            }
            depth = depth.saturating_sub(1);
            i += 1;
            continue;
        }
        if !is_ident_start(c) || (i > 0 && (is_ident(code[i - 1]) || preceded_by_colons(code, i))) {
            i += 1;
            continue;
        }
        let (word, end) = ident(code, i);
        if word == "mod" {
            let name_start = skip_ws(code, end);
            let (_, after_name) = ident(code, name_start);
            let next = skip_ws(code, after_name);
            if code.get(next) == Some(&'{') {
                inline_mods.push(depth + 1);
            }
            i = end;
            continue;
        }
        let next = skip_ws(code, end);
        if code.get(next) == Some(&':') && code.get(next + 1) == Some(&':') {
            let mut trees = Vec::new();
            let stop = tree(code, i, Vec::new(), &mut trees);
            if word != "super" || inline_mods.is_empty() {
                found.extend(trees.into_iter().map(|t| (i, t)));
            }
            i = stop.max(end);
            continue;
        }
        i = end;
    }
    found
}

/// Reads a use tree at `i` (`a::b::{c, d::e}`), appending each leaf path to `out`; returns where it
/// stopped.
fn tree(code: &[char], i: usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix;
    let mut i = i;
    loop {
        let start = skip_ws(code, i);
        if code.get(start) == Some(&'{') {
            let mut j = start + 1;
            loop {
                let k = skip_ws(code, j);
                match code.get(k) {
                    Some('}') => return k + 1,
                    Some(',') => j = k + 1,
                    Some(c) if is_ident_start(*c) || *c == '*' => {
                        j = tree(code, k, path.clone(), out)
                    }
                    _ => return k,
                }
            }
        }
        if code.get(start) == Some(&'*') {
            out.push(path);
            return start + 1;
        }
        if !code.get(start).copied().is_some_and(is_ident_start) {
            out.push(path);
            return start;
        }
        let (word, end) = ident(code, start);
        if word == "self" && !path.is_empty() {
            out.push(path);
            return end;
        }
        path.push(word);
        let next = skip_ws(code, end);
        if code.get(next) == Some(&':') && code.get(next + 1) == Some(&':') {
            i = next + 2;
        } else {
            out.push(path);
            // `name as alias`: the alias is not a path.
            let (word, after) = ident(code, next);
            if word == "as" {
                let alias = skip_ws(code, after);
                return ident(code, alias).1;
            }
            return end;
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn preceded_by_colons(code: &[char], i: usize) -> bool {
    let before: String = code[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_whitespace() || **c == ':')
        .collect();
    before.contains("::")
}

fn ident(code: &[char], i: usize) -> (String, usize) {
    let mut end = i;
    while end < code.len() && is_ident(code[end]) {
        end += 1;
    }
    (code[i..end].iter().collect(), end)
}

fn skip_ws(code: &[char], mut i: usize) -> usize {
    while i < code.len() && code[i].is_whitespace() {
        i += 1;
    }
    i
}

/// The text with comments, string literals and character literals blanked out (newlines kept, so
/// line numbers hold).
fn strip(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    let blank = |out: &mut Vec<char>, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut nesting = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    nesting += 1;
                    out.extend([' ', ' ']);
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    nesting -= 1;
                    out.extend([' ', ' ']);
                    i += 2;
                    if nesting == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, chars[i]);
                    i += 1;
                }
            }
        } else if (c == 'r' || c == 'b')
            && !chars.get(i.wrapping_sub(1)).copied().is_some_and(is_ident)
            && raw_string_at(&chars, i).is_some()
        {
            let (hashes, open) = raw_string_at(&chars, i).unwrap();
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let mut j = open + 1;
            while j < chars.len() && !chars[j..].starts_with(&close) {
                j += 1;
            }
            let end = (j + close.len()).min(chars.len());
            for &ch in &chars[i..end] {
                blank(&mut out, ch);
            }
            i = end;
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    blank(&mut out, chars[i]);
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A character literal ('a', '\n', '\u{1F600}'); a lifetime ('a) is left alone.
            let mut j = i + 1;
            if chars.get(j) == Some(&'\\') {
                j += 2;
            } else {
                j += 1;
            }
            while j < chars.len() && chars[j] != '\'' {
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            out.extend(std::iter::repeat_n(' ', end - i));
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// `r"`, `r#"`, `br"`…: the number of hashes and the offset of the opening quote.
fn raw_string_at(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if chars.get(j) == Some(&'b') {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while chars.get(j) == Some(&'#') {
        hashes += 1;
        j += 1;
    }
    (chars.get(j) == Some(&'"')).then_some((hashes, j))
}

/// Strongly connected components with more than one file (Tarjan's algorithm).
fn loops(edges: &[Edge]) -> Vec<BTreeSet<String>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in edges {
        graph.entry(&e.from).or_default().insert(&e.to);
        graph.entry(&e.to).or_default();
    }
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<BTreeSet<String>>,
    }
    fn visit<'a>(v: &'a str, graph: &BTreeMap<&'a str, BTreeSet<&'a str>>, s: &mut State<'a>) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in &graph[v] {
            if !s.index.contains_key(w) {
                visit(w, graph, s);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = BTreeSet::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.insert(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                s.out.push(component);
            }
        }
    }
    let mut state = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for &v in graph.keys() {
        if !state.index.contains_key(v) {
            visit(v, &graph, &mut state);
        }
    }
    state.out
}

/// The table under "## Layers": `| n | name | `file.rs`, `folder/` … |`, the highest first.
struct Layers {
    /// Each file of the house → (layer number, layer name).
    of: BTreeMap<String, (u32, String)>,
    problems: Vec<String>,
}

impl Layers {
    fn read(page: &Path, house: &House) -> Layers {
        let text = std::fs::read_to_string(page).unwrap();
        let section = text
            .split("\n## ")
            .find(|s| s.starts_with("Layers"))
            .expect("docs/architecture.md has a \"## Layers\" section");
        let mut of = BTreeMap::new();
        let mut problems = Vec::new();
        for row in section.lines().filter(|l| l.starts_with('|')) {
            let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
            let Some(Ok(number)) = cells.first().map(|c| c.parse::<u32>()) else {
                continue;
            };
            let name = cells.get(1).copied().unwrap_or("").to_string();
            let names = cells.get(2).copied().unwrap_or("");
            for entry in names.split('`').skip(1).step_by(2) {
                let matched: Vec<&String> = house
                    .files
                    .keys()
                    .filter(|f| {
                        entry
                            .strip_suffix('/')
                            .map_or(*f == entry, |dir| f.starts_with(&format!("{dir}/")))
                    })
                    .collect();
                if matched.is_empty() && entry != "main.rs" {
                    problems.push(format!(
                        "docs/architecture.md: layer {number} names `{entry}`, which is not in src/"
                    ));
                }
                for file in matched {
                    if let Some((other, _)) = of.insert(file.clone(), (number, name.clone())) {
                        problems.push(format!("src/{file} is in two layers of docs/architecture.md ({other} and {number})"));
                    }
                }
            }
        }
        for file in house.files.keys() {
            if !of.contains_key(file) {
                problems.push(format!("src/{file} is in no layer of docs/architecture.md: add it to the table under \"## Layers\""));
            }
        }
        Layers { of, problems }
    }

    fn of(&self, file: &str) -> (u32, &str) {
        self.of
            .get(file)
            .map_or((0, "?"), |(n, name)| (*n, name.as_str()))
    }
}

/// The reader itself: what it must see and what it must not, so that a quiet check means a clean
/// house rather than a blind reader.
#[test]
fn the_reader_sees_imports_and_nothing_else() {
    let code = strip(
        r#"
use crate::model::{self, Package, purl::{build, parse as p}};
use super::sibling::Thing;
// use crate::commented::Out;
/* use crate::block::{Comment}; */
const S: &str = "crate::in_a::string";
const R: &str = r"crate::raw::string";
fn f<'a>(x: &'a str) -> char { let _ = crate::text::edit_distance(x, "y"); 'c' }
mod tests {
    use super::*;
    use crate::report::ScanReport;
}
"#,
    );
    let paths: Vec<String> = paths_in(&code)
        .into_iter()
        .map(|(_, p)| p.join("::"))
        .collect();
    assert_eq!(
        paths,
        [
            "crate::model",
            "crate::model::Package",
            "crate::model::purl::build",
            "crate::model::purl::parse",
            "super::sibling::Thing",
            "crate::text::edit_distance",
            "crate::report::ScanReport",
        ]
    );

    let children = BTreeSet::from(["discover"]);
    let module = vec!["license".to_owned(), "detect".to_owned()];
    let path = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(
        resolve(&module, &path("super::cache::DiskCache"), &children),
        Some(path("license::cache::DiskCache"))
    );
    assert_eq!(
        resolve(&[], &path("discover::find_roots"), &children),
        Some(path("discover::find_roots"))
    );
    assert_eq!(resolve(&module, &path("std::path::Path"), &children), None);
}

#[test]
fn loops_are_found_across_files() {
    let edge = |from: &str, to: &str| Edge {
        from: from.to_owned(),
        to: to.to_owned(),
        line: 1,
        path: String::new(),
    };
    let found = loops(&[
        edge("model/mod.rs", "license/files.rs"),
        edge("license/files.rs", "model/mod.rs"),
        edge("lib.rs", "model/mod.rs"),
        edge("license/cache.rs", "license/detect.rs"),
    ]);
    assert_eq!(
        found,
        [BTreeSet::from([
            "license/files.rs".to_owned(),
            "model/mod.rs".to_owned()
        ])]
    );
    assert_eq!(top_folder("license/engine/text.rs"), "license");
    assert_eq!(top_folder("lib.rs"), "lib");
}
