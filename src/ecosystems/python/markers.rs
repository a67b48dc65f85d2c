//! PEP 508 environment markers (`python_version < "3.11" and sys_platform == "linux"`),
//! evaluated in three values against what is known of the environment a lockfile is installed
//! into: `true` or `false` when every Python version still possible agrees, `None` when the answer
//! depends on something unknown (an extra, the platform's release, a Python version that
//! `requires-python` allows on one side and the other).
//!
//! Written here rather than taken from `pep508_rs`: that crate evaluates a marker against one
//! complete environment, while a lockfile read on a fresh clone has a partial one (a range of
//! Python versions, no interpreter), and ossdoo must say "undecided" rather than guess.

use std::cmp::Ordering;

/// What is known of the environment: the Python versions that may run the project, and the
/// platform's values (`None`: unknown).
#[derive(Debug, Clone)]
pub struct Target {
    /// Full Python versions to try (`[3, 11, 7]`): the interpreter's, else two per minor version
    /// `requires-python` allows (its first and a late patch release).
    pythons: Vec<Vec<u64>>,
    /// `sys_platform`, `os_name`, `platform_system`, `platform_machine`.
    platform: [Option<&'static str>; 4],
    /// `implementation_name` (`cpython`), `platform_python_implementation` (`CPython`).
    implementation: Option<(String, String)>,
}

/// The minor versions a fresh clone may run on when nothing narrows them: 2.7 and 3.0 to 3.19.
fn every_python() -> impl Iterator<Item = (u64, u64)> {
    std::iter::once((2, 7)).chain((0..20).map(|minor| (3, minor)))
}

impl Target {
    /// The environment of an installed interpreter (`3.11.7`), of the implementation given
    /// (`CPython`), on this machine's platform.
    /// A version of two numbers (`3.11`, from a folder's name) is tried at its first and a late
    /// patch release.
    pub fn interpreter(version: &str, implementation: &str) -> Option<Target> {
        let version = release(version)?;
        let pythons = match version.len() {
            1 => return None,
            2 => vec![
                [&version[..], &[0]].concat(),
                [&version[..], &[99]].concat(),
            ],
            _ => vec![version],
        };
        Some(Target {
            pythons,
            platform: host_platform(),
            implementation: Some((implementation.to_lowercase(), implementation.to_owned())),
        })
    }

    /// The environments a `requires-python` specifier allows (`>=3.9`, Poetry's `^3.9`; `None`
    /// or unreadable: any), CPython on this machine's platform.
    pub fn requiring(requires_python: Option<&str>) -> Target {
        let pythons = every_python()
            .flat_map(|(major, minor)| [vec![major, minor, 0], vec![major, minor, 99]])
            .filter(|version| requires_python.is_none_or(|spec| allows(spec, version)))
            .collect();
        Target {
            pythons,
            platform: host_platform(),
            implementation: Some(("cpython".to_owned(), "CPython".to_owned())),
        }
    }

    /// Whether the marker holds: `Some` when every possible Python version gives the same
    /// answer, `None` when undecided; an unreadable marker is an error.
    pub fn evaluate(&self, marker: &str) -> Result<Option<bool>, String> {
        let tokens = tokenize(marker)?;
        let mut parser = Parser {
            tokens: &tokens,
            at: 0,
        };
        let tree = parser.or()?;
        if parser.at != tokens.len() {
            return Err(format!("unexpected `{}`", tokens[parser.at]));
        }
        let mut answer = None;
        for (i, python) in self.pythons.iter().enumerate() {
            let value = tree.eval(self, python);
            if i == 0 {
                answer = value;
            } else if answer != value {
                return Ok(None);
            }
        }
        Ok(answer)
    }

    fn variable(&self, name: &str, python: &[u64]) -> Option<String> {
        let joined = |parts: &[u64]| {
            parts
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join(".")
        };
        match name {
            "python_version" => Some(joined(&python[..python.len().min(2)])),
            "python_full_version" => Some(joined(python)),
            "sys_platform" => self.platform[0].map(str::to_owned),
            "os_name" => self.platform[1].map(str::to_owned),
            "platform_system" => self.platform[2].map(str::to_owned),
            "platform_machine" => self.platform[3].map(str::to_owned),
            "implementation_name" => self.implementation.as_ref().map(|i| i.0.clone()),
            "platform_python_implementation" => self.implementation.as_ref().map(|i| i.1.clone()),
            "implementation_version" => self
                .implementation
                .as_ref()
                .filter(|i| i.0 == "cpython")
                .map(|_| joined(python)),
            // `extra`, `platform_release`, `platform_version`: unknown here.
            _ => None,
        }
    }
}

/// This machine's `sys_platform`, `os_name`, `platform_system` and `platform_machine`, as
/// CPython reports them.
fn host_platform() -> [Option<&'static str>; 4] {
    let os = std::env::consts::OS;
    let arch = std::env::consts::ARCH;
    let (sys, name, system) = match os {
        "linux" => (Some("linux"), Some("posix"), Some("Linux")),
        "macos" => (Some("darwin"), Some("posix"), Some("Darwin")),
        "windows" => (Some("win32"), Some("nt"), Some("Windows")),
        _ => (None, None, None),
    };
    let machine = match (os, arch) {
        ("windows", "x86_64") => Some("AMD64"),
        ("windows", "aarch64") => Some("ARM64"),
        ("macos", "aarch64") => Some("arm64"),
        (_, "x86_64") => Some("x86_64"),
        (_, "aarch64") => Some("aarch64"),
        _ => None,
    };
    [sys, name, system, machine]
}

/// Whether a Python version satisfies a `requires-python` specifier: PEP 440's (`>=3.9,<4`,
/// `~=3.9`, `==3.*`) or Poetry's (`^3.9`, `~3.9`, `>=3.9 || <3`, `*`). A clause that cannot be
/// read does not restrict.
pub fn allows(spec: &str, version: &[u64]) -> bool {
    spec.split("||").any(|any_of| {
        any_of
            .split(',')
            .flat_map(|part| {
                // Poetry also separates with spaces: `>=3.9 <4.0`.
                let mut clauses = Vec::new();
                let mut current = String::new();
                for word in part.split_whitespace() {
                    if word.starts_with(|c: char| c.is_ascii_digit()) && !current.is_empty() {
                        current.push_str(word);
                    } else {
                        if !current.is_empty() {
                            clauses.push(std::mem::take(&mut current));
                        }
                        current.push_str(word);
                    }
                }
                clauses.extend((!current.is_empty()).then_some(current));
                clauses
            })
            .all(|clause| clause_allows(&clause, version).unwrap_or(true))
    })
}

fn clause_allows(clause: &str, version: &[u64]) -> Option<bool> {
    let clause = clause.trim();
    if clause == "*" || clause.is_empty() {
        return Some(true);
    }
    let (op, value) = split_operator(clause);
    let value = value.trim();
    match op {
        // Poetry: `^3.9` is `>=3.9,<4`; `~3.9` is `>=3.9,<3.10`.
        "^" | "~" => {
            let lower = release(value)?;
            let mut upper = lower.clone();
            let bump = if op == "^" {
                upper.iter().position(|&p| p != 0).unwrap_or(0)
            } else {
                upper.len().min(2) - 1
            };
            upper.truncate(bump + 1);
            upper[bump] += 1;
            Some(compare(version, &lower) != Ordering::Less && compare(version, &upper).is_lt())
        }
        _ => compare_op(op, version, value),
    }
}

/// `>=3.9` → (`>=`, `3.9`); a bare version is `==`.
fn split_operator(clause: &str) -> (&str, &str) {
    for op in ["===", "~=", "==", "!=", "<=", ">=", "<", ">", "^", "~", "="] {
        if let Some(rest) = clause.strip_prefix(op) {
            return (if op == "=" { "==" } else { op }, rest);
        }
    }
    ("==", clause)
}

/// A version comparison, PEP 440 on release numbers (`3.9` == `3.9.0`; `==3.9.*` a prefix;
/// `~=3.9.1` is `>=3.9.1,==3.9.*`). `None` when the value is not a plain release.
fn compare_op(op: &str, version: &[u64], value: &str) -> Option<bool> {
    if let Some(prefix) = value.strip_suffix(".*") {
        let prefix = release(prefix)?;
        let padded: Vec<u64> = (0..prefix.len())
            .map(|i| version.get(i).copied().unwrap_or(0))
            .collect();
        let matches = padded == prefix;
        return match op {
            "==" => Some(matches),
            "!=" => Some(!matches),
            _ => None,
        };
    }
    let other = release(value)?;
    let order = compare(version, &other);
    Some(match op {
        "==" | "===" => order.is_eq(),
        "!=" => !order.is_eq(),
        "<" => order.is_lt(),
        "<=" => order.is_le(),
        ">" => order.is_gt(),
        ">=" => order.is_ge(),
        "~=" if other.len() >= 2 => {
            let prefix = &other[..other.len() - 1];
            order.is_ge() && compare(&version[..version.len().min(prefix.len())], prefix).is_eq()
        }
        _ => return None,
    })
}

/// `3.11.7` → `[3, 11, 7]`; `None` for anything else (`3.13.0rc1`, `3.x`).
fn release(text: &str) -> Option<Vec<u64>> {
    let text = text.trim().trim_start_matches(['v', 'V']);
    let parts: Option<Vec<u64>> = text.split('.').map(|p| p.parse().ok()).collect();
    parts.filter(|p| !p.is_empty())
}

/// Release numbers compared with zeros padding the shorter.
fn compare(a: &[u64], b: &[u64]) -> Ordering {
    let len = a.len().max(b.len());
    let at = |v: &[u64], i: usize| v.get(i).copied().unwrap_or(0);
    (0..len)
        .map(|i| at(a, i).cmp(&at(b, i)))
        .find(|o| o.is_ne())
        .unwrap_or(Ordering::Equal)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Quoted(String),
    Op(&'static str),
    Open,
    Close,
}

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Token::Word(w) => f.write_str(w),
            Token::Quoted(q) => write!(f, "\"{q}\""),
            Token::Op(op) => f.write_str(op),
            Token::Open => f.write_str("("),
            Token::Close => f.write_str(")"),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(at, c)) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' | ')' => {
                chars.next();
                tokens.push(if c == '(' { Token::Open } else { Token::Close });
            }
            '"' | '\'' => {
                chars.next();
                let start = at + 1;
                let end = text[start..]
                    .find(c)
                    .ok_or_else(|| crate::i18n::tr!("marker-unclosed-quote", column = at + 1))?;
                tokens.push(Token::Quoted(text[start..start + end].to_owned()));
                while chars.peek().is_some_and(|&(i, _)| i <= start + end) {
                    chars.next();
                }
            }
            '=' | '!' | '<' | '>' | '~' => {
                let rest = &text[at..];
                let op = ["===", "==", "!=", "<=", ">=", "~=", "<", ">"]
                    .into_iter()
                    .find(|op| rest.starts_with(op))
                    .ok_or_else(|| crate::i18n::tr!("marker-unknown-operator", column = at + 1))?;
                for _ in 0..op.len() {
                    chars.next();
                }
                tokens.push(Token::Op(op));
            }
            c if c.is_alphanumeric() || c == '_' || c == '.' => {
                let mut word = String::new();
                while let Some(&(_, c)) = chars.peek() {
                    if !(c.is_alphanumeric() || c == '_' || c == '.') {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                tokens.push(Token::Word(word));
            }
            _ => {
                return Err(crate::i18n::tr!(
                    "marker-unexpected-character",
                    character = c.to_string(),
                    column = at + 1
                ));
            }
        }
    }
    Ok(tokens)
}

#[derive(Debug)]
enum Tree {
    Or(Vec<Tree>),
    And(Vec<Tree>),
    Compare(Token, &'static str, Token),
}

struct Parser<'a> {
    tokens: &'a [Token],
    at: usize,
}

impl Parser<'_> {
    fn peek_word(&self, word: &str) -> bool {
        matches!(self.tokens.get(self.at), Some(Token::Word(w)) if w == word)
    }

    fn or(&mut self) -> Result<Tree, String> {
        let mut all = vec![self.and()?];
        while self.peek_word("or") {
            self.at += 1;
            all.push(self.and()?);
        }
        Ok(if all.len() == 1 {
            all.pop().expect("one")
        } else {
            Tree::Or(all)
        })
    }

    fn and(&mut self) -> Result<Tree, String> {
        let mut all = vec![self.atom()?];
        while self.peek_word("and") {
            self.at += 1;
            all.push(self.atom()?);
        }
        Ok(if all.len() == 1 {
            all.pop().expect("one")
        } else {
            Tree::And(all)
        })
    }

    fn atom(&mut self) -> Result<Tree, String> {
        if self.tokens.get(self.at) == Some(&Token::Open) {
            self.at += 1;
            let inner = self.or()?;
            if self.tokens.get(self.at) != Some(&Token::Close) {
                return Err(crate::i18n::tr!("marker-unclosed-parenthesis"));
            }
            self.at += 1;
            return Ok(inner);
        }
        let left = self.value()?;
        let op = match self.tokens.get(self.at) {
            Some(Token::Op(op)) => {
                self.at += 1;
                *op
            }
            Some(Token::Word(w)) if w == "in" => {
                self.at += 1;
                "in"
            }
            Some(Token::Word(w))
                if w == "not"
                    && self.tokens.get(self.at + 1) == Some(&Token::Word("in".into())) =>
            {
                self.at += 2;
                "not in"
            }
            other => {
                return Err(match other {
                    Some(token) => {
                        crate::i18n::tr!("marker-expected-comparison", found = token.to_string())
                    }
                    None => crate::i18n::tr!("marker-expected-comparison-at-end"),
                });
            }
        };
        let right = self.value()?;
        Ok(Tree::Compare(left, op, right))
    }

    fn value(&mut self) -> Result<Token, String> {
        match self.tokens.get(self.at) {
            Some(token @ (Token::Word(_) | Token::Quoted(_))) => {
                self.at += 1;
                Ok(token.clone())
            }
            Some(token) => Err(crate::i18n::tr!(
                "marker-expected-value",
                found = token.to_string()
            )),
            None => Err(crate::i18n::tr!("marker-expected-value-at-end")),
        }
    }
}

/// Variables whose values compare as versions.
const VERSION_VARIABLES: &[&str] = &[
    "python_version",
    "python_full_version",
    "implementation_version",
];

impl Tree {
    /// Kleene's three values: `false and unknown` is false, `true or unknown` true.
    fn eval(&self, target: &Target, python: &[u64]) -> Option<bool> {
        match self {
            Tree::Or(all) => {
                let mut unknown = false;
                for tree in all {
                    match tree.eval(target, python) {
                        Some(true) => return Some(true),
                        None => unknown = true,
                        Some(false) => {}
                    }
                }
                (!unknown).then_some(false)
            }
            Tree::And(all) => {
                let mut unknown = false;
                for tree in all {
                    match tree.eval(target, python) {
                        Some(false) => return Some(false),
                        None => unknown = true,
                        Some(true) => {}
                    }
                }
                (!unknown).then_some(true)
            }
            Tree::Compare(left, op, right) => {
                let is_version = [left, right].iter().any(
                    |t| matches!(t, Token::Word(w) if VERSION_VARIABLES.contains(&w.as_str())),
                );
                let resolve = |token: &Token| match token {
                    Token::Word(name) => target.variable(name, python),
                    Token::Quoted(value) => Some(value.clone()),
                    _ => None,
                };
                let (left, right) = (resolve(left)?, resolve(right)?);
                match *op {
                    "in" => Some(right.contains(&left)),
                    "not in" => Some(!right.contains(&left)),
                    _ if is_version => {
                        // `python_version < "3.11"`, or the reverse `"3.11" > python_version`.
                        match (release(&left), release(&right)) {
                            (Some(version), _) => compare_op(op, &version, &right),
                            _ => None,
                        }
                    }
                    "==" | "===" => Some(left == right),
                    "!=" => Some(left != right),
                    _ => None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linux(python: &str) -> Target {
        let mut target = Target::interpreter(python, "CPython").unwrap();
        target.platform = [Some("linux"), Some("posix"), Some("Linux"), Some("x86_64")];
        target
    }

    #[test]
    fn an_interpreter_decides() {
        let py311 = linux("3.11.7");
        assert_eq!(py311.evaluate("python_version < \"3.11\""), Ok(Some(false)));
        assert_eq!(py311.evaluate("python_version >= '3.11'"), Ok(Some(true)));
        assert_eq!(
            py311.evaluate("python_full_version >= \"3.11.8\""),
            Ok(Some(false))
        );
        assert_eq!(py311.evaluate("\"3.10\" < python_version"), Ok(Some(true)));
        assert_eq!(
            py311.evaluate(
                "python_version >= \"3.9\" and (sys_platform == \"win32\" or platform_python_implementation == \"PyPy\")"
            ),
            Ok(Some(false))
        );
        assert_eq!(
            py311.evaluate("sys_platform != \"win32\" and python_version ~= \"3.10\""),
            Ok(Some(true))
        );
        assert_eq!(py311.evaluate("python_version == \"3.*\""), Ok(Some(true)));
        assert_eq!(py311.evaluate("'linux' in sys_platform"), Ok(Some(true)));
        assert_eq!(
            py311.evaluate("platform_machine not in \"x86_64 AMD64\""),
            Ok(Some(false))
        );
    }

    #[test]
    fn unknown_values_leave_it_undecided_unless_the_rest_decides() {
        let py311 = linux("3.11.7");
        assert_eq!(py311.evaluate("extra == \"socks\""), Ok(None));
        assert_eq!(
            py311.evaluate("extra == \"socks\" and python_version < \"3.8\""),
            Ok(Some(false))
        );
        assert_eq!(
            py311.evaluate("extra == \"socks\" or python_version > \"3.8\""),
            Ok(Some(true))
        );
        assert_eq!(py311.evaluate("platform_release >= \"5\""), Ok(None));
    }

    #[test]
    fn requires_python_decides_only_when_every_version_agrees() {
        let from_39 = Target::requiring(Some(">=3.9"));
        assert_eq!(from_39.evaluate("python_version < \"3.11\""), Ok(None));
        assert_eq!(
            from_39.evaluate("python_version >= \"3.8\""),
            Ok(Some(true))
        );
        assert_eq!(
            from_39.evaluate("python_version < \"3.9\""),
            Ok(Some(false))
        );
        // A patch release inside the lowest minor version splits it.
        assert_eq!(
            from_39.evaluate("python_full_version < \"3.9.2\""),
            Ok(None)
        );
        let poetry = Target::requiring(Some("^3.10"));
        assert_eq!(
            poetry.evaluate("python_version >= \"3.10\""),
            Ok(Some(true))
        );
        assert_eq!(poetry.evaluate("python_version < \"4\""), Ok(Some(true)));
        let any = Target::requiring(None);
        assert_eq!(any.evaluate("python_version >= \"3\""), Ok(None));
    }

    #[test]
    fn specifiers() {
        let v = |s: &str| release(s).unwrap();
        assert!(allows(">=3.9,<4.0", &v("3.11.2")));
        assert!(!allows(">=3.9,<4.0", &v("3.8.99")));
        assert!(allows("^3.9", &v("3.12")));
        assert!(!allows("^3.9", &v("4.0")));
        assert!(allows("~3.9", &v("3.9.7")));
        assert!(!allows("~3.9", &v("3.10.0")));
        assert!(allows(">=3.9 <3.13", &v("3.12.0")));
        assert!(!allows(">=3.9 <3.13", &v("3.13.0")));
        assert!(allows(">=2.7,!=3.0.*,!=3.1.*", &v("3.2.0")));
        assert!(!allows(">=2.7,!=3.0.*,!=3.1.*", &v("3.1.4")));
        assert!(allows("~=3.9", &v("3.12")));
        assert!(allows("<3 || >=3.9", &v("2.7")));
        assert!(allows("*", &v("3.1")));
        assert!(allows("nonsense", &v("3.1")));
    }

    #[test]
    fn bad_markers_are_errors() {
        let py = linux("3.11");
        assert!(py.evaluate("python_version <").is_err());
        assert!(py.evaluate("(python_version < \"3\"").is_err());
        assert!(py.evaluate("python_version < \"3\" sys_platform").is_err());
        assert!(py.evaluate("python_version ?? \"3\"").is_err());
        assert!(py.evaluate("python_version < \"3").is_err());
    }
}
