// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 100, "memoryLimitMb": 32}
// Array.prototype.includes on an array-like { length: 2**26 } loops natively (no allocation, no callback) for far longer than the limit; the run must still be reported as a timeout. With length 2**53-1 it never ends unless the native loop polls the interrupt (the CLI's watchdog covers that case).
Array.prototype.includes.call({ length: 2 ** 26 }, 'needle')
