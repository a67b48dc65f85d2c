//! Container images, read offline and never run: a `docker save` archive, or an OCI image layout
//! (a folder or a tar of one). [`unpack`] picks the image for the platform asked for, reads its
//! config (the platform, the labels that name and license it) and applies its layers in order to
//! a folder ([`layers`]), which is then scanned as a root file system.

pub mod layers;
mod source;

use std::collections::BTreeMap;
use std::io::{Read, Seek};
use std::path::Path;

use serde::Deserialize;

use crate::i18n::tr;
use crate::model::{Diagnostic, System};
use source::{Source, blob_path};

/// The platform read when none is asked for.
pub const DEFAULT_PLATFORM: &str = "linux/amd64";

/// Unpacks the image at `path` for `platform` (default [`DEFAULT_PLATFORM`]) into `into`. Errs
/// when `path` is not an image, or holds none for the platform (the error lists the platforms it
/// has); an image of one platform is read whatever it is unless a platform was asked for.
pub fn unpack(path: &Path, platform: Option<&str>, into: &Path) -> Result<System, String> {
    let source = Source::open(path).map_err(|e| tr!("image-unreadable", error = e.to_string()))?;
    let want = platform.unwrap_or(DEFAULT_PLATFORM);
    let chosen = if source.has("index.json") {
        oci_image(&source, want)?
    } else if source.has("manifest.json") {
        docker_image(&source, want)?
    } else {
        return Err(tr!("image-not-an-image"));
    };
    if let (Some(asked), Some(have)) = (platform, chosen.config.platform()) {
        if !matches(&have, asked) {
            return Err(tr!("image-other-platform", have = &have, asked = asked));
        }
    }
    let display = path.display().to_string();
    let mut system = System {
        name: chosen.name.clone().unwrap_or_default(),
        version: chosen.tag.clone().unwrap_or_default(),
        digest: chosen.digest.clone(),
        platform: chosen.config.platform(),
        licenses: chosen.config.label("org.opencontainers.image.licenses"),
        warnings: Vec::new(),
        errors: Vec::new(),
    };
    if system.name.is_empty() {
        system.name = chosen
            .config
            .label("org.opencontainers.image.title")
            .unwrap_or_else(|| {
                path.file_name()
                    .map_or(display.clone(), |n| n.to_string_lossy().into_owned())
            });
    }
    if system.version.is_empty() {
        system.version = chosen
            .config
            .label("org.opencontainers.image.version")
            .unwrap_or_default();
    }
    let mut kept = layers::Kept::default();
    for (i, layer) in chosen.layers.iter().enumerate() {
        let where_ = tr!(
            "image-layer",
            image = &display,
            number = i + 1,
            name = &layer.name
        );
        let (size, mut reader) = match source.seekable(&layer.name) {
            Ok(opened) => opened,
            Err(e) => {
                system.errors.push(Diagnostic::new(
                    &where_,
                    crate::i18n::tr!("read-cannot-read", error = e.to_string()),
                ));
                continue;
            }
        };
        let compression = match layer.compression {
            Some(known) => known,
            None => {
                let mut first = [0u8; 4];
                let n = reader.read(&mut first).unwrap_or(0);
                let sniffed = layers::Compression::sniff(&first[..n]);
                if let Err(e) = reader.seek(std::io::SeekFrom::Start(0)) {
                    system.errors.push(Diagnostic::new(
                        &where_,
                        crate::i18n::tr!("read-cannot-read", error = e.to_string()),
                    ));
                    continue;
                }
                sniffed
            }
        };
        let applied = match compression {
            layers::Compression::None => {
                let reopen = || source.seekable(&layer.name).map(|(_, range)| range);
                layers::apply_seekable(into, reader, size, &reopen, &mut kept)
            }
            compressed => layers::apply(into, reader, size, compressed, &mut kept),
        };
        for refused in applied.refused {
            system.warnings.push(Diagnostic::new(&where_, refused));
        }
        if applied.unterminated {
            system
                .warnings
                .push(Diagnostic::new(&where_, tr!("image-layer-unterminated")));
        }
        if let Some(why) = applied.failed {
            system.errors.push(Diagnostic::new(
                &where_,
                tr!("image-layer-failed", why = why),
            ));
        }
    }
    Ok(system)
}

/// The image chosen: its layers, its config, what it is called.
struct Chosen {
    name: Option<String>,
    tag: Option<String>,
    digest: Option<String>,
    config: Config,
    layers: Vec<Layer>,
}

struct Layer {
    /// The file in the source (`blobs/sha256/…`, `<id>/layer.tar`).
    name: String,
    /// From the media type; `None`: sniffed from the first bytes.
    compression: Option<layers::Compression>,
}

#[derive(Deserialize, Default)]
struct Config {
    #[serde(flatten)]
    platform: Platform,
    #[serde(default)]
    config: Option<RunConfig>,
}

#[derive(Deserialize, Default)]
struct RunConfig {
    #[serde(rename = "Labels", default)]
    labels: Option<BTreeMap<String, String>>,
}

impl Config {
    fn platform(&self) -> Option<String> {
        let p = &self.platform;
        (!p.os.is_empty() && !p.architecture.is_empty()).then(|| p.text())
    }

    fn label(&self, name: &str) -> Option<String> {
        let labels = self.config.as_ref()?.labels.as_ref()?;
        labels.get(name).filter(|v| !v.trim().is_empty()).cloned()
    }
}

#[derive(Deserialize)]
struct Descriptor {
    #[serde(rename = "mediaType", default)]
    media_type: String,
    digest: String,
    #[serde(default)]
    platform: Option<Platform>,
    #[serde(default)]
    annotations: Option<BTreeMap<String, String>>,
}

#[derive(Deserialize, Clone, Default)]
struct Platform {
    #[serde(default)]
    os: String,
    #[serde(default)]
    architecture: String,
    #[serde(default)]
    variant: Option<String>,
}

impl Platform {
    fn text(&self) -> String {
        match &self.variant {
            Some(v) if !v.is_empty() => format!("{}/{}/{v}", self.os, self.architecture),
            _ => format!("{}/{}", self.os, self.architecture),
        }
    }
}

#[derive(Deserialize)]
struct Index {
    manifests: Vec<Descriptor>,
}

#[derive(Deserialize)]
struct Manifest {
    config: Descriptor,
    layers: Vec<Descriptor>,
}

/// Whether `have` (`linux/arm64/v8`) is the platform asked for (`linux/arm64`): os and
/// architecture equal, and the variant too when both name one.
fn matches(have: &str, want: &str) -> bool {
    let have: Vec<&str> = have.split('/').collect();
    let want: Vec<&str> = want.split('/').collect();
    have.len() >= 2
        && want.len() >= 2
        && have[0] == want[0]
        && have[1] == want[1]
        && (have.len() < 3 || want.len() < 3 || have[2] == want[2])
}

/// An OCI image layout: `index.json`, nested indexes followed, the manifest for the platform.
fn oci_image(source: &Source, platform: &str) -> Result<Chosen, String> {
    let index: Index = source.json("index.json")?;
    // (descriptor of a manifest, its platform when an index said, the name annotation)
    let mut candidates: Vec<(Descriptor, Option<String>)> = Vec::new();
    let mut pending: Vec<(Descriptor, Option<String>)> =
        index.manifests.into_iter().map(|d| (d, None)).collect();
    let mut depth = 0;
    while let Some((descriptor, name)) = pending.pop() {
        let name = name.or_else(|| {
            descriptor
                .annotations
                .as_ref()?
                .get("org.opencontainers.image.ref.name")
                .cloned()
        });
        let nested = descriptor.media_type.ends_with("image.index.v1+json")
            || descriptor.media_type.ends_with("manifest.list.v2+json");
        if nested {
            depth += 1;
            if depth > 16 {
                return Err(tr!("image-index-too-deep"));
            }
            let inner: Index = source.json(&blob_path(&descriptor.digest)?)?;
            pending.extend(inner.manifests.into_iter().map(|d| (d, name.clone())));
        } else {
            candidates.push((descriptor, name));
        }
    }
    candidates.reverse();
    if candidates.is_empty() {
        return Err(tr!("image-index-empty"));
    }
    // Each candidate's platform: from the index, else from its config.
    let mut read: Vec<(Descriptor, Option<String>, Manifest, Config)> = Vec::new();
    for (descriptor, name) in candidates {
        // Attestations (buildx's `unknown/unknown` manifests) are not images to scan.
        if descriptor
            .platform
            .as_ref()
            .is_some_and(|p| p.os == "unknown" || p.architecture == "unknown")
        {
            continue;
        }
        let manifest: Manifest = source.json(&blob_path(&descriptor.digest)?)?;
        let config: Config = source.json(&blob_path(&manifest.config.digest)?)?;
        read.push((descriptor, name, manifest, config));
    }
    let platform_of = |d: &Descriptor, c: &Config| {
        d.platform
            .as_ref()
            .map(Platform::text)
            .or_else(|| c.platform())
            .unwrap_or_default()
    };
    let position = if read.len() == 1 {
        0
    } else {
        read.iter()
            .position(|(d, _, _, c)| matches(&platform_of(d, c), platform))
            .ok_or_else(|| {
                let have: Vec<String> = read.iter().map(|(d, _, _, c)| platform_of(d, c)).collect();
                tr!(
                    "image-no-platform",
                    platform = platform,
                    have = have.join(", ")
                )
            })?
    };
    let (descriptor, name, manifest, config) = read.swap_remove(position);
    let layers = manifest
        .layers
        .iter()
        .map(|layer| {
            Ok(Layer {
                name: blob_path(&layer.digest)?,
                compression: compression_of(&layer.media_type),
            })
        })
        .collect::<Result<_, String>>()?;
    let (name, tag) = split_reference(name.as_deref());
    Ok(Chosen {
        name,
        tag,
        digest: Some(descriptor.digest),
        config,
        layers,
    })
}

/// A `docker save` archive: `manifest.json`, one entry per image.
fn docker_image(source: &Source, platform: &str) -> Result<Chosen, String> {
    #[derive(Deserialize)]
    struct Entry {
        #[serde(rename = "Config")]
        config: String,
        #[serde(rename = "RepoTags", default)]
        repo_tags: Option<Vec<String>>,
        #[serde(rename = "Layers")]
        layers: Vec<String>,
    }
    let entries: Vec<Entry> = source.json("manifest.json")?;
    if entries.is_empty() {
        return Err(tr!("image-manifest-empty"));
    }
    let mut read = Vec::new();
    for entry in entries {
        let config: Config = source.json(&entry.config)?;
        read.push((entry, config));
    }
    let position = if read.len() == 1 {
        0
    } else {
        read.iter()
            .position(|(_, c)| c.platform().is_some_and(|p| matches(&p, platform)))
            .unwrap_or(0)
    };
    let (entry, config) = read.swap_remove(position);
    let reference = entry.repo_tags.and_then(|tags| tags.into_iter().next());
    let (name, tag) = match reference.as_deref().and_then(|r| r.rsplit_once(':')) {
        Some((name, tag)) if !tag.contains('/') => (Some(name.to_owned()), Some(tag.to_owned())),
        _ => (reference, None),
    };
    let digest = entry
        .config
        .rsplit('/')
        .next()
        .map(|file| file.trim_end_matches(".json"))
        .filter(|hex| hex.len() == 64)
        .map(|hex| format!("sha256:{hex}"));
    Ok(Chosen {
        name,
        tag,
        digest,
        config,
        layers: entry
            .layers
            .into_iter()
            .map(|name| Layer {
                name: name.trim_start_matches("./").to_owned(),
                compression: None,
            })
            .collect(),
    })
}

/// `registry.example/app:1.4` → (`registry.example/app`, `1.4`); a bare tag (`latest`, as
/// umoci and skopeo write in `index.json`) names no image.
fn split_reference(reference: Option<&str>) -> (Option<String>, Option<String>) {
    let Some(reference) = reference.filter(|r| !r.is_empty()) else {
        return (None, None);
    };
    match reference.rsplit_once(':') {
        Some((name, tag)) if !tag.contains('/') => (Some(name.to_owned()), Some(tag.to_owned())),
        _ if !reference.contains('/') => (None, Some(reference.to_owned())),
        _ => (Some(reference.to_owned()), None),
    }
}

fn compression_of(media_type: &str) -> Option<layers::Compression> {
    if media_type.ends_with("+zstd") || media_type.ends_with(".zstd") {
        Some(layers::Compression::Zstd)
    } else if media_type.ends_with("+gzip") || media_type.ends_with(".tar.gzip") {
        Some(layers::Compression::Gzip)
    } else if media_type.ends_with(".tar") || media_type.ends_with("layer.v1.tar") {
        Some(layers::Compression::None)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platforms_and_references() {
        assert!(matches("linux/amd64", "linux/amd64"));
        assert!(matches("linux/arm64/v8", "linux/arm64"));
        assert!(!matches("linux/arm/v6", "linux/arm/v7"));
        assert!(!matches("linux/arm64", "linux/amd64"));
        assert_eq!(
            split_reference(Some("registry.example:5000/app:1.4")),
            (
                Some("registry.example:5000/app".to_owned()),
                Some("1.4".to_owned())
            )
        );
        assert_eq!(
            split_reference(Some("latest")),
            (None, Some("latest".to_owned()))
        );
        assert_eq!(
            compression_of("application/vnd.oci.image.layer.v1.tar+zstd"),
            Some(layers::Compression::Zstd)
        );
        assert_eq!(
            compression_of("application/vnd.docker.image.rootfs.diff.tar.gzip"),
            Some(layers::Compression::Gzip)
        );
        assert_eq!(
            compression_of("application/vnd.oci.image.layer.v1.tar"),
            Some(layers::Compression::None)
        );
    }
}
