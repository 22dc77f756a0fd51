// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// Array.prototype.join over 16 million holes runs entirely in native code (no bytecode, no callback) for over a second: the time limit must still stop it. With length 2**32-1 instead of 2**24 this is a multi-minute hang if the native loop never polls the interrupt.
const a = [];
a.length = 2 ** 24;
a.join('').length
