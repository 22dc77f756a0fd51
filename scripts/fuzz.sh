#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (tests/fuzz, own tree build-fuzz/) and runs each for a
# bounded time, starting from the committed seed corpus. Usage: scripts/fuzz.sh [SECONDS]
# (default 30 per target). A crash leaves its input in build-fuzz/artifacts/ and fails the script.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds="${1:-30}"
case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, got '$seconds'" >&2; exit 2 ;; esac
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (./scripts/setup.sh installs it)" >&2; exit 1; }

build="$root/build-fuzz"
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build"
mkdir -p "$build/artifacts"
for target in sanitizer; do
  work="$build/corpus/$target"            # grows as the fuzzer finds new paths; the seeds stay
  mkdir -p "$work"
  echo "fuzz.sh: $target for ${seconds}s"
  "$build/${target}_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
    "$work" "$root/tests/fuzz/corpus/$target" 2>"$build/$target.log" \
    || { tail -n 40 "$build/$target.log" >&2; echo "fuzz.sh: $target failed; input in $build/artifacts/" >&2; exit 1; }
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/$target.log" | sed "s/^/fuzz.sh: $target /"
done
