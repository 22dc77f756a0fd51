#!/usr/bin/env bash
# examples/embed built against an installed llmos, as a program that embeds it would be:
# `cmake --install` of this build into a scratch prefix, find_package(llmos) from there, run.
# usage: embed_test.sh BUILD_DIR SOURCE_DIR CXX_COMPILER
set -euo pipefail
build=$1 src=$2 cxx=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }
for f in bin/llmos include/llmos/llmos.hpp include/llmos/version.hpp lib/cmake/llmos/llmosConfig.cmake \
         lib/cmake/llmos/llmosConfigVersion.cmake lib/libllmos.a; do
  [ -e "$tmp/prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
# The public headers stand alone: nothing of the engine or the internal layers.
if grep -rlE '#include [<"](quickjs|engine/|kernel/|executor/|common/)' "$tmp/prefix/include"; then
  echo "internal headers leak into include/llmos"; exit 1
fi

cmake -S "$src/examples/embed" -B "$tmp/build" -DCMAKE_PREFIX_PATH="$tmp/prefix" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release >"$tmp/configure.log" || { cat "$tmp/configure.log"; exit 1; }
cmake --build "$tmp/build" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }

out=$("$tmp/build/embed" "$tmp/data")
echo "$out"
expect() { grep -qF -- "$1" <<<"$out" || { echo "missing from the output: $1"; exit 1; }; }
expect 'kernel ready'
expect '"success":true'
expect '"fahrenheit":[65.3,69.8,73.85]'
expect '"refused":"celsiusToFahrenheit expects one number"'
expect '"logs":["Zurich: 3 readings converted"]'
expect '"artifactId":"weather"'
[ -f "$tmp/data/system/kernel/init.jsbc" ] || { echo "the kernel did not install its stdlib"; exit 1; }
echo "embed example: ok"
