# ossdoo's messages in English. Every message here has its twin in fr.ftl, with the same
# arguments (a unit test checks). Ids are grouped by where they appear.

## The table report (`ossdoo scan`, the default format)

table-header = { $tool } { $version } · policy "{ $policy }" ({ $source }) · { $root }
table-image-for = image for { $platform }
table-projects = Projects ({ $count })
table-packages = Packages ({ $count })
table-needs-attention = Needs attention ({ $count })
col-kind = kind
col-manifest = manifest
col-lockfile = lockfile
col-own-packages = own packages
col-dependencies = dependencies
col-verdict = verdict
col-package = package
col-version = version
col-license = license
col-scope = scope
col-why = why
col-decided-by = decided by
table-no-license = no license
table-declared = (declared "{ $declared }")
table-direct = { $scope } (direct)
table-more-manifests = { $first } (+{ $count } more)
why-exception-ticket = exception { $ticket }
why-exception = approved exception
why-denied = denied by policy
why-incompatible = incompatible
why-not-listed = not in the policy
why-review = needs review
why-mismatch = files disagree
why-ambiguous = ambiguous
why-not-known = not a known license
why-file-not-recognised = license file not recognised
why-none-found = no license declared or found
why-not-installed = not installed or cached
why-none-declared = no license declared
legend-normalized = * normalised from the declared text (see `evidence` in --format json)
legend-detected = † detected from the package's license files
legend-clarified = ‡ clarified by the policy ([[clarify]])
help-rule = help [{ $rule }]: { $text }
help-remedy = help: once the OSPO agrees, this policy entry settles `{ $purl }` (every finding has one in --format json):
summary-baseline = baseline { $baseline }: { $new } new, { $fixed } fixed, { $unchanged } unchanged findings (only new ones can fail the gate)
summary-packages = { $count ->
    [one] { $count } package
   *[other] { $count } packages
  }: { $allowed } allowed, { $review } review, { $denied } denied, { $unknown } unknown, { $excepted } excepted
verdict-pass = PASS
verdict-fail = FAIL
verdict-error = ERROR
table-violations = { $count ->
    [one] { $count } violation
   *[other] { $count } violations
  }
table-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
  }
table-input-errors = { $count ->
    [one] { $count } input error
   *[other] { $count } input errors
  } (see stderr)
table-verdict-line = { $verdict }: { $parts }

## Reading the scanned files and their inputs (ecosystems, images, archives, binaries, licenses)
# Shared by every reader: a file that cannot be read or parsed.
read-cannot-read = cannot read: { $error }
read-invalid-json = invalid JSON: { $error }
read-invalid-toml = invalid TOML: { $error }
read-invalid-named = invalid { $file }: { $error }
read-not-regular-file = not a regular file ({ $kind })
read-kind-pipe = a named pipe
read-kind-device = a device
read-kind-socket = a socket
read-kind-folder = a folder
read-kind-other = not a file
read-over-size-limit = { $size } is over the { $limit } limit for one file (raise it with --max-file-size)
read-utf16 = not UTF-8 text: it is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8
read-nul-byte = a NUL byte at line { $line }, column { $column }: not a text file, or a damaged one
read-not-utf8 = not UTF-8 text: invalid byte at line { $line }, column { $column }
read-size-unit = { $value } { $unit }
read-size-bytes = { $count } bytes
read-not-a-size = `{ $text }` is not a size (examples: 256MB, 1GB, 1048576)
read-unknown-size-unit = unknown size unit `{ $unit }` (use KB, MB or GB)
read-unusable-size = `{ $text }` is not a usable size
archive-gzip-too-short = not a gzip file: too short
archive-gzip-unreadable = not a readable gzip file
archive-too-many-entries = more than { $max } entries; not read further
archive-expands-past = expands past { $size }: a decompression bomb, or far larger than anything ossdoo reads; not read further
archive-expands-ratio = expands more than { $ratio } times its compressed size ({ $compressed } bytes): a decompression bomb; not read further
archive-size-mib = { $count } MiB
archive-size-gib = { $count } GiB
discover-no-package-database = no package database found (dpkg's `var/lib/dpkg/status`, apk's `lib/apk/db/installed`, rpm's `var/lib/rpm/rpmdb.sqlite`): no OS packages are reported
discover-skipped = skipped: { $error }
discover-too-deep = not entered: deeper than { $max } folders below the scanned folder
discover-symlink-not-read = not read: a symbolic link, and ossdoo does not follow links
discover-special-not-read = not read: not a regular file (a pipe, socket or device)
discover-not-cargo-project = neither `[package]` nor `[workspace]`: not a Cargo project; skipped
read-cannot-open = cannot open: { $error }
composer-no-lockfile = no composer.lock (and no vendor/composer/installed.json): dependencies cannot be listed; run `composer update` to write the lockfile and scan again
npm-link-out = a symbolic link out of the scanned folder (`npm link`?), so its package.json and license files were not read
npm-links-out = a symbolic link out of the scanned folder (`npm link`?), so its package.json and license files were not read; the same for { $more } more package folder(s)
# A JavaScript package manager's cache, as the messages below name it ($manager: npm, yarn,
# pnpm; $archive: tarball, zip, entry).
npm-cache-what = { $manager ->
    [npm] npm's cache
    [pnpm] pnpm's store
   *[yarn] Yarn's cache
  }
npm-cache-noun = { $manager ->
    [npm] npm cache
    [pnpm] pnpm store
   *[yarn] Yarn cache
  }
npm-cache-entry = { $archive ->
    [zip] zip archive
    [entry] entry
   *[tarball] tarball
  }
npm-not-installed = { $tree ->
    [yes] not in node_modules
   *[no] not installed (no node_modules)
  }
npm-not-found-searched = { npm-not-installed } and not in { npm-cache-what } ({ $folders }); run `{ $install }`, or give the folder a CI restored { npm-cache-what } to with `--cache-root`
npm-not-found-nowhere = { npm-not-installed } and no { npm-cache-noun } was found ({ $defaults }); run `{ $install }`, or give the folder a CI restored { npm-cache-what } to with `--cache-root`
npm-cache-damaged = not installed, and its { npm-cache-entry } in { npm-cache-what } cannot be used: { $why }
npm-read-from-cache = read from { npm-cache-what }
npm-damaged-packages = { $count } package(s) have a damaged { npm-cache-entry } in { npm-cache-what }, so they were not read; the first, `{ $name }` ({ $path }): { $why }
npm-not-in-yarn-cache = { $missing } package(s) are not in Yarn's cache, so their licenses are unknown; run `yarn install` and scan again
npm-no-lockfile = no package-lock.json and no node_modules: dependencies cannot be listed; run `npm install --package-lock-only` and scan again
npm-not-installed-not-cached = { $missing } package(s) { $lockfile ->
    [yes] have no license in the lockfile, are
   *[no] are
  } not installed and could not be read from { npm-cache-what }; run `{ $install }`, or give the folder a CI restored { npm-cache-what } to with `--cache-root`
caches-npm-integrity-mismatch = its content does not match the lockfile's integrity ({ $algorithm }); the cache is damaged: `npm cache verify` repairs it
caches-not-npm-tarball = not a readable npm tarball: { $error }
caches-no-package-json = no package.json at its top
caches-yarn-integrity-mismatch = its content does not match the lockfile's integrity; the cache is damaged: `yarn cache clean` empties it
caches-yarn-checksum-mismatch = its content does not match the lockfile's checksum; the cache is damaged: `yarn cache clean` empties it
caches-yarn-metadata-unrecorded = its tarball is missing and its `.yarn-metadata.json` does not record the lockfile's integrity; `yarn cache clean` empties the cache
caches-not-zip = not a readable zip archive: { $error }
caches-too-many-entries = more than { $max } entries; not read
caches-not-pnpm-index = not a readable pnpm index: { $error }
caches-pnpm-not-in-index = no `{ $name }` in the index
caches-pnpm-not-in-store = `{ $name }` is in the index but not in the store; `pnpm store prune` and a new install repair it
caches-no-metadata = no readable METADATA
caches-python-hash-mismatch = its sha256 is not one the lockfile records for { $name } { $version }; not read
caches-not-archive = not a readable archive: { $error }
caches-no-named-metadata = no METADATA or PKG-INFO with a name in it
caches-python-other-package = holds { $found_name } { $found_version }, not { $name } { $version }
python-environment = Python environment ({ $how ->
    [option] --python-env
    [project] next to the project
    [activated] activated (VIRTUAL_ENV)
    [conda] conda's (CONDA_PREFIX)
    [poetry] Poetry's
    [hatch] Hatch's
    [pipenv] pipenv's
   *[other] found
  })
python-read-from-cache = read from { $cache ->
    [uv] uv's cache
    [poetry] Poetry's cache
    [pip-http] pip's HTTP cache
   *[pip-wheel] pip's wheel cache
  }
python-not-in-env-or-cache = not installed in the environment at the locked version, and not in uv's, pip's or Poetry's cache
python-no-env-not-in-cache = not installed (no environment found) and not in uv's, pip's or Poetry's cache
python-cache-damaged = not installed, and its archive in a cache cannot be used: { $why }
python-damaged-packages = { $count } package(s) have an archive in a cache that cannot be used, so they were not read; the first, `{ $name }` ({ $path }): { $why }
python-setup-py = setup.py is a program and ossdoo does not run it: install the project into a virtualenv next to it (`python -m venv .venv`) or pass one with --python-env, and scan again
python-install-command = `{ $command }`
python-install-requirements = `python -m venv .venv` and `.venv/bin/pip install -r` its requirements files
python-install-venv = `python -m venv .venv` and its dependencies installed into it
python-not-installed-in-env = { $missing } package(s) are not installed in `{ $env }` at the locked version, nor in uv's, pip's or Poetry's cache, so their licenses are unknown; install the locked dependencies there ({ $install }) and scan again
python-no-env-found = { $missing } package(s): no environment of this project was found (next to it, activated, or in Poetry's or pipenv's folder) and they are not in uv's, pip's or Poetry's cache, so their licenses are unknown; install them ({ $install }), pass the environment with --python-env, or give the folder a CI restored the caches to with --cache-root
python-marker-unreadable = { $name } { $version }: the marker `{ $marker }` could not be read ({ $why }); every locked version of it is kept
python-lockfile-not-recognised = no { $what }: is this a { $file }? run `{ $tool }` to write it again
license-file-refused = { $named } { $why ->
    [link] is a symbolic link out of the package; not read
   *[outside] points outside the package; not read
  }
license-see-file-not-installed = `SEE LICENSE IN { $file }`, but that file is not installed with the package
license-see-file-unrecognised = declared `SEE LICENSE IN { $file }`, and that file is not a license ossdoo recognises (custom or proprietary terms?)
license-declared-unknown = declared license `{ $declared }` is not a license ossdoo knows
license-declared-term-unknown = declared license `{ $declared }`: `{ $term }` is not a license ossdoo knows
license-none-declared = the package declares no license
license-too-many-files = { $count } license files; only the first { $max } are read
license-none-recognised = no license recognised
license-below-threshold = best guess `{ $guess }` is below the detection threshold
license-file-section = { $license } (a section of the file)
license-normalised-invalid = `{ $declared }` normalises to `{ $expression }`, which is not valid SPDX: { $error }
license-ambiguous = declared `{ $term }` is ambiguous ({ $reason })
license-ambiguous-candidates = declared `{ $term }` is ambiguous ({ $reason }; could be { $candidates })
license-also-holds = `{ $file }` also holds `{ $others }`: bundled components' licenses? (concluded `{ $concluded }`, the declared name's match)
license-mismatch = declared `{ $declared }` but `{ $file }` reads as `{ $detected }`
license-cache-unreadable = cannot read the detection cache ({ $error }); detecting without it
license-cache-corrupt = the detection cache is corrupt ({ $error }); it is ignored and rewritten (or delete it, or pass --no-cache)
license-cache-unwritable = cannot write the detection cache `{ $path }`: { $error }
license-comma-list = a comma-separated list does not say whether the licenses are alternatives (OR) or all apply (AND)
license-summary-cache = { $count } from the cache ({ $path })
license-summary-no-cache = no cache
license-summary = { $files } license files, { $time } summed over threads: { $exact } standard texts, { $templates } templates, { $repeats } repeats, { $matched } matched by the engine ({ $matched_time }), { $cache }
license-unknown-category = unknown license category `{ $name }` (valid: { $valid })
# License categories and obligations (`license-category-<name>`, `license-obligation-<name>`).
license-category-permissive = Use, change and redistribute, also in closed products; conditions are notices, credit and the like.
license-category-public-domain = Public-domain dedication, or a grant with no conditions at all.
license-category-weak-copyleft = Changes to the licensed files or library stay under the license with source; works that use or link it do not.
license-category-strong-copyleft = Derivative and combined works must be released under the same license, with source.
license-category-network-copyleft = Strong copyleft that is also triggered by offering the software to users over a network.
license-category-source-available = Not open source: the source is public, but use is restricted (competing services, field of use, no changes).
license-category-non-commercial = Commercial use or distribution is forbidden.
license-category-proprietary = No open-source grant.
license-category-other = Not classified: read the license.
license-obligation-attribution = Keep copyright and author notices; give credit where the license asks.
license-obligation-include-license = Ship the license text or permission notice with copies.
license-obligation-state-changes = Mark, describe or rename modified versions.
license-obligation-disclose-source = Offer the source code to recipients.
license-obligation-same-license = Modified or derived works stay under this license (as far as the category says).
license-obligation-network-use-disclosure = Letting others use it over a network counts as distribution for the source obligations.
license-obligation-patent-terms = Has patent clauses: a grant, retaliation or termination, or an explicit exclusion.
license-obligation-no-endorsement = Names and trademarks may not be used to endorse or promote.
license-obligation-use-restrictions = Restricts field of use, competing offerings, audience or modification: read the terms.
read-at-line = line { $line }: { $message }
go-not-vendored = { $missing } module(s) are not in `{ $folder }`, so their licenses are unknown; run `go mod vendor` and scan again
go-not-in-module-cache = { $missing } module(s) are not in the module cache `{ $cache }`, so their licenses are unknown; run `go mod download` (or set GOMODCACHE) and scan again
go-no-module-cache = { $missing } module(s): no module cache found (set GOMODCACHE or GOPATH), so their licenses are unknown
go-block-not-closed = line { $line }: the `{ $verb } (` block is never closed with `)`
go-no-module-directive = no `module` directive; is this a go.mod file?
go-expected = expected `{ $syntax }`
go-expected-found = expected `{ $syntax }`, found `{ $found }`
go-expected-replace = expected `replace <module> [version] => <module> <version>` or `=> <folder>`
go-replacement-form = a replacement is `<module> <version>` or a folder starting with `./` or `../`
go-unterminated-string = unterminated quoted string
maven-not-a-pom = the root element is <{ $element }>, not <project>
maven-nameless-dependency = a <dependency> without a <groupId> or <artifactId>; Maven refuses this pom too
maven-module-without-pom = a module the build lists has no pom.xml; skipped
maven-not-in-repository = { $missing } artifact(s) are not in the local repository ({ $repositories }), so their licenses are unknown; run `mvn dependency:go-offline` (or pass the repository with --maven-repo) and scan again
maven-debian-repository = Debian's Maven repository: the pom names the Debian package `{ $package }`, whose copyright file gives the license
gradle-no-lockfile = no gradle.lockfile: dependencies cannot be listed without running Gradle; enable dependency locking (`{ $setting }`), run `gradle dependencies --write-locks`, and scan again
gradle-not-in-cache = { $missing } artifact(s) are not in Gradle's cache or the local Maven repository ({ $repositories }), so their licenses are unknown; run `gradle dependencies` (or set GRADLE_USER_HOME) and scan again
gradle-empty-lockfile = the file is empty (Gradle always writes an `empty=` line); run `gradle dependencies --write-locks`
gradle-bad-line = line { $line }: expected `{ $syntax }`, found `{ $found }`
read-at-line-column = line { $line }, column { $column }: { $message }
xml-nul-byte = a NUL byte: not a text file, or a damaged one
xml-too-deep = elements nested more than { $max } deep
xml-unopened-closing-tag = closing tag without an opening tag
xml-unclosed-element = the file ends before `<{ $element }>` is closed
xml-no-element = no XML element found; is the file empty?
yarn-empty-lockfile = the file is empty; run `yarn install` to write it again
yarn-expected-entry = line { $line }: expected an entry such as `{ $example }`, found `{ $found }`
yarn-entry-without-version = line { $line }: the entry for `{ $name }` has no `version`
pnpm-expected-key-value = line { $line }: expected `{ $syntax }`, found `{ $found }`
pnpm-inconsistent-indentation = line { $line }: inconsistent indentation
pnpm-no-lockfile-version = no `lockfileVersion`: is this a pnpm lockfile? run `pnpm install --lockfile-only` to write it again
pnpm-unsupported-version = `{ $setting }` is not a version ossdoo reads (5 to 9)
pnpm-not-a-mapping = `{ $setting }` should be a mapping
ruby-no-lockfile = no Gemfile.lock: gems cannot be listed; run `bundle lock` and scan again
ruby-not-installed = { $missing } gem(s) are not installed in `{ $home }`, so their licenses are unknown; run `bundle install` and scan again (or pass the gem home with --gem-home)
ruby-no-gems-found = { $missing } gem(s): no installed gems found, so their licenses are unknown; run `bundle install` (e.g. `bundle config set path vendor/bundle`) or pass the gem home with --gem-home
ruby-expected-section = line { $line }: expected a section header such as `GEM`; is this a Gemfile.lock?
ruby-expected-spec = line { $line }: expected `name (version)`, found `{ $found }`
ruby-empty-lockfile = empty file: no `GEM` section; run `bundle lock`
nuget-no-lockfile = no packages.lock.json: only the direct PackageReferences are listed; set <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile> and run `dotnet restore` to lock the whole graph
nuget-not-in-folder = { $missing } package(s) are not in the packages folder `{ $folder }`, so their licenses are unknown; run `dotnet restore` (or `nuget restore`) and scan again, or pass the folder with --nuget-packages
nuget-no-folder = { $missing } package(s): no NuGet packages folder found, so their licenses are unknown; run `dotnet restore` or pass the folder with --nuget-packages
nuget-nameless-reference = a `<PackageReference>` without a package name (`Include`)
sbom-xml = an XML SBOM; ossdoo reads SPDX and CycloneDX JSON (convert it, e.g. `cyclonedx convert --output-format json`)
sbom-tag-value = an SPDX tag-value document; ossdoo reads SPDX JSON (convert it with `pyspdxtools -i FILE -o FILE.json`)
sbom-invalid-spdx = not a valid SPDX 2 document: { $error }
sbom-invalid-cyclonedx = not a valid CycloneDX document: { $error }
sbom-unknown-format = neither SPDX (`spdxVersion`) nor CycloneDX (`bomFormat`) JSON; give an SPDX 2.2/2.3 or CycloneDX 1.4–1.6 JSON SBOM
cargo-not-found-lockfile-read = `{ $cargo }` was not found, so Cargo.lock and the crates' manifests were read directly; install Rust (https://rustup.rs) for cargo's exact resolution
cargo-not-found = `{ $cargo }` was not found and there is no Cargo.lock to read instead; install Rust (https://rustup.rs) to scan Cargo projects
cargo-metadata-failed = `cargo metadata` failed: { $error }
cargo-lockfile-outdated =
    Cargo.lock is missing entries or out of date; run `cargo update --workspace` in `{ $dir }` and scan again
    cargo said: { $cargo_said }
cargo-offline =
    dependencies are not in the local cargo cache and ossdoo does not use the network; run `cargo fetch` in `{ $dir }` and scan again
    cargo said: { $cargo_said }
cargo-metadata-failed-said =
    `cargo metadata` failed
    cargo said: { $cargo_said }
cargo-no-lockfile = no Cargo.lock to read
cargo-not-cached = { $missing } crate(s) are neither vendored nor in the cargo cache, so their licenses are unknown; run `cargo fetch` and scan again
os-paragraph-skipped = line { $line }: a paragraph without a `{ $field }` field was skipped
os-entry-skipped = line { $line }: an entry without a `{ $field }` field was skipped
os-no-copyright-file = no copyright file (`{ $path }`)
os-exception-without-id = Debian copyright line { $line }: `{ $exception }`: SPDX has no id for the exception; judged as the license alone
os-copyright-stanza = Debian copyright line { $line }, { $role ->
    [declared] declared
   *[other] other files
  }: Files: { $files } — License: { $license }
os-copyright-stanza-converted = Debian copyright line { $line }, { $role ->
    [declared] declared
   *[other] other files
  }: Files: { $files } — License: { $license } (`{ $spdx }`)
os-also-installed = also installed as the { $ecosystem } package `{ $name }` { $version } (`{ $path }`)
os-also-installed-declares = also installed as the { $ecosystem } package `{ $name }` { $version } (`{ $path }`), which declares `{ $declared }`
rpm-berkeley-db = a Berkeley DB rpm database (RHEL 7 and 8, CentOS): ossdoo reads only the sqlite one (`rpmdb.sqlite`); convert a copy with `{ $convert }`, or scan an SBOM of the image
rpm-ndb = an ndb rpm database (SUSE): ossdoo reads only the sqlite one (`rpmdb.sqlite`); convert a copy with `{ $convert }`, or scan an SBOM of the image
rpm-header-skipped = package header { $header }: { $why }; skipped
rpm-not-sqlite = not an rpm sqlite database: { $error }
rpm-unreadable-packages = cannot read its packages: { $error }
rpm-header-truncated = truncated
rpm-not-a-header = { $count } entries and { $length } bytes: not a header
rpm-header-short = shorter than its index says
rpm-legacy-license-tag = rpm License tag `{ $license }` (Fedora's former short names)
binary-go-without-modules = a Go binary built without modules ({ $go }): it names none of the code compiled in
binary-replaces = replaces { $module } { $version }
binary-crate-source = source: { $source } (not crates.io)
# Where the code compiled into a program is looked for ($language: go, rust).
binary-cache-name = { $language ->
    [go] Go's module cache (GOMODCACHE)
   *[rust] Cargo's registry cache (CARGO_HOME)
  }
binary-not-found = compiled into `{ $binary }`, which holds no license texts, { $cache ->
    [yes] and it is not in { $language ->
        [go] Go's module cache (GOMODCACHE)
       *[rust] Cargo's registry cache (CARGO_HOME)
      }
   *[no] and { binary-cache-name } was not found
  }; scan where the program was built, or clarify it in the policy
binary-not-cached = { $missing } { $language ->
    [go] module(s)
   *[rust] crate(s)
  } compiled into this program are not in a cache on this machine, so their licenses are unknown; scan where the program was built (with { $language ->
    [go] GOMODCACHE or GOPATH
   *[rust] CARGO_HOME
  } set), or clarify them in the policy
jar-unreadable = not read as a jar: { $error }
jar-nested-unreadable = the nested jar `{ $name }` was not read: { $error }
read-over-bytes = over { $limit } bytes
read-too-many-entries = more than { $max } entries
gem-unidentified = neither its `name` and `version` nor its file name say which gem it is; skipped
image-unreadable = cannot read the image: { $error }
image-not-an-image = not a container image: neither an OCI image layout (`index.json`) nor a `docker save` archive (`manifest.json`)
image-other-platform = the image is for `{ $have }`, not `{ $asked }`: drop --platform or give `{ $have }`
image-layer = { $image }: layer { $number } ({ $name })
image-layer-unterminated = the layer ends without tar's end-of-archive blocks (as umoci 0.4.7 writes them); every file in it was read
image-layer-failed = { $why }; the files after that point are missing from the scan
image-index-too-deep = `index.json`: indexes nested too deep
image-index-empty = `index.json` lists no image manifest
image-no-platform = the image has no `{ $platform }` variant; it has { $have }: choose one with --platform
image-manifest-empty = `manifest.json` lists no image
image-not-zstd = not a zstd stream: { $error }
image-refused-path = refused `{ $path }`: the path leaves the image's root
image-refused-loop = refused `{ $path }`: its folder is a link that loops
image-refused-link = refused `{ $path }`: a link to `{ $link }`, which leaves the image's root
image-refused-hard-link = refused `{ $path }`: a hard link to `{ $link }`, which leaves the image's root
image-refused-size = refused `{ $path }`: { $size } bytes, over the largest file read (--max-file-size)
image-not-file-or-folder = neither a folder nor a regular file
image-too-many-entries = more than a million entries: not an image
image-missing-file = `{ $name }` is not in the image
image-metadata-too-large = `{ $name }` is { $size } bytes: too large for image metadata
image-file-unreadable = cannot read `{ $name }`: { $error }
image-file-invalid-json = `{ $name }`: invalid JSON: { $error }
image-not-a-digest = `{ $digest }` is not a digest
binary-unreadable = not a readable binary: { $error }
binary-section-too-large = its `{ $name }` section is { $size } bytes, over the { $max } read
binary-section-unreadable = cannot read its `{ $name }` section: { $error }
binary-no-go-buildinfo = no Go build information (`.go.buildinfo`)
binary-go-bad-magic = `.go.buildinfo` does not start with Go's magic
binary-go-pointer-size = a pointer size of { $size } bytes
binary-go-cut-short = `.go.buildinfo` is cut short
binary-go-build-string-size = a build string of { $size } bytes
binary-go-build-string-cut = the build string at { $address } is cut short
binary-go-build-string-nowhere = no section holds the build string at { $address }
binary-go-length-too-large = a length in `.go.buildinfo` does not fit
binary-go-string-past-section = a string in `.go.buildinfo` runs past the section
binary-no-auditable = no `cargo auditable` dependency list (`.dep-v0`)
binary-auditable-not-zlib = `.dep-v0` is not zlib data: { $error }
binary-auditable-bomb = `.dep-v0` expands past { $max } bytes; refused as a bomb
binary-auditable-bad-json = `.dep-v0` is not the JSON `cargo auditable` writes: { $error }
binary-auditable-bad-index = `.dep-v0` names dependency { $index } of { $count } crates
marker-unclosed-quote = unclosed quote at column { $column }
marker-unknown-operator = unknown operator at column { $column }
marker-unexpected-character = unexpected `{ $character }` at column { $column }
marker-unclosed-parenthesis = a `(` is not closed
marker-expected-comparison = expected a comparison, found `{ $found }`
marker-expected-comparison-at-end = expected a comparison at the end
marker-expected-value = expected a value, found `{ $found }`
marker-expected-value-at-end = expected a value at the end
license-archive-missing-entry = no `{ $entry }` in the archive
license-pnpm-index-too-large = larger than { $count } MiB
license-pnpm-no-sha512 = `{ $name }` has no sha512 integrity
license-pnpm-not-in-store = not in a pnpm store
license-pnpm-hash-mismatch = the content of `{ $name }` does not match its hash in the index; the store is damaged: `pnpm store prune` and a new install repair it
progress-finding-projects = finding projects
progress-reading-manifests = reading manifests and lockfiles
progress-resolving-licenses = resolving licenses
progress-evaluating = evaluating
timings-header = timings (wall time per stage):
timings-total = total
timings-discover = discover
timings-collect = collect
timings-resolve = resolve
timings-evaluate = evaluate
timings-assemble = assemble
timings-ms = { $value } ms
timings-thousands = { $thousands },{ $rest }
timings-kind = { $kind } { $time } ({ $count ->
    [one] { $count } project
   *[other] { $count } projects
  })
