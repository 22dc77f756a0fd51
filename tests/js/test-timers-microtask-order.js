// expect: {"success": true, "output": ["sync", "p1", "m1", "p2", "p1-then", "t0"]}
// options: {"timeoutMs": 2000}
// Microtasks (promise reactions and queueMicrotask) run in FIFO order before any timer callback.
const order = [];
setTimeout(() => order.push('t0'), 0);
Promise.resolve().then(() => order.push('p1')).then(() => order.push('p1-then'));
queueMicrotask(() => order.push('m1'));
Promise.resolve().then(() => order.push('p2'));
order.push('sync');
await new Promise((resolve) => setTimeout(resolve, 10));
order
