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
report-verdict-allowed = permis
report-verdict-review = à examiner
report-verdict-denied = refusé
report-verdict-unknown = inconnu
report-verdict-excepted = en exception
report-verdict-ignored = ignoré
report-severity-error = erreur
report-severity-warning = avertissement
report-severity-info = information
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
