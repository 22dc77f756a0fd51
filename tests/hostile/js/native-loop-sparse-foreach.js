// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// forEach/some/every over a sparse array skip holes natively without ever calling the callback; 3 × 2**23 holes must still be stopped at the time limit.
const a = [];
a.length = 2 ** 23;
a.forEach(() => {});
a.some(() => true);
a.every(() => false);
'finished'
