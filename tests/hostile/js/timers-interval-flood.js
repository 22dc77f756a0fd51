// expect: {"success": false, "error": {"kind": "limit"}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 64}
// Millions of setInterval registrations hit the kernel's timer limit: kind "limit".
for (let i = 0; i < 5e6; i++) setInterval(() => {}, 1000);
