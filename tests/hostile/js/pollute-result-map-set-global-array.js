// expect: {"success": true, "output": {"m": {"a": 1}, "s": [2]}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Converting a Map/Set completion value must not depend on globals the artifact can replace: with globalThis.Array removed the result is still the Map as an object and the Set as an array.
const m = new Map([['a', 1]]);
const s = new Set([2]);
globalThis.Array = undefined;
({ m, s })
