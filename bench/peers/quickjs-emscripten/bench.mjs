// Benchmark-only peer for llmos: the same workloads as `build/llmos-bench`, run through
// quickjs-emscripten's ordinary public API, the way a user of that library would run untrusted
// artifacts. Not part of llmos; llmos itself never needs Node.
//
//   node bench.mjs [--json] [--filter REGEX] [--scale F] [--console]
//
// Per artifact (every workload, every iteration, all inside the timed region):
//   QuickJS.newContext()                      a fresh runtime + context
//   runtime.setMemoryLimit(128 MB)            the llmos default
//   runtime.setInterruptHandler(deadline)     5000 ms, the llmos default
//   context.evalCode(source, ..., {strict})   llmos runs artifacts in strict mode
//   context.dump(value or error)              the completion value as plain JSON data
//   runtime.computeMemoryUsage()              memory_used_size -> memoryUsed
//   dispose, then JSON.stringify of the full result object
//     { success, output, error, logs, stderr, executionTime, memoryUsed, artifactId,
//       language, dom, images }
// getQuickJS() (loading and instantiating the wasm module) happens once, before timing.
// --console also installs console.log/info/debug/warn/error capture into logs/stderr
// (off by default, so the default peer figures are the cheaper ones).
//
// --json prints { "workloads": { "<name>": { "median_ms", "p95_ms", "n", "samples_ms" } }, "meta": {...} }
// with the same shape as `llmos-bench --json`.

import { getQuickJS, shouldInterruptAfterDeadline } from "quickjs-emscripten";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const MEMORY_LIMIT_BYTES = 128 * 1024 * 1024;
const TIMEOUT_MS = 5000;

// Identical JS source to llmos-bench.
const WORKLOADS = [
  { name: "artifact_2plus2", source: "2+2", warmup: 300, iterations: 3000 },
  {
    name: "fib27",
    source: "function fib(n){return n<2?n:fib(n-1)+fib(n-2)} fib(27)",
    warmup: 3,
    iterations: 40,
  },
  {
    name: "json100k",
    source:
      "const a=[]; for(let i=0;i<100000;i++) a.push({id:i,name:'item'+i,tags:['x','y'],v:i*0.5}); JSON.stringify(a).length",
    warmup: 2,
    iterations: 20,
  },
];

function parseArgs(argv) {
  const opts = { json: false, filter: null, scale: 1, console: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") opts.json = true;
    else if (a === "--console") opts.console = true;
    else if (a === "--filter" || a === "--scale") {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      if (a === "--filter") {
        try {
          opts.filter = new RegExp(v);
        } catch (e) {
          usage(`bad --filter regex: ${e.message}`);
        }
      } else {
        opts.scale = Number(v);
        if (!(opts.scale > 0)) usage("--scale must be a positive number");
      }
    } else if (a === "--help" || a === "-h") {
      process.stdout.write("usage: node bench.mjs [--json] [--filter REGEX] [--scale F] [--console]\n");
      process.exit(0);
    } else usage(`unknown argument: ${a}`);
  }
  return opts;
}

function usage(msg) {
  process.stderr.write(`bench.mjs: ${msg}\n`);
  process.exit(2);
}

function installConsole(ctx, logs, stderr) {
  const consoleObj = ctx.newObject();
  const make = (name, sink) => {
    const fn = ctx.newFunction(name, (...args) => {
      sink.push(args.map((h) => {
        const v = ctx.dump(h);
        return typeof v === "string" ? v : JSON.stringify(v);
      }).join(" "));
    });
    ctx.setProp(consoleObj, name, fn);
    fn.dispose();
  };
  make("log", logs);
  make("info", logs);
  make("debug", logs);
  make("warn", stderr);
  make("error", stderr);
  ctx.setProp(ctx.global, "console", consoleObj);
  consoleObj.dispose();
}

// One artifact, start to finish, as an artifact runner built on quickjs-emscripten would do it.
function runArtifact(QuickJS, source, artifactId, withConsole) {
  const ctx = QuickJS.newContext();
  const rt = ctx.runtime;
  rt.setMemoryLimit(MEMORY_LIMIT_BYTES);
  rt.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + TIMEOUT_MS));
  const logs = [];
  const stderr = [];
  if (withConsole) installConsole(ctx, logs, stderr);

  const t0 = performance.now();
  const res = ctx.evalCode(source, `artifact-${artifactId}.js`, { type: "global", strict: true });
  const executionTime = performance.now() - t0;

  let success, output = null, error = null;
  if (res.error) {
    const e = ctx.dump(res.error);
    res.error.dispose();
    success = false;
    const name = (e && e.name) || "Error";
    error = {
      name,
      message: `${name}: ${(e && e.message) || String(e)}`,
      stack: (e && e.stack) || "",
      kind: "runtime",
    };
  } else {
    const v = ctx.dump(res.value);
    res.value.dispose();
    success = true;
    output = v === undefined ? null : v;
  }

  const mu = rt.computeMemoryUsage();
  const usedHandle = ctx.getProp(mu, "memory_used_size");
  const memoryUsed = ctx.getNumber(usedHandle);
  usedHandle.dispose();
  mu.dispose();
  ctx.dispose(); // also frees the runtime it owns

  return JSON.stringify({
    success,
    output,
    error,
    logs,
    stderr,
    executionTime,
    memoryUsed,
    artifactId,
    language: "javascript",
    dom: null,
    images: [],
  });
}

function percentile(sorted, p) {
  // nearest-rank
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

function median(sorted) {
  const n = sorted.length;
  const m = n >> 1;
  return n % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

function round(x) {
  return Math.round(x * 1e6) / 1e6;
}

function packageVersion(name) {
  try {
    const require = createRequire(import.meta.url);
    // resolve the package entry, then walk to its package.json
    let p = require.resolve(name);
    const marker = `node_modules/${name}/`;
    p = p.slice(0, p.lastIndexOf(marker) + marker.length) + "package.json";
    return JSON.parse(readFileSync(p, "utf8")).version;
  } catch {
    return null;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const QuickJS = await getQuickJS();

  // Sanity: every workload must succeed before it is timed.
  const expected = { artifact_2plus2: 4, fib27: 196418 };
  const results = {};
  for (const w of WORKLOADS) {
    if (opts.filter && !opts.filter.test(w.name)) continue;
    const check = JSON.parse(runArtifact(QuickJS, w.source, "bench", opts.console));
    if (!check.success) throw new Error(`${w.name} failed: ${check.error && check.error.message}`);
    if (w.name in expected && check.output !== expected[w.name])
      throw new Error(`${w.name}: expected ${expected[w.name]}, got ${JSON.stringify(check.output)}`);

    const warmup = Math.max(1, Math.round(w.warmup * opts.scale));
    const n = Math.max(1, Math.round(w.iterations * opts.scale));
    for (let i = 0; i < warmup; i++) runArtifact(QuickJS, w.source, "bench", opts.console);
    const times = new Array(n);
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const json = runArtifact(QuickJS, w.source, "bench", opts.console);
      times[i] = performance.now() - t0;
      sink += json.length;
    }
    if (sink === 0) throw new Error("unreachable");
    times.sort((a, b) => a - b);
    results[w.name] = {
      median_ms: round(median(times)), p95_ms: round(percentile(times, 95)), n,
      samples_ms: Array.from(times, round),  // every timed iteration, sorted (report.py plots them)
    };
    if (!opts.json) {
      process.stdout.write(
        `${w.name.padEnd(18)} median ${fmt(results[w.name].median_ms).padStart(10)}  ` +
          `p95 ${fmt(results[w.name].p95_ms).padStart(10)}  n=${n}\n`,
      );
    }
  }

  if (opts.json) {
    const out = {
      workloads: results,
      meta: {
        peer: "quickjs-emscripten",
        version: packageVersion("quickjs-emscripten"),
        variant: "@jitl/quickjs-wasmfile-release-sync",
        variant_version: packageVersion("@jitl/quickjs-wasmfile-release-sync"),
        node: process.version,
        console: opts.console,
        memory_limit_bytes: MEMORY_LIMIT_BYTES,
        timeout_ms: TIMEOUT_MS,
      },
    };
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  }
}

function fmt(ms) {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

main().catch((e) => {
  process.stderr.write(`bench.mjs: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
