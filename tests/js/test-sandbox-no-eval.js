// expect: {"success": false, "error": {"name": "ReferenceError", "message": {"$regex": "eval"}, "line": 4, "kind": "runtime"}}
// options: {}
// eval is not present: calling it is a clean ReferenceError.
eval('1 + 1');
