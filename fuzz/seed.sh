#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ with the matching real files from fixtures/ (and policies/).
# Targets that pick a file with their first byte (see src/fuzz.rs) get that byte prepended.
# Run from anywhere; safe to re-run (files are named after their path, so nothing duplicates).
set -euo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$fuzz_dir")
corpus="$fuzz_dir/corpus"
cd "$repo"

# seed TARGET SELECTOR FIND-ARGS...: copies every file `find fixtures FIND-ARGS` prints.
# SELECTOR is a byte value (0-255) to prepend, or `-` for none.
seed() {
    local target=$1 selector=$2
    shift 2
    mkdir -p "$corpus/$target"
    local count=0 file name
    while IFS= read -r -d '' file; do
        name=$(printf '%s' "$file" | tr '/' '_')
        if [ "$selector" = "-" ]; then
            cp "$file" "$corpus/$target/$name"
        else
            { printf "\\$(printf '%03o' "$selector")"; cat "$file"; } >"$corpus/$target/$selector-$name"
        fi
        count=$((count + 1))
    done < <(find fixtures policies -type f "$@" -print0)
    echo "$target (selector $selector): $count files"
}

seed npm_lock - \( -name package-lock.json -o -name npm-shrinkwrap.json \)
seed yarn_lock - -name yarn.lock
seed pnpm_lock - -name pnpm-lock.yaml
seed cargo_lock - -name Cargo.lock
seed cargo_manifest - -name Cargo.toml
seed cargo_config - -path '*/.cargo/config*'
seed python_metadata 0 \( -name METADATA -o -name PKG-INFO \)
seed python_metadata 1 \( -name METADATA -o -name PKG-INFO \)
seed python_lock 0 -name 'requirements*.txt'
seed python_lock 1 -name poetry.lock
seed python_lock 2 -name Pipfile.lock
seed python_lock 3 -name pdm.lock
seed python_lock 4 -name uv.lock
seed pyproject 0 -name pyproject.toml
seed pyproject 1 -name setup.cfg
seed pyproject 2 -name Pipfile
seed go_mod 0 -name go.mod
seed go_mod 1 -name go.sum
seed go_mod 2 -name modules.txt
seed pom - \( -name pom.xml -o -name '*.pom' \) -size -64k
seed gradle_lock 0 -name '*gradle.lockfile'
seed gradle_lock 1 \( -name build.gradle -o -name build.gradle.kts \)
seed gemfile_lock 0 -name Gemfile.lock
seed gemfile_lock 1 -name Gemfile
seed composer_lock 0 -name composer.lock
seed composer_lock 1 -name composer.json
seed composer_lock 2 -name installed.json
seed nuget 0 \( -name '*.csproj' -o -name '*.fsproj' -o -name '*.vbproj' \)
seed nuget 1 -name packages.lock.json
seed nuget 2 -name packages.config
seed nuget 3 -name '*.nuspec'
seed sbom - \( -name '*.spdx.json' -o -name '*.cdx.json' -o -name 'bom.json' -o -name 'bom.xml' -o -path '*/sbom-input/*.json' \)
seed policy - -path 'policies/*.toml'

# The normaliser: one seed per declared license string (second column of the table).
mkdir -p "$corpus/license"
n=0
tail -n +2 fixtures/license-strings/declared.tsv | cut -f2 | sort -u | while IFS= read -r declared; do
    n=$((n + 1))
    printf '%s' "$declared" >"$corpus/license/declared-$n"
done
echo "license: $(ls "$corpus/license" | wc -l) files"
