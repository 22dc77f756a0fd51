// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A getter that loops forever, reached only while the kernel converts the completion value to JSON, still hits the time limit.
({ ok: 1, get trap() { while (true) {} } })
