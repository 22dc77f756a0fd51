// expect: {"success": false, "output": null, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// An endless loop in a .then handler whose rejection is handled, while the script awaits a promise that never settles: the run ends at the time limit and must be reported as "timeout" (not as "a promise that can never settle").
const p = Promise.resolve().then(() => { for (;;); });
p.catch(() => {});
await new Promise(() => {});
