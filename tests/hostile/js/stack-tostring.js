// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A toString that converts itself to a string recurses through the engine's native ToString: kind "stack".
const o = { toString() { return 'v' + this; } };
String(o);
