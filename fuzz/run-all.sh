#!/usr/bin/env bash
# Builds every fuzz target once, then runs the targets one after the other (niced, one libFuzzer
# job each) and prints a summary line per target.
# Usage: fuzz/run-all.sh [SECONDS_PER_TARGET] [TARGET...]  (default: 180 s, every target)
# Logs: fuzz/logs/<target>.log; crashes: fuzz/artifacts/<target>/.
#
# The binaries are run directly rather than through `cargo fuzz run`, so that an edit to the main
# crate during a long run does not rebuild it before every target.
set -uo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-180}
shift || true
targets=("$@")
cd "$fuzz_dir"
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi
CARGO_BUILD_JOBS=1 nice -n 10 cargo +nightly fuzz build || exit 1
bin_dir="$fuzz_dir/target/x86_64-unknown-linux-gnu/release"
mkdir -p logs
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "artifacts/$target"
    log="logs/$target.log"
    # -jobs=1 makes libFuzzer write its output to fuzz-0.log in the current folder.
    rm -f fuzz-0.log
    ASAN_OPTIONS=detect_odr_violation=0 nice -n 10 "$bin_dir/$target" \
        -artifact_prefix="artifacts/$target/" \
        -max_total_time="$seconds" -jobs=1 -workers=1 -rss_limit_mb=4096 \
        -max_len=262144 -timeout=10 -print_final_stats=1 "corpus/$target" >"$log.out" 2>&1
    status=$?
    cat fuzz-0.log >"$log" 2>/dev/null
    rm -f fuzz-0.log
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    eps=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
    echo "$target: status=$status runs=${runs:-?} exec/s=${eps:-?} cov=${cov:-?} artifacts=$(ls "artifacts/$target" | tr '\n' ' ')"
done
