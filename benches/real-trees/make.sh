#!/usr/bin/env bash
# Rebuilds the real trees that benches/peers.py measures, from the package registries, pinned
# by the lockfiles beside this script, then the license corpus:
#
#   benches/real-trees/make.sh DIR [--peers]
#
# DIR/npm             package.json + package-lock.json, `npm ci` (no install scripts)
# DIR/python-project  requirements.txt (`pip freeze`) and its virtualenv in .venv, with
#                     pip-licenses installed in it (the Python peer runs inside the venv)
# DIR/cargo           Cargo.toml + Cargo.lock + deny.toml, `cargo fetch --locked` (the crates'
#                     sources land in $CARGO_HOME/registry/src, where ossdoo and cargo-deny read them)
# DIR/license-corpus  every distinct license file of the three trees (corpus.py)
#
# --peers also installs the peer tools: license-checker (npm, global) and cargo-deny (cargo
# install, long on 2 cores). Needs npm, python3 (3.11: the pins are its wheels) and cargo.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ] || [ "${1#-}" != "$1" ]; then
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
mkdir -p "$1"
dir=$(cd "$1" && pwd)
peers=no
[ "${2:-}" = "--peers" ] && peers=yes

LICENSE_CHECKER=25.0.1
PIP_LICENSES="pip-licenses==5.5.5 prettytable==3.19.0"
CARGO_DENY=0.20.2

echo "== npm ($dir/npm)"
mkdir -p "$dir/npm"
cp "$here/npm-package.json" "$dir/npm/package.json"
cp "$here/npm-package-lock.json" "$dir/npm/package-lock.json"
# --legacy-peer-deps: the set was resolved so (Angular, Gatsby and Storybook disagree on peers).
(cd "$dir/npm" && npm ci --ignore-scripts --no-audit --no-fund --legacy-peer-deps --loglevel=error)

echo "== python ($dir/python-project)"
mkdir -p "$dir/python-project"
cp "$here/python-freeze.txt" "$dir/python-project/requirements.txt"
python3 -m venv --clear "$dir/python-project/.venv"
"$dir/python-project/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$dir/python-project/requirements.txt"
# The peer, installed after the pins: requirements.txt lists the project's dists only.
# shellcheck disable=SC2086
"$dir/python-project/.venv/bin/pip" install --quiet --disable-pip-version-check $PIP_LICENSES

echo "== cargo ($dir/cargo)"
mkdir -p "$dir/cargo/src"
cp "$here/cargo-Cargo.toml" "$dir/cargo/Cargo.toml"
cp "$here/cargo-Cargo.lock" "$dir/cargo/Cargo.lock"
cp "$here/cargo-deny.toml" "$dir/cargo/deny.toml"
printf 'fn main() {\n    println!("Hello, world!");\n}\n' > "$dir/cargo/src/main.rs"
(cd "$dir/cargo" && cargo fetch --locked --quiet && cargo metadata --offline --locked --format-version 1 > /dev/null)

echo "== license corpus ($dir/license-corpus)"
python3 "$here/corpus.py" "$dir"

if [ "$peers" = yes ]; then
  echo "== peers"
  npm install --global --no-audit --no-fund --loglevel=error "license-checker@$LICENSE_CHECKER"
  command -v cargo-deny > /dev/null && cargo deny --version | grep -q " $CARGO_DENY\$" \
    || nice -n 10 cargo install --locked "cargo-deny@$CARGO_DENY"
fi

echo "== counts"
printf 'npm packages installed: %s\n' "$(cd "$dir/npm" && python3 -c 'import json, os
lock = json.load(open("package-lock.json"))["packages"]
print(sum(1 for p in lock if p and os.path.isfile(p + "/package.json")))')"
printf 'python dists pinned: %s\n' "$(grep -c '==' "$dir/python-project/requirements.txt")"
printf 'cargo crates locked: %s\n' "$(grep -c '^\[\[package\]\]' "$dir/cargo/Cargo.lock")"
printf 'license corpus files: %s\n' "$(find "$dir/license-corpus" -type f | wc -l)"
