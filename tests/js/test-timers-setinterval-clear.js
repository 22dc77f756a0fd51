// expect: {"success": true, "output": 5, "logs": ["tick 1", "tick 2", "tick 3", "tick 4", "tick 5"]}
// options: {"timeoutMs": 2000}
// setInterval repeats until clearInterval is called from inside its callback; no tick runs after that.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 5) clearInterval(id);
}, 2);
await new Promise((resolve) => setTimeout(resolve, 100));
n
