// expect: {"success": true, "output": {"v": {"n": 2}}}
// options: {"dataDir": true}
// set on an existing key replaces the value.
await LLMOS.storage.set('k', { n: 1 });
await LLMOS.storage.set('k', { n: 2 });
({ v: await LLMOS.storage.get('k') });
