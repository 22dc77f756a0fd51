// expect: {"success": true, "output": ["object", "mine"], "logs": ["{ when: 'later' } [ 1, 2 ]"]}
// options: {"timeoutMs": 1000, "memoryLimitMb": 32}
// The artifact deletes the Date global before anything made Date, puts a fake in its place, and only then logs: the inspector, which needs Date's built-ins, makes the original Date for itself instead of reading the fake global, and the artifact's own global stays what it put there.
delete globalThis.Date;
delete globalThis.Uint8Array;
globalThis.Date = { prototype: { toISOString() { return 'mine'; } } };
console.log({ when: 'later' }, [1, 2]);
[typeof Date, Date.prototype.toISOString()]
