// expect: {"success": true, "output": "done", "truncated": {"logs": true, "output": false, "stderr": false}}
// options: {"timeoutMs": 3000, "memoryLimitMb": 64}
// More than 1 MB of console.log output is capped and flagged truncated.logs; the run still succeeds.
const line = 'x'.repeat(1000);
for (let i = 0; i < 2000; i++) console.log(i, line);
'done'
