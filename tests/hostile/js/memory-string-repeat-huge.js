// expect: {"success": false, "error": {"kind": {"$regex": "^(memory|runtime)$"}, "name": {"$regex": "^(InternalError|RangeError)$"}}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// 'x'.repeat(2**29) (512 MB) is refused cleanly: out of memory or invalid string length.
const s = 'x'.repeat(2 ** 29);
s.length
