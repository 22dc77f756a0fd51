// expect: {"success": false, "error": {"kind": "stack", "name": "InternalError"}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 64}
// JSON.stringify of a 100,000-deep object inside the artifact overflows the engine's stack check cleanly: kind "stack".
let o = {};
for (let i = 0; i < 100000; i++) o = { a: o };
JSON.stringify(o).length
