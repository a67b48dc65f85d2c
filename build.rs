//! Makes the license-text engine's reference tables from the SPDX texts of the `spdx` crate (see
//! `src/license/engine/reference.rs`), so that a run does not tokenise and index ~700 texts at
//! start-up.

// The engine's own files: `reference` makes the tables with `text`'s tokeniser (`super::text`).
#[allow(dead_code)]
#[path = "src/license/engine/reference.rs"]
mod reference;
#[allow(dead_code)]
#[path = "src/license/engine/text.rs"]
mod text;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/license/engine/reference.rs");
    println!("cargo::rerun-if-changed=src/license/engine/text.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let texts = spdx::text::LICENSE_TEXTS
        .iter()
        .filter(|(id, _)| spdx::license_id(id).is_some_and(|l| !l.is_deprecated()))
        .chain(reference::HEADERS)
        .map(|&(id, text)| (id, text));
    let exceptions = spdx::text::EXCEPTION_TEXTS
        .iter()
        .filter(|(id, _)| spdx::exception_id(id).is_some_and(|e| !e.is_deprecated()))
        .map(|&(id, text)| (id, text));
    let tables = reference::Tables::new(texts, exceptions);
    tables
        .write(&out)
        .expect("writing the engine's tables to OUT_DIR");
}
