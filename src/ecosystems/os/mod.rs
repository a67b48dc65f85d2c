//! Operating-system packages of an image or root file system (`--image`, `--rootfs`): dpkg's
//! database (`dpkg.rs`, with Debian's copyright files read by `dep5.rs`), apk's (`apk.rs`) and
//! rpm's (`rpm.rs`).
//!
//! The scanned root is another system's `/`: its absolute symlinks (`etc/os-release →
//! /usr/lib/os-release`, `usr/share/doc/libfoo → libfoo-common`) are followed inside it by
//! `read::in_root`, never on the machine running ossdoo.

pub mod apk;
pub mod deb822;
pub mod dep5;
pub mod dpkg;
pub mod owners;
pub mod rpm;

use std::path::Path;

use crate::read::in_root;

use crate::model::{Ecosystem, Member};

/// The distribution, from `etc/os-release` (or `usr/lib/os-release`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Distro {
    /// `ID`: `debian`, `ubuntu`, `alpine`, `rhel`…
    pub id: String,
    /// `VERSION_ID`: `12`, `24.04`, `3.20.3`.
    pub version_id: String,
    /// `PRETTY_NAME`: `Debian GNU/Linux 12 (bookworm)`.
    pub pretty_name: String,
}

impl Distro {
    /// Reads the distribution of the system at `root`; `None` when it has no os-release file.
    pub fn read(root: &Path) -> Option<Distro> {
        let path = ["etc/os-release", "usr/lib/os-release"]
            .into_iter()
            .find_map(|file| in_root(root, Path::new(file)).filter(|p| p.is_file()))?;
        let text = crate::read::text(&path).ok()?;
        Some(Distro::parse(&text))
    }

    /// `KEY=value` lines, values optionally quoted (os-release(5)).
    pub fn parse(text: &str) -> Distro {
        let mut distro = Distro::default();
        for line in text.lines() {
            let Some((key, value)) = line.trim().split_once('=') else {
                continue;
            };
            let value = value.trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value)
                .replace("\\\"", "\"");
            match key.trim() {
                "ID" => distro.id = value.to_ascii_lowercase(),
                "VERSION_ID" => distro.version_id = value,
                "PRETTY_NAME" => distro.pretty_name = value,
                _ => {}
            }
        }
        distro
    }

    /// The purl namespace of its packages: the distribution's id (`debian`, `alpine`), `redhat`
    /// for RHEL as the purl spec's examples have it; `fallback` when the system does not say.
    pub fn namespace<'a>(&'a self, fallback: &'a str) -> &'a str {
        match self.id.as_str() {
            "" => fallback,
            "rhel" => "redhat",
            id => id,
        }
    }

    /// The purl `distro` qualifier: `debian-12`, `alpine-3.20.3`.
    pub fn qualifier(&self) -> String {
        match (self.id.as_str(), self.version_id.as_str()) {
            ("", _) => String::new(),
            (id, "") => id.to_owned(),
            (id, version) => format!("{id}-{version}"),
        }
    }
}

/// The system itself, as the project's own package: the image (`--image`), else the
/// distribution of the root file system.
pub fn system_member(ctx: &crate::context::Context, distro: Option<&Distro>) -> Member {
    let (name, version, declared) = match &ctx.system {
        Some(system) => (
            system.name.clone(),
            system.version.clone(),
            system.licenses.clone(),
        ),
        None => (String::new(), String::new(), None),
    };
    let name = if name.is_empty() {
        distro
            .map(|d| d.pretty_name.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| ctx.root_display.clone())
    } else {
        name
    };
    Member {
        name,
        version,
        declared,
        license: None,
    }
}

/// The package URL of an OS package.
pub fn purl(
    ecosystem: Ecosystem,
    distro: Option<&Distro>,
    fallback: &str,
    name: &str,
    version: &str,
    arch: &str,
) -> String {
    let namespace = distro.map_or(fallback, |d| d.namespace(fallback));
    let qualifier = distro.map(Distro::qualifier).unwrap_or_default();
    crate::model::purl::build_os(
        ecosystem,
        namespace,
        name,
        version,
        &[("arch", arch), ("distro", &qualifier)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_os_release() {
        let distro = Distro::parse(
            "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n",
        );
        assert_eq!(distro.id, "debian");
        assert_eq!(distro.qualifier(), "debian-12");
        assert_eq!(distro.pretty_name, "Debian GNU/Linux 12 (bookworm)");
        let rhel = Distro::parse("ID='rhel'\nVERSION_ID=9.4\n");
        assert_eq!(
            (rhel.namespace("x"), rhel.qualifier().as_str()),
            ("redhat", "rhel-9.4")
        );
    }
}
