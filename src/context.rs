//! The validated settings of one scan, passed explicitly to every stage (no global state).

use std::path::PathBuf;

use crate::policy::Policy;

/// Everything a scan needs to know, checked once at the CLI boundary.
#[derive(Debug, Clone)]
pub struct Context {
    /// The folder being scanned.
    pub root: PathBuf,
    /// The root as the user wrote it, for reports (`.` by default).
    pub root_display: String,
    pub policy: Policy,
    /// Today's date (`YYYY-MM-DD`), which decides whether exceptions have expired.
    pub today: String,
    /// The `cargo` executable used for `cargo metadata`.
    pub cargo: PathBuf,
    /// Cargo's home (`CARGO_HOME`, else `~/.cargo`), where the registry cache lives.
    pub cargo_home: Option<PathBuf>,
    /// A virtualenv given with `--python-env`, used for every Python project.
    pub python_env: Option<PathBuf>,
    /// The user's home folder (`HOME`), where package managers keep their caches by default.
    pub home: Option<PathBuf>,
    /// Go's module cache: `GOMODCACHE`, else `$GOPATH/pkg/mod`, else `~/go/pkg/mod`.
    pub go_modcache: Option<PathBuf>,
    /// `--maven-repo`, which overrides every project's own local repository setting.
    pub maven_repo: Option<PathBuf>,
    /// Gradle's home (`GRADLE_USER_HOME`, else `~/.gradle`), whose cache holds poms and jars.
    pub gradle_home: Option<PathBuf>,
    /// `--gem-home`, which overrides the gem homes found per project.
    pub gem_home: Option<PathBuf>,
    /// `--nuget-packages`, else `NUGET_PACKAGES`; per-project `nuget.config` comes next.
    pub nuget_packages: Option<PathBuf>,
    /// The package managers' caches that exist (`--cache-root`, their settings, their defaults).
    pub caches: crate::places::Locations,
    /// SBOM files given with `--sbom` (absolute).
    pub sboms: Vec<PathBuf>,
    /// What fails the gate.
    pub fail_on: crate::exit::FailOn,
    /// Where license detections are kept between runs (none: `--no-cache`).
    pub cache_dir: Option<PathBuf>,
    /// Shows how far the scan is (on standard error, when it is a terminal).
    pub progress: crate::progress::Progress,
    /// The image or root file system scanned (`--image`, `--rootfs`); none for a source tree.
    pub system: Option<crate::model::System>,
    /// `--os-license-detail`: an OS package's license is every stanza of its copyright file
    /// joined with `AND`, not only the `Files: *` one.
    pub os_license_detail: bool,
}

impl Context {
    pub fn new(root: PathBuf, root_display: String, policy: Policy) -> Self {
        let home = std::env::home_dir();
        let env = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let go_modcache = env("GOMODCACHE")
            .or_else(|| {
                let gopath = std::env::var_os("GOPATH")?;
                let first = std::env::split_paths(&gopath).next()?;
                Some(first.join("pkg").join("mod"))
            })
            .or_else(|| home.as_ref().map(|h| h.join("go").join("pkg").join("mod")));
        Context {
            root,
            root_display,
            policy,
            today: today(),
            cargo: std::env::var_os("CARGO").map_or_else(|| PathBuf::from("cargo"), PathBuf::from),
            cargo_home: std::env::var_os("CARGO_HOME")
                .map(PathBuf::from)
                .or_else(|| std::env::home_dir().map(|home| home.join(".cargo"))),
            python_env: None,
            go_modcache,
            maven_repo: None,
            gradle_home: env("GRADLE_USER_HOME")
                .or_else(|| home.as_ref().map(|h| h.join(".gradle"))),
            gem_home: None,
            nuget_packages: env("NUGET_PACKAGES"),
            caches: crate::places::Locations::find(
                &[],
                |name| std::env::var(name).ok().filter(|v| !v.is_empty()),
                home.as_deref(),
            ),
            sboms: Vec::new(),
            fail_on: crate::exit::FailOn::default(),
            cache_dir: None,
            progress: crate::progress::Progress::hidden(),
            system: None,
            os_license_detail: false,
            home,
        }
    }
}

impl Context {
    /// A folder or file for messages: relative to the scanned root when inside it, `~/…` when
    /// in the home folder, else absolute; so that reports do not depend on where they ran.
    pub fn display(&self, path: &std::path::Path) -> String {
        if let Ok(rel) = path.strip_prefix(&self.root) {
            return crate::model::display_path(rel);
        }
        match self.home.as_ref().and_then(|h| path.strip_prefix(h).ok()) {
            Some(rel) => format!("~/{}", crate::model::display_path(rel)),
            None => path.display().to_string(),
        }
    }
}

/// Today's UTC date as `YYYY-MM-DD` (or `OSSDOO_TODAY`, for reproducible runs and tests).
pub fn today() -> String {
    if let Ok(date) = std::env::var("OSSDOO_TODAY") {
        return date;
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The current UTC time as RFC 3339 (`2026-11-23T09:41:07Z`), for `--timestamp`.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let in_day = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        in_day / 3_600,
        in_day % 3_600 / 60,
        in_day % 60
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_780), (2026, 11, 23));
    }
}
