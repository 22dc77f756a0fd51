// expect: {"success": false, "error": {"name": "RangeError", "kind": "runtime", "message": "RangeError: LLMOS.storage.set: key must not be empty"}}
// options: {"dataDir": true}
// A storage call that is refused and never awaited is an unhandled rejection, which fails the run (as in Node).
LLMOS.storage.set('', 1);
'done';
