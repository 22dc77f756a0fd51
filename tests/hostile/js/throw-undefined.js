// expect: {"success": false, "output": null, "error": {"message": {"$regex": "undefined"}, "kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// Throwing undefined fails the run cleanly as a runtime error.
throw undefined;
