// expect: {"success": true, "output": [true, true, true, true, true]}
// options: {"dataDir": true}
// Every storage call returns a promise, even one refused for a bad argument.
const ps = [LLMOS.storage.set('k', 1), LLMOS.storage.get('k'), LLMOS.storage.remove('k'), LLMOS.storage.keys(), LLMOS.storage.get(42)];
ps[4].catch(() => {});
await Promise.allSettled(ps);
ps.map((p) => p instanceof Promise);
