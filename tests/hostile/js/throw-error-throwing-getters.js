// expect: {"success": false, "output": null, "error": {"kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// An Error subclass whose name, message and stack getters throw: the run still fails cleanly as a runtime error.
class Evil extends Error {
  get name() { throw new Error('name getter'); }
  get message() { throw new Error('message getter'); }
  get stack() { throw new Error('stack getter'); }
}
throw new Evil('x');
