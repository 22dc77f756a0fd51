// expect: {"success": false, "error": {"name": "SyntaxError", "line": 6, "kind": "syntax"}}
// options: {}
// An unterminated string literal is a syntax error on its own line.
const ok = 1;
const alsoOk = 2;
const s = 'never closed;
