// expect: {"success": true, "output": 6}
// options: {}
// for-await over an async generator at top level, then the completion value.
async function* gen() { for (let i = 1; i <= 3; i++) { await null; yield i; } }
let sum = 0;
for await (const n of gen()) sum += n;
sum
