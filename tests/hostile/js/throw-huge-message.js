// expect: {"success": false, "error": {"name": "Error", "message": {"$regex": "^Error: xxxx"}, "kind": "runtime"}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 128}
// An Error whose message is 8 MB long fails cleanly (the report may be shortened, never a crash).
throw new Error('x'.repeat(8 * 1024 * 1024));
