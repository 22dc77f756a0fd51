// expect: {"success": false, "error": {"name": "TypeError", "line": 5, "kind": "runtime"}}
// options: {}
// Strict mode: writing to a frozen object's property throws a TypeError instead of failing silently.
const o = Object.freeze({ a: 1 });
o.a = 2;
