//! The jars of one folder of a system, and the jars nested in them (Spring Boot's
//! `BOOT-INF/lib/`, a war's `WEB-INF/lib/`, a fat jar's `lib/`). A jar names what it holds in
//! `META-INF/maven/<group>/<artifact>/pom.properties` and `pom.xml` (a shaded jar holds several),
//! else in its manifest (`Bundle-SymbolicName`, `Implementation-Title`), else in its file name.
//!
//! Licenses come from the embedded pom's `<licenses>`, else the manifest's `Bundle-License`,
//! else the license files in `META-INF/`. A jar that holds other jars is an application: its own
//! poms are the project's, the nested jars' are its packages.
//!
//! Jars are zip archives and hostile input: at most `MAX_ENTRIES` entries are listed, an entry
//! read is at most `archive::MAX_ENTRY` bytes (a nested jar at most `MAX_NESTED`, held in memory
//! one at a time), nested jars are opened one level down only, all that is read out of one jar
//! stays within `LIMITS` of its size (a zip bomb, or entries that overlap, stops there), and an
//! unreadable jar is a warning naming it.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Seek};
use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::ecosystems::maven;
use crate::license::files;
use crate::model::{Collected, Diagnostic, Ecosystem, Member, Package, ProjectRoot};

/// The most entries of a jar listed.
const MAX_ENTRIES: usize = 200_000;

/// The largest nested jar read (into memory).
const MAX_NESTED: u64 = 64 << 20;

/// How much may be read out of one jar, nested jars included, against the jar's size.
const LIMITS: crate::archive::Limits = crate::archive::Limits {
    max_expanded: 4 << 30,
    max_ratio: 100,
    ratio_from: 64 << 20,
};

/// Collects the jars directly in the folder `root.dir`.
pub fn collect(root: &ProjectRoot, ctx: &Context) -> Result<Collected, Diagnostic> {
    let folder = ctx.root.join(&root.dir);
    let mut collected = Collected::default();
    for path in super::sorted_entries(&folder) {
        let is_jar = path.to_str().is_some_and(crate::discover::is_jar);
        // Links (`commons-lang3.jar → commons-lang3-3.12.0.jar`) name a jar read under its own name.
        if !is_jar || !path.symlink_metadata().is_ok_and(|m| m.is_file()) {
            continue;
        }
        let rel = super::relative(&ctx.root, &path);
        let mut budget = Budget {
            compressed: path.metadata().map_or(0, |m| m.len()),
            expanded: 0,
        };
        let opened = std::fs::File::open(&path)
            .map_err(|e| e.to_string())
            .and_then(|file| zip::ZipArchive::new(file).map_err(|e| e.to_string()));
        let read = opened.and_then(|mut zip| {
            let jar = read_jar(&mut zip, true, &mut budget)?;
            Ok((zip, jar))
        });
        let (mut zip, jar) = match read {
            Ok(read) => read,
            Err(e) => {
                collected.warnings.push(Diagnostic::new(
                    &rel,
                    crate::i18n::tr!("jar-unreadable", error = e),
                ));
                continue;
            }
        };
        let label = path.display().to_string();
        let is_application = !jar.nested.is_empty();
        for package in packages(&jar, &path, &label, root) {
            let mut package = package;
            package.installed_at = Some(rel.clone());
            if is_application {
                collected.members.push(Member {
                    name: package.name,
                    version: package.version,
                    declared: package.declared,
                    license: None,
                });
            } else {
                // `META-INF/LICENSE*` was read already, for a jar that names one package: in a
                // shaded jar it is the jar's own, not each shaded library's.
                package.archive = Some(path.clone());
                collected.packages.push(package);
            }
        }
        for (index, name) in &jar.nested {
            let nested_label = format!("{label}{}{name}", files::IN_ARCHIVE);
            let inner = read_entry(&mut zip, *index, MAX_NESTED, &mut budget)
                .and_then(|bytes| {
                    zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())
                })
                .and_then(|mut inner| read_jar(&mut inner, false, &mut budget));
            match inner {
                Ok(inner) => {
                    for mut package in packages(&inner, Path::new(name), &nested_label, root) {
                        package.installed_at = Some(rel.clone());
                        collected.packages.push(package);
                    }
                }
                Err(e) => collected.warnings.push(Diagnostic::new(
                    &rel,
                    crate::i18n::tr!("jar-nested-unreadable", name = name, error = e),
                )),
            }
        }
    }
    Ok(collected)
}

/// What ossdoo reads of one jar.
#[derive(Debug, Default)]
struct Jar {
    /// `META-INF/maven/<group>/<artifact>/` → its `pom.properties` and `pom.xml`.
    poms: BTreeMap<String, PomFiles>,
    manifest: Option<Vec<u8>>,
    /// `META-INF/LICENSE*` files: (entry, bytes).
    licenses: Vec<(String, Vec<u8>)>,
    /// Jars inside it, listed in a top-level jar only: (index, entry), read one at a time.
    nested: Vec<(usize, String)>,
}

/// What has been read out of one jar so far, against its size.
struct Budget {
    compressed: u64,
    expanded: u64,
}

impl Budget {
    fn within(&self) -> bool {
        LIMITS.check(self.expanded, self.compressed).is_ok()
    }
}

/// The bytes of entry `index`, at most `limit` of them (`Err` past it), counted in `budget`.
fn read_entry<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    index: usize,
    limit: u64,
    budget: &mut Budget,
) -> Result<Vec<u8>, String> {
    let entry = zip.by_index(index).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    let read = entry.take(limit + 1).read_to_end(&mut bytes);
    budget.expanded += bytes.len() as u64;
    LIMITS
        .check(budget.expanded, budget.compressed)
        .map_err(|e| e.to_string())?;
    read.map_err(|e| e.to_string())?;
    if bytes.len() as u64 > limit {
        return Err(crate::i18n::tr!("read-over-bytes", limit = limit));
    }
    Ok(bytes)
}

fn read_jar<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    open_nested: bool,
    budget: &mut Budget,
) -> Result<Jar, String> {
    if zip.len() > MAX_ENTRIES {
        return Err(crate::i18n::tr!("read-too-many-entries", max = MAX_ENTRIES));
    }
    let mut jar = Jar::default();
    for index in 0..zip.len() {
        // Names from the central directory: an entry is opened only when it is wanted.
        let Some(name) = zip.name_for_index(index).map(str::to_owned) else {
            continue;
        };
        if name.ends_with('/') {
            continue;
        }
        let parts: Vec<&str> = name.split('/').collect();
        let wanted = match parts.as_slice() {
            [
                "META-INF",
                "maven",
                group,
                artifact,
                file @ ("pom.properties" | "pom.xml"),
            ] => Some(Wanted::Pom(
                format!("{group}/{artifact}"),
                *file == "pom.xml",
            )),
            ["META-INF", "MANIFEST.MF"] => Some(Wanted::Manifest),
            ["META-INF", file] if files::is_license_file_name(file) => Some(Wanted::License),
            [.., file] if open_nested && file.ends_with(".jar") => Some(Wanted::Nested),
            _ => None,
        };
        let Some(wanted) = wanted else {
            continue;
        };
        if let Wanted::Nested = wanted {
            jar.nested.push((index, name));
            continue;
        }
        // An entry too large or damaged is left out; a jar past its budget stops.
        let bytes = match read_entry(zip, index, crate::archive::MAX_ENTRY, budget) {
            Ok(bytes) => bytes,
            Err(_) if budget.within() => continue,
            Err(e) => return Err(e),
        };
        match wanted {
            Wanted::Pom(key, is_xml) => {
                let slot = jar.poms.entry(key).or_default();
                match is_xml {
                    true => slot.xml = Some(bytes),
                    false => slot.properties = Some(bytes),
                }
            }
            Wanted::Manifest => jar.manifest = Some(bytes),
            Wanted::License => jar.licenses.push((name, bytes)),
            Wanted::Nested => {}
        }
    }
    Ok(jar)
}

/// An embedded pom's `pom.properties` and `pom.xml`, each when the jar has it.
#[derive(Debug, Default)]
struct PomFiles {
    properties: Option<Vec<u8>>,
    xml: Option<Vec<u8>>,
}

enum Wanted {
    /// A pom file of `group/artifact`; `true` for `pom.xml`.
    Pom(String, bool),
    Manifest,
    License,
    Nested,
}

/// The packages a jar names (several for a shaded jar), `path` being its file (for its name)
/// and `label` how evidence names it (`app.jar!/BOOT-INF/lib/x.jar`).
fn packages(jar: &Jar, path: &Path, label: &str, root: &ProjectRoot) -> Vec<Package> {
    let manifest = jar
        .manifest
        .as_deref()
        .map(maven::decode)
        .unwrap_or_default();
    let mut found: Vec<Package> = Vec::new();
    for (key, PomFiles { properties, xml }) in &jar.poms {
        let facts = xml.as_deref().and_then(|x| maven::pom_facts(x).ok());
        let props = properties
            .as_deref()
            .map(|p| properties_of(&maven::decode(p)))
            .unwrap_or_default();
        let (group, artifact) = key.split_once('/').unwrap_or((key, key));
        let prop = |name: &str| props.get(name).cloned().filter(|v| !v.is_empty());
        // pom.properties holds the resolved values; the pom may say `${project.version}`.
        let from_pom = |value: Option<&String>| {
            value
                .filter(|v| !v.is_empty() && !v.contains("${"))
                .cloned()
        };
        let group = prop("groupId")
            .or_else(|| from_pom(facts.as_ref().map(|f| &f.group)))
            .unwrap_or_else(|| group.to_owned());
        let artifact = prop("artifactId")
            .or_else(|| from_pom(facts.as_ref().map(|f| &f.artifact)))
            .unwrap_or_else(|| artifact.to_owned());
        let version = prop("version")
            .or_else(|| facts.as_ref().map(|f| f.version.clone()))
            .filter(|v| !v.contains("${"))
            .unwrap_or_default();
        let mut package = Package::new(
            Ecosystem::Maven,
            format!("{group}:{artifact}"),
            version,
            &root.manifest,
        );
        package.declared = facts.and_then(|f| f.declared);
        if package.declared.is_some() {
            package.declared_in = Some(PathBuf::from(format!(
                "{label}{}META-INF/maven/{key}/pom.xml",
                files::IN_ARCHIVE
            )));
        }
        found.push(package);
    }
    if found.is_empty() {
        let (name, version) = named_by_manifest(&manifest).unwrap_or_else(|| named_by_file(path));
        found.push(Package::new(
            Ecosystem::Maven,
            name,
            version,
            &root.manifest,
        ));
    }
    // The manifest and `META-INF/` license files speak for the jar, so for its one package.
    if let [only] = found.as_mut_slice() {
        if only.declared.is_none() {
            only.declared = maven::bundle_license(&manifest);
        }
        only.license_texts = jar
            .licenses
            .iter()
            .map(|(name, bytes)| {
                let shown = format!("{label}{}{name}", files::IN_ARCHIVE);
                (PathBuf::from(shown), bytes.clone())
            })
            .collect();
        only.license_files = only.license_texts.iter().map(|(p, _)| p.clone()).collect();
    }
    for package in &mut found {
        package.direct = true;
    }
    found
}

/// `key=value` lines of a Java properties file (`#` comments).
fn properties_of(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#') && !line.starts_with('!'))
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

/// A jar without a pom, named by its manifest: OSGi's `Bundle-SymbolicName` and
/// `Bundle-Version`, else `Implementation-Title` and `Implementation-Version`.
fn named_by_manifest(manifest: &str) -> Option<(String, String)> {
    let header = |key: &str| {
        manifest.lines().find_map(|line| {
            let value = line
                .trim_end_matches('\r')
                .strip_prefix(key)?
                .strip_prefix(':')?;
            // `org.example.bundle;singleton:=true`
            Some(value.split(';').next()?.trim().to_owned())
        })
    };
    let pair =
        |name: &str, version: &str| Some((header(name)?, header(version).unwrap_or_default()));
    pair("Bundle-SymbolicName", "Bundle-Version")
        .or_else(|| pair("Implementation-Title", "Implementation-Version"))
        .filter(|(name, _)| !name.is_empty())
}

/// A jar named by its file: `commons-lang3-3.12.0.jar` is `commons-lang3` 3.12.0.
fn named_by_file(path: &Path) -> (String, String) {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match super::split_versioned(&stem) {
        Some((name, version)) => (name.to_owned(), version.to_owned()),
        None => (stem, String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip(entries: &[(&str, &[u8])], stored: bool) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(if stored {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        });
        for (name, bytes) in entries {
            out.start_file(*name, options).unwrap();
            out.write_all(bytes).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    /// Reads a jar held in memory, with a budget as for a file of its size.
    fn read(bytes: &[u8], open_nested: bool) -> Result<(Jar, Budget), String> {
        let mut budget = Budget {
            compressed: bytes.len() as u64,
            expanded: 0,
        };
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
        Ok((read_jar(&mut zip, open_nested, &mut budget)?, budget))
    }

    fn root() -> ProjectRoot {
        ProjectRoot {
            kind: crate::model::ProjectKind::Jars,
            dir: PathBuf::from("app"),
            manifest: PathBuf::from("app"),
            lockfile: None,
        }
    }

    #[test]
    fn names_a_jar_by_its_pom_manifest_or_file() {
        let pom = b"<project><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>${v}</version><licenses><license><name>MIT</name></license></licenses></project>";
        let props = b"#Generated\ngroupId=org.slf4j\nartifactId=slf4j-api\nversion=2.0.16\n";
        let bytes = zip(
            &[
                ("META-INF/maven/org.slf4j/slf4j-api/pom.xml", pom),
                ("META-INF/maven/org.slf4j/slf4j-api/pom.properties", props),
            ],
            false,
        );
        let (jar, _) = read(&bytes, false).unwrap();
        let found = packages(&jar, Path::new("slf4j.jar"), "slf4j.jar", &root());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "org.slf4j:slf4j-api");
        assert_eq!(found[0].version, "2.0.16");
        assert_eq!(found[0].declared.as_deref(), Some("MIT"));

        let manifest = b"Manifest-Version: 1.0\r\nBundle-SymbolicName: org.example.core;singleton:=true\r\nBundle-Version: 1.4.0\r\nBundle-License: Apache-2.0\r\n";
        let bytes = zip(&[("META-INF/MANIFEST.MF", manifest)], false);
        let (jar, _) = read(&bytes, false).unwrap();
        let found = packages(&jar, Path::new("core.jar"), "core.jar", &root());
        assert_eq!(found[0].name, "org.example.core");
        assert_eq!(found[0].version, "1.4.0");
        assert_eq!(found[0].declared.as_deref(), Some("Apache-2.0"));

        assert_eq!(
            named_by_file(Path::new("opt/commons-lang3-3.12.0.jar")),
            ("commons-lang3".to_owned(), "3.12.0".to_owned())
        );
    }

    #[test]
    fn opens_nested_jars_one_level_down() {
        let inner = zip(
            &[(
                "META-INF/maven/g/a/pom.properties",
                b"groupId=g\nartifactId=a\nversion=1\n",
            )],
            false,
        );
        let deeper = zip(&[("lib/deeper.jar", &inner)], true);
        let outer = zip(
            &[
                ("BOOT-INF/lib/a-1.jar", &inner),
                ("BOOT-INF/lib/wrapper.jar", &deeper),
            ],
            true,
        );
        let (jar, mut budget) = read(&outer, true).unwrap();
        assert_eq!(jar.nested.len(), 2);
        let mut zip = zip::ZipArchive::new(Cursor::new(&outer)).unwrap();
        let wrapper = read_entry(&mut zip, jar.nested[1].0, MAX_NESTED, &mut budget).unwrap();
        assert_eq!(wrapper, deeper);
        // As `collect` reads a nested jar: its own jars are not listed.
        let (wrapper, _) = read(&wrapper, false).unwrap();
        assert!(wrapper.nested.is_empty());
        assert!(read(b"not a zip", true).is_err());
        // What is read out of one jar stays within its budget: past it, the jar stops.
        let mut spent = Budget {
            compressed: outer.len() as u64,
            expanded: LIMITS.ratio_from.max(outer.len() as u64 * LIMITS.max_ratio),
        };
        let err = read_entry(&mut zip, jar.nested[0].0, MAX_NESTED, &mut spent).unwrap_err();
        assert!(err.contains("decompression bomb"), "{err}");
        assert!(!spent.within());
    }
}
