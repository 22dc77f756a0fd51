// expect: {"success": false, "error": {"kind": "runtime", "message": "Error: then getter"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// With top-level await, the engine's resolution of the `{ value }` completion record reads the artifact's throwing Object.prototype.then getter: a clean runtime error with the artifact's own message (without top-level await the same artifact succeeds, see pollute-object-prototype-then-getter.js).
await null;
Object.defineProperty(Object.prototype, 'then', { get() { throw new Error('then getter'); }, configurable: true });
({ a: 1 })
