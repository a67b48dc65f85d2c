# Les messages d'ossdoo en français (usage canadien). Chaque message a son jumeau dans en.ftl,
# avec les mêmes arguments (un test unitaire le vérifie). Typographie : espace insécable avant
# les deux-points, le point-virgule, le point d'interrogation et le point d'exclamation;
# « guillemets » avec espaces insécables.

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
  } : { $allowed } permis, { $review } à examiner, { $denied } { $denied ->
    [one] refusé
   *[other] refusés
  }, { $unknown } { $unknown ->
    [one] inconnu
   *[other] inconnus
  }, { $excepted } en exception
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

## Mots pour les valeurs machine, à l'intention des personnes : verdicts, gravités, portées

verdict-word-denied = refusé
verdict-word-unknown = inconnu
verdict-word-review = à examiner
verdict-word-excepted = en exception
verdict-word-ignored = ignoré
verdict-word-allowed = permis
severity-error = erreur
severity-warning = avertissement
severity-info = information
scope-runtime = exécution
scope-optional = facultative
scope-build = construction
scope-dev = développement
scope-os = système
table-policy-finding = { $severity } [{ $rule }] : { $message }

## Fichiers de politique : erreurs et avertissements (policy/layer.rs). Chaque erreur suit
## `fichier:ligne:colonne:`, avec la ligne et un accent circonflexe sous la colonne.

policy-invalid = politique `{ $source }` non valide :
policy-extends-loop = `{ $code }` crée une boucle
policy-extends-too-deep = plus de { $max } `extends` à la suite
policy-extends-bad = `{ $code }` : { $why }
policy-cannot-read = lecture impossible : { $error }
policy-no-such-policy = aucune politique fournie ne porte ce nom{ $hint } et aucun fichier de ce nom n'existe (politiques fournies : { $names })
policy-unknown-key = clé inconnue `{ $key }`{ $hint } ; les clés permises ici sont { $keys }
policy-unknown-value = valeur inconnue `{ $value }` pour `{ $key }`{ $hint } ; les valeurs permises sont { $values }
policy-missing-key = cette entrée `{ $table }` doit avoir `{ $key }`
policy-wrong-type = `{ $key }` attend { $expected }, et non { $found }
toml-type-string = une chaîne de caractères
toml-type-integer = un nombre entier
toml-type-float = un nombre
toml-type-boolean = true ou false
toml-type-datetime = une date
toml-type-array = un tableau
toml-type-table = une table
hint-did-you-mean = (vouliez-vous dire `{ $candidate }` ?)
policy-threshold-range = `detection-threshold` doit être entre 0 et 1, et non { $value }
policy-unknown-scope = portée inconnue `{ $scope }`{ $hint } ; les portées sont `runtime`, `optional`, `build` et `dev`
policy-bad-project-license = `compatibility.project-license` `{ $license }` : { $reason }
policy-unknown-category = catégorie inconnue `{ $name }`{ $hint } ; les catégories sont { $names }
policy-deprecated-id = `{ $id }` dans `{ $key }` est un identifiant SPDX obsolète ; il est lu comme `{ $modern }`, écrivez plutôt celui-ci
policy-bad-license = `{ $id }` dans `{ $key }` : { $reason }{ $hint }
policy-in-two-lists = `{ $entry }` figure à la fois dans `{ $first }` et dans `{ $second }` ; ne le gardez que dans une liste
policy-bad-exception-license = licence d'exception `{ $license }` : { $reason }{ $hint }
policy-bad-clarified-license = licence précisée `{ $license }` : { $reason }{ $hint }
policy-bad-expires = `expires` doit être une date comme 2027-06-30
policy-exception-needs-reason = l'exception pour `{ $package }` doit avoir une `reason` (motif)
policy-path-outside-package = `{ $path }` doit être un chemin dans le dossier du paquet, comme `LICENSE`
policy-bad-sha256 = `sha256` doit compter 64 chiffres hexadécimaux (`sha256sum LICENSE`)
policy-ignore-needs-reason = l'entrée d'exclusion pour `{ $package }` doit avoir une `reason` (motif)
policy-bad-glob = `{ $glob }` n'est pas un motif glob valide : { $error }
policy-unnamed = politique sans nom

## Motifs de paquets, rapports enregistrés, étapes de l'analyse et licence du projet lui-même
## (policy/pattern.rs, baseline.rs, lib.rs)

-purl-examples = `pkg:npm/name`, `pkg:cargo/name@1.0.0`, `pkg:npm/name@>=1.0,<2` ou `pkg:npm/@scope/*`
pattern-not-a-purl = `{ $pattern }` n'est pas une URL de paquet ; écrivez une URL de paquet comme { -purl-examples }
pattern-no-name = `{ $pattern }` n'a pas de nom ; écrivez une URL de paquet comme { -purl-examples }
pattern-no-type = `{ $pattern }` n'a pas de type de paquet ; écrivez une URL de paquet comme { -purl-examples }
pattern-empty-version = `{ $pattern }` a une version vide après `@`
pattern-bound-operator = `{ $bound }` dans une plage de versions : commencez chaque borne par <, <=, >, >= ou =
pattern-bound-no-version = `{ $bound }` dans une plage de versions n'a pas de version
baseline-cannot-read = impossible de lire le rapport `{ $path }`
baseline-not-a-report = `{ $path }` n'est pas un rapport JSON d'ossdoo (produisez-en un avec `ossdoo scan --format json --output FICHIER`)
baseline-other-schema = `{ $path }` est un rapport du schéma { $schema } ; cette version d'ossdoo lit le schéma { $supported }
stage-finding-projects = recherche des projets
stage-reading-manifests = lecture des manifestes et des fichiers de verrouillage
stage-resolving-licenses = détermination des licences
compat-label-not-spdx = l'étiquette `org.opencontainers.image.licenses` de l'image, `{ $label }`, n'est pas une expression SPDX ({ $error }) ; indiquez `project-license` dans `[compatibility]` ; la compatibilité n'a pas été vérifiée
compat-project-license-unknown = `[compatibility]` est activé, mais la licence du projet lui-même est inconnue (aucun fichier de licence reconnu à la racine analysée) ; indiquez `project-license` dans `[compatibility]` ; la compatibilité n'a pas été vérifiée
stage-evaluating = évaluation

## Commandes : scan, diff, explain, detect, et les lignes que chaque commande écrit sur la
## sortie d'erreur (commands/*.rs, main.rs)

cli-error = erreur : { $message }
cli-caused-by = cause : { $message }
cli-warning = avertissement : { $message }
cli-error-in = erreur : { $path } : { $message }
cli-warning-in = avertissement : { $path } : { $message }
scan-formats-need-dir = { $count } formats ont été demandés : ajoutez `--output-dir DOSSIER` pour écrire un fichier par format
scan-image-temp = impossible de créer un dossier temporaire pour l'image
scan-flag-not-a-folder = { $flag } `{ $path }` n'est pas un dossier
scan-not-a-virtualenv = `{ $path }` n'est pas un environnement virtuel (il n'a pas de pyvenv.cfg)
scan-sbom-not-a-file = --sbom `{ $path }` n'est pas un fichier
scan-cannot-create-folder = impossible de créer le dossier `{ $path }`
scan-wrote = { $path } écrit
scan-not-a-folder = `{ $path }` n'est pas un dossier ; indiquez le dossier à analyser
scan-cannot-resolve = impossible de résoudre `{ $path }`
scan-cannot-create-file = impossible de créer un fichier dans `{ $path }`
scan-cannot-write = impossible d'écrire `{ $path }`
diff-unknown-license = licence inconnue
diff-license-changes = changements de licence
diff-added = ajoutés
diff-removed = retirés
diff-upgraded = mis à niveau
diff-new-findings = nouveaux constats
diff-fixed-findings = constats corrigés
diff-section = { $title } ({ $count }) :
diff-verdict-fail = NON CONFORME : le changement introduit une violation
diff-verdict-pass = CONFORME : aucune nouvelle violation
diff-md-verdict-fail = ❌ **ossdoo** : ce changement introduit une violation de licence
diff-md-verdict-pass = ✅ **ossdoo** : aucune nouvelle violation de licence
diff-md-license-changes = Changements de licence
diff-col-from = avant
diff-col-to = après
diff-md-new-findings = Nouveaux constats
diff-md-summary = { $added } { $added ->
    [one] ajouté
   *[other] ajoutés
  }, { $removed } { $removed ->
    [one] retiré
   *[other] retirés
  }, { $upgraded } { $upgraded ->
    [one] mis à niveau
   *[other] mis à niveau
  }, { $fixed } { $fixed ->
    [one] constat corrigé
   *[other] constats corrigés
  }.
detect-cannot-read = erreur : { $path } : lecture impossible : { $error }
detect-found = { $license } (confiance { $confidence })
detect-nothing = aucune licence reconnue
detect-line = { $path } : { $answer }
detect-match = lignes { $first } à { $last } : { $license } ({ $score })
detect-quote = une mention de licence, lignes { $first } à { $last } : « { $quote } »
explain-ambiguous = { $why } ; précisez laquelle
explain-file-ref = `{ $license }` renvoie à un fichier ; lancez `ossdoo detect { $file }` dans le dossier du paquet
explain-normalised = normalisée : { $rule }
explain-col-name = nom
explain-col-category = catégorie
explain-col-obligations = obligations
explain-yes = oui
explain-no = non
explain-verdict = verdict selon la politique « { $policy } » ({ $source }) : { $verdict }
explain-closest = (identifiants connus les plus proches : { $ids })

## Catégories de licences et obligations, à l'intention des personnes

category-name-permissive = permissive
category-name-public-domain = domaine public
category-name-weak-copyleft = copyleft faible
category-name-strong-copyleft = copyleft fort
category-name-network-copyleft = copyleft réseau
category-name-source-available = source consultable
category-name-non-commercial = non commerciale
category-name-proprietary = propriétaire
category-name-other = autre
obligation-name-attribution = mention des auteurs
obligation-name-include-license = joindre la licence
obligation-name-state-changes = signaler les modifications
obligation-name-disclose-source = fournir le code source
obligation-name-same-license = même licence
obligation-name-network-use-disclosure = l'usage en réseau vaut distribution
obligation-name-patent-terms = clauses de brevet
obligation-name-no-endorsement = aucune caution
obligation-name-use-restrictions = restrictions d'utilisation

## L'aide de la ligne de commande (`--help`) en français : `clihelp-<commande>` et
## `clihelp-<commande>--<argument>`. En anglais, l'aide est celle des commentaires de cli.rs;
## un test de cli.rs vérifie que chaque commande et chaque argument a son message ici.

clihelp-ossdoo = ossdoo : le contrôle de conformité des licences de logiciels libres de votre OSPO.
clihelp-ossdoo-long = ossdoo : le contrôle de conformité des licences de logiciels libres de votre OSPO.

    Lit les manifestes et les fichiers de verrouillage de chaque projet d'un dossier (Cargo, npm, Yarn, pnpm, Python, Go, Maven, Gradle, Composer, Bundler, NuGet, code intégré), ramène la licence de chaque dépendance à une expression SPDX et la juge selon une politique TOML.

    Codes de sortie : 0 conforme, 1 violations de la politique, 2 erreur d'utilisation ou d'entrée.
clihelp-ossdoo--color = Quand colorer la sortie : auto (un terminal, et NO_COLOR non défini), always (toujours) ou never (jamais).
clihelp-ossdoo--lang = La langue de ce que les personnes lisent : en ou fr. Par défaut : OSSDOO_LANG, sinon le `[policy] language` de la politique, sinon la locale (LC_ALL, LC_MESSAGES, LANG : `fr_CA.UTF-8` donne le français), sinon l'anglais.
clihelp-ossdoo--max_file_size = Le plus gros manifeste, fichier de verrouillage ou fichier de licence lu (`512KB`, `256MB`, `1GB`) ; un fichier plus gros est une erreur pour ce fichier, et l'analyse se poursuit.
clihelp-scan = Analyser un dossier : trouver les projets, déterminer les licences, les juger selon la politique.
clihelp-scan--path = Le dossier à analyser ; avec `--image` ou `--rootfs`, le dossier dont la politique s'applique.
clihelp-scan--image = Une image de conteneur à analyser : une archive `docker save`, ou une disposition d'image OCI (un dossier, ou son archive tar). Ses couches sont lues sur place, hors ligne : rien n'est téléchargé ni exécuté.
clihelp-scan--platform = Avec `--image`, la plateforme à lire dans une image multiplateforme (`linux/arm64`, `linux/arm/v7`). Par défaut : linux/amd64, ou la seule plateforme de l'image.
clihelp-scan--rootfs = Un système de fichiers racine décompressé à analyser (une image montée, un chroot, un disque de VM, `/`) : ses paquets du système d'exploitation, d'après les bases de dpkg et d'apk.
clihelp-scan--os_license_detail = La licence d'un paquet du système d'exploitation réunit par AND chaque section de son fichier copyright de Debian, et non seulement la section `Files: *` (les autres sont des preuves dans les deux cas).
clihelp-scan--policy = Fichier de politique, ou nom d'une politique fournie (default, permissive-only, weak-copyleft-ok, internal-use, release-checklist, gc-publishing). Par défaut : `ossdoo.toml` ou `.ossdoo.toml` dans PATH, sinon la politique par défaut intégrée.
clihelp-scan--format = Format de sortie ; plusieurs, séparés par des virgules, avec `--output-dir` (`json,sarif,html`).
clihelp-scan--output = Écrire le rapport dans ce fichier (de façon atomique) plutôt que sur la sortie standard.
clihelp-scan--output_dir = Écrire un fichier par format dans ce dossier (créé au besoin) : ossdoo.txt, ossdoo.json, ossdoo.sarif, ossdoo.junit.xml, ossdoo.csv, ossdoo.md, ossdoo.spdx.json, ossdoo.cdx.json, ossdoo.html. Le projet n'est analysé qu'une fois.
clihelp-scan--all = Énumérer chaque paquet dans le tableau, et non seulement ceux qui demandent de l'attention.
clihelp-scan--show_branch = Montrer quelle branche de chaque expression de licence a décidé du verdict (`MIT` de `MIT OR GPL-3.0-only`), ou les termes en défaut d'un `AND`.
clihelp-scan--baseline = Un rapport JSON enregistré d'une analyse antérieure : ses constats ne font pas échouer le contrôle, et le rapport indique les constats nouveaux et ceux qui ont été corrigés.
clihelp-scan--timestamp = Mettre l'heure UTC actuelle dans les nomenclatures logicielles (SPDX `creationInfo.created`, CycloneDX `metadata.timestamp`). Sans cette option, les nomenclatures sont reproductibles : SPDX indique 1970-01-01T00 :00 :00Z et CycloneDX n'a pas d'horodatage.
clihelp-scan--fail_on = Ce qui fait échouer le contrôle (code de sortie 1) : les paquets refusés (et les autres erreurs), aussi les paquets à examiner, ou aussi chaque avertissement.
clihelp-scan--python_env = L'environnement virtuel Python dont les paquets installés donnent les licences des projets Python (par défaut : `.venv`, `venv` ou `env` à côté de chaque projet).
clihelp-scan--maven_repo = Le dépôt Maven local qui fournit les poms et les jars des dépendances Maven et Gradle (par défaut : `-Dmaven.repo.local` dans le `.mvn/maven.config` du projet, sinon `localRepository` dans `~/.m2/settings.xml`, sinon `~/.m2/repository`).
clihelp-scan--gem_home = Le dossier RubyGems dont les `specifications/` donnent les licences des gems (par défaut : le `vendor/bundle` ou le `BUNDLE_PATH` du projet, sinon `GEM_HOME`, `GEM_PATH`, `~/.gem`, `/var/lib/gems`).
clihelp-scan--nuget_packages = Le dossier global des paquets NuGet, qui contient les fichiers `.nuspec` (par défaut : `NUGET_PACKAGES`, sinon `globalPackagesFolder` dans un `nuget.config`, sinon `~/.nuget/packages`).
clihelp-scan--cache_root = Un dossier qui contient les caches des gestionnaires de paquets, tels qu'une tâche d'intégration continue les a restaurés (le `_cacache` de npm directement dedans, ou dans `.npm/`, `npm/`, `npm-cache/`) ; consulté avant les caches que nomme l'environnement (`npm_config_cache`, `~/.npmrc`) et les emplacements par défaut (`~/.npm`). Répétez l'option pour plusieurs dossiers.
clihelp-scan--inventory = Enregistrer aussi cette analyse dans un inventaire du portefeuille (un fichier SQLite ou `postgres://…`) ; le dépôt et le commit viennent de OSSDOO_REPO et OSSDOO_COMMIT, du système d'intégration continue ou du dépôt Git du dossier analysé (voir `ossdoo inventory add --help`).
clihelp-scan--sbom = Évaluer aussi une nomenclature logicielle existante (SPDX 2.2/2.3 JSON ou CycloneDX 1.4 à 1.6 JSON) ; répétez l'option pour plusieurs. Les nomenclatures trouvées dans le dossier analysé ne sont lues que si elles sont nommées ici.
clihelp-scan--cache_dir = Conserver ici les détections de textes de licence, pour les exécutions suivantes. Par défaut : `$XDG_CACHE_HOME/ossdoo`, sinon `~/.cache/ossdoo`.
clihelp-scan--no_cache = Ne pas lire ni écrire le cache des détections.
clihelp-scan--timings = Afficher sur la sortie d'erreur le temps passé à chaque étape (découverte, collecte par écosystème, détermination et détection des licences, évaluation, rapport).
clihelp-scan--quiet = Aucun affichage de progression (il apparaît sur la sortie d'erreur quand c'est un terminal et que l'analyse dure plus d'une seconde).
clihelp-explain = Expliquer une chaîne de licence : sa forme SPDX, la catégorie et les obligations de chaque licence, et le verdict de la politique (« pouvons-nous utiliser un logiciel sous X ? »).
clihelp-explain--license = La chaîne de licence, telle qu'un paquet la déclarerait (`MIT/Apache-2.0`, `GPLv2+`, `BSD`).
clihelp-explain--policy = Fichier de politique, ou nom d'une politique fournie. Par défaut : `ossdoo.toml` ou `.ossdoo.toml` dans le dossier courant, sinon la politique par défaut intégrée.
clihelp-explain--format = Format de sortie.
clihelp-detect = Détecter la licence de fichiers d'après leur texte (LICENSE, COPYING, …).
clihelp-detect--files = Les fichiers à lire.
clihelp-detect--format = Format de sortie.
clihelp-detect--cache_dir = Conserver ici les détections de textes de licence, pour les exécutions suivantes. Par défaut : `$XDG_CACHE_HOME/ossdoo`, sinon `~/.cache/ossdoo`.
clihelp-detect--no_cache = Ne pas lire ni écrire le cache des détections.
clihelp-diff = Comparer deux rapports JSON enregistrés : paquets ajoutés, retirés et mis à niveau, changements de licence, constats nouveaux et corrigés. Code de sortie 1 quand le changement introduit une violation.
clihelp-diff--old = Le rapport antérieur (`ossdoo scan --format json --output ANCIEN.json`).
clihelp-diff--new = Le rapport ultérieur.
clihelp-diff--format = Format de sortie.
clihelp-notice = Écrire le fichier d'avis de tiers qui accompagne une version : paquets regroupés par licence, lignes de droit d'auteur, chaque texte de licence une seule fois, fichiers NOTICE d'Apache-2.0.
clihelp-notice--path = Le dossier dont les dépendances sont couvertes par les avis.
clihelp-notice--policy = Fichier de politique, ou nom d'une politique fournie (ses `[[ignore]]` et ses règles de portée s'appliquent).
clihelp-notice--output = Écrire les avis dans ce fichier (de façon atomique) plutôt que sur la sortie standard.
clihelp-notice--format = Format de sortie.
clihelp-notice--include_dev = Inclure les paquets de portée dev (les tests et les outils ne sont généralement pas livrés).
clihelp-notice--cache_dir = Conserver ici les détections de textes de licence, pour les exécutions suivantes. Par défaut : `$XDG_CACHE_HOME/ossdoo`, sinon `~/.cache/ossdoo`.
clihelp-notice--no_cache = Ne pas lire ni écrire le cache des détections.
clihelp-policy = Écrire, valider et afficher des fichiers de politique.
clihelp-policy-init = Écrire une politique de départ commentée (`ossdoo.toml`) qui étend une politique fournie.
clihelp-policy-init--template = La politique fournie à étendre : default, permissive-only, weak-copyleft-ok, internal-use, release-checklist, gc-publishing.
clihelp-policy-init--output = Où l'écrire (`-` pour la sortie standard). Un fichier existant n'est jamais écrasé.
clihelp-policy-check = Valider un fichier de politique : code de sortie 0 s'il est valide, 2 avec chaque problème (fichier :ligne :colonne, la ligne, un repère et une suggestion).
clihelp-policy-check--file = Le fichier de politique, ou le nom d'une politique fournie. Par défaut : `ossdoo.toml` ou `.ossdoo.toml` dans le dossier courant, sinon la politique par défaut intégrée.
clihelp-policy-show = Afficher la politique effective, après `extends`, en TOML.
clihelp-policy-show--file = Le fichier de politique, ou le nom d'une politique fournie. Par défaut : `ossdoo.toml` ou `.ossdoo.toml` dans le dossier courant, sinon la politique par défaut intégrée.
clihelp-checklist = Appliquer la liste de vérification de publication de la politique à un dépôt : fichiers obligatoires, licence du dépôt, en-têtes SPDX. Code de sortie 1 quand un élément échoue.
clihelp-checklist--path = Le dépôt à vérifier.
clihelp-checklist--policy = Fichier de politique, ou nom d'une politique fournie (`release-checklist` et `gc-publishing` ont une liste de vérification). Par défaut : `ossdoo.toml` ou `.ossdoo.toml` dans PATH, sinon la politique par défaut intégrée.
clihelp-checklist--format = Format de sortie.
clihelp-inventory = L'inventaire du portefeuille : les analyses de chaque dépôt dans une seule base de données (SQLite ou PostgreSQL), et les questions posées sur l'ensemble.
clihelp-inventory--database = L'inventaire : un fichier SQLite (créé par le premier `add`) ou une chaîne de connexion PostgreSQL (`postgres://utilisateur@hôte/base`).
clihelp-inventory-add = Enregistrer des rapports JSON (`ossdoo scan --format json --output FICHIER`). Le même rapport du même commit, ajouté deux fois, n'ajoute rien.
clihelp-inventory-add--reports = Les rapports à enregistrer.
clihelp-inventory-add--repo = Le dépôt dont proviennent les rapports. Par défaut : OSSDOO_REPO, l'image que nomme un rapport, le dépôt du système d'intégration continue, le remote Git `origin` du dossier courant, sinon son nom.
clihelp-inventory-add--commit = Le commit analysé. Par défaut : OSSDOO_COMMIT, le condensé de l'image, le commit du système d'intégration continue, sinon le `HEAD` Git du dossier courant.
clihelp-inventory-add--scanned_at = Le moment de l'analyse (`2026-11-30`, `2026-11-30T14:05:00Z`). Par défaut : maintenant.
clihelp-inventory-add--format = Format de sortie.
clihelp-inventory-who-uses = Quels dépôts utilisent un paquet (`lodash`, `lodash@<4.17.21`, `pkg:npm/lodash@>=4,<5`, `pkg:maven/org.apache.logging.log4j/*`) : versions, dépendance directe ou transitive, portée.
clihelp-inventory-who-uses--package = Un nom de paquet avec une version ou une plage facultative, ou un motif d'URL de paquet.
clihelp-inventory-who-uses--history = Chaque analyse, et non seulement la plus récente de chaque dépôt.
clihelp-inventory-who-uses--format = Format de sortie.
clihelp-inventory-licenses = Les licences et les catégories de licences du portefeuille, dans l'ensemble et par dépôt.
clihelp-inventory-licenses--repo = Seulement ce dépôt.
clihelp-inventory-licenses--format = Format de sortie.
clihelp-inventory-exceptions = Chaque exception de la plus récente analyse de chaque dépôt : en vigueur, inutilisée ou expirée, avec son approbateur et son échéance.
clihelp-inventory-exceptions--expiring_within = Seulement les exceptions qui expirent d'ici ce délai (`90d`, `12w`, `3 months`).
clihelp-inventory-exceptions--repo = Seulement ce dépôt.
clihelp-inventory-exceptions--format = Format de sortie.
clihelp-inventory-changes = Paquets ajoutés, retirés et mis à niveau par dépôt, et paquets dont la licence a changé d'une version à l'autre dans le portefeuille (avec les dépôts de part et d'autre).
clihelp-inventory-changes--since = Comparer la plus récente analyse de chaque dépôt avec sa dernière analyse avant cette date (et énumérer les changements de licence apparus depuis). Par défaut : avec l'analyse précédant la plus récente.
clihelp-inventory-changes--repo = Seulement ce dépôt.
clihelp-inventory-changes--format = Format de sortie.
clihelp-inventory-report = Une page sur le portefeuille pour le personnel de la conformité : dépôts, licences, exceptions à renouveler, paquets dont la licence a changé.
clihelp-inventory-report--format = Format de sortie.
clihelp-inventory-report--output = Écrire le rapport dans ce fichier (de façon atomique) plutôt que sur la sortie standard.

## Les mots de la ligne de commande autour de l'aide

cli-print-help = Afficher l'aide
cli-print-version = Afficher la version
cli-commands-heading = Commandes
cli-usage = Utilisation :

## `ossdoo policy init | check | show` (commands/policy.rs)

policy-cannot-read-file = impossible de lire le fichier de politique `{ $path }`
policy-file-missing = le fichier de politique `{ $file }` n'existe pas (politiques fournies : { $names })
policy-valid = { $source } : politique « { $name } » valide
policy-valid-extends = { $source } : politique « { $name } » valide, étend { $extends }
policy-show-heading = La politique effective « { $name } », de { $source }
policy-show-extends = après extends : { $extends }
policy-show-builtin = Les listes de catégories sont celles intégrées pour les logiciels { $distribution } (la politique n'en définit aucune).
policy-no-such-template = aucune politique fournie ne s'appelle `{ $template }` (politiques fournies : { $names })
policy-starter-invalid = la politique de départ n'est pas valide (une anomalie d'ossdoo)
policy-init-exists = `{ $path }` existe déjà ; ossdoo ne l'écrase pas (choisissez un autre fichier avec --output)
policy-init-wrote = { $path } écrit (étend « { $template } ») ; modifiez-le, puis lancez `ossdoo policy check { $path }`
## Rapports pour les personnes : Markdown (commentaires de PR), HTML, JUnit, textes SARIF (les identifiants `report-` sont partagés)

report-packages = { $count ->
    [one] { $count } paquet
   *[other] { $count } paquets
  }
report-input-error-count = { $count ->
    [one] { $count } erreur d'entrée
   *[other] { $count } erreurs d'entrée
  }
report-input-errors = Erreurs d'entrée
report-warnings = Avertissements
report-col-ecosystem = écosystème
report-col-category = catégorie
report-exception-ticket-reason = exception { $ticket } : { $reason }
report-exception-reason = exception approuvée : { $reason }
md-counts = **{ $packages }** : { $allowed } permis, { $review } à examiner, { $denied } { $denied ->
    [one] refusé
   *[other] refusés
  }, { $unknown } { $unknown ->
    [one] inconnu
   *[other] inconnus
  }, { $excepted } en exception, { $ignored } { $ignored ->
    [one] ignoré
   *[other] ignorés
  } · politique « { $policy } » (`{ $source }`) · `{ $root }` · ossdoo { $version }
md-cut = … et { $count } de plus ; le rapport complet (`--format json` ou `--format html`) les présente tous.
md-remedies = Corrections proposées
md-remedies-intro = Une fois l'accord de l'OSPO obtenu, chaque entrée ci-dessous règle son constat dans le fichier de politique.
md-more-remedies = … et { $count } de plus dans le rapport JSON (`--format json`).
md-policy-findings = Politique et dépôt
md-all-packages = Tous les paquets ({ $count })
html-title = { $verdict } · rapport de licences · { $root }
html-heading = Rapport de conformité des licences
html-why = { $counts } : { $explanation }.
html-explain-pass = rien ne fait échouer le contrôle
html-explain-fail = des violations de la politique font échouer le contrôle (code de sortie 1)
html-explain-error = certaines entrées n'ont pas pu être lues, le résultat ne peut donc pas être déclaré conforme (code de sortie 2)
html-scanned = Analysé
html-policy = Politique
html-gate = Contrôle
html-tool = Outil
html-nav-label = Sections
html-summary = Résumé
html-nav-categories = Catégories
html-findings = Constats
html-projects = Projets
html-packages = Paquets
html-nav-diagnostics = Erreurs et avertissements
html-card-packages = paquets
html-card-error-findings = { $count ->
    [one] constat d'erreur
   *[other] constats d'erreur
  }
html-card-warning-findings = { $count ->
    [one] constat d'avertissement
   *[other] constats d'avertissement
  }
html-card-info-findings = { $count ->
    [one] constat d'information
   *[other] constats d'information
  }
html-card-input-errors = erreurs d'entrée
html-card-input-warnings = avertissements d'entrée
html-chart-heading = Paquets par catégorie de licence
html-chart-note = Un paquet dont l'expression de licence comporte des termes de plusieurs catégories est compté dans la plus restrictive (<code>MIT OR GPL-3.0-only</code> est strong-copyleft) ; les paquets de la catégorie <em>indéterminée</em> n'ont aucune licence établie.
html-unresolved = indéterminée
html-unresolved-description = Aucune licence n'a pu être établie.
html-verdict-count = { $verdict } : { $count }
html-chart-none = { $category } : aucun paquet
html-chart-label = { $category } : { $packages } : { $detail }
html-no-findings = Aucun constat.
html-findings-errors = Erreurs : elles font échouer le contrôle
html-findings-info = Information
html-repository = dépôt
html-what-to-do = Que faire :
html-remedy-label = Entrée de politique qui le règle, une fois l'accord de l'OSPO obtenu :
html-no-projects = Aucun projet trouvé.
html-none = aucun
html-mark-normalized = normalisée à partir du texte déclaré
html-mark-detected = détectée dans les fichiers de licence du paquet
html-mark-clarified = précisée par la politique ([[clarify]])
html-filter-all = tous
html-filter-verdict = Verdict
html-filter-ecosystem = Écosystème
html-filter-scope = Portée
html-no-packages = Aucun paquet de tiers trouvé.
html-search = Rechercher
html-search-placeholder = nom, licence, manifeste…
html-clear = Effacer
html-col-name = nom
html-col-direct = directe
html-declared = déclarée
html-declared-text = « { $declared } »
html-none-declared = aucune déclarée
html-exception-title = exception : { $reason }
html-more = +{ $count } autres
html-direct = directe
html-diagnostics = Erreurs et avertissements d'entrée
html-empty = Aucun.
html-footer = Produit par { $tool } { $version }. Cette page est autonome : elle ne charge rien du réseau et fonctionne hors ligne. Le tri, les filtres et les boutons de copie exigent JavaScript ; sans lui, tous les paquets sont affichés.
html-js-copy = Copier
html-js-copied = Copié
html-js-selected = Sélectionné : appuyez sur Ctrl+C
html-js-shown = { $shown } paquets affichés sur { $total }
junit-excepted-ticket = en exception ({ $ticket }) : { $reason }
junit-excepted = en exception : { $reason }
junit-remedy = une fois l'accord de l'OSPO obtenu, cette entrée de politique le règle :
sarif-what-to-do = **Que faire :** { $help }
sarif-see-docs = Voir `docs/rules.md#{ $rule }` dans la documentation d'ossdoo.
sarif-remedy = Une fois l'accord de l'OSPO obtenu, cette entrée de politique le règle :
notice-text-title = AVIS RELATIFS AUX LOGICIELS DE TIERS
notice-title = Avis relatifs aux logiciels de tiers
notice-intro = { $title } comprend les logiciels de tiers ci-dessous, sous les licences indiquées.
notice-unknown = licence inconnue
notice-text-license-of = Texte de licence de : { $packages }
notice-license-of = Texte de licence de { $packages } :
notice-of = Avis NOTICE de { $package } :
notice-this-software = Ce logiciel
notice-input-error = erreur : { $path } : { $message }
report-percent = { $value } %
inv-cannot-prepare = impossible de préparer l'inventaire { $target }
inv-cannot-add = impossible d'ajouter `{ $path }` à l'inventaire
inv-not-a-time = `{ $text }` n'est pas une heure : écrivez une date ({ $date }) ou une heure RFC 3339 ({ $times })
inv-today-not-a-date = OSSDOO_TODAY `{ $text }` n'est pas une date (AAAA-MM-JJ)
inv-not-a-span = `{ $text }` n'est pas une durée ; écrivez un nombre de jours, de semaines ou de mois (`90d`, `12w`, `3 months`)
inv-span-too-far = `{ $text }` va au-delà du calendrier ; écrivez un nombre de jours, de semaines ou de mois (`90d`, `12w`, `3 months`)
inv-cannot-connect = impossible de se connecter à l'inventaire PostgreSQL { $target } : le serveur est-il en marche, et cet utilisateur a-t-il le droit de s'y connecter ?
inv-tls-hint = Si le certificat du serveur est signé par l'autorité de certification de votre organisation, indiquez ce certificat avec SSL_CERT_FILE.
inv-cannot-start-transaction = impossible de commencer une transaction (un autre ossdoo a-t-il retenu la base de données trop longtemps ?)
inv-no-inventory = il n'y a pas d'inventaire à `{ $path }` : ajoutez d'abord une analyse (`ossdoo inventory add REPORT.json`), ou nommez la base de données avec --database ou OSSDOO_DATABASE
inv-cannot-open = impossible d'ouvrir l'inventaire `{ $path }`
inv-locked = l'inventaire `{ $path }` est resté verrouillé par un autre ossdoo pendant { $seconds } s
inv-no-wal = l'inventaire `{ $path }` ne peut pas utiliser la journalisation à écriture anticipée (mode de journal `{ $mode }`) : placez-le sur un système de fichiers local
inv-damaged = `{ $path }` n'est pas un inventaire lisible ({ $error }) ; rien n'a été modifié. Restaurez-le à partir d'une sauvegarde, ou indiquez un autre fichier à --database
inv-foreign-tables = la base de données contient { $count } table(s) mais aucun inventaire ossdoo : donnez à --database une base de données vide ou un nouveau fichier
inv-newer-schema = l'inventaire est au schéma { $current }, écrit par une version plus récente d'ossdoo ; celle-ci connaît le schéma { $latest } : mettez ossdoo à jour
inv-migration-failed = la migration { $version } ({ $name }) a échoué ; l'inventaire est resté tel quel
inv-not-json = pas un rapport JSON ({ $error }) ; produisez-en un avec `ossdoo scan --format json --output FILE`
inv-no-schema-version = pas un rapport JSON d'ossdoo (aucun `schema_version`) ; produisez-en un avec `ossdoo scan --format json --output FILE`
inv-other-schema = un rapport au schéma { $version } ; cet ossdoo enregistre des rapports au schéma { $supported } : analysez de nouveau avec cette version, ou ajoutez-le avec l'ossdoo qui l'a écrit
inv-edited-report = { $error } ; s'agit-il d'un rapport `ossdoo scan --format json` non modifié ?
inv-from-image = le nom de l'image analysée
inv-from-ci = les variables du système d'intégration continue
inv-from-git = le dépôt distant Git `origin`
inv-from-folder = le nom du dossier
inv-needle-empty = donnez un nom de paquet ou une URL de paquet ({ $examples })
inv-needle-no-version = `{ $text }` a une version vide après `@`
inv-scan-missing = l'analyse { $scan } est introuvable
inv-no-repository-id = la base de données n'a renvoyé aucun identifiant de dépôt
inv-no-scan-id = la base de données n'a renvoyé aucun identifiant d'analyse
inv-not-stored = `{ $purl }` n'a pas été enregistré
inv-cannot-read-report = impossible de lire le rapport `{ $path }`
inv-note-repository = remarque : { $path } : dépôt `{ $name }`, d'après { $from } (nommez-le avec --repo)
inv-this-scan = le rapport de cette analyse
inv-scan-added = analyse { $scan } de { $repository } ajoutée à l'inventaire { $target }
inv-scan-known = l'inventaire { $target } contient déjà cette analyse de { $repository } (analyse { $scan })
inv-added = analyse { $scan } de { $repository } ajoutée ({ $packages ->
    [one] { $packages } paquet
   *[other] { $packages } paquets
  })
inv-already-added = l'analyse { $scan } de { $repository } est déjà dans l'inventaire : rien n'a été ajouté
inv-no-use-history = aucun dépôt n'utilise { $query } dans ses analyses
inv-no-use-latest = aucun dépôt n'utilise { $query } dans sa dernière analyse
inv-col-repository = dépôt
inv-col-how = dépendance
inv-col-scanned = analysé
inv-col-packages = paquets
inv-col-share = part
inv-col-repositories = dépôts
inv-col-categories = catégories
inv-col-status = statut
inv-col-expires = expire
inv-col-approved-by = approuvée par
inv-col-ticket = billet
inv-col-commit = commit
inv-col-policy = politique
inv-col-denied = refusés
inv-col-review = à examiner
inv-col-unknown = inconnus
inv-col-excepted = en exception
inv-col-from = de
inv-col-to = à
inv-col-first-seen = vu la première fois
inv-col-still-before = encore avant
inv-col-on-or-after = à la date ou après
inv-direct = directe
inv-transitive = transitive
inv-uses-every-scan = { $uses ->
    [one] { $uses } utilisation
   *[other] { $uses } utilisations
  } dans { $repositories ->
    [one] { $repositories } dépôt
   *[other] { $repositories } dépôts
  } (toutes les analyses)
inv-uses-latest-scans = { $uses ->
    [one] { $uses } utilisation
   *[other] { $uses } utilisations
  } dans { $repositories ->
    [one] { $repositories } dépôt
   *[other] { $repositories } dépôts
  } (dernières analyses)
inv-licenses-summary = { $packages ->
    [one] { $packages } paquet
   *[other] { $packages } paquets
  } dans { $repositories ->
    [one] { $repositories } dépôt
   *[other] { $repositories } dépôts
  } (dernières analyses)
inv-unknown-license = (inconnue)
inv-unknown = inconnue
inv-no-exception = aucune exception ne correspond
inv-expires-in = { $date } (dans { $days } j)
inv-never = jamais
inv-exception-count = { $count ->
    [one] { $count } exception
   *[other] { $count } exceptions
  }
inv-exception-in-force = en vigueur
inv-exception-unused = inutilisée
inv-exception-expired = expirée
inv-status-pass = conforme
inv-status-fail = non conforme
inv-status-error = erreur
inv-relicensed-count = Paquets dont la licence a changé ({ $count }) :
inv-relicensed-since = Paquets dont la licence a changé depuis le { $since } ({ $count }) :
inv-change-license = licence
inv-change-added = ajouté
inv-change-removed = retiré
inv-change-upgraded = mis à jour
inv-change-new = nouveau
inv-change-fixed = corrigé
inv-no-change = Aucun dépôt n'a changé.
inv-relicensing = { $package } : { $from } → { $to } (vu la première fois le { $date })
inv-still-before = encore avant :
inv-on-or-after = à la date ou après :
inv-none = aucun
inv-none-sentence = Aucune.
inv-none-seen = Aucun changement vu.
inv-portfolio-title = Portefeuille de logiciels libres, { $date }
inv-portfolio-heading = Portefeuille de logiciels libres
inv-portfolio-summary = { $repositories ->
    [one] { $repositories } dépôt
   *[other] { $repositories } dépôts
  } : { $passing } { $passing ->
    [one] conforme
   *[other] conformes
  }, { $failing } non { $failing ->
    [one] conforme
   *[other] conformes
  } ; { $packages } paquets dans leurs dernières analyses.
inv-portfolio-subtitle = { $date } · { $repositories ->
    [one] { $repositories } dépôt
   *[other] { $repositories } dépôts
  } · { $packages } paquets dans leurs dernières analyses
inv-repositories = Dépôts
inv-expiring = Exceptions qui expirent d'ici 90 jours ou déjà expirées
inv-relicensed = Paquets dont la licence a changé
inv-categories = Catégories de licences
inv-licenses = Licences
inv-card-repositories = dépôts
inv-card-pass = conformes
inv-card-fail = non conformes
inv-card-exceptions = exceptions à renouveler
inv-card-relicensed = paquets dont la licence a changé
md-labelled = { $label } : { $text }
md-remedy-for = `{ $purl }` ({ $rule }) :
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
## La lecture des fichiers analysés et des entrées (écosystèmes, images, archives, binaires, licences)
# Communs à tous les lecteurs : un fichier illisible ou mal formé.
read-cannot-read = lecture impossible : { $error }
read-invalid-json = JSON invalide : { $error }
read-invalid-toml = TOML invalide : { $error }
read-invalid-named = { $file } invalide : { $error }
read-not-regular-file = pas un fichier ordinaire ({ $kind })
read-kind-pipe = un tube nommé
read-kind-device = un périphérique
read-kind-socket = un socket
read-kind-folder = un dossier
read-kind-other = pas un fichier
read-over-size-limit = { $size } dépasse la limite de { $limit } par fichier (relevez-la avec --max-file-size)
read-utf16 = pas du texte UTF-8 : le fichier est en UTF-16 (il commence par une marque d'ordre des octets UTF-16) ; enregistrez-le en UTF-8
read-nul-byte = un octet NUL à la ligne { $line }, colonne { $column } : pas un fichier texte, ou un fichier endommagé
read-not-utf8 = pas du texte UTF-8 : octet invalide à la ligne { $line }, colonne { $column }
read-size-unit = { $value } { $unit ->
    [GB] Go
    [MB] Mo
   *[KB] Ko
  }
read-size-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
  }
read-not-a-size = `{ $text }` n'est pas une taille (exemples : 256MB, 1GB, 1048576)
read-unknown-size-unit = unité de taille inconnue `{ $unit }` (utilisez KB, MB ou GB)
read-unusable-size = `{ $text }` n'est pas une taille utilisable
archive-gzip-too-short = pas un fichier gzip : trop court
archive-gzip-unreadable = pas un fichier gzip lisible
archive-too-many-entries = plus de { $max } entrées ; lecture arrêtée
archive-expands-past = se décompresse au-delà de { $size } : une bombe de décompression, ou bien plus gros que tout ce que lit ossdoo ; lecture arrêtée
archive-expands-ratio = se décompresse à plus de { $ratio } fois sa taille compressée ({ $compressed } octets) : une bombe de décompression ; lecture arrêtée
archive-size-mib = { $count } Mio
archive-size-gib = { $count } Gio
discover-no-package-database = aucune base de paquets trouvée (celle de dpkg, `var/lib/dpkg/status`, d'apk, `lib/apk/db/installed`, ou de rpm, `var/lib/rpm/rpmdb.sqlite`) : aucun paquet du système d'exploitation n'est signalé
discover-skipped = ignoré : { $error }
discover-too-deep = non parcouru : à plus de { $max } niveaux de dossiers sous le dossier analysé
discover-symlink-not-read = non lu : un lien symbolique, et ossdoo ne suit pas les liens
discover-special-not-read = non lu : pas un fichier ordinaire (un tube, un socket ou un périphérique)
discover-not-cargo-project = ni `[package]` ni `[workspace]` : pas un projet Cargo ; ignoré
read-cannot-open = ouverture impossible : { $error }
composer-no-lockfile = aucun composer.lock (ni vendor/composer/installed.json) : les dépendances ne peuvent pas être énumérées ; lancez `composer update` pour écrire le fichier de verrouillage, puis relancez l'analyse
npm-link-out = un lien symbolique qui sort du dossier analysé (`npm link` ?), si bien que son package.json et ses fichiers de licence n'ont pas été lus
npm-links-out = un lien symbolique qui sort du dossier analysé (`npm link` ?), si bien que son package.json et ses fichiers de licence n'ont pas été lus ; de même pour { $more ->
    [one] { $more } autre dossier de paquet
   *[other] { $more } autres dossiers de paquets
  }
# Le cache d'un gestionnaire de paquets JavaScript, nommé sans article ($manager : npm, yarn,
# pnpm; $archive : tarball, zip, entry).
npm-cache-what = { $manager ->
    [npm] cache de npm
    [pnpm] magasin de pnpm
   *[yarn] cache de Yarn
  }
npm-cache-noun = { $manager ->
    [npm] cache npm
    [pnpm] magasin pnpm
   *[yarn] cache Yarn
  }
npm-cache-entry = { $archive ->
    [zip] archive zip
    [entry] entrée
   *[tarball] archive tar
  }
npm-not-installed = { $tree ->
    [yes] absent de node_modules
   *[no] non installé (aucun node_modules)
  }
npm-not-found-searched = { npm-not-installed } et absent du { npm-cache-what } ({ $folders }) ; lancez `{ $install }`, ou indiquez avec `--cache-root` le dossier où une CI a restauré le { npm-cache-what }
npm-not-found-nowhere = { npm-not-installed }, et aucun { npm-cache-noun } n'a été trouvé ({ $defaults }) ; lancez `{ $install }`, ou indiquez avec `--cache-root` le dossier où une CI a restauré le { npm-cache-what }
npm-cache-damaged = non installé, et son { npm-cache-entry } dans le { npm-cache-what } est inutilisable : { $why }
npm-read-from-cache = lu dans le { npm-cache-what }
npm-damaged-packages = { $count ->
    [one] { $count } paquet a une { npm-cache-entry } endommagée dans le { npm-cache-what } ; il n'a donc pas été lu
   *[other] { $count } paquets ont une { npm-cache-entry } endommagée dans le { npm-cache-what } ; ils n'ont donc pas été lus
  } ; le premier, `{ $name }` ({ $path }) : { $why }
npm-not-in-yarn-cache = { $missing ->
    [one] { $missing } paquet est absent du cache de Yarn ; sa licence est donc inconnue
   *[other] { $missing } paquets sont absents du cache de Yarn ; leurs licences sont donc inconnues
  } ; lancez `yarn install`, puis relancez l'analyse
npm-no-lockfile = ni package-lock.json ni node_modules : les dépendances ne peuvent pas être énumérées ; lancez `npm install --package-lock-only`, puis relancez l'analyse
npm-not-installed-not-cached = { $missing ->
    [one] { $missing } paquet { $lockfile ->
        [yes] n'a pas de licence dans le fichier de verrouillage, n'est pas installé
       *[no] n'est pas installé
      } et n'a pas pu être lu dans le { npm-cache-what }
   *[other] { $missing } paquets { $lockfile ->
        [yes] n'ont pas de licence dans le fichier de verrouillage, ne sont pas installés
       *[no] ne sont pas installés
      } et n'ont pas pu être lus dans le { npm-cache-what }
  } ; lancez `{ $install }`, ou indiquez avec `--cache-root` le dossier où une CI a restauré le { npm-cache-what }
caches-npm-integrity-mismatch = son contenu ne correspond pas à l'empreinte d'intégrité du fichier de verrouillage ({ $algorithm }) ; le cache est endommagé : `npm cache verify` le répare
caches-not-npm-tarball = pas une archive npm lisible : { $error }
caches-no-package-json = aucun package.json à sa racine
caches-yarn-integrity-mismatch = son contenu ne correspond pas à l'empreinte d'intégrité du fichier de verrouillage ; le cache est endommagé : `yarn cache clean` le vide
caches-yarn-checksum-mismatch = son contenu ne correspond pas à la somme de contrôle du fichier de verrouillage ; le cache est endommagé : `yarn cache clean` le vide
caches-yarn-metadata-unrecorded = son archive tar est absente et son `.yarn-metadata.json` n'enregistre pas l'empreinte d'intégrité du fichier de verrouillage ; `yarn cache clean` vide le cache
caches-not-zip = pas une archive zip lisible : { $error }
caches-too-many-entries = plus de { $max } entrées ; non lue
caches-not-pnpm-index = pas un index pnpm lisible : { $error }
caches-pnpm-not-in-index = aucun `{ $name }` dans l'index
caches-pnpm-not-in-store = `{ $name }` figure dans l'index, mais pas dans le magasin ; `pnpm store prune` suivi d'une nouvelle installation le répare
caches-no-metadata = aucun METADATA lisible
caches-python-hash-mismatch = son empreinte sha256 ne figure pas parmi celles que le fichier de verrouillage enregistre pour { $name } { $version } ; non lu
caches-not-archive = pas une archive lisible : { $error }
caches-no-named-metadata = aucun METADATA ni PKG-INFO contenant un nom
caches-python-other-package = contient { $found_name } { $found_version }, et non { $name } { $version }
python-environment = Environnement Python ({ $how ->
    [option] --python-env
    [project] à côté du projet
    [activated] activé (VIRTUAL_ENV)
    [conda] de conda (CONDA_PREFIX)
    [poetry] de Poetry
    [hatch] de Hatch
    [pipenv] de pipenv
   *[other] trouvé
  })
python-read-from-cache = lu dans { $cache ->
    [uv] le cache d'uv
    [poetry] le cache de Poetry
    [pip-http] le cache HTTP de pip
   *[pip-wheel] le cache de wheels de pip
  }
python-not-in-env-or-cache = non installé dans l'environnement à la version verrouillée, et absent des caches d'uv, de pip et de Poetry
python-no-env-not-in-cache = non installé (aucun environnement trouvé) et absent des caches d'uv, de pip et de Poetry
python-cache-damaged = non installé, et son archive dans un cache est inutilisable : { $why }
python-damaged-packages = { $count ->
    [one] { $count } paquet a une archive inutilisable dans un cache ; il n'a donc pas été lu
   *[other] { $count } paquets ont une archive inutilisable dans un cache ; ils n'ont donc pas été lus
  } ; le premier, `{ $name }` ({ $path }) : { $why }
python-setup-py = setup.py est un programme, et ossdoo ne l'exécute pas : installez le projet dans un environnement virtuel à côté de lui (`python -m venv .venv`) ou indiquez-en un avec --python-env, puis relancez l'analyse
python-install-command = `{ $command }`
python-install-requirements = `python -m venv .venv`, puis `.venv/bin/pip install -r` avec ses fichiers d'exigences
python-install-venv = `python -m venv .venv`, puis ses dépendances installées dans cet environnement
python-not-installed-in-env = { $missing ->
    [one] { $missing } paquet n'est pas installé dans `{ $env }` à la version verrouillée ni présent dans les caches d'uv, de pip et de Poetry ; sa licence est donc inconnue
   *[other] { $missing } paquets ne sont pas installés dans `{ $env }` à la version verrouillée ni présents dans les caches d'uv, de pip et de Poetry ; leurs licences sont donc inconnues
  } ; installez-y les dépendances verrouillées ({ $install }), puis relancez l'analyse
python-no-env-found = { $missing ->
    [one] { $missing } paquet : aucun environnement de ce projet n'a été trouvé (à côté de lui, activé, ou dans le dossier de Poetry ou de pipenv), et il est absent des caches d'uv, de pip et de Poetry ; sa licence est donc inconnue
   *[other] { $missing } paquets : aucun environnement de ce projet n'a été trouvé (à côté de lui, activé, ou dans le dossier de Poetry ou de pipenv), et ils sont absents des caches d'uv, de pip et de Poetry ; leurs licences sont donc inconnues
  } ; installez-les ({ $install }), indiquez l'environnement avec --python-env, ou indiquez avec --cache-root le dossier où une CI a restauré les caches
python-marker-unreadable = { $name } { $version } : le marqueur `{ $marker }` n'a pas pu être lu ({ $why }) ; toutes ses versions verrouillées sont conservées
python-lockfile-not-recognised = aucun { $what } : est-ce bien un { $file } ? lancez `{ $tool }` pour l'écrire de nouveau
license-file-refused = { $named } { $why ->
    [link] est un lien symbolique qui sort du paquet ; non lu
   *[outside] pointe hors du paquet ; non lu
  }
license-see-file-not-installed = `SEE LICENSE IN { $file }`, mais ce fichier n'est pas installé avec le paquet
license-see-file-unrecognised = `SEE LICENSE IN { $file }` déclaré, et ce fichier n'est pas une licence qu'ossdoo reconnaît (conditions particulières ou propriétaires ?)
license-declared-unknown = la licence déclarée `{ $declared }` n'est pas une licence qu'ossdoo connaît
license-declared-term-unknown = licence déclarée `{ $declared }` : `{ $term }` n'est pas une licence qu'ossdoo connaît
license-none-declared = le paquet ne déclare aucune licence
license-too-many-files = { $count } fichiers de licence ; seuls les { $max } premiers sont lus
license-none-recognised = aucune licence reconnue
license-below-threshold = la meilleure hypothèse, `{ $guess }`, est sous le seuil de détection
license-file-section = { $license } (une section du fichier)
license-normalised-invalid = `{ $declared }` se normalise en `{ $expression }`, qui n'est pas une expression SPDX valide : { $error }
license-ambiguous = `{ $term }` déclaré est ambigu ({ $reason })
license-ambiguous-candidates = `{ $term }` déclaré est ambigu ({ $reason } ; peut-être { $candidates })
license-also-holds = `{ $file }` contient aussi `{ $others }` : les licences de composants intégrés ? (conclusion : `{ $concluded }`, ce que désigne le nom déclaré)
license-mismatch = `{ $declared }` déclaré, mais `{ $file }` se lit comme `{ $detected }`
license-cache-unreadable = lecture impossible du cache de détection ({ $error }) ; détection sans cache
license-cache-corrupt = le cache de détection est corrompu ({ $error }) ; il est ignoré et réécrit (ou supprimez-le, ou passez --no-cache)
license-cache-unwritable = écriture impossible du cache de détection `{ $path }` : { $error }
license-comma-list = une liste séparée par des virgules ne dit pas si les licences sont des options (OR) ou si elles s'appliquent toutes (AND)
license-summary-cache = { $count } tirées du cache ({ $path })
license-summary-no-cache = aucun cache
license-summary = { $files } fichiers de licence, { $time } cumulées sur les fils d'exécution : { $exact } textes standard, { $templates } modèles, { $repeats } répétitions, { $matched } reconnues par le moteur ({ $matched_time }), { $cache }
license-unknown-category = catégorie de licence inconnue `{ $name }` (valeurs possibles : { $valid })
# Catégories de licences et obligations (`license-category-<nom>`, `license-obligation-<nom>`).
license-category-permissive = Utilisation, modification et redistribution permises, y compris dans des produits fermés ; les conditions se limitent aux avis, à la mention des auteurs et à ce genre d'exigences.
license-category-public-domain = Versement au domaine public, ou autorisation sans aucune condition.
license-category-weak-copyleft = Les modifications des fichiers ou de la bibliothèque sous licence restent sous cette licence, avec leur code source ; les œuvres qui les utilisent ou s'y lient n'y sont pas soumises.
license-category-strong-copyleft = Les œuvres dérivées et combinées doivent être publiées sous la même licence, avec leur code source.
license-category-network-copyleft = Copyleft fort qui s'applique aussi quand le logiciel est offert à des utilisateurs par un réseau.
license-category-source-available = Pas du code source ouvert : le code source est public, mais l'utilisation est restreinte (services concurrents, domaine d'utilisation, aucune modification).
license-category-non-commercial = L'utilisation ou la distribution commerciale est interdite.
license-category-proprietary = Aucune autorisation de logiciel libre.
license-category-other = Non classée : lisez la licence.
license-obligation-attribution = Conserver les avis de droit d'auteur et les mentions des auteurs ; citer les auteurs là où la licence le demande.
license-obligation-include-license = Fournir le texte de la licence ou l'avis d'autorisation avec les copies.
license-obligation-state-changes = Signaler, décrire ou renommer les versions modifiées.
license-obligation-disclose-source = Offrir le code source aux destinataires.
license-obligation-same-license = Les œuvres modifiées ou dérivées restent sous cette licence (dans la mesure prévue par la catégorie).
license-obligation-network-use-disclosure = Permettre à d'autres d'utiliser le logiciel par un réseau compte comme une distribution pour les obligations relatives au code source.
license-obligation-patent-terms = Comporte des clauses sur les brevets : une concession, des représailles ou une résiliation, ou une exclusion explicite.
license-obligation-no-endorsement = Les noms et les marques de commerce ne peuvent pas servir à appuyer ou à promouvoir.
license-obligation-use-restrictions = Restreint le domaine d'utilisation, les offres concurrentes, le public ou la modification : lisez les conditions.
read-at-line = ligne { $line } : { $message }
go-not-vendored = { $missing ->
    [one] { $missing } module est absent de `{ $folder }`; sa licence est donc inconnue
   *[other] { $missing } modules sont absents de `{ $folder }`; leurs licences sont donc inconnues
  } ; lancez `go mod vendor`, puis relancez l'analyse
go-not-in-module-cache = { $missing ->
    [one] { $missing } module est absent du cache de modules `{ $cache }`; sa licence est donc inconnue
   *[other] { $missing } modules sont absents du cache de modules `{ $cache }`; leurs licences sont donc inconnues
  } ; lancez `go mod download` (ou définissez GOMODCACHE), puis relancez l'analyse
go-no-module-cache = { $missing ->
    [one] { $missing } module : aucun cache de modules trouvé (définissez GOMODCACHE ou GOPATH) ; sa licence est donc inconnue
   *[other] { $missing } modules : aucun cache de modules trouvé (définissez GOMODCACHE ou GOPATH) ; leurs licences sont donc inconnues
  }
go-block-not-closed = ligne { $line } : le bloc `{ $verb } (` n'est jamais fermé par `)`
go-no-module-directive = aucune directive `module`; est-ce bien un fichier go.mod ?
go-expected = `{ $syntax }` attendu
go-expected-found = `{ $syntax }` attendu, `{ $found }` trouvé
go-expected-replace = `replace <module> [version] => <module> <version>` ou `=> <folder>` attendu
go-replacement-form = un remplacement est `<module> <version>` ou un dossier commençant par `./` ou `../`
go-unterminated-string = chaîne entre guillemets non terminée
maven-not-a-pom = l'élément racine est <{ $element }>, et non <project>
maven-nameless-dependency = une <dependency> sans <groupId> ni <artifactId> ; Maven refuse aussi ce pom
maven-module-without-pom = un module que la construction énumère n'a pas de pom.xml ; ignoré
maven-not-in-repository = { $missing ->
    [one] { $missing } artefact est absent du dépôt local ({ $repositories }) ; sa licence est donc inconnue
   *[other] { $missing } artefacts sont absents du dépôt local ({ $repositories }) ; leurs licences sont donc inconnues
  } ; lancez `mvn dependency:go-offline` (ou indiquez le dépôt avec --maven-repo), puis relancez l'analyse
maven-debian-repository = Dépôt Maven de Debian : le pom nomme le paquet Debian `{ $package }`, dont le fichier copyright donne la licence
gradle-no-lockfile = aucun gradle.lockfile : les dépendances ne peuvent pas être énumérées sans exécuter Gradle ; activez le verrouillage des dépendances (`{ $setting }`), lancez `gradle dependencies --write-locks`, puis relancez l'analyse
gradle-not-in-cache = { $missing ->
    [one] { $missing } artefact est absent du cache de Gradle et du dépôt Maven local ({ $repositories }) ; sa licence est donc inconnue
   *[other] { $missing } artefacts sont absents du cache de Gradle et du dépôt Maven local ({ $repositories }) ; leurs licences sont donc inconnues
  } ; lancez `gradle dependencies` (ou définissez GRADLE_USER_HOME), puis relancez l'analyse
gradle-empty-lockfile = le fichier est vide (Gradle écrit toujours une ligne `empty=`) ; lancez `gradle dependencies --write-locks`
gradle-bad-line = ligne { $line } : `{ $syntax }` attendu, `{ $found }` trouvé
read-at-line-column = ligne { $line }, colonne { $column } : { $message }
xml-nul-byte = un octet NUL : pas un fichier texte, ou un fichier endommagé
xml-too-deep = éléments imbriqués sur plus de { $max } niveaux
xml-unopened-closing-tag = balise fermante sans balise ouvrante
xml-unclosed-element = le fichier se termine avant la fermeture de `<{ $element }>`
xml-no-element = aucun élément XML trouvé ; le fichier est-il vide ?
yarn-empty-lockfile = le fichier est vide ; lancez `yarn install` pour l'écrire de nouveau
yarn-expected-entry = ligne { $line } : une entrée comme `{ $example }` est attendue, `{ $found }` trouvé
yarn-entry-without-version = ligne { $line } : l'entrée de `{ $name }` n'a pas de `version`
pnpm-expected-key-value = ligne { $line } : `{ $syntax }` attendu, `{ $found }` trouvé
pnpm-inconsistent-indentation = ligne { $line } : indentation incohérente
pnpm-no-lockfile-version = aucun `lockfileVersion` : est-ce bien un fichier de verrouillage pnpm ? lancez `pnpm install --lockfile-only` pour l'écrire de nouveau
pnpm-unsupported-version = `{ $setting }` n'est pas une version qu'ossdoo lit (5 à 9)
pnpm-not-a-mapping = `{ $setting }` devrait être un dictionnaire (mapping)
ruby-no-lockfile = aucun Gemfile.lock : les gems ne peuvent pas être énumérées ; lancez `bundle lock`, puis relancez l'analyse
ruby-not-installed = { $missing ->
    [one] { $missing } gem n'est pas installée dans `{ $home }`; sa licence est donc inconnue
   *[other] { $missing } gems ne sont pas installées dans `{ $home }`; leurs licences sont donc inconnues
  } ; lancez `bundle install`, puis relancez l'analyse (ou indiquez le dossier des gems avec --gem-home)
ruby-no-gems-found = { $missing ->
    [one] { $missing } gem : aucune gem installée trouvée ; sa licence est donc inconnue
   *[other] { $missing } gems : aucune gem installée trouvée ; leurs licences sont donc inconnues
  } ; lancez `bundle install` (p. ex. `bundle config set path vendor/bundle`) ou indiquez le dossier des gems avec --gem-home
ruby-expected-section = ligne { $line } : un en-tête de section comme `GEM` est attendu ; est-ce bien un Gemfile.lock ?
ruby-expected-spec = ligne { $line } : `name (version)` attendu, `{ $found }` trouvé
ruby-empty-lockfile = fichier vide : aucune section `GEM`; lancez `bundle lock`
nuget-no-lockfile = aucun packages.lock.json : seules les PackageReferences directes sont énumérées ; définissez <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile> et lancez `dotnet restore` pour verrouiller tout le graphe
nuget-not-in-folder = { $missing ->
    [one] { $missing } paquet est absent du dossier de paquets `{ $folder }`; sa licence est donc inconnue
   *[other] { $missing } paquets sont absents du dossier de paquets `{ $folder }`; leurs licences sont donc inconnues
  } ; lancez `dotnet restore` (ou `nuget restore`), puis relancez l'analyse, ou indiquez le dossier avec --nuget-packages
nuget-no-folder = { $missing ->
    [one] { $missing } paquet : aucun dossier de paquets NuGet trouvé ; sa licence est donc inconnue
   *[other] { $missing } paquets : aucun dossier de paquets NuGet trouvé ; leurs licences sont donc inconnues
  } ; lancez `dotnet restore` ou indiquez le dossier avec --nuget-packages
nuget-nameless-reference = une `<PackageReference>` sans nom de paquet (`Include`)
sbom-xml = une nomenclature logicielle en XML ; ossdoo lit le JSON SPDX et CycloneDX (convertissez-la, p. ex. avec `cyclonedx convert --output-format json`)
sbom-tag-value = un document SPDX au format étiquette-valeur ; ossdoo lit le JSON SPDX (convertissez-le avec `pyspdxtools -i FILE -o FILE.json`)
sbom-invalid-spdx = pas un document SPDX 2 valide : { $error }
sbom-invalid-cyclonedx = pas un document CycloneDX valide : { $error }
sbom-unknown-format = ni du JSON SPDX (`spdxVersion`) ni du JSON CycloneDX (`bomFormat`) ; fournissez une nomenclature logicielle JSON SPDX 2.2/2.3 ou CycloneDX 1.4 à 1.6
cargo-not-found-lockfile-read = `{ $cargo }` est introuvable ; Cargo.lock et les manifestes des crates ont donc été lus directement ; installez Rust (https://rustup.rs) pour obtenir la résolution exacte de cargo
cargo-not-found = `{ $cargo }` est introuvable, et il n'y a pas de Cargo.lock à lire à la place ; installez Rust (https://rustup.rs) pour analyser les projets Cargo
cargo-metadata-failed = `cargo metadata` a échoué : { $error }
cargo-lockfile-outdated =
    il manque des entrées dans Cargo.lock, ou il n'est pas à jour ; lancez `cargo update --workspace` dans `{ $dir }`, puis relancez l'analyse
    réponse de cargo : { $cargo_said }
cargo-offline =
    les dépendances ne sont pas dans le cache local de cargo, et ossdoo n'utilise pas le réseau ; lancez `cargo fetch` dans `{ $dir }`, puis relancez l'analyse
    réponse de cargo : { $cargo_said }
cargo-metadata-failed-said =
    `cargo metadata` a échoué
    réponse de cargo : { $cargo_said }
cargo-no-lockfile = aucun Cargo.lock à lire
cargo-not-cached = { $missing ->
    [one] { $missing } crate n'est ni copiée dans le projet (vendor) ni présente dans le cache de cargo ; sa licence est donc inconnue
   *[other] { $missing } crates ne sont ni copiées dans le projet (vendor) ni présentes dans le cache de cargo ; leurs licences sont donc inconnues
  } ; lancez `cargo fetch`, puis relancez l'analyse
os-paragraph-skipped = ligne { $line } : un paragraphe sans champ `{ $field }` a été ignoré
os-entry-skipped = ligne { $line } : une entrée sans champ `{ $field }` a été ignorée
os-no-copyright-file = aucun fichier copyright (`{ $path }`)
os-exception-without-id = fichier copyright de Debian, ligne { $line } : `{ $exception }` : SPDX n'a pas d'identifiant pour l'exception ; évaluée comme la licence seule
os-copyright-stanza = fichier copyright de Debian, ligne { $line }, { $role ->
    [declared] déclarée
   *[other] autres fichiers
  } : Files : { $files } — License : { $license }
os-copyright-stanza-converted = fichier copyright de Debian, ligne { $line }, { $role ->
    [declared] déclarée
   *[other] autres fichiers
  } : Files : { $files } — License : { $license } (`{ $spdx }`)
os-also-installed = aussi installé comme paquet { $ecosystem } `{ $name }` { $version } (`{ $path }`)
os-also-installed-declares = aussi installé comme paquet { $ecosystem } `{ $name }` { $version } (`{ $path }`), qui déclare `{ $declared }`
rpm-berkeley-db = une base rpm Berkeley DB (RHEL 7 et 8, CentOS) : ossdoo ne lit que la base sqlite (`rpmdb.sqlite`) ; convertissez-en une copie avec `{ $convert }`, ou analysez une nomenclature logicielle de l'image
rpm-ndb = une base rpm ndb (SUSE) : ossdoo ne lit que la base sqlite (`rpmdb.sqlite`) ; convertissez-en une copie avec `{ $convert }`, ou analysez une nomenclature logicielle de l'image
rpm-header-skipped = en-tête de paquet { $header } : { $why } ; ignoré
rpm-not-sqlite = pas une base rpm sqlite : { $error }
rpm-unreadable-packages = lecture impossible de ses paquets : { $error }
rpm-header-truncated = tronqué
rpm-not-a-header = { $count } entrées et { $length } octets : pas un en-tête
rpm-header-short = plus court que ce qu'indique son index
rpm-legacy-license-tag = étiquette License de rpm `{ $license }` (anciens noms abrégés de Fedora)
# Code copié (ecosystems/vendored/) : ce que disent les fichiers d'une copie, et où ($place : fichier:ligne).
vendored-version-from = version { $version } lue dans `{ $what }` de { $place }
vendored-spdx-tag = `SPDX-License-Identifier: { $expression }` dans { $place }
binary-go-without-modules = un binaire Go construit sans modules ({ $go }) : il ne nomme aucun code compilé
binary-replaces = remplace { $module } { $version }
binary-crate-source = source : { $source } (pas crates.io)
# Là où est cherché le code compilé dans un programme ($language : go, rust).
binary-cache-name = { $language ->
    [go] le cache de modules de Go (GOMODCACHE)
   *[rust] le cache du registre de Cargo (CARGO_HOME)
  }
binary-not-found = compilé dans `{ $binary }`, qui ne contient aucun texte de licence, { $cache ->
    [yes] et absent { $language ->
        [go] du cache de modules de Go (GOMODCACHE)
       *[rust] du cache du registre de Cargo (CARGO_HOME)
      }
   *[no] et { binary-cache-name } est introuvable
  } ; analysez-le là où le programme a été construit, ou précisez sa licence dans la politique
binary-not-cached = { $language ->
    [go] { $missing ->
        [one] { $missing } module compilé dans ce programme est absent des caches de cette machine ; sa licence est donc inconnue
       *[other] { $missing } modules compilés dans ce programme sont absents des caches de cette machine ; leurs licences sont donc inconnues
      }
   *[rust] { $missing ->
        [one] { $missing } crate compilée dans ce programme est absente des caches de cette machine ; sa licence est donc inconnue
       *[other] { $missing } crates compilées dans ce programme sont absentes des caches de cette machine ; leurs licences sont donc inconnues
      }
  } ; analysez là où le programme a été construit (avec { $language ->
    [go] GOMODCACHE ou GOPATH
   *[rust] CARGO_HOME
  } défini), ou précisez leurs licences dans la politique
jar-unreadable = non lu comme jar : { $error }
jar-nested-unreadable = le jar imbriqué `{ $name }` n'a pas été lu : { $error }
read-over-bytes = plus de { $limit } octets
read-too-many-entries = plus de { $max } entrées
gem-unidentified = ni ses champs `name` et `version` ni son nom de fichier ne disent de quelle gem il s'agit ; ignoré
image-unreadable = lecture impossible de l'image : { $error }
image-not-an-image = pas une image de conteneur : ni une structure d'image OCI (`index.json`) ni une archive `docker save` (`manifest.json`)
image-other-platform = l'image est pour `{ $have }`, et non `{ $asked }` : retirez --platform ou indiquez `{ $have }`
image-layer = { $image } : couche { $number } ({ $name })
image-layer-unterminated = la couche se termine sans les blocs de fin d'archive de tar (comme les écrit umoci 0.4.7) ; tous ses fichiers ont été lus
image-layer-failed = { $why } ; les fichiers situés après ce point manquent à l'analyse
image-index-too-deep = `index.json` : index imbriqués trop profondément
image-index-empty = `index.json` n'énumère aucun manifeste d'image
image-no-platform = l'image n'a pas de variante `{ $platform }`; elle a { $have } : choisissez-en une avec --platform
image-manifest-empty = `manifest.json` n'énumère aucune image
image-not-zstd = pas un flux zstd : { $error }
image-refused-path = refusé `{ $path }` : le chemin sort de la racine de l'image
image-refused-loop = refusé `{ $path }` : son dossier est un lien qui boucle
image-refused-link = refusé `{ $path }` : un lien vers `{ $link }`, qui sort de la racine de l'image
image-refused-hard-link = refusé `{ $path }` : un lien physique vers `{ $link }`, qui sort de la racine de l'image
image-refused-size = refusé `{ $path }` : { $size } octets, au-delà du plus gros fichier lu (--max-file-size)
image-not-file-or-folder = ni un dossier ni un fichier ordinaire
image-too-many-entries = plus d'un million d'entrées : pas une image
image-missing-file = `{ $name }` ne figure pas dans l'image
image-metadata-too-large = `{ $name }` fait { $size } octets : trop gros pour des métadonnées d'image
image-file-unreadable = lecture impossible de `{ $name }` : { $error }
image-file-invalid-json = `{ $name }` : JSON invalide : { $error }
image-not-a-digest = `{ $digest }` n'est pas un condensé
binary-unreadable = pas un binaire lisible : { $error }
binary-section-too-large = sa section `{ $name }` fait { $size } octets, au-delà des { $max } lus
binary-section-unreadable = lecture impossible de sa section `{ $name }` : { $error }
binary-no-go-buildinfo = aucune information de construction Go (`.go.buildinfo`)
binary-go-bad-magic = `.go.buildinfo` ne commence pas par la signature de Go
binary-go-pointer-size = une taille de pointeur de { $size } octets
binary-go-cut-short = `.go.buildinfo` est tronqué
binary-go-build-string-size = une chaîne de construction de { $size } octets
binary-go-build-string-cut = la chaîne de construction à l'adresse { $address } est tronquée
binary-go-build-string-nowhere = aucune section ne contient la chaîne de construction à l'adresse { $address }
binary-go-length-too-large = une longueur dans `.go.buildinfo` est hors limites
binary-go-string-past-section = une chaîne de `.go.buildinfo` dépasse la fin de la section
binary-no-auditable = aucune liste de dépendances `cargo auditable` (`.dep-v0`)
binary-auditable-not-zlib = `.dep-v0` n'est pas au format zlib : { $error }
binary-auditable-bomb = `.dep-v0` se décompresse au-delà de { $max } octets ; refusé comme bombe de décompression
binary-auditable-bad-json = `.dep-v0` n'est pas le JSON qu'écrit `cargo auditable` : { $error }
binary-auditable-bad-index = `.dep-v0` nomme la dépendance { $index } sur { $count } crates
marker-unclosed-quote = guillemet non fermé à la colonne { $column }
marker-unknown-operator = opérateur inconnu à la colonne { $column }
marker-unexpected-character = `{ $character }` inattendu à la colonne { $column }
marker-unclosed-parenthesis = une `(` n'est pas fermée
marker-expected-comparison = une comparaison est attendue, `{ $found }` trouvé
marker-expected-comparison-at-end = une comparaison est attendue à la fin
marker-expected-value = une valeur est attendue, `{ $found }` trouvé
marker-expected-value-at-end = une valeur est attendue à la fin
license-archive-missing-entry = aucun `{ $entry }` dans l'archive
license-pnpm-index-too-large = plus de { $count } Mio
license-pnpm-no-sha512 = `{ $name }` n'a pas d'empreinte d'intégrité sha512
license-pnpm-not-in-store = pas dans un magasin pnpm
license-pnpm-hash-mismatch = le contenu de `{ $name }` ne correspond pas à son empreinte dans l'index ; le magasin est endommagé : `pnpm store prune` suivi d'une nouvelle installation le répare
timings-header = durées (temps écoulé par étape) :
timings-total = total
timings-discover = découverte
timings-collect = collecte
timings-resolve = licences
timings-evaluate = évaluation
timings-assemble = assemblage
timings-ms = { $value } ms
timings-thousands = { $thousands } { $rest }
timings-kind = { $kind } { $time } ({ $count ->
    [one] { $count } projet
   *[other] { $count } projets
  })

## Les durées de `scan --timings` (lib.rs)

timings-roots = { $count ->
    [one] { $count } racine de projet
   *[other] { $count } racines de projets
  }
timings-packages = { $count ->
    [one] { $count } paquet
   *[other] { $count } paquets
  } ; par type, cumulé sur les fils d'exécution : { $kinds }
timings-findings = { $count ->
    [one] { $count } constat
   *[other] { $count } constats
  }
timings-assembled = triés et comptés
## Constats répétés regroupés (src/report/groups.rs, puis les rapports en tableau, Markdown et HTML)
group-name = { $family } ({ $packages })
group-more = et { $count } de plus
help-remedy-group = aide : une fois l'accord de l'OSPO obtenu, cette entrée de politique règle les { $count } paquets de `{ $pattern }` ({ $rule }) :
md-remedy-for-group = Les { $count } paquets de `{ $pattern }` ({ $rule }) :
html-remedy-group-label = Entrée de politique qui règle les { $count } paquets de { $pattern }, une fois l'accord de l'OSPO obtenu :
