// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// Many allowed sleeps in sequence add up past the time limit: kind "timeout".
for (let i = 0; i < 100; i++) await LLMOS.utils.sleep(50);
