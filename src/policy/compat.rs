//! TEMPORARY placeholder until the compatibility table lands.
use super::raw::Distribution;
pub struct Conflict {
    pub why: String,
    pub source: String,
}
pub fn check(_p: &spdx::Expression, _d: &spdx::LicenseReq, _x: Distribution) -> Option<Conflict> {
    None
}
