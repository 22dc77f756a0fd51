// expect: {"success": true, "output": {"$type": "string"}, "truncated": {"output": true}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 128}
// An 8 MB string as the completion value is capped and flagged truncated.output.
'y'.repeat(8 * 1024 * 1024)
