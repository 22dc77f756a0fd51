// expect: {"success": true, "output": ["RangeError", "RangeError", "TypeError", "TypeError", "TypeError"]}
// options: {"timeoutMs": 1000}
// sleep with a negative or NaN duration is a RangeError; a non-number (string, missing, object) is a TypeError.
const out = [];
for (const ms of [-1, NaN, '100', undefined, {}]) {
  try { await LLMOS.utils.sleep(ms); out.push('slept'); } catch (e) { out.push(e.name); }
}
out
