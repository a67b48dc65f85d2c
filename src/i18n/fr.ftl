# Les messages d'ossdoo en français (usage canadien). Chaque message a son jumeau dans en.ftl,
# avec les mêmes arguments (un test unitaire le vérifie). Typographie : espace insécable avant
# les deux-points, le point-virgule, le point d'interrogation et le point d'exclamation;
# « guillemets » avec espaces insécables.

## Le tableau (`ossdoo scan`, le format par défaut)

table-header = { $tool } { $version } · politique « { $policy } » ({ $source }) · { $root }
table-image-for = image pour { $platform }
table-projects = Projets ({ $count })
table-packages = Paquets ({ $count })
table-needs-attention = À examiner ({ $count })
col-kind = type
col-manifest = manifeste
col-lockfile = fichier de verrouillage
col-own-packages = paquets du projet
col-dependencies = dépendances
col-verdict = verdict
col-package = paquet
col-version = version
col-license = licence
col-scope = portée
col-why = motif
col-decided-by = décidé par
table-no-license = aucune licence
table-declared = (déclarée « { $declared } »)
table-direct = { $scope } (directe)
table-more-manifests = { $first } (+{ $count } autres)
why-exception-ticket = exception { $ticket }
why-exception = exception approuvée
why-denied = refusée par la politique
why-incompatible = incompatible
why-not-listed = absente de la politique
why-review = à examiner
why-mismatch = fichiers discordants
why-ambiguous = ambiguë
why-not-known = licence inconnue
why-file-not-recognised = fichier de licence non reconnu
why-none-found = aucune licence déclarée ni trouvée
why-not-installed = ni installé ni en cache
why-none-declared = aucune licence déclarée
legend-normalized = * normalisée à partir du texte déclaré (voir `evidence` dans --format json)
legend-detected = † détectée dans les fichiers de licence du paquet
legend-clarified = ‡ précisée par la politique ([[clarify]])
help-rule = aide [{ $rule }] : { $text }
help-remedy = aide : une fois l'accord de l'OSPO obtenu, cette entrée de politique règle `{ $purl }` (chaque constat a la sienne dans --format json) :
summary-baseline = référence { $baseline } : { $new } nouveaux, { $fixed } corrigés, { $unchanged } constats inchangés (seuls les nouveaux peuvent faire échouer le contrôle)
summary-packages = { $count ->
    [one] { $count } paquet
   *[other] { $count } paquets
  } : { $allowed } permis, { $review } à examiner, { $denied } refusés, { $unknown } inconnus, { $excepted } en exception
verdict-pass = CONFORME
verdict-fail = NON CONFORME
verdict-error = ERREUR
table-violations = { $count ->
    [one] { $count } violation
   *[other] { $count } violations
  }
table-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
  }
table-input-errors = { $count ->
    [one] { $count } erreur d'entrée
   *[other] { $count } erreurs d'entrée
  } (voir la sortie d'erreur)
table-verdict-line = { $verdict } : { $parts }

## La liste de vérification avant publication (`ossdoo checklist`, src/checklist.rs et src/commands/checklist.rs)
checklist-not-a-folder = `{ $path }` n'est pas un dossier ; indiquez le dépôt à vérifier
checklist-no-checklist = la politique « { $name } » ({ $source }) n'a pas de table [checklist] ; ajoutez-en une (voir `ossdoo policy init`) ou utilisez --policy release-checklist
checklist-column-check = vérification
checklist-column-item = élément
checklist-column-result = résultat
checklist-mark-ok = ok
checklist-mark-warn = avert.
checklist-mark-fail = ÉCHEC
checklist-files-without-header = fichiers sans en-tête SPDX-License-Identifier ({ $subject }) :
checklist-verdict-ready = PRÊT
checklist-verdict-not-ready = PAS PRÊT
checklist-summary = { $verdict } : { $passed ->
    [one] { $passed } élément sur { $count } est conforme
   *[other] { $passed } éléments sur { $count } sont conformes
  }
checklist-summary-warnings = , dont { $warnings } avec un avertissement
checklist-cannot-read-path = impossible de lire `{ $path }` : { $error }
checklist-cannot-read = illisible : { $error }
checklist-cannot-parse = syntaxe invalide : { $error }
checklist-cannot-parse-at-line = syntaxe invalide : { $error } à la ligne { $line }
checklist-fix-policy = { $problem } ; corrigez la politique
checklist-file-found = trouvé : `{ $files }`
checklist-file-missing = aucun fichier { $name } { $places } ; ajoutez-en un
checklist-file-missing-unreadable = aucun fichier { $name } { $places } ({ $problems }) ; ajoutez-en un
checklist-places-root = à la racine du dépôt
checklist-places-root-and = à la racine du dépôt, dans { $dirs }
checklist-places-or-in = { $list } ou dans { $dir }
checklist-places-repository = dans le dépôt
checklist-subject-license = la licence du dépôt
checklist-license-none = aucun fichier de licence à la racine du dépôt ; ajoutez-en un (p. ex. LICENSE avec le texte de la licence { $license })
checklist-license-policy-not-spdx = la liste project-license de la table [checklist] contient des entrées qui ne sont pas des licences SPDX : { $entries } ; corrigez la politique
checklist-license-detected = détectée, { $confidence }
checklist-license-declared = déclarée
checklist-license-not-recognised = texte de licence qu'ossdoo ne reconnaît pas
checklist-license-evidence = { $file } : { $license } ({ $how })
checklist-license-evidence-problem = { $file } : { $problem }
checklist-license-verdict = { $found }, mais { $problems } ; { $fix }
checklist-license-must-be = la licence du projet doit être l'une des suivantes : { $allowed }
checklist-license-no-file = il n'y a aucun fichier de licence à la racine du dépôt
checklist-license-add-one = ajoutez-en un (p. ex. LICENSE avec le texte de la licence { $license })
checklist-license-unchecked = `{ $file }` n'a pas pu être vérifié
checklist-license-not-allowed = `{ $license }` n'est pas permise
checklist-license-not-spdx = `{ $license }` n'est pas une expression SPDX ({ $error })
checklist-bad-glob = `{ $pattern }` n'est pas un motif glob valide ({ $error })
checklist-header-no-match = aucun fichier ne correspond à { $subject } ; rien à vérifier
checklist-header-one-ok = le seul fichier visé a un en-tête { $header }
checklist-header-all-ok = les { $count } fichiers visés ont tous un en-tête { $header }
checklist-header-unreadable = certains fichiers n'ont pas pu être vérifiés ({ $problems }) ; rendez-les lisibles
checklist-header-lacking = { $lacking ->
    [one] { $lacking } fichier sur { $count } n'a pas d'en-tête { $header }
   *[other] { $lacking } fichiers sur { $count } n'ont pas d'en-tête { $header }
  } ; ajoutez p. ex. `{ $example }`
checklist-header-lacking-unreadable = { $lacking ->
    [one] { $lacking } fichier sur { $count } n'a pas d'en-tête { $header }
   *[other] { $lacking } fichiers sur { $count } n'ont pas d'en-tête { $header }
  } ({ $problems }) ; ajoutez p. ex. `{ $example }`

## La liste de vérification du gouvernement du Canada pour la publication (politique `gc-publishing`)
gc-subject-crown = l'avis de droit d'auteur de la Couronne
gc-crown-department = the Minister of <ministère>
gc-crown-year = <année>
gc-crown-no-licence = aucun fichier de licence à la racine du dépôt ; ajoutez un fichier LICENCE qui contient le texte de la licence et la ligne `{ $line }`
gc-crown-missing = aucun avis de droit d'auteur de la Couronne dans `{ $files }` ; ajoutez la ligne `{ $line }`
gc-crown-missing-unreadable = aucun avis de droit d'auteur de la Couronne dans `{ $files }` ({ $problems }) ; ajoutez la ligne `{ $line }`
gc-crown-found = `{ $file }` porte l'avis de droit d'auteur de la Couronne ({ $by }, { $year })
gc-crown-former = `{ $file }` porte un avis de droit d'auteur de la Couronne dans son ancienne forme (Her Majesty the Queen)
gc-crown-update = mettez à jour l'avis dans `{ $file }` : `{ $line }`
gc-crown-incomplete-both = l'avis de droit d'auteur de la Couronne dans `{ $file }` ne précise ni le ministère ni l'année ; rédigez-le dans la forme prévue par le Guide : `{ $line }`
gc-crown-incomplete-department = l'avis de droit d'auteur de la Couronne dans `{ $file }` ne précise pas le ministère ; rédigez-le dans la forme prévue par le Guide : `{ $line }`
gc-crown-incomplete-year = l'avis de droit d'auteur de la Couronne dans `{ $file }` ne précise pas l'année ; rédigez-le dans la forme prévue par le Guide : `{ $line }`
gc-bilingual-missing = aucun fichier { $name } { $places } ; ajoutez-en un, en anglais et en français
gc-bilingual-both = `{ $file }` contient du texte en anglais et en français
gc-bilingual-pair = `{ $file }` et `{ $other }` couvrent ensemble l'anglais et le français
gc-bilingual-english-only = `{ $file }` est en anglais seulement ; ajoutez-y le texte français, ou placez une version française à côté ({ $names })
gc-bilingual-french-only = `{ $file }` est en français seulement ; ajoutez-y le texte anglais, ou placez une version anglaise à côté ({ $names })
gc-bilingual-too-little = `{ $file }` contient trop peu de texte pour qu'on en reconnaisse la langue ; rédigez-le en anglais et en français
gc-bilingual-names = { $first } ou { $last }
gc-bilingual-partner-not-other =  ; `{ $files }` n'est pas dans l'autre langue
gc-bilingual-unreadable =  ; { $problems }
gc-subject-outbound = droits sortants (la licence de chaque dépendance)
gc-outbound-not-configured = la politique n'a pas de table [compatibility] ; ajoutez-en une pour que la licence de chaque dépendance soit vérifiée par rapport à celle du projet
gc-outbound-unknown-license = la licence du projet est introuvable ; ajoutez un fichier LICENCE, ou indiquez `project-license` dans [compatibility]
gc-outbound-ok = { $count ->
    [0] aucun paquet à vérifier ; rien n'empêche de publier le projet sous { $license }
    [one] la licence de l'unique paquet permet de publier le projet sous { $license }
   *[other] les licences des { $count } paquets permettent toutes de publier le projet sous { $license }
  }
gc-outbound-conflicts = { $count ->
    [one] la licence de { $count } dépendance ne permet pas de publier le projet sous { $license }
   *[other] les licences de { $count } dépendances ne permettent pas de publier le projet sous { $license }
  } : { $packages } ; remplacez ces dépendances, ou publiez le projet sous une licence qu'elles permettent
gc-outbound-input-errors = { $count ->
    [one] { $count } fichier d'entrée n'a pas pu être lu, si bien que les dépendances n'ont pas toutes été vérifiées ; lancez `ossdoo scan` pour voir l'erreur, puis corrigez-la
   *[other] { $count } fichiers d'entrée n'ont pas pu être lus, si bien que les dépendances n'ont pas toutes été vérifiées ; lancez `ossdoo scan` pour voir les erreurs, puis corrigez-les
  }
