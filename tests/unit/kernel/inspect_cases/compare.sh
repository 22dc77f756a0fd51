#!/usr/bin/env bash
# Compares src/kernel/log/inspect.js (run under QuickJS) with Node's real
# util.format for every case in cases.js.
#
#   bash tests/unit/kernel/inspect_cases/compare.sh /path/to/qjs [-v] [ID...]
#
# Needs `node` (v20, the reference) and a stock QuickJS `qjs` binary.
# Exit status: 0 when every case matches Node (or its documented `expect`),
# 1 when any case not marked `known` differs, 2 on harness errors.
#
# How a case runs (see cases.js for the fields):
#   - Node: evaluates `args` (strict indirect eval) and calls util.format.
#   - qjs:  evaluates inspect.js, calls the factory with *mock* host hooks
#     (promiseState/proxyDetails backed by the __settle/__proxy helpers, which
#     are plain pass-throughs under Node), evaluates `args`, calls format().
#     `nohooks: true` cases use a factory instance without hooks.
#   - `hostile` cases run in their own qjs process: the factory is created,
#     then the hostile setup code sabotages built-ins, then format() runs
#     (so inspect.js's lazy build() also happens after the sabotage, as it
#     does in a real context). Node never runs the setup; the output must not
#     change.
#   - `expect` replaces Node's output (used where Node throws and we must not,
#     or where the no-hooks fallback is intentionally different).
#   - `frames: true` normalises stack-frame lines ("    at ...") on both sides,
#     because frame text differs between engines.
#   - `known: 'reason'` marks an accepted difference: reported, not failed.
#   - `call: 'inspect'` calls inspect(...args) instead of format(...args).
set -uo pipefail

QJS="${1:-}"
if [[ -z "$QJS" ]]; then
  echo "usage: $0 /path/to/qjs [-v] [ID...]" >&2
  exit 2
fi
shift
VERBOSE=0
IDS=()
for a in "$@"; do
  if [[ "$a" == "-v" ]]; then VERBOSE=1; else IDS+=("$a"); fi
done

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$DIR/../../../.." && pwd)"
INSPECT="$ROOT/src/kernel/log/inspect.js"
CASES="$DIR/cases.js"
command -v node >/dev/null || { echo "node not found" >&2; exit 2; }
[[ -x "$QJS" ]] || command -v "$QJS" >/dev/null || { echo "qjs not found: $QJS" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# ----------------------------------------------------------------- Node side
cat > "$TMP/node_runner.js" <<'EOF'
'use strict';
const util = require('util');
const cases = require(process.argv[2]);
globalThis.__settle = (p) => p;
globalThis.__proxy = (t, h) => new Proxy(t, h);
globalThis.__revocable = (t, h) => { const r = Proxy.revocable(t, h); r.revoke(); return r.proxy; };
const out = {};
for (const c of cases) {
  try {
    const args = (0, eval)(`'use strict'; (${c.args})`);
    out[c.id] = c.call === 'inspect' ? util.inspect(...args) : util.format(...args);
  } catch (e) {
    out[c.id] = `THROWS: ${e && e.name}: ${e && e.message}`;
  }
}
process.stdout.write(JSON.stringify(out));
EOF

# ------------------------------------------------------------------ qjs side
cat > "$TMP/qjs_runner.js" <<'EOF'
import * as std from 'std';
// Capture what this runner needs before any hostile setup runs.
const apply = Reflect.apply;
const uncurry = (fn) => (self, ...args) => apply(fn, self, args);
const charCodeAt = uncurry(String.prototype.charCodeAt);
const HEX = '0123456789abcdef';
const objectKeys = Object.keys;
const puts = std.out.puts.bind(std.out);
const WMget = uncurry(WeakMap.prototype.get), WMset = uncurry(WeakMap.prototype.set);
const isProtoOf = uncurry(Object.prototype.isPrototypeOf);
const then = uncurry(Promise.prototype.then);
const [, casesPath, inspectPath, mode, onlyId] = scriptArgs;

// JSON output without JSON.stringify, which hostile cases may break (and which
// in QuickJS even trips over index setters installed on Array.prototype).
function jsonString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = charCodeAt(s, i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c < 32 || (c >= 0xd800 && c <= 0xdfff)) out += '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
    else out += s[i];
  }
  return out + '"';
}

const casesSrc = std.loadFile(casesPath);
const cases = (0, eval)(`(function(){ const module = { exports: null }; ${casesSrc}\n; return module.exports; })()`);
const factory = (0, eval)(std.loadFile(inspectPath));

// Mock host hooks: the real host implements these in C (JS_PromiseState,
// JSProxyData); here the test helpers register what the C side would know.
const promiseStates = new WeakMap();
const proxies = new WeakMap();
const PromisePrototype = Promise.prototype;
const noop = () => {};
globalThis.__settle = (p, state, value) => { WMset(promiseStates, p, [state, value]); return p; };
globalThis.__proxy = (t, h) => { const p = new Proxy(t, h); WMset(proxies, p, [t, h]); return p; };
globalThis.__revocable = (t, h) => {
  const r = Proxy.revocable(t, h); r.revoke(); WMset(proxies, r.proxy, [null, null]); return r.proxy;
};
const hooks = {
  promiseState(v) {
    if (typeof v !== 'object' || v === null) return undefined;
    const s = WMget(promiseStates, v);
    if (s !== undefined) return s;
    // Test-only brand check (then() has side effects the real hook avoids).
    try { then(v, noop, noop); return [0, undefined]; } catch { return undefined; }
  },
  proxyDetails(v) {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null) return undefined;
    return WMget(proxies, v);
  },
};
const withHooks = factory(hooks);
const noHooks = factory();

function run(c) {
  const lib = c.nohooks ? noHooks : withHooks;
  try {
    const args = (0, eval)(`'use strict'; (${c.args})`);
    if (c.hostile) (0, eval)(`'use strict'; ${c.hostile}`);
    return apply(c.call === 'inspect' ? lib.inspect : lib.format, undefined, args);
  } catch (e) {
    // No template literal: QuickJS would evaluate it with the sabotaged concat.
    return 'HARNESS-THROWS: ' + (e && e.name) + ': ' + (e && e.message);
  }
}

const out = {};
if (mode === 'one') {
  for (let i = 0; i < cases.length; i++) if (cases[i].id === onlyId) out[onlyId] = run(cases[i]);
} else {
  for (let i = 0; i < cases.length; i++) if (!cases[i].hostile) out[cases[i].id] = run(cases[i]);
}
let json = '{';
const outKeys = objectKeys(out);
for (let i = 0; i < outKeys.length; i++) json += (i ? ',' : '') + jsonString(outKeys[i]) + ':' + jsonString(out[outKeys[i]]);
puts(json + '}');
EOF

# ----------------------------------------------------------------- compare
cat > "$TMP/compare.js" <<'EOF'
'use strict';
const fs = require('fs');
const [casesPath, nodeOut, qjsDir, verbose, ...ids] = process.argv.slice(2);
const cases = require(casesPath);
const node = JSON.parse(fs.readFileSync(nodeOut, 'utf8'));
const qjs = {};
for (const f of fs.readdirSync(qjsDir)) Object.assign(qjs, JSON.parse(fs.readFileSync(`${qjsDir}/${f}`, 'utf8')));

// Stack frames differ between engines: keep the indentation and a trailing
// " {" (start of the extra-properties block), collapse runs of frames.
function normalizeFrames(s) {
  const out = [];
  for (const line of s.split('\n')) {
    const m = /^(\s+)(?:at .*?|\.\.\. \d+ lines matching cause stack trace \.\.\.)( \{)?$/.exec(line);
    const l = m ? `${m[1]}at <frame>${m[2] || ''}` : line;
    if (m && out.length && out[out.length - 1] === l) continue;
    if (m && out.length && out[out.length - 1] === `${m[1]}at <frame>` && m[2]) { out[out.length - 1] = l; continue; }
    out.push(l);
  }
  return out.join('\n');
}

let match = 0, fail = 0, known = 0, knownNowMatching = 0;
const selected = ids.length ? cases.filter((c) => ids.includes(c.id)) : cases;
for (const c of selected) {
  let want = c.expect !== undefined ? c.expect : node[c.id];
  let got = qjs[c.id];
  if (c.frames) { want = normalizeFrames(want); got = normalizeFrames(got ?? ''); }
  const ok = want === got;
  if (ok && !c.known) { match++; if (verbose === '1') console.log(`ok    ${c.id}`); continue; }
  if (ok && c.known) { knownNowMatching++; match++; console.log(`NOTE  ${c.id}: marked known but matches now`); continue; }
  if (c.known) {
    known++;
    if (verbose === '1') console.log(`known ${c.id}: ${c.known}\n  node: ${JSON.stringify(want)}\n  qjs:  ${JSON.stringify(got)}`);
    continue;
  }
  fail++;
  console.log(`FAIL  ${c.id}  (${c.args.length > 70 ? c.args.slice(0, 70) + '...' : c.args})`);
  console.log(`  expected: ${JSON.stringify(want)}`);
  console.log(`  got:      ${JSON.stringify(got)}`);
  if (want && got && want.includes('\n')) {
    console.log('  --- expected ---\n' + want + '\n  --- got ---\n' + got);
  }
}
console.log(`\n${selected.length} cases: ${match} match, ${known} known differences, ${fail} unexpected mismatches`);
process.exit(fail ? 1 : 0);
EOF

node "$TMP/node_runner.js" "$CASES" > "$TMP/node.json" || { echo "node runner failed" >&2; exit 2; }
mkdir -p "$TMP/qjs"
"$QJS" --no-unhandled-rejection -m "$TMP/qjs_runner.js" "$CASES" "$INSPECT" all > "$TMP/qjs/main.json" || {
  echo "qjs runner failed" >&2; exit 2; }
# Hostile cases: one process each, since they sabotage the realm.
HOSTILE_IDS=$(node -e "for (const c of require(process.argv[1])) if (c.hostile) console.log(c.id)" "$CASES")
for id in $HOSTILE_IDS; do
  "$QJS" --no-unhandled-rejection -m "$TMP/qjs_runner.js" "$CASES" "$INSPECT" one "$id" > "$TMP/qjs/h_$id.json" 2>"$TMP/err" || {
    echo "{\"$id\": $(node -e 'process.stdout.write(JSON.stringify("QJS-CRASH: " + require("fs").readFileSync(process.argv[1], "utf8")))' "$TMP/err")}" > "$TMP/qjs/h_$id.json"; }
done
node "$TMP/compare.js" "$CASES" "$TMP/node.json" "$TMP/qjs" "$VERBOSE" "${IDS[@]}"
