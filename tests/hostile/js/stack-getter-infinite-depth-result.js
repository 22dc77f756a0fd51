// expect: {"success": true, "output": {"child": {"child": {"$type": "object"}}}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A getter that returns a fresh object with the same getter makes the completion value infinitely deep; the converter must stop at its depth cap (500 levels) instead of overflowing the native stack, in the sanitized build too.
const make = () => ({ get child() { return make(); } });
make()
