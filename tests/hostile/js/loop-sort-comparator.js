// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// An Array.prototype.sort comparator that never returns times out (the interrupt reaches into native sort).
[3, 1, 2, 5, 4].sort(() => { for (;;); });
