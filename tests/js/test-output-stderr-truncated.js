// expect: {"success": true, "output": "done", "truncated": {"stderr": true, "logs": false}}
// options: {"timeoutMs": 3000, "memoryLimitMb": 64}
// More than 1 MB of console.error output is capped and flagged truncated.stderr.
const big = 'e'.repeat(300 * 1024);
for (let i = 0; i < 8; i++) console.error(big);
'done'
