// expect: {"success": true, "output": 42, "error": null}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Object.prototype.then makes every object a thenable; the kernel's own completion-value plumbing must not be hijacked by it: the result is still 42.
Object.prototype.then = function (resolve) { resolve('hijacked'); };
42
