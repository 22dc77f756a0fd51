// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A toJSON method that never returns, on the completion value, times out.
({ nested: { toJSON() { for (;;); } } })
