// expect: {"success": false, "error": {"kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Throwing a Proxy of an Error whose every trap throws: the run fails cleanly.
const handler = new Proxy({}, { get() { return () => { throw new Error('trap'); }; } });
throw new Proxy(new Error('inner'), handler);
