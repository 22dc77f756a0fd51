// expect: {"success": false, "error": {"kind": "memory"}}
// options: {"timeoutMs": 20000, "memoryLimitMb": 2}
// Errors without a stack, thrown until memory runs out: the engine builds each one's backtrace in its exception handler, where the error is held only by the pending exception, and running out of memory there used to free it while still in use (patches/quickjs/0001-*).
function mk() { const e = new Error('x'); delete e.stack; return e; }
const keep = [];
for (;;) { try { throw mk(); } catch (err) { keep.push(err); } }
