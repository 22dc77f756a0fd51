// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// JSON.parse of 1,000,000 nested '[' overflows the parser's stack check: this is a stack overflow (kind "stack"), not a crash.
JSON.parse('['.repeat(1e6) + ']'.repeat(1e6));
