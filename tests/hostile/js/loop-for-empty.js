// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// `for(;;);` with an empty body still hits the time limit.
for (;;);
