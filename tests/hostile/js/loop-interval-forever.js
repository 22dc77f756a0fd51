// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// An interval that is never cleared keeps the event loop alive until the time limit.
let ticks = 0;
setInterval(() => { ticks++; }, 0);
'started'
