// Benchmark-only peer for llmos: one whole cold process, the counterpart of `llmos run FILE`
// on a file containing `2+2`. Loads quickjs-emscripten, makes a runtime + context with the same
// limits llmos uses by default, evaluates `2+2`, prints the completion value (`4`) and exits.
// scripts/bench.sh times many of these processes:  node cold-2plus2.mjs
import { getQuickJS, shouldInterruptAfterDeadline } from "quickjs-emscripten";

const QuickJS = await getQuickJS();
const ctx = QuickJS.newContext();
ctx.runtime.setMemoryLimit(128 * 1024 * 1024);
ctx.runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + 5000));
const res = ctx.evalCode("2+2", "artifact.js", { type: "global", strict: true });
if (res.error) {
  const e = ctx.dump(res.error);
  res.error.dispose();
  ctx.dispose();
  process.stderr.write(`${e && e.name}: ${e && e.message}\n`);
  process.exit(1);
}
const value = ctx.dump(res.value);
res.value.dispose();
ctx.dispose();
if (value !== undefined) process.stdout.write(`${typeof value === "string" ? value : JSON.stringify(value)}\n`);
