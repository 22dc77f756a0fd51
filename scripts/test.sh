#!/usr/bin/env bash
# The whole test suite. `--sanitize` builds a separate ASan+UBSan tree (build-asan) and runs
# the same suite there. Sets the project up first when needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

sanitize=0
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=1 ;;
    -h|--help) echo "usage: scripts/test.sh [--sanitize]"; exit 0 ;;
    *) echo "test.sh: unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ ! -x build/llmos ] || [ ! -f third_party/quickjs/.stamp ]; then
  ./scripts/setup.sh
fi
./scripts/fetch-quickjs.sh   # re-unpacks only when the tarball or patches/quickjs changed

if [ "$sanitize" = 1 ]; then
  dir=build-asan
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLLMOS_SANITIZE=ON >/dev/null
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  dir=build
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$dir"
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
# The libFuzzer targets (clang, own tree) for a bounded time; the sanitizer run skips them since
# they carry ASan+UBSan themselves.
if [ "$sanitize" = 0 ]; then
  # Its default is 12 s per target, about a minute for the five; LLMOS_FUZZ_SECONDS overrides it.
  ./scripts/fuzz.sh ${LLMOS_FUZZ_SECONDS:+"$LLMOS_FUZZ_SECONDS"}
fi
