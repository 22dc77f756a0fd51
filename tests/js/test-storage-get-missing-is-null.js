// expect: {"success": true, "output": {"missing": null, "isNull": true}}
// options: {"dataDir": true}
// get of a key that was never set resolves to null.
const missing = await LLMOS.storage.get('never-set');
({ missing, isNull: missing === null });
