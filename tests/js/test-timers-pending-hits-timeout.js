// expect: {"success": false, "error": {"kind": "timeout"}, "logs": ["sync done"]}
// options: {"timeoutMs": 200}
// A timer due after the time limit keeps the run waiting until the limit: kind "timeout" (the job queue is driven until empty or the limit is hit).
setTimeout(() => console.log('too late'), 5000);
console.log('sync done');
'value'
