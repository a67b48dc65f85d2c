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
progress-finding-projects = recherche des projets
progress-reading-manifests = lecture des manifestes et des fichiers de verrouillage
progress-resolving-licenses = détermination des licences
progress-evaluating = évaluation
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
