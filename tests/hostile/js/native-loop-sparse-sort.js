// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 100, "memoryLimitMb": 64}
// Sorting a sparse array of 2**25 holes (no comparator, so no JavaScript runs) takes far longer than the limit and must be reported as a timeout.
const a = [];
a.length = 2 ** 25;
a.sort().length
