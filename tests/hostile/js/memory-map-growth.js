// expect: {"success": false, "error": {"kind": "memory"}}
// options: {"timeoutMs": 20000, "memoryLimitMb": 32}
// A Map growing forever hits the memory limit.
const m = new Map();
for (let i = 0; ; i++) m.set('key' + i, { i });
