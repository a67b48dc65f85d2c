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

## Règles et constats de la politique (policy/eval.rs) : `rule-<id>-title|description|help`
## pour chaque règle (un test unitaire vérifie que chaque règle a les trois)

rule-license-denied-title = Licence refusée par la politique
rule-license-denied-description = Une licence de l'expression du paquet est refusée par la politique, par son identifiant ou par sa catégorie, et aucune branche d'un OR n'y échappe.
rule-license-denied-help = remplacez ou retirez la dépendance, ou demandez une exception à l'OSPO ([[exceptions]])
rule-license-not-listed-title = Licence non classée par la politique
rule-license-not-listed-description = Aucune liste ni catégorie de la politique ne classe l'une des licences du paquet, et la politique refuse les licences inconnues.
rule-license-not-listed-help = demandez à l'OSPO de classer la licence dans la politique ou d'approuver une exception
rule-license-review-title = Licence à examiner
rule-license-review-description = Au mieux, les licences du paquet sont à examiner : une licence figure dans une liste ou une catégorie à examiner.
rule-license-review-help = demandez à l'OSPO d'examiner l'utilisation et de consigner une exception ([[exceptions]])
rule-license-unknown-title = Licence indéterminée
rule-license-unknown-description = Aucune licence n'a pu être déterminée : aucune n'est déclarée, la déclaration est ambiguë ou inconnue, et les fichiers de licence ne permettent pas de trancher.
rule-license-unknown-help = vérifiez les fichiers de licence du paquet et demandez à l'OSPO de consigner sa conclusion ([[clarify]])
rule-license-mismatch-title = Les fichiers de licence contredisent la licence déclarée
rule-license-mismatch-description = Le paquet déclare une licence, mais l'un de ses fichiers de licence correspond à une licence que la déclaration ne comprend pas.
rule-license-mismatch-help = comparez les fichiers de licence du paquet à sa licence déclarée et demandez à l'OSPO de consigner celle qui s'applique ([[clarify]])
rule-incompatible-license-title = Licence incompatible avec celle du projet
rule-incompatible-license-description = La licence d'une dépendance d'exécution ne peut pas être combinée à une œuvre publiée sous la licence du projet, selon le mode de distribution de la politique.
rule-incompatible-license-help = remplacez la dépendance, changez le mode de distribution de l'œuvre, ou demandez une exception à l'OSPO (et aux conseillers juridiques)
rule-exception-expired-title = Exception de la politique expirée
rule-exception-expired-description = Une exception s'appliquerait au paquet, mais sa date d'expiration est passée.
rule-exception-expired-help = faites renouveler l'exception par l'OSPO ou retirez la dépendance
rule-exception-unused-title = Exception de la politique sans objet
rule-exception-unused-description = Une exception ne correspond à aucun paquet dont la licence pose problème.
rule-exception-unused-help = retirez l'exception de la politique ou corrigez son `package`
rule-exception-stale-title = L'exception de la politique ne couvre plus la licence
rule-exception-stale-description = Une exception nomme le paquet, mais la licence qu'elle accepte ne couvre plus la licence du paquet.
rule-exception-stale-help = la licence du paquet a changé depuis l'approbation de l'exception : demandez à l'OSPO de la réexaminer
rule-clarification-stale-title = Précision de la politique périmée
rule-clarification-stale-description = Une précision fixe un fichier de licence par son sha256, et ce fichier a changé ou n'est pas installé.
rule-clarification-stale-help = les fichiers de licence du paquet ont changé depuis la précision de l'OSPO : demandez-lui de les réexaminer et de mettre à jour le sha256
rule-checklist-file-title = Fichier obligatoire absent du dépôt
rule-checklist-file-description = Un fichier exigé par la liste de vérification de publication est absent.
rule-checklist-file-help = ajoutez le fichier au dépôt
rule-checklist-project-license-title = Licence du dépôt absente ou non permise
rule-checklist-project-license-description = La licence du dépôt lui-même est absente, n'est pas reconnue ou ne fait pas partie de celles que la liste de vérification permet.
rule-checklist-project-license-help = ajoutez à la racine du dépôt un fichier de licence que la politique permet
rule-checklist-spdx-header-title = Fichiers source sans en-tête SPDX
rule-checklist-spdx-header-description = Des fichiers source visés par la liste de vérification n'ont pas de ligne SPDX-License-Identifier.
rule-checklist-spdx-header-help = ajoutez un commentaire `SPDX-License-Identifier:` au début de chaque fichier énuméré
finding-exception-unused = l'exception pour `{ $package }` ({ $license }) ne correspond à aucun paquet dont la licence pose problème
finding-scope-ignored = la politique ne tient pas compte des dépendances { $scope }
finding-unknown-with-files = { $reason } ; ses fichiers de licence ({ $files }) ne permettent pas de trancher
finding-exception-stale = l'exception pour `{ $package }` accepte `{ $accepted }`, mais la licence du paquet est maintenant `{ $license }`
finding-exception-expired = l'exception pour `{ $package }` a expiré le { $until }
finding-incompatible = la licence `{ $license }` ne peut pas être combinée à ce projet : { $why }
finding-denied = la licence `{ $license }` est refusée : { $why }
finding-not-listed = la licence `{ $license }` n'est pas permise : { $why }, et la politique refuse les licences non classées
finding-review = la licence `{ $license }` est à examiner : { $why }
finding-clarification-changed = la précision de `{ $package }` comme `{ $license }` fixait `{ $path }` au sha256 { $want }, mais son sha256 est maintenant { $have } ; elle n'est pas appliquée
finding-clarification-missing = la précision de `{ $package }` comme `{ $license }` fixait `{ $path }` au sha256 { $want }, mais ce fichier n'est pas dans le dossier du paquet ; elle n'est pas appliquée
evidence-clarified = la politique précise que `{ $package }` est sous `{ $license }`
evidence-clarified-because = la politique précise que `{ $package }` est sous `{ $license }` : { $reason }
finding-checklist = { $subject } : { $message }
finding-checklist-files = { $subject } : { $message } ({ $files })
remedy-exception-reason = pourquoi cette utilisation est acceptable
remedy-exception-approved-by = qui a approuvé l'exception à l'OSPO
remedy-clarify-license = l'expression SPDX retenue par l'OSPO
remedy-clarify-reason = ce qui a été vérifié
placed-in-list = `{ $license }` figure dans `{ $list }`
placed-in-category = `{ $license }` est de catégorie { $category }, dans `{ $list }`
placed-by-builtin = `{ $license }` est de catégorie { $category }, que les règles intégrées pour les logiciels { $distribution } placent dans `{ $list }`
placed-incompatible = `{ $license }` est incompatible : { $why }
placed-unlisted = `{ $license }` n'est classée nulle part
