// expect: {"success": true, "output": ["sync", "t0", "t0b", "t10", "t20"]}
// options: {"timeoutMs": 2000}
// setTimeout callbacks run after the synchronous code, by delay, and in creation order for equal delays.
const order = [];
setTimeout(() => order.push('t20'), 20);
setTimeout(() => order.push('t0'), 0);
setTimeout(() => order.push('t10'), 10);
setTimeout(() => order.push('t0b'), 0);
order.push('sync');
await new Promise((resolve) => setTimeout(resolve, 40));
order
