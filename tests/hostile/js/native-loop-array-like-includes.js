// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// Array.prototype.includes on an array-like { length: 2**24 } loops natively (no allocation, no callback); the time limit must stop it. With length 2**53-1 this never ends unless the native loop polls the interrupt.
Array.prototype.includes.call({ length: 2 ** 24 }, 'needle')
