// expect: {"success": true, "output": {"value": null, "keys": ["a", "b"]}}
// options: {"dataDir": true}
// set(key, undefined) and set(key) store null (as localForage does): the key exists, and get gives null.
await LLMOS.storage.set('a', undefined);
await LLMOS.storage.set('b');
({ value: await LLMOS.storage.get('a'), keys: await LLMOS.storage.keys() });
