// expect: {"success": true, "output": {"name": "RangeError", "small": "ok"}}
// options: {"dataDir": true}
// A refused value can be caught; the storage stays usable.
let name;
try { await LLMOS.storage.set('big', [ 'y'.repeat(9 * 1024 * 1024) ]); } catch (e) { name = e.name; }
await LLMOS.storage.set('small', 'ok');
({ name, small: await LLMOS.storage.get('small') });
