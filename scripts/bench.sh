#!/usr/bin/env bash
# Benchmarks llmos against its peers in one run and rewrites bench/RESULTS.md.
#
#   ./scripts/bench.sh [--filter REGEX] [--rounds N] [--cold-runs N] [--peer-cold-runs N]
#                      [--no-cold] [--http-seconds S] [--no-http]
#
# Needs the C++ build (build/llmos-bench, build/llmos: ./scripts/setup.sh) and, for the peer
# only, node + npm. The peer (quickjs-emscripten, pinned by bench/peers/quickjs-emscripten/
# package-lock.json) is installed with `npm ci` into build/bench-peers/, a folder used by
# nothing but this script; an install whose lockfile is unchanged is reused (no network).
# llmos itself never needs Node.
#
# What runs, in order:
#   build/llmos-bench --json [--filter REGEX]                           -> llmos in-process figures
#   node build/bench-peers/quickjs-emscripten/bench.mjs --json [--filter REGEX]
#   then N-1 more rounds (--rounds, default 3) of artifact_2plus2, fib27 and json100k, each
#   workload on llmos then on the peer, back to back
#   build/llmos run DIR/2plus2.js --data-dir DIR/llmos-data  (x N, stdout/stderr discarded)
#   node build/bench-peers/quickjs-emscripten/cold-2plus2.mjs    (x M)
#   /bin/true                                                    (x N, process start-up floor)
#   build/llmos status --json --data-dir DIR/boot-data      (x B: the kernel's six boot stages)
#   build/llmos serve --port 0 --isolation {process,none}, each loaded for S seconds by
#   build/llmos-http-load --clients 8 --json                     (`2+2` over HTTP)
#   python3 bench/report.py ...                                  -> bench/RESULTS.md
#
# Overrides (for testing and odd layouts): LLMOS_BUILD_DIR, LLMOS_BENCH_BIN, LLMOS_BIN,
# BENCH_PEERS_DIR, BENCH_RESULTS.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${LLMOS_BUILD_DIR:-$ROOT/build}
LLMOS_BENCH=${LLMOS_BENCH_BIN:-$BUILD/llmos-bench}
LLMOS=${LLMOS_BIN:-$BUILD/llmos}
PEERS_DIR=${BENCH_PEERS_DIR:-$BUILD/bench-peers}
OUT=${BENCH_RESULTS:-$ROOT/bench/RESULTS.md}
PEER_SRC=$ROOT/bench/peers/quickjs-emscripten

FILTER=
COLD_RUNS=50
PEER_COLD_RUNS=15
PY_COLD_RUNS=${PY_COLD_RUNS:-10}
DO_COLD=1
ROUNDS=3
HTTP_SECONDS=10
DO_HTTP=1

die() { # exit-code message
  local code=$1; shift
  echo "bench.sh: $*" >&2
  exit "$code"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --filter) [ $# -ge 2 ] || die 2 "--filter needs a REGEX"; FILTER=$2; shift 2 ;;
    --cold-runs) [ $# -ge 2 ] || die 2 "--cold-runs needs N"; COLD_RUNS=$2; shift 2 ;;
    --peer-cold-runs) [ $# -ge 2 ] || die 2 "--peer-cold-runs needs N"; PEER_COLD_RUNS=$2; shift 2 ;;
    --no-cold) DO_COLD=0; shift ;;
    --rounds) [ $# -ge 2 ] || die 2 "--rounds needs N"; ROUNDS=$2; shift 2 ;;
    --http-seconds) [ $# -ge 2 ] || die 2 "--http-seconds needs S"; HTTP_SECONDS=$2; shift 2 ;;
    --no-http) DO_HTTP=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die 2 "unknown argument: $1 (see --help)" ;;
  esac
done
case "$COLD_RUNS$PEER_COLD_RUNS$ROUNDS" in *[!0-9]*) die 2 "run counts must be whole numbers" ;; esac
[ "$COLD_RUNS" -ge 1 ] && [ "$PEER_COLD_RUNS" -ge 1 ] && [ "$ROUNDS" -ge 1 ] || die 2 "run counts must be at least 1"
case "$HTTP_SECONDS" in ''|*[!0-9]*) die 2 "--http-seconds must be a whole number" ;; esac
[ "$HTTP_SECONDS" -ge 1 ] || die 2 "--http-seconds must be at least 1"

if [ ! -x "$LLMOS_BENCH" ]; then
  die 2 "$LLMOS_BENCH not found: build llmos first (./scripts/setup.sh), then rerun."
fi
command -v python3 >/dev/null || die 2 "python3 not found (apt-get install python3)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  die 2 "node and npm are needed for the peer benchmark only (apt-get install nodejs npm)."
fi

NOTES=()
FILTER_ARGS=()
[ -n "$FILTER" ] && FILTER_ARGS=(--filter "$FILTER")

TMP=$(mktemp -d "${TMPDIR:-/tmp}/llmos-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# --- peer install (bench-only folder, npm ci from the lockfile, reused when unchanged) -------
PEER_DIR=$PEERS_DIR/quickjs-emscripten
mkdir -p "$PEER_DIR"
want_stamp=$(cat "$PEER_SRC/package.json" "$PEER_SRC/package-lock.json" | sha256sum | cut -d' ' -f1)
stamp_file=$PEER_DIR/node_modules/.llmos-peer-stamp
if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$want_stamp" ] \
   && [ -d "$PEER_DIR/node_modules/quickjs-emscripten" ]; then
  echo "bench.sh: peer quickjs-emscripten already installed in $PEER_DIR"
else
  echo "bench.sh: installing peer quickjs-emscripten into $PEER_DIR (npm ci)"
  cp "$PEER_SRC/package.json" "$PEER_SRC/package-lock.json" "$PEER_DIR/"
  if ! (cd "$PEER_DIR" && npm ci --no-audit --no-fund --ignore-scripts --prefer-offline \
          --loglevel=error >&2); then
    die 1 "npm ci of the peer failed (is the npm registry reachable, or the npm cache warm?)"
  fi
  echo "$want_stamp" > "$stamp_file"
fi
cp "$PEER_SRC/bench.mjs" "$PEER_SRC/cold-2plus2.mjs" "$PEER_DIR/"

# --- in-process workloads ------------------------------------------------------------------
echo "bench.sh: running $LLMOS_BENCH --json ${FILTER_ARGS[*]}"
if ! "$LLMOS_BENCH" --json "${FILTER_ARGS[@]}" > "$TMP/llmos.json"; then
  die 1 "$LLMOS_BENCH failed"
fi

echo "bench.sh: running the quickjs-emscripten peer"
PEER_ARGS=(--peer "quickjs-emscripten=$TMP/peer.json")
LLMOS_ARGS=(--llmos "$TMP/llmos.json")
if ! node "$PEER_DIR/bench.mjs" --json "${FILTER_ARGS[@]}" > "$TMP/peer.json"; then
  NOTES+=("The quickjs-emscripten peer benchmark failed in this run; its figures are missing.")
  echo "bench.sh: warning: peer benchmark failed" >&2
  ROUNDS=1
fi

# This machine's CPU speed shifts for tens of seconds at a time, so a workload measured once on
# each side can compare a fast phase with a slow one. The compared workloads get ROUNDS-1 more
# rounds, llmos and the peer back to back for one workload at a time; report.py takes the
# median of each side's round medians.
COMPARED=(artifact_2plus2 fib27 json100k)
for ((round = 2; round <= ROUNDS; round++)); do
  for w in "${COMPARED[@]}"; do
    [ -n "$FILTER" ] && ! [[ $w =~ $FILTER ]] && continue
    echo "bench.sh: round $round of $ROUNDS: $w"
    if "$LLMOS_BENCH" --json --filter "^$w\$" > "$TMP/llmos.$w.$round.json" &&
       node "$PEER_DIR/bench.mjs" --json --filter "^$w\$" > "$TMP/peer.$w.$round.json"; then
      LLMOS_ARGS+=(--llmos "$TMP/llmos.$w.$round.json")
      PEER_ARGS+=(--peer "quickjs-emscripten=$TMP/peer.$w.$round.json")
    else
      NOTES+=("Round $round of $w failed; it is left out.")
    fi
  done
done

# --- cold processes --------------------------------------------------------------------------
# time_runs OUTFILE N CMD...: wall time of N runs of CMD from spawn to exit, one line per run
# in ms (bench/spawn_time.py: posix_spawn, not a fork of this shell, whose copying added
# 1.5-2 ms to every run); prints the number of runs that exited non-zero.
time_runs() {
  local out=$1 n=$2
  shift 2
  python3 "$ROOT/bench/spawn_time.py" --out "$out" --runs "$n" -- "$@"
}

COLD_ARGS=()
if [ "$DO_COLD" = 1 ]; then
  printf '2+2\n' > "$TMP/2plus2.js"
  mkdir -p "$TMP/llmos-data"
  LLMOS_COLD=("$LLMOS" run "$TMP/2plus2.js" --data-dir "$TMP/llmos-data")
  if [ -x "$LLMOS" ]; then
    echo "bench.sh: timing $COLD_RUNS cold runs of: ${LLMOS_COLD[*]}"
    got=$("${LLMOS_COLD[@]}" 2>/dev/null </dev/null || true)   # warm-up, checks the output
    if [ "$got" != "4" ]; then
      NOTES+=("\`llmos run\` of \`2+2\` printed \`${got//$'\n'/ }\` instead of \`4\`.")
      echo "bench.sh: warning: llmos run printed '$got' instead of 4" >&2
    fi
    fails=$(time_runs "$TMP/cold-llmos.txt" "$COLD_RUNS" "${LLMOS_COLD[@]}")
    [ "$fails" = 0 ] || NOTES+=("$fails of $COLD_RUNS timed \`llmos run\` processes exited non-zero.")
    COLD_ARGS+=(--cold-llmos "$TMP/cold-llmos.txt")
  else
    NOTES+=("$LLMOS not found: no cold-start figures for llmos.")
    echo "bench.sh: warning: $LLMOS not found; skipping its cold start" >&2
  fi

  # Python: a whole `llmos run` that starts the sandboxed worker (CPython, numpy, matplotlib).
  if [ -x "$LLMOS" ]; then
    printf '2+2\n' > "$TMP/2plus2.py"
    LLMOS_COLD_PY=("$LLMOS" run --lang python "$TMP/2plus2.py" --data-dir "$TMP/llmos-data")
    got=$("${LLMOS_COLD_PY[@]}" 2>/dev/null </dev/null || true)
    if [ "$got" = "4" ]; then
      echo "bench.sh: timing $PY_COLD_RUNS cold runs of: ${LLMOS_COLD_PY[*]}"
      fails=$(time_runs "$TMP/cold-python.txt" "$PY_COLD_RUNS" "${LLMOS_COLD_PY[@]}")
      [ "$fails" = 0 ] || NOTES+=("$fails of $PY_COLD_RUNS timed Python \`llmos run\` processes exited non-zero.")
      COLD_ARGS+=(--cold-python "$TMP/cold-python.txt")
    else
      NOTES+=("\`llmos run --lang python\` of \`2+2\` printed \`${got//$'\n'/ }\` instead of \`4\`: no Python cold figure.")
    fi
  fi

  PEER_COLD=(node "$PEER_DIR/cold-2plus2.mjs")
  echo "bench.sh: timing $PEER_COLD_RUNS cold runs of: ${PEER_COLD[*]}"
  got=$("${PEER_COLD[@]}" 2>/dev/null </dev/null || true)
  if [ "$got" != "4" ]; then
    NOTES+=("\`node cold-2plus2.mjs\` printed \`${got//$'\n'/ }\` instead of \`4\`.")
  fi
  fails=$(time_runs "$TMP/cold-peer.txt" "$PEER_COLD_RUNS" "${PEER_COLD[@]}")
  [ "$fails" = 0 ] || NOTES+=("$fails of $PEER_COLD_RUNS timed peer cold processes exited non-zero.")
  COLD_ARGS+=(--cold-peer "$TMP/cold-peer.txt")

  time_runs "$TMP/cold-true.txt" "$COLD_RUNS" /bin/true >/dev/null
  COLD_ARGS+=(--cold-baseline "$TMP/cold-true.txt")
fi

# --- kernel boot -------------------------------------------------------------------------------
# The first boot of a fresh data dir creates the volumes and installs the stdlib; the others
# verify it. `llmos run` runs none of these stages.
BOOT_RUNS=${BOOT_RUNS:-20}
BOOT_ARGS=()
if [ -x "$LLMOS" ]; then
  echo "bench.sh: booting the kernel $BOOT_RUNS times: $LLMOS status --json"
  : > "$TMP/boot.jsonl"
  for ((i = 0; i < BOOT_RUNS; i++)); do
    "$LLMOS" status --json --data-dir "$TMP/boot-data" </dev/null >> "$TMP/boot.jsonl" 2>/dev/null || true
  done
  BOOT_ARGS+=(--boot "$TMP/boot.jsonl")
fi

# --- HTTP: `2+2` through `llmos serve` with 8 keep-alive clients ------------------------------
HTTP_LOAD=$BUILD/llmos-http-load
HTTP_ARGS=()
# http_run ISOLATION: one server on a free port, loaded for HTTP_SECONDS; appends its JSON line.
http_run() {
  local iso=$1 log=$TMP/serve-$1.log pid port= i
  "$LLMOS" serve --port 0 --isolation "$iso" --data-dir "$TMP/http-data-$iso" </dev/null 2>"$log" >/dev/null &
  pid=$!
  for ((i = 0; i < 100; i++)); do   # the first line on stderr names the port
    port=$(sed -n 's|^llmos: serving on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$log" | head -n1)
    [ -n "$port" ] && grep -q "kernel ready" "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    NOTES+=("\`llmos serve --isolation $iso\` did not start: no HTTP figures for it.")
  else
    echo "bench.sh: loading llmos serve --isolation $iso (port $port) for $HTTP_SECONDS s"
    if "$HTTP_LOAD" --url "http://127.0.0.1:$port" --clients 8 --seconds "$HTTP_SECONDS" --json \
         > "$TMP/http-$iso.json"; then
      printf '{"isolation":"%s","result":%s}\n' "$iso" "$(cat "$TMP/http-$iso.json")" >> "$TMP/http.jsonl"
    else
      NOTES+=("\`llmos-http-load\` failed against \`llmos serve --isolation $iso\`.")
    fi
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
if [ "$DO_HTTP" = 1 ] && [ -x "$LLMOS" ] && [ -x "$HTTP_LOAD" ]; then
  : > "$TMP/http.jsonl"
  http_run process
  http_run none
  HTTP_ARGS+=(--http "$TMP/http.jsonl")
elif [ "$DO_HTTP" = 1 ]; then
  NOTES+=("$HTTP_LOAD or $LLMOS not found: no HTTP figures.")
fi

LLMOS_VERSION=
[ -x "$LLMOS" ] && LLMOS_VERSION=$("$LLMOS" --version 2>/dev/null </dev/null | head -n1 || true)
[ -n "$FILTER" ] && NOTES+=("Run with \`--filter $FILTER\`.")

NOTE_ARGS=()
for n in "${NOTES[@]+"${NOTES[@]}"}"; do NOTE_ARGS+=(--note "$n"); done

python3 "$ROOT/bench/report.py" \
  "${LLMOS_ARGS[@]}" "${PEER_ARGS[@]}" "${COLD_ARGS[@]+"${COLD_ARGS[@]}"}" \
  "${BOOT_ARGS[@]+"${BOOT_ARGS[@]}"}" "${HTTP_ARGS[@]+"${HTTP_ARGS[@]}"}" \
  --cold-llmos-cmd "build/llmos run 2plus2.js --data-dir DIR" \
  --cold-peer-cmd "node cold-2plus2.mjs" \
  --cold-baseline-cmd "/bin/true" \
  --build-dir "$BUILD" --llmos-version "$LLMOS_VERSION" \
  "${NOTE_ARGS[@]+"${NOTE_ARGS[@]}"}" \
  --svg "$(dirname "$OUT")/latency.svg" \
  --out "$OUT"

echo "bench.sh: wrote $OUT"
echo
cat "$OUT"
