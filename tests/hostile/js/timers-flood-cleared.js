// expect: {"success": true, "output": 300000}
// options: {"timeoutMs": 20000, "memoryLimitMb": 64}
// Creating and immediately clearing 300,000 timers (more than any pending-timer cap) never leaves many pending, so it does not hit the limit.
let n = 0;
for (let i = 0; i < 3e5; i++) { clearTimeout(setTimeout(() => {}, 1000)); n++; }
n
