// expect: {"success": false, "error": {"kind": "stack", "name": "InternalError"}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 64}
// JSON.stringify of a 5,000-deep object called with the stack already almost full overflows inside native stringify: a clean kind "stack", never a native crash.
let o = {};
for (let i = 0; i < 5000; i++) o = { a: o };
let max = 0;
try { (function probe(n) { max = n; probe(n + 1); })(0); } catch (e) { /* measured the stack */ }
function dive(n) { return n <= 0 ? JSON.stringify(o).length : dive(n - 1); }
dive(max - 30);
