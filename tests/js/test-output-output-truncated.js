// expect: {"success": true, "truncated": {"output": true}}
// options: {"timeoutMs": 3000, "memoryLimitMb": 64}
// A completion value whose JSON exceeds 1 MB is capped and flagged truncated.output, never a crash.
Array.from({ length: 100000 }, (_, i) => ({ index: i, label: 'item number ' + i }))
