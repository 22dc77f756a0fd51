// expect: {"success": true, "output": "done", "truncated": {"logs": true, "stderr": true}}
// options: {"timeoutMs": 1500, "memoryLimitMb": 128}
// A single 20 MB console.log and console.error entry is capped and flagged truncated, never a crash.
const s = 'z'.repeat(20 * 1024 * 1024);
console.log(s);
console.error(s);
'done'
