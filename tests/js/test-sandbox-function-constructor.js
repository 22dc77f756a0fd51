// expect: {"success": false, "error": {"name": {"$regex": "^(EvalError|TypeError)$"}, "line": 4, "kind": "runtime"}}
// options: {}
// The Function constructor cannot compile code from strings: a clean EvalError/TypeError.
const f = new Function('return 1');
f();
