// expect: {"success": false, "error": {"name": "RangeError", "line": 4, "kind": "runtime"}}
// options: {}
// clamp with min greater than max is a RangeError (bad arguments), thrown at the call site.
LLMOS.utils.clamp(5, 10, 0);
