#!/usr/bin/env bash
# One command from a fresh Debian bookworm machine to a built `build/llmos`:
# installs the Debian packages, fetches and verifies QuickJS, configures and builds (Release).
# Idempotent: packages already present are not reinstalled and the build is incremental.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Build and test dependencies, each from Debian. Why each one is here: README.md, "Dependencies".
packages=(
  build-essential cmake ninja-build pkg-config xz-utils ca-certificates dpkg-dev
  nlohmann-json3-dev libcli11-dev
  libsqlite3-dev libgumbo-dev
  libcairo2-dev fonts-dejavu-core
  libgtest-dev libgmock-dev libbenchmark-dev
  python3
  libpython3-dev python3-numpy python3-matplotlib libseccomp-dev libmimalloc-dev
  libcpp-httplib-dev chromium
  patch clang libclang-rt-14-dev
)

# Node and npm run the browser tests only (playwright-core drives chromium); a Node that is
# already installed (from Debian or elsewhere) is kept.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: not root and no sudo; install: ${packages[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

./scripts/fetch-quickjs.sh

build_dir="${LLMOS_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build_dir"
echo "setup: done; the binary is $build_dir/llmos"
