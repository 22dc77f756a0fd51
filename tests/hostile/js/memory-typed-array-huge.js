// expect: {"success": false, "error": {"kind": {"$regex": "^(memory|runtime)$"}, "name": {"$regex": "^(InternalError|RangeError)$"}}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A typed array of 2^30 elements (8 GB) is refused cleanly (out of memory or invalid length), never allocated and never a crash.
const big = new Float64Array(2 ** 30);
big.length
