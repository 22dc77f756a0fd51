// expect: {"success": false, "error": {"name": "TypeError", "message": "TypeError: LLMOS.storage.get: key must be a string, got number", "kind": "runtime", "line": 5}}
// options: {"dataDir": true}
// An awaited storage call with a bad key fails the run with the TypeError, at the line of the call.
const a = 1;
await LLMOS.storage.get(a);
