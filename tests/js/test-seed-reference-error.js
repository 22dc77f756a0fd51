// expect: {"success": false, "error": {"name": "ReferenceError", "message": "ReferenceError: y is not defined", "line": 5, "column": 3, "kind": "runtime", "stack": {"$regex": "y is not defined"}}}
// options: {"artifactId": "my-artifact"}
// The seed's error example: assigning an undeclared `y` in strict mode is a ReferenceError pointing at `y` (column 3 of its line; line 5 of this file because of the header).
  const x = 10;
  y = x + 5;  // ReferenceError: y is not defined
