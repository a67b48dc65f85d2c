//! The policy file exactly as written: serde mirrors of the TOML, strict about unknown keys.
//!
//! Nothing here is validated; `policy::Policy::from_raw` turns these into checked values. License
//! strings keep their spans so errors can point at the exact characters.

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawPolicy {
    #[serde(default)]
    pub policy: RawMeta,
    #[serde(default)]
    pub licenses: RawLicenses,
    #[serde(default)]
    pub exceptions: Vec<RawException>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawMeta {
    pub name: Option<String>,
    pub version: Option<String>,
    pub owner: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawLicenses {
    #[serde(default)]
    pub allow: Vec<Spanned<String>>,
    #[serde(default)]
    pub review: Vec<Spanned<String>>,
    #[serde(default)]
    pub deny: Vec<Spanned<String>>,
    pub unknown: Option<UnknownAction>,
    /// Detections of license files below this confidence (0–1) are not used.
    pub detection_threshold: Option<toml::Spanned<f64>>,
}

/// What a license that is unresolved, or not listed anywhere, gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
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
