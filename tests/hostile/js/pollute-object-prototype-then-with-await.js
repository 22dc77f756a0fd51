// expect: {"success": false, "error": {"kind": "runtime", "name": "TypeError", "message": {"$regex": "intercepted"}}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// With top-level await, QuickJS delivers the completion value as a `{ value }` record through promise resolution, which an Object.prototype.then installed by the artifact intercepts. The kernel cannot stop that, so it must say so cleanly instead of returning 'hijacked' or null.
await null;
Object.prototype.then = function (resolve) { resolve('hijacked'); };
42
