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
