// expect: {"success": true, "output": {"same": false, "stored": [1, 2], "mutated": [1, 2, 3]}}
// options: {"dataDir": true}
// Values are stored as JSON: changing an object after set (or after get) does not change what is stored.
const arr = [1, 2];
await LLMOS.storage.set('k', arr);
arr.push(3);
const a = await LLMOS.storage.get('k');
const b = await LLMOS.storage.get('k');
({ same: a === b, stored: b, mutated: arr });
