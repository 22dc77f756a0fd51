// expect: {"success": false, "error": {"name": "SyntaxError", "line": 4, "kind": "syntax"}}
// options: {}
// Strict mode: legacy octal literals such as 010 are a SyntaxError.
const n = 010;
