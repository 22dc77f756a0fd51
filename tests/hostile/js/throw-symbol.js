// expect: {"success": false, "output": null, "error": {"message": {"$regex": "Symbol\\(boom\\)"}, "kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Throwing a Symbol (which cannot be converted to a string implicitly) fails the run cleanly, describing the symbol.
throw Symbol('boom');
