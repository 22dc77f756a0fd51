// expect: {"success": false, "error": {"kind": "timeout"}, "logs": ["scheduled"]}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// An infinite loop inside a timer callback, after the script itself finished, times out.
setTimeout(() => { while (true) {} }, 1);
console.log('scheduled');
'done'
