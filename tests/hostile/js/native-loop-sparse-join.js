// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 100, "memoryLimitMb": 32}
// Array.prototype.join over 32 million holes runs entirely in native code (no bytecode, no callback) for about half a second even on a fast machine: the time limit must still stop it. With length 2**32-1 instead of 2**25 this is a multi-minute hang if the native loop never polls the interrupt.
const a = [];
a.length = 2 ** 25;
a.join('').length
