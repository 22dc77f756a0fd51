// expect: {"success": false, "error": {"name": "ReferenceError", "message": "ReferenceError: y is not defined", "line": 6, "column": 23, "stack": "ReferenceError: y is not defined\n    at <eval> (test-error-stack-matches-its-column.js:6:23)", "kind": "runtime"}}
// options: {}
// The stack's first frame says what line and column say: the column of the undefined name
// (QuickJS points at the start of the statement), in the source as written, though a
// trailing object literal is rewritten to be the completion value.
let x = 1; { a: x, b: y }
