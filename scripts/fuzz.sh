#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (tests/fuzz, own tree build-fuzz/) and runs each for a
# bounded time, starting from the committed seed corpus (tests/fuzz/corpus/<target>/).
# Usage: scripts/fuzz.sh [SECONDS]   SECONDS per target; default 12, so that the five targets
# (sanitizer, frame, worker_message, request, value) take about a minute together, the build aside (QuickJS,
# for value_fuzz, is compiled once: about two minutes on a busy machine).
# Prints, per target, the executions run and the peak RSS. A finding (crash, leak, UB, timeout)
# leaves its input in build-fuzz/artifacts/ and fails the script.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds="${1:-12}"
case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, got '$seconds'" >&2; exit 2 ;; esac
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (./scripts/setup.sh installs it)" >&2; exit 1; }
command -v clang >/dev/null || { echo "fuzz.sh: clang not found (./scripts/setup.sh installs it)" >&2; exit 1; }

build="$root/build-fuzz"
"$root/scripts/fetch-quickjs.sh"   # a no-op unless a patch was added or changed since setup
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j "${LLMOS_FUZZ_JOBS:-2}"
mkdir -p "$build/artifacts"
summary=()
for target in sanitizer frame worker_message request value; do
  work="$build/corpus/$target"            # grows as the fuzzer finds new paths; the seeds stay
  # value_fuzz runs a few dozen inputs a second (a fresh QuickJS runtime and context for each):
  # replaying the corpus an earlier run grew would take the whole time, so it starts from the
  # seeds every time. The other targets run thousands a second and keep what they found.
  if [ "$target" = value ]; then rm -rf "$work"; fi
  mkdir -p "$work"
  echo "fuzz.sh: $target for ${seconds}s"
  "$build/${target}_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
    "$work" "$root/tests/fuzz/corpus/$target" 2>"$build/$target.log" \
    || { tail -n 40 "$build/$target.log" >&2; echo "fuzz.sh: $target failed; input in $build/artifacts/" >&2; exit 1; }
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$target.log")
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$build/$target.log")
  echo "fuzz.sh: $target: ${runs:-?} executions, peak RSS ${rss:-?} MB"
  summary+=("$(printf '%-10s %10s executions  %6s MB peak RSS' "$target" "${runs:-?}" "${rss:-?}")")
done
echo "fuzz.sh: no findings (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
