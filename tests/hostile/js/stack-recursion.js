// expect: {"success": false, "output": null, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Unbounded recursion is a stack overflow: kind "stack", never a native crash.
function down(n) { return down(n + 1) + 1; }
down(0);
