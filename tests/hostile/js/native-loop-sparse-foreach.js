// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 100, "memoryLimitMb": 32}
// forEach/some/every over a sparse array skip holes natively without ever calling the callback; 3 × 2**24 holes (about half a second on a fast machine) must still be stopped at the time limit.
const a = [];
a.length = 2 ** 24;
a.forEach(() => {});
a.some(() => true);
a.every(() => false);
'finished'
