// expect: {"success": true, "output": {"count": 9, "allDistinct": true}}
// options: {"dataDir": true}
// Keys with ':', '/', '..', NUL, control characters, lone surrogates and 10,000 characters are all distinct keys of their own.
const keys = ['a:b', 'a', ':', '../../etc/passwd', '/', 'x\u0000y', 'x\u0000z', '\ud800', 'k'.repeat(10000)];
for (let i = 0; i < keys.length; i++) await LLMOS.storage.set(keys[i], i);
const got = [];
for (const k of keys) got.push(await LLMOS.storage.get(k));
({ count: (await LLMOS.storage.keys()).length, allDistinct: got.every((v, i) => v === i) });
