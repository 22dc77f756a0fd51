// expect: {"success": false, "error": {"name": "SyntaxError", "message": {"$regex": "^SyntaxError: "}, "line": 5, "kind": "syntax"}}
// options: {}
// Strict mode: `with` is a SyntaxError, reported at its line in the artifact source.
const obj = { a: 1 };
with (obj) { a; }
