// expect: {"success": true, "output": "done", "truncated": {"logs": true}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 64}
// 200,000 console.log calls (about 10 MB) are capped at 1 MB and flagged truncated.logs; the run finishes.
const line = 'flood '.repeat(8);
for (let i = 0; i < 200000; i++) console.log(line, i);
'done'
