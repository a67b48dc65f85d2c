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
