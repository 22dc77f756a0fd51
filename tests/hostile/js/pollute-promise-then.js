// expect: {"success": true, "output": 42, "error": null}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Replacing Promise.prototype.then with a throwing function does not break the kernel's driving of the top-level promise.
Promise.prototype.then = function () { throw new Error('no then for you'); };
42
