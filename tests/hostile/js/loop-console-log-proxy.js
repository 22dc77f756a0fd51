// expect: {"success": true, "logs": ["{}"]}
// options: {"timeoutMs": 300, "memoryLimitMb": 32}
// console.log of a Proxy whose traps loop forever: like Node, the inspector shows the proxy's target without running any trap, so nothing loops (the traps would otherwise run until the time limit).
const p = new Proxy({}, { ownKeys() { for (;;); }, get() { for (;;); }, getPrototypeOf() { for (;;); } });
console.log(p);
'unreachable'
