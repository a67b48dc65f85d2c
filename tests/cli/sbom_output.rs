//! `--format spdx` and `--format cyclonedx`: snapshots, reproducibility, and validation of every
//! fixture's SBOM against the official JSON schemas vendored in `tests/schemas/` (no network).

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use crate::fixtures::{name, scan_fixture};
use crate::{fixture_dirs, repo, run};

/// The formats under test, with the schema that checks each.
const FORMATS: &[&str] = &["spdx", "cyclonedx"];

fn schema_file(path: &str) -> Value {
    let text = std::fs::read_to_string(repo().join("tests/schemas").join(path))
        .unwrap_or_else(|e| panic!("tests/schemas/{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("tests/schemas/{path}: {e}"))
}

/// Validates `document` against the format's official schema; the error lists every violation.
fn validate(format: &str, document: &Value) -> Result<(), String> {
    let errors: Vec<String> = match format {
        "spdx" => {
            let schema = schema_file("spdx/spdx-2.3.schema.json");
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft7)
                .build(&schema)
                .expect("the SPDX schema compiles");
            validator
                .iter_errors(document)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect()
        }
        "cyclonedx" => {
            // `bom-1.6` refers to the other two by relative `$ref`, resolved against its `$id`
            // (`http://cyclonedx.org/schema/…`): registered here, so nothing is fetched.
            let base = "http://cyclonedx.org/schema";
            let registry = jsonschema::Registry::new()
                .add(
                    format!("{base}/spdx.SNAPSHOT.schema.json"),
                    schema_file("cyclonedx/spdx.SNAPSHOT.schema.json"),
                )
                .and_then(|r| {
                    r.add(
                        format!("{base}/jsf-0.82.SNAPSHOT.schema.json"),
                        schema_file("cyclonedx/jsf-0.82.SNAPSHOT.schema.json"),
                    )
                })
                .and_then(|r| r.prepare())
                .expect("the CycloneDX schemas register");
            let schema = schema_file("cyclonedx/bom-1.6.SNAPSHOT.schema.json");
            let validator = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft7)
                .with_registry(&registry)
                .build(&schema)
                .expect("the CycloneDX schema compiles");
            validator
                .iter_errors(document)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect()
        }
        other => panic!("no schema for {other}"),
    };
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

/// What the schemas cannot say: SPDX ids are unique, relationships name existing elements, and
/// every `LicenseRef-` is explained in `hasExtractedLicensingInfos`.
fn check_spdx_references(document: &Value) -> Result<(), String> {
    let packages = document["packages"].as_array().ok_or("no packages")?;
    let mut ids = HashSet::from(["SPDXRef-DOCUMENT".to_owned()]);
    for package in packages {
        let id = package["SPDXID"].as_str().ok_or("package without SPDXID")?;
        if !ids.insert(id.to_owned()) {
            return Err(format!("SPDXID {id} is used twice"));
        }
    }
    for relationship in document["relationships"]
        .as_array()
        .ok_or("no relationships")?
    {
        for end in ["spdxElementId", "relatedSpdxElement"] {
            let id = relationship[end].as_str().unwrap_or_default();
            if !ids.contains(id) {
                return Err(format!("relationship names unknown element {id}"));
            }
        }
    }
    let explained: HashSet<&str> = document["hasExtractedLicensingInfos"]
        .as_array()
        .map(|infos| {
            infos
                .iter()
                .filter_map(|i| i["licenseId"].as_str())
                .collect()
        })
        .unwrap_or_default();
    for package in packages {
        for field in ["licenseConcluded", "licenseDeclared"] {
            let expression = package[field].as_str().unwrap_or_default();
            for word in expression.split(|c: char| c.is_whitespace() || c == '(' || c == ')') {
                if word.starts_with("LicenseRef-") && !explained.contains(word) {
                    return Err(format!("{word} is not in hasExtractedLicensingInfos"));
                }
            }
        }
    }
    Ok(())
}

/// What the schema cannot say for CycloneDX: bom-refs are unique and dependencies name them.
fn check_cyclonedx_references(bom: &Value) -> Result<(), String> {
    let mut refs = HashSet::new();
    let mut stack: Vec<&Value> = bom["components"].as_array().into_iter().flatten().collect();
    stack.push(&bom["metadata"]["component"]);
    while let Some(component) = stack.pop() {
        if component.is_null() {
            continue;
        }
        let bom_ref = component["bom-ref"]
            .as_str()
            .ok_or("component without bom-ref")?;
        if !refs.insert(bom_ref.to_owned()) {
            return Err(format!("bom-ref {bom_ref} is used twice"));
        }
        stack.extend(component["components"].as_array().into_iter().flatten());
    }
    for dependency in bom["dependencies"].as_array().into_iter().flatten() {
        let named = std::iter::once(&dependency["ref"])
            .chain(dependency["dependsOn"].as_array().into_iter().flatten());
        for r in named {
            let r = r.as_str().unwrap_or_default();
            if !refs.contains(r) {
                return Err(format!("dependency names unknown bom-ref {r}"));
            }
        }
    }
    Ok(())
}

fn parse(name: &str, format: &str, stdout: &str) -> Value {
    serde_json::from_str(stdout)
        .unwrap_or_else(|e| panic!("{name} ({format}): stdout is not JSON: {e}"))
}

#[test]
fn snapshots() {
    for fixture in ["cargo-workspace", "polyglot"] {
        for format in FORMATS {
            let out = scan_fixture(fixture, &["--format", format]);
            insta::assert_snapshot!(format!("{format}-{fixture}"), out.snapshot());
        }
    }
}

#[test]
fn every_fixture_validates_against_the_official_schemas() {
    let mut failures = Vec::new();
    for dir in fixture_dirs() {
        let name = name(&dir);
        for format in FORMATS {
            let out = scan_fixture(&name, &["--format", format]);
            let document = parse(&name, format, &out.stdout);
            let checked = validate(format, &document).and_then(|()| match *format {
                "spdx" => check_spdx_references(&document),
                _ => check_cyclonedx_references(&document),
            });
            if let Err(errors) = checked {
                failures.push(format!("{name} ({format}):\n{errors}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_validators_catch_a_broken_document() {
    let out = run(&["scan", "fixtures/cargo-workspace", "--format", "spdx"]);
    let mut spdx = parse("cargo-workspace", "spdx", &out.stdout);
    spdx["packages"][0]["filesAnalyzed"] = Value::from("no");
    assert!(validate("spdx", &spdx).is_err());
    let out = run(&["scan", "fixtures/cargo-workspace", "--format", "cyclonedx"]);
    let mut bom = parse("cargo-workspace", "cyclonedx", &out.stdout);
    bom["components"][0]["scope"] = Value::from("sometimes");
    assert!(validate("cyclonedx", &bom).is_err());
    bom["components"][0]["licenses"] = serde_json::json!([{ "license": { "id": "NotALicense" } }]);
    assert!(validate("cyclonedx", &bom).is_err());
}

#[test]
fn sboms_are_byte_identical_across_runs() {
    for format in FORMATS {
        let first = run(&["scan", "fixtures/polyglot", "--format", format]);
        let second = run(&["scan", "fixtures/polyglot", "--format", format]);
        assert!(!first.stdout.is_empty());
        assert_eq!(first.stdout, second.stdout, "{format}");
    }
}

#[test]
fn timestamp_puts_the_time_in() {
    let spdx = run(&[
        "scan",
        "fixtures/cargo-workspace",
        "-f",
        "spdx",
        "--timestamp",
    ]);
    let spdx = parse("cargo-workspace", "spdx", &spdx.stdout);
    let created = spdx["creationInfo"]["created"].as_str().unwrap();
    assert_ne!(created, "1970-01-01T00:00:00Z");
    assert!(is_utc_time(created), "{created}");
    validate("spdx", &spdx).unwrap();
    // The namespace names the content, not the time.
    let plain = run(&["scan", "fixtures/cargo-workspace", "-f", "spdx"]);
    let plain = parse("cargo-workspace", "spdx", &plain.stdout);
    assert_eq!(spdx["documentNamespace"], plain["documentNamespace"]);
    assert_eq!(plain["creationInfo"]["created"], "1970-01-01T00:00:00Z");

    let cdx = run(&[
        "scan",
        "fixtures/cargo-workspace",
        "-f",
        "cyclonedx",
        "--timestamp",
    ]);
    let cdx = parse("cargo-workspace", "cyclonedx", &cdx.stdout);
    let timestamp = cdx["metadata"]["timestamp"].as_str().unwrap();
    assert!(is_utc_time(timestamp), "{timestamp}");
    validate("cyclonedx", &cdx).unwrap();
    let plain = run(&["scan", "fixtures/cargo-workspace", "-f", "cyclonedx"]);
    let plain = parse("cargo-workspace", "cyclonedx", &plain.stdout);
    assert!(plain["metadata"].get("timestamp").is_none());
    assert!(plain.get("serialNumber").is_none());
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
fn is_utc_time(text: &str) -> bool {
    text.len() == 20
        && text.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            10 => c == 'T',
            13 | 16 => c == ':',
            19 => c == 'Z',
            _ => c.is_ascii_digit(),
        })
}

/// Packages as ossdoo's JSON report lists them: (purl, scope, license).
fn packages(json: &Value) -> BTreeSet<(String, String, String)> {
    json["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["purl"].as_str().unwrap().to_owned(),
                p["scope"].as_str().unwrap().to_owned(),
                p["license"].as_str().unwrap_or("?").to_owned(),
            )
        })
        .collect()
}

/// ossdoo reads back what it writes: the same packages, scopes and licenses (CycloneDX has no
/// `build` scope: build dependencies come back as runtime). A package with no concluded license
/// whose declared text is no SPDX comes back unknown from both: from SPDX, the `LicenseRef-`
/// ossdoo wrote for it is read as its `extractedText`, the declared text, again; from
/// CycloneDX, its declared name is resolved again.
#[test]
fn ossdoo_reads_its_own_sboms_back() {
    let scanned = run(&["scan", "fixtures/polyglot", "-f", "json"]);
    let expected = packages(&parse("polyglot", "json", &scanned.stdout));
    let dir = tempfile::tempdir().unwrap();
    for format in FORMATS {
        let sbom = dir.path().join(format!("polyglot.{format}.json"));
        let sbom = sbom.to_str().unwrap();
        run(&["scan", "fixtures/polyglot", "-f", format, "-o", sbom]);
        let empty = dir.path().join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        let back = run(&[
            "scan",
            empty.to_str().unwrap(),
            "--sbom",
            sbom,
            "-f",
            "json",
        ]);
        let back = packages(&parse("polyglot", "json", &back.stdout));
        let expected: BTreeSet<_> = expected
            .iter()
            .map(|(purl, scope, license)| {
                let scope = match (*format, scope.as_str()) {
                    ("cyclonedx", "build") => "runtime".to_owned(),
                    _ => scope.clone(),
                };
                (purl.clone(), scope, license.clone())
            })
            .collect();
        assert_eq!(back, expected, "{format}");
    }
}

/// Nothing known is dropped: a package whose license ossdoo could not conclude still carries
/// what it declared, in SPDX as a `LicenseRef-` whose `extractedText` is the declared text, in
/// CycloneDX as a license `name` acknowledged as `declared`.
#[test]
fn declared_licenses_are_kept_when_nothing_is_concluded() {
    let fixture = "fixtures/npm-messy-licenses";
    let json = run(&["scan", fixture, "-f", "json"]);
    let json = parse("npm-messy-licenses", "json", &json.stdout);
    let unknown: Vec<(&str, &str)> = json["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["license"].is_null())
        .filter_map(|p| Some((p["purl"].as_str()?, p["declared"].as_str()?)))
        .collect();
    assert!(unknown.len() >= 3, "{unknown:?}");

    let spdx = run(&["scan", fixture, "-f", "spdx"]);
    let spdx = parse("npm-messy-licenses", "spdx", &spdx.stdout);
    check_spdx_references(&spdx).unwrap();
    let infos = spdx["hasExtractedLicensingInfos"].as_array().unwrap();
    for (purl, declared) in &unknown {
        let package = spdx["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["externalRefs"][0]["referenceLocator"] == *purl)
            .unwrap_or_else(|| panic!("{purl} is in the SPDX document"));
        assert_eq!(package["licenseConcluded"], "NOASSERTION", "{purl}");
        let id = package["licenseDeclared"].as_str().unwrap();
        assert!(id.starts_with("LicenseRef-"), "{purl}: {id}");
        let info = infos
            .iter()
            .find(|i| i["licenseId"] == id)
            .unwrap_or_else(|| panic!("{id} is explained"));
        assert_eq!(info["extractedText"], *declared, "{purl}");
        assert_eq!(info["name"], *declared, "{purl}");
    }
    // One entry per text, however many packages declare it.
    let ids: Vec<&str> = infos
        .iter()
        .filter_map(|i| i["licenseId"].as_str())
        .collect();
    let distinct: BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(ids.len(), distinct.len(), "{ids:?}");
    let declared_refs: Vec<String> = infos
        .iter()
        .map(|i| format!("{} = {}", i["licenseId"], i["extractedText"]))
        .collect();
    insta::assert_snapshot!(declared_refs.join("\n"));

    let cdx = run(&["scan", fixture, "-f", "cyclonedx"]);
    let cdx = parse("npm-messy-licenses", "cyclonedx", &cdx.stdout);
    validate("cyclonedx", &cdx).unwrap();
    for (purl, declared) in &unknown {
        let component = cdx["components"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["purl"] == *purl)
            .unwrap_or_else(|| panic!("{purl} is in the BOM"));
        assert_eq!(
            component["licenses"],
            serde_json::json!([{ "license": { "name": declared, "acknowledgement": "declared" } }]),
            "{purl}"
        );
    }
}
