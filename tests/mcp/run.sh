#!/usr/bin/env bash
# `llmos mcp` with the official MCP TypeScript SDK client (run by ctest, hence by ./scripts/test.sh):
#
#   tests/mcp/run.sh LLMOS BUILD_DIR
#
# Installs @modelcontextprotocol/sdk (pinned by package-lock.json) with `npm ci` into
# BUILD_DIR/mcp-tests (reused while the lockfile is unchanged), then runs client.mjs.
# Exits 77 (ctest: skipped) when node/npm is missing; ./scripts/setup.sh installs them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
llmos=${1:?usage: run.sh LLMOS BUILD_DIR}
build=${2:?usage: run.sh LLMOS BUILD_DIR}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "MCP client tests skipped: node and npm are needed (apt-get install nodejs npm, or ./scripts/setup.sh)"
  exit 77
fi

dir=$build/mcp-tests
mkdir -p "$dir"
want=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
stamp=$dir/node_modules/.llmos-stamp
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -d "$dir/node_modules/@modelcontextprotocol/sdk" ]; then
  echo "installing @modelcontextprotocol/sdk into $dir (npm ci)"
  cp "$here/package.json" "$here/package-lock.json" "$dir/"
  # Serialised: ctest may start this while another tree installs into the same folder.
  (
    flock 9
    cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --prefer-offline --loglevel=error
  ) 9>"$dir/.install.lock"
  echo "$want" > "$stamp"
fi

exec node "$here/client.mjs" --llmos "$llmos" --modules "$dir/node_modules"
