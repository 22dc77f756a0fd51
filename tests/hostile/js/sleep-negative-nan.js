// expect: {"success": true, "output": ["RangeError", "RangeError", "RangeError", "RangeError", "TypeError", "TypeError", "TypeError"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Negative, NaN, infinite and non-number sleeps are rejected with RangeError/TypeError, never treated as a huge or zero wait.
const out = [];
for (const ms of [-1, -Infinity, NaN, Infinity, '5', 5n, { valueOf() { return 5; } }]) {
  try { await LLMOS.utils.sleep(ms); out.push('slept'); } catch (e) { out.push(e.name); }
}
out
