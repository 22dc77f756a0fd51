// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// queueMicrotask re-queuing itself forever times out.
const again = () => queueMicrotask(again);
again();
