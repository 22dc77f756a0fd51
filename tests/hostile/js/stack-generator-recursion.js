// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A generator delegating to itself forever (yield*) recurses through native next(): kind "stack".
function* g() { yield* g(); }
[...g()];
