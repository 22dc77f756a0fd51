// expect: {"success": false, "error": {"kind": "limit"}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 64}
// Creating millions of pending timers is refused by the kernel with kind "limit" (not an out-of-memory crash or a hang).
for (let i = 0; i < 5e6; i++) setTimeout(() => {}, 1e9);
