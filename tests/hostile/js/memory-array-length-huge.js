// expect: {"success": false, "error": {"kind": {"$regex": "^(memory|runtime|timeout)$"}}}
// options: {"timeoutMs": 800, "memoryLimitMb": 32}
// Filling an array declared with length 2^32-1 fails cleanly (memory limit, or a clean error), never a crash.
const a = new Array(2 ** 32 - 1);
a.fill(1);
a.length
