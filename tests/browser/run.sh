#!/usr/bin/env bash
# The browser tests of `llmos serve` (run by ctest, hence by ./scripts/test.sh):
#
#   tests/browser/run.sh LLMOS BUILD_DIR
#
# Installs playwright-core (pinned by package-lock.json) with `npm ci` into BUILD_DIR/browser-tests
# (reused while the lockfile is unchanged), then runs run.mjs against Debian's chromium, saving
# screenshots in BUILD_DIR/browser-screenshots. Exits 77 (ctest: skipped) when chromium or
# node/npm is missing; ./scripts/setup.sh installs them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
llmos=${1:?usage: run.sh LLMOS BUILD_DIR}
build=${2:?usage: run.sh LLMOS BUILD_DIR}
chromium=${LLMOS_CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
  echo "browser tests skipped: no chromium at $chromium (apt-get install chromium, or ./scripts/setup.sh)"
  exit 77
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "browser tests skipped: node and npm are needed (apt-get install nodejs npm, or ./scripts/setup.sh)"
  exit 77
fi

dir=$build/browser-tests
mkdir -p "$dir"
want=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
stamp=$dir/node_modules/.llmos-stamp
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -d "$dir/node_modules/playwright-core" ]; then
  echo "installing playwright-core into $dir (npm ci)"
  cp "$here/package.json" "$here/package-lock.json" "$dir/"
  # Serialised: ctest may start this while another tree installs into the same folder.
  (
    flock 9
    cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --prefer-offline --loglevel=error
  ) 9>"$dir/.install.lock"
  echo "$want" > "$stamp"
fi

exec node "$here/run.mjs" --llmos "$llmos" --modules "$dir/node_modules" \
  --chromium "$chromium" --screenshots "$build/browser-screenshots"
