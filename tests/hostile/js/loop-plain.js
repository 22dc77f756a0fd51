// expect: {"success": false, "output": null, "error": {"kind": "timeout"}, "logs": ["start"]}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A plain infinite loop is stopped at the time limit with kind "timeout"; earlier logs are kept.
console.log('start');
while (true) {}
