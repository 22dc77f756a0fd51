// expect: {"success": false, "error": {"name": "ReferenceError", "message": "ReferenceError: undeclaredVar is not defined", "line": 4, "column": 1, "kind": "runtime"}}
// options: {}
// Strict mode: assigning an undeclared identifier is a ReferenceError, not an implicit global.
undeclaredVar = 5;
