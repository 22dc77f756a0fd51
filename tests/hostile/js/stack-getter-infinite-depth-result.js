// expect: {"success": true, "output": {"child": {"child": {"$type": "object"}}}}
// expect-sanitized: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A getter that returns a fresh object with the same getter makes the completion value infinitely deep; the converter must stop at its depth cap instead of overflowing the native stack.
const make = () => ({ get child() { return make(); } });
make()
