// expect: {"success": true, "output": ["TypeError", "TypeError", "TypeError"]}
// options: {"timeoutMs": 1000}
// import() of anything (std, os, a relative file) rejects with a clean error the artifact can catch.
const out = [];
for (const m of ['std', 'os', './other.js']) {
  try { await import(m); out.push('loaded ' + m); } catch (e) { out.push(e.name); }
}
out
