// expect: {"success": true, "output": {"all": [1, 2], "settled": ["fulfilled", "rejected"], "any": 2, "race": "fast"}}
// options: {"timeoutMs": 1000}
// Promise.all/allSettled/any/race work with timers and rejections.
const all = await Promise.all([1, Promise.resolve(2)]);
const settled = (await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('x'))])).map((s) => s.status);
const any = await Promise.any([Promise.reject(new Error('no')), Promise.resolve(2)]);
const race = await Promise.race([new Promise((r) => setTimeout(() => r('slow'), 30)), new Promise((r) => setTimeout(() => r('fast'), 1))]);
({ all, settled, any, race })
