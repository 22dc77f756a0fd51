// expect: {"success": false, "error": {"kind": "timeout"}}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// console.log of a Proxy whose traps loop forever times out (the inspector cannot swallow the interrupt).
const p = new Proxy({}, { ownKeys() { for (;;); }, get() { for (;;); }, getPrototypeOf() { for (;;); } });
console.log(p);
'unreachable'
