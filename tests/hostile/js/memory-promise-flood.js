// expect: {"success": false, "error": {"kind": "memory"}}
// options: {"timeoutMs": 20000, "memoryLimitMb": 32}
// Queuing ten million promise reactions exhausts the 32 MB heap: kind "memory".
for (let i = 0; i < 1e7; i++) Promise.resolve(i).then(() => {});
