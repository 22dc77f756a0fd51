// expect: {"success": false, "error": {"kind": {"$regex": "^(timeout|runtime)$"}}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// An uncaught error whose name/message/stack getters loop forever: the kernel may read them while building the error report, and must still end (timeout, or a runtime error if it avoids the getters).
const e = new Error('x');
Object.defineProperty(e, 'stack', { get() { for (;;); } });
Object.defineProperty(e, 'message', { get() { for (;;); } });
Object.defineProperty(e, 'name', { get() { for (;;); } });
throw e;
