#!/usr/bin/env python3
"""Cold scan speed against peer tools, on real installed trees: `ossdoo scan` beside
license-checker (npm), pip-licenses (Python) and cargo-deny (Cargo), and `ossdoo detect` over a
corpus of real license files.

    benches/real-trees/make.sh TREES --peers      # once: the trees, the corpus and the peers
    cargo build --release && python3 benches/peers.py TREES [--ossdoo BIN] [--runs N] [--only NAME ...]

For each tree, every command runs once to warm the page cache (and to fill ossdoo's detection
cache for the warm figure), then the peer and ossdoo alternate, peer, cold, warm, peer, cold,
warm…, N times, so that noise on a shared machine falls on both sides alike:

- peer: `license-checker --json` in TREES/npm; `.venv/bin/pip-licenses --from=mixed
  --format=json` in TREES/python-project; `cargo deny --offline check licenses` in TREES/cargo.
- ossdoo cold: `ossdoo scan TREE --no-cache --quiet --format json` (every license text detected).
- ossdoo warm: the same with `--cache-dir` of a fresh folder that the warm-up run filled.

Ratios are peer ÷ ossdoo: above 1, ossdoo is faster. Peak RSS is the largest resident set of
the process tree's biggest process (getrusage RUSAGE_CHILDREN), the maximum over the runs.
ossdoo's exit code 1 (policy violations) counts as success. Standard library only; prints
Markdown (docs/performance.md keeps the figures).
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BINARY = REPO / "target" / "release" / "ossdoo"

PROBE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[2:], cwd=sys.argv[1], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


class Series:
    """Wall times, peak RSS and exit codes of one command's runs."""

    def __init__(self, argv, cwd):
        self.argv, self.cwd = [str(a) for a in argv], str(cwd)
        self.walls, self.peaks, self.codes = [], [], set()

    def run(self):
        # A fresh interpreter per run, so RUSAGE_CHILDREN covers this run only.
        out = subprocess.run([sys.executable, "-c", PROBE, self.cwd, *self.argv], capture_output=True, text=True, check=True).stdout.split()
        self.walls.append(float(out[0]))
        self.peaks.append(int(out[1]) / 1024)
        self.codes.add(int(out[2]))

    @property
    def median(self):
        return statistics.median(self.walls)

    @property
    def peak(self):
        return max(self.peaks)


def capture(argv, cwd):
    """One untimed run (the warm-up), its standard output and error."""
    done = subprocess.run([str(a) for a in argv], cwd=cwd, capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


def count_json_entries(out, _cwd):
    """license-checker and pip-licenses: one JSON entry per package."""
    return len(json.loads(out))


def count_cargo_deny(_out, cwd):
    # cargo-deny says nothing at its default log level: ask once at `info` (untimed).
    _, _, err = capture(["cargo", "deny", "--offline", "--log-level", "info", "check", "licenses"], cwd)
    found = re.search(r"gathered (\d+) crates", err)
    return int(found.group(1)) if found else None


def trees(root):
    """name, folder scanned, peer name, peer argv, cwd, how to count the peer's packages."""
    project = root / "python-project"
    return [
        ("npm", root / "npm", "license-checker", ["license-checker", "--json"], root / "npm", count_json_entries),
        ("python", project, "pip-licenses", [project / ".venv" / "bin" / "pip-licenses", "--from=mixed", "--format=json"], project, count_json_entries),
        ("cargo", root / "cargo", "cargo-deny", ["cargo", "deny", "--offline", "check", "licenses"], root / "cargo", count_cargo_deny),
    ]


def version(argv):
    try:
        done = subprocess.run([str(a) for a in argv], capture_output=True, text=True)
        # license-checker prints its version on standard error.
        return (done.stdout.strip() or done.stderr.strip()).splitlines()[0]
    except (OSError, IndexError):
        return "missing"


def ms(seconds):
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", type=Path, help="the folder benches/real-trees/make.sh built")
    parser.add_argument("--ossdoo", type=Path, default=BINARY, help=f"the binary (default: {BINARY.relative_to(REPO)})")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", nargs="*", help="npm, python, cargo, corpus, metadata (default: all)")
    options = parser.parse_args()
    root = options.trees.resolve()
    ossdoo = options.ossdoo.resolve()
    if not ossdoo.exists():
        sys.exit(f"{ossdoo} is missing: run `cargo build --release` first, or pass --ossdoo")
    wanted = lambda name: not options.only or name in options.only  # noqa: E731
    cache_root = Path(tempfile.mkdtemp(prefix="ossdoo-peers-cache-"))

    print(f"ossdoo {ossdoo} ({version([ossdoo, '--version'])}), {os.cpu_count()} CPUs, median of {options.runs} runs after one warm-up, alternating peer / ossdoo cold / ossdoo warm")
    print(f"peers: license-checker {version(['license-checker', '--version'])}, {version([root / 'python-project/.venv/bin/pip-licenses', '--version'])}, {version(['cargo', 'deny', '--version'])}\n")
    print("| tree | packages (ossdoo / peer) | peer | peer median | ossdoo cold median | peer ÷ cold | ossdoo warm median | peer ÷ warm | peak RSS peer / cold / warm | exit codes peer / ossdoo |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    try:
        for name, folder, peer_name, peer_argv, cwd, count in trees(root):
            if not wanted(name):
                continue
            if not folder.exists():
                print(f"| {name} | {folder} is missing: run benches/real-trees/make.sh | | | | | | | | |", flush=True)
                continue
            scan = [ossdoo, "scan", folder, "--quiet", "--format", "json"]
            cache = cache_root / name
            peer = Series(peer_argv, cwd)
            cold = Series([*scan, "--no-cache"], cwd)
            warm = Series([*scan, "--cache-dir", cache], cwd)
            # Warm-up: page cache, ossdoo's detection cache, and the package counts.
            _, out, _ = capture(peer.argv, cwd)
            peer_count = count(out, cwd)
            capture(cold.argv, cwd)
            _, out, _ = capture(warm.argv, cwd)
            ours = json.loads(out)["summary"]["packages"]
            for _ in range(options.runs):
                for series in (peer, cold, warm):
                    series.run()
            print(
                f"| {name} | {ours:,} / {f'{peer_count:,}' if peer_count is not None else '?'} | {peer_name} | {ms(peer.median)} | {ms(cold.median)} | {peer.median / cold.median:.2f}× "
                f"| {ms(warm.median)} | {peer.median / warm.median:.2f}× | {peer.peak:,.0f} / {cold.peak:,.0f} / {warm.peak:,.0f} MiB "
                f"| {sorted(peer.codes)} / {sorted(cold.codes | warm.codes)} |",
                flush=True,
            )

        corpus = root / "license-corpus"
        if wanted("corpus") and corpus.exists():
            files = sorted(p.name for p in corpus.iterdir() if p.is_file())
            detect = Series([ossdoo, "detect", "--no-cache", "--format", "json", *files], corpus)
            warm = Series([ossdoo, "detect", "--cache-dir", cache_root / "corpus", "--format", "json", *files], corpus)
            capture(detect.argv, corpus)
            capture(warm.argv, corpus)
            for _ in range(options.runs):
                detect.run()
                warm.run()
            size = sum((corpus / f).stat().st_size for f in files) / 1e6
            print(f"\n| license corpus | files | size | `detect --no-cache` median | files/s | warm cache median | files/s | peak RSS | exit codes |")
            print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
            print(
                f"| {corpus} | {len(files):,} | {size:.1f} MB | {ms(detect.median)} | {len(files) / detect.median:,.0f} | {ms(warm.median)} | {len(files) / warm.median:,.0f} "
                f"| {max(detect.peak, warm.peak):,.0f} MiB | {sorted(detect.codes | warm.codes)} |",
                flush=True,
            )

        if wanted("metadata") and (root / "cargo").exists():
            metadata = Series(["cargo", "metadata", "--offline", "--format-version", "1"], root / "cargo")
            capture(metadata.argv, root / "cargo")
            for _ in range(options.runs):
                metadata.run()
            print(f"\n`cargo metadata --offline --format-version 1` alone in {root / 'cargo'} (part of ossdoo's Cargo scan): median {ms(metadata.median)}, peak RSS {metadata.peak:,.0f} MiB, exit codes {sorted(metadata.codes)}")
    finally:
        shutil.rmtree(cache_root, ignore_errors=True)


if __name__ == "__main__":
    main()
