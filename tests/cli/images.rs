//! Container images and root file systems (`--image`, `--rootfs`): the same image in every form
//! umoci and skopeo write gives the same packages, layers and whiteouts leave what the last layer
//! shows, the platform is chosen, hostile archives are refused entry by entry, and the OS
//! packages' licenses come from Debian's copyright files.

use std::collections::BTreeMap;

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
    // libcrypt1's copyright file is free-form and not recognised: unknown fails the default policy.
    assert_eq!(code, 1, "{stderr}");
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
        assert_eq!(code, 1, "{form}: {stderr}");
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
    assert_eq!(code, 1, "{stderr}");
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
    assert_eq!(run(&args).code, 1);
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
    assert_eq!(run(&args).code, 1);
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
