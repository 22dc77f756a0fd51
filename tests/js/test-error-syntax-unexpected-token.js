// expect: {"success": false, "output": null, "error": {"name": "SyntaxError", "message": {"$regex": "^SyntaxError: "}, "line": 5, "column": 9, "kind": "syntax"}, "logs": []}
// options: {}
// A syntax error is reported with kind "syntax" and the line/column of the offending token in the artifact's own source; nothing runs.
console.log('never printed');
let b = ;
