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

## Policy rules and findings (policy/eval.rs): `rule-<id>-title|description|help` for every
## rule id (a unit test checks each rule has all three)

rule-license-denied-title = License denied by the policy
rule-license-denied-description = A license in the package's expression is denied by the policy, by id or by category, and no branch of an OR escapes it.
rule-license-denied-help = replace or remove the dependency, or ask the OSPO for an exception ([[exceptions]])
rule-license-not-listed-title = License not placed by the policy
rule-license-not-listed-description = No list and no category of the policy places one of the package's licenses, and the policy denies unknown licenses.
rule-license-not-listed-help = ask the OSPO to classify the license in the policy, or to approve an exception
rule-license-review-title = License needs review
rule-license-review-description = The best the package's licenses can do is review: a license in a review list or category.
rule-license-review-help = ask the OSPO to review the use and record an exception ([[exceptions]])
rule-license-unknown-title = License could not be determined
rule-license-unknown-description = No license could be determined: none declared, an ambiguous or unknown declaration, and license files that do not settle it.
rule-license-unknown-help = check the package's license files and ask the OSPO to record what they found ([[clarify]])
rule-license-mismatch-title = License files disagree with the declared license
rule-license-mismatch-description = The package declares a license, but one of its license files reads as a license the declaration does not include.
rule-license-mismatch-help = compare the package's license files with its declared license and ask the OSPO to record which applies ([[clarify]])
rule-incompatible-license-title = License incompatible with the project's own
rule-incompatible-license-description = A runtime dependency's license cannot be combined into a work released under the project's own license for the policy's distribution.
rule-incompatible-license-help = replace the dependency, change how the work is distributed, or ask the OSPO (and counsel) for an exception
rule-exception-expired-title = Policy exception expired
rule-exception-expired-description = An exception would apply to the package but its expiry date has passed.
rule-exception-expired-help = renew the exception with the OSPO or remove the dependency
rule-exception-unused-title = Policy exception matches nothing
rule-exception-unused-description = An exception matched no package with a failing license.
rule-exception-unused-help = remove the exception from the policy, or fix its `package`
rule-exception-stale-title = Policy exception no longer covers the license
rule-exception-stale-description = An exception names the package, but the license it accepts no longer covers the package's license.
rule-exception-stale-help = the package's license changed since the exception was approved: ask the OSPO to look again
rule-clarification-stale-title = Policy clarification is out of date
rule-clarification-stale-description = A clarification pins a license file by its sha256, and the file has changed or is not installed.
rule-clarification-stale-help = the package's license files changed since the OSPO clarified it: ask the OSPO to look again and update the sha256
rule-checklist-file-title = Required repository file missing
rule-checklist-file-description = A file the release checklist requires is missing.
rule-checklist-file-help = add the file to the repository
rule-checklist-project-license-title = Repository license missing or not allowed
rule-checklist-project-license-description = The repository's own license is missing, not recognised, or not one the checklist allows.
rule-checklist-project-license-help = add a license file the policy allows at the repository's root
rule-checklist-spdx-header-title = Source files lack an SPDX header
rule-checklist-spdx-header-description = Source files the checklist covers lack an SPDX-License-Identifier line.
rule-checklist-spdx-header-help = add an `SPDX-License-Identifier:` comment at the top of each listed file
finding-exception-unused = the exception for `{ $package }` ({ $license }) matched no package with a failing license
finding-scope-ignored = the policy ignores { $scope } dependencies
finding-unknown-with-files = { $reason }; its license files ({ $files }) could not settle it
finding-exception-stale = the exception for `{ $package }` accepts `{ $accepted }`, but the package's license is now `{ $license }`
finding-exception-expired = the exception for `{ $package }` expired on { $until }
finding-incompatible = license `{ $license }` cannot be combined into this project: { $why }
finding-denied = license `{ $license }` is denied: { $why }
finding-not-listed = license `{ $license }` is not allowed: { $why }, and the policy denies unlisted licenses
finding-review = license `{ $license }` needs review: { $why }
finding-clarification-changed = the clarification of `{ $package }` as `{ $license }` pinned `{ $path }` with sha256 { $want }, but its sha256 is now { $have }; it is not applied
finding-clarification-missing = the clarification of `{ $package }` as `{ $license }` pinned `{ $path }` with sha256 { $want }, but it is not in the package's folder; it is not applied
evidence-clarified = the policy clarifies `{ $package }` as `{ $license }`
evidence-clarified-because = the policy clarifies `{ $package }` as `{ $license }`: { $reason }
finding-checklist = { $subject }: { $message }
finding-checklist-files = { $subject }: { $message } ({ $files })
remedy-exception-reason = why this use is acceptable
remedy-exception-approved-by = who at the OSPO approved it
remedy-clarify-license = the SPDX expression the OSPO concluded
remedy-clarify-reason = what was checked
placed-in-list = `{ $license }` is in `{ $list }`
placed-in-category = `{ $license }` is { $category }, in `{ $list }`
placed-by-builtin = `{ $license }` is { $category }, which the built-in rules for { $distribution } software put in `{ $list }`
placed-incompatible = `{ $license }` is incompatible: { $why }
placed-unlisted = `{ $license }` is not listed

## Words for machine values, for people: verdicts, severities, scopes (each enum value has
## one; a unit test checks)

verdict-word-denied = denied
verdict-word-unknown = unknown
verdict-word-review = review
verdict-word-excepted = excepted
verdict-word-ignored = ignored
verdict-word-allowed = allowed
severity-error = error
severity-warning = warning
severity-info = info
scope-runtime = runtime
scope-optional = optional
scope-build = build
scope-dev = dev
scope-os = os
table-policy-finding = { $severity } [{ $rule }]: { $message }

## Policy files: errors and warnings (policy/layer.rs). Each error is printed after
## `file:line:column:` with the line and a caret under the column.

policy-invalid = invalid policy `{ $source }`:
policy-extends-loop = `{ $code }` makes a loop
policy-extends-too-deep = more than { $max } `extends` in a row
policy-extends-bad = `{ $code }`: { $why }
policy-cannot-read = cannot read: { $error }
policy-no-such-policy = no shipped policy has that name{ $hint } and no such file exists (shipped policies: { $names })
policy-unknown-key = unknown key `{ $key }`{ $hint }; the keys here are { $keys }
policy-unknown-value = unknown value `{ $value }` for `{ $key }`{ $hint }; the values are { $values }
policy-missing-key = this `{ $table }` entry needs `{ $key }`
policy-wrong-type = `{ $key }` takes { $expected }, not { $found }
toml-type-string = a string
toml-type-integer = an integer
toml-type-float = a number
toml-type-boolean = true or false
toml-type-datetime = a date
toml-type-array = an array
toml-type-table = a table
hint-did-you-mean = (did you mean `{ $candidate }`?)
policy-threshold-range = `detection-threshold` must be between 0 and 1, not { $value }
policy-unknown-scope = unknown scope `{ $scope }`{ $hint }; the scopes are `runtime`, `optional`, `build` and `dev`
policy-bad-project-license = `compatibility.project-license` `{ $license }`: { $reason }
policy-unknown-category = unknown category `{ $name }`{ $hint }; the categories are { $names }
policy-deprecated-id = `{ $id }` in `{ $key }` is a deprecated SPDX id; read as `{ $modern }`, write that instead
policy-bad-license = `{ $id }` in `{ $key }`: { $reason }{ $hint }
policy-in-two-lists = `{ $entry }` is in both `{ $first }` and `{ $second }`; keep it in one
policy-bad-exception-license = exception license `{ $license }`: { $reason }{ $hint }
policy-bad-clarified-license = clarified license `{ $license }`: { $reason }{ $hint }
policy-bad-expires = `expires` must be a date such as 2027-06-30
policy-exception-needs-reason = the exception for `{ $package }` needs a `reason`
policy-path-outside-package = `{ $path }` must be a path inside the package's folder, such as `LICENSE`
policy-bad-sha256 = `sha256` must be 64 hexadecimal digits (`sha256sum LICENSE`)
policy-ignore-needs-reason = the ignore entry for `{ $package }` needs a `reason`
policy-bad-glob = `{ $glob }` is not a valid glob: { $error }
policy-unnamed = unnamed policy

## Package patterns, saved reports, the pipeline's stages and the project's own license
## (policy/pattern.rs, baseline.rs, lib.rs)

-purl-examples = `pkg:npm/name`, `pkg:cargo/name@1.0.0`, `pkg:npm/name@>=1.0,<2` or `pkg:npm/@scope/*`
pattern-not-a-purl = `{ $pattern }` is not a package URL; write a package URL such as { -purl-examples }
pattern-no-name = `{ $pattern }` has no name; write a package URL such as { -purl-examples }
pattern-no-type = `{ $pattern }` has no package type; write a package URL such as { -purl-examples }
pattern-empty-version = `{ $pattern }` has an empty version after `@`
pattern-bound-operator = `{ $bound }` in a version range: start each bound with <, <=, >, >= or =
pattern-bound-no-version = `{ $bound }` in a version range has no version
baseline-cannot-read = cannot read report `{ $path }`
baseline-not-a-report = `{ $path }` is not an ossdoo JSON report (write one with `ossdoo scan --format json --output FILE`)
baseline-other-schema = `{ $path }` is a schema { $schema } report; this ossdoo reads schema { $supported }
stage-finding-projects = finding projects
stage-reading-manifests = reading manifests and lockfiles
stage-resolving-licenses = resolving licenses
compat-label-not-spdx = the image's `org.opencontainers.image.licenses` label `{ $label }` is not an SPDX expression ({ $error }); set `project-license` in `[compatibility]`; compatibility was not checked
compat-project-license-unknown = `[compatibility]` is on, but the project's own license is unknown (no license file recognised at the scanned root); set `project-license` in `[compatibility]`; compatibility was not checked
stage-evaluating = evaluating

## Commands: scan, diff, explain, detect, and the lines every command prints on stderr
## (commands/*.rs, main.rs)

cli-error = error: { $message }
cli-caused-by = caused by: { $message }
cli-warning = warning: { $message }
cli-error-in = error: { $path }: { $message }
cli-warning-in = warning: { $path }: { $message }
scan-formats-need-dir = { $count } formats were asked for: add `--output-dir DIR` to write one file per format
scan-image-temp = cannot create a temporary folder for the image
scan-flag-not-a-folder = { $flag } `{ $path }` is not a folder
scan-not-a-virtualenv = `{ $path }` is not a virtualenv (it has no pyvenv.cfg)
scan-sbom-not-a-file = --sbom `{ $path }` is not a file
scan-cannot-create-folder = cannot create the folder `{ $path }`
scan-wrote = wrote { $path }
scan-not-a-folder = `{ $path }` is not a folder; give the folder to scan
scan-cannot-resolve = cannot resolve `{ $path }`
scan-cannot-create-file = cannot create a file in `{ $path }`
scan-cannot-write = cannot write `{ $path }`
diff-unknown-license = unknown license
diff-license-changes = license changes
diff-added = added
diff-removed = removed
diff-upgraded = upgraded
diff-new-findings = new findings
diff-fixed-findings = fixed findings
diff-section = { $title } ({ $count }):
diff-verdict-fail = FAIL: the change introduces a violation
diff-verdict-pass = PASS: no new violation
diff-md-verdict-fail = ❌ **ossdoo**: this change introduces a license violation
diff-md-verdict-pass = ✅ **ossdoo**: no new license violation
diff-md-license-changes = License changes
diff-col-from = from
diff-col-to = to
diff-md-new-findings = New findings
diff-md-summary = { $added } added, { $removed } removed, { $upgraded } upgraded, { $fixed } findings fixed.
detect-cannot-read = error: { $path }: cannot read: { $error }
detect-found = { $license } (confidence { $confidence })
detect-nothing = no license recognised
detect-line = { $path }: { $answer }
detect-match = lines { $first }-{ $last }: { $license } ({ $score })
detect-quote = a notice, lines { $first }-{ $last }: “{ $quote }”
explain-ambiguous = { $why }; say which one
explain-file-ref = `{ $license }` points at a file; run `ossdoo detect { $file }` in the package's folder
explain-normalised = normalised: { $rule }
explain-col-name = name
explain-col-category = category
explain-col-obligations = obligations
explain-yes = yes
explain-no = no
explain-verdict = verdict under policy "{ $policy }" ({ $source }): { $verdict }
explain-closest = (closest known ids: { $ids })

## License categories and obligations, for people (`category-name-<id>`, `obligation-name-<id>`)

category-name-permissive = permissive
category-name-public-domain = public domain
category-name-weak-copyleft = weak copyleft
category-name-strong-copyleft = strong copyleft
category-name-network-copyleft = network copyleft
category-name-source-available = source available
category-name-non-commercial = non-commercial
category-name-proprietary = proprietary
category-name-other = other
obligation-name-attribution = attribution
obligation-name-include-license = include the license
obligation-name-state-changes = state changes
obligation-name-disclose-source = disclose the source
obligation-name-same-license = same license
obligation-name-network-use-disclosure = network use is distribution
obligation-name-patent-terms = patent terms
obligation-name-no-endorsement = no endorsement
obligation-name-use-restrictions = use restrictions

## The command line's own words around the help (English help itself is cli.rs's doc comments)

cli-print-help = Print help
cli-print-version = Print version
cli-commands-heading = Commands
cli-usage = Usage:

## `ossdoo policy init | check | show` (commands/policy.rs)

policy-cannot-read-file = cannot read policy file `{ $path }`
policy-file-missing = policy file `{ $file }` does not exist (shipped policies: { $names })
policy-valid = { $source }: valid policy "{ $name }"
policy-valid-extends = { $source }: valid policy "{ $name }", extends { $extends }
policy-show-heading = The effective policy "{ $name }" from { $source }
policy-show-extends = after extends: { $extends }
policy-show-builtin = The category lists are the built-in ones for { $distribution } software (the policy sets none).
policy-no-such-template = no shipped policy is called `{ $template }` (shipped policies: { $names })
policy-starter-invalid = the starter policy is invalid (a bug in ossdoo)
policy-init-exists = `{ $path }` already exists; ossdoo does not overwrite it (choose another file with --output)
policy-init-wrote = wrote { $path } (extends "{ $template }"); edit it, then run `ossdoo policy check { $path }`
## Reports for people: Markdown (PR comments), HTML, JUnit, SARIF texts (`report-` ids are shared)

report-packages = { $count ->
    [one] { $count } package
   *[other] { $count } packages
  }
report-input-error-count = { $count ->
    [one] { $count } input error
   *[other] { $count } input errors
  }
report-input-errors = Input errors
report-warnings = Warnings
report-col-ecosystem = ecosystem
report-col-category = category
report-exception-ticket-reason = exception { $ticket }: { $reason }
report-exception-reason = approved exception: { $reason }
md-counts = **{ $packages }**: { $allowed } allowed, { $review } review, { $denied } denied, { $unknown } unknown, { $excepted } excepted, { $ignored } ignored · policy "{ $policy }" (`{ $source }`) · `{ $root }` · ossdoo { $version }
md-cut = …and { $count } more; the full report (`--format json` or `--format html`) lists them.
md-remedies = Remedies
md-remedies-intro = Once the OSPO agrees, each entry below settles its finding in the policy file.
md-more-remedies = …and { $count } more in the JSON report (`--format json`).
md-policy-findings = Policy and repository
md-all-packages = All { $count ->
    [one] { $count } package
   *[other] { $count } packages
  }
html-title = { $verdict } · license report · { $root }
html-heading = License compliance report
html-why = { $counts }: { $explanation }.
html-explain-pass = nothing fails the gate
html-explain-fail = policy violations fail the gate (exit code 1)
html-explain-error = some input could not be read, so the result cannot be called compliant (exit code 2)
html-scanned = Scanned
html-policy = Policy
html-gate = Gate
html-tool = Tool
html-nav-label = Sections
html-summary = Summary
html-nav-categories = Categories
html-findings = Findings
html-projects = Projects
html-packages = Packages
html-nav-diagnostics = Errors & warnings
html-card-packages = packages
html-card-error-findings = { $count ->
    [one] error finding
   *[other] error findings
  }
html-card-warning-findings = { $count ->
    [one] warning finding
   *[other] warning findings
  }
html-card-info-findings = { $count ->
    [one] info finding
   *[other] info findings
  }
html-card-input-errors = input errors
html-card-input-warnings = input warnings
html-chart-heading = Packages by license category
html-chart-note = A package whose license expression has terms of several categories counts under the most restrictive one (<code>MIT OR GPL-3.0-only</code> is strong-copyleft); <em>unresolved</em> packages have no concluded license.
html-unresolved = unresolved
html-unresolved-description = No license could be concluded.
html-verdict-count = { $count } { $verdict }
html-chart-none = { $category }: no packages
html-chart-label = { $category }: { $packages }: { $detail }
html-no-findings = No findings.
html-findings-errors = Errors: these fail the gate
html-findings-info = Information
html-repository = repository
html-what-to-do = What to do:
html-remedy-label = Policy entry that settles it, once the OSPO agrees:
html-no-projects = No projects found.
html-none = none
html-mark-normalized = normalised from the declared text
html-mark-detected = detected from the package's license files
html-mark-clarified = clarified by the policy ([[clarify]])
html-filter-all = all
html-filter-verdict = Verdict
html-filter-ecosystem = Ecosystem
html-filter-scope = Scope
html-no-packages = No third-party packages found.
html-search = Search
html-search-placeholder = name, license, manifest…
html-clear = Clear
html-col-name = name
html-col-direct = direct
html-declared = declared
html-declared-text = “{ $declared }”
html-none-declared = none declared
html-exception-title = exception: { $reason }
html-more = +{ $count } more
html-direct = direct
html-diagnostics = Input errors and warnings
html-empty = None.
html-footer = Generated by { $tool } { $version }. This page is self-contained: it loads nothing from the network and works offline. Sorting, filtering and copy buttons need JavaScript; without it every package is listed.
html-js-copy = Copy
html-js-copied = Copied
html-js-selected = Selected: press Ctrl+C
html-js-shown = { $shown } of { $total } packages shown
junit-excepted-ticket = excepted ({ $ticket }): { $reason }
junit-excepted = excepted: { $reason }
junit-remedy = once the OSPO agrees, this policy entry settles it:
sarif-what-to-do = **What to do:** { $help }
sarif-see-docs = See `docs/rules.md#{ $rule }` in the ossdoo documentation.
sarif-remedy = Once the OSPO agrees, this policy entry settles it:
notice-text-title = THIRD-PARTY SOFTWARE NOTICES
notice-title = Third-party software notices
notice-intro = { $title } includes the third-party software below, under the licenses given.
notice-unknown = unknown
notice-text-license-of = License text of: { $packages }
notice-license-of = License text of { $packages }:
notice-of = NOTICE of { $package }:
notice-this-software = This software
notice-input-error = error: { $path }: { $message }
report-percent = { $value }%
inv-cannot-prepare = cannot prepare the inventory { $target }
inv-cannot-add = cannot add `{ $path }` to the inventory
inv-not-a-time = `{ $text }` is not a time: write a date ({ $date }) or an RFC 3339 time ({ $times })
inv-today-not-a-date = OSSDOO_TODAY `{ $text }` is not a date (YYYY-MM-DD)
inv-not-a-span = `{ $text }` is not a length of time; write a number of days, weeks or months (`90d`, `12w`, `3 months`)
inv-span-too-far = `{ $text }` reaches past the calendar; write a number of days, weeks or months (`90d`, `12w`, `3 months`)
inv-cannot-connect = cannot connect to the PostgreSQL inventory { $target }: is the server running, and may this user connect?
inv-tls-hint = If the server's certificate is signed by your organisation's own authority, name its certificate with SSL_CERT_FILE.
inv-cannot-start-transaction = cannot start a transaction (another ossdoo held the database too long?)
inv-no-inventory = there is no inventory at `{ $path }`: add a scan first (`ossdoo inventory add REPORT.json`), or name the database with --database or OSSDOO_DATABASE
inv-cannot-open = cannot open the inventory `{ $path }`
inv-locked = the inventory `{ $path }` stayed locked by another ossdoo for { $seconds } s
inv-no-wal = the inventory `{ $path }` cannot use write-ahead logging (journal mode `{ $mode }`): put it on a local file system
inv-damaged = `{ $path }` is not a readable inventory ({ $error }); nothing was changed. Restore it from a backup, or point --database at another file
inv-foreign-tables = the database holds { $count } table(s) but no ossdoo inventory: give --database an empty database or a new file
inv-newer-schema = the inventory has schema { $current }, written by a newer ossdoo; this one knows schema { $latest }: upgrade ossdoo
inv-migration-failed = migration { $version } ({ $name }) failed; the inventory was left as it was
inv-not-json = not a JSON report ({ $error }); write one with `ossdoo scan --format json --output FILE`
inv-no-schema-version = not an ossdoo JSON report (no `schema_version`); write one with `ossdoo scan --format json --output FILE`
inv-other-schema = a schema { $version } report; this ossdoo stores schema { $supported } reports: scan again with this version, or add it with the ossdoo that wrote it
inv-edited-report = { $error }; is it an unedited `ossdoo scan --format json` report?
inv-from-image = the scanned image's name
inv-from-ci = the CI system's variables
inv-from-git = the Git remote `origin`
inv-from-folder = the folder's name
inv-needle-empty = give a package name or a package URL ({ $examples })
inv-needle-no-version = `{ $text }` has an empty version after `@`
inv-scan-missing = scan { $scan } is missing
inv-no-repository-id = the database returned no repository id
inv-no-scan-id = the database returned no scan id
inv-not-stored = `{ $purl }` was not stored
inv-cannot-read-report = cannot read the report `{ $path }`
inv-note-repository = note: { $path }: repository `{ $name }`, from { $from } (name it with --repo)
inv-this-scan = this scan's report
inv-scan-added = added scan { $scan } of { $repository } to the inventory { $target }
inv-scan-known = the inventory { $target } already has this scan of { $repository } (scan { $scan })
inv-added = added scan { $scan } of { $repository } ({ $packages } packages)
inv-already-added = scan { $scan } of { $repository } is already in the inventory: nothing added
inv-no-use-history = no repository's scan uses { $query }
inv-no-use-latest = no repository's latest scan uses { $query }
inv-col-repository = repository
inv-col-how = how
inv-col-scanned = scanned
inv-col-packages = packages
inv-col-share = share
inv-col-repositories = repositories
inv-col-categories = categories
inv-col-status = status
inv-col-expires = expires
inv-col-approved-by = approved by
inv-col-ticket = ticket
inv-col-commit = commit
inv-col-policy = policy
inv-col-denied = denied
inv-col-review = review
inv-col-unknown = unknown
inv-col-excepted = excepted
inv-col-from = from
inv-col-to = to
inv-col-first-seen = first seen
inv-col-still-before = still before
inv-col-on-or-after = on or after
inv-direct = direct
inv-transitive = transitive
inv-uses-every-scan = { $uses ->
    [one] { $uses } use
   *[other] { $uses } uses
  } in { $repositories ->
    [one] { $repositories } repository
   *[other] { $repositories } repositories
  } (every scan)
inv-uses-latest-scans = { $uses ->
    [one] { $uses } use
   *[other] { $uses } uses
  } in { $repositories ->
    [one] { $repositories } repository
   *[other] { $repositories } repositories
  } (latest scans)
inv-licenses-summary = { $packages } packages in { $repositories } repositories (latest scans)
inv-unknown-license = (unknown)
inv-unknown = unknown
inv-no-exception = no exception matches
inv-expires-in = { $date } (in { $days } d)
inv-never = never
inv-exception-count = { $count } exceptions
inv-exception-in-force = in-force
inv-exception-unused = unused
inv-exception-expired = expired
inv-status-pass = pass
inv-status-fail = fail
inv-status-error = error
inv-relicensed-count = Relicensed packages ({ $count }):
inv-relicensed-since = Relicensed packages since { $since } ({ $count }):
inv-change-license = license
inv-change-added = added
inv-change-removed = removed
inv-change-upgraded = upgraded
inv-change-new = new
inv-change-fixed = fixed
inv-no-change = No repository changed.
inv-relicensing = { $package }: { $from } → { $to } (first seen { $date })
inv-still-before = still before:
inv-on-or-after = on or after:
inv-none = none
inv-none-sentence = None.
inv-none-seen = None seen.
inv-portfolio-title = Open source portfolio, { $date }
inv-portfolio-heading = Open source portfolio
inv-portfolio-summary = { $repositories } repositories: { $passing } pass, { $failing } fail; { $packages } packages in their latest scans.
inv-portfolio-subtitle = { $date } · { $repositories } repositories · { $packages } packages in their latest scans
inv-repositories = Repositories
inv-expiring = Exceptions expiring within 90 days or expired
inv-relicensed = Relicensed packages
inv-categories = License categories
inv-licenses = Licenses
inv-card-repositories = repositories
inv-card-pass = pass
inv-card-fail = fail
inv-card-exceptions = exceptions to renew
inv-card-relicensed = relicensed packages
md-labelled = { $label }: { $text }
md-remedy-for = `{ $purl }` ({ $rule }):
## The release checklist (`ossdoo checklist`, src/checklist.rs and src/commands/checklist.rs)
checklist-not-a-folder = `{ $path }` is not a folder; give the repository to check
checklist-no-checklist = policy "{ $name }" ({ $source }) has no [checklist]; add one (see `ossdoo policy init`) or use --policy release-checklist
checklist-column-check = check
checklist-column-item = item
checklist-column-result = result
checklist-mark-ok = ok
checklist-mark-warn = warn
checklist-mark-fail = FAIL
checklist-files-without-header = files without an SPDX-License-Identifier header ({ $subject }):
checklist-verdict-ready = READY
checklist-verdict-not-ready = NOT READY
checklist-summary = { $verdict }: { $passed } of { $count } items pass
checklist-summary-warnings = , { $warnings } with a warning
checklist-cannot-read-path = cannot read `{ $path }`: { $error }
checklist-cannot-read = cannot read: { $error }
checklist-cannot-parse = cannot parse: { $error }
checklist-cannot-parse-at-line = cannot parse: { $error } at line { $line }
checklist-fix-policy = { $problem }; fix the policy
checklist-file-found = found `{ $files }`
checklist-file-missing = no { $name } { $places }; add one
checklist-file-missing-unreadable = no { $name } { $places } ({ $problems }); add one
checklist-places-root = at the repository root
checklist-places-root-and = at the repository root, in { $dirs }
checklist-places-or-in = { $list } or in { $dir }
checklist-places-repository = in the repository
checklist-subject-license = the repository's license
checklist-license-none = no license file at the repository root; add one (e.g. LICENSE with the text of { $license })
checklist-license-policy-not-spdx = the checklist's project-license list has entries that are not SPDX licenses: { $entries }; fix the policy
checklist-license-detected = detected, { $confidence }
checklist-license-declared = declared
checklist-license-not-recognised = not a license text ossdoo recognises
checklist-license-evidence = { $file }: { $license } ({ $how })
checklist-license-evidence-problem = { $file }: { $problem }
checklist-license-verdict = { $found }, but { $problems }; { $fix }
checklist-license-must-be = the project's license must be one of { $allowed }
checklist-license-no-file = there is no license file at the repository root
checklist-license-add-one = add one (e.g. LICENSE with the text of { $license })
checklist-license-unchecked = `{ $file }` could not be checked
checklist-license-not-allowed = `{ $license }` is not allowed
checklist-license-not-spdx = `{ $license }` is not an SPDX expression ({ $error })
checklist-bad-glob = `{ $pattern }` is not a valid glob pattern ({ $error })
checklist-header-no-match = no file matches { $subject }; nothing to check
checklist-header-one-ok = the one matching file has an { $header } header
checklist-header-all-ok = all { $count } matching files have an { $header } header
checklist-header-unreadable = not every file could be checked ({ $problems }); make them readable
checklist-header-lacking = { $lacking } of { $count } files lack an { $header } header; add e.g. `{ $example }`
checklist-header-lacking-unreadable = { $lacking } of { $count } files lack an { $header } header ({ $problems }); add e.g. `{ $example }`

## The Government of Canada publishing checklist (policy `gc-publishing`)
gc-subject-crown = the Crown copyright notice
gc-crown-department = the Minister of <department>
gc-crown-year = <year>
gc-crown-no-licence = no licence file at the repository root; add LICENCE with the text of the licence and the line `{ $line }`
gc-crown-missing = no Crown copyright notice in `{ $files }`; add the line `{ $line }`
gc-crown-missing-unreadable = no Crown copyright notice in `{ $files }` ({ $problems }); add the line `{ $line }`
gc-crown-found = `{ $file }` has the Crown copyright notice ({ $by }, { $year })
gc-crown-former = `{ $file }` has a Crown copyright notice in the former form (Her Majesty the Queen)
gc-crown-update = update the notice in `{ $file }` to `{ $line }`
gc-crown-incomplete-both = the Crown copyright notice in `{ $file }` names neither the department nor the year; write it in the Guide's form: `{ $line }`
gc-crown-incomplete-department = the Crown copyright notice in `{ $file }` does not name the department; write it in the Guide's form: `{ $line }`
gc-crown-incomplete-year = the Crown copyright notice in `{ $file }` has no year; write it in the Guide's form: `{ $line }`
gc-bilingual-missing = no { $name } { $places }; add one in English and French
gc-bilingual-both = `{ $file }` has English and French text
gc-bilingual-pair = `{ $file }` and `{ $other }` are in English and French between them
gc-bilingual-english-only = `{ $file }` is in English only; add the French text to it, or a French version beside it ({ $names })
gc-bilingual-french-only = `{ $file }` is in French only; add the English text to it, or an English version beside it ({ $names })
gc-bilingual-too-little = `{ $file }` has too little text to tell its language; write it in English and French
gc-bilingual-names = { $first } or { $last }
gc-bilingual-partner-not-other = ; `{ $files }` is not in the other language
gc-bilingual-unreadable = ; { $problems }
gc-subject-outbound = outbound rights (every dependency's licence)
gc-outbound-not-configured = the policy has no [compatibility]; add one so that each dependency's licence is checked against the project's
gc-outbound-unknown-license = the project's licence could not be found; add a LICENCE file, or set `project-license` in [compatibility]
gc-outbound-ok = { $count ->
    [0] no package to check; nothing stops releasing the project under { $license }
    [one] the one package's licence allows releasing the project under { $license }
   *[other] every licence of the { $count } packages allows releasing the project under { $license }
  }
gc-outbound-conflicts = { $count ->
    [one] { $count } dependency's licence does not allow releasing the project under { $license }
   *[other] { $count } dependencies' licences do not allow releasing the project under { $license }
  }: { $packages }; replace them, or release the project under a licence they allow
gc-outbound-input-errors = { $count ->
    [one] { $count } input could not be read, so not every dependency was checked; run `ossdoo scan` to see it, and fix it
   *[other] { $count } inputs could not be read, so not every dependency was checked; run `ossdoo scan` to see them, and fix them
  }
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
# Vendored code (ecosystems/vendored/): what a copy's own files say, with where ($place: file:line).
vendored-version-from = version { $version } read from `{ $what }` in { $place }
vendored-spdx-tag = `SPDX-License-Identifier: { $expression }` in { $place }
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

## The timings of `scan --timings` (lib.rs)

timings-roots = { $count ->
    [one] { $count } project root
   *[other] { $count } project roots
  }
timings-packages = { $count ->
    [one] { $count } package
   *[other] { $count } packages
  }; per kind, summed over threads: { $kinds }
timings-findings = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
  }
timings-assembled = sorted and counted
## Repeated findings grouped (src/report/groups.rs, then the table, Markdown and HTML reports)
group-name = { $family } ({ $packages })
group-more = and { $count } more
help-remedy-group = help: once the OSPO agrees, this policy entry settles the { $count } packages of `{ $pattern }` ({ $rule }):
md-remedy-for-group = The { $count } packages of `{ $pattern }` ({ $rule }):
html-remedy-group-label = Policy entry that settles all { $count } packages of { $pattern }, once the OSPO agrees:
