// expect: {"success": false, "error": {"kind": "timeout", "name": "TimeoutError", "message": {"$regex": "time limit of 100 ms$"}}}
// options: {"timeoutMs": 100, "memoryLimitMb": 32}
// join over 2^32-1 holes is a native loop of minutes; the engine now polls its interrupt inside it (patches/quickjs/0003), so the time limit ends it like any loop, not the watchdog (whose message adds "stopped inside a native loop").
const a = []; a.length = 2 ** 32 - 1; a.join('')
