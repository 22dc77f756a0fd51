// expect: {"success": false, "error": {"name": "TypeError", "kind": "runtime"}}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// An import() nobody awaits still rejects, and the unhandled rejection fails the run cleanly.
import('os');
'done'
