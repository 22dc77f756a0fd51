// expect: {"success": true, "output": "done", "truncated": {"logs": true}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 128}
// console.log of an array of 10 MB of strings is inspected as Node does (100 items, strings cut at 10,000 characters); logging it twice (2 MB) is truncated; the time spent formatting counts against the time limit.
const big = Array.from({ length: 1000 }, (_, i) => 'v'.repeat(10000) + i);
for (let i = 0; i < 2; i++) console.log(big);
'done'
