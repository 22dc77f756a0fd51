// expect: {"success": false, "error": {"name": "Error", "message": "Error: getter refuses", "kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A getter on the completion value that throws, reached during result conversion, gives a clean runtime error carrying the thrown error.
({ ok: 1, get bad() { throw new Error('getter refuses'); } })
