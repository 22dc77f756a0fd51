// expect: {"success": true, "output": {"before": 1, "removed": null, "after": null, "again": null}}
// options: {"dataDir": true}
// remove deletes the key (resolving to undefined); removing a missing key is not an error.
await LLMOS.storage.set('k', 1);
const before = await LLMOS.storage.get('k');
const removed = await LLMOS.storage.remove('k');
const after = await LLMOS.storage.get('k');
const again = await LLMOS.storage.remove('k');
({ before, removed, after, again });
