// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// A promise chain that re-queues itself forever (busy microtasks, no timers) times out rather than starving the host.
function spin() { return Promise.resolve().then(spin); }
spin();
'started'
