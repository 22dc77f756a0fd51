// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// Sorting a sparse array of 2**23 holes (no comparator, so no JavaScript runs) must be stopped at the time limit.
const a = [];
a.length = 2 ** 23;
a.sort().length
