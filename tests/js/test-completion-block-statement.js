// expect: {"success": true, "output": 5}
// options: {}
// A final block that does not parse as an object literal stays a block; its completion value (the assignment) is returned.
let x = 0;
{ x = 5; }
