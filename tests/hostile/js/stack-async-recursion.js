// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// An async function awaiting itself recurses synchronously before the first await: kind "stack".
async function f() { await f(); }
await f();
