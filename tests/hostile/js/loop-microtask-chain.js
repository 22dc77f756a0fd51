// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A microtask that re-queues itself forever (busy microtasks, no timers, nothing retained) times out rather than starving the host.
function spin() { Promise.resolve().then(spin); }
spin();
'started'
