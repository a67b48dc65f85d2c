//! Container images and root file systems (`--image`, `--rootfs`): the same image in every form
//! umoci and skopeo write gives the same packages, layers and whiteouts leave what the last layer
//! shows, the platform is chosen, hostile archives are refused entry by entry, and the OS
//! packages' licenses come from Debian's copyright files.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::run;

/// `--format json` of a scan with these arguments: exit code, report, stderr.
fn scan(args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["scan", "--format", "json", "--no-cache"];
    all.extend(args);
    let out = run(&all);
    let json = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON: {e}\n{}", out.stderr));
    (out.code, json, out.stderr)
}

/// Each package's purl → its concluded license (or `?`).
fn licenses(report: &Value) -> BTreeMap<String, String> {
    report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let license = p["license"].as_str().unwrap_or("?").to_owned();
            (p["purl"].as_str().unwrap().to_owned(), license)
        })
        .collect()
}

fn names(report: &Value) -> Vec<String> {
    report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

fn messages(report: &Value, level: &str) -> String {
    report[level]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}: {}\n",
                d["path"].as_str().unwrap_or(""),
                d["message"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn every_form_of_the_image_gives_the_last_layers_packages() {
    let (code, oci, stderr) = scan(&["--image", "fixtures/image-debian/oci"]);
    // libcrypt1's copyright file is free-form; its sentence "The overall license for libxcrypt is
    // the GNU Lesser General Public License, version 2.1 (or, at your option, any later
    // version)" is read as a notice: every license is known, the GNU ones are for review.
    assert_eq!(code, 0, "{stderr}");
    let mut expected = vec![
        "base-files",
        "debianutils",
        "libassuan0",
        "libaudit-common",
        "libcap2",
        "libcrypt1",
        "libncursesw6",
        "libtinfo6",
        "netbase",
        "zlib1g",
    ];
    let mut found = names(&oci);
    found.sort();
    expected.sort();
    // libjansson4 was deleted by layer 2 (a whiteout); libsemanage-common is `config-files` only.
    assert_eq!(found, expected);
    assert_eq!(oci["image"]["name"], "ossdoo-fixture");
    assert_eq!(oci["image"]["platform"], "linux/amd64");
    assert_eq!(oci["image"]["licenses"], "Apache-2.0");
    // Layer 3, written by umoci 0.4.7's `insert`, lacks tar's end blocks: accepted, and said.
    assert!(messages(&oci, "warnings").contains("ends without tar's end-of-archive blocks"));
    assert_eq!(messages(&oci, "errors"), "");
    let reference = licenses(&oci);
    assert_eq!(
        reference["pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1%2Bdeb12u1?arch=amd64&distro=debian-12"],
        "Zlib"
    );
    // Layer 3 made netbase's doc folder opaque and put its copyright back.
    assert_eq!(
        reference["pkg:deb/debian/netbase@6.4?arch=all&distro=debian-12"],
        "GPL-2.0-only"
    );
    for form in [
        "oci.tar",
        "docker-archive.tar",
        "oci-zstd",
        "oci-uncompressed",
    ] {
        let image = format!("fixtures/image-debian/{form}");
        let (code, report, stderr) = scan(&["--image", &image]);
        assert_eq!(code, 0, "{form}: {stderr}");
        assert_eq!(licenses(&report), reference, "{form}");
    }
    // skopeo's docker-archive names the image by its tag.
    let (_, docker, _) = scan(&["--image", "fixtures/image-debian/docker-archive.tar"]);
    assert_eq!(docker["image"]["name"], "docker.io/library/ossdoo-fixture");
    assert_eq!(docker["image"]["version"], "latest");
}

#[test]
fn the_platform_is_chosen_and_said() {
    let image = "fixtures/image-debian/multi-platform";
    let (_, amd64, _) = scan(&["--image", image]);
    assert_eq!(amd64["image"]["platform"], "linux/amd64");
    assert!(
        licenses(&amd64)
            .keys()
            .any(|p| p.contains("zlib1g") && p.contains("arch=amd64"))
    );
    let (_, arm64, _) = scan(&["--image", image, "--platform", "linux/arm64"]);
    assert_eq!(arm64["image"]["platform"], "linux/arm64");
    assert!(
        licenses(&arm64)
            .keys()
            .any(|p| p.contains("zlib1g") && p.contains("arch=arm64"))
    );
    let out = run(&["scan", "--image", image, "--platform", "linux/s390x"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("has no `linux/s390x` variant; it has linux/amd64, linux/arm64/v8"),
        "{}",
        out.stderr
    );
    // An image of one platform is not read for another that was asked for.
    let out = run(&[
        "scan",
        "--image",
        "fixtures/image-debian/oci",
        "--platform",
        "linux/arm64",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("is for `linux/amd64`, not `linux/arm64`"),
        "{}",
        out.stderr
    );
}

#[test]
fn hostile_archives_are_refused_entry_by_entry() {
    let hostile = |case: &str| scan(&["--image", &format!("fixtures/image-hostile/{case}")]);
    let (code, valid, _) = hostile("valid.tar");
    assert_eq!(code, 0);
    let packages = names(&valid);
    assert_eq!(packages, ["netbase", "zlib1g"]);
    for (case, refused) in [
        (
            "path-traversal.tar",
            "refused `../../etc/evil`: the path leaves the image's root",
        ),
        (
            "absolute-path.tar",
            "refused `/etc/evil2`: the path leaves the image's root",
        ),
        (
            "symlink-escape.tar",
            "a link to `../../../../../../../../etc/shadow`, which leaves the image's root",
        ),
        (
            "hardlink-escape.tar",
            "a hard link to `../../outside`, which leaves the image's root",
        ),
    ] {
        let (_, report, _) = hostile(case);
        assert!(
            messages(&report, "warnings").contains(refused),
            "{case}: {}",
            messages(&report, "warnings")
        );
        assert_eq!(names(&report), packages, "{case}");
        assert_eq!(messages(&report, "errors"), "", "{case}");
    }
    assert!(!std::path::Path::new("/etc/evil2").exists());
    // A link to the image's own /etc/shadow (absent) leaves zlib1g's license unknown, never the
    // machine's file.
    let (_, report, _) = hostile("symlink-escape.tar");
    assert_eq!(
        report["packages"][1]["license"],
        Value::Null,
        "{}",
        report["packages"][1]
    );
    // An image that cannot be read whole is an input error naming the layer; the rest is reported.
    for (case, error) in [
        ("missing-layer.tar", "is not in the image"),
        ("missing-blob", "is not in the image"),
        (
            "truncated-gzip",
            "the files after that point are missing from the scan",
        ),
        (
            "gzip-bomb",
            "expands more than 100 times its compressed size",
        ),
        (
            "zstd-bomb",
            "expands more than 100 times its compressed size",
        ),
    ] {
        let (code, report, _) = hostile(case);
        assert_eq!(code, 2, "{case}");
        assert!(
            messages(&report, "errors").contains(error),
            "{case}: {}",
            messages(&report, "errors")
        );
        assert_eq!(names(&report), packages, "{case}");
    }
}

#[test]
fn a_root_file_system_gives_its_dpkg_packages() {
    let (code, report, stderr) = scan(&["--rootfs", "fixtures/rootfs-debian"]);
    assert_eq!(code, 0, "{stderr}");
    let licenses = licenses(&report);
    let of = |name: &str| {
        licenses
            .iter()
            .find(|(purl, _)| purl.starts_with(&format!("pkg:deb/debian/{name}@")))
            .map(|(_, l)| l.clone())
            .unwrap_or_else(|| panic!("{name} missing: {licenses:?}"))
    };
    assert_eq!(of("libjansson4"), "MIT"); // Expat
    assert_eq!(of("debianutils"), "GPL-2.0-or-later");
    assert_eq!(of("libassuan0"), "LGPL-2.1-or-later");
    assert_eq!(of("libcap2"), "BSD-3-Clause OR GPL-2.0-only");
    // A doc folder that is a symlink to another package's, as Debian ships libncursesw6.
    assert_eq!(of("libncursesw6"), "MIT");
    // Removed, its configuration kept (`deinstall ok config-files`): not shipped, not reported.
    assert!(!licenses.keys().any(|p| p.contains("libsemanage-common")));
    assert_eq!(
        report["projects"][0]["members"][0]["name"],
        "Debian GNU/Linux 12 (bookworm)"
    );
    // The other stanzas of a machine-readable file are evidence.
    let debianutils = report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "debianutils")
        .unwrap();
    let noted: Vec<&str> = debianutils["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "noted")
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert!(noted.iter().any(|n| n.contains("other files")), "{noted:?}");
    // The default policy reviews copyleft OS packages (scope `os`) rather than denying them.
    assert_eq!(debianutils["scope"], "os");
    assert_eq!(debianutils["verdict"], "review");

    // With --os-license-detail, every stanza's license is in the expression.
    let (_, detailed, _) = scan(&["--rootfs", "fixtures/rootfs-debian", "--os-license-detail"]);
    let detailed = detailed["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "debianutils")
        .unwrap()["license"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(detailed.starts_with("GPL-2.0-or-later AND "), "{detailed}");
    assert!(detailed.contains("LicenseRef-Public-Domain"), "{detailed}");
}

#[test]
fn distroless_keeps_one_status_file_per_package() {
    let (_, report, stderr) = scan(&["--rootfs", "fixtures/rootfs-distroless"]);
    let mut found = names(&report);
    found.sort();
    // `<package>.md5sums` files beside the stanzas are not packages.
    assert_eq!(
        found,
        ["base-files", "libjansson4", "netbase", "zlib1g"],
        "{stderr}"
    );
    assert_eq!(report["projects"][0]["manifest"], "var/lib/dpkg/status.d");
}

#[test]
fn image_sboms_name_the_image_and_reports_are_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().to_str().unwrap();
    let args = [
        "scan",
        "--image",
        "fixtures/image-debian/oci",
        "--no-cache",
        "--format",
        "cyclonedx,spdx,json",
        "--output-dir",
        out_dir,
    ];
    assert_eq!(run(&args).code, 0);
    let read = |file: &str| std::fs::read_to_string(dir.path().join(file)).unwrap();
    let cyclonedx: Value = serde_json::from_str(&read("ossdoo.cdx.json")).unwrap();
    assert_eq!(cyclonedx["metadata"]["component"]["name"], "ossdoo-fixture");
    let spdx: Value = serde_json::from_str(&read("ossdoo.spdx.json")).unwrap();
    let described = spdx["documentDescribes"][0].as_str().unwrap();
    let root = spdx["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["SPDXID"] == described)
        .unwrap();
    assert_eq!(root["name"], "ossdoo-fixture");
    assert!(
        spdx["relationships"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["relationshipType"] == "CONTAINS" && r["spdxElementId"] == described)
    );
    let first = read("ossdoo.json");
    assert_eq!(run(&args).code, 0);
    assert_eq!(read("ossdoo.json"), first);
}

#[test]
fn not_an_image_is_a_usage_error() {
    let out = run(&["scan", "--image", "fixtures/npm-lockfile-v3"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("not a container image"),
        "{}",
        out.stderr
    );
    let out = run(&["scan", "--rootfs", "fixtures/npm-lockfile-v3"]);
    assert!(
        out.stderr.contains("no package database found"),
        "{}",
        out.stderr
    );
}

#[test]
fn rpm_databases_sqlite_read_and_older_formats_named() {
    let (_, report, stderr) = scan(&["--rootfs", "fixtures/rootfs-rpm"]);
    let licenses = licenses(&report);
    assert_eq!(licenses.len(), 6, "{stderr}: {licenses:?}");
    // Fedora's former short names become SPDX; an epoch is part of the version.
    assert_eq!(
        licenses["pkg:rpm/redhat/demo-httpclient@1%3A4.5.13-1.el9?arch=noarch&distro=rhel-9.4"],
        "Apache-2.0"
    );
    assert!(
        licenses
            .values()
            .any(|l| l == "GPL-2.0-or-later WITH Classpath-exception-2.0")
    );
    // The erased demo-zlib is gone, though its bytes remain in the file's free pages.
    assert!(!licenses.keys().any(|p| p.contains("demo-zlib")));
    // Opened immutable: nothing is written beside the database.
    let rpm = crate::repo().join("fixtures/rootfs-rpm/var/lib/rpm");
    assert!(!rpm.join("rpmdb.sqlite-shm").exists() && !rpm.join("rpmdb.sqlite-wal").exists());
    // Fedora keeps it in /usr/lib/sysimage/rpm.
    let (_, fedora, _) = scan(&["--rootfs", "fixtures/rootfs-rpm/fedora"]);
    assert_eq!(
        fedora["projects"][0]["manifest"],
        "usr/lib/sysimage/rpm/rpmdb.sqlite"
    );
    for (root, format) in [
        ("bdb", "a Berkeley DB rpm database"),
        ("ndb", "an ndb rpm database"),
    ] {
        let (code, report, _) = scan(&["--rootfs", &format!("fixtures/rootfs-rpm/{root}")]);
        assert_eq!(code, 2, "{root}");
        assert!(
            messages(&report, "errors").contains(format),
            "{root}: {}",
            messages(&report, "errors")
        );
    }
}

/// `--format json` of a scan with these arguments and environment variables.
fn scan_with(args: &[&str], env: &[(&str, &Path)]) -> (i32, Value, String) {
    let mut all = vec!["scan", "--format", "json", "--no-cache"];
    all.extend(args);
    let home = tempfile::tempdir().unwrap();
    let out = crate::run_with(&all, home.path(), |cmd| {
        for (key, value) in env {
            cmd.env(key, value);
        }
    });
    let json = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON: {e}\n{}", out.stderr));
    (out.code, json, out.stderr)
}

/// (ecosystem, name, version) of every package of a report.
fn identities(report: &Value) -> std::collections::BTreeSet<(String, String, String)> {
    report["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let field = |key: &str| p[key].as_str().unwrap().to_owned();
            (field("ecosystem"), field("name"), field("version"))
        })
        .collect()
}

#[test]
fn language_packages_installed_in_a_system_are_found_and_reported_once() {
    let fixture = crate::repo().join("fixtures/rootfs-apps");
    let cargo_home = fixture.join("build-caches/cargo-home");
    let (code, report, stderr) = scan_with(
        &["--rootfs", "fixtures/rootfs-apps/root"],
        &[("CARGO_HOME", &cargo_home)],
    );
    assert_eq!(code, 1, "{stderr}");
    // expected.txt: `<ecosystem> <name> <version> <where>[ owned-by=<debian package>]`.
    let expected_text = std::fs::read_to_string(fixture.join("expected.txt")).unwrap();
    let (mut expected, mut owned, mut own) =
        (std::collections::BTreeSet::new(), Vec::new(), Vec::new());
    for line in expected_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let words: Vec<&str> = line.split_whitespace().collect();
        let ecosystem = match words[0] {
            "pypi" => "python",
            "golang" => "go",
            other => other,
        };
        let identity = (
            ecosystem.to_owned(),
            words[1].to_owned(),
            words[2].to_owned(),
        );
        match words.get(4).copied() {
            Some("root") => own.push(identity.1),
            Some(owner) => owned.push((identity, owner.trim_start_matches("owned-by=").to_owned())),
            None => {
                expected.insert(identity);
            }
        }
    }
    assert_eq!(identities(&report), expected);
    assert_eq!(owned.len(), 3, "{expected_text}");
    // Each package an OS package installed is a note on that OS package.
    for ((ecosystem, name, version), owner) in owned {
        let package = report["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["ecosystem"] == "deb" && p["name"] == owner.as_str())
            .unwrap_or_else(|| panic!("{owner} missing"));
        let noted = package["evidence"].to_string();
        let note = format!("also installed as the {ecosystem} package `{name}` {version}");
        assert!(noted.contains(&note), "{owner}: {noted}");
    }
    let licenses = licenses(&report);
    for (purl, license) in [
        ("pkg:pypi/idna@3.20", "BSD-3-Clause"),
        ("pkg:pypi/certifi@2026.10.19.post1", "MPL-2.0"),
        ("pkg:npm/ms@2.1.2", "MIT"),
        ("pkg:gem/matrix@0.4.2", "Ruby OR BSD-2-Clause"),
        ("pkg:maven/commons-codec/commons-codec@1.15", "Apache-2.0"),
        // Scanned where it was built: the crates compiled in are in cargo's cache.
        ("pkg:cargo/itoa@1.0.15", "MIT OR Apache-2.0"),
        (
            "pkg:deb/debian/python3-six@1.16.0-4?arch=all&distro=debian-12",
            "MIT",
        ),
    ] {
        assert_eq!(
            licenses.get(purl).map(String::as_str),
            Some(license),
            "{purl}: {licenses:?}"
        );
    }
    // The fat jar is the application, not a dependency; so are the programs' own modules.
    let members = report["projects"].to_string();
    assert_eq!(own, ["ca.gc.example:demo-app"]);
    for own in own
        .iter()
        .map(String::as_str)
        .chain(["example.com/hello-go", "hello-rust"])
    {
        assert!(members.contains(own), "{own}: {members}");
    }
}

#[test]
fn an_image_gives_what_its_root_file_system_gives() {
    let (_, image, stderr) = scan(&["--image", "fixtures/image-apps/oci"]);
    let (_, rootfs, _) = scan(&["--rootfs", "fixtures/rootfs-apps/root"]);
    assert!(!identities(&image).is_empty(), "{stderr}");
    assert_eq!(licenses(&image), licenses(&rootfs));
    // The same projects too: the layers keep every file discovery and the collectors read.
    // (The system itself is named by the image's config in one, by os-release in the other.)
    let projects = |report: &Value| {
        let mut all = report["projects"].as_array().unwrap().clone();
        all[0]["members"] = Value::Null;
        all
    };
    assert_eq!(projects(&image), projects(&rootfs));
    assert_eq!(image["image"]["licenses"], "MIT");
}

#[test]
fn packages_compiled_into_programs_say_where_ossdoo_looked() {
    let (_, report, _) = scan(&["--image", "fixtures/image-apps/oci"]);
    let warnings = messages(&report, "warnings");
    assert!(
        warnings.contains("usr/local/bin/hello-go: 4 module(s) compiled into this program are not in a cache on this machine")
            && warnings.contains("GOMODCACHE"),
        "{warnings}"
    );
    assert!(
        warnings.contains("usr/local/bin/hello-rust: 2 crate(s)"),
        "{warnings}"
    );
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["purl"] == "pkg:golang/github.com/kr/pretty@v0.3.0")
        .unwrap();
    assert_eq!(finding["rule"], "license-unknown");
    assert!(
        finding["message"]
            .to_string()
            .contains("compiled into `usr/local/bin/hello-go`, which holds no license texts"),
        "{finding}"
    );
}

#[test]
fn debians_maven_repository_resolves_through_the_copyright_files() {
    let project = tempfile::tempdir().unwrap();
    std::fs::write(
        project.path().join("pom.xml"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>ca.gc.example</groupId>\
         <artifactId>uses-debian-java</artifactId><version>1</version><dependencies>\
         <dependency><groupId>org.apache.commons</groupId><artifactId>commons-lang3</artifactId>\
         <version>3.12.0</version></dependency></dependencies></project>",
    )
    .unwrap();
    let repo = crate::repo().join("fixtures/rootfs-apps/root/usr/share/maven-repo");
    let (code, report, stderr) = scan(&[
        project.path().to_str().unwrap(),
        "--maven-repo",
        repo.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let lang3 = &report["packages"][0];
    assert_eq!(lang3["name"], "org.apache.commons:commons-lang3");
    assert_eq!(lang3["license"], "Apache-2.0");
    assert!(
        lang3["evidence"]
            .to_string()
            .contains("the pom names the Debian package `libcommons-lang3-java`"),
        "{lang3}"
    );
}
