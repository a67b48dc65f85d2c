//! The policy file exactly as written: serde mirrors of the TOML, strict about unknown keys.
//!
//! Nothing here is validated; `policy::layer` turns these into checked values. Strings that can be
//! wrong keep their spans, so errors point at the exact characters.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPolicy {
    /// A shipped policy's name or a path (relative to this file) that this file builds on.
    pub extends: Option<Spanned<String>>,
    #[serde(default)]
    pub policy: RawMeta,
    #[serde(default)]
    pub licenses: RawLicenses,
    /// `[scopes.dev]`, `[scopes.build]`, `[scopes.optional]`, `[scopes.runtime]`.
    #[serde(default)]
    pub scopes: BTreeMap<Spanned<String>, RawScope>,
    #[serde(default)]
    pub exceptions: Vec<RawException>,
    #[serde(default)]
    pub clarify: Vec<RawClarify>,
    #[serde(default)]
    pub ignore: Vec<RawIgnore>,
    pub checklist: Option<RawChecklist>,
    pub compatibility: Option<RawCompatibility>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawMeta {
    pub name: Option<String>,
    pub version: Option<String>,
    pub owner: Option<String>,
    pub description: Option<String>,
    pub distribution: Option<Distribution>,
    /// The language of the reports written under this policy (`en`, `fr`), unless the user
    /// chooses one with `--lang` or `OSSDOO_LANG`.
    pub language: Option<crate::i18n::Lang>,
}

/// How the scanned software reaches its users; it decides which copyleft terms are triggered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Distribution {
    /// Used inside the organisation only: nothing is conveyed to anyone else.
    Internal,
    /// Offered to users over a network (SaaS): network-copyleft terms apply, others do not.
    NetworkService,
    /// Binaries or sources are given to others: every copyleft term applies.
    #[default]
    Distributed,
}

impl Distribution {
    pub const ALL: &[Distribution] = &[
        Distribution::Internal,
        Distribution::NetworkService,
        Distribution::Distributed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Distribution::Internal => "internal",
            Distribution::NetworkService => "network-service",
            Distribution::Distributed => "distributed",
        }
    }
}

/// The license lists: ids and expressions, and categories.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawLicenses {
    #[serde(default)]
    pub allow: Vec<Spanned<String>>,
    #[serde(default)]
    pub review: Vec<Spanned<String>>,
    #[serde(default)]
    pub deny: Vec<Spanned<String>>,
    pub allow_categories: Option<Vec<Spanned<String>>>,
    pub review_categories: Option<Vec<Spanned<String>>>,
    pub deny_categories: Option<Vec<Spanned<String>>>,
    pub unknown: Option<UnknownAction>,
    /// Detections of license files below this confidence (0–1) are not used.
    pub detection_threshold: Option<Spanned<f64>>,
}

/// Rules for the packages of one scope (`[scopes.dev]`): they come before the top-level lists.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawScope {
    /// Drop the scope's packages from the verdicts (they are still listed).
    pub ignore: Option<bool>,
    #[serde(default)]
    pub allow: Vec<Spanned<String>>,
    #[serde(default)]
    pub review: Vec<Spanned<String>>,
    #[serde(default)]
    pub deny: Vec<Spanned<String>>,
    #[serde(default)]
    pub allow_categories: Vec<Spanned<String>>,
    #[serde(default)]
    pub review_categories: Vec<Spanned<String>>,
    #[serde(default)]
    pub deny_categories: Vec<Spanned<String>>,
}

/// What a license that is unresolved, or placed by no list or category, gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnknownAction {
    Deny,
    Review,
    Allow,
}

impl UnknownAction {
    pub fn as_str(self) -> &'static str {
        match self {
            UnknownAction::Deny => "deny",
            UnknownAction::Review => "review",
            UnknownAction::Allow => "allow",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawException {
    pub package: Spanned<String>,
    pub license: Spanned<String>,
    pub reason: String,
    pub approved_by: Option<String>,
    pub ticket: Option<String>,
    /// A TOML date (`2027-06-30`) or the same as a string (`"2027-06-30"`).
    pub expires: Option<Spanned<toml::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawClarify {
    pub package: Spanned<String>,
    pub license: Spanned<String>,
    pub reason: Option<String>,
    #[serde(default)]
    pub license_files: Vec<RawLicenseFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawLicenseFile {
    pub path: Spanned<String>,
    pub sha256: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawIgnore {
    pub package: Spanned<String>,
    pub reason: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawChecklist {
    pub require_files: Option<Vec<String>>,
    pub project_license: Option<Vec<Spanned<String>>>,
    pub spdx_headers: Option<RawHeaders>,
    /// The licence file carries the Crown copyright notice (Government of Canada).
    pub crown_copyright: Option<bool>,
    /// Files that must be in English and French (one file, or a pair such as `LISEZMOI.md`).
    pub bilingual: Option<Vec<String>>,
    /// `ossdoo checklist` scans the dependencies: the project's licence must allow each one's.
    pub outbound_rights: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawHeaders {
    #[serde(default)]
    pub include: Vec<Spanned<String>>,
    #[serde(default)]
    pub exclude: Vec<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawCompatibility {
    /// The license the scanned project is released under (default: detected from its LICENSE).
    pub project_license: Option<Spanned<String>>,
}
