// expect: {"success": false, "output": null, "error": {"kind": {"$regex": "^(memory|runtime)$"}, "name": {"$regex": "^(InternalError|RangeError)$"}}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 32}
// Doubling a string forever ends cleanly: either the memory limit (kind "memory") or the engine's maximum string length (InternalError "string too long"), never a crash.
let s = 'x';
while (true) s += s;
