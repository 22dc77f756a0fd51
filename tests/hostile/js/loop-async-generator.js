// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// for-await over an infinite async generator (each step a microtask) times out.
async function* forever() { let i = 0; while (true) yield i++; }
let last;
for await (const v of forever()) last = v;
last
