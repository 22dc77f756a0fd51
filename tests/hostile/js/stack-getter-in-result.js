// expect: {"success": false, "error": {"kind": "stack"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// A self-reading getter reached only while converting the completion value still ends as a clean stack overflow.
({ get loop() { return this.loop; } })
