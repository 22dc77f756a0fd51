// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 100, "memoryLimitMb": 32}
// Array.prototype.includes on an array-like { length: 2**26 } loops natively (no allocation, no callback) for far longer than the limit; the run must still be reported as a timeout. With length 2**53-1 it would never end: the loop polls the interrupt since patches/quickjs/0003 (native-loop-includes-longest-array-like.js).
Array.prototype.includes.call({ length: 2 ** 26 }, 'needle')
