// expect: {"success": true, "output": {"a": 1}, "error": null}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A throwing `then` getter on Object.prototype must not break the kernel's handling of the completion value: the artifact itself never reads .then, so the result is the object.
Object.defineProperty(Object.prototype, 'then', { get() { throw new Error('then getter'); }, configurable: true });
({ a: 1 })
