// expect: {"success": false, "output": null, "error": {"message": {"$regex": "null"}, "kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Throwing null fails the run cleanly as a runtime error (not mistaken for anything else).
throw null;
