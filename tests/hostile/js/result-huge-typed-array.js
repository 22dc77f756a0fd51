// expect: {"success": true, "truncated": {"output": true}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 128}
// A 16 MB typed array as the completion value is capped and flagged truncated.output.
new Uint8Array(16 * 1024 * 1024).fill(7)
