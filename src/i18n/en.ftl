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
report-verdict-allowed = allowed
report-verdict-review = review
report-verdict-denied = denied
report-verdict-unknown = unknown
report-verdict-excepted = excepted
report-verdict-ignored = ignored
report-severity-error = error
report-severity-warning = warning
report-severity-info = info
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
