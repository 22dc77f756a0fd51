// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Mutual recursion through arrow functions and spread arguments overflows the stack cleanly.
const ping = (...a) => pong(...a, 1);
const pong = (...a) => ping(...a.slice(0, 3));
ping();
