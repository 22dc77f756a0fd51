// expect: {"success": false, "error": {"kind": "timeout", "name": "TimeoutError", "message": {"$regex": "time limit of 100 ms$"}}}
// options: {"timeoutMs": 100, "memoryLimitMb": 32}
// lastIndexOf over an array-like of length 2^53-1 would never end; the engine polls its interrupt inside the loop (patches/quickjs/0003), so the time limit ends it, not the watchdog.
Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1 }, 'needle')
