// expect: {"success": false, "error": {"name": "SyntaxError", "line": 5, "kind": "syntax"}}
// options: {}
// Strict mode: `delete identifier` is a SyntaxError.
let v = 1;
delete v;
