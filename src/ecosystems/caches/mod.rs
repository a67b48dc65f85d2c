//! The package managers' own caches, read offline: on a fresh clone (or a CI runner that restored
//! the managers' caches) the packages are there even though nothing is installed.
//!
//! Each cache is content-addressed or versioned by the package manager; what ossdoo reads from it
//! is checked against the hash the lockfile records, and archives are read in memory under the
//! limits of [`crate::archive`]. Nothing is unpacked, built or run. `npm.rs`: npm's `_cacache`;
//! `yarn.rs`: Yarn classic's cache folders and Berry's zip caches; `pnpm.rs`: pnpm's
//! content-addressed store.

pub mod npm;
pub mod pnpm;
pub mod python;
pub mod yarn;

// Where the caches are: `crate::places`.
