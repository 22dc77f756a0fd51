// expect: {"success": false, "error": {"kind": {"$regex": "^(limit|timeout)$"}}}
// options: {"timeoutMs": 500, "memoryLimitMb": 64}
// 300,000 concurrent sleep(10000) calls either hit the kernel's limit or the time limit; never a crash or a 10 s wait.
const ps = [];
for (let i = 0; i < 3e5; i++) ps.push(LLMOS.utils.sleep(10000));
await Promise.all(ps);
