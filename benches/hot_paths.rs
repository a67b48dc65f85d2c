//! Micro-benchmarks of the hot paths: `cargo bench --bench hot_paths`.
//!
//! Each stage on its own, on inputs built here (deterministically) or read from `fixtures/`: the
//! npm lockfile parser, the declared-string normaliser, license-text detection (the normalised
//! fast path and the scorer), the evaluator, and every renderer. `benches/e2e.py` times whole
//! scans of large generated trees; docs/performance.md keeps the figures of both.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::{Bencher, black_box};
use ossdoo::context::Context;
use ossdoo::license::detect::Detector;
use ossdoo::license::engine::Engine;
use ossdoo::license::{Resolver, parse_declared};
use ossdoo::model::ProjectRoot;
use ossdoo::progress::Progress;
use ossdoo::report::{Format, RenderOptions, ScanReport};

fn main() {
    divan::main();
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// An npm project whose lockfile (v3) lists `count` packages with a mix of licenses.
fn npm_project(count: usize) -> tempfile::TempDir {
    const LICENSES: [&str; 8] = [
        "MIT",
        "ISC",
        "Apache-2.0",
        "BSD-3-Clause",
        "(MIT OR Apache-2.0)",
        "MIT/X11",
        "Apache 2.0",
        "GPL-3.0-only",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut packages = serde_json::Map::new();
    packages.insert(
        String::new(),
        serde_json::json!({"name": "bench", "version": "1.0.0"}),
    );
    for i in 0..count {
        packages.insert(
            format!("node_modules/pkg-{i:06}"),
            serde_json::json!({
                "version": format!("1.{}.{}", i % 7, i % 13),
                "resolved": format!("https://registry.npmjs.org/pkg-{i:06}/-/pkg-{i:06}-1.0.0.tgz"),
                "integrity": "sha512-0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000==",
                "license": LICENSES[i % LICENSES.len()],
                "dev": i % 3 == 0,
            }),
        );
    }
    let lockfile = serde_json::json!({"name": "bench", "version": "1.0.0", "lockfileVersion": 3, "packages": packages});
    std::fs::write(
        dir.path().join("package-lock.json"),
        serde_json::to_vec(&lockfile).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("package.json"),
        r#"{"name": "bench", "version": "1.0.0"}"#,
    )
    .unwrap();
    dir
}

fn context(root: &Path) -> Context {
    let policy = ossdoo::policy::load(None, root).unwrap();
    Context::new(root.to_path_buf(), root.display().to_string(), policy)
}

/// A 10,000-package npm project, built once.
fn npm_10k() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| npm_project(10_000)).path()
}

#[divan::bench(args = [1_000, 10_000])]
fn npm_lockfile_collect(bencher: Bencher, count: usize) {
    let dir = npm_project(count);
    let ctx = context(dir.path());
    let root = ProjectRoot {
        kind: ossdoo::model::ProjectKind::Npm,
        dir: PathBuf::new(),
        manifest: PathBuf::from("package.json"),
        lockfile: Some(PathBuf::from("package-lock.json")),
    };
    bencher.bench(|| ossdoo::ecosystems::npm::collect(black_box(&root), &ctx).unwrap());
}

/// Every declared string of `fixtures/license-strings/declared.tsv` (469 real ones).
#[divan::bench]
fn normalise_declared_strings(bencher: Bencher) {
    let table =
        std::fs::read_to_string(repo().join("fixtures/license-strings/declared.tsv")).unwrap();
    let strings: Vec<&str> = table
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(1))
        .collect();
    bencher
        .counter(divan::counter::ItemsCount::new(strings.len()))
        .bench(|| {
            for s in &strings {
                black_box(parse_declared(s));
            }
        });
}

/// The MIT text with a copyright line no other text has: answered by the normalised-text hash.
#[divan::bench]
fn detect_standard_text(bencher: Bencher) {
    let detector = Detector::new();
    let mit = spdx::text::LICENSE_TEXTS
        .iter()
        .find(|(id, _)| *id == "MIT")
        .unwrap()
        .1;
    let mut n = 0u64;
    bencher
        .with_inputs(|| {
            n += 1;
            format!("Copyright (c) {n} Someone\n\n{mit}")
        })
        .bench_local_refs(|text| detector.detect_text(text));
}

/// A license text with a sentence changed: no hash or template matches, so the engine runs.
#[divan::bench(sample_count = 20)]
fn detect_modified_text(bencher: Bencher) {
    let apache = spdx::text::LICENSE_TEXTS
        .iter()
        .find(|(id, _)| *id == "Apache-2.0")
        .unwrap()
        .1;
    let text = apache.replace(
        "Licensed under the Apache License",
        "Licensed to you under the Apache License",
    );
    // A new detector each time: its in-run cache would answer the second call.
    bencher
        .with_inputs(Detector::new)
        .bench_local_refs(|detector| detector.detect_text(&text));
}

/// The engine's start: reading the build's tables (the vocabulary's hash map).
#[divan::bench(sample_count = 20)]
fn engine_load(bencher: Bencher) {
    bencher.bench_local(Engine::load);
}

/// The engine alone on texts it must align: a modified Apache-2.0, and two licenses in one
/// file (MIT, then BSD-3-Clause with a holder's name filled in).
#[divan::bench(args = ["modified-apache", "mit-then-bsd"])]
fn engine_find_all(bencher: Bencher, case: &str) {
    let text = |id: &str| {
        spdx::text::LICENSE_TEXTS
            .iter()
            .find(|(i, _)| *i == id)
            .unwrap()
            .1
    };
    let input = match case {
        "modified-apache" => text("Apache-2.0").replace(
            "Licensed under the Apache License",
            "Licensed to you under the Apache License",
        ),
        _ => format!(
            "{}

Includes code under:

{}",
            text("MIT"),
            text("BSD-3-Clause").replace("the copyright holder", "Acme Widgets Inc")
        ),
    };
    let engine = Engine::get();
    bencher.bench_local(|| {
        let query = engine.query(black_box(&input));
        engine.find_all(&query, 0.8)
    });
}

/// Every real license file of `fixtures/license-texts`, through one detector (in-run cache).
#[divan::bench(sample_count = 10)]
fn detect_real_license_files(bencher: Bencher) {
    let files: Vec<PathBuf> = std::fs::read_dir(repo().join("fixtures/license-texts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "tsv") && !p.ends_with("README.md"))
        .collect();
    bencher
        .counter(divan::counter::ItemsCount::new(files.len()))
        .with_inputs(Detector::new)
        .bench_local_refs(|detector| {
            for file in &files {
                black_box(detector.detect_file(file).unwrap());
            }
        });
}

/// The report of the 10,000-package project, built once.
fn report_10k() -> &'static ScanReport {
    static REPORT: OnceLock<ScanReport> = OnceLock::new();
    REPORT.get_or_init(|| ossdoo::scan(&context(npm_10k())))
}

#[divan::bench]
fn evaluate_10k(bencher: Bencher) {
    let ctx = context(npm_10k());
    let detector = Detector::new();
    let resolver = Resolver {
        detector: &detector,
        threshold: ctx.policy.detection_threshold,
        root: &ctx.root,
        named_roots: &[],
    };
    let collection =
        ossdoo::ecosystems::collect_all(&ossdoo::discover::find_roots(&ctx.root).roots, &ctx);
    let resolved = resolver.resolve_all(collection.packages, &Progress::hidden());
    let eval = ossdoo::policy::eval::Context {
        policy: &ctx.policy,
        today: "2026-12-02",
        project_license: None,
    };
    bencher
        .with_inputs(|| resolved.clone())
        .bench_values(|resolved| ossdoo::policy::eval::evaluate_all(resolved, &eval));
}

#[divan::bench(args = [
    Format::Table, Format::Json, Format::Sarif, Format::Junit, Format::Csv,
    Format::Markdown, Format::Spdx, Format::CycloneDx, Format::Html,
])]
fn render_10k(bencher: Bencher, format: Format) {
    let report = report_10k();
    let options = RenderOptions {
        all: true,
        ..RenderOptions::default()
    };
    bencher
        .bench(|| ossdoo::report::render(report, format, options, &mut std::io::sink()).unwrap());
}

/// The whole pipeline on the 10,000-package project.
#[divan::bench(sample_count = 10)]
fn scan_10k(bencher: Bencher) {
    let ctx = context(npm_10k());
    bencher.bench(|| ossdoo::scan(&ctx));
}

/// The fixture image (`fixtures/image-debian`), three gzip layers, unpacked into a fresh folder:
/// the reading of an image on its own, before any package is read.
#[divan::bench(sample_count = 20)]
fn unpack_fixture_image(bencher: Bencher) {
    unpack(bencher, "fixtures/image-debian/oci");
}

/// The fixture image with language packages and Go and Rust programs (two gzip layers): the
/// executables are classified by their ELF sections and the programs kept.
#[divan::bench(sample_count = 20)]
fn unpack_fixture_apps_image(bencher: Bencher) {
    unpack(bencher, "fixtures/image-apps/oci");
}

fn unpack(bencher: Bencher, image: &str) {
    let image = repo().join(image);
    bencher
        .with_inputs(|| tempfile::tempdir().unwrap())
        .bench_local_values(|dir| {
            black_box(ossdoo::image::unpack(&image, None, dir.path()).unwrap());
            dir
        });
}

/// A whole scan of a root file system with language packages installed beside dpkg's: the walk
/// that finds them, the programs' module lists, the jars, and the fold into OS packages.
#[divan::bench(sample_count = 20)]
fn scan_fixture_apps_rootfs(bencher: Bencher) {
    scan_system(bencher, "fixtures/rootfs-apps/root");
}

/// A whole scan of the fixture image's root file system, cold (no detection cache): the OS
/// packages and their Debian copyright files.
#[divan::bench(sample_count = 20)]
fn scan_fixture_rootfs(bencher: Bencher) {
    scan_system(bencher, "fixtures/rootfs-debian");
}

fn scan_system(bencher: Bencher, root: &str) {
    let mut ctx = context(&repo().join(root));
    ctx.system = Some(ossdoo::model::System::default());
    bencher.bench_local(|| ossdoo::scan(black_box(&ctx)));
}
