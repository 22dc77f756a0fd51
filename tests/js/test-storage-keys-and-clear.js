// expect: {"success": true, "output": {"keys": ["a", "b:c", "z"], "afterClear": [], "value": null}}
// options: {"dataDir": true}
// keys() lists the artifact's keys in order; clear() removes them all.
await LLMOS.storage.set('z', 1);
await LLMOS.storage.set('a', 2);
await LLMOS.storage.set('b:c', 3);
const keys = await LLMOS.storage.keys();
await LLMOS.storage.clear();
({ keys, afterClear: await LLMOS.storage.keys(), value: await LLMOS.storage.get('a') });
