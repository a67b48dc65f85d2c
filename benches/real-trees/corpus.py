#!/usr/bin/env python3
"""Copies every license-like file at a package's top level out of the real trees into one folder,
deduplicated by exact content: `<first 12 hex of sha256>-<original basename>`.

    python3 benches/real-trees/corpus.py TREES

Reads TREES/npm/node_modules (every installed package, nested ones too), the dist-info folders
of TREES/python-project/.venv (their top level and their `licenses/` subfolder, as PEP 639 puts
them), and the crates of TREES/cargo as `cargo metadata --offline` lists them (their folders in
the registry cache). Writes TREES/license-corpus. Standard library only.
"""

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

# LICENSE*, LICENCE*, COPYING*, NOTICE*, UNLICENSE*, COPYRIGHT*, and `MIT-LICENSE.txt`-style names.
NAME = re.compile(r"^(un)?licen[cs]e|^copying|^notice|^copyright|[-_.]licen[cs]e(\.[a-z0-9]+)?$", re.I)
# Code and data that merely share the name (`license.js`, `LICENSE.json`).
NOT_TEXT = {".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".map", ".json", ".py", ".pyc", ".rs"}


def license_like(path):
    return path.is_file() and NAME.search(path.name) is not None and path.suffix.lower() not in NOT_TEXT


def npm_packages(tree):
    """(folder, filter) for every installed package."""
    for manifest in sorted((tree / "node_modules").rglob("package.json")):
        folder = manifest.parent
        # A package is a folder right under node_modules, or under node_modules/@scope.
        parent = folder.parent
        if parent.name == "node_modules" or (parent.name.startswith("@") and parent.parent.name == "node_modules"):
            yield folder, license_like


def dist_infos(venv):
    """Each dist-info's license-like files, and every file of its `licenses/` folder (the
    `License-File`s of PEP 639, whatever their names)."""
    for dist in sorted(venv.glob("lib/python*/site-packages/*.dist-info")):
        yield dist, license_like
        if (dist / "licenses").is_dir():
            for sub in sorted([dist / "licenses", *(p for p in (dist / "licenses").rglob("*") if p.is_dir())]):
                yield sub, Path.is_file


def crates(tree):
    out = subprocess.run(
        ["cargo", "metadata", "--offline", "--format-version", "1"],
        cwd=tree, capture_output=True, text=True, check=True,
    ).stdout
    for package in json.loads(out)["packages"]:
        if package["source"]:  # not the tree's own package
            yield Path(package["manifest_path"]).parent, license_like


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1].strip())
    trees = Path(sys.argv[1]).resolve()
    corpus = trees / "license-corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir()
    sources = {
        "npm": npm_packages(trees / "npm"),
        "python": dist_infos(trees / "python-project" / ".venv"),
        "cargo": crates(trees / "cargo"),
    }
    seen = set()
    for kind, folders in sources.items():
        found = new = 0
        for folder, wanted in folders:
            for path in sorted(folder.iterdir()):
                if not wanted(path):
                    continue
                data = path.read_bytes()
                found += 1
                digest = hashlib.sha256(data).hexdigest()
                if digest in seen:
                    continue
                seen.add(digest)
                new += 1
                (corpus / f"{digest[:12]}-{path.name}").write_bytes(data)
        print(f"{kind}: {found} license files, {new} new distinct")
    print(f"{len(seen)} distinct files in {corpus}")


if __name__ == "__main__":
    main()
