// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A getter that reads itself recurses until stack overflow: kind "stack".
const o = { get self() { return this.self; } };
o.self;
