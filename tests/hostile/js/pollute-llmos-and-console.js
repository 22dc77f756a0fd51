// expect: {"success": true, "output": "survived", "logs": [], "stderr": []}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// The artifact may overwrite its own console and LLMOS bindings; its later calls then go nowhere, but the host is unaffected and the run succeeds.
globalThis.console = { log() {}, warn() {}, error() {} };
LLMOS.log = { info() {}, warn() {}, error() {} };
console.log('hidden');
LLMOS.log.info('hidden');
'survived'
